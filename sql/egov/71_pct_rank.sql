-- Normalisation by percentile rank, over the whole partition.
-- Not STRICT: the executor calls a window function on every row whatever
-- its arguments, so the C gives a NULL x NULL and leaves it out.  CREATE OR
-- REPLACE: this file re-runs on update (0.3.0 declared it STRICT).

CREATE OR REPLACE FUNCTION @extschema@.pct_rank(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_pct_rank'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pct_rank(float8) IS
'Window function: percentile rank (r - 1) / (m - 1) of x among the partition''s m '
'non-NULL values, r its ascending rank with ties sharing the lowest (COINr n_prank); '
'smallest 0, largest 1, a one-value or constant partition 0; NULL gives NULL; '
'NaN or infinite values raise 22023; the window''s ORDER BY and frame are ignored';
