-- EGDI from its components.

CREATE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8) IS
'E-Government Development Index: the mean of OSI, HCI and TII, each in [0, 1]; '
'a component outside [0, 1], NaN or infinite raises 22003';
