#!/usr/bin/env bash
# Two first loads of the same file at the same time: the one that waits on
# the other's rows is refused as a load after it would be, 23505 naming the
# line, not with the unique index's bare message.  For each loader, session
# A loads the file and holds its transaction open; session B loads the same
# file meanwhile, passes the "already stored" check (A has not committed),
# waits on the index, and fails once A commits.
#   test/concurrency/first_loads.sh DB    (connection through the PG* environment)
# TAP lines; exit 1 on a failure.
set -u
db=$1
failed=0 n=0
sql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$db" "$@"; }

cities=$'Country,City\nDNK,Aarhus\nDNK,Odense'
indicators=$'Edition,Index,Year,Code,Criterion,Max Points\nrace-1,LOSI,2022,A1,Services,1\nrace-1,LOSI,2022,A2,Services,1'
assessments=$'Edition,Country,City,Indicator,Points\nrace-1,DNK,Aarhus,A1,1\nrace-1,DNK,Aarhus,A2,0'

race() {	# race LABEL FUNCTION CSV EXPECTED-MESSAGE-START
	local label=$1 fn=$2 csv=$3 want=$4 out
	n=$((n + 1))
	sql -v csv="$csv" >/dev/null 2>&1 <<<"BEGIN; SELECT egov.$fn(:'csv'); SELECT pg_sleep(3); COMMIT;" &
	sleep 1
	out=$(sql -v csv="$csv" 2>&1 <<<"SELECT egov.$fn(:'csv');")
	wait
	if grep -q "^ERROR:  23505: $want" <<<"$out"; then
		echo "ok $n - concurrent first loads, $label: the second is refused naming the line (23505)"
	else
		failed=$((failed + 1))
		echo "not ok $n - concurrent first loads, $label: the second is refused naming the line (23505)"
		echo "$out" | sed 's/^/# /'
	fi
}

sql -c "CREATE EXTENSION IF NOT EXISTS egov" >/dev/null || exit 2
race "cities" import_cities "$cities" 'line 2, column "City": city "Aarhus" of DNK is already stored'
race "indicators of a new edition" import_losi_indicators "$indicators" \
	'line 2, column "Code": indicator "A1" of edition "race-1" is already stored'
race "assessments" import_losi_assessments "$assessments" \
	"line 2: edition \"race-1\", DNK 'Aarhus', indicator \"A1\" is already stored"
echo "# $((n - failed)) passed, $failed failed"
[ $failed -eq 0 ]
