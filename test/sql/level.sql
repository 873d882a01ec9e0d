-- egov.level and egov.egdi_level(score): bands, order, NULLs, errors.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT enum_range(NULL::egov.level) AS labels;
SELECT 'Low'::egov.level < 'Middle' AS lo_mid, 'Middle'::egov.level < 'High' AS mid_hi,
       'High'::egov.level < 'Very High' AS hi_vh,
       max(l) AS highest, min(l) AS lowest
FROM unnest(enum_range(NULL::egov.level)) AS l;

-- band edges: each bound belongs to the group above it
SELECT s AS score, egov.egdi_level(s) AS level
FROM unnest(ARRAY[0, 0.2499999999, 0.25, 0.4999999999, 0.5,
                  0.7499999999, 0.75, 0.9999999999, 1]::float8[]) AS s;
SELECT egov.egdi_level(-0.0) AS negative_zero,
       egov.egdi_level(0.24999999999999997) AS just_below_quarter;

-- the result is a real enum value: it sorts, compares and casts
SELECT egov.egdi_level(s) AS level, count(*)
FROM generate_series(0, 1000) AS i, LATERAL (SELECT i / 1000.0::float8 AS s) AS t
GROUP BY 1 ORDER BY 1 DESC;
SELECT egov.egdi_level(0.8) > egov.egdi_level(0.6) AS vh_above_h,
       egov.egdi_level(0.3)::text AS as_text,
       pg_typeof(egov.egdi_level(0.3)) AS type;

-- NULL gives NULL (STRICT)
SELECT egov.egdi_level(NULL) IS NULL AS null_score;

-- outside [0, 1], NaN and infinities give 22003
\set VERBOSITY sqlstate
SELECT egov.egdi_level(1.0001);
\set VERBOSITY default
SELECT egov.egdi_level(1.0001);
SELECT egov.egdi_level(-0.01);
SELECT egov.egdi_level('NaN');
SELECT egov.egdi_level('Infinity');
SELECT egov.egdi_level('-Infinity');
SELECT 'Top'::egov.level;

-- the value cache is per call site: many rows through one expression,
-- and the same function in a prepared statement run twice
PREPARE lv(float8) AS SELECT egov.egdi_level($1);
EXECUTE lv(0.9);
EXECUTE lv(0.1);
DEALLOCATE lv;

-- IMMUTABLE, so usable in a generated column and an index
CREATE TABLE level_demo (egdi float8,
                         level egov.level GENERATED ALWAYS AS (egov.egdi_level(egdi)) STORED);
CREATE INDEX ON level_demo (egov.egdi_level(egdi));
INSERT INTO level_demo VALUES (0.3), (0.8), (NULL);
SELECT * FROM level_demo ORDER BY level;
\set VERBOSITY sqlstate
INSERT INTO level_demo VALUES (1.5);
\set VERBOSITY default
DROP TABLE level_demo;

-- DROP and CREATE again: the enum OIDs change and are looked up afresh
DROP EXTENSION egov;
SELECT count(*) AS leftover_types FROM pg_type
WHERE typnamespace = 'egov'::regnamespace;
CREATE EXTENSION egov;
SELECT egov.egdi_level(0.75) AS recreated;
-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- egov.level has the labels Low < Middle < High < Very High, in that order
SELECT enum_range(NULL::egov.level);
-- NaN score raises 22003
SELECT pg_temp.try('SELECT egov.egdi_level(''NaN'')');
-- band edges belong to the group above
SELECT egov.egdi_level(s) FROM unnest(ARRAY[0, 0.25, 0.5, 0.75, 1]::float8[]) WITH ORDINALITY AS t(s, i) ORDER BY i;

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('egdi_level')
ORDER BY 1::text;

DROP EXTENSION egov;
