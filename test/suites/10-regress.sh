# pg_regress: test/sql/*.sql against test/expected/*.out.
cd "$EGOV_ROOT" || exit 1
out=$(make -s installcheck PG_CONFIG="$PG_CONFIG" 2>&1)
rc=$?
echo "$out"
[ $rc -ne 0 ] && [ -f test/regression.diffs ] && cat test/regression.diffs
passed=$(grep -cE '\.\.\. ok' <<<"$out")
failed=$(grep -cE '\.\.\. FAILED' <<<"$out")
echo "$passed $failed" > "$EGOV_COUNTS"
exit $rc
