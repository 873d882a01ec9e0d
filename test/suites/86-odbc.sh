# ODBC: unixODBC's isql and iusql read egov's report views through the
# PostgreSQL ODBC driver (Unicode) as a BI tool would, checking column names,
# ODBC types, published values and client-side grouping by level.  The driver
# and the data source are defined in $EGOV_WORK, not in /etc.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh

db=egov_odbc
"$PG_BIN/dropdb" --if-exists "$db" >/dev/null 2>&1
check "database $db with egov" \
	bash -c '"$1/createdb" "$2" && "$1/psql" -qX -d "$2" -c "CREATE EXTENSION egov"' _ "$PG_BIN" "$db"

driver=$(dpkg -L odbc-postgresql 2>/dev/null | grep '/psqlodbcw\.so$' | head -1)
check "the PostgreSQL ODBC driver (Unicode) is installed" test -f "$driver"
export ODBCSYSINI=$EGOV_WORK/odbc ODBCINI=$EGOV_WORK/odbc/odbc.ini
mkdir -p "$ODBCSYSINI"
cat > "$ODBCSYSINI/odbcinst.ini" <<INI
[PostgreSQL Unicode]
Description = PostgreSQL ODBC driver (Unicode)
Driver = $driver
INI
# The data source doc/bi-tools.md recommends for BI tools: text as SQL_VARCHAR
# and booleans as SQL_BIT (the driver's defaults are SQL_LONGVARCHAR, a memo
# field to BI tools, and SQL_CHAR), schema egov first so that its views are
# listed.
cat > "$ODBCINI" <<INI
[egov]
Driver = PostgreSQL Unicode
Servername = $PGHOST
Port = $PGPORT
Database = $db
Username = $PGUSER
TextAsLongVarchar = 0
BoolsAsChar = 0
ConnSettings = SET search_path = egov
INI

c=test/clients
for args in "egov.egdi_report iso3 $c/egdi_report.columns $c/egdi_report.expected $c/levels.expected" \
	"egov.epi_report iso3 $c/epi_report.columns $c/epi_report.expected" \
	"egov.region_summary region $c/region_summary.columns $c/region_summary.expected" \
	"egov.level_summary level $c/level_summary.columns $c/level_summary.expected"; do
	# shellcheck disable=SC2086  # the arguments are words without spaces
	out=$(/usr/bin/python3 $c/odbc_check.py egov $args 2>&1)
	rc=$?
	echo "$out"
	count_tap "$out"
	[ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out" && fail "odbc_check.py $args ran" "$out"
done
"$PG_BIN/dropdb" "$db"
finish
