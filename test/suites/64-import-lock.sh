# Imports of one year take turns on the edition's row lock, which only a
# role that may write egov.edition can take: a role with nothing but
# CONNECT cannot hold an import up (the advisory lock of 0.4.0 anyone could
# take and keep), and a wait for a real writer ends at lock_timeout with a
# message saying what it waited for (55P03).
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
db=egov_import_lock role=egov_lock_intruder
psql_() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
"$PG_BIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $role" \
	-c "CREATE DATABASE $db" -c "CREATE ROLE $role LOGIN" >/dev/null || exit 1
psql_ -c 'CREATE EXTENSION egov' || exit 1
csv=$(cat data/un-desa/EGOV_DATA_2022.csv)

# what the role may not lock: rows of egov's tables, or the tables beyond ACCESS SHARE
refused() {	# refused SQL: fails with 42501 for the role
	local out
	out=$("$PG_BIN/psql" -X -q -d "$db" -U "$role" -v VERBOSITY=verbose -c "$1" 2>&1)
	grep -q 'ERROR:  42501' <<<"$out" || { echo "$out"; return 1; }
}
check "a CONNECT-only role cannot lock an edition's row FOR UPDATE" \
	refused "SELECT FROM egov.edition WHERE survey_year = 2022 FOR UPDATE"
check "nor FOR KEY SHARE" refused "SELECT FROM egov.edition WHERE survey_year = 2022 FOR KEY SHARE"
check "nor LOCK TABLE egov.edition IN SHARE MODE" \
	refused "BEGIN; LOCK TABLE egov.edition IN SHARE MODE; COMMIT"

# the role holds everything it can take: the old advisory key and ACCESS
# SHARE on every table the import writes, in an open transaction
PGAPPNAME=egov_lock_intruder "$PG_BIN/psql" -X -q -d "$db" -U "$role" \
	-c "BEGIN" -c "SELECT pg_advisory_xact_lock(hashtext('egov.import_un_csv'), 2022)" \
	-c "LOCK TABLE egov.edition, egov.survey_score, egov.country, egov.withdrawn_bundled_row IN ACCESS SHARE MODE" \
	-c "SELECT count(*) FROM egov.survey_score" -c "SELECT pg_sleep(60)" >/dev/null 2>&1 &
intruder=$!
held() {	# held APPLICATION: whether its session is asleep, holding what it took
	for _ in $(seq 100); do
		[ "$(psql_ -At -c "SELECT count(*) FROM pg_stat_activity
			WHERE application_name = '$1' AND wait_event = 'PgSleep'")" = 1 ] && return 0
		sleep 0.1
	done
	return 1
}
check "the role holds the advisory lock 0.4.0 took and ACCESS SHARE on egov's tables" held egov_lock_intruder
imported() {
	local out
	out=$(psql_ -At -v csv="$csv" 2>&1 <<<"SET lock_timeout = '5s'; SELECT egov.import_un_csv(:'csv');")
	grep -qx 193 <<<"$out" || { echo "$out"; return 1; }
}
check "while it holds them, a re-import of 2022 goes through within lock_timeout" imported
psql_ -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'egov_lock_intruder'" >/dev/null
wait "$intruder" 2>/dev/null

# a writer of the edition (the installing role) holds its row: the import
# waits, and lock_timeout ends the wait with a clear 55P03
PGAPPNAME=egov_lock_writer psql_ -c "BEGIN" \
	-c "SELECT FROM egov.edition WHERE survey_year = 2022 FOR UPDATE" -c "SELECT pg_sleep(60)" >/dev/null 2>&1 &
writer=$!
check "the writer holds the edition's row" held egov_lock_writer
timed_out() {
	local out
	out=$(psql_ -v VERBOSITY=verbose -v csv="$csv" 2>&1 <<<"SET lock_timeout = '300ms'; SELECT egov.import_un_csv(:'csv');")
	grep -q 'ERROR:  55P03: edition 2022: another transaction is writing it' <<<"$out" &&
		grep -q "lock_timeout (300ms) ended the wait" <<<"$out" || { echo "$out"; return 1; }
}
check "an import waiting for a writer's lock ends at lock_timeout with 55P03, saying so" timed_out
psql_ -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'egov_lock_writer'" >/dev/null
wait "$writer" 2>/dev/null

"$PG_BIN/psql" -X -q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE $role" >/dev/null
finish
