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
source test/lib/checks.sh
check "the edge fuzz ran statements" test "${statements:-0}" -gt 0
check "no statement lost its connection" test "${lost:-1}" -eq 0
check "the server log shows no crash" test "${crashes:-1}" -eq 0
finish && [ $rc -eq 0 ]
