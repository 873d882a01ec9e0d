-- Variance-based sensitivity analysis: the Saltelli design, the Jansen
-- estimators of first-order and total-effect Sobol indices, and both
-- applied to the ranks of a composite (src/sensitivity.c).

CREATE FUNCTION @extschema@.saltelli_sample(base_samples int, dimensions int, seed int DEFAULT 1,
                                            OUT sample int, OUT block int, OUT x float8[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'egov_saltelli_sample'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 1000;

COMMENT ON FUNCTION @extschema@.saltelli_sample(int, int, int) IS
'The Saltelli design for Sobol indices: for each base sample j = 1..base_samples, two points '
'A_j and B_j uniform on [0, 1)^dimensions (pg_prng seeded with seed; A_j drawn before B_j), '
'returned as block 0 (A_j), block 1 (B_j) and block 1 + i (A_j with coordinate i from B_j), '
'i = 1..dimensions: base_samples (dimensions + 2) rows in sample, block order. Evaluate a model '
'on x and pass the outputs in that order to egov.sobol_indices. base_samples outside '
'2..10000000 or dimensions outside 1..1000 raise 22023';

CREATE TYPE @extschema@.sobol_indices AS (
    first_order      float8[],
    total_effect     float8[],
    first_order_se   float8[],
    total_effect_se  float8[],
    variance         float8
);

COMMENT ON TYPE @extschema@.sobol_indices IS
'Result of egov.sobol_indices: each input''s first-order and total-effect Sobol index with '
'their standard errors, and the output variance';
COMMENT ON COLUMN @extschema@.sobol_indices.first_order IS
'S_i = (V - 1/(2N) sum_j (f(B_j) - f(AB_j^i))^2) / V (Jansen), one per input';
COMMENT ON COLUMN @extschema@.sobol_indices.total_effect IS
'ST_i = 1/(2N) sum_j (f(A_j) - f(AB_j^i))^2 / V (Jansen), one per input';
COMMENT ON COLUMN @extschema@.sobol_indices.first_order_se IS
'Standard error of first_order: sd of its N summands / (sqrt(N) V)';
COMMENT ON COLUMN @extschema@.sobol_indices.total_effect_se IS
'Standard error of total_effect: sd of its N summands / (sqrt(N) V)';
COMMENT ON COLUMN @extschema@.sobol_indices.variance IS
'V: the population variance of the 2N outputs at the points A_j and B_j (0: every index 0)';

CREATE FUNCTION @extschema@.sobol_indices(y float8[], dimensions int)
RETURNS @extschema@.sobol_indices
AS 'MODULE_PATHNAME', 'egov_sobol_indices'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sobol_indices(float8[], int) IS
'First-order and total-effect Sobol indices (Jansen estimators, with standard errors) from a '
'model''s outputs y over egov.saltelli_sample(N, dimensions, seed), in its sample, block order '
'(array_agg(f(x) ORDER BY sample, block)). y of a length other than N (dimensions + 2) with '
'N >= 2, or with a NULL or non-finite element, raises 22023';

CREATE TYPE @extschema@.rank_sobol AS (
    factors            text[],
    mars_first_order   float8[],
    mars_total_effect  float8[],
    first_order        float8[],
    total_effect       float8[],
    first_order_se     float8[],
    total_effect_se    float8[],
    rank_variance      float8
);

COMMENT ON TYPE @extschema@.rank_sobol IS
'Result of egov.rank_sobol: the uncertain factors, the Sobol indices of the partition''s mean '
'absolute rank shift (the same on every row) and those of the row''s rank';
COMMENT ON COLUMN @extschema@.rank_sobol.factors IS
'The factors, in index order: weight 1 .. weight k, normalisation, method, imputation';
COMMENT ON COLUMN @extschema@.rank_sobol.mars_first_order IS
'First-order indices of the mean absolute rank shift, mean over ranked rows of |rank - nominal rank|';
COMMENT ON COLUMN @extschema@.rank_sobol.mars_total_effect IS
'Total-effect indices of the mean absolute rank shift';
COMMENT ON COLUMN @extschema@.rank_sobol.first_order IS
'First-order indices of the row''s rank';
COMMENT ON COLUMN @extschema@.rank_sobol.total_effect IS
'Total-effect indices of the row''s rank';
COMMENT ON COLUMN @extschema@.rank_sobol.first_order_se IS
'Standard errors of first_order';
COMMENT ON COLUMN @extschema@.rank_sobol.total_effect_se IS
'Standard errors of total_effect';
COMMENT ON COLUMN @extschema@.rank_sobol.rank_variance IS
'Variance of the row''s rank over the design (0: every index 0)';

CREATE FUNCTION @extschema@.rank_sobol(
    indicators float8[],
    weights float8[] DEFAULT NULL,
    base_samples int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.25,
    normalisations text[] DEFAULT '{minmax}',
    methods text[] DEFAULT '{mean}',
    vary_imputation boolean DEFAULT false,
    seed int DEFAULT 1)
RETURNS @extschema@.rank_sobol
AS 'MODULE_PATHNAME', 'egov_rank_sobol'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_sobol(float8[], float8[], int, float8, text[], text[], boolean, int) IS
'Window function (COINr get_sensitivity, SA_type "SA"): Sobol first-order and total-effect '
'indices of each row''s rank and of the mean absolute rank shift with respect to the k + 3 '
'uncertain factors of egov.composite_rank_uncertainty (each weight within weight_spread, the '
'normalisation, the method, imputation), by the design of egov.saltelli_sample(base_samples, '
'k + 3, seed) and the estimators of egov.sobol_indices: base_samples (k + 5) evaluations of '
'the whole ranking. A factor with one option has total effect 0 (its first-order estimate '
'is near 0, within its error). NULL for a row without '
'indicators; errors as for egov.composite_rank_uncertainty, base_samples outside '
'2..10000000 raise 22023, (rows + 1) base_samples (k + 5) above 20000000 raise 54000';
