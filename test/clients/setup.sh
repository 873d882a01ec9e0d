# Shared by the client suites: a fresh database $client_db with egov and the
# survey report view the clients read, named in $report.
#
# egov.egdi_report is not part of egov yet: clients.egdi_report stands in for
# it (test/clients/interim_report.sql).  Once it is, set report=egov.egdi_report
# and drop the stand-in.
report=clients.egdi_report

# client_setup DB: (re)create DB with egov and the report view.
client_setup() {
	"$PG_BIN/dropdb" --if-exists "$1" >/dev/null 2>&1
	"$PG_BIN/createdb" "$1" &&
		"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d "$1" -c 'CREATE EXTENSION egov' \
			-f "$EGOV_ROOT/test/clients/interim_report.sql"
}
