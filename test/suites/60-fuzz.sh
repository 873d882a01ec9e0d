# sqlsmith against egov for about 100 seconds on a private cluster
# (test/fuzz/sqlsmith-run): fails on any server crash.  The longer run is
# test/soak/run.
cd "$EGOV_ROOT" || exit 1
test/fuzz/sqlsmith-run --seconds "${EGOV_FUZZ_SECONDS:-100}" --dir "$EGOV_WORK/sqlsmith"
rc=$?
f=$EGOV_WORK/sqlsmith/figures
queries=$(awk '$1 == "queries" {print $2}' "$f" 2>/dev/null)
crashes=$(awk '$1 == "crashes" {print $2}' "$f" 2>/dev/null)
passed=0 failed=0
if [ "${queries:-0}" -gt 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok: sqlsmith ran no statement"; fi
if [ -n "$crashes" ] && [ "$crashes" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok: server crashed under sqlsmith"; fi
echo "$passed $failed" > "$EGOV_COUNTS"
[ $rc -eq 0 ] && [ $failed -eq 0 ]
