-- EGDI from its components.

CREATE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8) IS
'E-Government Development Index: the mean of OSI, HCI and TII, each in [0, 1]; '
'a component outside [0, 1], NaN or infinite raises 22003';

-- (From 0.5.0, 56_edition_method.sql replaces this form by one that reads
-- the edition's weights from egov.edition_method.)
CREATE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8, survey_year int)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi_edition'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8, int) IS
'E-Government Development Index with the weights of the given survey edition: '
'0.34 OSI + 0.33 HCI + 0.33 TII in 2008 and 2010, equal thirds in every other year, '
'including years after the latest known edition; a year before 2001 (the first survey) '
'raises 22023, a component outside [0, 1], NaN or infinite raises 22003';
