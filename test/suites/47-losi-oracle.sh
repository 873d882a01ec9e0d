# LOSI / OSI scores against a reference computed another way: numpy and
# exact fractions over the CSV files (test/oracle/losi_oracle.py), in a
# fresh database.  Tolerance 0 at the edition's 4 decimals.
cd "$EGOV_ROOT" || exit 1
db=egov_losi_oracle
"$PG_BIN/dropdb" --if-exists "$db" && "$PG_BIN/createdb" "$db" || exit 1
"$PG_BIN/psql" -qX -d "$db" -c 'CREATE EXTENSION egov' || exit 1
/usr/bin/python3 test/oracle/losi_oracle.py "$db" "$EGOV_COUNTS"
rc=$?
"$PG_BIN/dropdb" --if-exists "$db"
exit $rc
