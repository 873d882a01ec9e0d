# pg_dump + pg_restore of a database whose survey tables users changed:
# the restored database must hold exactly the same rows (bundled and user
# rows, nothing twice) and the same egov.egdi_report; DROP + CREATE
# EXTENSION must bring back the bundled state.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
trap finish EXIT
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
src=egov_dump_src dst=egov_dump_dst dst1=egov_dump_dst1
for db in $src $dst $dst1 egov_dump_fresh; do "$PG_BIN/dropdb" --if-exists "$db" || exit 1; done
for db in $src $dst $dst1 egov_dump_fresh; do "$PG_BIN/createdb" "$db" || exit 1; done
psql -d egov_dump_fresh -c 'CREATE EXTENSION egov' || exit 1

# Every row of the survey tables, bundled flag included, and of the report,
# in a fixed order, into the file $2; fails loudly rather than compare two
# empty outputs.
snapshot() {
	psql -d "$1" -At -o "$2" <<'SQL' && [ "$(wc -l < "$2")" -gt 4000 ]
SELECT 'edition', e::text FROM egov.edition e ORDER BY 2;
SELECT 'country', c::text FROM egov.country c ORDER BY 2;
SELECT 'alias', a::text FROM egov.country_alias a ORDER BY 2;
SELECT 'score', s::text FROM egov.survey_score s ORDER BY 2;
SELECT 'withdrawn', w::text FROM egov.withdrawn_bundled_row w ORDER BY 2;
SELECT 'method', m::text FROM egov.edition_method m ORDER BY 2;
SELECT 'report', r::text FROM egov.egdi_report r ORDER BY 2;
SQL
}
same_as_before() {	# same_as_before DB: DB holds what the source held
	snapshot "$1" "$EGOV_WORK/after.txt" && diff "$EGOV_WORK/before.txt" "$EGOV_WORK/after.txt"
}

psql -d $src <<'SQL' || exit 1
CREATE EXTENSION egov;
-- a user-added edition, with its method
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight) VALUES (2026, 1, 1, 1);
SELECT egov.import_un_csv(E'Survey Year,Country Name,E-Government Rank,E-Government Index,'
	'E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	'2026,Denmark,1,0.9847,0.9,0.9901,0.9640,1.0\n'
	'2026,Estonia,2,0.9727,0.9,0.9800,0.9500,0.9881\n'
	'2026,Türkiye,3,0.8913,0.8,0.9000,0.8700,0.9039\n');
-- a changed bundled score, a bundled score replaced by an INSERT, a deleted one
UPDATE egov.survey_score SET epi = 0.5 WHERE survey_year = 2022 AND iso3 = 'DNK';
INSERT INTO egov.survey_score (survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii)
VALUES (2003, 'MNE', 191, 0.1, 0.1, 0.1, 0.1, 0.1);
DELETE FROM egov.survey_score WHERE survey_year = 2005 AND iso3 = 'SSD';
-- a changed country, an added and a deleted alias
UPDATE egov.country SET income_group = 'High' WHERE iso3 = 'CHN';
INSERT INTO egov.country_alias (alias, iso3) VALUES ('Eire', 'IRL');
DELETE FROM egov.country_alias WHERE alias = 'Swaziland';
-- a re-imported edition whose file lacks one country (a bundled row withdrawn)
\set csv2020 `cat data/un-desa/EGOV_DATA_2020.csv`
SELECT egov.import_un_csv(regexp_replace(:'csv2020', E'\n2020,"Iraq "[^\n]*', ''));
SQL

snapshot $src "$EGOV_WORK/before.txt" || exit 1
check "source database has the user's changes" \
	test "$(psql -d $src -At -c "SELECT count(*) FROM egov.survey_score WHERE NOT bundled")" = \
		"$(( 3 + 1 + 1 + 192 ))"
"$PG_BIN/pg_dump" -Fc -f "$EGOV_WORK/egov.dump" $src || exit 1
"$PG_BIN/pg_restore" -f "$EGOV_WORK/egov.data" --data-only "$EGOV_WORK/egov.dump" || exit 1
check "dump carries the changed 2022 row only, no bundled row" \
	test "$(grep -c '^2022	' "$EGOV_WORK/egov.data")" = 1
check "dump carries the withdrawn keys" \
	test "$(grep -c '^survey_score	' "$EGOV_WORK/egov.data")" = 194

"$PG_BIN/pg_restore" --exit-on-error -d $dst "$EGOV_WORK/egov.dump"
check "pg_restore succeeds" test $? -eq 0
check "restored rows and report identical" same_as_before $dst

"$PG_BIN/pg_restore" --exit-on-error --single-transaction -d $dst1 "$EGOV_WORK/egov.dump"
check "pg_restore --single-transaction succeeds" test $? -eq 0
check "single-transaction restore identical" same_as_before $dst1

# a second round trip, from the restored database
"$PG_BIN/pg_dump" -Fc -f "$EGOV_WORK/egov2.dump" $dst || exit 1
"$PG_BIN/dropdb" $dst1 && "$PG_BIN/createdb" $dst1 || exit 1
"$PG_BIN/pg_restore" --exit-on-error -d $dst1 "$EGOV_WORK/egov2.dump"
check "second round trip identical" same_as_before $dst1

# plain-format dump through psql
"$PG_BIN/pg_dump" -f "$EGOV_WORK/egov.sql" $src || exit 1
"$PG_BIN/dropdb" $dst1 && "$PG_BIN/createdb" $dst1 || exit 1
psql -d $dst1 -f "$EGOV_WORK/egov.sql" >/dev/null
check "plain dump through psql identical" same_as_before $dst1

psql -d $dst -c 'DROP EXTENSION egov' -c 'CREATE EXTENSION egov'
snapshot egov_dump_fresh "$EGOV_WORK/before.txt" || exit 1
check "DROP + CREATE EXTENSION gives the bundled state" same_as_before $dst

for db in $src $dst $dst1 egov_dump_fresh; do "$PG_BIN/dropdb" "$db"; done
[ "$checks_failed" -eq 0 ]
