-- egov.pct_rank(x) OVER w: percentile rank among the partition's non-NULL values.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- ties share the lowest rank; NULL rows are neither ranked nor counted;
-- a one-value and a constant partition give 0; an all-NULL partition NULL
SELECT g, x, egov.pct_rank(x) OVER (PARTITION BY g) AS pct
FROM (VALUES (1, 3.0::float8), (1, 1), (1, NULL), (1, 3), (1, 2), (1, 7),
             (2, 5), (3, NULL), (3, NULL), (4, 1), (4, 1), (4, 1),
             (5, -2.5), (5, 1e300)) AS v(g, x)
ORDER BY g, x;

-- generated data: 40 partitions of 0..60 rows, many ties and NULLs
CREATE TEMP TABLE pr AS
SELECT id, id % 40 AS g,
       CASE WHEN id % 11 = 0 THEN NULL
            WHEN id % 40 = 7 THEN 4.25          -- one constant partition
            ELSE ((id * 7919) % 23)::float8 / 4 END AS x
FROM generate_series(1, 1500) AS id
WHERE id % 40 <> 13 OR id < 40;                  -- one partition of one row

-- reference: PostgreSQL's percent_rank over the non-NULL rows only
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.pct IS NULL) AS nulls,
       count(*) FILTER (WHERE a.pct IS DISTINCT FROM r.pct) AS mismatches
FROM (SELECT id, egov.pct_rank(x) OVER (PARTITION BY g) AS pct FROM pr) AS a
LEFT JOIN (SELECT id, percent_rank() OVER (PARTITION BY g ORDER BY x) AS pct
           FROM pr WHERE x IS NOT NULL) AS r USING (id);

-- the window's ORDER BY and frame make no difference
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b OR a IS DISTINCT FROM c) AS differ
FROM (SELECT egov.pct_rank(x) OVER (PARTITION BY g) AS a,
             egov.pct_rank(x) OVER (PARTITION BY g ORDER BY id DESC) AS b,
             egov.pct_rank(x) OVER (PARTITION BY g ORDER BY x
                                    ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS c
      FROM pr) AS t;

-- over no rows at all: no output
SELECT egov.pct_rank(x) OVER () FROM pr WHERE false;

-- NaN and infinities are refused, naming the row
\set VERBOSITY sqlstate
SELECT egov.pct_rank(x) OVER () FROM (VALUES (1.0::float8), ('NaN')) AS v(x);
\set VERBOSITY default
SELECT egov.pct_rank(x) OVER () FROM (VALUES (1.0::float8), ('NaN')) AS v(x);
SELECT egov.pct_rank(x) OVER () FROM (VALUES (1.0::float8), (2), ('-Infinity')) AS v(x);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- NaN in pct_rank raises 22023
SELECT pg_temp.try('SELECT egov.pct_rank(x) OVER () FROM (VALUES (1.0::float8), (''NaN'')) AS v(x)');

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('pct_rank')
ORDER BY 1::text;

-- not STRICT (the executor ignores STRICT for window functions): a NULL
-- row is NULL and is not counted
SELECT proisstrict FROM pg_proc WHERE oid = 'egov.pct_rank(float8)'::regprocedure;
SELECT o, egov.pct_rank(x) OVER () FROM (VALUES (1, 1.0::float8), (2, NULL), (3, 3), (4, 2)) t(o, x) ORDER BY o;

DROP EXTENSION egov;
