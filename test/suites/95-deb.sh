# Debian package: build postgresql-15-egov_<version>_<arch>.deb with
# dpkg-buildpackage in a scratch copy of the tree, install it with apt into
# the system PostgreSQL 15, create the extension from it, draw the report with
# the packaged egov-report (from /, on PATH) and run the regression suite
# against the packaged install; then purge the package, put
# back the egov files that were installed before and `make install` again, so
# that the system is left as it was.
#
# The package can only install into the system PostgreSQL 15, which is shared:
# the install part runs only when PG_CONFIG is that PostgreSQL's (test/run's
# default, as on main, where runs hold a lock).  With a private PG_CONFIG the
# package is built and inspected but not installed.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh

# the package is PostgreSQL 15's: on another major (test/matrix) it does not apply
major=$("$PG_CONFIG" --version | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
if [ "$major" != 15 ]; then
	echo "# skip: postgresql-15-egov is for PostgreSQL 15, PG_CONFIG is $("$PG_CONFIG" --version)"
	exit 77
fi
echo "# on $("$PG_CONFIG" --version) ($PG_CONFIG)"

sys_share=/usr/share/postgresql/15
sys_lib=/usr/lib/postgresql/15/lib
sys_bin=/usr/lib/postgresql/15/bin
pkg=postgresql-15-egov
version=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" egov.control)
arch=$(dpkg --print-architecture)
deb=$EGOV_WORK/deb/${pkg}_${version}_${arch}.deb

check "debian/changelog's version is default_version $version" \
	test "$(dpkg-parsechangelog -S Version)" = "$version"
check "debian/pgversions names PostgreSQL 15" grep -qx 15 debian/pgversions

# dpkg-buildpackage writes its results next to the source tree: build in
# $EGOV_WORK/deb/src (the working tree without ignored files).
rm -rf "$EGOV_WORK/deb" && mkdir -p "$EGOV_WORK/deb/src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z -co --exclude-standard |
		while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
		tar --null -T - -cf - | tar -xf - -C "$EGOV_WORK/deb/src"
else
	cp -a . "$EGOV_WORK/deb/src" && make -s -C "$EGOV_WORK/deb/src" clean PG_CONFIG="$PG_CONFIG"
fi
src=$EGOV_WORK/deb/src
log=$EGOV_WORK/deb/build.log
if (cd "$src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
	pass "dpkg-buildpackage -us -uc -b builds (with the build-time installcheck)"
else
	fail "dpkg-buildpackage -us -uc -b builds" "$(tail -40 "$log")"
fi
if [ ! -f "$deb" ]; then
	fail "it writes $(basename "$deb")" "$(ls "$EGOV_WORK/deb")"
	finish; exit
fi
pass "it writes $(basename "$deb")"

check "the package is $pkg version $version" \
	test "$(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')" = "Package: $pkg Version: $version "
check "the package depends on postgresql-15" \
	bash -c 'dpkg-deb -f "$1" Depends | grep -qE "(^|, )postgresql-15( |,|$)"' _ "$deb"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in $sys_share/extension/egov.control $sys_share/extension/egov--$version.sql \
	$sys_lib/egov.so /usr/share/doc/$pkg/copyright /usr/share/doc/$pkg/NOTICE.md \
	$sys_bin/egov-report $sys_bin/egov-import /usr/share/doc/$pkg/doc/reference.md \
	$sys_share/extension/egov/egov-report.sql $sys_share/extension/egov/countries.tsv; do
	check "the package holds $f" grep -qx ".$f" <<<"$contents"
done
check "the package links /usr/bin/egov-report to $sys_bin/egov-report" \
	bash -c 'dpkg-deb -c "$1" | grep -qE "^l.* \./usr/bin/egov-report -> (\.\./lib/postgresql/15/bin|$2)/egov-report$"' _ "$deb" "$sys_bin"
check "the package links /usr/bin/egov-import to $sys_bin/egov-import" \
	bash -c 'dpkg-deb -c "$1" | grep -qE "^l.* \./usr/bin/egov-import -> (\.\./lib/postgresql/15/bin|$2)/egov-import$"' _ "$deb" "$sys_bin"

if [ "$("$PG_CONFIG" --sharedir)" != "$sys_share" ] || [ "$("$PG_CONFIG" --pkglibdir)" != "$sys_lib" ]; then
	echo "# PG_CONFIG is not the system PostgreSQL 15's: package built and inspected, not installed"
	finish; exit
fi

if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
	fail "$pkg is not installed before the test" "remove it first: apt-get purge $pkg"
	finish; exit
fi

# Set aside the egov files installed now, so that only the package's are
# tested; put them back whatever happens.
egov_files() {
	ls -d "$sys_share"/extension/egov[.-]* "$sys_share"/extension/egov "$sys_lib"/egov.so \
		"$sys_lib"/bitcode/egov.index.bc "$sys_lib"/bitcode/egov "$sys_bin"/egov-report "$sys_bin"/egov-import 2>/dev/null
}
saved=$EGOV_WORK/deb/before.tar
egov_files | tar -P -cf "$saved" -T - || { fail "save the installed egov files"; finish; exit; }
egov_files | xargs -r rm -rf
restore() {
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed' &&
		DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 "$pkg" >/dev/null 2>&1
	tar -P -xf "$saved"
}
trap restore EXIT

apt() { DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 "$@"; }
check "apt-get install ./$(basename "$deb")" apt install "$deb"
check "dpkg says $pkg owns egov.control" \
	bash -c 'dpkg -S "$1" | grep -q "^$2:"' _ "$sys_share/extension/egov.control" "$pkg"

db=egov_deb
psql=("$PG_BIN/psql" -qAtX -v ON_ERROR_STOP=1 -d "$db")
"$PG_BIN/dropdb" --if-exists "$db" 2>/dev/null
check "createdb $db" "$PG_BIN/createdb" "$db"
check "CREATE EXTENSION egov from the package" "${psql[@]}" -c 'CREATE EXTENSION egov'
check "the installed version is $version" \
	test "$("${psql[@]}" -c "SELECT extversion FROM pg_extension WHERE extname = 'egov'")" = "$version"
check "egov.egdi works from the package (China 2020)" \
	test "$("${psql[@]}" -c 'SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 4)')" = 0.7948

# the packaged report, run from / as a user would: on PATH, its SQL and map
# from the package's share directory
check "egov-report is on PATH as /usr/bin/egov-report" test "$(command -v egov-report)" = /usr/bin/egov-report
page=$EGOV_WORK/deb/report.html
check "egov-report -d $db -o $page, run from /, writes the report" \
	bash -c 'cd / && env -u PSQL egov-report -d "$1" -o "$2"' _ "$db" "$page"
check "egov-report --help names the package's files" \
	bash -c 'egov-report --help | grep -qF "$1/extension/egov/countries.tsv"' _ "$sys_share"
"${psql[@]}" -F $'\t' -o "$EGOV_WORK/deb/map.tsv" -c "SELECT iso3, CASE level WHEN 'Very High' THEN '#0072b2'
	WHEN 'High' THEN '#56b4e9' WHEN 'Middle' THEN '#e69f00' ELSE '#d55e00' END
	FROM egov.egdi_report WHERE assessed AND survey_year = (SELECT max(survey_year) FROM egov.edition)"
out=$(/usr/bin/python3 test/report/check_map.py "$page" "$EGOV_WORK/deb/map.tsv" "$sys_share/extension/egov/countries.tsv" 2>&1)
echo "$out"
count_tap "$out"
grep -q '^ok ' <<<"$out" || fail "check_map.py ran" "$out"
"$PG_BIN/dropdb" "$db"

# the regression suite against the packaged install, from the scratch copy
out=$(make -s -C "$src" installcheck PG_CONFIG="$PG_CONFIG" 2>&1)
rc=$?
echo "$out"
[ $rc -ne 0 ] && [ -f "$src/test/regression.diffs" ] && cat "$src/test/regression.diffs"
ok=$(grep -cE '\.\.\. ok' <<<"$out")
bad=$(grep -cE '\.\.\. FAILED' <<<"$out")
checks_passed=$((checks_passed + ok))
checks_failed=$((checks_failed + bad))
[ $rc -ne 0 ] && [ "$bad" -eq 0 ] && fail "make installcheck against the package" "$out"
[ "$ok" -eq 0 ] && fail "make installcheck ran some tests" "$out"

check "apt-get purge $pkg" apt purge "$pkg"
check "no egov files remain after the purge" \
	bash -c '! ls -d "$1"/extension/egov[.-]* "$1"/extension/egov "$2"/egov.so "$2"/bitcode/egov* "$3"/egov-report /usr/bin/egov-report 2>/dev/null' \
	_ "$sys_share" "$sys_lib" "$sys_bin"
trap - EXIT
restore
check "make install puts egov back" make -s -C "$EGOV_ROOT" install PG_CONFIG="$PG_CONFIG"
check "egov.control is installed again" test -f "$sys_share/extension/egov.control"
finish
