-- egov.egdi(osi, hci, tii): values, NULLs, range errors, other roles.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- China 2020: published EGDI 0.7948
SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 5) AS china_2020;
SELECT egov.egdi(0, 0, 0) AS zero, egov.egdi(1, 1, 1) AS one,
       egov.egdi(0.5, 0.25, 1) = 1.75 / 3 AS mean;

-- NULL in any argument gives NULL (STRICT)
SELECT egov.egdi(NULL, 0.5, 0.5) IS NULL AS osi_null,
       egov.egdi(0.5, NULL, 0.5) IS NULL AS hci_null,
       egov.egdi(0.5, 0.5, NULL) IS NULL AS tii_null;

-- every component is checked: outside [0, 1], NaN and infinities give 22003
\set VERBOSITY sqlstate
SELECT egov.egdi(1.2, 0.5, 0.5);
\set VERBOSITY default
SELECT egov.egdi(1.2, 0.5, 0.5);
SELECT egov.egdi(0.5, -0.1, 0.5);
SELECT egov.egdi(0.5, 0.5, 1.0000001);
SELECT egov.egdi('NaN', 0.5, 0.5);
SELECT egov.egdi(0.5, 'Infinity', 0.5);
SELECT egov.egdi(0.5, 0.5, '-Infinity');
SELECT egov.egdi(-0.0, 0.5, 0.5) AS negative_zero_is_zero;

-- a role that did not create the extension can use it
CREATE ROLE egov_regress_reader;
SET ROLE egov_regress_reader;
SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 4) AS as_reader;
RESET ROLE;
DROP ROLE egov_regress_reader;

-- DROP and CREATE again leave nothing behind
DROP EXTENSION egov;
-- (PostgreSQL creates the control file's schema outside the extension, so an
-- empty schema egov stays behind; nothing may be left in it)
SELECT (SELECT count(*) FROM pg_proc WHERE pronamespace = 'egov'::regnamespace)
     + (SELECT count(*) FROM pg_class WHERE relnamespace = 'egov'::regnamespace)
     + (SELECT count(*) FROM pg_type WHERE typnamespace = 'egov'::regnamespace)
       AS leftover_objects;
CREATE EXTENSION egov;
SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 4) AS recreated;
-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- out-of-range OSI raises 22003
SELECT pg_temp.try('SELECT egov.egdi(1.2, 0.5, 0.5)');

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('egdi')
ORDER BY 1::text;

DROP EXTENSION egov;
