-- Scalar normalisers with fixed references (composite-indicator toolkit).

CREATE FUNCTION @extschema@.goalpost(x float8, lo float8, hi float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_goalpost'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.goalpost(float8, float8, float8) IS
'Goalpost normalisation: (x - lo) / (hi - lo) clipped to [0, 1] (COINr n_goalposts); '
'hi < lo means lower is better (x = hi scores 1); lo = hi, a NaN or infinite post, '
'or a NaN x raise 22023; an infinite x is clipped like any value beyond a post';

CREATE FUNCTION @extschema@.distance_to_target(x float8, target float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_distance_to_target'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.distance_to_target(float8, float8) IS
'Relative distance to a target: greatest(0, 1 - |target - x| / |target|), '
'1 at the target and 0 a whole |target| away on either side; a zero, NaN or '
'infinite target, or a NaN x, raise 22023. COINr''s n_dist2targ with cap_max is '
'goalpost(x, min(x) OVER w, target)';
