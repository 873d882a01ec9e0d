-- Replaced by versions with new parameters (defaults keep old calls
-- working): egov.import_un_csv(csv, delimiter, provenance,
-- keep_inconsistent) in 55_loader.sql and egov._csv_body(csv, delimiter)
-- in 54_csv.sql.  Dropped first, or the old and new signatures would make
-- a one-argument call ambiguous.
DROP FUNCTION @extschema@.import_un_csv(text);
DROP FUNCTION @extschema@._csv_body(text);
-- The LOSI loaders take the delimiter too (85_assessment_loader.sql).
DROP FUNCTION @extschema@.import_cities(text);
DROP FUNCTION @extschema@.import_losi_indicators(text);
DROP FUNCTION @extschema@.import_losi_assessments(text);
