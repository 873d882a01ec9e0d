-- egov.egdi_stats(egdi): summary of EGDI scores in one pass, parallel safe.

CREATE TYPE @extschema@.egdi_stats AS (
    countries int,
    mean      float8,
    min       float8,
    max       float8,
    very_high int,
    high      int,
    middle    int,
    low       int
);

COMMENT ON TYPE @extschema@.egdi_stats IS
'Result of egov.egdi_stats: number of scores, their mean, min and max, and how many fall '
'in each EGDI group (Very High, High, Middle, Low)';
COMMENT ON COLUMN @extschema@.egdi_stats.countries IS
'Scores aggregated (non-NULL); 0 over no scores';
COMMENT ON COLUMN @extschema@.egdi_stats.mean IS
'Mean of the scores (compensated sum), 0 to 1; NULL over no scores';
COMMENT ON COLUMN @extschema@.egdi_stats.min IS
'Lowest score, 0 to 1; NULL over no scores';
COMMENT ON COLUMN @extschema@.egdi_stats.max IS
'Highest score, 0 to 1; NULL over no scores';
COMMENT ON COLUMN @extschema@.egdi_stats.very_high IS
'Scores in the Very High group (>= 0.75)';
COMMENT ON COLUMN @extschema@.egdi_stats.high IS
'Scores in the High group (0.50 <= score < 0.75)';
COMMENT ON COLUMN @extschema@.egdi_stats.middle IS
'Scores in the Middle group (0.25 <= score < 0.50)';
COMMENT ON COLUMN @extschema@.egdi_stats.low IS
'Scores in the Low group (< 0.25)';

-- State: {N, sum, compensation, min, max, Low, Middle, High, Very High}
CREATE FUNCTION @extschema@.egdi_stats_accum(state float8[], egdi float8)
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_egdi_stats_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_accum(float8[], float8) IS
'Transition function of egov.egdi_stats: adds one score to the state '
'{N, sum, compensation, min, max, Low, Middle, High, Very High}; '
'a score outside [0, 1] or NaN raises 22003';

CREATE FUNCTION @extschema@.egdi_stats_combine(state1 float8[], state2 float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_egdi_stats_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_combine(float8[], float8[]) IS
'Combine function of egov.egdi_stats: merges two partial states (parallel aggregation)';

CREATE FUNCTION @extschema@.egdi_stats_final(state float8[])
RETURNS @extschema@.egdi_stats
AS 'MODULE_PATHNAME', 'egov_egdi_stats_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_final(float8[]) IS
'Final function of egov.egdi_stats: turns the state into an egov.egdi_stats value';

CREATE AGGREGATE @extschema@.egdi_stats(egdi float8) (
    SFUNC       = @extschema@.egdi_stats_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.egdi_stats_final,
    COMBINEFUNC = @extschema@.egdi_stats_combine,
    INITCOND    = '{0,0,0,0,0,0,0,0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.egdi_stats(float8) IS
'Count, mean, min, max and EGDI group counts of the scores, in one pass; NULLs are ignored; '
'a score outside [0, 1] or NaN raises 22003; over no scores countries and the group counts '
'are 0 and mean, min, max NULL';
