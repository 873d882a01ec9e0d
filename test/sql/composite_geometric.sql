-- egov.composite(indicators, weights, method => 'geometric'): the weighted
-- geometric mean of positive indicators, min-maxed over the partition to
-- [0, 1] like the arithmetic method.  Values, weights, NULL rows, ties,
-- constant and tiny partitions, extreme magnitudes, the agreement with the
-- formula in plain SQL, and every error with its SQLSTATE.
CREATE EXTENSION egov;
\set VERBOSITY default

-- basic: geometric means 1, 2, 4, 8, min-max 0, 1/7, 3/7, 1; with weights
-- 1 and 3 the means are 1, 4^(3/4), 4, 4 * 4^(3/4).  ties: (2, 8), (8, 2)
-- and (4, 4) all have the mean 4 at equal weights.  nulls: rows with a NULL
-- are left out, and their other values (-5, 0) are not checked.
CREATE TEMP TABLE pos (g text, i int, a float8, b float8);
INSERT INTO pos VALUES
  ('basic', 1, 1, 1), ('basic', 2, 1, 4), ('basic', 3, 4, 4), ('basic', 4, 4, 16),
  ('ties', 1, 2, 8), ('ties', 2, 8, 2), ('ties', 3, 4, 4), ('ties', 4, 1, 1),
  ('same', 1, 3, 5), ('same', 2, 3, 5),
  ('one', 1, 2, 3),
  ('nulls', 1, 1, 1), ('nulls', 2, NULL, -5), ('nulls', 3, 0, NULL), ('nulls', 4, 9, 9);
SELECT g, i, a, b,
       egov.composite(ARRAY[a, b], NULL, 'geometric') OVER w AS equal,
       egov.composite(ARRAY[a, b], ARRAY[1, 3], 'geometric') OVER w AS one_three,
       egov.composite(ARRAY[a, b], ARRAY[0, 1], 'geometric') OVER w AS only_b,
       egov.composite(ARRAY[a, b], method => 'geometric') OVER w AS named
FROM pos WINDOW w AS (PARTITION BY g) ORDER BY g, i;

-- exact fractions where the arithmetic is exact: 1/7 and 3/7
SELECT i, egov.composite(ARRAY[a, b], NULL, 'geometric') OVER () * 7 AS times_7
FROM pos WHERE g = 'basic' ORDER BY i;

-- 'arithmetic' is the default; naming it changes nothing
SELECT count(*) AS rows,
       count(*) FILTER (WHERE d IS NOT DISTINCT FROM e) AS same
FROM (SELECT egov.composite(ARRAY[a, b]) OVER w AS d,
             egov.composite(ARRAY[a, b], NULL, 'arithmetic') OVER w AS e
      FROM pos WINDOW w AS (PARTITION BY g)) t;

-- the method may come from an expression; it must then be the same for
-- every row of a partition
SELECT i, egov.composite(ARRAY[a, b], NULL,
                        CASE WHEN i > 0 THEN 'geometric' ELSE 'arithmetic' END) OVER (ORDER BY i) AS composite
FROM pos WHERE g = 'basic' ORDER BY i;

-- one indicator: the min-max of that indicator, up to the rounding of
-- exp(log x)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE abs(c - m) <= 1e-15) AS same
FROM (SELECT egov.composite(ARRAY[x], NULL, 'geometric') OVER () AS c,
             egov.minmax(x) OVER () AS m
      FROM generate_series(1, 50) s, LATERAL (SELECT 1.5 + sin(s) AS x) v) t;

-- magnitudes far apart (geometric means 1e-300, 1, 1e300) neither overflow
-- nor underflow
SELECT x, egov.composite(ARRAY[x, x], NULL, 'geometric') OVER () AS composite
FROM (VALUES (1e-300::float8), (1), (1e300)) t(x) ORDER BY x;

-- empty input
SELECT egov.composite(ARRAY[a], NULL, 'geometric') OVER () FROM pos WHERE false;

-- generated data: 40 partitions of 2..200 rows, three positive indicators
-- on different scales, about 5 % NULL, per-row weights; against the
-- formula in plain SQL: exp(sum(w ln x) / sum(w)), min-max
CREATE TEMP TABLE gen AS
SELECT p AS g, r AS i,
       CASE WHEN hashint4(p * 11 + r) % 20 = 0 THEN NULL
            ELSE 1 + abs(hashint4(p * 1009 + r)::float8) / 2147483648.0 * 99 END AS a,
       1e6 + abs(hashint4(p * 2003 + r)::float8) / 2147483648.0 * 1e6 AS b,
       1e-3 + abs(hashint4(p * 3001 + r)::float8) / 2147483648.0 AS c,
       1 + abs(hashint4(p * 4001 + r)) % 3 AS wc
FROM generate_series(1, 40) p, generate_series(1, 2 + (p * 41) % 199) r;
SELECT count(*) AS rows, count(e) AS non_null,
       count(*) FILTER (WHERE (e IS NULL) <> (s IS NULL) OR abs(e - s) > 1e-12) AS differ
FROM (SELECT e, (m - min(m) OVER w) / NULLIF(max(m) OVER w - min(m) OVER w, 0) AS s
      FROM (SELECT g, egov.composite(ARRAY[a, b, c], ARRAY[1, 2, wc], 'geometric') OVER w AS e,
                   exp((ln(a) + 2 * ln(b) + wc * ln(c)) / (3 + wc)) AS m
            FROM gen WINDOW w AS (PARTITION BY g)) t
      WINDOW w AS (PARTITION BY g)) u;

-- the window's ORDER BY and frame do not change the result
SELECT count(*) AS rows, count(*) FILTER (WHERE c.v IS NOT DISTINCT FROM o.v) AS same
FROM (SELECT g, i, egov.composite(ARRAY[a, b, c], NULL, 'geometric') OVER (PARTITION BY g) v FROM gen) c
JOIN (SELECT g, i, egov.composite(ARRAY[a, b, c], NULL, 'geometric')
                   OVER (PARTITION BY g ORDER BY i DESC ROWS BETWEEN CURRENT ROW AND CURRENT ROW) v
      FROM gen) o USING (g, i);

-- errors: every indicator must be positive; the partition minimum of
-- egov.minmax is 0, so a min-maxed indicator must be shifted first
SELECT egov.composite(ARRAY[a, b], NULL, 'geometric') OVER () FROM (VALUES (1::float8, 2::float8), (3, 0)) t(a, b);
SELECT egov.composite(ARRAY[a, b], NULL, 'geometric') OVER () FROM (VALUES (-1::float8, 2::float8)) t(a, b);
SELECT egov.composite(ARRAY[a, b], NULL, 'geometric') OVER () FROM (VALUES (1::float8, '-0'::float8)) t(a, b);
SELECT egov.composite(ARRAY[m], NULL, 'geometric') OVER ()
FROM (SELECT egov.minmax(x) OVER () AS m FROM (VALUES (1::float8), (5), (9)) t(x)) s;
-- ... and the shift the hint suggests works
SELECT x, egov.composite(ARRAY[1 + 99 * m], NULL, 'geometric') OVER () AS composite
FROM (SELECT x, egov.minmax(x) OVER () AS m FROM (VALUES (1::float8), (5), (9)) t(x)) s ORDER BY x;
-- NaN and infinity are refused before positivity
SELECT egov.composite(ARRAY[a], NULL, 'geometric') OVER () FROM (VALUES ('NaN'::float8)) t(a);
SELECT egov.composite(ARRAY[a], NULL, 'geometric') OVER () FROM (VALUES ('Infinity'::float8)) t(a);
-- weights as for the arithmetic method
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1, -1], 'geometric') OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[0, 0], 'geometric') OVER ();
-- the method: unknown (names are lower case), NULL, changing within a partition
SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, 'harmonic') OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, 'Geometric') OVER ();
SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, NULL) OVER ();
SELECT egov.composite(ARRAY[a], NULL, m) OVER ()
FROM (VALUES (1::float8, 'arithmetic'), (2, 'geometric')) t(a, m);
SELECT egov.composite(ARRAY[a], NULL, m) OVER ()
FROM (VALUES (1::float8, 'geometric'), (2, NULL)) t(a, m);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- the comment describes the geometric method
SELECT obj_description('egov.composite(float8[], float8[], text, boolean, text, float8)'::regprocedure, 'pg_proc')
       LIKE '%''geometric''%' AS describes_geometric;
-- geometric: weighted geometric mean, min-max
SELECT (SELECT array_agg(round((c * 7)::numeric, 12) ORDER BY i)
           FROM (SELECT i, egov.composite(arr, NULL, 'geometric') OVER () c
                 FROM (VALUES (1, ARRAY[1, 1]::float8[]), (2, ARRAY[1, 4]), (3, ARRAY[4, 4]),
                              (4, ARRAY[4, 16])) t(i, arr)) s) AS result;
-- geometric: weights normalised like the arithmetic method
SELECT (SELECT abs(c - (4 ^ 0.75 - 1) / 3) < 1e-15
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'geometric') OVER () c
                 FROM (VALUES (1, ARRAY[1, 1]::float8[]), (2, ARRAY[1, 4]), (3, ARRAY[4, 4])) t(i, arr)) s
           WHERE i = 2) AS ok;
-- geometric: rows with a NULL indicator give NULL and are not checked
SELECT (SELECT count(*) FROM (SELECT egov.composite(arr, NULL, 'geometric') OVER () c
           FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[NULL, -1]), (NULL), (ARRAY[3, 1])) t(arr)) s
           WHERE c IS NULL) AS result;
-- geometric: a composite that does not vary is NULL
SELECT (SELECT count(c) FROM (SELECT egov.composite(arr, NULL, 'geometric') OVER () c
           FROM (VALUES (ARRAY[2, 8]::float8[]), (ARRAY[8, 2]), (ARRAY[4, 4])) t(arr)) s) AS result;
-- geometric: no overflow from 1e-300 to 1e300
SELECT (SELECT array_agg(c ORDER BY x) FROM (SELECT x, egov.composite(ARRAY[x], NULL, 'geometric') OVER () c
           FROM (VALUES (1e-300::float8), (1e300)) t(x)) s) AS result;
-- geometric refuses a zero indicator
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 0]::float8[], NULL, 'geometric') OVER ()$$);
-- geometric refuses a negative indicator
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[-2, 1]::float8[], NULL, 'geometric') OVER ()$$);
-- geometric refuses the 0 that egov.minmax gives the partition minimum
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[m], NULL, 'geometric') OVER ()
                   FROM (SELECT egov.minmax(x) OVER () m FROM (VALUES (1::float8), (2)) t(x)) s$$);
-- the method may not change within a partition
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[a], NULL, m) OVER ()
                   FROM (VALUES (1::float8, 'arithmetic'), (2, 'geometric')) t(a, m)$$);
-- geometric checks weights like the arithmetic method
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1, -1], 'geometric') OVER ()$$);
-- geometric_mean, minmax => false: the geometric mean as given
SELECT (SELECT array_agg(round(c::numeric, 12) ORDER BY i)
           FROM (SELECT i, egov.composite(arr, NULL, 'geometric_mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 4]::float8[]), (2, ARRAY[2, 8])) t(i, arr)) s) AS result;

DROP EXTENSION egov;
