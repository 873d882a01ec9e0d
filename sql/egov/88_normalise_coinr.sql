-- The normalisations of COINr's Normalise beyond min-max, z-scores,
-- percentile ranks and goalposts, as window functions over the partition
-- (IMMUTABLE like PostgreSQL's own; the window's ORDER BY and frame never
-- change a result).

CREATE FUNCTION @extschema@.rank_score(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_rank_score'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_score(float8) IS
'Window function: the rank of x among the partition''s non-NULL values, 1 for the smallest, '
'ties sharing the lowest rank (COINr n_rank; rank() OVER (ORDER BY x) without the NULL rows); '
'NULL for a NULL x; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.borda(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_borda'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.borda(float8) IS
'Window function: the Borda score of x, the number of the partition''s non-NULL values below it '
'(COINr n_borda: rank - 1, ties sharing the lowest); NULL for a NULL x; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.dist2max(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_dist2max'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.dist2max(float8) IS
'Window function: 1 - (max - x) / (max - min) over the partition (COINr n_dist2max), in [0, 1]; '
'NULL for a NULL x and for a partition without two distinct values; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.fracmax(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_fracmax'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.fracmax(float8) IS
'Window function: x / max over the partition (COINr n_fracmax); NULL for a NULL x and when the '
'maximum is 0; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.dist2ref(x float8, is_reference boolean, cap_max boolean DEFAULT false)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_dist2ref'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.dist2ref(float8, boolean, boolean) IS
'Window function: 1 - (ref - x) / (ref - min) over the partition (COINr n_dist2ref), ref the x of '
'the one row whose is_reference is true (22023 for none or several), values beyond ref capped at '
'1 with cap_max (the same on every row); NULL for a NULL x, a NULL ref, or ref = min; NaN or '
'infinite input raises 22023';
