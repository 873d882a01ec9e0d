-- A schema egov that exists before egov is installed is not taken as it is:
-- its owner could add functions to it at any time, and anything in it would
-- be resolved by the calls of whoever uses egov.  A superuser who installs
-- egov into a schema another role made is refused (42501), and so is a
-- schema holding objects that are not egov's (55000); nothing is installed.
\set VERBOSITY default
\set SHOW_CONTEXT never
DROP SCHEMA IF EXISTS egov;
CREATE ROLE egov_planter;
CREATE SCHEMA egov AUTHORIZATION egov_planter;
SET ROLE egov_planter;
-- would answer 42 for the README's first example, as whoever calls it
CREATE FUNCTION egov.egdi(double precision, double precision, double precision)
RETURNS double precision LANGUAGE sql AS $$ SELECT 42::double precision $$;
-- would let any out-of-range HCI through, and run as whoever imports
CREATE FUNCTION egov._source_note(integer, text, text, numeric) RETURNS text
LANGUAGE sql AS $$ SELECT 'planted' $$;
RESET ROLE;
CREATE EXTENSION egov;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'egov';
-- the same objects in a schema that a superuser owns: still refused
ALTER SCHEMA egov OWNER TO CURRENT_USER;
CREATE EXTENSION egov;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'egov';
-- the planter's functions are still there, untouched
SELECT egov.egdi(0.9059, 0.7396, 0.7388) AS planted_egdi;
DROP SCHEMA egov CASCADE;
-- a function named like egov's own check, egov._schema_check(), which the
-- script would otherwise try to replace: refused by name, before that
CREATE SCHEMA egov;
CREATE FUNCTION egov._schema_check() RETURNS void LANGUAGE sql AS $$ SELECT $$;
CREATE EXTENSION egov;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'egov';
DROP FUNCTION egov._schema_check();
DROP SCHEMA egov;
-- an empty schema egov of the installing superuser is used
CREATE SCHEMA egov;
CREATE EXTENSION egov;
SELECT egov.egdi(0.9059, 0.7396, 0.7388) AS china_2020;
DROP EXTENSION egov;
DROP SCHEMA egov;
DROP ROLE egov_planter;
