-- egov.import_un_csv(csv, delimiter, provenance, keep_inconsistent) of
-- 0.4.0: 55_loader.sql replaces it with a form that also takes survey_year
-- and dry_run (CREATE OR REPLACE cannot add parameters).
DROP FUNCTION @extschema@.import_un_csv(text, text, text, boolean);

-- egov._assessed_by_rule (53_edition_provenance.sql) calls
-- egov.egdi(..., survey_year), which reads egov.edition_method from 0.5.0.
ALTER FUNCTION @extschema@._assessed_by_rule(numeric, numeric, numeric, numeric, integer) STABLE;
