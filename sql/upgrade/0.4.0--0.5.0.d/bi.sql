-- 0.5.0 gives the reporting views' index columns a fixed precision and
-- scale (numeric(6,5)) and new columns beside existing ones (iso2, m49,
-- decimals, sort keys), changes CREATE OR REPLACE VIEW cannot make, and
-- egov.rank_uncertainty_edition a longer result row: drop them (the views
-- built on another first) before their sources create them again.
-- egov.edition_comparison reads egdi_report by name only at run time.
DROP VIEW @extschema@.level_summary, @extschema@.region_summary, @extschema@.egdi_report,
	@extschema@.epi_region_summary, @extschema@.epi_report,
	@extschema@.losi_criterion_summary, @extschema@.losi_report,
	@extschema@.rank_uncertainty_report;
DROP FUNCTION @extschema@.rank_uncertainty_edition(int, int, float8, int);
