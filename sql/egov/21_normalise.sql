-- Normalisation window functions: min-max scaling and z-scores over the
-- window partition.  Like PostgreSQL's own window functions they are
-- IMMUTABLE; they read the whole partition, so the window's ORDER BY and
-- frame never change a result.

CREATE FUNCTION @extschema@.minmax(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_minmax'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.minmax(float8) IS
'Window function: (x - min) / (max - min) over the partition, in [0, 1]; '
'NULL for a NULL x and for a partition without two distinct values; '
'NULLs are left out of min and max; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.zscore(x float8, population boolean DEFAULT false)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_zscore'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.zscore(float8, boolean) IS
'Window function: (x - mean) / sd over the partition, sd the sample deviation '
'(like stddev_samp) or, with population => true, the population deviation '
'(like stddev_pop); NULL for a NULL x, too few values or no spread; '
'NULLs are left out of the statistics; NaN or infinite input raises 22023';
