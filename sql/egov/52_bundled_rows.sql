-- Bundled rows and user rows, so that pg_dump/pg_restore is exact.
--
-- CREATE EXTENSION loads the bundled data (bundled = true); at restore it
-- does so again, so a dump must carry only what users did to the tables:
--   * rows users added or changed: every table is registered with
--     pg_extension_config_dump(..., 'WHERE NOT bundled');
--   * an UPDATE makes a row a user row (bundled = false);
--   * an INSERT whose key a bundled row holds updates that bundled row
--     instead (the insert itself is skipped), so a restored user row takes
--     the place of the bundled row CREATE EXTENSION has just loaded, without
--     a duplicate key and without breaking rows that reference it;
--   * deleting a bundled row records its key in egov.withdrawn_bundled_row
--     (dumped whole); restoring that record deletes the bundled row again.
-- Whether a row is bundled is never taken from the user: the triggers set
-- it from egov.loading_bundled_data().

CREATE FUNCTION @extschema@.loading_bundled_data()
RETURNS boolean
AS 'MODULE_PATHNAME', 'egov_loading_bundled_data'
LANGUAGE C VOLATILE PARALLEL RESTRICTED;

COMMENT ON FUNCTION @extschema@.loading_bundled_data() IS
'True while egov''s own extension script runs (CREATE EXTENSION egov): rows written then '
'are bundled data, which pg_dump leaves out because CREATE EXTENSION recreates them';


CREATE TABLE @extschema@.withdrawn_bundled_row (
	table_name text NOT NULL
		CHECK (table_name IN ('edition', 'country', 'country_alias', 'survey_score')),
	row_key jsonb NOT NULL
		CHECK (pg_catalog.jsonb_typeof(row_key) = 'object'),
	PRIMARY KEY (table_name, row_key)
);

COMMENT ON TABLE @extschema@.withdrawn_bundled_row IS
'Keys of bundled rows users deleted (directly, by a cascade or by re-importing a year); '
'pg_dump keeps them, and restoring one deletes the bundled row CREATE EXTENSION recreated';
COMMENT ON COLUMN @extschema@.withdrawn_bundled_row.table_name IS 'Table in schema egov';
COMMENT ON COLUMN @extschema@.withdrawn_bundled_row.row_key IS
'Primary key of the deleted row, as a JSON object of column to value';


CREATE FUNCTION @extschema@._bundled_row_before_insert()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- TG_ARGV: the table's primary-key columns
	key_match text;
	columns text;
	new_values text;
	replaced bigint;
BEGIN
	NEW.bundled := @extschema@.loading_bundled_data();
	IF NEW.bundled THEN
		RETURN NEW;
	END IF;

	SELECT string_agg(format('t.%I = ($1).%I', k, k), ' AND ')
	  INTO key_match
	  FROM unnest(TG_ARGV) AS k;
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
		   string_agg(format('($1).%I', a.attname), ', ' ORDER BY a.attnum)
	  INTO columns, new_values
	  FROM pg_attribute AS a
	 WHERE a.attrelid = TG_RELID AND a.attnum > 0
	   AND NOT a.attisdropped AND a.attgenerated = '';

	EXECUTE format('UPDATE %s AS t SET (%s) = ROW(%s) WHERE t.bundled AND %s',
				   TG_RELID::regclass, columns, new_values, key_match)
	  USING NEW;
	GET DIAGNOSTICS replaced = ROW_COUNT;
	IF replaced > 0 THEN
		RETURN NULL;			-- the bundled row now holds the new values
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._bundled_row_before_insert() IS
'Trigger: marks a new row bundled only inside egov''s extension script; a user row whose '
'key a bundled row holds replaces that row''s values instead of failing on the key';


CREATE FUNCTION @extschema@._bundled_row_before_update()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NEW.bundled := @extschema@.loading_bundled_data();
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._bundled_row_before_update() IS
'Trigger: a row users change becomes a user row, which pg_dump keeps';


CREATE FUNCTION @extschema@._bundled_row_after_delete()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- TG_ARGV: the table's primary-key columns
	IF OLD.bundled AND NOT @extschema@.loading_bundled_data() THEN
		INSERT INTO @extschema@.withdrawn_bundled_row (table_name, row_key)
		SELECT TG_TABLE_NAME, jsonb_object_agg(k, to_jsonb(OLD) -> k)
		  FROM unnest(TG_ARGV) AS k
		ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._bundled_row_after_delete() IS
'Trigger: records the key of a deleted bundled row in egov.withdrawn_bundled_row';


CREATE FUNCTION @extschema@._withdrawn_bundled_row_after_insert()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- at restore: CREATE EXTENSION has recreated the row; delete it again
	EXECUTE format('DELETE FROM @extschema@.%I AS t WHERE t.bundled AND to_jsonb(t) @> $1',
				   NEW.table_name)
	  USING NEW.row_key;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._withdrawn_bundled_row_after_insert() IS
'Trigger: deletes the bundled row a restored egov.withdrawn_bundled_row names';

CREATE TRIGGER withdrawn_bundled_row_delete
	AFTER INSERT ON @extschema@.withdrawn_bundled_row
	FOR EACH ROW EXECUTE FUNCTION @extschema@._withdrawn_bundled_row_after_insert();


CREATE TRIGGER bundled_row_insert BEFORE INSERT ON @extschema@.edition
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_insert('survey_year');
CREATE TRIGGER bundled_row_update BEFORE UPDATE ON @extschema@.edition
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_update();
CREATE TRIGGER bundled_row_delete AFTER DELETE ON @extschema@.edition
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_after_delete('survey_year');

CREATE TRIGGER bundled_row_insert BEFORE INSERT ON @extschema@.country
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_insert('iso3');
CREATE TRIGGER bundled_row_update BEFORE UPDATE ON @extschema@.country
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_update();
CREATE TRIGGER bundled_row_delete AFTER DELETE ON @extschema@.country
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_after_delete('iso3');

CREATE TRIGGER bundled_row_insert BEFORE INSERT ON @extschema@.country_alias
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_insert('alias_key');
CREATE TRIGGER bundled_row_update BEFORE UPDATE ON @extschema@.country_alias
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_update();
CREATE TRIGGER bundled_row_delete AFTER DELETE ON @extschema@.country_alias
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_after_delete('alias_key');

CREATE TRIGGER bundled_row_insert BEFORE INSERT ON @extschema@.survey_score
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_insert('survey_year', 'iso3');
CREATE TRIGGER bundled_row_update BEFORE UPDATE ON @extschema@.survey_score
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_update();
CREATE TRIGGER bundled_row_delete AFTER DELETE ON @extschema@.survey_score
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_after_delete('survey_year', 'iso3');


-- pg_dump keeps user rows only; CREATE EXTENSION brings back the rest.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.edition', 'WHERE NOT bundled');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country', 'WHERE NOT bundled');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.country_alias', 'WHERE NOT bundled');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.survey_score', 'WHERE NOT bundled');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.withdrawn_bundled_row', '');

-- Every role may read it, like the survey tables (50_survey_tables.sql);
-- the role that installs egov may write it (see there).
GRANT SELECT ON @extschema@.withdrawn_bundled_row TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.withdrawn_bundled_row TO @extowner@;
