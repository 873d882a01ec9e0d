-- A role that owns schema egov before a superuser installs egov can add
-- functions to it.  An overload it plants must never be what egov's own
-- code calls: every internal call is typed exactly.
\set VERBOSITY default
\set SHOW_CONTEXT never
DROP SCHEMA IF EXISTS egov;
CREATE ROLE egov_planter;
CREATE SCHEMA egov AUTHORIZATION egov_planter;
SET ROLE egov_planter;
-- would let any out-of-range HCI through, and run as whoever imports
CREATE FUNCTION egov._source_note(integer, text, text, numeric) RETURNS text
LANGUAGE sql AS $$ SELECT 'planted' $$;
RESET ROLE;
CREATE EXTENSION egov;
-- the loader refuses the out-of-range HCI: the planted overload was not used
SELECT egov.import_un_csv(
'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2030,Denmark,1,0.9,0.9,0.9,1.5,0.9
');
SELECT count(*) AS rows_2030 FROM egov.survey_score WHERE survey_year = 2030;
DROP EXTENSION egov;
DROP FUNCTION egov._source_note(integer, text, text, numeric);
DROP SCHEMA egov;
DROP ROLE egov_planter;
