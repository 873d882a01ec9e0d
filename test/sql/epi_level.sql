-- egov.epi_level(score): EGDI bands, edges, NULL, errors.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- band edges: each bound belongs to the level above it
SELECT s AS score, egov.epi_level(s) AS level
FROM unnest(ARRAY[0, 0.2499999999, 0.25, 0.4999999999, 0.5,
                  0.7499999999, 0.75, 0.9999999999, 1]::float8[]) AS s;

-- same bands as egov.egdi_level on a fine grid
SELECT count(*) AS grid_points,
       count(*) FILTER (WHERE egov.epi_level(s) <> egov.egdi_level(s)) AS differing
FROM generate_series(0, 10000) AS i, LATERAL (SELECT i / 10000.0::float8 AS s) AS t;

-- a real egov.level value
SELECT pg_typeof(egov.epi_level(0.9643)) AS type, egov.epi_level(0.9643) AS china_2020,
       egov.epi_level(0.9643) > egov.epi_level(0.5) AS orders;

-- NULL gives NULL (STRICT)
SELECT egov.epi_level(NULL) IS NULL AS null_score;

-- outside [0, 1], NaN and infinities give 22003
\set VERBOSITY sqlstate
SELECT egov.epi_level(1.0001);
\set VERBOSITY default
SELECT egov.epi_level(1.0001);
SELECT egov.epi_level(-0.01);
SELECT egov.epi_level('NaN');
SELECT egov.epi_level('Infinity');
SELECT egov.epi_level('-Infinity');

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- NaN EPI raises 22003
SELECT pg_temp.try('SELECT egov.epi_level(''NaN'')');

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('epi_level')
ORDER BY 1::text;

DROP EXTENSION egov;
