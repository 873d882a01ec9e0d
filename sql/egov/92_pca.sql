-- Principal components of an indicator array: weights from the first
-- component and the share of variance it explains, as aggregates on the
-- co-moment state of 91_diagnostics.sql (parallel, combine function).

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
