-- egov.composite_rank_uncertainty and egov.composite_rank_draws: rank
-- uncertainty of any composite under weights, normalisation, method and
-- imputation; reproducible from the seed; errors with their SQLSTATE.
CREATE EXTENSION egov;
\set VERBOSITY default
\i test/sql/include/try.sql

CREATE TEMP TABLE u (i int, x float8[]);
INSERT INTO u SELECT i, ARRAY[(i * 37 % 11) + 1, (i * 17 % 13) + 1, CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 7 % 9) + 1 END]
FROM generate_series(1, 12) i;
INSERT INTO u VALUES (13, NULL), (14, '{NULL,NULL,NULL}');

-- no spread and one choice: every draw is the nominal ranking
SELECT count(*) FILTER (WHERE (r).median_rank = (r).nominal_rank AND (r).rank_p05 = (r).nominal_rank
                        AND (r).rank_p95 = (r).nominal_rank AND (r).p_group_change = 0) AS stable,
       count(r) AS ranked
FROM (SELECT egov.composite_rank_uncertainty(x, weight_spread => 0, draws => 50) OVER () AS r FROM u) t;

-- every choice varied; the same seed gives the same draws, the summary
-- agrees with the draws form
SELECT i, (egov.composite_rank_uncertainty(x, '{1,2,1}', 400, 0.5, '{minmax,rank}',
           '{mean,geometric_mean,harmonic_mean,median}', true, 3, 7) OVER w).*
FROM u WINDOW w AS () ORDER BY i;
SELECT bool_and(a = b) AS reproducible,
       bool_and((SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY r) FROM unnest(a) r) = (s).median_rank) AS median_agrees,
       bool_and((SELECT avg((r <= 3)::int) FROM unnest(a) r) = (s).p_top_k) AS top_k_agrees
FROM (SELECT egov.composite_rank_draws(x, '{1,2,1}', 400, 0.5, '{minmax,rank}', '{mean,geometric_mean,harmonic_mean,median}', true, 7) OVER () AS a,
             egov.composite_rank_draws(x, '{1,2,1}', 400, 0.5, '{minmax,rank}', '{mean,geometric_mean,harmonic_mean,median}', true, 7) OVER () AS b,
             egov.composite_rank_uncertainty(x, '{1,2,1}', 400, 0.5, '{minmax,rank}', '{mean,geometric_mean,harmonic_mean,median}', true, 3, 7) OVER () AS s
      FROM u) t WHERE a IS NOT NULL;

-- one row: rank 1 always
SELECT (egov.composite_rank_uncertainty('{1,2}'::float8[]) OVER ()).*;

SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], draws => 0) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], weight_spread => 1) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], normalisations => '{log}') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], normalisations => '{zscore}', methods => '{geometric_mean}') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], '{1}') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty('{1,2}'::float8[], top_k => 0) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_draws('{1,2}'::float8[], seed => NULL) OVER ()$$);
-- a choice that is not a constant must be the same on every row
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty(x, w) OVER ()
                     FROM (VALUES ('{1,2}'::float8[], '{1,1}'::float8[]), ('{2,1}', '{1,2}')) t(x, w)$$);
SELECT pg_temp.try($$SELECT egov.composite_rank_uncertainty(x, methods => m) OVER ()
                     FROM (VALUES ('{1,2}'::float8[], '{mean}'::text[]), ('{2,1}', '{median}')) t(x, m)$$);
SELECT pg_temp.try($$SELECT (egov.composite_rank_uncertainty(x, w) OVER ()).nominal_rank
                     FROM (VALUES ('{1,2}'::float8[], '{1,3}'::float8[]), ('{2,1}', '{1,3}')) t(x, w) ORDER BY 1 LIMIT 1$$);

DROP EXTENSION egov;
