-- The 2024 edition, bundled from 0.5.0 (data/un-desa/EGOV_DATA_2024.csv;
-- attribution in data/NOTICE.md).  CREATE EXTENSION loads it like the
-- editions of 57_bundled_data.sql; ALTER EXTENSION egov UPDATE from 0.4.0
-- runs this file too and so adds 2024 to a database that has no 2024.
--
-- A database that already holds a 2024 edition of its own (imported or
-- built by a user) keeps it: the update never overwrites user rows.  It
-- then stands exactly as if the user had imported that edition over the
-- bundled one in a fresh install: the bundled 2024 rows are recorded as
-- withdrawn (egov.withdrawn_bundled_row), so a dump restores the user's
-- edition and not the UN's, and a NOTICE says how to load the UN's table.
-- (The file's names need the aliases of 58_country_aliases.sql, hence its
-- place after it.)
DO $bundled_2024$
DECLARE
	csv constant text := @data:data/un-desa/EGOV_DATA_2024.csv@;
BEGIN
	IF NOT EXISTS (SELECT FROM @extschema@.edition AS e WHERE e.survey_year = 2024) THEN
		PERFORM @extschema@.import_un_csv(csv);
		RETURN;
	END IF;
	INSERT INTO @extschema@.withdrawn_bundled_row (table_name, row_key)
	SELECT 'survey_score', pg_catalog.jsonb_build_object('survey_year', 2024, 'iso3', @extschema@.country_iso3(r.fields[2]))
	  FROM @extschema@.csv_records(csv) AS r
	 WHERE r.line_no > 1
	ON CONFLICT DO NOTHING;
	RAISE NOTICE 'egov bundles the UN''s 2024 edition from 0.5.0, but this database holds a 2024 edition of its own (provenance %, % rows), which is kept as it is',
		(SELECT e.provenance FROM @extschema@.edition AS e WHERE e.survey_year = 2024),
		(SELECT pg_catalog.count(*) FROM @extschema@.survey_score AS s WHERE s.survey_year = 2024)
		USING HINT = 'To use the UN''s table instead, import data/un-desa/EGOV_DATA_2024.csv of the egov sources with egov.import_un_csv.';
END
$bundled_2024$;
