# Readers of egov's tables and reports against writers re-importing
# editions, 8 clients for 12 seconds on a private cluster
# (test/concurrency/run; 60 seconds there by default): every read sees each
# year wholly old or wholly new, and no import fails.  Then two first loads
# of the same LOSI file at once: the second is refused naming the line.
cd "$EGOV_ROOT" || exit 1
test/concurrency/run --seconds "${EGOV_CONCURRENCY_SECONDS:-12}" --clients 8 --dir "$EGOV_WORK/concurrency"
rc=$?
f=$EGOV_WORK/concurrency/figures
get() { awk -v k="$1" '$1 == k {print $2}' "$f" 2>/dev/null; }
source test/lib/checks.sh
# zero FIGURE: whether it is 0 (a missing figure is not); says it otherwise
zero() { [ "${1:-x}" = 0 ] || { echo "${1:-no figure}"; return 1; }; }
check "no read saw a year half old, half new" zero "$(get mixed)"
check "no import failed" zero "$(get write_errors)"
check "no transaction failed or client aborted" zero "$(( $(get failed || echo 1) + $(get aborted || echo 1) ))"
check "no deadlock" zero "$(get deadlocks)"
check "no server crash" zero "$(get crashes)"
# two first loads of the same LOSI file at once (test/concurrency/first_loads.sh)
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS egov_first_loads" -c "CREATE DATABASE egov_first_loads" >/dev/null
count_tap "$(test/concurrency/first_loads.sh egov_first_loads 2>&1 | tee /dev/stderr)"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS egov_first_loads" >/dev/null
finish && [ $rc -eq 0 ]
