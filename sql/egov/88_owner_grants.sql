-- The role that installs egov may write its tables, also when it installed
-- egov as a trusted extension without being superuser: the script then runs
-- as the bootstrap superuser, who owns the tables (new in 0.2.0).
GRANT INSERT, UPDATE, DELETE ON
	@extschema@.edition, @extschema@.country, @extschema@.country_alias,
	@extschema@.survey_score, @extschema@.withdrawn_bundled_row,
	@extschema@.assessment_edition, @extschema@.city,
	@extschema@.assessment_indicator, @extschema@.assessment
TO @extowner@;
