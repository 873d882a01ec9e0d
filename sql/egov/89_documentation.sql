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
