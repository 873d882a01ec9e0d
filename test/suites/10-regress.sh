# pg_regress: test/sql/*.sql against test/expected/*.out.
cd "$EGOV_ROOT" || exit 1
out=$(make -s installcheck PG_CONFIG="$PG_CONFIG" 2>&1)
rc=$?
echo "$out"
[ $rc -ne 0 ] && [ -f test/regression.diffs ] && cat test/regression.diffs
# pg_regress up to 15 prints "test NAME ... ok", from 16 on TAP ("ok N - NAME")
passed=$(grep -cE '\.\.\. ok|^ok [0-9]+ ' <<<"$out")
failed=$(grep -cE '\.\.\. FAILED|^not ok [0-9]+ ' <<<"$out")
echo "$passed $failed" > "$EGOV_COUNTS"
exit $rc
