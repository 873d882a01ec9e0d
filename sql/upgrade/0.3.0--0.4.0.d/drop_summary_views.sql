-- 0.4.0 gives the summary views' means and shares a fixed scale
-- (numeric(5,4) instead of float8), a column type CREATE OR REPLACE VIEW
-- cannot change: drop them before 60_report.sql and 81_epi_report.sql
-- create them again.  No view of egov's depends on them.
DROP VIEW @extschema@.level_summary, @extschema@.region_summary, @extschema@.epi_region_summary;
