-- egov.composite(indicators, weights): z-scores, weighted mean, min-max,
-- in one window function.  Values, NULL rows, constant indicators, the
-- agreement with the plain SQL recipe, independence of the window's ORDER
-- BY, and every error.
CREATE EXTENSION egov;
\set VERBOSITY default

CREATE TEMP TABLE ind (g text, i int, a float8, b float8, c float8);
INSERT INTO ind VALUES
  -- a: z = -1, 0, 1; b: z = -1, 1, 0; rows 4 and 5 have a NULL indicator
  ('basic', 1, 1, 10, 7), ('basic', 2, 2, 30, 7), ('basic', 3, 3, 20, 7),
  ('basic', 4, NULL, 5, 7), ('basic', 5, 4, NULL, 7),
  ('one', 1, 1, 2, 3),
  ('two', 1, 1, 2, 3), ('two', 2, 2, 1, 3),
  ('same', 1, 5, 5, 5), ('same', 2, 5, 5, 5);

-- equal weights, unequal weights, a zero weight; the constant indicator c
-- (z = 0) changes nothing after the min-max
SELECT g, i, a, b,
       egov.composite(ARRAY[a, b]) OVER w AS equal,
       egov.composite(ARRAY[a, b], ARRAY[1, 3]) OVER w AS one_three,
       egov.composite(ARRAY[a, b], ARRAY[0.25, 0.75]) OVER w AS quarter,
       egov.composite(ARRAY[a, b], ARRAY[0, 1]) OVER w AS only_b,
       egov.minmax(b) OVER w AS minmax_b,
       egov.composite(ARRAY[a, b, c]) OVER w AS with_constant
FROM ind WINDOW w AS (PARTITION BY g) ORDER BY g, i;

-- opposite indicators cancel: a composite that does not vary (up to
-- rounding) is NULL, not rounding noise stretched to [0, 1]
SELECT a, b, egov.composite(ARRAY[a, b]) OVER () AS composite,
       egov.composite(ARRAY[a * 0.1, b * 0.7]) OVER () AS rescaled
FROM (VALUES (1::float8, 3::float8), (2, 2), (3, 1)) t(a, b);

-- one indicator: the composite is the min-max of that indicator
SELECT count(*) AS rows,
       count(*) FILTER (WHERE abs(egov_c - egov_m) <= 1e-15) AS same
FROM (SELECT egov.composite(ARRAY[x]) OVER () AS egov_c, egov.minmax(x) OVER () AS egov_m
      FROM generate_series(1, 50) s, LATERAL (SELECT sin(s) * 100 AS x) v) t;

-- NULL arrays, arrays with a NULL, empty input
SELECT i, egov.composite(arr) OVER () AS composite
FROM (VALUES (1, ARRAY[1, 2]::float8[]), (2, NULL), (3, ARRAY[NULL, 3]::float8[]),
             (4, ARRAY[3, 1]::float8[]), (5, ARRAY[2, 2]::float8[])) t(i, arr)
ORDER BY i;
SELECT egov.composite(ARRAY[a]) OVER () FROM ind WHERE false;
-- array bounds other than 1 do not matter; elements count by position
SELECT egov.composite(arr) OVER () AS composite
FROM (VALUES ('[0:1]={1,2}'::float8[]), ('[5:6]={3,1}'), ('{2,2}')) t(arr);

-- generated data: 60 partitions of 2..300 rows, four indicators on
-- different scales, about 5 % NULL; against the plain SQL recipe
-- (z-scores with stddev_samp, their weighted mean, min-max)
CREATE TEMP TABLE gen AS
SELECT p AS g, r AS i,
       CASE WHEN hashint4(p * 11 + r) % 20 = 0 THEN NULL
            ELSE hashint4(p * 1009 + r)::float8 / 2147483648.0 * 100 END AS a,
       (hashint4(p * 2003 + r)::float8 / 2147483648.0) * 1e6 + 1e9 AS b,
       hashint4(p * 3001 + r)::float8 / 2147483648.0 * 1e-3 AS c,
       CASE WHEN p % 10 = 0 THEN 42 ELSE abs(hashint4(p * 4001 + r)) % 7 END::float8 AS d
FROM generate_series(1, 60) p, generate_series(1, 2 + (p * 41) % 299) r;
SELECT count(*) AS rows,
       count(e_equal) AS compared,
       count(*) FILTER (WHERE (e_equal IS NULL) <> (p_equal IS NULL)
                           OR abs(e_equal - p_equal) > 1e-12) AS equal_differ,
       count(*) FILTER (WHERE (e_weighted IS NULL) <> (p_weighted IS NULL)
                           OR abs(e_weighted - p_weighted) > 1e-12) AS weighted_differ
FROM (SELECT e_equal, e_weighted,
             (m - min(m) OVER w) / nullif(max(m) OVER w - min(m) OVER w, 0) AS p_equal,
             (mw - min(mw) OVER w) / nullif(max(mw) OVER w - min(mw) OVER w, 0) AS p_weighted
      FROM (SELECT g,
                   egov.composite(ARRAY[a, b, c, d]) OVER w AS e_equal,
                   egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 4]) OVER w AS e_weighted,
                   CASE WHEN a IS NOT NULL THEN
                     (coalesce((a - avg(a) OVER w) / nullif(stddev_samp(a) OVER w, 0), 0)
                      + coalesce((b - avg(b) OVER w) / nullif(stddev_samp(b) OVER w, 0), 0)
                      + coalesce((c - avg(c) OVER w) / nullif(stddev_samp(c) OVER w, 0), 0)
                      + coalesce((d - avg(d) OVER w) / nullif(stddev_samp(d) OVER w, 0), 0)) / 4
                   END AS m,
                   CASE WHEN a IS NOT NULL THEN
                     (1 * coalesce((a - avg(a) OVER w) / nullif(stddev_samp(a) OVER w, 0), 0)
                      + 2 * coalesce((b - avg(b) OVER w) / nullif(stddev_samp(b) OVER w, 0), 0)
                      + 2 * coalesce((c - avg(c) OVER w) / nullif(stddev_samp(c) OVER w, 0), 0)
                      + 4 * coalesce((d - avg(d) OVER w) / nullif(stddev_samp(d) OVER w, 0), 0)) / 9
                   END AS mw
            FROM (SELECT g, i, a, CASE WHEN a IS NOT NULL THEN b END AS b,
                         CASE WHEN a IS NOT NULL THEN c END AS c,
                         CASE WHEN a IS NOT NULL THEN d END AS d FROM gen) n
            WINDOW w AS (PARTITION BY g)) z
      WINDOW w AS (PARTITION BY g)) s;

-- bitwise the same whatever the window's ORDER BY or frame
SELECT count(*) AS rows, count(*) FILTER (WHERE x.c IS DISTINCT FROM y.c) AS differ
FROM (SELECT g, i, egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 4]) OVER (PARTITION BY g) c
      FROM gen) x
JOIN (SELECT g, i, egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 4])
                     OVER (PARTITION BY g ORDER BY hashint4(i) ROWS CURRENT ROW) c
      FROM gen) y USING (g, i);

-- magnitudes far from 1 (1e300 and 1e-310 times the values) take the two-read
-- moments of numerics.c; z-scores do not depend on the scale, so the
-- composite is the same, up to the rounding of the rescaling
SELECT count(*) AS rows,
       count(*) FILTER (WHERE abs(big - plain) <= 1e-12) AS same_big,
       count(*) FILTER (WHERE abs(small - plain) <= 1e-12) AS same_small
FROM (SELECT egov.composite(ARRAY[a, b]) OVER w AS plain,
             egov.composite(ARRAY[a * 1e300, b]) OVER w AS big,
             egov.composite(ARRAY[a, b * 1e-310]) OVER w AS small
      FROM gen WHERE g <= 5 AND a IS NOT NULL WINDOW w AS (PARTITION BY g)) t;
-- a constant weights argument is read once; weights that vary by row are
-- read with each row and give the same composite when they are the same
SELECT count(*) AS rows, count(*) FILTER (WHERE c IS NOT DISTINCT FROM v) AS same
FROM (SELECT egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 4]) OVER w AS c,
             egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 4 + 0 * i]) OVER w AS v
      FROM gen WINDOW w AS (PARTITION BY g)) t;

-- errors, each naming the row of the partition
\set VERBOSITY sqlstate
SELECT egov.composite(ARRAY[a, b]) OVER () FROM (VALUES (1::float8, 'NaN'::float8)) t(a, b);
\set VERBOSITY default
SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 'NaN'::float8])) t(arr);
SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY['Infinity', 2]::float8[])) t(arr);
SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 2, 3])) t(arr);
SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY[1, 2]::float8[]), ('{}')) t(arr);
SELECT egov.composite(arr) OVER () FROM (VALUES ('{{1,2},{3,4}}'::float8[])) t(arr);
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1]) OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], '{}') OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], '{{1,2}}') OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1, NULL]) OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1, -0.5]) OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY['NaN', 1]::float8[]) OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[0, 0]) OVER ();
-- weights are checked on rows whose indicators are NULL too
SELECT egov.composite(arr, ARRAY[-1, 1]) OVER () FROM (VALUES (NULL::float8[])) t(arr);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- egov.composite: weighted mean of z-scores, min-max
SELECT (SELECT array_agg(c ORDER BY i) FROM (SELECT i, egov.composite(arr, ARRAY[1, 3]) OVER () c
           FROM (VALUES (1, ARRAY[1, 10]::float8[]), (2, ARRAY[2, 30]), (3, ARRAY[3, 20])) t(i, arr)) s) AS result;
-- egov.composite refuses all-zero weights
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[0, 0]) OVER ()$$);
-- egov.composite refuses arrays of different lengths
SELECT pg_temp.try($$SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY[1]::float8[]), (ARRAY[1, 2])) t(arr)$$);
-- an unknown method is refused
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, 'harmonic') OVER ()$$);
-- a NULL method is refused
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, NULL) OVER ()$$);
-- mean, minmax => false: the weighted mean as given
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, 1])) t(i, arr)) s) AS result;
-- mean: min-maxed by default
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, 1]), (3, ARRAY[2, 2])) t(i, arr)) s) AS result;
-- zscore_mean, minmax => false: the weighted mean of z-scores
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'zscore_mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 10]::float8[]), (2, ARRAY[2, 30]), (3, ARRAY[3, 20])) t(i, arr)) s) AS result;
-- reweight: the present indicators, their weights renormalised
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false, 'reweight') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL]), (3, ARRAY[NULL, NULL]::float8[]),
                              (4, NULL)) t(i, arr)) s) AS result;
-- drop (the default): a row with a NULL indicator gives NULL
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL])) t(i, arr)) s) AS result;
-- reweight: NULL when the present indicators weigh nothing
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[0, 1], 'mean', false, 'reweight') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL])) t(i, arr)) s) AS result;
-- missing => 'error' refuses a NULL indicator
SELECT pg_temp.try($$SELECT egov.composite(arr, missing => 'error') OVER ()
                   FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, NULL])) t(arr)$$);
-- an unknown missing-value rule raises 22023
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], missing => 'skip') OVER ()$$);
-- a NULL minmax raises 22023
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], minmax => NULL) OVER ()$$);
-- minmax may not change within a partition
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[a], NULL, 'mean', mm) OVER ()
                   FROM (VALUES (1::float8, true), (2, false)) t(a, mm)$$);
-- weights {1e308,1e308} do not overflow
SELECT (SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, '{1e308,1e308}') OVER () c
                 FROM (VALUES (1, ARRAY[1, 2]::float8[]), (2, ARRAY[2, 1]), (3, ARRAY[3, 3])) t(i, arr)) s) AS result;

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('composite')
ORDER BY 1::text;

DROP EXTENSION egov;
