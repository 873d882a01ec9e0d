# egov compiles against this PostgreSQL without a compiler warning: a copy
# of the tree without build artefacts, built with COPT=-Werror (PGXS adds
# COPT to CFLAGS); no line of the build may say "warning".
cd "$EGOV_ROOT" || exit 1
source test/lib/common.sh
source test/lib/checks.sh
src=$EGOV_WORK/build
rm -rf "$src"
egov_copy_tree "$src" || { fail "copy the tree"; finish; exit; }
echo "# $("$PG_CONFIG" --version) ($PG_CONFIG)"
out=$(make -C "$src" PG_CONFIG="$PG_CONFIG" COPT=-Werror 2>&1)
rc=$?
check "make with COPT=-Werror succeeds" test $rc -eq 0
[ $rc -ne 0 ] && echo "$out" | tail -40
warnings=$(grep -i 'warning' <<<"$out")
check "no line of the build says warning" test -z "$warnings"
[ -n "$warnings" ] && echo "$warnings"
check "the build made egov.so" test -f "$src/egov.so"
rm -rf "$src"
finish
