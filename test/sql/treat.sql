-- egov.treat(x, winmax, skew_thresh, kurt_thresh, fallback, lambda) OVER w:
-- COINr's Treat(), winsorising and, for a variable that still fails, a log
-- or Box-Cox transform.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

-- COINr's example: winsorising 100 to 30 is enough, so treat is winsorise
CREATE TEMP TABLE coinr_example AS
SELECT unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]::float8[]) AS x;
SELECT count(*) AS n, count(*) FILTER (WHERE t IS DISTINCT FROM w) AS differ,
       max(t) AS max_treated
FROM (SELECT egov.treat(x) OVER () AS t, egov.winsorise(x) OVER () AS w FROM coinr_example) AS s;

-- a tail that one winsorised point cannot fix: the fallback transforms the
-- original values (not the winsorised ones), here with plain SQL beside it
CREATE TEMP TABLE heavy AS
SELECT (2 ^ i)::float8 AS x FROM generate_series(0, 14) AS i
UNION ALL SELECT 1 FROM generate_series(1, 30)
UNION ALL SELECT NULL;
SELECT passes, winsorised_high
FROM (SELECT (egov.winsorise_report(x, 1) OVER ()).* FROM heavy LIMIT 1) AS r;
SELECT DISTINCT x, round(log_ct::numeric, 6) AS log_ct,
       round(ln(x - 1 + 0.01 * (16384 - 1))::numeric, 6) AS log_ct_sql,
       round(log_ct_orig::numeric, 6) AS log_ct_orig, round(ln(x - 1 + 1)::numeric, 6) AS log_ct_orig_sql,
       none, winsorised
FROM (SELECT x, egov.treat(x, 1) OVER () AS log_ct,
             egov.treat(x, 1, 2, 3.5, 'log_CT_orig') OVER () AS log_ct_orig,
             egov.treat(x, 1, 2, 3.5, 'none') OVER () AS none,
             egov.winsorise(x, 1) OVER () AS winsorised
      FROM heavy) AS s
WHERE x IS NULL OR x IN (1, 2, 1024, 8192, 16384) ORDER BY x NULLS FIRST;
-- Box-Cox (COINr's boxcox with makepos): ((x - min + 1)^lambda - 1) / lambda,
-- and for lambda 0 the log of log_CT_orig
SELECT DISTINCT x, round(bc::numeric, 6) AS boxcox_half, round((((x - 1 + 1) ^ 0.5 - 1) / 0.5)::numeric, 6) AS boxcox_half_sql,
       bc0 = lo AS lambda_0_is_log_ct_orig
FROM (SELECT x, egov.treat(x, 1, 2, 3.5, 'boxcox', 0.5) OVER () AS bc,
             egov.treat(x, 1, 2, 3.5, 'boxcox', 0) OVER () AS bc0,
             egov.treat(x, 1, 2, 3.5, 'log_CT_orig') OVER () AS lo
      FROM heavy) AS s
WHERE x IN (1, 2, 1024, 16384) ORDER BY x;
-- with winmax 12 winsorising passes and no fallback applies
SELECT count(*) FILTER (WHERE t IS DISTINCT FROM w) AS differ
FROM (SELECT egov.treat(x, 12) OVER () AS t, egov.winsorise(x, 12) OVER () AS w FROM heavy) AS s;
-- the fallback of a left tail: ln(x - min + 0.01 (max - min)) is still increasing in x
SELECT count(*) FILTER (WHERE t >= lead_t) AS not_increasing, count(lead_t) AS pairs,
       bool_and(abs(t - ln(x + 16384 + 0.01 * (16384 - 1))) < 1e-12) AS is_log_ct
FROM (SELECT x, t, lead(t) OVER (ORDER BY x) AS lead_t
      FROM (SELECT DISTINCT x, t
            FROM (SELECT -x AS x, egov.treat(-x, 1) OVER () AS t FROM heavy) AS s
            WHERE x IS NOT NULL) AS d) AS u;
-- values far apart: max - min overflows float8, the fallback is still finite
SELECT DISTINCT x, round(t::numeric, 6) AS log_ct,
       round((ln(x / 2 + 1e308 / 2 + 0.01 * 1e308) + ln(2))::numeric, 6) AS log_ct_sql
FROM (SELECT x, egov.treat(x, 0) OVER () AS t
      FROM (SELECT -1e308::float8 AS x FROM generate_series(1, 30)
            UNION ALL SELECT 0 UNION ALL SELECT 1e308) AS v) AS s
ORDER BY x;

-- nothing to treat: a constant partition, fewer than four values, all NULL
SELECT egov.treat(x) OVER () AS t FROM (VALUES (2.5::float8), (2.5), (2.5), (2.5), (2.5)) AS v(x) LIMIT 1;
SELECT x, egov.treat(x) OVER () AS t FROM (VALUES (1.0::float8), (2), (1000)) AS v(x) ORDER BY x;
SELECT egov.treat(x) OVER () AS t FROM (VALUES (NULL::float8), (NULL)) AS v(x);

-- partitions are treated separately, each by its own verdict
SELECT g, count(*) FILTER (WHERE t IS DISTINCT FROM w) AS differ_from_winsorise
FROM (SELECT g, egov.treat(x, 1) OVER (PARTITION BY g) AS t,
             egov.winsorise(x, 1) OVER (PARTITION BY g) AS w
      FROM (SELECT 1 AS g, x FROM coinr_example UNION ALL SELECT 2, x FROM heavy) AS u) AS s
GROUP BY g ORDER BY g;

-- errors
SELECT pg_temp.try('SELECT egov.treat(x, 5, 2, 3.5, ''log'') OVER () FROM coinr_example');
SELECT egov.treat(x, 5, 2, 3.5, 'log') OVER () FROM coinr_example;
SELECT pg_temp.try('SELECT egov.treat(x, 5, 2, 3.5, NULL) OVER () FROM coinr_example');
SELECT egov.treat(x, 5, 2, 3.5, CASE WHEN x > 9 THEN 'none' ELSE 'log_CT' END) OVER (ORDER BY x)
FROM coinr_example;
SELECT pg_temp.try('SELECT egov.treat(x, -1) OVER () FROM coinr_example');
-- lambda: needed by boxcox, refused with another fallback, finite, the same on every row
SELECT egov.treat(x, 5, 2, 3.5, 'boxcox') OVER () FROM coinr_example;
SELECT egov.treat(x, 5, 2, 3.5, 'log_CT', 0.5) OVER () FROM coinr_example;
SELECT pg_temp.try('SELECT egov.treat(x, 5, 2, 3.5, ''boxcox'', ''Infinity'') OVER () FROM coinr_example');
SELECT pg_temp.try('SELECT egov.treat(x, 5, 2, 3.5, ''boxcox'', ''NaN'') OVER () FROM coinr_example');
SELECT egov.treat(x, 5, 2, 3.5, 'boxcox', CASE WHEN x > 9 THEN 1 ELSE 0.5 END) OVER (ORDER BY x)
FROM coinr_example;
-- a Box-Cox value beyond float8: 22003 naming the value
SELECT egov.treat(x, 0, 2, 3.5, 'boxcox', 2) OVER ()
FROM (SELECT -1e308::float8 AS x FROM generate_series(1, 30) UNION ALL SELECT 0 UNION ALL SELECT 1e308) AS v;
SELECT pg_temp.try('SELECT egov.treat(x) OVER () FROM (VALUES (1.0::float8), (''NaN'')) AS v(x)');

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname = 'treat';

DROP EXTENSION egov;
