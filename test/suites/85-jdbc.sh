# JDBC: a Java program reads the survey report through the PostgreSQL JDBC
# driver as a BI tool would, checking column names, JDBC types, a few
# published 2022 values and client-side grouping by level.  The cluster
# listens on its Unix socket only, so the driver connects through
# junixsocket's socket factory.
cd "$EGOV_ROOT" || exit 1
source test/packaging/checks.sh
source test/clients/setup.sh

cp=/usr/share/java/postgresql.jar:/usr/share/java/junixsocket-common.jar
classes=$EGOV_WORK/jdbc
rm -rf "$classes" && mkdir -p "$classes"
check "EgovJdbcCheck.java compiles without warnings" \
	bash -c 'out=$(javac -Xlint:all -Werror -cp "$1" -d "$2" test/clients/EgovJdbcCheck.java 2>&1); echo "$out"; [ -z "$out" ]' \
	_ "$cp" "$classes"
db=egov_jdbc
check "database $db with egov and the report" client_setup "$db"

url="jdbc:postgresql://localhost/$db?user=$PGUSER"
url+="&socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg"
url+="&socketFactoryArg=$PGHOST/.s.PGSQL.$PGPORT"
out=$(java -cp "$cp:$classes" EgovJdbcCheck "$url" "$report" test/clients/report.columns \
	test/clients/report.expected test/clients/levels.expected 2>&1)
rc=$?
echo "$out"
count_tap "$out"
[ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out" && fail "EgovJdbcCheck ran" "$out"
"$PG_BIN/dropdb" "$db"
finish
