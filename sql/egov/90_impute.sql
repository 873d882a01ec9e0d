-- Imputation: window functions that fill NULLs from the window partition
-- (so PARTITION BY region imputes group means), and an aggregate that counts
-- what they fill.  Like PostgreSQL's own window functions they are
-- IMMUTABLE; they read the whole partition, so the window's ORDER BY and
-- frame never change a result.

CREATE FUNCTION @extschema@.impute(x float8, method text)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_impute'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.impute(float8, text) IS
'Window function: x, or for a NULL x the partition''s mean (method ''mean'', COINr i_mean) '
'or median (''median'', i_median; the mean of the two middle values for an even count) of the '
'non-NULL values; NULL if the partition has none; method must be the same on every row '
'(22023 otherwise, and for an unknown or NULL method); NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.impute_em(indicators float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_impute_em'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.impute_em(float8[]) IS
'Window function: the row''s indicators with each NULL element replaced by its conditional '
'mean given the row''s observed elements, under a multivariate normal model whose mean and '
'covariance are estimated from the partition by expectation-maximisation (COINr i_EM, without '
'Amelia''s random draw); at most 1000 iterations, converged when no standardised mean or '
'covariance changes by more than 1e-10; an indicator without spread is filled with its value, '
'one without any value stays NULL; NULL for a NULL array; arrays of unequal length or with '
'NaN or infinite elements raise 22023';

-- State: {k, rows, NULLs of each of the k indicators}
CREATE FUNCTION @extschema@.missing_accum(state float8[], indicators float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_missing_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.missing_accum(float8[], float8[]) IS
'Transition function of egov.missing_counts: counts the NULL elements of one indicators '
'array in the state {k, rows, NULLs per indicator}';

CREATE FUNCTION @extschema@.missing_combine(state1 float8[], state2 float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_missing_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.missing_combine(float8[], float8[]) IS
'Combine function of egov.missing_counts: merges two partial states (parallel aggregation)';

CREATE FUNCTION @extschema@.missing_final(state float8[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'egov_missing_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.missing_final(float8[]) IS
'Final function of egov.missing_counts: the NULLs of each indicator as bigint[]';

CREATE AGGREGATE @extschema@.missing_counts(indicators float8[]) (
    SFUNC       = @extschema@.missing_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.missing_final,
    COMBINEFUNC = @extschema@.missing_combine,
    INITCOND    = '{0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.missing_counts(float8[]) IS
'How many elements of each indicator are NULL (what egov.impute_em fills; COINr''s data '
'availability by indicator), as bigint[]; NULL arrays are skipped (impute_em leaves them NULL); '
'NULL when no row has an array; arrays of unequal length or with NaN or infinite elements raise 22023';
