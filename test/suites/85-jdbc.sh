# JDBC: a Java program reads egov's report views through the PostgreSQL JDBC
# driver as a BI tool would, checking column names, JDBC types, published
# values and client-side grouping by level.  The cluster listens on its Unix
# socket only, so the driver connects through junixsocket's socket factory.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh

cp=/usr/share/java/postgresql.jar:/usr/share/java/junixsocket-common.jar
classes=$EGOV_WORK/jdbc
rm -rf "$classes" && mkdir -p "$classes"
check "EgovJdbcCheck.java compiles without warnings" \
	javac -Xlint:all -Werror -cp "$cp" -d "$classes" test/clients/EgovJdbcCheck.java

db=egov_jdbc
"$PG_BIN/dropdb" --if-exists "$db" >/dev/null 2>&1
check "database $db with egov" \
	bash -c '"$1/createdb" "$2" && "$1/psql" -qX -d "$2" -c "CREATE EXTENSION egov"' _ "$PG_BIN" "$db"

url="jdbc:postgresql://localhost/$db?user=$PGUSER"
url+="&socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg"
url+="&socketFactoryArg=$PGHOST/.s.PGSQL.$PGPORT"
c=test/clients
for args in "egov.egdi_report iso3 $c/egdi_report.columns $c/egdi_report.expected $c/levels.expected" \
	"egov.epi_report iso3 $c/epi_report.columns $c/epi_report.expected" \
	"egov.region_summary region $c/region_summary.columns $c/region_summary.expected" \
	"egov.level_summary level $c/level_summary.columns $c/level_summary.expected"; do
	# shellcheck disable=SC2086  # the arguments are words without spaces
	out=$(java -cp "$cp:$classes" EgovJdbcCheck "$url" $args 2>&1)
	rc=$?
	echo "$out"
	count_tap "$out"
	[ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out" && fail "EgovJdbcCheck $args ran" "$out"
done
"$PG_BIN/dropdb" "$db"
finish
