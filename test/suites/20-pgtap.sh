# pgTAP: test/pgtap/*.sql through pg_prove, each file in a fresh database.
cd "$EGOV_ROOT" || exit 1
db=egov_tap
"$PG_BIN/dropdb" --if-exists "$db" && "$PG_BIN/createdb" "$db" || exit 1
"$PG_BIN/psql" -qX -d "$db" -c 'CREATE EXTENSION pgtap' || exit 1
# pg_prove is Debian's; --psql-bin: the psql of the server under test, not
# whichever the Debian wrapper picks
out=$(pg_prove --psql-bin "$PG_BIN/psql" -d "$db" test/pgtap/*.sql 2>&1)
rc=$?
echo "$out"
tests=$(sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\).*/\1/p' <<<"$out")
failed=$(grep -oE 'Failed [0-9]+/' <<<"$out" | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}')
tests=${tests:-0} failed=${failed:-0}
echo "$((tests - failed)) $failed" > "$EGOV_COUNTS"
exit $rc
