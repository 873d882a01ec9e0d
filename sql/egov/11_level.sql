-- EGDI groups: the enum egov.level and the group of a score.

CREATE TYPE @extschema@.level AS ENUM ('Low', 'Middle', 'High', 'Very High');

COMMENT ON TYPE @extschema@.level IS
'EGDI group of the UN E-Government Survey, ordered Low < Middle < High < Very High';

CREATE FUNCTION @extschema@.egdi_level(score float8)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_egdi_level'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_level(float8) IS
'EGDI group of a score: Very High >= 0.75, High >= 0.50, Middle >= 0.25, else Low; '
'a score outside [0, 1] or NaN raises 22003';
