# ODBC: unixODBC's isql and iusql read the survey report through the
# PostgreSQL ODBC driver (Unicode) as a BI tool would, checking column names,
# ODBC types, a few published 2022 values and client-side grouping by level.
# The driver and data source are defined in $EGOV_WORK, not in /etc.
cd "$EGOV_ROOT" || exit 1
source test/packaging/checks.sh
source test/clients/setup.sh

db=egov_odbc
check "database $db with egov and the report" client_setup "$db"

driver=$(dpkg -L odbc-postgresql 2>/dev/null | grep '/psqlodbcw\.so$' | head -1)
check "the PostgreSQL ODBC driver (Unicode) is installed" test -f "$driver"
export ODBCSYSINI=$EGOV_WORK/odbc ODBCINI=$EGOV_WORK/odbc/odbc.ini
mkdir -p "$ODBCSYSINI"
cat > "$ODBCSYSINI/odbcinst.ini" <<INI
[PostgreSQL Unicode]
Description = PostgreSQL ODBC driver (Unicode)
Driver = $driver
INI
# TextAsLongVarchar = 0: text as SQL_VARCHAR, which BI tools can group by,
# rather than the driver's default SQL_LONGVARCHAR (a memo field to them).
cat > "$ODBCINI" <<INI
[egov]
Driver = PostgreSQL Unicode
Servername = $PGHOST
Port = $PGPORT
Database = $db
Username = $PGUSER
TextAsLongVarchar = 0
ConnSettings = SET search_path = ${report%%.*}, egov
INI

out=$(/usr/bin/python3 test/clients/odbc_check.py egov "${report#*.}" test/clients/report.columns \
	test/clients/report.expected test/clients/levels.expected 2>&1)
rc=$?
echo "$out"
count_tap "$out"
[ $rc -ne 0 ] && ! grep -q '^not ok' <<<"$out" && fail "odbc_check.py ran" "$out"
"$PG_BIN/dropdb" "$db"
finish
