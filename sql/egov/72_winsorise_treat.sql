-- COINr's Treat(): winsorising, then a log or Box-Cox transform of a
-- variable that winsorising could not bring within the thresholds.

CREATE FUNCTION @extschema@.treat(
    x float8,
    winmax int DEFAULT 5,
    skew_thresh float8 DEFAULT 2,
    kurt_thresh float8 DEFAULT 3.5,
    fallback text DEFAULT 'log_CT',
    lambda float8 DEFAULT NULL)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_treat'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.treat(float8, int, float8, float8, text, float8) IS
'Window function: COINr''s Treat() of the partition: x as egov.winsorise leaves it, unless the '
'winsorised values still fail (egov.winsorise_report passes = false); then the fallback of the '
'original values: ''log_CT'' ln(x - min + 0.01 (max - min)), ''log_CT_orig'' ln(x - min + 1), '
'''boxcox'' ((x - min + 1)^lambda - 1) / lambda (ln(x - min + 1) for lambda 0; COINr''s boxcox '
'with makepos), or ''none'' (the winsorised x). NULL gives NULL; NaN or infinite values, NULL, '
'negative or varying parameters, an unknown fallback, lambda missing with ''boxcox'' or given with '
'another fallback raise 22023; a Box-Cox value beyond float8 raises 22003';
