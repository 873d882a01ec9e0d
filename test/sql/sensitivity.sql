-- egov.saltelli_sample, egov.sobol_indices, egov.rank_sobol: the design, the
-- Jansen estimators on the Ishigami function (analytical indices known), the
-- indices of a composite's ranks, and errors with their SQLSTATE.
CREATE EXTENSION egov;
\set VERBOSITY default
\i test/sql/include/try.sql

-- the design: N (d + 2) rows; block 1 + i is block 0 with coordinate i from block 1
SELECT count(*) AS rows, count(DISTINCT sample) AS samples, min(block), max(block),
       bool_and(0 <= ALL (x) AND 1 > ALL (x)) AS in_unit_cube
FROM egov.saltelli_sample(100, 4, 3);
SELECT bool_and(ab.x[i] = b.x[i] AND ab.x[1:i - 1] = a.x[1:i - 1] AND ab.x[i + 1:] = a.x[i + 1:]) AS ab_blocks
FROM egov.saltelli_sample(50, 4, 3) a
JOIN egov.saltelli_sample(50, 4, 3) b USING (sample)
JOIN egov.saltelli_sample(50, 4, 3) ab USING (sample), generate_series(1, 4) i
WHERE a.block = 0 AND b.block = 1 AND ab.block = 1 + i;

-- Ishigami, a = 7, b = 0.1: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437);
-- each estimate within 4 standard errors (+ 0.005)
WITH y AS (SELECT sample, block,
                  sin(-pi() + 2 * pi() * x[1]) + 7 * sin(-pi() + 2 * pi() * x[2]) ^ 2
                  + 0.1 * (-pi() + 2 * pi() * x[3]) ^ 4 * sin(-pi() + 2 * pi() * x[1]) AS f
           FROM egov.saltelli_sample(20000, 3, 1)),
     s AS (SELECT (egov.sobol_indices(array_agg(f ORDER BY sample, block), 3)).* FROM y)
SELECT i, abs(first_order[i] - (ARRAY[0.3139, 0.4424, 0])[i]) <= 4 * first_order_se[i] + 0.005 AS first_order_ok,
       abs(total_effect[i] - (ARRAY[0.5576, 0.4424, 0.2437])[i]) <= 4 * total_effect_se[i] + 0.005 AS total_effect_ok,
       first_order_se[i] < 0.02 AND total_effect_se[i] < 0.02 AS precise
FROM s, generate_series(1, 3) i ORDER BY i;

-- an additive model y = x1 + 2 x2: S = ST = (1/5, 4/5) within the errors; a
-- constant output gives every index 0
WITH y AS (SELECT sample, block, x[1] + 2 * x[2] AS f FROM egov.saltelli_sample(5000, 2, 9)),
     s AS (SELECT (egov.sobol_indices(array_agg(f ORDER BY sample, block), 2)).* FROM y)
SELECT abs(first_order[1] - 0.2) < 0.03 AND abs(first_order[2] - 0.8) < 0.03
       AND abs(total_effect[1] - 0.2) < 0.03 AND abs(total_effect[2] - 0.8) < 0.03 AS additive,
       round(variance::numeric, 2) AS variance
FROM s;
SELECT (egov.sobol_indices(array_fill(1::float8, ARRAY[12]), 2)).*;

-- the ranks of a composite: one normalisation and one method leave those
-- factors a total effect of exactly 0; a row whose rank never moves has
-- every index 0; the mean absolute rank shift is the same on every row
CREATE TEMP TABLE u (i int, x float8[]);
INSERT INTO u SELECT i, ARRAY[(i * 37 % 11) + 1, (i * 17 % 13) + 1, CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 7 % 9) + 1 END]
FROM generate_series(1, 12) i;
INSERT INTO u VALUES (13, NULL);
CREATE TEMP TABLE rs AS
SELECT i, egov.rank_sobol(x, base_samples => 200, weight_spread => 0.5) OVER () AS r FROM u;
SELECT i, (r).factors, (r).total_effect[4:6] AS fixed_factors_total_effect,
       (r).rank_variance > 0 AS rank_moves,
       (r).rank_variance > 0 OR ((r).first_order = '{0,0,0,0,0,0}' AND (r).total_effect = '{0,0,0,0,0,0}') AS zero_if_still
FROM rs ORDER BY i LIMIT 4;
SELECT count(DISTINCT (r).mars_total_effect) AS mars_distinct, count(DISTINCT (r).mars_first_order) AS mars_first_distinct
FROM rs WHERE r IS NOT NULL;
SELECT count(*) FILTER (WHERE r IS NULL) AS null_rows,
       bool_and((r).total_effect[4] > 0) FILTER (WHERE (r).rank_variance > 0) AS normalisation_matters
FROM (SELECT egov.rank_sobol(x, NULL, 200, 0.5, '{minmax,rank}', '{mean,harmonic_mean}', true, 5) OVER () AS r FROM u) t;

-- a UN edition: every assessed country with its components; with one method
-- only the weights matter (normalisation, method, imputation: total effect 0)
SELECT count(*) AS countries, count(DISTINCT mars_total_effect) AS one_mars,
       bool_and(total_effect[4:6] = '{0,0,0}' AND mars_total_effect[4:6] = '{0,0,0}') AS weights_only,
       bool_and(factors = '{OSI weight,HCI weight,TII weight,normalisation,method,imputation}') AS named
FROM egov.rank_sobol_edition(2022, 100);
SELECT pg_temp.try($$SELECT count(*) FROM egov.rank_sobol_edition(1999)$$);

SELECT pg_temp.try($$SELECT count(*) FROM egov.saltelli_sample(1, 3)$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.saltelli_sample(10, 0)$$);
SELECT pg_temp.try($$SELECT egov.sobol_indices('{1,2,3,4,5}', 3)$$);
SELECT pg_temp.try($$SELECT egov.sobol_indices('{1,2,3,4,5,NULL,7,8,9,10}', 3)$$);
SELECT pg_temp.try($$SELECT egov.sobol_indices('{1,2,3}', 0)$$);
SELECT pg_temp.try($$SELECT egov.rank_sobol('{1,2}'::float8[], base_samples => 1) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.rank_sobol(ARRAY[i, i]::float8[], base_samples => 1000000) OVER () FROM generate_series(1, 20) i$$);

DROP TABLE rs;
DROP EXTENSION egov;
