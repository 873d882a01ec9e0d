-- egov.winsorise(x) OVER w and egov.winsorise_report(x) OVER w: COINr's rule.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- COINr's own example (?winsorise): 1..10 with two outliers, 30 and 100.
-- Sample skewness 3.06 and excess kurtosis 9.74 fail (|skew| >= 2 and
-- kurt >= 3.5); moving 100 to 30 is enough.
CREATE TEMP TABLE coinr_example AS
SELECT unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]::float8[]) AS x;
SELECT * FROM (SELECT x, egov.winsorise(x) OVER () AS treated FROM coinr_example) AS t
WHERE x >= 9 ORDER BY x;
SELECT n, winsorised_low, winsorised_high,
       round(skew_before::numeric, 4) AS skew_before, round(kurt_before::numeric, 4) AS kurt_before,
       round(skew_after::numeric, 4) AS skew_after, round(kurt_after::numeric, 4) AS kurt_after, passes
FROM (SELECT (egov.winsorise_report(x) OVER ()).* FROM coinr_example LIMIT 1) AS r;
-- the estimators in plain SQL: G1 = g1 sqrt(n(n-1))/(n-2), G2 = ((n+1)(g2-3)+6)(n-1)/((n-2)(n-3))
WITH m AS (SELECT count(*)::float8 AS n, avg(x) AS mean FROM coinr_example),
     s AS (SELECT n, sum((x - mean) ^ 2) AS m2, sum((x - mean) ^ 3) AS m3, sum((x - mean) ^ 4) AS m4
           FROM coinr_example, m GROUP BY n)
SELECT round((sqrt(n) * m3 / m2 ^ 1.5 * sqrt(n * (n - 1)) / (n - 2))::numeric, 4) AS skew_sql,
       round((((n + 1) * (n * m4 / m2 ^ 2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))::numeric, 4) AS kurt_sql
FROM s;

-- a left tail is treated at the low end; NULL rows stay NULL and are not counted
SELECT -x AS x, egov.winsorise(-x) OVER () AS treated
FROM (SELECT x FROM coinr_example UNION ALL SELECT NULL) AS v ORDER BY 1 NULLS FIRST LIMIT 4;
SELECT n, winsorised_low, winsorised_high, round(skew_before::numeric, 4) AS skew_before,
       round(skew_after::numeric, 4) AS skew_after, passes
FROM (SELECT (egov.winsorise_report(-x) OVER ()).*
      FROM (SELECT x FROM coinr_example UNION ALL SELECT NULL) AS v LIMIT 1) AS r;

-- ties at the extreme move together and may take the count past winmax
CREATE TEMP TABLE tied AS
SELECT unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                    200, 200, 200]::float8[]) AS x;
SELECT * FROM (SELECT x, egov.winsorise(x, 2) OVER () AS treated FROM tied) AS t
WHERE x >= 19 ORDER BY x;
SELECT winsorised_low, winsorised_high, passes
FROM (SELECT (egov.winsorise_report(x, 2) OVER ()).* FROM tied LIMIT 1) AS r;

-- winmax limits the treatment; a variable that still fails says so
CREATE TEMP TABLE heavy AS
SELECT (2 ^ i)::float8 AS x FROM generate_series(0, 14) AS i
UNION ALL SELECT 1 FROM generate_series(1, 30);
SELECT winmax, winsorised_low, winsorised_high, round(skew_after::numeric, 3) AS skew_after,
       round(kurt_after::numeric, 3) AS kurt_after, passes
FROM (SELECT w.winmax, (egov.winsorise_report(x, w.winmax) OVER (PARTITION BY w.winmax)).*
      FROM heavy, (VALUES (0), (1), (5), (12)) AS w(winmax)) AS r
GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY winmax;
-- other thresholds (COINr's winsorise() documents 2.25 for skewness)
SELECT winsorised_high, passes
FROM (SELECT (egov.winsorise_report(x, 5, 2.25, 3.5) OVER ()).* FROM coinr_example LIMIT 1) AS r;

-- nothing to do: a passing variable, a constant one, fewer than four values
SELECT n, winsorised_low, winsorised_high, round(skew_before::numeric, 4) AS skew_before,
       round(kurt_before::numeric, 4) AS kurt_before, passes
FROM (SELECT (egov.winsorise_report(x) OVER ()).* FROM generate_series(1, 10) AS x LIMIT 1) AS r;
SELECT (egov.winsorise_report(x) OVER ()).* FROM (VALUES (2.5::float8), (2.5), (2.5), (2.5), (2.5)) AS v(x) LIMIT 1;
SELECT x, egov.winsorise(x) OVER () AS treated, (egov.winsorise_report(x) OVER ()).n,
       (egov.winsorise_report(x) OVER ()).passes
FROM (VALUES (1.0::float8), (2), (1000)) AS v(x);

-- partitions are treated separately; ORDER BY and frame play no part
SELECT g, count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differ, sum(a) AS total
FROM (SELECT g, egov.winsorise(x) OVER (PARTITION BY g) AS a,
             egov.winsorise(x) OVER (PARTITION BY g ORDER BY x DESC
                                     ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS b
      FROM (SELECT 1 AS g, x FROM coinr_example UNION ALL SELECT 2, x FROM tied) AS u) AS t
GROUP BY g ORDER BY g;

-- errors
\set VERBOSITY sqlstate
SELECT egov.winsorise(x) OVER () FROM (VALUES (1.0::float8), ('NaN')) AS v(x);
\set VERBOSITY default
SELECT egov.winsorise(x) OVER () FROM (VALUES (1.0::float8), ('NaN')) AS v(x);
SELECT egov.winsorise_report(x) OVER () FROM (VALUES (1.0::float8), ('Infinity')) AS v(x);
SELECT egov.winsorise(x, -1) OVER () FROM coinr_example;
SELECT egov.winsorise(x, NULL) OVER () FROM coinr_example;
SELECT egov.winsorise(x, 5, 'NaN') OVER () FROM coinr_example;
SELECT egov.winsorise(x, 5, -1) OVER () FROM coinr_example;
SELECT egov.winsorise(x, 5, 2, 'Infinity') OVER () FROM coinr_example;
SELECT egov.winsorise(x, x::int) OVER () FROM coinr_example;

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- COINr's example: 100 is winsorised to 30
SELECT egov.winsorise(x) OVER () FROM unnest(ARRAY[1,2,3,4,5,6,7,8,9,10,30,100]::float8[]) AS x;
-- negative winmax raises 22023
SELECT pg_temp.try('SELECT egov.winsorise(x, -1) OVER () FROM (VALUES (1.0::float8)) AS v(x)');

-- the signatures: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('winsorise', 'winsorise_report')
ORDER BY 1::text;
-- the fields of egov.winsorise_report
SELECT attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute WHERE attrelid = 'egov.winsorise_report'::regclass AND attnum > 0 ORDER BY attnum;

DROP EXTENSION egov;
