# bin/demo as a newcomer runs it, against the PostgreSQL under test: it asks
# apt for bin/packages-demo's packages and no test tool (apt and dpkg-query
# are stand-ins here that record the request and install nothing), shows
# each step as it starts, prints the report from a cluster of its own and
# stops it.
cd "$EGOV_ROOT" || exit 1
source test/lib/common.sh
source test/lib/checks.sh

work=$EGOV_WORK/demo
rm -rf "$work" && mkdir -p "$work/stubs" || exit 1
port=$((PGPORT + 1))
while ! egov_port_free "$port"; do port=$((port + 1)); done
trap 'EGOV_DEMO_DIR=$work/cluster bash bin/demo --stop >/dev/null 2>&1' EXIT

# what building and running egov needs: the only packages the demo may ask for
needed="build-essential perl postgresql-15 postgresql-server-dev-15"
listed=$(grep -v -e '^#' -e '^$' bin/packages-demo | sort)
test_only=$(cat test/lib/packages* | grep -v -e '^#' -e '^$' | sort -u | grep -vxF -f <(tr ' ' '\n' <<<"$needed"))
check "bin/packages-demo lists what building and running egov needs" \
	test "$listed" = "$(tr ' ' '\n' <<<"$needed" | sort)"
check "bin/packages-demo lists none of the test suites' packages (pgTAP, Chromium, JDK, R, sqlsmith …)" \
	bash -c '! grep -xF -f <(printf "%s\n" "$1") <<<"$2"' _ "$test_only" "$listed"
check "the test-only packages include Chromium, a JDK, sqlsmith and R" \
	bash -c 'for p in chromium default-jdk-headless sqlsmith r-cran-rnaturalearthdata; do grep -qx "$p" <<<"$1" || exit 1; done' _ "$test_only"

# dpkg-query finds nothing installed, apt-get records what it is asked
cat > "$work/stubs/dpkg-query" <<'SH'
#!/bin/sh
exit 1
SH
cat > "$work/stubs/apt-get" <<SH
#!/bin/sh
echo "\$*" >> "$work/apt.log"
SH
chmod +x "$work/stubs/dpkg-query" "$work/stubs/apt-get"
PATH=$work/stubs:$PATH EGOV_SKIP_APT=0 EGOV_DEMO_DIR=$work/cluster EGOV_DEMO_PORT=$port \
	bash bin/demo > "$work/out" 2> "$work/err"
rc=$?
check "bin/demo succeeds" test $rc -eq 0
[ $rc -ne 0 ] && tail -20 "$work/err"
asked=$(sed -n 's/^install -y -q //p' "$work/apt.log" 2>/dev/null | tr ' ' '\n' | sort)
check "bin/demo asks apt for bin/packages-demo's packages, nothing else" test "$asked" = "$listed"
check "bin/demo refreshes apt's lists first" grep -qx 'update -q' "$work/apt.log"
for step in "installing 4 packages" "apt-get update" "apt-get install" "building egov for" \
	"installing egov into" "starting the cluster in $work/cluster on port $port" "CREATE EXTENSION egov"; do
	check "bin/demo prints the step '$step'" grep -qF "== $step" "$work/err"
done
latest=$("$PG_BIN/psql" -XAtc "SELECT max(survey_year) FROM egov.edition" -d "port=$port dbname=egov" 2>/dev/null)
check "the report names the latest edition ($latest)" \
	grep -qF "UN E-Government Survey $latest - the 10 highest EGDI (egov.egdi_report)" "$work/out"
check "the report ranks 10 countries" \
	test "$(grep -cE '^ +([1-9]|10) \| ' "$work/out")" -ge 10
EGOV_DEMO_DIR=$work/cluster bash bin/demo --stop
check "bin/demo --stop stops its cluster" test ! -e "$work/cluster/postmaster.pid"
trap - EXIT
rm -rf "$work"
finish
