# Counting checks for the suites: source this, call
# `check DESCRIPTION COMMAND...` for each check (or `pass`/`fail` directly),
# and `finish` at the end, which writes "PASSED FAILED" to $EGOV_COUNTS and
# returns non-zero if anything failed.

checks_passed=0
checks_failed=0

pass() { checks_passed=$((checks_passed + 1)); echo "ok - $1"; }
fail() {
	checks_failed=$((checks_failed + 1)); echo "not ok - $1"
	[ -n "${2:-}" ] && sed 's/^/#   /' <<<"$2"
	return 0
}

# check DESCRIPTION COMMAND...: run COMMAND; pass if it succeeds, else fail
# and show its output.
check() {
	local what=$1 out
	shift
	if out=$("$@" 2>&1); then pass "$what"; else fail "$what" "$out"; fi
}

# count_tap OUTPUT: add the "ok"/"not ok" lines of TAP-style OUTPUT.
count_tap() {
	local ok bad
	ok=$(grep -c '^ok ' <<<"$1")
	bad=$(grep -c '^not ok ' <<<"$1")
	checks_passed=$((checks_passed + ok))
	checks_failed=$((checks_failed + bad))
}

finish() {
	echo "$checks_passed $checks_failed" > "${EGOV_COUNTS:-/dev/null}"
	[ "$checks_failed" -eq 0 ]
}
