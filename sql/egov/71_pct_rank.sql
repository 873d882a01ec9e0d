-- Normalisation by percentile rank, over the whole partition.

CREATE FUNCTION @extschema@.pct_rank(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_pct_rank'
LANGUAGE C WINDOW IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pct_rank(float8) IS
'Window function: percentile rank (r - 1) / (m - 1) of x among the partition''s m '
'non-NULL values, r its ascending rank with ties sharing the lowest (COINr n_prank); '
'smallest 0, largest 1, a one-value or constant partition 0; NULL gives NULL; '
'NaN or infinite values raise 22023; the window''s ORDER BY and frame are ignored';
