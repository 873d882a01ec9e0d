-- The survey tables' checks refuse what the published data does not need,
-- each with its SQLSTATE; then each table's structure.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

\i test/sql/include/try.sql
-- HCI above 1 refused outside the two 2003 source errors
SELECT pg_temp.try($$UPDATE egov.survey_score SET hci = 1.03 WHERE survey_year = 2003 AND iso3 = 'IRL' RETURNING 1$$);
-- the 2003 HCI source error must stay flagged
SELECT pg_temp.try($$UPDATE egov.survey_score SET source_note = NULL WHERE survey_year = 2003 AND iso3 = 'FSM' RETURNING 1$$);
-- OSI above 1 refused
SELECT pg_temp.try($$UPDATE egov.survey_score SET osi = 1.0001 WHERE survey_year = 2022 AND iso3 = 'DNK' RETURNING 1$$);
-- ISO3 must be three capitals
SELECT pg_temp.try($$INSERT INTO egov.country (iso3, name, region, subregion) VALUES ('xx1', 'X', 'Asia', 'Y') RETURNING 1$$);
-- a score needs a known country
SELECT pg_temp.try($$INSERT INTO egov.survey_score (survey_year, iso3) VALUES (2022, 'ZZZ') RETURNING 1$$);

-- the tables' structure: columns, keys, checks, indexes, triggers, pg_dump registration, privileges
\i test/sql/include/describe.sql
SELECT * FROM pg_temp.describe('egov.edition');
SELECT * FROM pg_temp.describe('egov.country');
SELECT * FROM pg_temp.describe('egov.country_alias');
SELECT * FROM pg_temp.describe('egov.survey_score');
SELECT * FROM pg_temp.describe('egov.withdrawn_bundled_row');

DROP EXTENSION egov;
