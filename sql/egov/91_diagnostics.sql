-- Diagnostics of an indicator array as aggregates: the correlation matrix,
-- Cronbach's alpha, skewness and kurtosis.  Every state is a float8[] with
-- a combine function, so they run in parallel.  The co-moment state
-- (comoment_accum, comoment_combine) is shared with egov.pca_weights and
-- egov.pca_variance (92_pca.sql).

-- State: {k, n, k means, k (k + 1) / 2 co-moments}; complete rows only
CREATE FUNCTION @extschema@.comoment_accum(state float8[], indicators float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_comoment_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.comoment_accum(float8[], float8[]) IS
'Transition function of egov.correlation_matrix, egov.cronbach_alpha, egov.pca_variance and '
'egov.pca_weights: adds a row without NULL elements to the state {k, n, means, co-moments} '
'(Welford); a row with a NULL element is skipped; arrays of unequal length or with NaN or '
'infinite elements raise 22023';

CREATE FUNCTION @extschema@.comoment_combine(state1 float8[], state2 float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_comoment_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.comoment_combine(float8[], float8[]) IS
'Combine function of the co-moment aggregates: merges two partial states (Chan, Golub and '
'LeVeque; parallel aggregation)';

CREATE FUNCTION @extschema@.correlation_matrix_final(state float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_correlation_matrix_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.correlation_matrix_final(float8[]) IS
'Final function of egov.correlation_matrix: the k x k Pearson correlation matrix';

CREATE AGGREGATE @extschema@.correlation_matrix(indicators float8[]) (
    SFUNC       = @extschema@.comoment_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.correlation_matrix_final,
    COMBINEFUNC = @extschema@.comoment_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.correlation_matrix(float8[]) IS
'Pearson correlation matrix of the indicators (COINr get_corr, method pearson) over the rows '
'without NULLs, as a two-dimensional float8[k][k]; the row and column of an indicator without '
'spread are NULL; NULL with fewer than 2 rows; Spearman''s is this over ranks (see doc/toolkit.md)';

CREATE FUNCTION @extschema@.cronbach_alpha_final(state float8[])
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_cronbach_alpha_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cronbach_alpha_final(float8[]) IS
'Final function of egov.cronbach_alpha: k / (k - 1) (1 - sum of variances / variance of the sum)';

CREATE AGGREGATE @extschema@.cronbach_alpha(indicators float8[]) (
    SFUNC       = @extschema@.comoment_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.cronbach_alpha_final,
    COMBINEFUNC = @extschema@.comoment_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.cronbach_alpha(float8[]) IS
'Cronbach''s alpha of the indicators (COINr get_cronbach) over the rows without NULLs: '
'k / (k - 1) (1 - sum_i var_i / var(sum_i x_i)); NULL with fewer than 2 indicators or rows, '
'or when the sum does not vary';

-- State: {k, then n, mean, M2, M3, M4 of each indicator}
CREATE FUNCTION @extschema@.moments_accum(state float8[], indicators float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_moments_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.moments_accum(float8[], float8[]) IS
'Transition function of egov.skewness and egov.kurtosis: adds each non-NULL element to its '
'indicator''s {n, mean, M2, M3, M4} (Pebay); arrays of unequal length or with NaN or infinite '
'elements raise 22023';

CREATE FUNCTION @extschema@.moments_combine(state1 float8[], state2 float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_moments_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.moments_combine(float8[], float8[]) IS
'Combine function of egov.skewness and egov.kurtosis: merges two partial states (Pebay; '
'parallel aggregation)';

CREATE FUNCTION @extschema@.skewness_final(state float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_skewness_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.skewness_final(float8[]) IS
'Final function of egov.skewness: the sample skewness G1 of each indicator';

CREATE AGGREGATE @extschema@.skewness(indicators float8[]) (
    SFUNC       = @extschema@.moments_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.skewness_final,
    COMBINEFUNC = @extschema@.moments_combine,
    INITCOND    = '{0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.skewness(float8[]) IS
'Sample skewness G1 of each indicator over its non-NULL values (e1071 type 2, Excel SKEW, as '
'egov.winsorise and COINr get_stats), as float8[]; an element is NULL with fewer than 3 values '
'or no spread; NULL over no rows';

CREATE FUNCTION @extschema@.kurtosis_final(state float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_kurtosis_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.kurtosis_final(float8[]) IS
'Final function of egov.kurtosis: the sample excess kurtosis G2 of each indicator';

CREATE AGGREGATE @extschema@.kurtosis(indicators float8[]) (
    SFUNC       = @extschema@.moments_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.kurtosis_final,
    COMBINEFUNC = @extschema@.moments_combine,
    INITCOND    = '{0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.kurtosis(float8[]) IS
'Sample excess kurtosis G2 of each indicator over its non-NULL values (e1071 type 2, Excel '
'KURT, as egov.winsorise and COINr get_stats), as float8[]; an element is NULL with fewer than '
'4 values or no spread; NULL over no rows';
