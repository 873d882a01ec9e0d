-- Weights from the data: the first principal component (its loadings and
-- the share of variance it explains) and the weights that balance the
-- indicators' correlations with the index, as aggregates on the co-moment
-- state of 91_diagnostics.sql (parallel, combine function).

CREATE FUNCTION @extschema@.pca_weights_final(state float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_pca_weights_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pca_weights_final(float8[]) IS
'Final function of egov.pca_weights: the first eigenvector of the correlation matrix';

CREATE AGGREGATE @extschema@.pca_weights(indicators float8[]) (
    SFUNC       = @extschema@.comoment_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.pca_weights_final,
    COMBINEFUNC = @extschema@.comoment_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.pca_weights(float8[]) IS
'PCA weights (COINr get_PCA, out2 = "list"): the loadings of the first principal component of '
'the correlation matrix of the rows without NULLs (prcomp(na.omit(x), center = TRUE, scale = '
'TRUE)$rotation[, 1]), unit length, signed so that they sum to a positive number; 0 for an '
'indicator without spread; NULL with fewer than 2 rows, no indicator with spread, or a first '
'eigenvalue tied with the second (the component is then not determined)';

CREATE FUNCTION @extschema@.pca_variance_final(state float8[])
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_pca_variance_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pca_variance_final(float8[]) IS
'Final function of egov.pca_variance: the first eigenvalue of the correlation matrix over its trace';

CREATE AGGREGATE @extschema@.pca_variance(indicators float8[]) (
    SFUNC       = @extschema@.comoment_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.pca_variance_final,
    COMBINEFUNC = @extschema@.comoment_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.pca_variance(float8[]) IS
'Share of the variance of the standardised indicators explained by the first principal '
'component (prcomp''s "Proportion of Variance" of PC1, as in COINr get_PCA), over the rows '
'without NULLs; indicators without spread are left out; NULL with fewer than 2 rows or no '
'indicator with spread';

CREATE FUNCTION @extschema@.correlation_weights_final(state float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_correlation_weights_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.correlation_weights_final(float8[]) IS
'Final function of egov.correlation_weights: minimises COINr''s balance objective on the covariance matrix';

CREATE AGGREGATE @extschema@.correlation_weights(indicators float8[]) (
    SFUNC       = @extschema@.comoment_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.correlation_weights_final,
    COMBINEFUNC = @extschema@.comoment_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.correlation_weights(float8[]) IS
'Weights (>= 0, summing to 1) under which the indicators correlate equally with their weighted '
'mean (COINr get_opt_weights, optimtype = "balance", equal targets), over the rows without NULLs: '
'minimises sum_i (rho_i / sum_j rho_j - 1 / m)^2 by Nelder-Mead from equal weights, stopping when '
'the simplex''s objectives agree within 1e-15 and its points within 1e-10, or after 20000 '
'iterations (a WARNING); 0 for an indicator without spread; NULL with fewer than 2 rows or no '
'indicator with spread';
