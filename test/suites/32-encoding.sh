# The bundled survey data is UTF-8 text: in a database of another encoding
# CREATE EXTENSION egov must refuse plainly (0A000), leaving nothing behind.
db=egov_latin1
"$PG_BIN/dropdb" --if-exists "$db" || exit 1
"$PG_BIN/createdb" -E LATIN1 --locale=C -T template0 "$db" || exit 1
out=$("$PG_BIN/psql" -X -q -d "$db" -v VERBOSITY=verbose -c 'CREATE EXTENSION egov' 2>&1)
echo "$out"
passed=0 failed=0
if grep -q 'ERROR:  0A000: egov needs a database with encoding UTF8, this one is LATIN1' <<<"$out"; then
	echo "ok - LATIN1 database: CREATE EXTENSION refused with 0A000"; passed=$((passed + 1))
else
	echo "not ok - LATIN1 database: CREATE EXTENSION refused with 0A000"; failed=$((failed + 1))
fi
left=$("$PG_BIN/psql" -X -qAt -d "$db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'egov'")
if [ "$left" = 0 ]; then echo "ok - nothing left behind"; passed=$((passed + 1))
else echo "not ok - nothing left behind"; failed=$((failed + 1)); fi
"$PG_BIN/dropdb" "$db"
echo "$passed $failed" > "$EGOV_COUNTS"
[ "$failed" -eq 0 ]
