-- egov.egdi_stats(egdi): against plain SQL, NULLs, empty input, parallel
-- plans, errors, the support functions called directly.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT (egov.egdi_stats(x)).*
FROM unnest(ARRAY[0.1, 0.3, NULL, 0.6, 0.8, 0.9]::float8[]) AS x;

-- over no rows, or only NULLs: countries and group counts 0, the rest NULL,
-- as count(*) / avg / min / max give
SELECT (egov.egdi_stats(x)).* FROM unnest(ARRAY[]::float8[]) AS x;
SELECT (egov.egdi_stats(x)).* FROM unnest(ARRAY[NULL, NULL]::float8[]) AS x;

-- Generated scores k/1024 (exact in binary, so every order of summation
-- gives the same sum), 1 in 13 NULL; group 0 holds only NULLs.
CREATE TEMP TABLE gen AS
SELECT i, i % 7 AS grp,
       CASE WHEN i % 7 = 0 OR i % 13 = 0 THEN NULL
            ELSE ((i * 7919) % 1025) / 1024.0::float8 END AS x
FROM generate_series(1, 5000) AS i;

CREATE TEMP VIEW gen_reference AS
SELECT grp,
       ROW(count(x), avg(x), min(x), max(x),
           count(*) FILTER (WHERE x >= 0.75),
           count(*) FILTER (WHERE x >= 0.50 AND x < 0.75),
           count(*) FILTER (WHERE x >= 0.25 AND x < 0.50),
           count(*) FILTER (WHERE x < 0.25))::egov.egdi_stats AS reference
FROM gen GROUP BY grp;

SELECT g.grp, (g.s).*, g.s IS NOT DISTINCT FROM r.reference AS same_as_sql
FROM (SELECT grp, egov.egdi_stats(x) AS s FROM gen GROUP BY grp) AS g
JOIN gen_reference AS r USING (grp)
ORDER BY g.grp;

-- the same through a hash aggregate and through a sort
SET enable_hashagg = off;
SELECT bool_and(g.s IS NOT DISTINCT FROM r.reference) AS sorted_same_as_sql
FROM (SELECT grp, egov.egdi_stats(x) AS s FROM gen GROUP BY grp) AS g
JOIN gen_reference AS r USING (grp);
RESET enable_hashagg;

-- the groups add up: Very High + High + Middle + Low = countries
SELECT bool_and(s.very_high + s.high + s.middle + s.low = s.countries) AS groups_add_up
FROM (SELECT (egov.egdi_stats(x)).* FROM gen GROUP BY grp) AS s;

-- Decimal scores (4 dp, as published): with the compensated sum the mean
-- of these 100000 is the exact (numeric) mean rounded to float8, where
-- avg(float8) is one unit in the last place off
SELECT s.countries, s.mean = e.exact AS mean_exact,
       e.plain = e.exact AS float8_avg_exact
FROM (SELECT (egov.egdi_stats(round(((i::bigint * 48271) % 10007) / 10007.0, 4)::float8)).*
      FROM generate_series(1, 100000) AS i) AS s,
     (SELECT avg(round(((i::bigint * 48271) % 10007) / 10007.0, 4))::float8 AS exact,
             avg(round(((i::bigint * 48271) % 10007) / 10007.0, 4)::float8) AS plain
      FROM generate_series(1, 100000) AS i) AS e;

-- As a window aggregate: a running summary
SELECT i, (egov.egdi_stats(x) OVER (ORDER BY i)).*
FROM unnest(ARRAY[0.2, NULL, 0.9, 0.5]::float8[]) WITH ORDINALITY AS t(x, i)
ORDER BY i;

-- ... and over a sliding frame, where the state restarts for each row
SELECT i, (egov.egdi_stats(x) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)).*
FROM unnest(ARRAY[0.2, NULL, 0.9, 0.5, 0.1]::float8[]) WITH ORDINALITY AS t(x, i)
ORDER BY i;

-- Parallel: partial states from the workers are merged by the combine
-- function, and give what a serial plan gives
CREATE TABLE egdi_big AS
SELECT i, CASE WHEN i % 101 = 0 THEN NULL
               ELSE ((i * 7919) % 1025) / 1024.0::float8 END AS x
FROM generate_series(1, 100000) AS i;
ANALYZE egdi_big;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS SELECT egov.egdi_stats(x) AS s FROM egdi_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT egov.egdi_stats(x) FROM egdi_big;
SELECT (p.s).*, p.s = serial.s AS same_as_serial
FROM (SELECT egov.egdi_stats(x) AS s FROM egdi_big) AS p, serial;
SELECT p.s = (SELECT ROW(count(x), avg(x), min(x), max(x),
                         count(*) FILTER (WHERE x >= 0.75),
                         count(*) FILTER (WHERE x >= 0.50 AND x < 0.75),
                         count(*) FILTER (WHERE x >= 0.25 AND x < 0.50),
                         count(*) FILTER (WHERE x < 0.25))::egov.egdi_stats
              FROM egdi_big) AS parallel_same_as_sql
FROM (SELECT egov.egdi_stats(x) AS s FROM egdi_big) AS p;
-- an input error in a worker reaches the client as 22003
\set VERBOSITY sqlstate
SELECT egov.egdi_stats(CASE WHEN i = 99999 THEN 2 ELSE x END) FROM egdi_big;
\set VERBOSITY default
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE egdi_big;

-- a score outside [0, 1], NaN or infinite raises 22003
\set VERBOSITY sqlstate
SELECT egov.egdi_stats(x) FROM unnest(ARRAY[0.5, 1.5]::float8[]) AS x;
\set VERBOSITY default
SELECT egov.egdi_stats(x) FROM unnest(ARRAY[0.5, 1.5]::float8[]) AS x;
SELECT egov.egdi_stats(x) FROM unnest(ARRAY[-0.25]::float8[]) AS x;
SELECT egov.egdi_stats(x) FROM unnest(ARRAY[0.5, 'NaN']::float8[]) AS x;
SELECT egov.egdi_stats(x) FROM unnest(ARRAY['Infinity']::float8[]) AS x;

-- The support functions called directly work on a copy of the state ...
SELECT st AS state_before,
       egov.egdi_stats_accum(st, 0.5) AS after_accum,
       egov.egdi_stats_combine(st, egov.egdi_stats_accum(st, 0.8)) AS after_combine,
       st AS state_after
FROM (SELECT '{0,0,0,0,0,0,0,0,0}'::float8[] AS st) AS t;
SELECT (egov.egdi_stats_final(egov.egdi_stats_accum('{0,0,0,0,0,0,0,0,0}', 0.3))).*;
-- ... and refuse a state of the wrong shape or with impossible counts
\set VERBOSITY sqlstate
SELECT egov.egdi_stats_accum('{0,0,0}', 0.5);
\set VERBOSITY default
SELECT egov.egdi_stats_accum('{0,0,0}', 0.5);
SELECT egov.egdi_stats_accum('{0,0,0,0,0,0,0,0,NULL}', 0.5);
SELECT egov.egdi_stats_accum('{{0,0,0,0,0,0,0,0,0}}', 0.5);
SELECT egov.egdi_stats_combine('{0,0,0,0,0,0,0,0,0}', '{}');
SELECT egov.egdi_stats_final('{0,0,0,0,0,0,0,0,0,0}');
SELECT egov.egdi_stats_final('{-1,0,0,0,0,0,0,0,0}');
SELECT egov.egdi_stats_final('{1.5,0,0,0,0,0,0,0,0}');
SELECT egov.egdi_stats_final('{3e9,0,0,0,0,0,0,0,0}');
SELECT egov.egdi_stats_final('{NaN,0,0,0,0,0,0,0,0}');
-- ... or a state no aggregate makes, 22023: a NaN sum, min above max,
-- groups that do not add up to N, a sum above N, an unnormalised pair
\set VERBOSITY sqlstate
SELECT egov.egdi_stats_final('{1,NaN,0,0.5,0.5,0,0,1,0}');
\set VERBOSITY default
SELECT egov.egdi_stats_final('{1,0.5,0,0.5,0.5,0,0,1,0}') AS valid_state;
SELECT egov.egdi_stats_final('{1,NaN,0,0.5,0.5,0,0,1,0}');
SELECT egov.egdi_stats_final('{2,1,0,0.6,0.4,0,0,2,0}');
SELECT egov.egdi_stats_final('{2,1,0,0.5,0.5,0,0,1,0}');
SELECT egov.egdi_stats_final('{1,2,0,0.5,0.5,0,0,1,0}');
SELECT egov.egdi_stats_final('{1,0.5,0.25,0.5,0.5,0,0,1,0}');
SELECT egov.egdi_stats_final('{0,0,0,NaN,NaN,0,0,0,0}') AS empty_state;
-- counts are exact in the state up to 2^53; beyond the result type's int4,
-- 22003 rather than a wrapped count
\set VERBOSITY sqlstate
SELECT egov.egdi_stats_final('{3e9,0,0,0,0,3e9,0,0,0}');
\set VERBOSITY default
SELECT egov.egdi_stats_final('{3e9,0,0,0,0,3e9,0,0,0}');
SELECT (egov.egdi_stats_final('{2147483647,0,0,0,0,2147483647,0,0,0}')).countries AS int4_max;
-- NULL state or score: NULL (STRICT; the aggregate skips NULL scores)
SELECT egov.egdi_stats_accum(NULL, 0.5) IS NULL AS null_state,
       egov.egdi_stats_accum('{0,0,0,0,0,0,0,0,0}', NULL) IS NULL AS null_score,
       egov.egdi_stats_final(NULL) IS NULL AS null_final;

-- DROP and CREATE again
DROP VIEW gen_reference;
DROP TABLE gen, serial;
DROP EXTENSION egov;
SELECT count(*) AS leftover_objects FROM pg_proc
WHERE pronamespace = 'egov'::regnamespace;
CREATE EXTENSION egov;
SELECT egov.egdi_stats(x) AS recreated FROM unnest(ARRAY[0.2, 0.8]::float8[]) AS x;
-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- out-of-range score raises 22003
SELECT pg_temp.try('SELECT egov.egdi_stats(x) FROM unnest(ARRAY[0.5, 1.5]::float8[]) AS x');
-- NULLs are ignored; 0.25 is Middle, 1 is Very High
SELECT (s).countries, (s).mean, (s).very_high, (s).low
      FROM (SELECT egov.egdi_stats(x) AS s FROM unnest(ARRAY[0.25, NULL, 1]::float8[]) AS x) AS t;

-- the signatures: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('egdi_stats', 'egdi_stats_accum', 'egdi_stats_combine', 'egdi_stats_final')
ORDER BY 1::text;
-- the fields of egov.egdi_stats
SELECT attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute WHERE attrelid = 'egov.egdi_stats'::regclass AND attnum > 0 ORDER BY attnum;
-- the aggregate's parts: its state is a float8[] starting at zero
SELECT aggtransfn, aggcombinefn, aggfinalfn, aggtranstype::regtype, agginitval
FROM pg_aggregate WHERE aggfnoid = 'egov.egdi_stats(float8)'::regprocedure;

DROP EXTENSION egov;
