-- What a first load meets: a table without a year column (survey_year),
-- one whose year disagrees with it, a dry run listing every problem at
-- once, a re-import that says what it replaced, a path where CSV text was
-- expected, a decimal-comma file, and values judged as written before they
-- are rounded to 15 decimals.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\set header 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'
\set csv2024 `cat data/un-desa/EGOV_DATA_2024.csv`
\set unu2016 `cat test/data/unu-egov-egdi/egdi-2016.csv`

-- UNU-EGOV's headers, no year column: survey_year says which edition
SELECT egov.import_un_csv(:'unu2016');
SELECT egov.import_un_csv(:'unu2016', survey_year => 2016) AS stored;
SELECT provenance, egdi_decimals, countries_assessed FROM egov.edition WHERE survey_year = 2016;
-- a year column that disagrees with survey_year is refused
SELECT egov.import_un_csv(:'csv2024', survey_year => 2022);
SELECT egov.import_un_csv(:'csv2024', survey_year => 1999);
-- one that agrees is fine
SELECT egov.import_un_csv(:'csv2024', survey_year => 2024) AS stored;

-- dry run: four rows corrupted in four ways, all four listed, nothing stored
CREATE TEMP TABLE before AS SELECT * FROM egov.survey_score WHERE survey_year = 2024;
\set corrupt `printf '%s' "$(cat data/un-desa/EGOV_DATA_2024.csv)" | sed -e 's/^2024,Ireland ,20,0.91377/2024,Ireland ,20,0.81377/' -e 's/^2024,Israel ,23,0.90143,0.69860/2024,Israel ,23,0.90143,x/' -e 's/^2024,Italy ,/2024,Italie ,/' -e 's/^2024,Japan ,13,0.93510,0.98630,0.94274,0.91170,/2024,Japan ,13,0.93510,0.98630,0.94274,1.91170,/'`
SELECT egov.import_un_csv(:'corrupt', dry_run => true);
SELECT count(*) AS unchanged FROM egov.survey_score AS s JOIN before AS b USING (survey_year, iso3)
 WHERE s.egdi = b.egdi AND s.bundled = b.bundled;
-- without dry_run the first problem by line refuses the file, as always
SELECT egov.import_un_csv(:'corrupt');
-- a clean file in a dry run: what would be stored, nothing stored
SELECT egov.import_un_csv(:'csv2024', dry_run => true) AS would_store;
SELECT egov.import_un_csv(:'csv2024', dry_run => NULL);

-- re-importing a year says what it replaced
SELECT egov.import_un_csv(:'header' || E'\n2026,Denmark,1,0.9,0.9,0.9,0.9,0.9') AS first;
SELECT egov.import_un_csv(:'header' || E'\n2026,Denmark,1,0.9,0.9,0.9,0.9,0.9\n2026,Chad,2,0.2,0.2,0.2,0.2,0.2') AS again;

-- a path where the text belongs
SELECT egov.import_un_csv('/home/analyst/EGOV_DATA_2024.csv');
SELECT egov.import_un_csv('EGOV_DATA_2024.csv');
SELECT egov.import_un_csv('C:\Users\analyst\egdi.csv');

-- decimal commas: unquoted in a comma-separated file, and in a ";" file
SELECT egov.import_un_csv(:'header' || E'\n2026,Denmark,1,0,98474,0,9000,0,9500,0,9875,0,9900');
SELECT egov.import_un_csv(replace(:'header', ',', ';') || E'\n2026;Denmark;1;0,98474;0,9;0,9;0,9;0,9', delimiter => ';');

-- values are judged as written, then rounded: an HCI a hair above 1 is
-- refused, not stored as 1
SELECT egov.import_un_csv(:'header' || E'\n2026,Denmark,1,,0.9,0.9,1.0000000000000004,0.9');
SELECT egov.import_un_csv(:'header' || E'\n2026,Denmark,1,,0.9,-0.0000000000000001,0.9,0.9');
-- and one value of 5e-16 does not make 2022's 4 decimals 15 (it is
-- stored rounded, kept with a note as its EGDI no longer follows)
\set csv2022 `cat data/un-desa/EGOV_DATA_2022.csv`
SELECT egov.import_un_csv(replace(:'csv2022', '0.85670,0.68180,0.77960,0.96180', '0.85670,0.68180,0.77960,5e-16'),
                          keep_inconsistent => true) AS stored;
SELECT egdi_decimals FROM egov.edition WHERE survey_year = 2022;
SELECT iso3, hci, source_note IS NOT NULL AS noted FROM egov.survey_score WHERE survey_year = 2022 AND iso3 = 'IRL';
SELECT world_rank, count(*) FROM egov.egdi_report WHERE survey_year = 2022 AND world_rank = 5 GROUP BY 1;

DROP EXTENSION egov;
