-- egov.minmax(x) and egov.zscore(x, population) window functions: values on
-- hand-made partitions, edge cases, errors, ORDER BY independence, agreement
-- with the plain SQL forms.
CREATE EXTENSION egov;
\set VERBOSITY default

CREATE TEMP TABLE v (g text, i int, x float8);
INSERT INTO v VALUES
  ('basic', 1, 1), ('basic', 2, 2), ('basic', 3, 4), ('basic', 4, 5),
  ('nulls', 1, NULL), ('nulls', 2, 10), ('nulls', 3, NULL), ('nulls', 4, 20), ('nulls', 5, 40),
  ('ties', 1, 3), ('ties', 2, 3), ('ties', 3, 7), ('ties', 4, 7),
  ('constant', 1, 0.1), ('constant', 2, 0.1), ('constant', 3, 0.1),
  ('one', 1, 42),
  ('all-null', 1, NULL), ('all-null', 2, NULL),
  ('negative', 1, -3), ('negative', 2, 0), ('negative', 3, 1.5);

-- min-max to [0, 1]; z-scores with the sample and the population deviation
SELECT g, i, x,
       egov.minmax(x) OVER w AS minmax,
       round(egov.zscore(x) OVER w::numeric, 12) AS z_sample,
       round(egov.zscore(x, true) OVER w::numeric, 12) AS z_population
FROM v WINDOW w AS (PARTITION BY g)
ORDER BY g, i;

-- named argument; a NULL population flag gives NULL
SELECT x, egov.zscore(x, population => true) OVER () AS z_pop,
       egov.zscore(x, NULL) OVER () AS z_null_flag
FROM v WHERE g = 'basic' ORDER BY i;

-- the window's ORDER BY and frame do not matter: the whole partition counts
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.m IS NOT DISTINCT FROM b.m
                          AND a.z IS NOT DISTINCT FROM b.z
                          AND a.m IS NOT DISTINCT FROM c.m
                          AND a.z IS NOT DISTINCT FROM c.z) AS same
FROM (SELECT g, i, egov.minmax(x) OVER (PARTITION BY g) m,
             egov.zscore(x) OVER (PARTITION BY g) z FROM v) a
JOIN (SELECT g, i, egov.minmax(x) OVER (PARTITION BY g ORDER BY x DESC) m,
             egov.zscore(x) OVER (PARTITION BY g ORDER BY x DESC) z FROM v) b USING (g, i)
JOIN (SELECT g, i, egov.minmax(x) OVER w m, egov.zscore(x) OVER w z FROM v
      WINDOW w AS (PARTITION BY g ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING)) c
  USING (g, i);

-- equal values have no spread even where their mean rounds (3 * x / 3 is
-- not x for these)
SELECT n, x, count(z) AS z_not_null, count(zp) AS zp_not_null
FROM (SELECT n, x, egov.zscore(x) OVER w AS z, egov.zscore(x, true) OVER w AS zp
      FROM (VALUES (3, 0.8716215074235552::float8), (5, 0.877424078946487),
                   (7, 0.3118020318353023)) v(n, x), generate_series(1, n) r
      WINDOW w AS (PARTITION BY n)) s
GROUP BY n, x ORDER BY n;

-- empty input: no rows, no error
SELECT egov.minmax(x) OVER (), egov.zscore(x) OVER () FROM v WHERE false;

-- exact on a large common offset, and no overflow at the ends of float8
SELECT x - 1e15::float8 AS offset_from_1e15, egov.zscore(x) OVER () AS z,
       egov.minmax(x) OVER () AS minmax
FROM (VALUES (1e15::float8 + 1), (1e15::float8 + 2), (1e15::float8 + 3)) t(x);
SELECT x, egov.minmax(x) OVER () AS minmax, egov.zscore(x) OVER () AS z
FROM (VALUES ('-1.7e308'::float8), (0), ('1.7e308')) t(x);
SELECT x, egov.zscore(x) OVER () AS z
FROM (VALUES ('1e-310'::float8), ('2e-310'), ('3e-310')) t(x);
SELECT x, round(egov.zscore(x) OVER ()::numeric, 12) AS z
FROM (VALUES ('1e300'::float8), ('2e300'), ('4e300'), ('5e300')) t(x);

-- several window functions over one partition at once
SELECT i, x, egov.minmax(x) OVER w AS minmax, egov.minmax(-x) OVER w AS reversed,
       round(egov.zscore(x) OVER w::numeric, 12) AS z
FROM v WHERE g = 'basic' WINDOW w AS (PARTITION BY g) ORDER BY i;

-- NaN and infinities anywhere in the partition raise 22023, naming the value
-- and the row
\set VERBOSITY sqlstate
SELECT egov.minmax(x) OVER () FROM (VALUES (1::float8), ('NaN')) t(x);
SELECT egov.zscore(x) OVER () FROM (VALUES (1::float8), ('Infinity')) t(x);
\set VERBOSITY default
SELECT egov.minmax(x) OVER () FROM (VALUES (1::float8), ('NaN')) t(x);
SELECT egov.minmax(x) OVER () FROM (VALUES (1::float8), (2), ('-Infinity')) t(x);
SELECT egov.zscore(x) OVER () FROM (VALUES (1::float8), ('Infinity')) t(x);
SELECT egov.zscore(x, true) OVER () FROM (VALUES ('NaN'::float8)) t(x);
-- ... even in a partition whose other rows come first in the output
SELECT g, egov.minmax(x) OVER (PARTITION BY g)
FROM (VALUES ('a', 1::float8), ('b', 'NaN')) t(g, x);

-- agreement with the plain SQL forms on generated data: 300 partitions of
-- 1..400 rows, pseudo-random values from hashes, about 10 % NULL
CREATE TEMP TABLE gen AS
SELECT p AS g, r AS i,
       CASE WHEN abs(hashint8(p * 1000 + r)) % 10 = 0 THEN NULL
            ELSE (hashint8(p * 7919 + r)::float8 / 9.2e18) * (1 + p % 7) * 10.0 ^ (p % 5 - 2)
       END AS x
FROM generate_series(1, 300) p, generate_series(1, 1 + (p * 37) % 400) r;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE x IS NULL) AS null_rows,
       count(*) FILTER (WHERE NOT (m IS NOT DISTINCT FROM sql_m)) AS minmax_differ,
       count(*) FILTER (WHERE (z IS NULL) <> (sql_z IS NULL)
                           OR abs(z - sql_z) > 1e-12 * greatest(1, abs(sql_z))) AS zscore_differ,
       count(*) FILTER (WHERE (zp IS NULL) <> (sql_zp IS NULL)
                           OR abs(zp - sql_zp) > 1e-12 * greatest(1, abs(sql_zp))) AS zpop_differ,
       count(*) FILTER (WHERE z IS NOT NULL) AS zscores_compared
FROM (SELECT x,
             egov.minmax(x) OVER w AS m,
             (x - min(x) OVER w) / nullif(max(x) OVER w - min(x) OVER w, 0) AS sql_m,
             egov.zscore(x) OVER w AS z,
             (x - avg(x) OVER w) / nullif(stddev_samp(x) OVER w, 0) AS sql_z,
             egov.zscore(x, true) OVER w AS zp,
             (x - avg(x) OVER w) / nullif(stddev_pop(x) OVER w, 0) AS sql_zp
      FROM gen WINDOW w AS (PARTITION BY g)) s;

-- bitwise the same whatever the window's ORDER BY (the sums are exact)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.m IS DISTINCT FROM b.m OR a.z IS DISTINCT FROM b.z
                           OR a.zp IS DISTINCT FROM b.zp) AS differ
FROM (SELECT g, i, egov.minmax(x) OVER w m, egov.zscore(x) OVER w z,
             egov.zscore(x, true) OVER w zp
      FROM gen WINDOW w AS (PARTITION BY g ORDER BY x)) a
JOIN (SELECT g, i, egov.minmax(x) OVER w m, egov.zscore(x) OVER w z,
             egov.zscore(x, true) OVER w zp
      FROM gen WINDOW w AS (PARTITION BY g ORDER BY hashint4(i * 31 + g))) b
  USING (g, i);

-- a partition larger than work_mem (the rows spill to disk and are read
-- again): still the same as plain SQL
SET work_mem = '64kB';
SELECT count(*) AS rows,
       count(*) FILTER (WHERE m IS DISTINCT FROM sql_m) AS minmax_differ,
       count(*) FILTER (WHERE abs(z - sql_z) > 1e-12 * greatest(1, abs(sql_z))) AS zscore_differ
FROM (SELECT egov.minmax(x) OVER w AS m,
             (x - min(x) OVER w) / nullif(max(x) OVER w - min(x) OVER w, 0) AS sql_m,
             egov.zscore(x) OVER w AS z,
             (x - avg(x) OVER w) / stddev_samp(x) OVER w AS sql_z
      FROM (SELECT hashint4(i)::float8 AS x FROM generate_series(1, 100000) i) t
      WINDOW w AS ()) s;
RESET work_mem;

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- egov.minmax scales to [0, 1] and keeps NULL
SELECT (SELECT array_agg(m ORDER BY x) FROM (SELECT x, egov.minmax(x) OVER () m
           FROM (VALUES (2::float8), (4), (NULL), (10)) t(x)) s) AS result;
-- egov.zscore uses the sample deviation by default
SELECT (SELECT array_agg(z ORDER BY x) FROM (SELECT x, egov.zscore(x) OVER () z
           FROM (VALUES (1::float8), (2), (3)) t(x)) s) AS result;
-- egov.minmax refuses NaN
SELECT pg_temp.try($$SELECT egov.minmax(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$);
-- egov.zscore refuses -Infinity
SELECT pg_temp.try($$SELECT egov.zscore(x) OVER () FROM (VALUES (1::float8), ('-Infinity')) t(x)$$);

-- the signatures: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('minmax', 'zscore')
ORDER BY 1::text;

DROP EXTENSION egov;
