# bin/egov-import: loads a file from another directory, as a role that is
# not superuser and has no file access on the server (the file is read by
# the client); its refusals, its errors and --help; installed by make
# install beside psql.  --year and --dry-run are checked once
# egov.import_un_csv takes survey_year and dry_run.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
trap 'finish >/dev/null; "$PG_BIN/dropdb" --if-exists "$db" 2>/dev/null; "$PG_BIN/psql" -qX -d postgres -c "DROP ROLE IF EXISTS $role" 2>/dev/null' EXIT

export PGOPTIONS="-c client_min_messages=warning"
db=egov_import_client role=egov_importer
work=$EGOV_WORK/import-client
rm -rf "$work" && mkdir -p "$work/some dir" || exit 1
"$PG_BIN/dropdb" --if-exists "$db" || exit 1
"$PG_BIN/psql" -qX -d postgres -c "DROP ROLE IF EXISTS $role" -c "CREATE ROLE $role LOGIN NOSUPERUSER" || exit 1
"$PG_BIN/createdb" -O "$role" "$db" || exit 1
# the database owner installs egov (a trusted extension) and imports
psql() { "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -U "$role" -d "$db" "$@"; }
psql -c 'CREATE EXTENSION egov' || exit 1

export PSQL=$PG_BIN/psql
client=$EGOV_ROOT/bin/egov-import
import() { PGUSER=$role "$client" --dbname "$db" "$@"; }
rows() { psql -c "SELECT count(*) FROM egov.survey_score WHERE survey_year = $1"; }
fingerprint() { psql -c "SELECT md5(string_agg(s::text, '|' ORDER BY survey_year, iso3)) FROM egov.survey_score AS s"; }

check "make install put egov-import beside psql, as in the tree" cmp "$client" "$PG_BIN/egov-import"
check "it is executable there" test -x "$PG_BIN/egov-import"
out=$("$client" --help); rc=$?
check "--help exits 0 and shows the usage" test $rc -eq 0 -a -n "$(grep -F 'Usage: egov-import [OPTION]... FILE' <<<"$out")"

# An edition of another year, the 2022 export with its year changed, in a
# directory with a space and a file name with a quote, loaded from elsewhere
# by a relative path.
file="$work/some dir/edition '2030'.csv"
sed 's/^2022,/2030,/' data/un-desa/EGOV_DATA_2022.csv > "$file" || exit 1
out=$(cd "$work" && PGUSER=$role "$client" --dbname "$db" "some dir/edition '2030'.csv" 2>&1); rc=$?
check "egov-import FILE loads a file from another directory (exit 0)" test $rc -eq 0
check "it says how many rows it stored" grep -qF "some dir/edition '2030'.csv: 193 rows stored" <<<"$out"
check "the 193 rows are stored" test "$(rows 2030)" = 193
differ=$(psql -c "SELECT count(*) FROM egov.survey_score AS a
					FULL JOIN (SELECT * FROM egov.survey_score WHERE survey_year = 2022) AS b USING (iso3)
				   WHERE a.survey_year = 2030
					 AND (a.egdi, a.osi, a.hci, a.tii, a.epi, a.egdi_rank) IS DISTINCT FROM
						 (b.egdi, b.osi, b.hci, b.tii, b.epi, b.egdi_rank)")
check "every value equals the bundled 2022 row it came from" test "$differ" = 0
check "the rows are the user's, not bundled" \
	test "$(psql -c 'SELECT count(*) FROM egov.survey_score WHERE survey_year = 2030 AND NOT bundled')" = 193
check "the import ran as a role that is not superuser" \
	test "$(psql -c 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')" = f
check "an absolute path loads too (the year replaced, still 193 rows)" import "$file"
check "... and the year holds 193 rows" test "$(rows 2030)" = 193

# A refused file changes nothing and exits 1, with the loader's message.
before=$(fingerprint)
bad="$work/some dir/kenia.csv"
sed 's/^2030,"Kenya "/2030,"Kenia"/' "$file" > "$bad"
out=$(import "$bad" 2>&1); rc=$?
check "a refused file exits 1" test $rc -eq 1
check "the loader's error reaches the user" grep -qF 'unknown country "Kenia"' <<<"$out"
check "and the client says it was not loaded" grep -qF 'kenia.csv: not loaded' <<<"$out"
check "nothing changed" test "$(fingerprint)" = "$before"

# Usage errors: exit 1 before any connection; an unreachable database: 2.
expect() {	# expect STATUS TEXT ARGS...: exit status and message of a call
	local status=$1 text=$2 out rc
	shift 2
	out=$(import "$@" 2>&1); rc=$?
	if [ $rc -eq "$status" ] && grep -qF -- "$text" <<<"$out"; then pass "egov-import $* → $status, '$text'"
	else fail "egov-import $* → $status, '$text'" "exit $rc: $out"; fi
}
expect 1 'no FILE given'
expect 1 "cannot read '$work/none.csv'" "$work/none.csv"
expect 1 "cannot read '$work'" "$work"
expect 1 "more than one FILE" "$file" "$bad"
expect 1 "unknown option '--bogus'" --bogus "$file"
expect 1 "--year must be a four-digit year, got '30'" --year 30 "$file"
expect 1 "option --year needs a value" "$file" --year
out=$(PGUSER=$role "$client" --dbname "${db}_none" "$file" 2>&1); rc=$?
check "a database that cannot be reached exits 2" test $rc -eq 2
"$PG_BIN/createdb" -O "$role" "${db}_bare" || exit 1
out=$(PGUSER=$role "$client" --dbname "${db}_bare" "$file" 2>&1); rc=$?
"$PG_BIN/dropdb" "${db}_bare"
check "a database without egov exits 1 and says so" \
	test $rc -eq 1 -a -n "$(grep -F 'egov is not installed' <<<"$out")"
check "nothing changed by the refused calls" test "$(fingerprint)" = "$before"

# --year and --dry-run: egov.import_un_csv's survey_year and dry_run.
has_arg() { psql -c "SELECT count(*) FROM pg_proc WHERE oid = 'egov.import_un_csv'::regproc AND '$1' = ANY (proargnames)" 2>/dev/null; }
if [ "$(has_arg survey_year)" = 1 ]; then
	noyear="$work/some dir/no-year.csv"
	cut -d, -f2- "$file" > "$noyear"
	check "--year 2031 loads a file without a year column" import --year 2031 "$noyear"
	check "... into 2031" test "$(rows 2031)" = 193
else
	echo "# --year not checked: egov.import_un_csv has no survey_year argument here"
fi
if [ "$(has_arg dry_run)" = 1 ]; then
	before=$(fingerprint)
	sed 's/^2030,/2032,/' "$file" > "$work/2032.csv"
	import --dry-run "$work/2032.csv" >/dev/null 2>&1
	check "--dry-run stores nothing" test "$(rows 2032)" = 0
	out=$(import --dry-run "$bad" 2>&1)
	check "--dry-run names the problem" grep -qF 'Kenia' <<<"$out"
	check "--dry-run changed nothing" test "$(fingerprint)" = "$before"
else
	echo "# --dry-run not checked: egov.import_un_csv has no dry_run argument here"
fi
finish
