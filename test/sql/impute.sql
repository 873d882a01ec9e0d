-- egov.impute(x, method) and egov.impute_em(indicators) OVER w: NULLs filled
-- from the window partition; egov.missing_counts: what they fill.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

-- mean and median per partition; an even count takes the mean of the two
-- middle values; an all-NULL partition stays NULL; non-NULL values pass
SELECT g, x, egov.impute(x, 'mean') OVER (PARTITION BY g) AS mean,
       egov.impute(x, 'median') OVER (PARTITION BY g) AS median
FROM (VALUES (1, 1.0::float8), (1, NULL), (1, 2), (1, 10), (1, 4),
             (2, NULL), (2, NULL), (3, -1e308), (3, 1e308), (3, NULL),
             (4, 7), (4, NULL)) AS v(g, x)
ORDER BY g, x NULLS LAST;

-- the window's ORDER BY and frame make no difference
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differ
FROM (SELECT egov.impute(nullif(x % 7, 3)::float8, 'median') OVER (PARTITION BY x % 3) AS a,
             egov.impute(nullif(x % 7, 3)::float8, 'median')
               OVER (PARTITION BY x % 3 ORDER BY x DESC ROWS CURRENT ROW) AS b
      FROM generate_series(1, 200) AS x) AS t;

-- refusals: unknown, NULL and varying methods, non-finite input
SELECT pg_temp.try($$SELECT egov.impute(x, 'mode') OVER () FROM (VALUES (1.0::float8)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.impute(x, NULL) OVER () FROM (VALUES (1.0::float8)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.impute(x, m) OVER () FROM (VALUES (1.0::float8, 'mean'), (2, 'median')) v(x, m)$$);
SELECT pg_temp.try($$SELECT egov.impute(x, 'mean') OVER () FROM (VALUES (1.0::float8), ('Infinity')) v(x)$$);

-- EM: two strongly correlated indicators; the gap in the second is filled
-- near 2 x + 1, far from its mean (the first row's is the mean: nothing
-- observed); a constant indicator is filled with its value, one without
-- values stays NULL, a NULL array stays NULL
SELECT i, round(v[1]::numeric, 6) AS a, round(v[2]::numeric, 6) AS b, v[3] AS c, v[4] AS d
FROM (SELECT i, egov.impute_em(ind) OVER () AS v
      FROM (VALUES (0, ARRAY[NULL, NULL, 5, NULL]::float8[]),
                   (1, ARRAY[1, 3.1, 5, NULL]), (2, ARRAY[2, 4.9, NULL, NULL]),
                   (3, ARRAY[3, 7.2, 5, NULL]), (4, ARRAY[4, 8.8, NULL, NULL]),
                   (5, ARRAY[5, NULL, 5, NULL]), (6, ARRAY[6, 13.1, 5, NULL]),
                   (7, NULL)) AS t(i, ind)) AS s
ORDER BY i;

-- a single row, and a partition without a NULL, pass unchanged
SELECT egov.impute_em(ARRAY[1.5, NULL]::float8[]) OVER () AS one_row;
SELECT count(*) FILTER (WHERE egov_v IS DISTINCT FROM ind) AS changed
FROM (SELECT ind, egov.impute_em(ind) OVER () AS egov_v
      FROM (SELECT ARRAY[x, x * x]::float8[] AS ind FROM generate_series(1, 50) AS x) AS t) AS s;

-- values across float8's whole range are standardised without overflow; an
-- imputed value beyond it raises 22003 naming the row
SELECT round((v[1] / 1e307)::numeric, 6) AS a_e307, round(v[2]::numeric, 6) AS b
FROM (SELECT i, egov.impute_em(ind) OVER () AS v
      FROM (VALUES (1, ARRAY[1e308, 1]::float8[]), (2, ARRAY[-1e308, 3]), (3, ARRAY[0, 2]),
                   (4, ARRAY[NULL, 2.5]), (5, ARRAY[5e307, NULL])) AS t(i, ind)) AS s
ORDER BY i;
SELECT pg_temp.try($$SELECT (egov.impute_em(v) OVER ())::text FROM (VALUES (ARRAY[1e308, 1]::float8[]), (ARRAY[1.5e308, 2]), (ARRAY[NULL, 3])) t(v)$$);

-- refusals: unequal lengths, a 2-D or empty array, NaN
SELECT pg_temp.try($$SELECT egov.impute_em(a) OVER () FROM (VALUES (ARRAY[1.0, 2]::float8[]), (ARRAY[1.0])) v(a)$$);
SELECT pg_temp.try($$SELECT egov.impute_em(ARRAY[[1.0, 2]]::float8[]) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.impute_em('{}'::float8[]) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.impute_em(ARRAY[1, 'NaN']::float8[]) OVER ()$$);

-- what egov.impute_em fills: NULL elements per indicator; a NULL array is
-- skipped (impute_em leaves it NULL)
SELECT egov.missing_counts(ind)
FROM (VALUES (ARRAY[1, NULL, 3]::float8[]), (NULL), (ARRAY[NULL, NULL, 3])) AS t(ind);
SELECT egov.missing_counts(ind) IS NULL AS no_arrays
FROM (VALUES (NULL::float8[])) AS t(ind);
SELECT pg_temp.try($$SELECT egov.missing_counts(a)::text FROM (VALUES (ARRAY[1.0, 2]::float8[]), (ARRAY[1.0])) v(a)$$);

DROP EXTENSION egov;
