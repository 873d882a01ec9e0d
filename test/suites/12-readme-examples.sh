# Every ```sql example of README.md and doc/*.md runs without error on a
# fresh database (test/readme/examples.py): README's in database "mydb",
# installed by a role that is not superuser as the README shows; one TAP
# check per example.  Then every relative link and #anchor of those files
# resolves (test/readme/links.py), and the versions they name agree with
# egov.control (test/readme/versions.py), one check each per file.
cd "$EGOV_ROOT" || exit 1
out=$(/usr/bin/python3 test/readme/examples.py 2>&1)
rc=$?
echo "$out"
psql -X -q -d postgres -c 'DROP ROLE IF EXISTS analyst' >/dev/null 2>&1
links=$(/usr/bin/python3 test/readme/links.py 2>&1) || rc=1
echo "$links"
versions=$(/usr/bin/python3 test/readme/versions.py 2>&1) || rc=1
echo "$versions"
out="$out
$links
$versions"
passed=$(grep -c '^ok ' <<<"$out")
failed=$(grep -c '^not ok ' <<<"$out")
echo "$passed $failed" > "$EGOV_COUNTS"
[ $rc -eq 0 ] && [ "$failed" -eq 0 ]
