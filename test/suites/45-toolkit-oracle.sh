# The composite-indicator toolkit against references computed in numpy
# (test/oracle/toolkit_*.py); each program ends with a "passed failed" line.
cd "$EGOV_ROOT" || exit 1
# Debian's interpreter, which sees the python3-* packages (not a pyenv shim)
python=${EGOV_PYTHON:-/usr/bin/python3}
passed=0 failed=0 rc=0
for prog in test/oracle/toolkit_*.py; do
	out=$("$python" "$prog" 2>&1)
	prc=$?
	echo "$out"
	read -r p f < <(tail -n 1 <<<"$out" | grep -E '^[0-9]+ [0-9]+$') || { p=0 f=1; }
	passed=$((passed + p)) failed=$((failed + f))
	[ $prc -ne 0 ] && rc=1
done
echo "$passed $failed" > "$EGOV_COUNTS"
exit $rc
