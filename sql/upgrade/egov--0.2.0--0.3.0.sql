-- egov 0.2.0 -> 0.3.0, frozen as released (generated then from sql/egov/89_documentation.sql, 22_composite.sql, 24_hci.sql and the DROPs in sql/upgrade/0.2.0--0.3.0.d/).
\echo Use "ALTER EXTENSION egov UPDATE" to load this file. \quit

-- sql/egov/89_documentation.sql
-- Comments for objects that 0.1.0 and 0.2.0 left undocumented: the fields of
-- the composite result types, which psql shows with \d+ and \dT+.  They are
-- kept here, not next to the types, so that one file serves both a fresh
-- install and the upgrade from 0.2.0 (listed in sql/upgrade/0.2.0--0.3.0).
-- test/pgtap/documented.sql requires a comment on every member of egov, on
-- every column of its tables and views and on every attribute of its types.

-- egov.egdi_stats (30_egdi_stats.sql): result of the aggregate egov.egdi_stats
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

-- egov.winsorise_report (72_winsorise.sql): result of the window function
-- egov.winsorise_report, the same on every row of a partition
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

-- egov.rank_uncertainty (73_rank_uncertainty.sql): result of the window
-- function egov.rank_uncertainty; the whole value is NULL for a row with a
-- NULL component
COMMENT ON COLUMN @extschema@.rank_uncertainty.median_rank IS
'Median competition rank over the draws (nearest rank: the ceil(draws / 2)-th smallest)';
COMMENT ON COLUMN @extschema@.rank_uncertainty.rank_p05 IS
'5th percentile rank over the draws (nearest rank: the ceil(0.05 draws)-th smallest): '
'the best rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty.rank_p95 IS
'95th percentile rank over the draws (nearest rank: the ceil(0.95 draws)-th smallest): '
'the worst rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty.share_in_same_level IS
'Share of draws, 0 to 1, in which the country stays in its EGDI group at equal weights';

-- sql/upgrade/0.2.0--0.3.0.d/drop_composite_2arg.sql
-- egov.composite gained a third argument, method: the two-argument function
-- is replaced (an overload would make composite(x) ambiguous).
DROP FUNCTION @extschema@.composite(pg_catalog.float8[], pg_catalog.float8[]);

-- sql/egov/22_composite.sql
-- A component index (TII, HCI ...) from raw indicators, the UN recipe in one
-- window function: z-scores, weighted mean, min-max to [0, 1]; or the
-- weighted geometric mean of positive indicators, min-max to [0, 1].

CREATE FUNCTION @extschema@.composite(indicators float8[], weights float8[] DEFAULT NULL,
                                      method text DEFAULT 'arithmetic')
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_composite'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite(float8[], float8[], text) IS
'Window function: a composite index over the partition, min-maxed to [0, 1]. '
'method ''arithmetic'' (the UN recipe): z-score each indicator (sample '
'deviation; a constant indicator gives 0), take the weighted mean of the '
'z-scores; method ''geometric'' (COINr a_gmean): the weighted geometric mean of '
'the indicators as given, which must all be positive (22023 naming the row, '
'the indicator and its value otherwise). Weights are normalised to sum 1, NULL '
'= equal; a row with a NULL indicator gives NULL and is left out; NULL when the '
'composite does not vary; bad arrays or weights, a NULL or unknown method raise '
'22023';

-- sql/upgrade/0.2.0--0.3.0.d/drop_hci_4arg.sql
-- egov.hci gained a fifth argument, weights (an open point of the method):
-- the four-argument function is replaced (an overload would make hci(a, b, c, d)
-- ambiguous).
DROP FUNCTION @extschema@.hci(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8);

-- sql/egov/24_hci.sql
-- The UN DESA Human Capital Index as a window function over an edition:
-- egov.composite of the four indicators with the 2014+ weights, which are a
-- parameter because the primary text was not at hand to settle them (the
-- formula is quoted as 1/3, 2/9, 2/9, 2/9; an earlier reading had 1/9 for
-- literacy, which does not sum to 1).  New in 0.3.0 with the weights
-- argument; the four-argument function of 0.1.0/0.2.0 is dropped by
-- sql/upgrade/0.2.0--0.3.0.d/drop_hci_4arg.sql.

CREATE FUNCTION @extschema@.hci(adult_literacy float8, gross_enrolment float8,
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
'formula as usually quoted from the survey annex (open point in '
'methodology.md: not checked against the primary text here; the earlier '
'reading 1/9, 2/9, 2/9, 2/9 is weights => ''{1,2,2,2}''); NULL weights = equal; '
'equal to egov.composite(ARRAY[a, b, c, d], weights); a row with a NULL '
'indicator gives NULL and is left out; NaN or infinite input and bad weights '
'raise 22023';
