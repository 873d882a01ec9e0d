-- egov.composite's methods 'harmonic_mean', 'generalised_mean' (power),
-- 'median' and 'copeland': values worked by hand, weights, missing =>
-- 'reweight' and 'drop', min-max, ties, and every error with its SQLSTATE.
CREATE EXTENSION egov;
\set VERBOSITY default
\i test/sql/include/try.sql

-- Row 5 lacks indicator 1: under 'reweight' it counts on indicators 2 and
-- 3 (harmonic 2 / (1 + 1/9) = 1.8, median (1 + 9) / 2 = 5); Copeland
-- compares it with the others on those two.  Hand-worked: harmonic of row 1
-- 3 / (1 + 1/2 + 1/3) = 18/11; Copeland row 4 beats rows 1-3 and loses to
-- row 5 (9 > 5, 1 = 1): 3 - 1 = 2.
CREATE TEMP TABLE m (i int, x float8[]);
INSERT INTO m VALUES (1, '{1,2,3}'), (2, '{3,2,1}'), (3, '{2,2,2}'), (4, '{4,1,5}'), (5, '{NULL,1,9}');
SELECT i,
  round(egov.composite(x, method => 'harmonic_mean', minmax => false, missing => 'reweight') OVER w::numeric, 6) AS harmonic,
  round(egov.composite(x, method => 'generalised_mean', power => 2, minmax => false, missing => 'reweight') OVER w::numeric, 6) AS power2,
  round(egov.composite(x, method => 'generalised_mean', power => -1, minmax => false, missing => 'reweight') OVER w::numeric, 6) AS power_m1,
  round(egov.composite(x, method => 'generalised_mean', power => 0, minmax => false) OVER w::numeric, 6) AS power0,
  round(egov.composite(x, method => 'geometric_mean', minmax => false) OVER w::numeric, 6) AS geometric,
  round(egov.composite(x, method => 'median', minmax => false, missing => 'reweight') OVER w::numeric, 6) AS median,
  egov.composite(x, method => 'copeland', minmax => false, missing => 'reweight') OVER w AS copeland,
  egov.composite(x, method => 'copeland', minmax => false) OVER w AS copeland_drop
FROM m WINDOW w AS () ORDER BY i;

-- weights: median of {1,2,3} weighted {1,1,2} meets half exactly between
-- 2 and 3 (2.5); weighted {1,1,3}: 3.  Copeland with weights {1,1,2}:
-- scores 1, -3, -1, 3, min-maxed 2/3, 0, 1/3, 1 (row 5 dropped)
SELECT i,
  egov.composite(x, '{1,1,2}', 'median', false) OVER w AS median_112,
  egov.composite(x, '{1,1,3}', 'median', false) OVER w AS median_113,
  round(egov.composite(x, '{1,1,2}', 'copeland') OVER w::numeric, 6) AS copeland_minmax
FROM m WINDOW w AS () ORDER BY i;

-- one row: Copeland 0, min-maxed NULL; all rows tied: 0 each
SELECT egov.composite('{1,2}'::float8[], method => 'copeland', minmax => false) OVER () AS one_row;
SELECT egov.composite(x, method => 'copeland', minmax => false) OVER () AS tied
FROM (VALUES ('{1,2}'::float8[]), ('{2,1}'), ('{1.5,1.5}')) t(x);

-- generalised mean with a large power approaches the maximum, without overflow
SELECT round(egov.composite('{1,2,1e300}'::float8[], method => 'generalised_mean', power => 1000, minmax => false) OVER ()::numeric / 1e300, 6) AS near_max,
       round(egov.composite('{1e-300,2,3}'::float8[], method => 'harmonic_mean', minmax => false) OVER ()::numeric * 1e300, 6) AS near_3e_300;

-- errors
SELECT pg_temp.try($$SELECT egov.composite('{1,2}'::float8[], method => 'mean', power => 2) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite('{1,2}'::float8[], method => 'generalised_mean') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite('{1,2}'::float8[], method => 'generalised_mean', power => 'NaN') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite('{1,2}'::float8[], method => 'generalised_mean', power => 2e6) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite('{1,0}'::float8[], method => 'harmonic_mean') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite('{1,-1}'::float8[], method => 'generalised_mean', power => 2) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite(x, method => 'generalised_mean', power => p) OVER ()
                     FROM (VALUES ('{1,2}'::float8[], 1::float8), ('{2,3}', 2)) t(x, p)$$);
SELECT pg_temp.try($$SELECT egov.composite(x, w, method => 'copeland') OVER ()
                     FROM (VALUES ('{1,2}'::float8[], '{1,1}'::float8[]), ('{2,1}', '{1,2}')) t(x, w)$$);
-- the same weights written differently are the same weighting
SELECT pg_temp.try($$SELECT egov.composite(x, w, method => 'copeland', minmax => false) OVER ()
                     FROM (VALUES ('{1,2}'::float8[], '{1,1}'::float8[]), ('{2,1}', NULL)) t(x, w)$$);
SELECT pg_temp.try($$SELECT egov.composite(ARRAY[1, 'Infinity']::float8[], method => 'median') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite(x, method => 'copeland', missing => 'error') OVER ()
                     FROM (VALUES ('{1,2}'::float8[]), ('{NULL,1}')) t(x)$$);
SELECT pg_temp.try($$SELECT count(c) FROM (SELECT egov.composite(ARRAY[i]::float8[], method => 'copeland') OVER () AS c
                     FROM generate_series(1, 100001) i) t$$);

DROP EXTENSION egov;
