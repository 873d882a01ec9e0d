-- The UN DESA Human Capital Index as a window function over an edition:
-- egov.composite of the four indicators with the 2014+ weights, which are a
-- parameter because the primary text was not at hand to settle them (the
-- formula is quoted as 1/3, 2/9, 2/9, 2/9; an earlier reading had 1/9 for
-- literacy, which does not sum to 1).  New in 0.3.0 with the weights
-- argument; the four-argument function of 0.1.0/0.2.0 is dropped by the
-- frozen sql/upgrade/egov--0.2.0--0.3.0.sql.  OR REPLACE: the update to 0.4.0
-- re-runs this file, whose comment it rewords; the definition is 0.3.0's.

CREATE OR REPLACE FUNCTION @extschema@.hci(adult_literacy float8, gross_enrolment float8,
                                           expected_schooling_years float8,
                                           mean_schooling_years float8,
                                           weights float8[] DEFAULT '{3,2,2,2}')
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_hci'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.hci(float8, float8, float8, float8, float8[]) IS
'Window function: Human Capital Index, the 2014+ recipe: z-score each of '
'adult literacy, gross enrolment ratio, expected and mean years of schooling '
'over the partition (sample deviation), weighted mean, min-max to [0, 1]; '
'weights default to 3, 2, 2, 2 normalised, i.e. 1/3, 2/9, 2/9, 2/9, the '
'formula as usually quoted from the survey annex (an open point: not '
'confirmed against the primary text; the earlier reading 1/9, 2/9, 2/9, 2/9 '
'is weights => ''{1,2,2,2}''); NULL weights = equal; '
'equal to egov.composite(ARRAY[a, b, c, d], weights); a row with a NULL '
'indicator gives NULL and is left out; NaN or infinite input and bad weights '
'raise 22023';
