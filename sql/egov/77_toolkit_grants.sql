-- Every role may read the toolkit's reports, like the survey views they are
-- built on (new in 0.2.0: the 0.1.0 views had no grant).
GRANT SELECT ON @extschema@.rank_uncertainty_report TO PUBLIC;
GRANT SELECT ON @extschema@.component_sensitivity TO PUBLIC;
