# Readers of egov's tables and reports against writers re-importing
# editions, 8 clients for 12 seconds on a private cluster
# (test/concurrency/run; 60 seconds there by default): every read sees each
# year wholly old or wholly new, and no import fails.
cd "$EGOV_ROOT" || exit 1
test/concurrency/run --seconds "${EGOV_CONCURRENCY_SECONDS:-12}" --clients 8 --dir "$EGOV_WORK/concurrency"
rc=$?
f=$EGOV_WORK/concurrency/figures
get() { awk -v k="$1" '$1 == k {print $2}' "$f" 2>/dev/null; }
passed=0 failed=0
check() {	# check NAME VALUE (0 passes)
	if [ "${2:-x}" = 0 ]; then passed=$((passed + 1)); echo "ok - $1"; else failed=$((failed + 1)); echo "not ok - $1 (${2:-no figure})"; fi
}
check "no read saw a year half old, half new" "$(get mixed)"
check "no import failed" "$(get write_errors)"
check "no transaction failed or client aborted" "$(( $(get failed || echo 1) + $(get aborted || echo 1) ))"
check "no deadlock" "$(get deadlocks)"
check "no server crash" "$(get crashes)"
echo "$passed $failed" > "$EGOV_COUNTS"
[ $rc -eq 0 ] && [ $failed -eq 0 ]
