# Future editions generated the way the UN builds them (min-maxed
# components, an EGDI off by a few units of its last decimal, 5 or 4
# decimals with and without trailing zeros, ties, a country not assessed,
# BOM and CRLF, the UN's current spellings), each loaded with
# egov.import_un_csv's default arguments and checked against an
# independent oracle: ranks, groups, rating classes, regional means.  One
# TAP line per seed and check; EGOV_GENERATOR_SEEDS seeds (default 40)
# from EGOV_GENERATOR_FIRST_SEED (default 1).
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
out=$(/usr/bin/python3 test/oracle/edition_generator.py "${EGOV_GENERATOR_SEEDS:-40}" "${EGOV_GENERATOR_FIRST_SEED:-1}" 2>&1)
rc=$?
echo "$out"
count_tap "$out"
[ $rc -eq 0 ] || [ "$checks_failed" -gt 0 ] || fail "edition_generator.py exited $rc"
finish
