# PGXN: META.json against the Meta Spec 1.0.0 and egov.control, and the
# `make dist` zip: named egov-<version>.zip, the committed tree under the
# prefix egov-<version>/, no build artefacts, and it builds.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh

out=$(/usr/bin/python3 test/packaging/check_meta.py "$EGOV_ROOT" 2>&1)
rc=$?
echo "$out"
count_tap "$out"
[ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out" && fail "check_meta.py ran" "$out"

version=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" egov.control)
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# An unpacked distribution has no git history to archive.
	echo "# not a git work tree: make dist not checked"
	finish
	exit
fi

dist=$EGOV_WORK/dist
rm -rf "$dist" && mkdir -p "$dist"
zip=$dist/egov-$version.zip
check "make dist writes egov-$version.zip" \
	make -s dist DISTDIR="$dist" PG_CONFIG="$PG_CONFIG"
[ -f "$zip" ] || { fail "the zip exists"; finish; exit; }

names=$(unzip -Z1 "$zip")
has() { grep -qx "$1" <<<"$names"; }
for f in egov.control Makefile META.json LICENSE README.md data/NOTICE.md; do
	check "the zip holds $f" has "egov-$version/$f"
done
check "the zip holds src/*.c and src/egov.h" \
	bash -c '[ "$(grep -c "^egov-'"$version"'/src/.*\.c$" <<<"$1")" -eq "$(git ls-files "src/*.c" | wc -l)" ] &&
		grep -qx "egov-'"$version"'/src/egov.h" <<<"$1"' _ "$names"
check "the zip holds every sql/egov/*.sql" \
	bash -c '[ "$(grep -c "^egov-'"$version"'/sql/egov/.*\.sql$" <<<"$1")" -eq "$(git ls-files "sql/egov/*.sql" | wc -l)" ]' _ "$names"
check "every entry is under egov-$version/" \
	bash -c '! grep -v "^egov-'"$version"'/" <<<"$1"' _ "$names"
# the tree was just built, so artefacts exist to be left out
artefacts='\.(o|so|bc|zip|deb)$|/sql/egov--[0-9]+\.[0-9]+\.[0-9]+\.sql$|/test/results/|/sql/egov--[0-9.]+--[0-9.]+\.sql$|/regression\.(diffs|out)$'
check "no build artefacts in the zip" bash -c '! grep -E "$1" <<<"$2"' _ "$artefacts" "$names"
check "the zip holds what git tracks at HEAD, nothing more" \
	bash -c 'diff <(git ls-tree -r --name-only HEAD | sort) <(sed -n "s|^egov-'"$version"'/||p" <<<"$1" | grep -v -e "/$" -e "^$" | sort)' _ "$names"

# the distribution builds on its own
unzip -q "$zip" -d "$dist"
check "the unpacked distribution builds" \
	make -s -C "$dist/egov-$version" PG_CONFIG="$PG_CONFIG"
check "the build assembles sql/egov--$version.sql" \
	test -s "$dist/egov-$version/sql/egov--$version.sql"
rm -rf "$dist"
finish
