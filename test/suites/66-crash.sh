# kill -9 of a backend in the middle of large imports, four rounds on a
# private cluster (test/crash/run): after crash recovery every year holds
# wholly the old or wholly the new edition, in the tables and the views.
cd "$EGOV_ROOT" || exit 1
test/crash/run --rounds "${EGOV_CRASH_ROUNDS:-4}" --years 8 --dir "$EGOV_WORK/crash"
rc=$?
f=$EGOV_WORK/crash/figures
get() { awk -v k="$1" '$1 == k {print $2}' "$f" 2>/dev/null; }
consistent=$(get consistent) inconsistent=$(get inconsistent) killed=$(get killed)
passed=${consistent:-0} failed=${inconsistent:-0}
# a run that never killed a writer proves nothing
if [ "${killed:-0}" -eq 0 ]; then failed=$((failed + 1)); echo "not ok - no backend was killed mid-import"; fi
[ $rc -ne 0 ] && [ $failed -eq 0 ] && failed=1
echo "$passed $failed" > "$EGOV_COUNTS"
[ $failed -eq 0 ]
