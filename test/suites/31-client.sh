# A real client: test/clients/report_client.py (python3-psycopg2) queries the
# reporting views with bound parameters and checks them against ranks,
# groups and means it computes itself from the CSV files in data/.
cd "$EGOV_ROOT" || exit 1
db=egov_client
"$PG_BIN/dropdb" --if-exists "$db" && "$PG_BIN/createdb" "$db" || exit 1
"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION egov' || exit 1
out=$(/usr/bin/python3 test/clients/report_client.py "$db" 2>&1)
rc=$?
echo "$out"
passed=$(grep -c '^ok' <<<"$out")
failed=$(grep -c '^not ok' <<<"$out")

# the documented psql command that loads a file by path
stored=$("$PG_BIN/psql" -X -qAt -d "$db" -v csv="$(cat data/un-desa/EGOV_DATA_2022.csv)" \
	<<< "SELECT egov.import_un_csv(:'csv')")
if [ "$stored" = 193 ]; then echo "ok - psql loads a file by path (193 rows)"; passed=$((passed + 1))
else echo "not ok - psql loads a file by path: got '$stored'"; failed=$((failed + 1)); rc=1; fi
echo "$passed $failed" > "$EGOV_COUNTS"
"$PG_BIN/dropdb" "$db"
[ $rc -eq 0 ]
