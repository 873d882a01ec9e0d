-- Outlier treatment by winsorising (COINr's rule), with its report.

CREATE FUNCTION @extschema@.winsorise(
    x float8,
    winmax int DEFAULT 5,
    skew_thresh float8 DEFAULT 2,
    kurt_thresh float8 DEFAULT 3.5)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_winsorise'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.winsorise(float8, int, float8, float8) IS
'Window function: x after COINr''s winsorising of the partition: while |skewness| >= '
'skew_thresh and excess kurtosis >= kurt_thresh (sample G1 and G2, as COINr check_SkewKurt) '
'and fewer than winmax points have been moved, every point at the extreme on the side of '
'the skew takes the next value inward; see egov.winsorise_report for what changed. NULL '
'gives NULL; NaN or infinite values, NULL, negative or varying parameters raise 22023';

CREATE TYPE @extschema@.winsorise_report AS (
    n                int8,
    winsorised_low   int,
    winsorised_high  int,
    skew_before      float8,
    kurt_before      float8,
    skew_after       float8,
    kurt_after       float8,
    passes           boolean
);

COMMENT ON TYPE @extschema@.winsorise_report IS
'What egov.winsorise did to a partition: non-NULL values, points moved at the low and high '
'end, sample skewness and excess kurtosis before and after, and whether the result passes '
'(NULL statistics and verdict when fewer than 4 values or all equal)';
COMMENT ON COLUMN @extschema@.winsorise_report.n IS
'Non-NULL values in the partition';
COMMENT ON COLUMN @extschema@.winsorise_report.winsorised_low IS
'Points moved up from the low end (0 if none)';
COMMENT ON COLUMN @extschema@.winsorise_report.winsorised_high IS
'Points moved down from the high end (0 if none)';
COMMENT ON COLUMN @extschema@.winsorise_report.skew_before IS
'Sample skewness G1 before treatment; NULL for fewer than 4 values or all equal';
COMMENT ON COLUMN @extschema@.winsorise_report.kurt_before IS
'Sample excess kurtosis G2 before treatment; NULL for fewer than 4 values or all equal';
COMMENT ON COLUMN @extschema@.winsorise_report.skew_after IS
'Sample skewness G1 after treatment; NULL for fewer than 4 values or all equal';
COMMENT ON COLUMN @extschema@.winsorise_report.kurt_after IS
'Sample excess kurtosis G2 after treatment; NULL for fewer than 4 values or all equal';
COMMENT ON COLUMN @extschema@.winsorise_report.passes IS
'True if the treated values pass COINr''s test (|skew_after| < skew_thresh or kurt_after '
'< kurt_thresh); false if winmax points were moved and they still fail; NULL when the '
'statistics after treatment are NULL';

CREATE FUNCTION @extschema@.winsorise_report(
    x float8,
    winmax int DEFAULT 5,
    skew_thresh float8 DEFAULT 2,
    kurt_thresh float8 DEFAULT 3.5)
RETURNS @extschema@.winsorise_report
AS 'MODULE_PATHNAME', 'egov_winsorise_report'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.winsorise_report(float8, int, float8, float8) IS
'Window function: the same report on every row of the partition for egov.winsorise with the '
'same arguments: points winsorised per side, skewness and kurtosis before and after, passes';
