# The installing role (not superuser) plants overloads, look-alikes and
# shadowing tables in schema egov and in public; then a superuser runs every
# documented example (test/readme/security.py): every example runs, nothing
# could be planted in egov, no planted function ran, the installer did not
# become superuser.  Then --self-test gives the installer CREATE on schema
# egov, as before egov took its schema over: the same run must catch the
# plants (one check).
cd "$EGOV_ROOT" || exit 1
out=$(/usr/bin/python3 test/readme/security.py 2>&1)
rc=$?
echo "$out"
passed=$(grep -c '^ok ' <<<"$out")
failed=$(grep -c '^not ok ' <<<"$out")
self=$(/usr/bin/python3 test/readme/security.py --self-test 2>&1)
if grep -q '^not ok .*no planted function ran' <<<"$self" &&
	grep -q '^not ok .*nothing could be planted in schema egov' <<<"$self"; then
	passed=$((passed + 1))
	echo "ok - self-test: with CREATE on schema egov the plants are caught"
else
	failed=$((failed + 1))
	echo "not ok - self-test: with CREATE on schema egov the plants went unnoticed"
	echo "$self"
fi
echo "$passed $failed" > "$EGOV_COUNTS"
[ $rc -eq 0 ] && [ "$failed" -eq 0 ]
