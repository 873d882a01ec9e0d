# LOSI / OSI scores against a reference computed another way: numpy and
# exact fractions over the CSV files (test/oracle/losi_oracle.py), in a
# fresh database.  Tolerance 0 at the edition's 4 decimals.  Then one
# pg_dump/pg_restore round trip of assessment data (the tables are
# extension configuration tables, dumped whole).
cd "$EGOV_ROOT" || exit 1
db=egov_losi_oracle
copy=egov_losi_restored
"$PG_BIN/dropdb" --if-exists "$db" && "$PG_BIN/createdb" "$db" || exit 1
"$PG_BIN/psql" -qX -d "$db" -c 'CREATE EXTENSION egov' || exit 1
/usr/bin/python3 test/oracle/losi_oracle.py "$db" "$EGOV_COUNTS"
rc=$?
read -r passed failed < "$EGOV_COUNTS" || { passed=0 failed=1; }

# dump/restore: the example edition, a user city and an OSI edition survive
fingerprint='SELECT (SELECT count(*) FROM egov.assessment_edition) || '"'"' editions, '"'"' ||
  (SELECT count(*) FROM egov.city) || '"'"' cities, '"'"' ||
  (SELECT count(*) FROM egov.assessment) || '"'"' assessments, report '"'"' ||
  (SELECT md5(string_agg(r::text, '"'"','"'"' ORDER BY r.edition, r.losi_rank, r.city)) FROM egov.losi_report AS r) ||
  '"'"', osi '"'"' || (SELECT string_agg(s.iso3 || '"'"'='"'"' || s.score, '"'"' '"'"' ORDER BY s.iso3)
                  FROM egov.assessment_scores('"'"'osi-dump'"'"') AS s)'
"$PG_BIN/psql" -qX -d "$db" -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT egov.load_losi_example();
SELECT egov.import_cities(E'Country,City,Population\nPRT,Lisboa,545000\n');
SELECT egov.import_losi_indicators(E'Edition,Index,Year,Code,Criterion,Max Points\nosi-dump,OSI,2024,S1,Services provision,2\n');
SELECT egov.import_losi_assessments(E'Edition,Country,City,Indicator,Points\nosi-dump,FRA,,S1,1\nosi-dump,DEU,,S1,2\n');
SQL
before=$("$PG_BIN/psql" -qXAt -d "$db" -c "$fingerprint")
"$PG_BIN/dropdb" --if-exists "$copy" && "$PG_BIN/createdb" "$copy" &&
	"$PG_BIN/pg_dump" -Fc -d "$db" | "$PG_BIN/pg_restore" -d "$copy"
after=$("$PG_BIN/psql" -qXAt -d "$copy" -c "$fingerprint")
if [ -n "$before" ] && [ "$before" = "$after" ]; then
	echo "ok - pg_dump/pg_restore keeps the assessment data ($after)"
	passed=$((passed + 1))
else
	echo "not ok - pg_dump/pg_restore: before [$before], after [$after]"
	failed=$((failed + 1))
	rc=1
fi
echo "$passed $failed" > "$EGOV_COUNTS"
"$PG_BIN/dropdb" --if-exists "$db"
"$PG_BIN/dropdb" --if-exists "$copy"
exit $rc
