# egov's own functions with edge inputs for about 30 seconds on a private
# cluster (test/fuzz/edge-run): every statement must end in a value or an
# error, never in a lost connection or a crash.
cd "$EGOV_ROOT" || exit 1
test/fuzz/edge-run --seconds "${EGOV_EDGE_SECONDS:-30}" --dir "$EGOV_WORK/edge"
rc=$?
f=$EGOV_WORK/edge/figures
statements=$(awk '$1 == "statements" {print $2}' "$f" 2>/dev/null)
lost=$(awk '$1 == "lost" {print $2}' "$f" 2>/dev/null)
crashes=$(awk '$1 == "crashes" {print $2}' "$f" 2>/dev/null)
passed=0 failed=0
check() { if [ "$1" = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok: $2"; fi; }
check "$([ "${statements:-0}" -gt 0 ] && echo 1)" "the edge fuzz ran no statement"
check "$([ "${lost:-1}" -eq 0 ] && echo 1)" "a statement lost its connection"
check "$([ "${crashes:-1}" -eq 0 ] && echo 1)" "the server log shows a crash"
echo "$passed $failed" > "$EGOV_COUNTS"
[ $rc -eq 0 ] && [ $failed -eq 0 ]
