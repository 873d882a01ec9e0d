-- E-Participation Index (EPI) levels.  The UN publishes EPI values and ranks
-- but no EPI level thresholds (none found in the Survey's text or on the
-- UN E-Government Knowledgebase's EPI page), so the EPI uses the EGDI bands.

CREATE FUNCTION @extschema@.epi_level(score float8)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_epi_level'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.epi_level(float8) IS
'E-Participation Index level of a score, on the EGDI bands (inferred: the UN publishes no '
'EPI thresholds): Very High >= 0.75, High >= 0.50, Middle >= 0.25, else Low; '
'a score outside [0, 1] or NaN raises 22003';
