-- Diagnostics aggregates of an indicator array: correlation matrix,
-- Cronbach's alpha, skewness, kurtosis, and the PCA aggregates.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

CREATE TEMP TABLE d AS
SELECT i, ARRAY[i, 2 * i + (i % 3), (i * 7919) % 13, 4.5,
                CASE WHEN i % 10 = 0 THEN NULL ELSE i * i END]::float8[] AS ind
FROM generate_series(1, 60) AS i;

-- the correlation matrix (complete rows only); the constant 4th indicator
-- has a NULL row and column; the matrix is symmetric with a unit diagonal
SELECT egov.correlation_matrix(ind[1:3])::numeric(20, 10)[] AS r FROM d;
SELECT array_dims(m) AS dims, m[4][4] IS NULL AS constant_null,
       m[1][2] = m[2][1] AS symmetric, m[5][5] AS unit
FROM (SELECT egov.correlation_matrix(ind) AS m FROM d) AS s;

-- Pearson against PostgreSQL's corr() over the same complete rows
SELECT abs(m[1][5] - (SELECT corr(ind[1], ind[5]) FROM d WHERE ind[5] IS NOT NULL)) < 1e-14 AS same
FROM (SELECT egov.correlation_matrix(ind) AS m FROM d) AS s;

-- Cronbach's alpha against its formula written with var_samp() (ind[1:3]
-- is a slice of arrays with NULLs: it has a NULL bitmap and no NULL)
SELECT abs(egov.cronbach_alpha(ind[1:3]) -
           3.0 / 2 * (1 - (var_samp(ind[1]) + var_samp(ind[2]) + var_samp(ind[3])) /
                          var_samp(ind[1] + ind[2] + ind[3]))) < 1e-12 AS alpha_ok
FROM d;

-- skewness and kurtosis per indicator over its own non-NULL values: the
-- constant indicator has none; with 3 values only skewness is defined
SELECT egov.skewness(ind)::numeric(20, 10)[] AS skew,
       egov.kurtosis(ind)::numeric(20, 10)[] AS kurt FROM d;
SELECT egov.skewness(ARRAY[x]) AS skew3, egov.kurtosis(ARRAY[x]) AS kurt3
FROM (VALUES (1.0::float8), (2), (10)) AS v(x);

-- the same statistics as egov.winsorise_report's, on the same values
SELECT abs(s[1] - (r).skew_before) < 1e-12 AS skew_same,
       abs(k[1] - (r).kurt_before) < 1e-12 AS kurt_same
FROM (SELECT egov.skewness(ARRAY[x]) AS s, egov.kurtosis(ARRAY[x]) AS k
      FROM (SELECT exp(i / 7.0) AS x FROM generate_series(1, 40) AS i) AS t) AS a,
     (SELECT egov.winsorise_report(exp(i / 7.0)) OVER () AS r
      FROM generate_series(1, 40) AS i LIMIT 1) AS b;

-- PCA: three indicators, two nearly collinear; weights of unit length summing
-- to a positive number, 0 for the constant indicator
SELECT egov.pca_weights(ind[1:4])::numeric(20, 10)[] AS weights,
       round(egov.pca_variance(ind[1:4])::numeric, 10) AS pc1_share FROM d;
SELECT round(sqrt((SELECT sum(w * w) FROM unnest(egov.pca_weights(ind)) AS w))::numeric, 12) AS norm
FROM d;

-- undetermined cases: fewer than 2 complete rows, nothing with spread, and
-- two uncorrelated indicators of equal variance (a tied first eigenvalue)
SELECT egov.pca_weights(ind) AS one_row, egov.correlation_matrix(ind) AS r1,
       egov.cronbach_alpha(ind) AS a1
FROM (VALUES (ARRAY[1, 2]::float8[])) AS t(ind);
SELECT egov.pca_weights(ARRAY[1, 2]::float8[]) AS constant, egov.pca_variance(ARRAY[1, 2]::float8[]) AS v
FROM generate_series(1, 5);
SELECT egov.pca_weights(ind) AS tied
FROM (VALUES (ARRAY[1, 0]::float8[]), (ARRAY[-1, 0]), (ARRAY[0, 1]), (ARRAY[0, -1])) AS t(ind);
SELECT egov.pca_weights(ind) AS single
FROM (VALUES (ARRAY[1]::float8[]), (ARRAY[3])) AS t(ind);

-- correlation-balancing weights: non-negative, summing to 1, 0 for the
-- constant indicator; the indicators' correlations with the weighted mean
-- (checked with corr()) are much closer together than under equal weights
CREATE TEMP TABLE cw AS
SELECT i, ARRAY[i, 2 * i + 10 * sin(i), ln(i), 4.5]::float8[] AS ind FROM generate_series(1, 50) AS i;
SELECT round(w[1]::numeric, 6) >= 0 AS w1, w[4] AS constant,
       round((w[1] + w[2] + w[3] + w[4])::numeric, 12) AS total
FROM (SELECT egov.correlation_weights(ind) AS w FROM cw) AS s;
SELECT weights, round((max(r) - min(r))::numeric, 3) AS correlation_spread
FROM (SELECT weights, j, corr(ind[j], ind[1] * w[1] + ind[2] * w[2] + ind[3] * w[3]) AS r
      FROM cw, generate_series(1, 3) AS j,
           (SELECT 'balanced' AS weights, egov.correlation_weights(ind) AS w FROM cw
            UNION ALL SELECT 'equal', '{1,1,1,0}') AS s
      GROUP BY weights, j) AS t
GROUP BY weights ORDER BY weights;
SELECT egov.correlation_weights(ARRAY[x]) AS single FROM generate_series(1, 3) AS x;
SELECT egov.correlation_weights(ARRAY[1, x]) AS one_with_spread FROM generate_series(1, 3) AS x;
SELECT egov.correlation_weights(ARRAY[1.0, 2]) AS one_row;

-- over no rows
SELECT egov.correlation_matrix(ind) IS NULL AS r, egov.pca_weights(ind) IS NULL AS w,
       egov.skewness(ind) IS NULL AS s
FROM d WHERE false;

-- the order of the rows changes nothing beyond rounding
SELECT max(abs(a - b)) < 1e-12 AS order_free
FROM (SELECT unnest(egov.pca_weights(ind ORDER BY i)) AS a,
             unnest(egov.pca_weights(ind ORDER BY i DESC)) AS b FROM d) AS s;

-- refusals name the aggregate: unequal lengths, non-finite values, 2-D
-- arrays, a hand-made state, too large values
SELECT pg_temp.try($$SELECT egov.pca_weights(a)::text FROM (VALUES (ARRAY[1.0, 2]::float8[]), (ARRAY[1.0])) v(a)$$);
SELECT pg_temp.try($$SELECT egov.correlation_matrix(ARRAY[1, 'Infinity']::float8[])::text$$);
SELECT pg_temp.try($$SELECT egov.skewness(ARRAY['NaN']::float8[])::text$$);
SELECT pg_temp.try($$SELECT egov.kurtosis(ARRAY[[1.0]]::float8[])::text$$);
SELECT pg_temp.try($$SELECT egov.pca_weights_final('{1,2,3}')::text$$);
SELECT pg_temp.try($$SELECT egov.comoment_combine('{1,1,0,0}', '{2,1,0,0,0,0,0,0,0}')::text$$);
SELECT pg_temp.try($$SELECT egov.comoment_combine('{1,2,0,0}', '{2,1,0,0,0,0,0}')::text$$);
SELECT pg_temp.try($$SELECT egov.cronbach_alpha(ARRAY[x, x])::text FROM (VALUES (1e300::float8), (-1e300)) v(x)$$);

DROP EXTENSION egov;
