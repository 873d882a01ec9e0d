-- egov 0.1.0 as released: the extension script of that version, kept to test upgrades from it.
\echo Use "CREATE EXTENSION egov" to load this file. \quit

-- sql/egov/00_schema.sql
-- The extension's schema is created by CREATE EXTENSION (egov.control sets
-- schema = egov); every role may use what is in it.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- sql/egov/10_egdi.sql
-- EGDI from its components.

CREATE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8) IS
'E-Government Development Index: the mean of OSI, HCI and TII, each in [0, 1]; '
'a component outside [0, 1], NaN or infinite raises 22003';

CREATE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8, survey_year int)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi_edition'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8, int) IS
'E-Government Development Index with the weights of the given survey edition: '
'0.34 OSI + 0.33 HCI + 0.33 TII in 2008 and 2010, equal thirds in every other year, '
'including years after the latest known edition; a year before 2001 (the first survey) '
'raises 22023, a component outside [0, 1], NaN or infinite raises 22003';

-- sql/egov/11_level.sql
-- EGDI groups: the enum egov.level and the group of a score.

CREATE TYPE @extschema@.level AS ENUM ('Low', 'Middle', 'High', 'Very High');

COMMENT ON TYPE @extschema@.level IS
'EGDI group of the UN E-Government Survey, ordered Low < Middle < High < Very High';

CREATE FUNCTION @extschema@.egdi_level(score float8)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_egdi_level'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_level(float8) IS
'EGDI group of a score: Very High >= 0.75, High >= 0.50, Middle >= 0.25, else Low; '
'a score outside [0, 1] or NaN raises 22003';

-- sql/egov/20_rating_class.sql
-- Rating classes (UN E-Government Survey, 2020 on) as a window function over
-- one edition's countries.

CREATE FUNCTION @extschema@.rating_class(egdi float8)
RETURNS text
AS 'MODULE_PATHNAME', 'egov_rating_class'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rating_class(float8) IS
'Window function, used as rating_class(egdi) OVER (PARTITION BY edition): '
'the rating class VH V3 V2 V1, HV H3 H2 H1, MH M3 M2 M1 or LM L3 L2 L1 - '
'within each EGDI group the countries by EGDI descending split into quarters '
'by count like ntile(4), ties to the higher class; independent of the '
'window''s ORDER BY; NULL for a NULL EGDI (not counted); an EGDI outside '
'[0, 1] or NaN raises 22003';

-- sql/egov/21_normalise.sql
-- Normalisation window functions: min-max scaling and z-scores over the
-- window partition.  Like PostgreSQL's own window functions they are
-- IMMUTABLE; they read the whole partition, so the window's ORDER BY and
-- frame never change a result.

CREATE FUNCTION @extschema@.minmax(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_minmax'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.minmax(float8) IS
'Window function: (x - min) / (max - min) over the partition, in [0, 1]; '
'NULL for a NULL x and for a partition without two distinct values; '
'NULLs are left out of min and max; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.zscore(x float8, population boolean DEFAULT false)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_zscore'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.zscore(float8, boolean) IS
'Window function: (x - mean) / sd over the partition, sd the sample deviation '
'(like stddev_samp) or, with population => true, the population deviation '
'(like stddev_pop); NULL for a NULL x, too few values or no spread; '
'NULLs are left out of the statistics; NaN or infinite input raises 22023';

-- sql/egov/22_composite.sql
-- A component index (TII, HCI ...) from raw indicators, the UN recipe in one
-- window function: z-scores, weighted mean, min-max to [0, 1].

CREATE FUNCTION @extschema@.composite(indicators float8[], weights float8[] DEFAULT NULL)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_composite'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite(float8[], float8[]) IS
'Window function: z-score each indicator over the partition (sample '
'deviation; a constant indicator gives 0), take the weighted mean of the '
'z-scores (weights normalised to sum 1, NULL = equal), min-max it over the '
'partition to [0, 1]; a row with a NULL indicator gives NULL and is left out; '
'bad arrays or weights raise 22023 naming the row';

-- sql/egov/30_egdi_stats.sql
-- egov.egdi_stats(egdi): summary of EGDI scores in one pass, parallel safe.

CREATE TYPE @extschema@.egdi_stats AS (
    countries int,
    mean      float8,
    min       float8,
    max       float8,
    very_high int,
    high      int,
    middle    int,
    low       int
);

COMMENT ON TYPE @extschema@.egdi_stats IS
'Result of egov.egdi_stats: number of scores, their mean, min and max, and how many fall '
'in each EGDI group (Very High, High, Middle, Low)';

-- State: {N, sum, compensation, min, max, Low, Middle, High, Very High}
CREATE FUNCTION @extschema@.egdi_stats_accum(state float8[], egdi float8)
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_egdi_stats_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_accum(float8[], float8) IS
'Transition function of egov.egdi_stats: adds one score to the state '
'{N, sum, compensation, min, max, Low, Middle, High, Very High}; '
'a score outside [0, 1] or NaN raises 22003';

CREATE FUNCTION @extschema@.egdi_stats_combine(state1 float8[], state2 float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'egov_egdi_stats_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_combine(float8[], float8[]) IS
'Combine function of egov.egdi_stats: merges two partial states (parallel aggregation)';

CREATE FUNCTION @extschema@.egdi_stats_final(state float8[])
RETURNS @extschema@.egdi_stats
AS 'MODULE_PATHNAME', 'egov_egdi_stats_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_stats_final(float8[]) IS
'Final function of egov.egdi_stats: turns the state into an egov.egdi_stats value';

CREATE AGGREGATE @extschema@.egdi_stats(egdi float8) (
    SFUNC       = @extschema@.egdi_stats_accum,
    STYPE       = float8[],
    FINALFUNC   = @extschema@.egdi_stats_final,
    COMBINEFUNC = @extschema@.egdi_stats_combine,
    INITCOND    = '{0,0,0,0,0,0,0,0,0}',
    PARALLEL    = SAFE
);

COMMENT ON AGGREGATE @extschema@.egdi_stats(float8) IS
'Count, mean, min, max and EGDI group counts of the scores, in one pass; NULLs are ignored; '
'a score outside [0, 1] or NaN raises 22003; over no scores countries and the group counts '
'are 0 and mean, min, max NULL';

-- sql/egov/50_survey_tables.sql
-- Survey tables: editions, countries, country-name aliases and the published
-- scores.  Every table has a `bundled` column: true for the rows egov's own
-- extension script loads, false for rows users add or change (see
-- 52_bundled_rows.sql for how that keeps pg_dump/pg_restore exact).

-- The bundled names (Côte d'Ivoire, São Tomé and Príncipe, ...) and the
-- accent folding below are UTF-8 text; in a database of another encoding
-- they would be misread or fail half-way, so refuse plainly instead.
DO $$
BEGIN
	IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
		RAISE EXCEPTION 'egov needs a database with encoding UTF8, this one is %',
			pg_catalog.getdatabaseencoding()
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'CREATE DATABASE ... ENCODING ''UTF8'' TEMPLATE template0';
	END IF;
END
$$;

-- Country names as they are compared: case, surrounding and repeated spaces,
-- accents and typographic apostrophes do not count.  translate() folds the
-- Latin letters with diacritics that UN and ISO country names use; lower()
-- under the "C" collation then folds ASCII only, so the result does not
-- depend on the database's locale and the function is truly IMMUTABLE.
CREATE FUNCTION @extschema@.country_key(name text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.lower(
	pg_catalog.btrim(
		pg_catalog.regexp_replace(
			pg_catalog.translate(name,
				'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎďÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏĪİìíîïīıŁłÑŃŇñńňÒÓÔÕÖØŌŐòóôõöøōőŘřŚŠŞȘśšşșŤȚťțÙÚÛÜŪŮŰùúûüūůűÝŸýÿŹŻŽźżž’‘`´ ',
				'AAAAAAAAAaaaaaaaaaCCCcccDdEEEEEEEEeeeeeeeeGgIIIIIIiiiiiiLlNNNnnnOOOOOOOOooooooooRrSSSSssssTTttUUUUUUUuuuuuuuYYyyZZZzzz'''''''' '),
			'[[:space:]]+', ' ', 'g'),
		' ') COLLATE "C");

COMMENT ON FUNCTION @extschema@.country_key(text) IS
'Country name as egov compares it: accents and typographic apostrophes folded, '
'surrounding and repeated spaces removed, ASCII lower case (Côte d''Ivoire, '
'"COTE D''IVOIRE " and Cote d’Ivoire give the same key)';


CREATE TABLE @extschema@.edition (
	survey_year integer PRIMARY KEY
		CHECK (survey_year BETWEEN 2001 AND 2999),
	egdi_decimals integer NOT NULL
		CHECK (egdi_decimals BETWEEN 1 AND 15),
	bundled boolean NOT NULL DEFAULT false
);

COMMENT ON TABLE @extschema@.edition IS
'Editions of the UN E-Government Survey held in egov.survey_score (the first survey was 2001)';
COMMENT ON COLUMN @extschema@.edition.survey_year IS 'Year of the edition';
COMMENT ON COLUMN @extschema@.edition.egdi_decimals IS
'Decimals the edition publishes the EGDI to (5 through 2016, 4 from 2018); '
'ranks are competition ranks of the EGDI rounded to this precision';
COMMENT ON COLUMN @extschema@.edition.bundled IS
'True for the editions CREATE EXTENSION loads, false for rows users added or changed';


CREATE TABLE @extschema@.country (
	iso3 text PRIMARY KEY
		CHECK (iso3 ~ '^[A-Z]{3}$'),
	name text NOT NULL
		CHECK (name = pg_catalog.btrim(name) AND name <> ''),
	official_name text
		CHECK (official_name = pg_catalog.btrim(official_name) AND official_name <> ''),
	region text NOT NULL
		CHECK (region IN ('Africa', 'Americas', 'Asia', 'Europe', 'Oceania')),
	subregion text NOT NULL
		CHECK (subregion = pg_catalog.btrim(subregion) AND subregion <> ''),
	income_group text
		CHECK (income_group IN ('Low', 'Lower-Middle', 'Upper-Middle', 'High')),
	development_status text
		CHECK (development_status IN ('Developed', 'Developing')),
	bundled boolean NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX country_name_key_idx
	ON @extschema@.country (@extschema@.country_key(name));
CREATE INDEX country_official_name_key_idx
	ON @extschema@.country (@extschema@.country_key(official_name));

COMMENT ON TABLE @extschema@.country IS
'UN Member States with the survey''s regional grouping (UNU-EGOV country list: '
'UN M49 regions and the older M49 sub-regions) and World Bank income group';
COMMENT ON COLUMN @extschema@.country.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.country.name IS 'Common English name (unique after egov.country_key)';
COMMENT ON COLUMN @extschema@.country.official_name IS 'Official English name';
COMMENT ON COLUMN @extschema@.country.region IS 'UN region: Africa, Americas, Asia, Europe or Oceania';
COMMENT ON COLUMN @extschema@.country.subregion IS 'UN sub-region as the survey uses it (e.g. Western Africa, Caribbean)';
COMMENT ON COLUMN @extschema@.country.income_group IS 'World Bank income group: Low, Lower-Middle, Upper-Middle or High';
COMMENT ON COLUMN @extschema@.country.development_status IS 'Developed or Developing (World Bank)';
COMMENT ON COLUMN @extschema@.country.bundled IS
'True for the countries CREATE EXTENSION loads, false for rows users added or changed';


CREATE TABLE @extschema@.country_alias (
	alias_key text PRIMARY KEY
		CHECK (alias_key = @extschema@.country_key(alias_key) AND alias_key <> ''),
	alias text NOT NULL
		CHECK (@extschema@.country_key(alias) = alias_key),
	iso3 text NOT NULL
		REFERENCES @extschema@.country ON UPDATE CASCADE ON DELETE CASCADE,
	bundled boolean NOT NULL DEFAULT false
);

CREATE INDEX country_alias_iso3_idx ON @extschema@.country_alias (iso3);

COMMENT ON TABLE @extschema@.country_alias IS
'Other spellings of country names (UN export names, former names); a name resolves '
'through egov.country_iso3, which also knows each country''s name and official name. '
'Add one with INSERT INTO egov.country_alias (alias, iso3) VALUES (''Vietnam'', ''VNM'')';
COMMENT ON COLUMN @extschema@.country_alias.alias_key IS
'egov.country_key(alias), filled in on insert and update';
COMMENT ON COLUMN @extschema@.country_alias.alias IS 'The spelling as written';
COMMENT ON COLUMN @extschema@.country_alias.iso3 IS 'Country the spelling names';
COMMENT ON COLUMN @extschema@.country_alias.bundled IS
'True for the aliases CREATE EXTENSION loads, false for rows users added or changed';

-- The key is derived, so users give only the spelling.
CREATE FUNCTION @extschema@._country_alias_fill_key()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	NEW.alias_key := @extschema@.country_key(NEW.alias);
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._country_alias_fill_key() IS
'Trigger: sets egov.country_alias.alias_key from the alias';

-- Named to fire before the bundled_row_* triggers (triggers fire in name
-- order), which need the key.
CREATE TRIGGER alias_key_fill
	BEFORE INSERT OR UPDATE ON @extschema@.country_alias
	FOR EACH ROW EXECUTE FUNCTION @extschema@._country_alias_fill_key();


CREATE TABLE @extschema@.survey_score (
	survey_year integer NOT NULL
		REFERENCES @extschema@.edition ON UPDATE CASCADE ON DELETE CASCADE,
	iso3 text NOT NULL
		REFERENCES @extschema@.country ON UPDATE CASCADE,
	egdi_rank integer CHECK (egdi_rank >= 1),
	egdi numeric CHECK (egdi BETWEEN 0 AND 1),
	epi numeric CHECK (epi BETWEEN 0 AND 1),
	osi numeric CHECK (osi BETWEEN 0 AND 1),
	-- HCI lies in [0, 1] except two 2003 values UN DESA published above 1
	-- and used in that year's EGDI; exactly those are admitted, and only
	-- with a note saying so.
	hci numeric CONSTRAINT survey_score_hci_range CHECK (hci BETWEEN 0 AND 1
					   OR (survey_year = 2003 AND source_note IS NOT NULL
						   AND ((iso3 = 'FSM' AND hci = 1.422)
								OR (iso3 = 'TUV' AND hci = 1.03)))),
	tii numeric CHECK (tii BETWEEN 0 AND 1),
	assessed boolean NOT NULL
		GENERATED ALWAYS AS (egdi_rank IS NOT NULL AND egdi IS DISTINCT FROM 0) STORED,
	source_note text CHECK (source_note <> ''),
	bundled boolean NOT NULL DEFAULT false,
	PRIMARY KEY (survey_year, iso3)
);

CREATE INDEX survey_score_iso3_idx ON @extschema@.survey_score (iso3, survey_year);

COMMENT ON TABLE @extschema@.survey_score IS
'Published scores of the UN E-Government Survey: one row per edition and country. '
'Rows without a rank or with EGDI 0 are not assessed and enter no statistic';
COMMENT ON COLUMN @extschema@.survey_score.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.survey_score.iso3 IS 'Country';
COMMENT ON COLUMN @extschema@.survey_score.egdi_rank IS 'Published EGDI rank (NULL: not ranked)';
COMMENT ON COLUMN @extschema@.survey_score.egdi IS
'Published E-Government Development Index (NULL: not published; egov.egdi_report computes it)';
COMMENT ON COLUMN @extschema@.survey_score.epi IS 'Published E-Participation Index';
COMMENT ON COLUMN @extschema@.survey_score.osi IS 'Published Online Service Index';
COMMENT ON COLUMN @extschema@.survey_score.hci IS
'Published Human Capital Index; above 1 only for the two 2003 source errors (Micronesia 1.422, Tuvalu 1.03)';
COMMENT ON COLUMN @extschema@.survey_score.tii IS 'Published Telecommunication Infrastructure Index';
COMMENT ON COLUMN @extschema@.survey_score.assessed IS
'Derived: ranked and EGDI not 0.  Rows not assessed are kept as published but enter no rank, mean or count';
COMMENT ON COLUMN @extschema@.survey_score.source_note IS
'Known error in the published source that the row keeps as published (see data/NOTICE.md)';
COMMENT ON COLUMN @extschema@.survey_score.bundled IS
'True for the scores CREATE EXTENSION loads, false for rows users added or changed';


-- Which country a spelling names: an alias first (users' additions win),
-- then the common name, then the official name.  NULL if none.
CREATE FUNCTION @extschema@.country_iso3(name text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT m.iso3
	FROM (SELECT a.iso3, 1 AS pref
			FROM @extschema@.country_alias AS a
			WHERE a.alias_key = @extschema@.country_key(country_iso3.name)
		  UNION ALL
		  SELECT c.iso3, 2
			FROM @extschema@.country AS c
			WHERE @extschema@.country_key(c.name) = @extschema@.country_key(country_iso3.name)
		  UNION ALL
		  SELECT c.iso3, 3
			FROM @extschema@.country AS c
			WHERE @extschema@.country_key(c.official_name) = @extschema@.country_key(country_iso3.name)
		 ) AS m
	ORDER BY m.pref, m.iso3
	LIMIT 1;
END;

COMMENT ON FUNCTION @extschema@.country_iso3(text) IS
'ISO3 code of a country name in any known spelling (egov.country_alias, then the common '
'name, then the official name, compared by egov.country_key); NULL if unknown';

-- sql/egov/52_bundled_rows.sql
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

-- Every role may read the survey tables; writing them (and so
-- egov.import_un_csv) is for their owner unless granted.
GRANT SELECT ON @extschema@.edition, @extschema@.country, @extschema@.country_alias,
	@extschema@.survey_score, @extschema@.withdrawn_bundled_row TO PUBLIC;

-- sql/egov/54_csv.sql
-- CSV records with the line each starts on (parsed in C, src/csv.c).

CREATE FUNCTION @extschema@.csv_records(csv text, delimiter text DEFAULT ',')
RETURNS TABLE (line_no integer, fields text[])
AS 'MODULE_PATHNAME', 'egov_csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 200;

COMMENT ON FUNCTION @extschema@.csv_records(text, text) IS
'Splits CSV text into records: line_no is the line a record starts on, fields its fields '
'as written.  Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, quoted fields '
'("" inside), a last line without a line end; skips empty lines.  An unterminated quote, '
'a quote inside an unquoted field or text after a closing quote raises 22P02 naming the '
'line; a delimiter other than one ASCII character raises 22023';

-- sql/egov/55_loader.sql
-- egov.import_un_csv: load one UN E-Government Data-Center export.
--
-- The C parser (egov.csv_records) only splits the text; every judgement is
-- made here, where an error can name the line, the column and the value.
-- Everything is checked before anything is written, and the function runs
-- inside one statement, so a refused file leaves the tables as they were.

-- A number as written in a UN export: plain decimal or exponent notation.
-- NULL for an empty field (not published); 22P02 for anything else,
-- including NaN and Infinity, which numeric would accept.
CREATE FUNCTION @extschema@._csv_number(value text, line_no integer, column_name text)
RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v text := btrim(value);
BEGIN
	IF v IS NULL OR v = '' THEN
		RETURN NULL;
	END IF;
	IF v !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$' THEN
		RAISE EXCEPTION 'line %, column "%": "%" is not a number', line_no, column_name, value
			USING ERRCODE = 'invalid_text_representation';
	END IF;
	RETURN v::numeric;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_number(text, integer, text) IS
'Loader helper: a CSV field as numeric, NULL if empty, 22P02 naming line and column if not a number';


-- The known errors of the published tables that egov keeps as published
-- (data/NOTICE.md); NULL for any other row.
CREATE FUNCTION @extschema@._source_note(survey_year integer, iso3 text, egdi numeric, hci numeric)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
	WHEN survey_year = 2003 AND ((iso3 = 'FSM' AND hci = 1.422) OR (iso3 = 'TUV' AND hci = 1.03))
		THEN 'HCI above 1 as published by UN DESA (a source error, kept as published)'
	WHEN survey_year = 2008 AND ((iso3 = 'CMR' AND egdi = 0.2734) OR (iso3 = 'KHM' AND egdi = 0.2989))
		THEN 'published EGDI does not follow from the published OSI, HCI and TII (a source error)'
END;

COMMENT ON FUNCTION @extschema@._source_note(integer, text, numeric, numeric) IS
'Loader helper: the note for a known source error kept as published (2003 HCI of '
'Micronesia and Tuvalu, 2008 EGDI of Cameroon and Cambodia), else NULL';


CREATE FUNCTION @extschema@.import_un_csv(csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wanted constant text[] := ARRAY[
		'Survey Year', 'Country Name', 'E-Government Rank', 'E-Government Index',
		'E-Participation Index', 'Online Service Index', 'Human Capital Index',
		'Telecommunication Infrastructure Index'];
	pos integer[] := ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL]::integer[];
	header text[];
	rec record;
	i integer;
	j integer;
	f text[];
	year integer;
	year_line integer;
	row_year integer;
	name text;
	code text;
	rank_text text;
	rank integer;
	vals numeric[];
	seen jsonb := '{}';
	-- the validated rows, column by column
	r_iso3 text[] := '{}';
	r_rank integer[] := '{}';
	r_egdi numeric[] := '{}';
	r_epi numeric[] := '{}';
	r_osi numeric[] := '{}';
	r_hci numeric[] := '{}';
	r_tii numeric[] := '{}';
	r_note text[] := '{}';
	stored integer;
BEGIN
	IF csv IS NULL THEN
		RAISE EXCEPTION 'CSV text must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;

	FOR rec IN
		SELECT r.line_no, r.fields
		  FROM @extschema@.csv_records(csv) WITH ORDINALITY AS r(line_no, fields, n)
		 ORDER BY r.n
	LOOP
		f := rec.fields;

		IF header IS NULL THEN
			-- columns are found by name; others are ignored
			header := f;
			FOR i IN 1 .. cardinality(f) LOOP
				FOR j IN 1 .. cardinality(wanted) LOOP
					IF lower(btrim(f[i])) = lower(wanted[j]) THEN
						IF pos[j] IS NOT NULL THEN
							RAISE EXCEPTION 'line %: column "%" appears twice in the header (fields % and %)',
								rec.line_no, wanted[j], pos[j], i
								USING ERRCODE = 'invalid_parameter_value';
						END IF;
						pos[j] := i;
					END IF;
				END LOOP;
			END LOOP;
			FOR j IN 1 .. cardinality(wanted) LOOP
				IF pos[j] IS NULL THEN
					RAISE EXCEPTION 'line %: column "%" is missing from the header', rec.line_no, wanted[j]
						USING ERRCODE = 'invalid_parameter_value',
							  HINT = 'A UN Data-Center export has the columns ' || array_to_string(wanted, ', ') || '.';
				END IF;
			END LOOP;
			CONTINUE;
		END IF;

		-- a line of empty fields (",,,,") carries nothing
		IF btrim(array_to_string(f, '')) = '' THEN
			CONTINUE;
		END IF;
		IF cardinality(f) <> cardinality(header) THEN
			RAISE EXCEPTION 'line %: % fields, but the header has %', rec.line_no, cardinality(f), cardinality(header)
				USING ERRCODE = 'invalid_text_representation';
		END IF;

		-- one file, one edition
		IF btrim(f[pos[1]]) !~ '^[0-9]{4}$' THEN
			RAISE EXCEPTION 'line %, column "%": "%" is not a survey year', rec.line_no, wanted[1], f[pos[1]]
				USING ERRCODE = 'invalid_text_representation';
		END IF;
		row_year := btrim(f[pos[1]])::integer;
		IF row_year NOT BETWEEN 2001 AND 2999 THEN
			RAISE EXCEPTION 'line %, column "%": % is out of range (2001 to 2999)', rec.line_no, wanted[1], row_year
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		IF year IS NULL THEN
			year := row_year;
			year_line := rec.line_no;
		ELSIF row_year <> year THEN
			RAISE EXCEPTION 'line %, column "%": % differs from % on line %', rec.line_no, wanted[1], row_year, year, year_line
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'One file holds one edition; import each year separately.';
		END IF;

		name := f[pos[2]];
		IF btrim(name) = '' THEN
			RAISE EXCEPTION 'line %, column "%": the country name is empty', rec.line_no, wanted[2]
				USING ERRCODE = 'invalid_text_representation';
		END IF;
		code := @extschema@.country_iso3(name);
		IF code IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": unknown country "%"', rec.line_no, wanted[2], name
				USING ERRCODE = 'foreign_key_violation',
					  HINT = 'Add the spelling to egov.country_alias: INSERT INTO egov.country_alias (alias, iso3) VALUES (''...'', ''ISO'').';
		END IF;
		IF seen ? code THEN
			RAISE EXCEPTION 'line %, column "%": "%" is %, which line % already gave', rec.line_no, wanted[2], name, code, seen ->> code
				USING ERRCODE = 'unique_violation';
		END IF;
		seen := seen || jsonb_build_object(code, rec.line_no);

		rank_text := btrim(f[pos[3]]);
		rank := NULL;
		IF rank_text <> '' THEN
			-- some exports write ranks as floats ("136.0")
			IF rank_text !~ '^[0-9]{1,9}(\.0*)?$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not a rank', rec.line_no, wanted[3], f[pos[3]]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			rank := split_part(rank_text, '.', 1)::integer;
			IF rank < 1 THEN
				RAISE EXCEPTION 'line %, column "%": rank % is out of range (at least 1)', rec.line_no, wanted[3], rank
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
		END IF;

		-- EGDI, EPI, OSI, HCI, TII (wanted[4] .. wanted[8])
		vals := ARRAY[]::numeric[];
		FOR j IN 4 .. 8 LOOP
			vals := vals || @extschema@._csv_number(f[pos[j]], rec.line_no, wanted[j]);
			IF (vals[j - 3] < 0 OR vals[j - 3] > 1)
			   AND NOT (j = 7 AND @extschema@._source_note(year, code, NULL, vals[j - 3]) IS NOT NULL) THEN
				RAISE EXCEPTION 'line %, column "%": % is out of range (0 to 1)', rec.line_no, wanted[j], btrim(f[pos[j]])
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
		END LOOP;

		r_iso3 := r_iso3 || code;
		r_rank := r_rank || rank;
		r_egdi := r_egdi || vals[1];
		r_epi := r_epi || vals[2];
		r_osi := r_osi || vals[3];
		r_hci := r_hci || vals[4];
		r_tii := r_tii || vals[5];
		r_note := r_note || @extschema@._source_note(year, code, vals[1], vals[4]);
	END LOOP;

	IF header IS NULL THEN
		RAISE EXCEPTION 'the CSV text is empty: no header line'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF year IS NULL THEN
		RAISE EXCEPTION 'the CSV has a header but no data lines'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	-- all checked: replace the edition's rows.  Imports of one year take
	-- turns (a transaction-scoped advisory lock keyed on the year): at READ
	-- COMMITTED each statement below then sees the rows an earlier import
	-- committed, instead of colliding with them on the primary key; under
	-- REPEATABLE READ the later import fails with a serialisation error to
	-- retry.  Imports of different years run in parallel.
	PERFORM pg_catalog.pg_advisory_xact_lock(
		pg_catalog.hashtext('egov.import_un_csv'), year);
	IF NOT EXISTS (SELECT FROM @extschema@.edition AS e WHERE e.survey_year = year) THEN
		INSERT INTO @extschema@.edition (survey_year, egdi_decimals)
		VALUES (year, CASE WHEN year >= 2018 THEN 4 ELSE 5 END);
	END IF;
	DELETE FROM @extschema@.survey_score AS s WHERE s.survey_year = year;
	INSERT INTO @extschema@.survey_score
		(survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, source_note)
	SELECT year, u.*
	  FROM unnest(r_iso3, r_rank, r_egdi, r_epi, r_osi, r_hci, r_tii, r_note) AS u;
	GET DIAGNOSTICS stored = ROW_COUNT;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_un_csv(text) IS
'Loads one UN E-Government Data-Center CSV export (one edition) into egov.survey_score and '
'returns the rows stored; replaces the rows of that year already present (concurrent '
'imports of one year take turns).  All or nothing: '
'a malformed line or wrong field count (22P02), a missing column or mixed years (22023), '
'an unknown country (23503), a repeated country (23505), a value that is not a number '
'(22P02) or outside [0, 1] (22003) is refused naming the line, the column and the value';

-- sql/egov/57_bundled_data.sql
-- The bundled data: the UNU-EGOV country list, the spellings of the UN
-- exports that differ from it, and the eleven UN DESA Data-Center exports
-- 2003-2022, loaded through egov.import_un_csv like any user file.
-- Each "@data:" token (path, closing at-sign) is replaced by make with the
-- file's bytes as a dollar-quoted literal (see the Makefile).  Source and
-- attribution of the data: data/NOTICE.md.

INSERT INTO @extschema@.country
	(iso3, name, official_name, region, subregion, income_group, development_status)
SELECT pg_catalog.btrim(r.fields[1]),
	   pg_catalog.btrim(r.fields[2]),
	   -- one official name has a doubled space ("United Republic  of Tanzania")
	   pg_catalog.regexp_replace(pg_catalog.btrim(r.fields[3]), '[[:space:]]+', ' ', 'g'),
	   pg_catalog.btrim(r.fields[4]),
	   pg_catalog.btrim(r.fields[5]),
	   pg_catalog.btrim(r.fields[6]),
	   pg_catalog.btrim(r.fields[7])
  FROM @extschema@.csv_records($egov_data$﻿COUNTRY CODE;COMMON NAME;OFFICIAL NAME;REGION;SUB-REGION;INCOME;STATUS
AFG;Afghanistan;Islamic Republic of Afghanistan;Asia;Southern Asia;Low;Developing
ALB;Albania;Republic of Albania;Europe;Southern Europe;Upper-Middle;Developing
DZA;Algeria;People’s Democratic Republic of Algeria;Africa;Northern Africa;Upper-Middle;Developing
AND;Andorra;Principality of Andorra;Europe;Southern Europe;High;Developed
AGO;Angola;Republic of Angola;Africa;Middle Africa;Lower-Middle;Developing
ATG;Antigua and Barbuda;Antigua and Barbuda;Americas;Caribbean;High;Developed
ARG;Argentina;Argentine Republic;Americas;South America;Upper-Middle;Developing
ARM;Armenia;Republic of Armenia;Asia;Western Asia;Lower-Middle;Developing
AUS;Australia;Commonwealth of Australia;Oceania;Australia and New Zealand;High;Developed
AUT;Austria;Republic of Austria;Europe;Western Europe;High;Developed
AZE;Azerbaijan;Republic of Azerbaijan;Asia;Western Asia;Upper-Middle;Developing
BHS;Bahamas;Commonwealth of the Bahamas;Americas;Caribbean;High;Developed
BHR;Bahrain;Kingdom of Bahrain;Asia;Western Asia;High;Developed
BGD;Bangladesh;People's Republic of Bangladesh;Asia;Southern Asia;Lower-Middle;Developing
BRB;Barbados;Barbados;Americas;Caribbean;High;Developed
BLR;Belarus;Republic of Belarus;Europe;Eastern Europe;Upper-Middle;Developing
BEL;Belgium;Kingdom of Belgium;Europe;Western Europe;High;Developed
BLZ;Belize;Belize;Americas;Central America;Upper-Middle;Developing
BEN;Benin;Republic of Benin;Africa;Western Africa;Low;Developing
BTN;Bhutan;Kingdom of Bhutan;Asia;Southern Asia;Lower-Middle;Developing
BOL;Bolivia;Plurinational State of Bolivia;Americas;South America;Lower-Middle;Developing
BIH;Bosnia and Herzegovina;Bosnia and Herzegovina;Europe;Southern Europe;Upper-Middle;Developing
BWA;Botswana;Republic of Botswana;Africa;Southern Africa;Upper-Middle;Developing
BRA;Brazil;Federative Republic of Brazil;Americas;South America;Upper-Middle;Developing
BRN;Brunei;Brunei Darussalam;Asia;South-eastern Asia;High;Developed
BGR;Bulgaria;Republic of Bulgaria;Europe;Eastern Europe;Upper-Middle;Developing
BFA;Burkina Faso;Burkina Faso;Africa;Western Africa;Low;Developing
BDI;Burundi;Republic of Burundi;Africa;Eastern Africa;Low;Developing
CPV;Cabo Verde;Republic of Cabo Verde;Africa;Western Africa;Lower-Middle;Developing
KHM;Cambodia;Kingdom of Cambodia;Asia;South-eastern Asia;Lower-Middle;Developing
CMR;Cameroon;Republic of Cameroon;Africa;Middle Africa;Lower-Middle;Developing
CAN;Canada;Canada;Americas;North America;High;Developed
CAF;Central African Republic;Central African Republic;Africa;Middle Africa;Low;Developing
TCD;Chad;Republic of Chad;Africa;Middle Africa;Low;Developing
CHL;Chile;Republic of Chile;Americas;South America;High;Developed
CHN;China;People's Republic of China;Asia;Eastern Asia;Upper-Middle;Developing
COL;Colombia;Republic of Colombia;Americas;South America;Upper-Middle;Developing
COM;Comoros;Union of the Comoros;Africa;Eastern Africa;Low;Developing
COG;Congo;Republic of the Congo;Africa;Middle Africa;Lower-Middle;Developing
CRI;Costa Rica;Republic of Costa Rica;Americas;Central America;Upper-Middle;Developing
CIV;Côte d'Ivoire;Republic of Côte d'Ivoire;Africa;Western Africa;Lower-Middle;Developing
HRV;Croatia;Republic of Croatia;Europe;Southern Europe;Upper-Middle;Developing
CUB;Cuba;Republic of Cuba;Americas;Caribbean;Upper-Middle;Developing
CYP;Cyprus;Republic of Cyprus;Asia;Western Asia;High;Developed
CZE;Czechia;Czech Republic;Europe;Eastern Europe;High;Developed
COD;Democratic Republic of the Congo;Democratic Republic of the Congo;Africa;Middle Africa;Low;Developing
DNK;Denmark;Kingdom of Denmark;Europe;Northern Europe;High;Developed
DJI;Djibouti;Republic of Djibouti;Africa;Eastern Africa;Lower-Middle;Developing
DMA;Dominica;Commonwealth of Dominica;Americas;Caribbean;Upper-Middle;Developing
DOM;Dominican Republic;Dominican Republic;Americas;Caribbean;Upper-Middle;Developing
PRK;DPR Korea;Democratic People's Republic of Korea;Asia;Eastern Asia;Low;Developing
ECU;Ecuador;Republic of Ecuador;Americas;South America;Upper-Middle;Developing
EGY;Egypt;Arab Republic of Egypt;Africa;Northern Africa;Lower-Middle;Developing
SLV;El Salvador;Republic of El Salvador;Americas;Central America;Lower-Middle;Developing
GNQ;Equatorial Guinea;Republic of Equatorial Guinea;Africa;Middle Africa;Upper-Middle;Developing
ERI;Eritrea;State of Eritrea;Africa;Eastern Africa;Low;Developing
EST;Estonia;Republic of Estonia;Europe;Northern Europe;High;Developed
SWZ;Eswatini;Kingdom of Eswatini;Africa;Southern Africa;Lower-Middle;Developing
ETH;Ethiopia;Federal Democratic Republic of Ethiopia;Africa;Eastern Africa;Low;Developing
FJI;Fiji;Republic of Fiji;Oceania;Melanesia;Upper-Middle;Developing
FIN;Finland;Republic of Finland;Europe;Northern Europe;High;Developed
FRA;France;French Republic;Europe;Western Europe;High;Developed
GAB;Gabon;Gabonese Republic;Africa;Middle Africa;Upper-Middle;Developing
GEO;Georgia;Georgia;Asia;Western Asia;Lower-Middle;Developing
DEU;Germany;Federal Republic of Germany;Europe;Western Europe;High;Developed
GHA;Ghana;Republic of Ghana;Africa;Western Africa;Lower-Middle;Developing
GRC;Greece;Hellenic Republic;Europe;Southern Europe;High;Developed
GRD;Grenada;Grenada;Americas;Caribbean;Upper-Middle;Developing
GTM;Guatemala;Republic of Guatemala;Americas;Central America;Lower-Middle;Developing
GIN;Guinea;Republic of Guinea;Africa;Western Africa;Low;Developing
GNB;Guinea-Bissau;Republic of Guinea-Bissau;Africa;Western Africa;Low;Developing
GUY;Guyana;Cooperative Republic of Guyana;Americas;South America;Upper-Middle;Developing
HTI;Haiti;Republic of Haiti;Americas;Caribbean;Low;Developing
HND;Honduras;Republic of Honduras;Americas;Central America;Lower-Middle;Developing
HUN;Hungary;Hungary;Europe;Eastern Europe;High;Developed
ISL;Iceland;Iceland;Europe;Northern Europe;High;Developed
IND;India;Republic of India;Asia;Southern Asia;Lower-Middle;Developing
IDN;Indonesia;Republic of Indonesia;Asia;South-eastern Asia;Lower-Middle;Developing
IRN;Iran;Islamic Republic of Iran;Asia;Southern Asia;Upper-Middle;Developing
IRQ;Iraq;Republic of Iraq;Asia;Western Asia;Upper-Middle;Developing
IRL;Ireland;Ireland;Europe;Northern Europe;High;Developed
ISR;Israel;State of Israel;Asia;Western Asia;High;Developed
ITA;Italy;Italian Republic;Europe;Southern Europe;High;Developed
JAM;Jamaica;Jamaica;Americas;Caribbean;Upper-Middle;Developing
JPN;Japan;Japan;Asia;Eastern Asia;High;Developed
JOR;Jordan;Hashemite Kingdom of Jordan;Asia;Western Asia;Lower-Middle;Developing
KAZ;Kazakhstan;Republic of Kazakhstan;Asia;Central Asia;Upper-Middle;Developing
KEN;Kenya;Republic of Kenya;Africa;Eastern Africa;Lower-Middle;Developing
KIR;Kiribati;Republic of Kiribati;Oceania;Micronesia;Lower-Middle;Developing
KWT;Kuwait;State of Kuwait;Asia;Western Asia;High;Developed
KGZ;Kyrgyzstan;Kyrgyz Republic;Asia;Central Asia;Lower-Middle;Developing
LAO;Laos;Lao People's Democratic Republic;Asia;South-eastern Asia;Lower-Middle;Developing
LVA;Latvia;Republic of Latvia;Europe;Northern Europe;High;Developed
LBN;Lebanon;Lebanese Republic;Asia;Western Asia;Upper-Middle;Developing
LSO;Lesotho;Kingdom of Lesotho;Africa;Southern Africa;Lower-Middle;Developing
LBR;Liberia;Republic of Liberia;Africa;Western Africa;Low;Developing
LBY;Libya;State of Lybia;Africa;Northern Africa;Upper-Middle;Developing
LIE;Liechtenstein;Principality of Liechtenstein;Europe;Western Europe;High;Developed
LTU;Lithuania;Republic of Lithuania;Europe;Northern Europe;High;Developed
LUX;Luxembourg;Grand Duchy of Luxembourg;Europe;Western Europe;High;Developed
MDG;Madagascar;Republic of Madagascar;Africa;Eastern Africa;Low;Developing
MWI;Malawi;Republic of Malawi;Africa;Eastern Africa;Low;Developing
MYS;Malaysia;Malaysia;Asia;South-eastern Asia;Upper-Middle;Developing
MDV;Maldives;Republic of Maldives;Asia;Southern Asia;Upper-Middle;Developing
MLI;Mali;Republic of Mali;Africa;Western Africa;Low;Developing
MLT;Malta;Republic of Malta;Europe;Southern Europe;High;Developed
MHL;Marshall Islands;Republic of the Marshall Islands;Oceania;Micronesia;Upper-Middle;Developing
MRT;Mauritania;Islamic Republic of Mauritania;Africa;Western Africa;Lower-Middle;Developing
MUS;Mauritius;Republic of Mauritius;Africa;Eastern Africa;Upper-Middle;Developing
MEX;Mexico;United Mexican States;Americas;Central America;Upper-Middle;Developing
FSM;Micronesia;Federated States of Micronesia;Oceania;Micronesia;Lower-Middle;Developing
MDA;Moldova;Republic of Moldova;Europe;Eastern Europe;Lower-Middle;Developing
MCO;Monaco;Principality of Monaco;Europe;Western Europe;High;Developed
MNG;Mongolia;Mongolia;Asia;Eastern Asia;Lower-Middle;Developing
MNE;Montenegro;Montenegro;Europe;Southern Europe;Upper-Middle;Developing
MAR;Morocco;Kingdom of Morocco;Africa;Northern Africa;Lower-Middle;Developing
MOZ;Mozambique;Republic of Mozambique;Africa;Eastern Africa;Low;Developing
MMR;Myanmar;Myanmar;Asia;South-eastern Asia;Lower-Middle;Developing
NAM;Namibia;Republic of Namibia;Africa;Southern Africa;Upper-Middle;Developing
NRU;Nauru;Republic of Nauru;Oceania;Micronesia;Upper-Middle;Developing
NPL;Nepal;Federal Democratic Republic of Nepal;Asia;Southern Asia;Low;Developing
NLD;Netherlands;Kingdom of the Netherlands;Europe;Western Europe;High;Developed
NZL;New Zealand;New Zealand;Oceania;Australia and New Zealand;High;Developed
NIC;Nicaragua;Republic of Nicaragua;Americas;Central America;Lower-Middle;Developing
NER;Niger;Republic of Niger;Africa;Western Africa;Low;Developing
NGA;Nigeria;Federal Republic of Nigeria;Africa;Western Africa;Lower-Middle;Developing
MKD;North Macedonia;Republic of North Macedonia;Europe;Southern Europe;Upper-Middle;Developing
NOR;Norway;Kingdom of Norway;Europe;Northern Europe;High;Developed
OMN;Oman;Sultanate of Oman;Asia;Western Asia;High;Developed
PAK;Pakistan;Islamic Republic of Pakistan;Asia;Southern Asia;Lower-Middle;Developing
PLW;Palau;Republic of Palau;Oceania;Micronesia;High;Developed
PAN;Panama;Republic of Panama;Americas;Central America;Upper-Middle;Developing
PNG;Papua New Guinea;Independent State of Papua New Guinea;Oceania;Melanesia;Lower-Middle;Developing
PRY;Paraguay;Republic of Paraguay;Americas;South America;Upper-Middle;Developing
PER;Peru;Republic of Peru;Americas;South America;Upper-Middle;Developing
PHL;Philippines;Republic of the Philippines;Asia;South-eastern Asia;Lower-Middle;Developing
POL;Poland;Republic of Poland;Europe;Eastern Europe;High;Developed
PRT;Portugal;Portuguese Republic;Europe;Southern Europe;High;Developed
QAT;Qatar;State of Qatar;Asia;Western Asia;High;Developed
KOR;Republic of Korea;Republic of Korea;Asia;Eastern Asia;High;Developed
ROU;Romania;Romania;Europe;Eastern Europe;Upper-Middle;Developing
RUS;Russia;Russian Federation;Europe;Eastern Europe;Upper-Middle;Developing
RWA;Rwanda;Republic of Rwanda;Africa;Eastern Africa;Low;Developing
KNA;Saint Kitts and Nevis;Federation of Saint Kitts and Nevis;Americas;Caribbean;High;Developed
LCA;Saint Lucia;Saint Lucia;Americas;Caribbean;Upper-Middle;Developing
VCT;Saint Vincent and the Grenadines;Saint Vincent and the Grenadines;Americas;Caribbean;Upper-Middle;Developing
WSM;Samoa;Independent State of Samoa;Oceania;Polynesia;Upper-Middle;Developing
SMR;San Marino;Republic of San Marino;Europe;Southern Europe;High;Developed
STP;São Tomé and Príncipe;Democratic Republic of São Tomé and Príncipe;Africa;Middle Africa;Lower-Middle;Developing
SAU;Saudi Arabia;Kingdom of Saudi Arabia;Asia;Western Asia;High;Developed
SEN;Senegal;Republic of Senegal;Africa;Western Africa;Low;Developing
SRB;Serbia;Republic of Serbia;Europe;Southern Europe;Upper-Middle;Developing
SYC;Seychelles;Republic of Seychelles;Africa;Eastern Africa;Upper-Middle;Developing
SLE;Sierra Leone;Republic of Sierra Leone;Africa;Western Africa;Low;Developing
SGP;Singapore;Republic of Singapore;Asia;South-eastern Asia;High;Developed
SVK;Slovakia;Slovak Republic;Europe;Eastern Europe;High;Developed
SVN;Slovenia;Republic of Slovenia;Europe;Southern Europe;High;Developed
SLB;Solomon Islands;Solomon Islands;Oceania;Melanesia;Lower-Middle;Developing
SOM;Somalia;Federal Republic of Somalia;Africa;Eastern Africa;Low;Developing
ZAF;South Africa;Republic of South Africa;Africa;Southern Africa;Upper-Middle;Developing
SSD;South Sudan;Republic of South Sudan;Africa;Eastern Africa;Low;Developing
ESP;Spain;Kingdom of Spain;Europe;Southern Europe;High;Developed
LKA;Sri Lanka;Democratic Socialist Republic of Sri Lanka;Asia;Southern Asia;Lower-Middle;Developing
SDN;Sudan;Republic of the Sudan;Africa;Northern Africa;Lower-Middle;Developing
SUR;Suriname;Republic of Suriname;Americas;South America;Upper-Middle;Developing
SWE;Sweden;Kingdom of Sweden;Europe;Northern Europe;High;Developed
CHE;Switzerland;Swiss Conferederation;Europe;Western Europe;High;Developed
SYR;Syria;Syrian Arab Republic;Asia;Western Asia;Lower-Middle;Developing
TJK;Tajikistan;Republic of Tajikistan;Asia;Central Asia;Lower-Middle;Developing
TZA;Tanzania;United Republic  of Tanzania;Africa;Eastern Africa;Low;Developing
THA;Thailand;Kingdom of Thailand;Asia;South-eastern Asia;Upper-Middle;Developing
GMB;The Gambia;Republic of The Gambia;Africa;Western Africa;Low;Developing
TLS;Timor-Leste;Democratic Republic of Timor-Leste;Asia;South-eastern Asia;Lower-Middle;Developing
TGO;Togo;Togolese Republic;Africa;Western Africa;Low;Developing
TON;Tonga;Kingdom of Tonga;Oceania;Polynesia;Upper-Middle;Developing
TTO;Trinidad and Tobago;Republic of Trinidad and Tobago;Americas;Caribbean;High;Developed
TUN;Tunisia;Republic of Tunisia;Africa;Northern Africa;Lower-Middle;Developing
TUR;Turkey;Republic of Turkey;Asia;Western Asia;Upper-Middle;Developing
TKM;Turkmenistan;Turkmenistan;Asia;Central Asia;Upper-Middle;Developing
TUV;Tuvalu;Tuvalu;Oceania;Polynesia;Upper-Middle;Developing
UGA;Uganda;Republic of Uganda;Africa;Eastern Africa;Low;Developing
UKR;Ukraine;Ukraine;Europe;Eastern Europe;Lower-Middle;Developing
ARE;United Arab Emirates;United Arab Emirates;Asia;Western Asia;High;Developed
GBR;United Kingdom;United Kingdom of Great Britain and Northern Ireland;Europe;Northern Europe;High;Developed
USA;United States;United States of America;Americas;North America;High;Developed
URY;Uruguay;Eastern Republic of Uruguay;Americas;South America;High;Developed
UZB;Uzbekistan;Republic of Uzbekistan;Asia;Central Asia;Lower-Middle;Developing
VUT;Vanuatu;Republic of Vanuatu;Oceania;Melanesia;Lower-Middle;Developing
VEN;Venezuela;Bolivarian Republic of Venezuela;Americas;South America;Upper-Middle;Developing
VNM;Viet Nam;Socialist Republic of Viet Nam;Asia;South-eastern Asia;Lower-Middle;Developing
YEM;Yemen;Republic of Yemen;Asia;Western Asia;Lower-Middle;Developing
ZMB;Zambia;Republic of Zambia;Africa;Eastern Africa;Lower-Middle;Developing
ZWE;Zimbabwe;Republic of Zimbabwe;Africa;Eastern Africa;Low;Developing
;;;;;;$egov_data$, ';') AS r
 WHERE r.line_no > 1
   -- the file ends with an empty ";;;;;;" line
   AND pg_catalog.btrim(pg_catalog.array_to_string(r.fields, '')) <> '';

-- Spellings that neither the common nor the official name covers: the UN
-- exports' names, former names and ISO 3166 forms.  Accents, case and
-- spaces need no alias (egov.country_key folds them).
INSERT INTO @extschema@.country_alias (alias, iso3) VALUES
	('Bolivia (Plurinational State of)', 'BOL'),
	('Bolivia, Plurinational State of', 'BOL'),
	('Cape Verde', 'CPV'),
	('Congo, Democratic Republic of the', 'COD'),
	('Czech Republic', 'CZE'),
	('Gambia', 'GMB'),
	('Georgia (Country)', 'GEO'),
	('Iran (Islamic Republic of)', 'IRN'),
	('Iran, Islamic Republic of', 'IRN'),
	('Ivory Coast', 'CIV'),
	('Korea, Democratic People''s Republic of', 'PRK'),
	('Korea, Republic of', 'KOR'),
	('Micronesia (Federated States of)', 'FSM'),
	('Micronesia, Federated States of', 'FSM'),
	('Moldova, Republic of', 'MDA'),
	('Netherlands (Kingdom of the)', 'NLD'),
	('Swaziland', 'SWZ'),
	('Tanzania, United Republic of', 'TZA'),
	('The former Yugoslav Republic of Macedonia', 'MKD'),
	('Türkiye', 'TUR'),
	('Venezuela (Bolivarian Republic of)', 'VEN'),
	('Venezuela, Bolivarian Republic of', 'VEN'),
	('Vietnam', 'VNM');

SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2003,"Iraq ",174,0.00000,0.00000,0.00000,0.93000,0.01578
2003,"Ireland ",17,0.69651,0.58620,0.61572,0.96000,0.51381
2003,"Israel ",24,0.66333,0.39660,0.63318,0.91000,0.44682
2003,"Italy ",20,0.68500,0.46550,0.61572,0.94000,0.49930
2003,"Jamaica ",61,0.43237,0.15520,0.37991,0.79000,0.12722
2003,"Japan ",18,0.69344,0.43100,0.52401,0.93000,0.62632
2003,"Jordan ",63,0.42930,0.17240,0.41921,0.78000,0.08870
2003,"Kazakhstan ",83,0.38661,0.10340,0.18777,0.91000,0.06206
2003,"Kenya ",118,0.29924,0.00000,0.15720,0.72000,0.02052
2003,"Kiribati ",174,0.00000,0.00000,0.00000,0.00000,0.02586
2003,"Kuwait ",90,0.37011,0.01720,0.14410,0.74000,0.22623
2003,"Kyrgyzstan ",110,0.32715,0.03450,0.07423,0.87000,0.03721
2003,"Lao People's Democratic Republic ",149,0.19161,0.00000,0.04803,0.52000,0.00680
2003,"Latvia ",48,0.50573,0.08620,0.26637,0.93000,0.32083
2003,"Lebanon ",69,0.42361,0.08620,0.25327,0.83000,0.18756
2003,"Lesotho ",102,0.34647,0.03450,0.26855,0.76000,0.01085
2003,"Liberia ",174,0.00000,0.00000,0.00000,0.00000,0.00329
2003,Libya,174,0.00000,0.00000,0.00000,0.84000,0.04306
2003,Liechtenstein,154,0.17770,0.06900,0.21397,0.00000,0.31915
2003,"Lithuania ",34,0.55733,0.10340,0.52401,0.93000,0.21798
2003,Luxembourg,25,0.65620,0.29310,0.40829,0.90000,0.66031
2003,"Madagascar ",144,0.22941,0.18970,0.09170,0.59000,0.00653
2003,"Malawi ",142,0.23282,0.01720,0.04366,0.65000,0.00480
2003,Malaysia,43,0.52399,0.12070,0.48034,0.80000,0.29162
2003,Maldives,79,0.41025,0.03450,0.26200,0.90000,0.06875
2003,"Mali ",163,0.13959,0.01720,0.04366,0.37000,0.00511
2003,"Malta ",27,0.63596,0.34480,0.56768,0.88000,0.46020
2003,"Marshall Islands ",172,0.03821,0.01720,0.07423,0.00000,0.04040
2003,"Mauritania ",160,0.16133,0.03450,0.05676,0.40000,0.02724
2003,Afghanistan,168,0.11752,0.03450,0.08296,0.26800,0.00160
2003,"Mauritius ",52,0.47108,0.08620,0.44759,0.77000,0.19566
2003,"Mexico ",30,0.59332,0.60340,0.80786,0.84000,0.13212
2003,"Micronesia (Federated States of) ",42,0.52648,0.01720,0.11790,1.42200,0.03955
2003,"Monaco ",150,0.18888,0.01720,0.12663,0.00000,0.44000
2003,"Mongolia ",103,0.34332,0.37930,0.13973,0.85000,0.04025
2003,Montenegro,,0.00000,0.00000,0.00000,0.00000,0.00000
2003,"Albania ",114,0.31079,0.01720,0.08296,0.80000,0.04940
2003,"Algeria ",91,0.36993,0.05170,0.38427,0.69000,0.03552
2003,"Andorra ",156,0.17416,0.03450,0.21397,0.00000,0.30853
2003,"Angola ",148,0.19222,0.06900,0.20960,0.36000,0.00708
2003,"Antigua and Barbuda ",92,0.36443,0.00000,0.03930,0.81000,0.24399
2003,"Argentina ",31,0.57704,0.58620,0.62445,0.92000,0.18667
2003,"Armenia ",86,0.37673,0.05170,0.13973,0.92000,0.07045
2003,"Morocco ",131,0.26549,0.13790,0.23580,0.50000,0.06067
2003,"Mozambique ",157,0.17282,0.08620,0.14410,0.37000,0.00436
2003,"Myanmar ",126,0.27996,0.00000,0.08733,0.75000,0.00256
2003,"Namibia ",104,0.33953,0.01720,0.15283,0.81000,0.05576
2003,"Nauru ",121,0.29322,0.01720,0.03493,0.81000,0.03474
2003,"Dominica ",174,0.00000,0.00000,0.00000,0.86000,0.19014
2003,"Dominican Republic ",60,0.43754,0.39660,0.44541,0.80000,0.06723
2003,"Ecuador ",85,0.37779,0.06900,0.17467,0.87000,0.08871
2003,"Egypt ",140,0.23841,0.01720,0.03493,0.62000,0.06029
2003,"El Salvador ",80,0.40934,0.32760,0.40611,0.74000,0.08191
2003,"Equatorial Guinea ",174,0.00000,0.00000,0.00000,0.77000,0.01303
2003,"Eritrea ",174,0.00000,0.00000,0.00000,0.46000,0.00695
2003,"Estonia ",16,0.69680,0.75860,0.64192,0.95000,0.49849
2003,"Nepal ",130,0.26839,0.13790,0.31877,0.48000,0.00639
2003,"Netherlands ",11,0.74649,0.63790,0.53930,0.99000,0.71018
2003,"New Zealand ",14,0.71830,0.68970,0.55240,0.99000,0.61251
2003,"Nicaragua ",112,0.32383,0.31030,0.28820,0.65000,0.03330
2003,"Niger ",170,0.05951,0.00000,0.01310,0.16000,0.00545
2003,"Nigeria ",145,0.22530,0.20690,0.08296,0.58000,0.01293
2003,"Norway ",7,0.77814,0.34480,0.58078,0.98000,0.77364
2003,"Oman ",98,0.35475,0.25860,0.26200,0.67000,0.13225
2003,"Pakistan ",137,0.24749,0.15520,0.29694,0.42000,0.02555
2003,"Palau ",173,0.00873,0.00000,0.02620,0.00000,0.00000
2003,"Panama ",62,0.43178,0.36210,0.34061,0.86000,0.09473
2003,"Papua New Guinea ",136,0.25028,0.00000,0.17030,0.55000,0.03055
2003,"Paraguay ",75,0.41344,0.22410,0.33624,0.83000,0.07409
2003,"Peru ",53,0.46302,0.13790,0.40829,0.87000,0.11076
2003,"Philippines ",33,0.57364,0.67240,0.74672,0.91000,0.06421
2003,"Poland ",32,0.57644,0.39660,0.54148,0.94000,0.24784
2003,"Portugal ",26,0.64554,0.44830,0.50655,0.94000,0.49007
2003,"Qatar ",77,0.41097,0.00000,0.13537,0.79000,0.30755
2003,"Republic of Korea ",13,0.74413,0.48280,0.60698,0.95000,0.67542
2003,"Republic of Moldova ",95,0.36325,0.03450,0.06986,0.90000,0.11989
2003,"Romania ",50,0.48278,0.05170,0.41921,0.88000,0.14914
2003,"Russian Federation ",58,0.44255,0.05170,0.22270,0.92000,0.18495
2003,"Australia ",3,0.83106,0.62070,0.81222,0.99000,0.69096
2003,Austria,21,0.67560,0.13790,0.47598,0.96000,0.59084
2003,"Azerbaijan ",94,0.36351,0.01720,0.13100,0.88000,0.07953
2003,"Bahamas ",64,0.42893,0.05170,0.21397,0.88000,0.19281
2003,"Chad ",174,0.00000,0.00000,0.00000,0.39000,0.00154
2003,"Chile ",22,0.67111,0.82760,0.83842,0.90000,0.27492
2003,"China ",74,0.41595,0.06900,0.33187,0.80000,0.11599
2003,"Bahrain ",46,0.50974,0.05170,0.33187,0.85000,0.34735
2003,"Bangladesh ",159,0.16537,0.01720,0.09170,0.40000,0.00442
2003,"Barbados ",76,0.41283,0.03450,0.12227,0.91000,0.20623
2003,"Belarus ",81,0.39650,0.03450,0.12227,0.92000,0.14725
2003,"Belgium ",23,0.67008,0.29310,0.50655,0.99000,0.51371
2003,"Belize ",71,0.42213,0.01720,0.25327,0.86000,0.15314
2003,"Benin ",141,0.23480,0.03450,0.29257,0.40000,0.01183
2003,"Bhutan ",161,0.15680,0.01720,0.03493,0.42000,0.01549
2003,"Bolivia ",78,0.41076,0.39660,0.37772,0.80000,0.05456
2003,"Bosnia and Herzegovina ",115,0.30900,0.03450,0.13100,0.73700,0.05899
2003,"Botswana ",101,0.34664,0.01720,0.22270,0.75000,0.06723
2003,"Djibouti ",153,0.17893,0.00000,0.01746,0.50000,0.01935
2003,"Brazil ",41,0.52673,0.37930,0.57641,0.83000,0.17378
2003,"Brunei Darussalam ",55,0.45876,0.01720,0.26637,0.86000,0.24993
2003,"Bulgaria ",35,0.54801,0.13790,0.53711,0.90000,0.20691
2003,"Burkina Faso ",164,0.13495,0.00000,0.17030,0.23000,0.00456
2003,"Burundi ",152,0.18075,0.00000,0.15720,0.38000,0.00504
2003,"Cambodia ",134,0.26369,0.13790,0.12663,0.66000,0.00443
2003,"Cameroon ",129,0.27003,0.05170,0.14847,0.65000,0.01162
2003,"Canada ",6,0.80644,0.82760,0.76419,0.98000,0.67514
2003,"Cabo Verde ",113,0.32225,0.06900,0.13100,0.75000,0.08575
2003,"Central African Republic ",174,0.00000,0.00000,0.00000,0.39000,0.00239
2003,"Colombia ",57,0.44339,0.15520,0.36244,0.85000,0.11774
2003,"Comoros ",155,0.17583,0.08620,0.03056,0.49000,0.00693
2003,"Congo ",132,0.26522,0.00000,0.03493,0.75000,0.01075
2003,"Costa Rica ",66,0.42674,0.08620,0.22270,0.86000,0.19753
2003,"Côte d'Ivoire ",174,0.00000,0.00000,0.00000,0.44000,0.02149
2003,"Croatia ",39,0.53142,0.24140,0.42358,0.88000,0.29070
2003,"Cuba ",88,0.37247,0.05170,0.16593,0.90000,0.05148
2003,"Cyprus ",51,0.47406,0.01720,0.11353,0.88000,0.42865
2003,"Czech Republic ",36,0.54168,0.24140,0.34934,0.89000,0.38570
2003,"Democratic People's Republic of Korea ",174,0.00000,0.00000,0.00000,0.00000,0.01073
2003,"Democratic Republic of the Congo ",174,0.00000,0.00000,0.00000,0.51000,0.00063
2003,"Denmark ",4,0.82046,0.44830,0.69432,0.98000,0.78707
2003,"Ethiopia ",166,0.12773,0.03450,0.03056,0.35000,0.00264
2003,"Fiji ",68,0.42507,0.05170,0.30131,0.90000,0.07391
2003,"Finland ",10,0.76112,0.44830,0.60262,0.99000,0.69075
2003,"Guinea-Bissau ",174,0.00000,0.00000,0.00000,0.38000,0.00405
2003,"Guyana ",72,0.42195,0.05170,0.26637,0.88000,0.11949
2003,"Spain ",29,0.60236,0.15520,0.42794,0.97000,0.40913
2003,"Sierra Leone ",167,0.12626,0.00000,0.04366,0.33000,0.00513
2003,France,19,0.68961,0.63790,0.56986,0.97000,0.52898
2003,"Gabon ",123,0.28331,0.00000,0.01310,0.76000,0.07685
2003,"Gambia ",158,0.17207,0.01720,0.10480,0.39000,0.02141
2003,Georgia (Country),99,0.35109,0.01720,0.04803,0.89000,0.11524
2003,"Germany ",9,0.76164,0.53450,0.68340,0.97000,0.63153
2003,"Ghana ",139,0.24065,0.03450,0.08296,0.62000,0.01900
2003,"Greece ",37,0.53989,0.08620,0.32751,0.92000,0.37218
2003,"Grenada ",100,0.34805,0.00000,0.00436,0.85000,0.18981
2003,"Guatemala ",109,0.32901,0.08620,0.32314,0.62000,0.04388
2003,"Guinea ",165,0.13208,0.00000,0.01746,0.37000,0.00878
2003,"Haiti ",174,0.00000,0.00000,0.00000,0.50000,0.01233
2003,"Honduras ",124,0.28049,0.03450,0.10043,0.70000,0.04103
2003,"Hungary ",44,0.51625,0.29310,0.31222,0.93000,0.30652
2003,"Iceland ",15,0.70190,0.08620,0.33624,0.96000,0.80947
2003,"India ",87,0.37309,0.25860,0.52183,0.57000,0.02744
2003,"Indonesia ",70,0.42243,0.25860,0.43231,0.79000,0.04500
2003,"Iran (Islamic Republic of) ",107,0.32962,0.03450,0.14847,0.75000,0.09040
2003,"Slovenia ",28,0.63129,0.31030,0.44104,0.94000,0.51284
2003,"Solomon Islands ",122,0.28363,0.00000,0.14847,0.68000,0.02243
2003,"Somalia ",171,0.04876,0.00000,0.04803,0.09600,0.00225
2003,"South Africa ",45,0.51503,0.25860,0.53930,0.88000,0.12579
2003,"Sri Lanka ",84,0.38529,0.29310,0.27947,0.84000,0.03641
2003,"Sudan ",146,0.20618,0.12070,0.07860,0.50000,0.03995
2003,"Suriname ",174,0.00000,0.00000,0.00000,0.90000,0.11756
2003,Eswatini,120,0.29518,0.00000,0.07860,0.77000,0.03695
2003,"Uzbekistan ",174,0.00000,0.00000,0.00000,0.91000,0.05276
2003,"Vanuatu ",162,0.14166,0.03450,0.05240,0.35000,0.02259
2003,"Venezuela ",93,0.36354,0.15520,0.14410,0.83000,0.11652
2003,"Viet Nam ",97,0.35726,0.01720,0.18340,0.84000,0.04838
2003,"Sweden ",2,0.83967,0.58620,0.68340,0.99000,0.84563
2003,"Switzerland ",8,0.76351,0.46550,0.66812,0.94000,0.68242
2003,"Syrian Arab Republic ",133,0.26378,0.00000,0.04366,0.71000,0.03768
2003,"Tajikistan ",174,0.00000,0.00000,0.00000,0.88000,0.04565
2003,"Thailand ",56,0.44560,0.10340,0.37991,0.84000,0.11689
2003,North Macedonia,96,0.36167,0.18970,0.11353,0.86000,0.11149
2003,Timor-Leste,169,0.08733,0.08620,0.26200,0.00000,0.00000
2003,"Togo ",143,0.23120,0.01720,0.06986,0.59000,0.03376
2003,"Tonga ",82,0.39064,0.00000,0.20087,0.92000,0.05105
2003,"Trinidad and Tobago ",65,0.42722,0.20690,0.23580,0.84000,0.20586
2003,"Tunisia ",108,0.32924,0.01720,0.17903,0.72000,0.08869
2003,Türkiye,49,0.50551,0.20690,0.55458,0.77000,0.19196
2003,"Turkmenistan ",106,0.33517,0.01720,0.04366,0.92000,0.04185
2003,"Tuvalu ",174,0.00000,0.00000,0.00000,1.03000,0.01514
2003,"Uganda ",119,0.29562,0.03450,0.27947,0.60000,0.00741
2003,Ukraine,54,0.46167,0.39660,0.34934,0.92000,0.11568
2003,"United Arab Emirates ",38,0.53450,0.17240,0.41921,0.74000,0.44431
2003,United Kingdom of Great Britain and Northern Ireland,5,0.81403,1.00000,0.77729,0.99000,0.67481
2003,"United Republic of Tanzania ",135,0.25282,0.01720,0.13973,0.61000,0.00873
2003,"United States of America ",1,0.92706,0.96550,1.00000,0.98000,0.80119
2003,"Uruguay ",47,0.50723,0.06900,0.35807,0.92000,0.24364
2003,"Yemen ",151,0.18758,0.03450,0.04366,0.48000,0.03908
2003,"Zambia ",127,0.27644,0.01720,0.12663,0.68000,0.02270
2003,"Zimbabwe ",116,0.30438,0.05170,0.06113,0.81000,0.04202
2003,South Sudan,,0.00000,0.00000,0.00000,0.00000,0.00000
2003,"Rwanda ",138,0.24391,0.01720,0.14847,0.58000,0.00328
2003,"Saint Kitts and Nevis ",67,0.42607,0.03450,0.13973,0.89000,0.24847
2003,"Saint Lucia ",59,0.43805,0.08620,0.30786,0.83000,0.17630
2003,"Saint Vincent and the Grenadines ",111,0.32617,0.00000,0.05240,0.79000,0.13610
2003,"Samoa ",117,0.29927,0.01720,0.11353,0.75000,0.03428
2003,"San Marino ",125,0.28044,0.01720,0.20087,0.00000,0.64046
2003,"Sao Tome and Principe ",128,0.27230,0.00000,0.01310,0.75000,0.05380
2003,"Saudi Arabia ",105,0.33756,0.03450,0.18340,0.71000,0.11928
2003,"Senegal ",147,0.20064,0.08620,0.20524,0.37000,0.02670
2003,Serbia,89,0.37070,0.03450,0.28384,0.69400,0.13426
2003,"Seychelles ",73,0.41965,0.06900,0.18777,0.83000,0.24119
2003,"Singapore ",12,0.74633,0.46550,0.70305,0.87000,0.66595
2003,"Slovakia ",40,0.52800,0.17240,0.37991,0.91000,0.29409
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2004,"Iraq ",103,0.35662,0.03278,0.12355,0.93000,0.01632
2004,"Ireland ",19,0.70576,0.22950,0.65637,0.96000,0.50091
2004,"Israel ",23,0.68054,0.27868,0.69111,0.93000,0.42050
2004,"Italy ",26,0.65979,0.22950,0.55212,0.93000,0.49726
2004,"Jamaica ",59,0.47925,0.04918,0.40926,0.83000,0.19850
2004,"Japan ",18,0.72599,0.27868,0.62934,0.94000,0.60862
2004,"Jordan ",68,0.43467,0.04918,0.34749,0.86000,0.09654
2004,"Kazakhstan ",69,0.43437,0.13114,0.32046,0.92000,0.06266
2004,"Kenya ",126,0.29591,0.06557,0.13899,0.73000,0.01875
2004,"Kiribati ",179,0.00000,0.00000,0.00000,0.00000,0.02587
2004,"Kuwait ",100,0.36491,0.01639,0.13513,0.73000,0.22959
2004,"Kyrgyzstan ",66,0.44682,0.21311,0.39382,0.91000,0.03666
2004,"Lao People's Democratic Republic ",144,0.23286,0.00000,0.05791,0.63000,0.01067
2004,"Latvia ",39,0.54859,0.16393,0.38996,0.95000,0.30583
2004,"Lebanon ",74,0.41634,0.08196,0.24324,0.83000,0.17580
2004,"Lesotho ",117,0.32496,0.01639,0.19305,0.77000,0.01185
2004,"Liberia ",179,0.00000,0.00000,0.00000,0.00000,0.00309
2004,Libya,179,0.00000,0.00000,0.00000,0.84000,0.05192
2004,Liechtenstein,155,0.19372,0.09836,0.20849,0.00000,0.37269
2004,"Lithuania ",43,0.53666,0.08196,0.43243,0.94000,0.23755
2004,Luxembourg,25,0.65998,0.14754,0.42857,0.90000,0.65137
2004,"Madagascar ",148,0.22140,0.08196,0.07722,0.58000,0.00698
2004,"Malawi ",135,0.26968,0.01639,0.15444,0.65000,0.00462
2004,Malaysia,42,0.54089,0.11475,0.49034,0.83000,0.30235
2004,Maldives,78,0.41059,0.03278,0.24324,0.91000,0.07852
2004,"Mali ",172,0.09555,0.00000,0.01158,0.27000,0.00509
2004,"Malta ",21,0.68765,0.45901,0.73745,0.87000,0.45551
2004,"Marshall Islands ",176,0.04468,0.01639,0.09266,0.00000,0.04140
2004,"Mauritania ",163,0.16962,0.03278,0.07335,0.41000,0.02551
2004,Afghanistan,171,0.13367,0.03278,0.13127,0.26800,0.00173
2004,"Mauritius ",51,0.50548,0.14754,0.54440,0.80000,0.17206
2004,"Mexico ",30,0.59566,0.77049,0.78378,0.86000,0.14319
2004,"Micronesia (Federated States of) ",175,0.04559,0.00000,0.09652,0.00000,0.04025
2004,"Monaco ",152,0.19696,0.03278,0.22007,0.00000,0.37081
2004,"Mongolia ",75,0.41516,0.24590,0.18532,0.87000,0.19018
2004,Montenegro,,0.00000,0.00000,0.00000,0.00000,0.00000
2004,"Albania ",110,0.33998,0.03278,0.16216,0.80000,0.05778
2004,"Algeria ",118,0.32476,0.03278,0.25096,0.69000,0.03334
2004,"Andorra ",167,0.15633,0.03278,0.17374,0.00000,0.29526
2004,"Angola ",151,0.19980,0.04918,0.21235,0.38000,0.00706
2004,"Antigua and Barbuda ",99,0.36565,0.00000,0.03474,0.81000,0.25220
2004,"Argentina ",32,0.58712,0.24590,0.64285,0.94000,0.17850
2004,"Armenia ",83,0.39188,0.03278,0.25096,0.86000,0.06468
2004,"Morocco ",138,0.26410,0.03278,0.23166,0.50000,0.06066
2004,"Mozambique ",150,0.20290,0.03278,0.17374,0.43000,0.00498
2004,"Myanmar ",123,0.30305,0.03278,0.18532,0.72000,0.00382
2004,"Namibia ",116,0.32715,0.00000,0.12355,0.80000,0.05790
2004,"Nauru ",178,0.03507,0.00000,0.05405,0.00000,0.05115
2004,"Dominica ",98,0.36813,0.00000,0.06949,0.86000,0.17489
2004,"Dominican Republic ",77,0.41107,0.14754,0.35521,0.81000,0.06801
2004,"Ecuador ",82,0.39237,0.04918,0.24324,0.85000,0.08388
2004,"Egypt ",136,0.26530,0.01639,0.10038,0.63000,0.06553
2004,"El Salvador ",79,0.40344,0.24590,0.39382,0.74000,0.07652
2004,"Equatorial Guinea ",179,0.00000,0.00000,0.00000,0.76000,0.02489
2004,"Eritrea ",179,0.00000,0.00000,0.00000,0.49000,0.00775
2004,"Estonia ",20,0.70289,0.63934,0.69884,0.96000,0.44983
2004,"Nepal ",132,0.28074,0.06557,0.33590,0.50000,0.00632
2004,"Netherlands ",11,0.80261,0.80327,0.71814,0.99000,0.69969
2004,"New Zealand ",13,0.78108,0.77049,0.74131,0.99000,0.61193
2004,"Nicaragua ",121,0.32157,0.09836,0.27413,0.66000,0.03058
2004,"Niger ",173,0.06226,0.00000,0.01158,0.17000,0.00519
2004,"Nigeria ",141,0.24848,0.06557,0.14285,0.59000,0.01260
2004,"Norway ",10,0.81777,0.36065,0.68725,0.99000,0.77608
2004,"Oman ",127,0.28841,0.00000,0.05019,0.68000,0.13504
2004,"Pakistan ",122,0.30418,0.16393,0.47490,0.41000,0.02765
2004,"Palau ",177,0.04247,0.00000,0.12741,0.00000,0.00000
2004,"Panama ",54,0.49068,0.27868,0.52316,0.86000,0.08887
2004,"Papua New Guinea ",142,0.24056,0.01639,0.11969,0.57000,0.03200
2004,"Paraguay ",109,0.34081,0.01639,0.10810,0.84000,0.07434
2004,"Peru ",53,0.50148,0.21311,0.51737,0.88000,0.10706
2004,"Philippines ",47,0.52595,0.36065,0.59073,0.90000,0.08713
2004,"Poland ",29,0.60263,0.31147,0.57915,0.95000,0.27875
2004,"Portugal ",31,0.59527,0.21311,0.39382,0.97000,0.42199
2004,"Qatar ",80,0.40049,0.01639,0.08494,0.82000,0.29653
2004,"Republic of Korea ",5,0.85745,0.77049,0.94594,0.96000,0.66642
2004,"Republic of Moldova ",106,0.34457,0.01639,0.08880,0.86000,0.08493
2004,"Romania ",38,0.55035,0.21311,0.60617,0.88000,0.16488
2004,"Russian Federation ",52,0.50172,0.21311,0.38996,0.93000,0.18521
2004,"Australia ",6,0.83766,0.67213,0.83011,0.99000,0.69288
2004,Austria,17,0.74873,0.44262,0.69884,0.97000,0.57736
2004,"Azerbaijan ",89,0.38607,0.01639,0.20077,0.88000,0.07746
2004,"Bahamas ",62,0.46489,0.03278,0.29922,0.88000,0.21544
2004,"Chad ",169,0.13988,0.00000,0.00772,0.41000,0.00194
2004,"Chile ",22,0.68352,0.60655,0.88416,0.89000,0.27641
2004,"China ",67,0.43557,0.08196,0.40540,0.79000,0.11132
2004,"Bahrain ",46,0.53234,0.04918,0.40540,0.86000,0.33161
2004,"Bangladesh ",159,0.17875,0.00000,0.08108,0.45000,0.00518
2004,"Barbados ",65,0.45626,0.03278,0.19691,0.96000,0.21189
2004,"Belarus ",58,0.48884,0.26229,0.38223,0.95000,0.13429
2004,"Belgium ",16,0.75247,0.60655,0.77220,0.99000,0.49522
2004,"Belize ",76,0.41495,0.01639,0.21621,0.88000,0.14865
2004,"Benin ",149,0.22035,0.01639,0.22779,0.42000,0.01327
2004,"Bhutan ",165,0.15896,0.00000,0.04247,0.42000,0.01442
2004,"Bolivia ",88,0.38634,0.14754,0.25482,0.85000,0.05420
2004,"Bosnia and Herzegovina ",93,0.37898,0.01639,0.22007,0.83000,0.08688
2004,"Botswana ",91,0.38271,0.01639,0.29343,0.79000,0.06470
2004,"Djibouti ",153,0.19666,0.00000,0.06177,0.51000,0.01821
2004,"Brazil ",35,0.56746,0.24590,0.63706,0.90000,0.16533
2004,"Brunei Darussalam ",63,0.46323,0.03278,0.26640,0.89000,0.23329
2004,"Bulgaria ",41,0.54172,0.21311,0.50579,0.91000,0.20938
2004,"Burkina Faso ",158,0.18185,0.03278,0.29150,0.24000,0.01405
2004,"Burundi ",166,0.15666,0.00000,0.03474,0.43000,0.00523
2004,"Cambodia ",129,0.28590,0.14754,0.21235,0.64000,0.00535
2004,"Cameroon ",139,0.25606,0.04918,0.11583,0.64000,0.01236
2004,"Canada ",7,0.83687,0.90163,0.87258,0.97000,0.66803
2004,"Cabo Verde ",107,0.34420,0.11475,0.18146,0.77000,0.08113
2004,"Central African Republic ",179,0.00000,0.00000,0.00000,0.40000,0.00242
2004,"Colombia ",44,0.53345,0.62295,0.64092,0.85000,0.10943
2004,"Comoros ",157,0.18260,0.06557,0.03088,0.51000,0.00692
2004,"Congo ",125,0.29703,0.06557,0.15057,0.73000,0.01052
2004,"Costa Rica ",73,0.41883,0.06557,0.17374,0.86000,0.22275
2004,"Côte d'Ivoire ",160,0.17291,0.00000,0.03861,0.46000,0.02014
2004,"Croatia ",48,0.52266,0.19672,0.39382,0.88000,0.29417
2004,"Cuba ",104,0.34779,0.01639,0.09266,0.90000,0.05071
2004,"Cyprus ",49,0.51886,0.06557,0.23552,0.90000,0.42106
2004,"Czech Republic ",28,0.62140,0.21311,0.54826,0.91000,0.40594
2004,"Democratic People's Republic of Korea ",179,0.00000,0.00000,0.00000,0.00000,0.00611
2004,"Democratic Republic of the Congo ",156,0.18853,0.00000,0.05405,0.51000,0.00153
2004,"Denmark ",2,0.90466,0.73770,0.93436,0.99000,0.78962
2004,"Ethiopia ",170,0.13647,0.00000,0.02702,0.38000,0.00238
2004,"Fiji ",84,0.39122,0.03278,0.21235,0.88000,0.08131
2004,"Finland ",9,0.82389,0.57377,0.80694,0.99000,0.67473
2004,"Guinea-Bissau ",179,0.00000,0.00000,0.00000,0.41000,0.00753
2004,"Guyana ",71,0.42426,0.04918,0.20849,0.94000,0.12429
2004,"Spain ",34,0.58441,0.03278,0.38996,0.97000,0.39327
2004,"Sierra Leone ",161,0.17202,0.04918,0.10038,0.41000,0.00567
2004,France,24,0.66866,0.45901,0.54054,0.96000,0.50546
2004,"Gabon ",124,0.30019,0.00000,0.07722,0.75000,0.07335
2004,"Gambia ",162,0.17097,0.04918,0.07722,0.41000,0.02569
2004,Georgia (Country),94,0.37836,0.01639,0.14671,0.89000,0.09836
2004,"Germany ",12,0.78733,0.59016,0.79536,0.96000,0.60664
2004,"Ghana ",143,0.23693,0.03278,0.05019,0.64000,0.02061
2004,"Greece ",36,0.55806,0.11475,0.40926,0.93000,0.33492
2004,"Grenada ",102,0.35881,0.00000,0.03474,0.84000,0.20170
2004,"Guatemala ",111,0.33908,0.06557,0.31660,0.65000,0.05065
2004,"Guinea ",168,0.14225,0.00000,0.02702,0.39000,0.00972
2004,"Haiti ",179,0.00000,0.00000,0.00000,0.51000,0.01172
2004,"Honduras ",113,0.33007,0.26229,0.24324,0.71000,0.03697
2004,"Hungary ",33,0.58572,0.39344,0.53667,0.93000,0.29050
2004,"Iceland ",14,0.76988,0.11475,0.56756,0.96000,0.78209
2004,"India ",86,0.38789,0.13114,0.56756,0.57000,0.02613
2004,"Indonesia ",85,0.39090,0.26229,0.32432,0.80000,0.04838
2004,"Iran (Islamic Republic of) ",115,0.32819,0.03278,0.16216,0.73000,0.09243
2004,"Slovenia ",27,0.65064,0.21311,0.51351,0.94000,0.49841
2004,"Solomon Islands ",134,0.26996,0.00000,0.10810,0.68000,0.02178
2004,"Somalia ",179,0.00000,0.00000,0.00000,0.09600,0.00643
2004,"South Africa ",55,0.49021,0.09836,0.51544,0.83000,0.12520
2004,"Sri Lanka ",96,0.37484,0.03278,0.27027,0.82000,0.03426
2004,"Sudan ",147,0.23082,0.03278,0.13513,0.51000,0.04734
2004,"Suriname ",105,0.34738,0.00000,0.05019,0.88000,0.11196
2004,Eswatini,101,0.36467,0.03278,0.26254,0.79000,0.04148
2004,"Uzbekistan ",81,0.39651,0.01639,0.23166,0.91000,0.04789
2004,"Vanuatu ",164,0.16175,0.01639,0.04633,0.41000,0.02892
2004,"Venezuela ",56,0.48978,0.27868,0.51737,0.84000,0.11198
2004,"Viet Nam ",112,0.33777,0.01639,0.14285,0.83000,0.04047
2004,"Sweden ",4,0.87406,0.57377,0.77220,0.99000,0.85999
2004,"Switzerland ",15,0.75384,0.29508,0.59073,0.95000,0.72081
2004,"Syrian Arab Republic ",137,0.26437,0.00000,0.05019,0.70000,0.04294
2004,"Tajikistan ",179,0.00000,0.00000,0.00000,0.90000,0.04140
2004,"Thailand ",50,0.50956,0.21311,0.53281,0.88000,0.11586
2004,North Macedonia,97,0.36990,0.13114,0.12355,0.86000,0.12614
2004,Timor-Leste,174,0.04633,0.01639,0.13899,0.00000,0.00000
2004,"Togo ",146,0.23094,0.00000,0.05019,0.61000,0.03264
2004,"Tonga ",95,0.37813,0.00000,0.16602,0.92000,0.04836
2004,"Trinidad and Tobago ",61,0.46695,0.08196,0.32818,0.88000,0.19268
2004,"Tunisia ",120,0.32270,0.01639,0.15444,0.73000,0.08367
2004,Türkiye,57,0.48919,0.29508,0.53281,0.77000,0.16475
2004,"Turkmenistan ",108,0.34092,0.01639,0.06563,0.92000,0.03713
2004,"Tuvalu ",179,0.00000,0.00000,0.00000,0.00000,0.05444
2004,"Uganda ",114,0.32903,0.03278,0.28957,0.69000,0.00752
2004,Ukraine,45,0.53255,0.34426,0.55598,0.93000,0.11166
2004,"United Arab Emirates ",60,0.47356,0.04918,0.30501,0.73000,0.38567
2004,United Kingdom of Great Britain and Northern Ireland,3,0.88521,1.00000,0.97297,0.99000,0.69267
2004,"United Republic of Tanzania ",131,0.28301,0.01639,0.22779,0.61000,0.01123
2004,"United States of America ",1,0.91322,0.93442,1.00000,0.97000,0.76968
2004,"Uruguay ",40,0.54806,0.06557,0.48262,0.93000,0.23156
2004,"Yemen ",154,0.19483,0.03278,0.05405,0.49000,0.04045
2004,"Zambia ",179,0.00000,0.00000,0.00000,0.68000,0.01866
2004,"Zimbabwe ",130,0.28330,0.00000,0.01930,0.79000,0.04060
2004,South Sudan,,0.00000,0.00000,0.00000,0.00000,0.00000
2004,"Rwanda ",140,0.25107,0.01639,0.11969,0.63000,0.00353
2004,"Saint Kitts and Nevis ",72,0.42312,0.01639,0.11583,0.89000,0.26354
2004,"Saint Lucia ",64,0.46156,0.04918,0.32625,0.88000,0.17842
2004,"Saint Vincent and the Grenadines ",119,0.32392,0.01639,0.04633,0.79000,0.13543
2004,"Samoa ",92,0.37926,0.01639,0.21621,0.89000,0.03158
2004,"San Marino ",128,0.28816,0.01639,0.20463,0.00000,0.65987
2004,"Sao Tome and Principe ",133,0.27736,0.00000,0.01158,0.75000,0.07052
2004,"Saudi Arabia ",90,0.38582,0.04918,0.30888,0.71000,0.13859
2004,"Senegal ",145,0.23278,0.08196,0.28957,0.38000,0.02877
2004,Serbia,87,0.38705,0.03278,0.33590,0.69400,0.13124
2004,"Seychelles ",70,0.42587,0.04918,0.16216,0.87000,0.24546
2004,"Singapore ",8,0.83404,0.83606,0.96911,0.87000,0.66303
2004,"Slovakia ",37,0.55647,0.14754,0.49034,0.90000,0.27908
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2005,"Iraq ",118,0.33340,0.00000,0.05384,0.93000,0.01636
2005,"Ireland ",20,0.72508,0.19047,0.71153,0.96000,0.50371
2005,"Israel ",24,0.69033,0.31746,0.73076,0.94000,0.40023
2005,"Italy ",25,0.67939,0.23809,0.62692,0.93000,0.48124
2005,"Jamaica ",59,0.50641,0.09523,0.48846,0.83000,0.20078
2005,"Japan ",14,0.78013,0.46031,0.81538,0.94000,0.58500
2005,"Jordan ",68,0.46392,0.04761,0.43461,0.86000,0.09714
2005,"Kazakhstan ",65,0.48125,0.20634,0.45000,0.93000,0.06377
2005,"Kenya ",122,0.32981,0.03174,0.23076,0.74000,0.01866
2005,"Kiribati ",180,0.00000,0.00000,0.00000,0.00000,0.02532
2005,"Kuwait ",75,0.44312,0.00000,0.25000,0.81000,0.26936
2005,"Kyrgyzstan ",76,0.44171,0.15873,0.36538,0.92000,0.03977
2005,"Lao People's Democratic Republic ",147,0.24208,0.00000,0.07884,0.64000,0.00741
2005,"Latvia ",32,0.60504,0.17460,0.48461,0.95000,0.38052
2005,"Lebanon ",71,0.45600,0.11111,0.34230,0.84000,0.18570
2005,"Lesotho ",114,0.33731,0.01587,0.23846,0.76000,0.01347
2005,"Liberia ",180,0.00000,0.00000,0.00000,0.00000,0.00319
2005,Libya,180,0.00000,0.00000,0.00000,0.87000,0.05731
2005,Liechtenstein,161,0.17893,0.07936,0.17307,0.00000,0.36372
2005,"Lithuania ",40,0.57862,0.11111,0.52307,0.96000,0.25280
2005,Luxembourg,28,0.65131,0.14285,0.40000,0.91000,0.64393
2005,"Madagascar ",141,0.26405,0.04761,0.18461,0.60000,0.00754
2005,"Malawi ",137,0.27944,0.01587,0.17307,0.66000,0.00527
2005,Malaysia,43,0.57057,0.17460,0.57692,0.83000,0.30479
2005,Maldives,77,0.43211,0.03174,0.31153,0.91000,0.07480
2005,"Mali ",173,0.09249,0.00000,0.06153,0.21000,0.00595
2005,"Malta ",21,0.70118,0.47619,0.79230,0.87000,0.44125
2005,"Marshall Islands ",177,0.04399,0.00000,0.09038,0.00000,0.04159
2005,"Mauritania ",164,0.17233,0.03174,0.06923,0.42000,0.02778
2005,Afghanistan,168,0.14898,0.01587,0.17692,0.26800,0.00202
2005,"Mauritius ",52,0.53166,0.12698,0.62884,0.79000,0.17615
2005,"Mexico ",31,0.60611,0.76190,0.81923,0.85000,0.14911
2005,"Micronesia (Federated States of) ",176,0.05320,0.00000,0.10769,0.00000,0.05191
2005,"Monaco ",148,0.24043,0.03174,0.21923,0.00000,0.50208
2005,"Mongolia ",93,0.39623,0.25396,0.23076,0.89000,0.06794
2005,Montenegro,,0.00000,0.00000,0.00000,0.00000,0.00000
2005,"Albania ",102,0.37316,0.03174,0.16153,0.89000,0.06795
2005,"Algeria ",123,0.32423,0.03174,0.24615,0.69000,0.03654
2005,"Andorra ",159,0.18363,0.03174,0.25192,0.00000,0.29897
2005,"Angola ",158,0.18400,0.03174,0.16538,0.38000,0.00663
2005,"Antigua and Barbuda ",86,0.40102,0.03174,0.15769,0.80000,0.24539
2005,"Argentina ",34,0.59713,0.26984,0.65769,0.96000,0.17371
2005,"Armenia ",106,0.36248,0.06349,0.11153,0.90000,0.07591
2005,"Morocco ",138,0.27738,0.03174,0.23846,0.53000,0.06368
2005,"Mozambique ",146,0.24483,0.33333,0.27884,0.45000,0.00565
2005,"Myanmar ",129,0.29593,0.04761,0.15384,0.73000,0.00395
2005,"Namibia ",111,0.34105,0.00000,0.16538,0.79000,0.06776
2005,"Nauru ",179,0.03571,0.00000,0.05769,0.00000,0.04946
2005,"Dominica ",119,0.33336,0.00000,0.06923,0.76000,0.17085
2005,"Dominican Republic ",82,0.40758,0.06349,0.31153,0.82000,0.09121
2005,"Ecuador ",92,0.39663,0.06349,0.25000,0.85000,0.08990
2005,"Egypt ",99,0.37929,0.07936,0.44615,0.62000,0.07173
2005,"El Salvador ",78,0.42251,0.15873,0.42692,0.75000,0.09063
2005,"Equatorial Guinea ",180,0.00000,0.00000,0.00000,0.76000,0.02535
2005,"Eritrea ",157,0.18485,0.03174,0.05769,0.49000,0.00686
2005,"Estonia ",19,0.73473,0.61904,0.69615,0.98000,0.52805
2005,"Nepal ",126,0.30211,0.07936,0.40000,0.50000,0.00634
2005,"Netherlands ",12,0.80205,0.69841,0.73461,0.99000,0.68153
2005,"New Zealand ",13,0.79865,0.79365,0.80384,0.99000,0.60210
2005,"Nicaragua ",113,0.33826,0.11111,0.25000,0.73000,0.03480
2005,"Niger ",174,0.06612,0.00000,0.01153,0.18000,0.00685
2005,"Nigeria ",139,0.27580,0.07936,0.22307,0.59000,0.01433
2005,"Norway ",10,0.82280,0.39682,0.79615,0.99000,0.68225
2005,"Oman ",112,0.34051,0.01587,0.17307,0.71000,0.13845
2005,"Pakistan ",136,0.28358,0.12698,0.42692,0.40000,0.02383
2005,"Palau ",175,0.05641,0.00000,0.16923,0.00000,0.00000
2005,"Panama ",64,0.48216,0.26984,0.48846,0.86000,0.09801
2005,"Papua New Guinea ",142,0.25390,0.03174,0.16153,0.57000,0.03017
2005,"Paraguay ",107,0.36200,0.01587,0.16538,0.85000,0.07062
2005,"Peru ",56,0.50893,0.26984,0.55769,0.86000,0.10909
2005,"Philippines ",41,0.57211,0.47619,0.74230,0.89000,0.08404
2005,"Poland ",38,0.58721,0.34920,0.51153,0.96000,0.29010
2005,"Portugal ",30,0.60839,0.20634,0.42692,0.97000,0.42825
2005,"Qatar ",62,0.48951,0.04761,0.32692,0.83000,0.31162
2005,"Republic of Korea ",5,0.87273,0.87301,0.97692,0.97000,0.67127
2005,"Republic of Moldova ",109,0.34588,0.00000,0.05384,0.87000,0.11381
2005,"Romania ",44,0.57040,0.31746,0.64230,0.88000,0.18890
2005,"Russian Federation ",50,0.53285,0.14285,0.45384,0.95000,0.19472
2005,"Australia ",6,0.86786,0.71428,0.90384,0.99000,0.70975
2005,Austria,16,0.76023,0.41269,0.74230,0.96000,0.57840
2005,"Azerbaijan ",101,0.37733,0.01587,0.18076,0.88000,0.07122
2005,"Bahamas ",67,0.46756,0.03174,0.29230,0.88000,0.23038
2005,"Chad ",169,0.14331,0.00000,0.00769,0.42000,0.00225
2005,"Chile ",22,0.69626,0.58730,0.91153,0.90000,0.27726
2005,"China ",57,0.50778,0.19047,0.56923,0.83000,0.12411
2005,"Bahrain ",53,0.52815,0.04761,0.41923,0.85000,0.31523
2005,"Bangladesh ",162,0.17618,0.00000,0.07307,0.45000,0.00549
2005,"Barbados ",61,0.49202,0.04761,0.21538,0.95000,0.31070
2005,"Belarus ",51,0.53184,0.26984,0.48846,0.95000,0.15707
2005,"Belgium ",18,0.73806,0.50793,0.71153,0.99000,0.51266
2005,"Belize ",97,0.38152,0.01587,0.25384,0.75000,0.14072
2005,"Benin ",151,0.23088,0.01587,0.23846,0.44000,0.01420
2005,"Bhutan ",130,0.29405,0.04761,0.38461,0.48000,0.01753
2005,"Bolivia ",85,0.40174,0.07936,0.28846,0.86000,0.05678
2005,"Bosnia and Herzegovina ",84,0.40189,0.01587,0.27307,0.84000,0.09260
2005,"Botswana ",90,0.39775,0.04761,0.36923,0.76000,0.06403
2005,"Djibouti ",149,0.23806,0.01587,0.17307,0.52000,0.02112
2005,"Brazil ",33,0.59811,0.49206,0.75000,0.88000,0.16435
2005,"Brunei Darussalam ",73,0.44753,0.03174,0.24615,0.87000,0.22644
2005,"Bulgaria ",45,0.56047,0.25396,0.51923,0.91000,0.25219
2005,"Burkina Faso ",172,0.13288,0.01587,0.23269,0.16000,0.00595
2005,"Burundi ",166,0.16425,0.00000,0.03846,0.45000,0.00430
2005,"Cambodia ",128,0.29891,0.17460,0.23076,0.66000,0.00598
2005,"Cameroon ",145,0.25000,0.03174,0.09615,0.64000,0.01386
2005,"Canada ",8,0.84251,0.87301,0.89230,0.98000,0.65523
2005,"Cabo Verde ",116,0.33464,0.07936,0.17307,0.75000,0.08084
2005,"Central African Republic ",180,0.00000,0.00000,0.00000,0.43000,0.00280
2005,"Colombia ",54,0.52211,0.58730,0.61538,0.84000,0.11096
2005,"Comoros ",155,0.19736,0.01587,0.05384,0.53000,0.00823
2005,"Congo ",134,0.28548,0.03174,0.13461,0.71000,0.01185
2005,"Costa Rica ",70,0.46115,0.04761,0.25384,0.87000,0.25962
2005,"Côte d'Ivoire ",160,0.18204,0.01587,0.05384,0.47000,0.02228
2005,"Croatia ",47,0.54802,0.17460,0.44230,0.90000,0.30176
2005,"Cuba ",103,0.36995,0.01587,0.15000,0.91000,0.04986
2005,"Cyprus ",37,0.58722,0.07936,0.46153,0.89000,0.41014
2005,"Czech Republic ",29,0.63955,0.20634,0.58846,0.92000,0.41019
2005,"Democratic People's Republic of Korea ",180,0.00000,0.00000,0.00000,0.00000,0.00569
2005,"Democratic Republic of the Congo ",180,0.00000,0.00000,0.00000,0.51000,0.00212
2005,"Denmark ",2,0.90576,0.76190,0.97307,0.98000,0.76422
2005,"Ethiopia ",171,0.13602,0.00000,0.01538,0.39000,0.00268
2005,"Fiji ",81,0.40813,0.01587,0.28076,0.86000,0.08363
2005,"Finland ",9,0.82311,0.55555,0.82692,0.99000,0.65241
2005,"Guinea-Bissau ",180,0.00000,0.00000,0.00000,0.39000,0.01069
2005,"Guyana ",89,0.39850,0.03174,0.18461,0.89000,0.12089
2005,"Spain ",39,0.58474,0.07936,0.39230,0.97000,0.39192
2005,"Sierra Leone ",167,0.16390,0.06349,0.09615,0.39000,0.00557
2005,France,23,0.69251,0.41269,0.61153,0.96000,0.50601
2005,"Gabon ",131,0.29284,0.00000,0.09230,0.72000,0.06622
2005,"Gambia ",163,0.17364,0.04761,0.09615,0.40000,0.02478
2005,Georgia (Country),83,0.40337,0.01587,0.21153,0.89000,0.10857
2005,"Germany ",11,0.80497,0.55555,0.84230,0.95000,0.62260
2005,"Ghana ",133,0.28662,0.03174,0.18846,0.65000,0.02141
2005,"Greece ",35,0.59210,0.15873,0.51153,0.95000,0.31478
2005,"Grenada ",95,0.38794,0.00000,0.08846,0.85000,0.22538
2005,"Guatemala ",100,0.37766,0.26984,0.43461,0.65000,0.04839
2005,"Guinea ",170,0.13956,0.00000,0.03846,0.37000,0.01022
2005,"Haiti ",180,0.00000,0.00000,0.00000,0.52000,0.01570
2005,"Honduras ",115,0.33475,0.26984,0.22307,0.74000,0.04119
2005,"Hungary ",27,0.65358,0.38095,0.70384,0.95000,0.30691
2005,"Iceland ",15,0.77936,0.12698,0.60769,0.96000,0.77038
2005,"India ",87,0.40013,0.15873,0.58269,0.59000,0.02770
2005,"Indonesia ",96,0.38186,0.28571,0.29615,0.80000,0.04944
2005,"Iran (Islamic Republic of) ",98,0.38133,0.03174,0.29615,0.74000,0.10786
2005,"Slovenia ",26,0.67615,0.22222,0.59230,0.96000,0.47617
2005,"Solomon Islands ",140,0.26685,0.00000,0.10000,0.68000,0.02056
2005,"Somalia ",180,0.00000,0.00000,0.00000,0.00000,0.00726
2005,"South Africa ",58,0.50754,0.30158,0.56923,0.83000,0.12339
2005,"Sri Lanka ",94,0.39504,0.04761,0.31923,0.83000,0.03589
2005,"Sudan ",150,0.23695,0.03174,0.16153,0.52000,0.02931
2005,"Suriname ",110,0.34492,0.00000,0.05000,0.87000,0.11477
2005,Eswatini,108,0.35929,0.03174,0.29230,0.74000,0.04556
2005,"Uzbekistan ",79,0.41135,0.03174,0.27307,0.91000,0.05100
2005,"Vanuatu ",165,0.16643,0.01587,0.05000,0.42000,0.02931
2005,"Venezuela ",55,0.51608,0.42857,0.57692,0.86000,0.11133
2005,"Viet Nam ",105,0.36398,0.12698,0.22307,0.82000,0.04888
2005,"Sweden ",3,0.89830,0.57142,0.86538,0.99000,0.83952
2005,"Switzerland ",17,0.75479,0.42857,0.60384,0.95000,0.71053
2005,"Syrian Arab Republic ",132,0.28705,0.00000,0.06538,0.75000,0.04577
2005,"Tajikistan ",117,0.33457,0.00000,0.06153,0.90000,0.04219
2005,"Thailand ",46,0.55175,0.25396,0.66538,0.86000,0.12987
2005,North Macedonia,69,0.46328,0.12698,0.39615,0.87000,0.12370
2005,Timor-Leste,144,0.25115,0.01587,0.11346,0.64000,0.00000
2005,"Togo ",152,0.22735,0.00000,0.03076,0.62000,0.03128
2005,"Tonga ",104,0.36804,0.01587,0.12692,0.93000,0.04721
2005,"Trinidad and Tobago ",66,0.47678,0.07936,0.36346,0.87000,0.19690
2005,"Tunisia ",121,0.33103,0.00000,0.15384,0.74000,0.09925
2005,Türkiye,60,0.49595,0.28571,0.52307,0.80000,0.16479
2005,"Turkmenistan ",180,0.00000,0.00000,0.00000,0.93000,0.03745
2005,"Tuvalu ",178,0.03702,0.00000,0.02692,0.00000,0.08413
2005,"Uganda ",125,0.30814,0.04761,0.21538,0.70000,0.00904
2005,Ukraine,48,0.54561,0.36507,0.58076,0.94000,0.11607
2005,"United Arab Emirates ",42,0.57182,0.12698,0.61153,0.74000,0.36394
2005,United Kingdom of Great Britain and Northern Ireland,4,0.87773,1.00000,0.99615,0.99000,0.64705
2005,"United Republic of Tanzania ",127,0.30198,0.03174,0.27500,0.62000,0.01095
2005,"United States of America ",1,0.90619,0.90476,1.00000,0.97000,0.74859
2005,"Uruguay ",49,0.53869,0.06349,0.45000,0.94000,0.22607
2005,"Yemen ",154,0.21249,0.00000,0.09615,0.50000,0.04134
2005,"Zambia ",180,0.00000,0.00000,0.00000,0.68000,0.02304
2005,"Zimbabwe ",120,0.33161,0.00000,0.16538,0.79000,0.03946
2005,South Sudan,,0.00000,0.00000,0.00000,0.00000,0.00000
2005,"Rwanda ",143,0.25297,0.01587,0.11538,0.64000,0.00354
2005,"Saint Kitts and Nevis ",72,0.44923,0.06349,0.11153,0.98000,0.25616
2005,"Saint Lucia ",74,0.44673,0.04761,0.28653,0.88000,0.17366
2005,"Saint Vincent and the Grenadines ",88,0.40005,0.07936,0.25384,0.77000,0.17632
2005,"Samoa ",91,0.39769,0.01587,0.26538,0.89000,0.03769
2005,"San Marino ",124,0.31095,0.01587,0.28461,0.00000,0.64823
2005,"Sao Tome and Principe ",135,0.28373,0.00000,0.01153,0.76000,0.07967
2005,"Saudi Arabia ",80,0.41049,0.06349,0.37692,0.71000,0.14454
2005,"Senegal ",153,0.22378,0.03174,0.25384,0.39000,0.02750
2005,Serbia,156,0.19596,0.04761,0.44615,0.00000,0.14173
2005,"Seychelles ",63,0.48835,0.04761,0.33076,0.90000,0.23428
2005,"Singapore ",7,0.85030,0.98412,0.99615,0.91000,0.64477
2005,"Slovakia ",36,0.58867,0.17460,0.53846,0.91000,0.31756
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2008,"Iraq ",151,0.26900,0.20454,0.10702,0.69220,0.01274
2008,"Ireland ",19,0.72960,0.25000,0.67558,0.99315,0.52170
2008,"Israel ",17,0.73930,0.31818,0.66555,0.94605,0.60854
2008,"Italy ",27,0.66800,0.22727,0.51170,0.95824,0.53891
2008,"Jamaica ",85,0.46790,0.11363,0.32107,0.79243,0.29451
2008,"Japan ",11,0.77030,0.61363,0.74247,0.94618,0.62319
2008,"Jordan ",50,0.54800,0.54545,0.60535,0.86770,0.16933
2008,"Kazakhstan ",81,0.47430,0.09090,0.32107,0.97588,0.13062
2008,"Kenya ",122,0.34740,0.04545,0.30434,0.69263,0.04647
2008,"Kiribati ",183,0.00000,0.02272,0.06688,0.00000,0.01813
2008,"Kuwait ",57,0.52020,0.06818,0.41471,0.87139,0.27769
2008,"Kyrgyzstan ",102,0.41950,0.13636,0.29765,0.91709,0.04746
2008,"Lao People's Democratic Republic ",156,0.23830,0.00000,0.03678,0.66321,0.02092
2008,"Latvia ",36,0.59440,0.22727,0.44816,0.96540,0.37406
2008,"Lebanon ",74,0.48400,0.40909,0.39130,0.87058,0.19298
2008,"Lesotho ",114,0.38050,0.09090,0.34448,0.76816,0.02994
2008,"Liberia ",163,0.21700,0.06818,0.11036,0.53764,0.00634
2008,Libya,120,0.35460,0.20454,0.08026,0.87487,0.11702
2008,Liechtenstein,49,0.54860,0.13636,0.18729,0.94790,0.52159
2008,"Lithuania ",28,0.66170,0.47727,0.60869,0.96879,0.40925
2008,Luxembourg,14,0.75120,0.61363,0.60869,0.91567,0.73362
2008,"Madagascar ",135,0.30650,0.13636,0.24080,0.67013,0.01052
2008,"Malawi ",146,0.28780,0.02272,0.22073,0.63791,0.00685
2008,Malaysia,34,0.60630,0.29545,0.67558,0.83902,0.30222
2008,Maldives,95,0.44910,0.02272,0.29431,0.86165,0.19593
2008,"Mali ",175,0.15910,0.09090,0.17725,0.28226,0.01709
2008,"Malta ",29,0.65820,0.38636,0.72575,0.85558,0.39114
2008,"Marshall Islands ",183,0.00000,0.00000,0.07023,0.00000,0.04533
2008,"Mauritania ",168,0.20280,0.11363,0.06020,0.49340,0.05897
2008,Afghanistan,167,0.20480,0.04545,0.26755,0.32927,0.01576
2008,"Mauritius ",63,0.50860,0.11363,0.47157,0.81316,0.24230
2008,"Mexico ",37,0.58930,0.75000,0.70568,0.86290,0.19569
2008,"Micronesia (Federated States of) ",183,0.00000,0.02272,0.08026,0.00000,0.08405
2008,"Monaco ",183,0.00000,0.09090,0.38127,0.00000,0.60854
2008,"Mongolia ",82,0.47350,0.27272,0.42140,0.90965,0.09114
2008,Montenegro,100,0.42820,0.09090,0.37123,0.89105,0.02402
2008,"Albania ",86,0.46700,0.02272,0.39130,0.88687,0.12508
2008,"Algeria ",121,0.35150,0.02272,0.22408,0.71140,0.12298
2008,"Andorra ",58,0.51750,0.06818,0.28428,0.86862,0.40664
2008,"Angola ",127,0.33280,0.11363,0.43812,0.53471,0.02238
2008,"Antigua and Barbuda ",96,0.44850,0.13636,0.14046,0.82533,0.38910
2008,"Argentina ",39,0.58440,0.45454,0.55852,0.94698,0.24844
2008,"Armenia ",103,0.41820,0.04545,0.27090,0.89882,0.08939
2008,"Morocco ",140,0.29440,0.00000,0.20735,0.54368,0.13491
2008,"Mozambique ",152,0.25590,0.43181,0.31103,0.43453,0.02058
2008,"Myanmar ",144,0.29220,0.00000,0.11371,0.76436,0.00388
2008,"Namibia ",126,0.34450,0.04545,0.17391,0.78275,0.08187
2008,"Nauru ",183,0.00000,0.00000,0.01003,0.00000,0.05558
2008,"Dominica ",116,0.37460,0.00000,0.00668,0.85656,0.27180
2008,"Dominican Republic ",68,0.49430,0.31818,0.50836,0.82701,0.14720
2008,"Ecuador ",74,0.48400,0.11363,0.44481,0.85656,0.15185
2008,"Egypt ",79,0.47670,0.25000,0.60535,0.73230,0.08861
2008,"El Salvador ",67,0.49740,0.38636,0.57859,0.77232,0.13884
2008,"Equatorial Guinea ",145,0.28900,0.00000,0.06354,0.77348,0.03667
2008,"Eritrea ",169,0.19650,0.04545,0.06354,0.52088,0.00904
2008,"Estonia ",13,0.76000,0.72727,0.71237,0.97344,0.59577
2008,"Nepal ",150,0.27250,0.02272,0.28762,0.51758,0.01190
2008,"Netherlands ",5,0.86310,0.52272,0.78929,0.98809,0.81402
2008,"New Zealand ",18,0.73920,0.79545,0.64214,0.99333,0.58509
2008,"Nicaragua ",117,0.36680,0.00000,0.28762,0.74664,0.06850
2008,"Niger ",181,0.11420,0.11363,0.07357,0.26682,0.00356
2008,"Nigeria ",136,0.30630,0.06818,0.22408,0.64801,0.04919
2008,"Norway ",3,0.89210,0.52272,0.94648,0.99076,0.73749
2008,"Oman ",84,0.46910,0.20454,0.48494,0.76592,0.15587
2008,"Pakistan ",131,0.31600,0.09090,0.42474,0.46586,0.05396
2008,"Palau ",183,0.00000,0.06818,0.17725,0.00000,0.00000
2008,"Panama ",83,0.47180,0.11363,0.41471,0.87780,0.12463
2008,"Papua New Guinea ",166,0.20780,0.04545,0.08695,0.51802,0.02210
2008,"Paraguay ",88,0.46540,0.06818,0.43812,0.85343,0.10554
2008,"Peru ",55,0.52520,0.13636,0.56521,0.87193,0.13734
2008,"Philippines ",66,0.50010,0.27272,0.51170,0.88771,0.10058
2008,"Poland ",33,0.61340,0.22727,0.53846,0.95595,0.34814
2008,"Portugal ",31,0.64790,0.25000,0.59866,0.92490,0.42153
2008,"Qatar ",53,0.53140,0.18181,0.39130,0.85205,0.35494
2008,"Republic of Korea ",6,0.83170,0.97727,0.82274,0.98412,0.68864
2008,"Republic of Moldova ",93,0.45100,0.06818,0.31103,0.89313,0.15321
2008,"Romania ",51,0.53830,0.04545,0.41471,0.90474,0.29920
2008,"Russian Federation ",60,0.51200,0.09090,0.33444,0.95889,0.24815
2008,"Australia ",8,0.81080,0.88636,0.75250,0.99333,0.68839
2008,Austria,16,0.74280,0.47727,0.66555,0.96637,0.59894
2008,"Azerbaijan ",89,0.46090,0.25000,0.39464,0.88221,0.10770
2008,"Bahamas ",71,0.49110,0.04545,0.30100,0.87476,0.30334
2008,"Chad ",182,0.10470,0.00000,0.01337,0.29590,0.00748
2008,"Chile ",40,0.58190,0.18181,0.56354,0.91447,0.26821
2008,"China ",65,0.50170,0.47727,0.50836,0.83657,0.15999
2008,"Bahrain ",42,0.57230,0.34090,0.52006,0.86396,0.33460
2008,"Bangladesh ",142,0.29360,0.13636,0.35117,0.50327,0.02458
2008,"Barbados ",46,0.56670,0.13636,0.30100,0.96087,0.44639
2008,"Belarus ",56,0.52130,0.09090,0.32775,0.95970,0.28230
2008,"Belgium ",24,0.67790,0.40909,0.53846,0.97710,0.52224
2008,"Belize ",107,0.41020,0.11363,0.30434,0.77347,0.15613
2008,"Benin ",171,0.18600,0.11363,0.12374,0.39996,0.03629
2008,"Bhutan ",134,0.30740,0.50000,0.40802,0.48666,0.02441
2008,"Bolivia ",72,0.48670,0.40909,0.52173,0.86490,0.07246
2008,"Bosnia and Herzegovina ",94,0.45090,0.09090,0.29431,0.87442,0.18873
2008,"Botswana ",118,0.36470,0.29545,0.21739,0.77301,0.10816
2008,"Djibouti ",157,0.22790,0.02272,0.11371,0.55308,0.02023
2008,"Brazil ",45,0.56790,0.45454,0.60200,0.88250,0.21812
2008,"Brunei Darussalam ",87,0.46670,0.09090,0.26421,0.87687,0.26525
2008,"Bulgaria ",43,0.57190,0.04545,0.48494,0.92622,0.30707
2008,"Burkina Faso ",176,0.15420,0.20454,0.19397,0.25485,0.01260
2008,"Burundi ",174,0.17880,0.04545,0.01337,0.52179,0.00624
2008,"Cambodia ",139,0.29890,0.22727,0.19732,0.69069,0.02032
2008,"Cameroon ",149,0.27340,0.15909,0.13712,0.66044,0.06350
2008,"Canada ",7,0.81720,0.61363,0.76588,0.99077,0.69657
2008,"Cabo Verde ",104,0.41580,0.15909,0.38795,0.76294,0.09727
2008,"Central African Republic ",179,0.14120,0.00000,0.00000,0.42322,0.00454
2008,"Colombia ",52,0.53170,0.43181,0.55518,0.86918,0.17007
2008,"Comoros ",170,0.18960,0.06818,0.02675,0.53336,0.01368
2008,"Congo ",148,0.27370,0.18181,0.07023,0.73584,0.02128
2008,"Costa Rica ",59,0.51440,0.36363,0.44147,0.87571,0.22827
2008,"Côte d'Ivoire ",173,0.18530,0.09090,0.06354,0.45695,0.03909
2008,"Croatia ",47,0.56500,0.13636,0.43143,0.89916,0.36832
2008,"Cuba ",111,0.39900,0.09090,0.21404,0.95720,0.03122
2008,"Cyprus ",35,0.60190,0.09090,0.47826,0.90387,0.42744
2008,"Czech Republic ",25,0.66960,0.20454,0.64548,0.93618,0.42792
2008,"Democratic People's Republic of Korea ",183,0.00000,0.00000,0.02006,0.00000,0.00908
2008,"Democratic Republic of the Congo ",162,0.21770,0.00000,0.08695,0.56002,0.00996
2008,"Denmark ",2,0.91340,0.93181,1.00000,0.99333,0.74414
2008,"Ethiopia ",172,0.18570,0.00000,0.17391,0.37959,0.00402
2008,"Fiji ",105,0.41560,0.06818,0.27424,0.87863,0.09822
2008,"Finland ",15,0.74880,0.27272,0.63210,0.99333,0.62456
2008,"Guinea-Bissau ",177,0.15210,0.00000,0.02341,0.42089,0.01590
2008,"Guyana ",97,0.43750,0.06818,0.23745,0.94347,0.13750
2008,"Spain ",20,0.72280,0.36363,0.69899,0.98683,0.48336
2008,"Sierra Leone ",178,0.14630,0.02272,0.05685,0.38098,0.00377
2008,France,9,0.80380,0.93181,0.82943,0.98183,0.59921
2008,"Gabon ",129,0.32280,0.04545,0.07692,0.80149,0.09734
2008,"Gambia ",159,0.22530,0.02272,0.17391,0.45043,0.05304
2008,Georgia (Country),90,0.45980,0.04545,0.35451,0.92099,0.10717
2008,"Germany ",22,0.71360,0.15909,0.57525,0.95318,0.61644
2008,"Ghana ",138,0.29970,0.20454,0.29431,0.56410,0.04092
2008,"Greece ",44,0.57180,0.09090,0.41471,0.96979,0.33561
2008,"Grenada ",92,0.45450,0.00000,0.27424,0.88363,0.21121
2008,"Guatemala ",99,0.42830,0.04545,0.47491,0.68495,0.12366
2008,"Guinea ",180,0.14020,0.04545,0.07023,0.34685,0.00557
2008,"Haiti ",165,0.20970,0.02272,0.06354,0.54200,0.02797
2008,"Honduras ",110,0.40480,0.27272,0.37123,0.77072,0.07359
2008,"Hungary ",30,0.64940,0.20454,0.61705,0.96043,0.37162
2008,"Iceland ",21,0.71760,0.06818,0.46153,0.97789,0.72099
2008,"India ",113,0.38140,0.25000,0.47826,0.61950,0.04350
2008,"Indonesia ",106,0.41070,0.04545,0.33444,0.82992,0.07015
2008,"Iran (Islamic Republic of) ",108,0.40670,0.09090,0.25752,0.79232,0.17466
2008,"Slovenia ",26,0.66810,0.22727,0.50167,0.97883,0.52886
2008,"Solomon Islands ",147,0.27480,0.02272,0.14046,0.66945,0.01866
2008,"Somalia ",183,0.00000,0.00000,0.00000,0.00000,0.01444
2008,"South Africa ",61,0.51150,0.25000,0.55183,0.80612,0.17519
2008,"Sri Lanka ",101,0.42440,0.06818,0.39464,0.81371,0.06562
2008,"Sudan ",161,0.21860,0.20454,0.06354,0.53069,0.06638
2008,"Suriname ",123,0.34720,0.00000,0.03678,0.85420,0.16002
2008,Eswatini,125,0.34540,0.11363,0.25083,0.72973,0.05841
2008,"Uzbekistan ",109,0.40570,0.09090,0.27424,0.90882,0.03811
2008,"Vanuatu ",154,0.25100,0.02272,0.03010,0.70476,0.02478
2008,"Venezuela ",62,0.50950,0.34090,0.46822,0.87159,0.18995
2008,"Viet Nam ",91,0.45580,0.52272,0.44481,0.81497,0.10807
2008,"Sweden ",1,0.91570,0.65909,0.98327,0.97756,0.78415
2008,"Switzerland ",12,0.76260,0.40909,0.55852,0.94551,0.79002
2008,"Syrian Arab Republic ",119,0.36140,0.04545,0.24080,0.75486,0.09233
2008,"Tajikistan ",132,0.31500,0.00000,0.03678,0.89932,0.01723
2008,"Thailand ",64,0.50310,0.29545,0.50501,0.85319,0.15099
2008,North Macedonia,73,0.48660,0.02272,0.35785,0.87445,0.23135
2008,Timor-Leste,155,0.24620,0.00000,0.16053,0.57410,0.00664
2008,"Togo ",160,0.21910,0.20454,0.08695,0.53809,0.03636
2008,"Tonga ",112,0.39500,0.04545,0.17391,0.92630,0.09141
2008,"Trinidad and Tobago ",54,0.53070,0.20454,0.44481,0.87196,0.27805
2008,"Tunisia ",124,0.34580,0.02272,0.13043,0.74978,0.16359
2008,Türkiye,76,0.48340,0.13636,0.42140,0.81155,0.21911
2008,"Turkmenistan ",128,0.32620,0.02272,0.04682,0.90185,0.03824
2008,"Tuvalu ",183,0.00000,0.00000,0.04013,0.00000,0.08931
2008,"Uganda ",133,0.31330,0.09090,0.26755,0.65525,0.01835
2008,Ukraine,41,0.57280,0.56818,0.53511,0.95083,0.23357
2008,"United Arab Emirates ",32,0.63010,0.29545,0.71571,0.79078,0.38134
2008,United Kingdom of Great Britain and Northern Ireland,10,0.78720,0.43181,0.69230,0.96994,0.70222
2008,"United Republic of Tanzania ",143,0.29290,0.02272,0.22575,0.63090,0.02405
2008,"United States of America ",4,0.86440,1.00000,0.95317,0.97108,0.66634
2008,"Uruguay ",48,0.56450,0.06818,0.50836,0.94165,0.24531
2008,"Yemen ",164,0.21420,0.00000,0.07357,0.54462,0.02860
2008,"Zambia ",158,0.22660,0.00000,0.00000,0.65489,0.03164
2008,"Zimbabwe ",137,0.30000,0.00000,0.08695,0.77046,0.04915
2008,South Sudan,,0.00000,0.00000,0.00000,0.00000,0.00000
2008,"Rwanda ",141,0.29410,0.09090,0.27424,0.60225,0.00639
2008,"Saint Kitts and Nevis ",78,0.48140,0.15909,0.28093,0.89562,0.27367
2008,"Saint Lucia ",80,0.47460,0.06818,0.28093,0.88120,0.26761
2008,"Saint Vincent and the Grenadines ",98,0.43060,0.06818,0.26421,0.81705,0.21562
2008,"Samoa ",115,0.37610,0.06818,0.17725,0.90288,0.05432
2008,"San Marino ",183,0.00000,0.02272,0.20066,0.00000,0.59884
2008,"Sao Tome and Principe ",130,0.32150,0.06818,0.11371,0.78327,0.07365
2008,"Saudi Arabia ",70,0.49350,0.31818,0.46488,0.80560,0.21100
2008,"Senegal ",153,0.25310,0.20454,0.30769,0.39397,0.05585
2008,Serbia,77,0.48280,0.06818,0.35117,0.89105,0.21002
2008,"Seychelles ",69,0.49420,0.11363,0.30100,0.88636,0.30108
2008,"Singapore ",23,0.70090,0.63636,0.61204,0.90799,0.58534
2008,"Slovakia ",38,0.58890,0.06818,0.47491,0.92110,0.37415
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2010,"Iraq ",136,0.29957,0.04285,0.15238,0.69556,0.05522
2010,"Ireland ",21,0.68655,0.44285,0.49841,0.99310,0.57386
2010,"Israel ",26,0.65517,0.41428,0.58412,0.95016,0.43337
2010,"Italy ",38,0.57995,0.21428,0.28888,0.96836,0.49143
2010,"Jamaica ",89,0.44666,0.08571,0.22857,0.83606,0.28195
2010,"Japan ",17,0.71517,0.75714,0.67301,0.94960,0.52417
2010,"Jordan ",51,0.52784,0.28571,0.53333,0.86940,0.18063
2010,"Kazakhstan ",46,0.55782,0.55714,0.52698,0.96773,0.17969
2010,"Kenya ",124,0.33384,0.22857,0.23809,0.70266,0.06368
2010,"Kiribati ",184,0.00000,0.01428,0.02857,0.00000,0.01482
2010,"Kuwait ",50,0.52901,0.22857,0.46031,0.87640,0.25239
2010,"Kyrgyzstan ",91,0.44168,0.42857,0.31746,0.91960,0.09175
2010,"Lao People's Democratic Republic ",151,0.26371,0.12857,0.07936,0.68446,0.03291
2010,"Latvia ",37,0.58261,0.27142,0.41587,0.96080,0.37621
2010,"Lebanon ",93,0.43875,0.27142,0.26666,0.85833,0.19646
2010,"Lesotho ",121,0.35123,0.08571,0.26349,0.75286,0.03999
2010,"Liberia ",166,0.21333,0.02857,0.06349,0.56213,0.01892
2010,Libya,114,0.37985,0.17142,0.13650,0.89786,0.11255
2010,Liechtenstein,23,0.66940,0.12857,0.52380,0.94763,0.54118
2010,"Lithuania ",28,0.62952,0.52857,0.48253,0.96916,0.44132
2010,Luxembourg,25,0.66721,0.17142,0.38095,0.91560,0.71375
2010,"Madagascar ",139,0.28904,0.05714,0.16507,0.67573,0.03008
2010,"Malawi ",159,0.23568,0.00000,0.01587,0.67973,0.01811
2010,Malaysia,32,0.61014,0.65714,0.63174,0.85426,0.34375
2010,Maldives,92,0.43917,0.07142,0.16190,0.87543,0.28859
2010,"Mali ",176,0.18147,0.11428,0.18412,0.33113,0.02907
2010,"Malta ",30,0.61293,0.34285,0.46984,0.88703,0.48627
2010,"Marshall Islands ",184,0.00000,0.02857,0.02539,0.00000,0.04174
2010,"Mauritania ",157,0.23590,0.11428,0.08888,0.54346,0.07981
2010,Afghanistan,168,0.20976,0.05714,0.23174,0.36410,0.03278
2010,"Mauritius ",77,0.46454,0.05714,0.29523,0.83883,0.26469
2010,"Mexico ",56,0.51500,0.37142,0.44126,0.88983,0.21614
2010,"Micronesia (Federated States of) ",184,0.00000,0.01428,0.12698,0.00000,0.08111
2010,"Monaco ",184,0.00000,0.02857,0.13650,0.00000,0.69614
2010,"Mongolia ",53,0.52427,0.42857,0.55555,0.91270,0.10363
2010,Montenegro,60,0.51014,0.15714,0.31428,0.89100,0.33108
2010,"Albania ",85,0.45192,0.12857,0.31111,0.88600,0.16293
2010,"Algeria ",131,0.31810,0.01428,0.09841,0.73773,0.12481
2010,"Andorra ",57,0.51478,0.14285,0.23174,0.87973,0.44145
2010,"Angola ",132,0.31098,0.07142,0.33968,0.54733,0.04507
2010,"Antigua and Barbuda ",55,0.51536,0.15714,0.12063,0.91333,0.52409
2010,"Argentina ",48,0.54668,0.20000,0.41269,0.95026,0.28116
2010,"Armenia ",110,0.40247,0.04285,0.17460,0.91173,0.12800
2010,"Morocco ",126,0.32872,0.12857,0.23809,0.57393,0.17688
2010,"Mozambique ",161,0.22884,0.11428,0.17142,0.49183,0.02501
2010,"Myanmar ",141,0.28177,0.00000,0.08253,0.76433,0.00449
2010,"Namibia ",125,0.33135,0.01428,0.06666,0.81350,0.12191
2010,"Nauru ",184,0.00000,0.01428,0.01269,0.00000,0.00000
2010,"Dominica ",105,0.41491,0.02857,0.05079,0.84840,0.35659
2010,"Dominican Republic ",84,0.45573,0.18571,0.36507,0.83910,0.16578
2010,"Ecuador ",95,0.43219,0.15714,0.31746,0.82306,0.15954
2010,"Egypt ",86,0.45180,0.28571,0.53015,0.69733,0.12555
2010,"El Salvador ",73,0.46995,0.07142,0.42539,0.79350,0.19230
2010,"Equatorial Guinea ",138,0.29024,0.08571,0.03174,0.78680,0.06001
2010,"Eritrea ",175,0.18587,0.02857,0.02222,0.52906,0.01130
2010,"Estonia ",20,0.69653,0.68571,0.50158,0.96663,0.62729
2010,"Nepal ",153,0.25677,0.05714,0.16825,0.58206,0.02268
2010,"Netherlands ",5,0.80968,0.60000,0.67936,0.98703,0.76660
2010,"New Zealand ",14,0.73112,0.77142,0.63809,0.99333,0.56478
2010,"Nicaragua ",118,0.36298,0.30000,0.25396,0.76256,0.07571
2010,"Niger ",183,0.10981,0.10000,0.03809,0.28186,0.01165
2010,"Nigeria ",150,0.26868,0.01428,0.09523,0.65670,0.05937
2010,"Norway ",6,0.80199,0.50000,0.73650,0.98843,0.68303
2010,"Oman ",82,0.45757,0.15714,0.36825,0.79800,0.20917
2010,"Pakistan ",146,0.27547,0.17142,0.24761,0.50256,0.07709
2010,"Palau ",103,0.41885,0.01428,0.05396,0.95906,0.25460
2010,"Panama ",79,0.46191,0.00000,0.28253,0.88843,0.22019
2010,"Papua New Guinea ",171,0.20429,0.01428,0.07301,0.52100,0.02283
2010,"Paraguay ",101,0.42434,0.01428,0.26349,0.87110,0.14330
2010,"Peru ",63,0.49234,0.17142,0.40952,0.89110,0.17890
2010,"Philippines ",78,0.46373,0.18571,0.39365,0.88813,0.11153
2010,"Poland ",45,0.55822,0.24285,0.38730,0.95516,0.33737
2010,"Portugal ",39,0.57869,0.27142,0.38730,0.93566,0.41890
2010,"Qatar ",62,0.49278,0.12857,0.27936,0.88860,0.31684
2010,"Republic of Korea ",1,0.87854,1.00000,1.00000,0.99293,0.63902
2010,"Republic of Moldova ",80,0.46114,0.20000,0.29523,0.89990,0.19332
2010,"Romania ",47,0.54791,0.18571,0.41587,0.92260,0.30927
2010,"Russian Federation ",59,0.51359,0.12857,0.33015,0.93966,0.27651
2010,"Australia ",8,0.78627,0.91428,0.76507,0.99333,0.60105
2010,Austria,24,0.66793,0.50000,0.47619,0.95980,0.57362
2010,"Azerbaijan ",83,0.45706,0.17142,0.32380,0.91850,0.13292
2010,"Bahamas ",65,0.48706,0.07142,0.23174,0.88696,0.35021
2010,"Chad ",182,0.12346,0.05714,0.01904,0.33630,0.01822
2010,"Chile ",34,0.60137,0.34285,0.60952,0.92326,0.27109
2010,"China ",72,0.46998,0.37142,0.36825,0.85353,0.19125
2010,"Bahrain ",13,0.73625,0.67142,0.73015,0.89326,0.58551
2010,"Bangladesh ",134,0.30278,0.10000,0.35555,0.51820,0.03300
2010,"Barbados ",40,0.57144,0.10000,0.20000,0.97430,0.55130
2010,"Belarus ",64,0.48996,0.24285,0.30158,0.96593,0.20807
2010,"Belgium ",16,0.72246,0.58571,0.62539,0.97513,0.56979
2010,"Belize ",120,0.35127,0.10000,0.15873,0.76090,0.14002
2010,"Benin ",173,0.20171,0.07142,0.11746,0.44476,0.04545
2010,"Bhutan ",152,0.25983,0.07142,0.18730,0.53246,0.06193
2010,"Bolivia ",98,0.42797,0.20000,0.30476,0.89140,0.09148
2010,"Bosnia and Herzegovina ",74,0.46978,0.04285,0.27619,0.88856,0.25047
2010,"Botswana ",117,0.36373,0.10000,0.20000,0.78806,0.10809
2010,"Djibouti ",170,0.20586,0.02857,0.04761,0.55990,0.01485
2010,"Brazil ",61,0.50058,0.28571,0.36825,0.88370,0.25380
2010,"Brunei Darussalam ",68,0.47955,0.17142,0.28253,0.89176,0.27032
2010,"Bulgaria ",44,0.55902,0.30000,0.40952,0.93503,0.33704
2010,"Burkina Faso ",178,0.15871,0.05714,0.15555,0.30056,0.02012
2010,"Burundi ",174,0.20138,0.01428,0.04126,0.55870,0.00904
2010,"Cambodia ",140,0.28784,0.11428,0.13650,0.70190,0.02970
2010,"Cameroon ",149,0.27223,0.15714,0.15238,0.62686,0.04110
2010,"Canada ",3,0.84479,0.72857,0.88253,0.97080,0.67990
2010,"Cabo Verde ",108,0.40537,0.17142,0.26984,0.78580,0.16458
2010,"Central African Republic ",181,0.13989,0.00000,0.00000,0.41940,0.00452
2010,"Colombia ",31,0.61250,0.44285,0.71111,0.88130,0.24210
2010,"Comoros ",160,0.23268,0.05714,0.02857,0.65530,0.02036
2010,"Congo ",135,0.30194,0.15714,0.07936,0.77420,0.05902
2010,"Costa Rica ",71,0.47486,0.20000,0.30476,0.88260,0.24237
2010,"Côte d'Ivoire ",144,0.28045,0.17142,0.32380,0.45400,0.06224
2010,"Croatia ",35,0.58580,0.45714,0.42222,0.91813,0.42200
2010,"Cuba ",96,0.43214,0.11428,0.24126,0.99866,0.06228
2010,"Cyprus ",42,0.57053,0.48571,0.37142,0.91353,0.43266
2010,"Czech Republic ",33,0.60602,0.12857,0.45396,0.94290,0.42580
2010,"Democratic People's Republic of Korea ",184,0.00000,0.00000,0.01904,0.00000,0.00000
2010,"Democratic Republic of the Congo ",158,0.23570,0.01428,0.08888,0.60866,0.01399
2010,"Denmark ",7,0.78722,0.64285,0.67301,0.99333,0.69879
2010,"Ethiopia ",172,0.20331,0.04285,0.20000,0.40273,0.00731
2010,"Fiji ",113,0.39253,0.02857,0.18412,0.86016,0.13961
2010,"Finland ",19,0.69670,0.41428,0.47936,0.99333,0.62399
2010,"Guinea-Bissau ",179,0.15606,0.07142,0.01587,0.42066,0.03588
2010,"Guyana ",106,0.41398,0.08571,0.18095,0.93956,0.12849
2010,"Spain ",9,0.75156,0.82857,0.76507,0.97920,0.51000
2010,"Sierra Leone ",177,0.16973,0.00000,0.00317,0.49316,0.01792
2010,France,10,0.75103,0.60000,0.68253,0.97723,0.59539
2010,"Gabon ",123,0.34203,0.02857,0.07936,0.84366,0.11101
2010,"Gambia ",167,0.21169,0.01428,0.08253,0.46090,0.09554
2010,Georgia (Country),100,0.42476,0.05714,0.24761,0.91563,0.11642
2010,"Germany ",15,0.73085,0.61428,0.54920,0.95333,0.69553
2010,"Ghana ",147,0.27537,0.08571,0.14920,0.62150,0.05924
2010,"Greece ",41,0.57075,0.25714,0.35555,0.98036,0.38287
2010,"Grenada ",99,0.42768,0.14285,0.18730,0.86220,0.24083
2010,"Guatemala ",112,0.39368,0.31428,0.30793,0.72290,0.15282
2010,"Guinea ",180,0.14261,0.02857,0.03492,0.36766,0.02851
2010,"Haiti ",169,0.20741,0.00000,0.01904,0.54200,0.06691
2010,"Honduras ",107,0.40646,0.12857,0.29523,0.80070,0.12683
2010,"Hungary ",27,0.63147,0.31428,0.50476,0.95970,0.43380
2010,"Iceland ",22,0.66971,0.04285,0.39682,0.98110,0.63948
2010,"India ",119,0.35673,0.20000,0.36825,0.64326,0.05832
2010,"Indonesia ",109,0.40264,0.12857,0.24444,0.85400,0.11429
2010,"Iran (Islamic Republic of) ",102,0.42343,0.07142,0.26666,0.79266,0.21571
2010,"Slovenia ",29,0.62426,0.51428,0.40000,0.97700,0.50259
2010,"Solomon Islands ",156,0.24454,0.01428,0.04444,0.67626,0.01898
2010,"Somalia ",184,0.00000,0.00000,0.00000,0.00000,0.01220
2010,"South Africa ",97,0.43057,0.18571,0.30793,0.84320,0.14431
2010,"Sri Lanka ",111,0.39949,0.14285,0.26031,0.83426,0.10812
2010,"Sudan ",154,0.25417,0.10000,0.15555,0.53886,0.07107
2010,"Suriname ",127,0.32826,0.00000,0.02222,0.85053,0.12131
2010,Eswatini,145,0.27570,0.00000,0.00000,0.77423,0.06123
2010,"Uzbekistan ",87,0.44975,0.31428,0.37777,0.88830,0.08538
2010,"Vanuatu ",155,0.25212,0.01428,0.01269,0.71336,0.03755
2010,"Venezuela ",70,0.47736,0.14285,0.30476,0.90043,0.23212
2010,"Viet Nam ",90,0.44544,0.08571,0.30476,0.80976,0.22606
2010,"Sweden ",12,0.74744,0.48571,0.52698,0.96980,0.75222
2010,"Switzerland ",18,0.71360,0.20000,0.44444,0.93580,0.76872
2010,"Syrian Arab Republic ",133,0.31027,0.01428,0.04126,0.77686,0.12085
2010,"Tajikistan ",122,0.34766,0.02857,0.08888,0.90050,0.06145
2010,"Thailand ",76,0.46529,0.08571,0.33333,0.89193,0.17460
2010,North Macedonia,52,0.52611,0.21428,0.32063,0.88350,0.38042
2010,Timor-Leste,162,0.22727,0.01428,0.13333,0.54453,0.00679
2010,"Togo ",165,0.21497,0.10000,0.06984,0.53416,0.04532
2010,"Tonga ",116,0.36965,0.01428,0.06984,0.92123,0.12698
2010,"Trinidad and Tobago ",67,0.48061,0.12857,0.33968,0.87606,0.23036
2010,"Tunisia ",66,0.48257,0.30000,0.48253,0.77103,0.19415
2010,Türkiye,69,0.47800,0.21428,0.34603,0.83386,0.25810
2010,"Turkmenistan ",130,0.32258,0.00000,0.02857,0.90666,0.04142
2010,"Tuvalu ",184,0.00000,0.00000,0.01269,0.00000,0.17169
2010,"Uganda ",142,0.28123,0.07142,0.10158,0.69966,0.04790
2010,Ukraine,54,0.51808,0.25714,0.34603,0.96473,0.24869
2010,"United Arab Emirates ",49,0.53494,0.12857,0.25079,0.81920,0.54343
2010,United Kingdom of Great Britain and Northern Ireland,4,0.81466,0.77142,0.77460,0.95423,0.71637
2010,"United Republic of Tanzania ",137,0.29259,0.04285,0.17460,0.67306,0.03368
2010,"United States of America ",2,0.85103,0.75714,0.93650,0.96910,0.64490
2010,"Uruguay ",36,0.58477,0.25714,0.47936,0.95986,0.31829
2010,"Yemen ",164,0.21541,0.04285,0.04761,0.57393,0.02979
2010,"Zambia ",143,0.28098,0.00000,0.10476,0.70083,0.04269
2010,"Zimbabwe ",129,0.32304,0.02857,0.12698,0.78946,0.05862
2010,South Sudan,,0.00000,0.00000,0.00000,0.00000,0.00000
2010,"Rwanda ",148,0.27494,0.02857,0.17460,0.63293,0.02034
2010,"Saint Kitts and Nevis ",75,0.46913,0.01428,0.10158,0.88746,0.42950
2010,"Saint Lucia ",88,0.44705,0.02857,0.11111,0.88923,0.35100
2010,"Saint Vincent and the Grenadines ",94,0.43553,0.01428,0.13015,0.81716,0.36853
2010,"Samoa ",115,0.37419,0.01428,0.14285,0.90490,0.08185
2010,"San Marino ",184,0.00000,0.01428,0.18412,0.00000,0.53296
2010,"Sao Tome and Principe ",128,0.32582,0.01428,0.08888,0.81306,0.08270
2010,"Saudi Arabia ",58,0.51424,0.10000,0.31111,0.83463,0.40313
2010,"Senegal ",163,0.22414,0.01428,0.17777,0.42500,0.07107
2010,Serbia,81,0.45850,0.04285,0.22222,0.89100,0.26946
2010,"Seychelles ",104,0.41792,0.04285,0.05714,0.90386,0.30369
2010,"Singapore ",11,0.74760,0.68571,0.68571,0.92033,0.63863
2010,"Slovakia ",43,0.56387,0.07142,0.34603,0.93100,0.42118
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2012,"Iraq ",137,0.34093,0.10530,0.28758,0.61509,0.12014
2012,"Ireland ",34,0.71492,0.13160,0.53594,0.95350,0.65533
2012,"Israel ",16,0.81001,0.89470,0.84967,0.89446,0.68591
2012,"Italy ",32,0.71895,0.26320,0.57516,0.91203,0.66966
2012,"Jamaica ",108,0.45516,0.00000,0.30718,0.79155,0.26675
2012,"Japan ",18,0.80187,0.73680,0.86274,0.89689,0.64599
2012,"Jordan ",98,0.48838,0.10530,0.39215,0.80133,0.27165
2012,"Kazakhstan ",38,0.68438,0.94740,0.78431,0.91337,0.35546
2012,"Kenya ",119,0.42117,0.05260,0.43137,0.71093,0.12122
2012,"Kiribati ",149,0.29977,0.02630,0.06535,0.78710,0.04686
2012,"Kuwait ",63,0.59602,0.18420,0.58169,0.78851,0.41787
2012,"Kyrgyzstan ",99,0.48790,0.28950,0.42483,0.84852,0.19034
2012,"Lao People's Democratic Republic ",153,0.29350,0.00000,0.21568,0.56505,0.09976
2012,"Latvia ",42,0.66040,0.21050,0.58823,0.88787,0.50509
2012,"Lebanon ",87,0.51388,0.31580,0.47712,0.79170,0.27281
2012,"Lesotho ",136,0.35006,0.02630,0.30065,0.69965,0.04990
2012,"Liberia ",169,0.24073,0.02630,0.18954,0.48494,0.04772
2012,Libya,191,0.00000,0.00000,0.00000,0.85018,0.37433
2012,Liechtenstein,14,0.82640,0.23680,0.58823,0.89097,1.00000
2012,"Lithuania ",29,0.73329,0.52630,0.69934,0.92401,0.57652
2012,Luxembourg,19,0.80135,0.39470,0.69934,0.84035,0.86437
2012,"Madagascar ",148,0.30535,0.02630,0.32026,0.54381,0.05199
2012,"Malawi ",159,0.27398,0.00000,0.21568,0.57414,0.03211
2012,Malaysia,40,0.67031,0.50000,0.79084,0.76911,0.45098
2012,Maldives,95,0.49936,0.02630,0.32679,0.81137,0.35993
2012,"Mali ",183,0.18567,0.00000,0.32026,0.17229,0.06447
2012,"Malta ",35,0.71310,0.26320,0.61437,0.80572,0.71920
2012,"Marshall Islands ",146,0.31288,0.00000,0.13725,0.75895,0.04246
2012,"Mauritania ",181,0.19956,0.00000,0.07843,0.40793,0.11232
2012,Afghanistan,184,0.17014,0.13160,0.23529,0.21781,0.05731
2012,"Mauritius ",93,0.50658,0.07890,0.43137,0.75877,0.32959
2012,"Mexico ",55,0.62399,0.57890,0.73202,0.82954,0.31042
2012,"Micronesia (Federated States of) ",127,0.38119,0.02630,0.20915,0.83317,0.10126
2012,"Monaco ",26,0.74679,0.18420,0.35947,0.94386,0.93703
2012,"Mongolia ",76,0.54430,0.60530,0.58823,0.86884,0.17583
2012,Montenegro,57,0.62181,0.31580,0.50980,0.81818,0.53746
2012,"Albania ",86,0.51606,0.10530,0.42483,0.78632,0.33702
2012,"Algeria ",132,0.36077,0.05260,0.25490,0.64626,0.18116
2012,"Andorra ",58,0.61718,0.15790,0.31372,0.80632,0.73150
2012,"Angola ",142,0.32028,0.02630,0.33333,0.53833,0.08919
2012,"Antigua and Barbuda ",49,0.63447,0.13160,0.30718,0.87702,0.71920
2012,"Argentina ",56,0.62279,0.28950,0.52941,0.90381,0.43517
2012,"Armenia ",94,0.49967,0.00000,0.32679,0.85053,0.32167
2012,"Morocco ",120,0.42090,0.39470,0.54248,0.44303,0.27720
2012,"Mozambique ",158,0.27859,0.13160,0.36601,0.42549,0.04426
2012,"Myanmar ",160,0.27033,0.00000,0.10457,0.70642,0.00000
2012,"Namibia ",123,0.39370,0.02630,0.30065,0.74193,0.13851
2012,"Nauru ",141,0.32422,0.00000,0.09803,0.70467,0.16996
2012,"Dominica ",73,0.55609,0.02630,0.29411,0.75201,0.62214
2012,"Dominican Republic ",89,0.51298,0.47370,0.53594,0.73980,0.26320
2012,"Ecuador ",102,0.48685,0.23680,0.45751,0.75488,0.24816
2012,"Egypt ",107,0.46112,0.68420,0.60130,0.55884,0.22320
2012,"El Salvador ",74,0.55127,0.55260,0.67320,0.71685,0.26376
2012,"Equatorial Guinea ",151,0.29548,0.02630,0.09803,0.70012,0.08829
2012,"Eritrea ",180,0.20434,0.02630,0.20915,0.39066,0.01320
2012,"Estonia ",20,0.79873,0.76320,0.82352,0.90847,0.66421
2012,"Nepal ",164,0.26644,0.02630,0.28758,0.45206,0.05969
2012,"Netherlands ",2,0.91249,1.00000,0.96078,0.94249,0.83421
2012,"New Zealand ",13,0.83809,0.57890,0.78431,0.99819,0.73176
2012,"Nicaragua ",130,0.36214,0.13160,0.31372,0.65328,0.11942
2012,"Niger ",188,0.11188,0.00000,0.19607,0.11029,0.02927
2012,"Nigeria ",162,0.26756,0.18420,0.22222,0.45352,0.12696
2012,"Norway ",8,0.85931,0.68420,0.85620,0.93468,0.78704
2012,"Oman ",64,0.59441,0.44740,0.66666,0.72240,0.39417
2012,"Pakistan ",156,0.28234,0.13160,0.36601,0.35717,0.12385
2012,"Palau ",113,0.43592,0.02630,0.18300,0.84452,0.28023
2012,"Panama ",66,0.57328,0.31580,0.46405,0.81505,0.44075
2012,"Papua New Guinea ",177,0.21471,0.00000,0.22875,0.37432,0.04106
2012,"Paraguay ",104,0.48019,0.15790,0.45751,0.78621,0.19684
2012,"Peru ",82,0.52302,0.39470,0.51633,0.79419,0.25854
2012,"Philippines ",88,0.51303,0.21050,0.49673,0.83414,0.20822
2012,"Poland ",47,0.64414,0.18420,0.53594,0.90435,0.49211
2012,"Portugal ",33,0.71650,0.36840,0.65359,0.89310,0.60281
2012,"Qatar ",48,0.64048,0.63160,0.73856,0.73158,0.45130
2012,"Republic of Korea ",1,0.92832,1.00000,1.00000,0.94937,0.83559
2012,"Republic of Moldova ",69,0.56260,0.39470,0.51633,0.81286,0.35861
2012,"Romania ",62,0.60595,0.07890,0.51633,0.87829,0.42322
2012,"Russian Federation ",27,0.73448,0.65790,0.66013,0.88498,0.65834
2012,"Australia ",12,0.83900,0.76320,0.86274,1.00000,0.65427
2012,Austria,21,0.78395,0.36840,0.74509,0.90907,0.69769
2012,"Azerbaijan ",96,0.49838,0.13160,0.36601,0.82586,0.30327
2012,"Bahamas ",65,0.57932,0.07890,0.47058,0.81195,0.45542
2012,"Chad ",189,0.10916,0.02630,0.09803,0.20031,0.02913
2012,"Chile ",39,0.67687,0.65790,0.75163,0.87883,0.40014
2012,"China ",78,0.53590,0.21050,0.52941,0.77446,0.30385
2012,"Bahrain ",36,0.69461,0.65790,0.86274,0.80281,0.41829
2012,"Bangladesh ",150,0.29913,0.07890,0.44444,0.38885,0.06411
2012,"Barbados ",44,0.65655,0.02630,0.37254,0.92317,0.67395
2012,"Belarus ",61,0.60900,0.07890,0.41176,0.91198,0.50325
2012,"Belgium ",24,0.77181,0.13160,0.64705,0.92641,0.74198
2012,"Belize ",124,0.39232,0.18420,0.39869,0.61554,0.16274
2012,"Benin ",179,0.20638,0.07890,0.19607,0.31132,0.11175
2012,"Bhutan ",152,0.29418,0.02630,0.35294,0.41532,0.11430
2012,"Bolivia ",106,0.46584,0.21050,0.41176,0.80715,0.17862
2012,"Bosnia and Herzegovina ",79,0.53279,0.00000,0.37254,0.83414,0.39168
2012,"Botswana ",121,0.41863,0.02630,0.35947,0.70908,0.18733
2012,"Djibouti ",176,0.22283,0.00000,0.19607,0.42362,0.04881
2012,"Brazil ",59,0.61673,0.50000,0.67320,0.82025,0.35676
2012,"Brunei Darussalam ",54,0.62502,0.47370,0.59477,0.82525,0.45503
2012,"Bulgaria ",60,0.61315,0.02630,0.49019,0.84864,0.50062
2012,"Burkina Faso ",185,0.15777,0.15790,0.29411,0.13378,0.04541
2012,"Burundi ",173,0.22882,0.00000,0.15032,0.51880,0.01734
2012,"Cambodia ",155,0.29021,0.00000,0.18954,0.59967,0.08141
2012,"Cameroon ",147,0.30698,0.02630,0.30065,0.55540,0.06488
2012,"Canada ",11,0.84299,0.68420,0.88888,0.92378,0.71631
2012,"Cabo Verde ",118,0.42974,0.23680,0.43790,0.62452,0.22678
2012,"Central African Republic ",191,0.00000,0.00000,0.00000,0.34457,0.02973
2012,"Colombia ",43,0.65723,0.73680,0.84313,0.83911,0.28944
2012,"Comoros ",171,0.23577,0.00000,0.07843,0.58529,0.04361
2012,"Congo ",157,0.28094,0.00000,0.07843,0.63685,0.12753
2012,"Costa Rica ",77,0.53971,0.31580,0.49673,0.80894,0.31345
2012,"Côte d'Ivoire ",166,0.25800,0.13160,0.33333,0.33880,0.10188
2012,"Croatia ",30,0.73284,0.28950,0.64052,0.86152,0.69649
2012,"Cuba ",110,0.44882,0.05260,0.30718,0.96837,0.07091
2012,"Cyprus ",45,0.65081,0.07890,0.56209,0.87509,0.51526
2012,"Czech Republic ",46,0.64914,0.26320,0.54248,0.88984,0.51511
2012,"Democratic People's Republic of Korea ",131,0.36162,0.00000,0.11764,0.95601,0.01122
2012,"Democratic Republic of the Congo ",174,0.22803,0.02630,0.17647,0.48930,0.01831
2012,"Denmark ",4,0.88885,0.55260,0.85620,0.94888,0.86146
2012,"Ethiopia ",172,0.23058,0.34210,0.47058,0.21185,0.00930
2012,"Fiji ",105,0.46715,0.07890,0.35947,0.79858,0.24340
2012,"Finland ",9,0.85052,0.73680,0.88235,0.94670,0.72250
2012,"Guinea-Bissau ",182,0.19449,0.05260,0.10457,0.42781,0.05109
2012,"Guyana ",109,0.45489,0.00000,0.25490,0.85617,0.25360
2012,"Spain ",23,0.77696,0.50000,0.75816,0.94091,0.63179
2012,"Sierra Leone ",186,0.15568,0.05260,0.16993,0.25764,0.03948
2012,France,6,0.86349,0.57890,0.87581,0.92442,0.79024
2012,"Gabon ",129,0.36874,0.10530,0.18954,0.75716,0.15952
2012,"Gambia ",161,0.26884,0.00000,0.32026,0.35189,0.13437
2012,Georgia (Country),72,0.55628,0.21050,0.60130,0.83475,0.23279
2012,"Germany ",17,0.80788,0.76320,0.75163,0.89705,0.77497
2012,"Ghana ",145,0.31590,0.10530,0.30065,0.53601,0.11105
2012,"Greece ",37,0.68716,0.34210,0.57516,0.93317,0.55314
2012,"Grenada ",75,0.54794,0.21050,0.35294,0.88954,0.40136
2012,"Guatemala ",112,0.43903,0.23680,0.46405,0.62839,0.22465
2012,"Guinea ",191,0.00000,0.00000,0.00000,0.26957,0.04910
2012,"Haiti ",187,0.15115,0.00000,0.09150,0.29215,0.06979
2012,"Honduras ",117,0.43413,0.13160,0.37908,0.70603,0.21729
2012,"Hungary ",31,0.72014,0.44740,0.68627,0.90650,0.56766
2012,"Iceland ",22,0.78354,0.15790,0.54248,0.93099,0.87716
2012,"India ",125,0.38287,0.18420,0.53594,0.50249,0.11017
2012,"Indonesia ",97,0.49486,0.21050,0.49673,0.79819,0.18966
2012,"Iran (Islamic Republic of) ",100,0.48762,0.18420,0.49019,0.70888,0.26380
2012,"Slovenia ",25,0.74921,0.21050,0.66666,0.93003,0.65093
2012,"Solomon Islands ",168,0.24162,0.02630,0.13071,0.57432,0.01983
2012,"Somalia ",190,0.06398,0.07890,0.18300,0.00000,0.00895
2012,"South Africa ",101,0.48687,0.15790,0.45751,0.78173,0.22136
2012,"Sri Lanka ",115,0.43566,0.07890,0.37908,0.73566,0.19223
2012,"Sudan ",165,0.26095,0.07890,0.25490,0.45548,0.07248
2012,"Suriname ",116,0.43442,0.00000,0.16339,0.78206,0.35781
2012,Eswatini,144,0.31786,0.05260,0.14379,0.69731,0.11250
2012,"Uzbekistan ",91,0.50991,0.23680,0.49673,0.82554,0.20748
2012,"Vanuatu ",135,0.35120,0.05260,0.22222,0.65311,0.17826
2012,"Venezuela ",71,0.55854,0.26320,0.48366,0.87049,0.32146
2012,"Viet Nam ",83,0.52169,0.10530,0.42483,0.74336,0.39689
2012,"Sweden ",7,0.85990,0.68420,0.84313,0.91406,0.82250
2012,"Switzerland ",15,0.81341,0.34210,0.67320,0.88881,0.87823
2012,"Syrian Arab Republic ",128,0.37049,0.02630,0.22875,0.68756,0.19515
2012,"Tajikistan ",122,0.40687,0.00000,0.24183,0.83134,0.14744
2012,"Thailand ",92,0.50927,0.31580,0.50980,0.78193,0.23608
2012,North Macedonia,70,0.55865,0.13160,0.45098,0.81147,0.41350
2012,Timor-Leste,170,0.23653,0.00000,0.21568,0.42904,0.06487
2012,"Togo ",178,0.21428,0.05260,0.13725,0.43115,0.07444
2012,"Tonga ",111,0.44047,0.02630,0.24183,0.87271,0.20689
2012,"Trinidad and Tobago ",67,0.57309,0.07890,0.48366,0.78298,0.45264
2012,"Tunisia ",103,0.48327,0.36840,0.47712,0.68414,0.28856
2012,Türkiye,80,0.52812,0.05260,0.46405,0.77256,0.34777
2012,"Turkmenistan ",126,0.38130,0.00000,0.18954,0.84042,0.11394
2012,"Tuvalu ",134,0.35389,0.00000,0.05228,0.82275,0.18663
2012,"Uganda ",143,0.31854,0.07890,0.29411,0.58829,0.07322
2012,Ukraine,68,0.56530,0.15790,0.42483,0.91758,0.35349
2012,"United Arab Emirates ",28,0.73442,0.73680,0.86274,0.78368,0.55684
2012,United Kingdom of Great Britain and Northern Ireland,3,0.89603,0.92110,0.97385,0.90074,0.81351
2012,"United Republic of Tanzania ",139,0.33110,0.07890,0.35294,0.55642,0.08394
2012,"United States of America ",5,0.86873,0.92110,1.00000,0.92023,0.68596
2012,"Uruguay ",50,0.63151,0.18420,0.54901,0.90131,0.44420
2012,"Yemen ",167,0.24724,0.00000,0.17647,0.46415,0.10111
2012,"Zambia ",154,0.29102,0.02630,0.31372,0.49930,0.06005
2012,"Zimbabwe ",133,0.35831,0.02630,0.30065,0.66438,0.10991
2012,South Sudan,175,0.22392,0.00000,0.14379,0.45548,0.07248
2012,"Rwanda ",140,0.32913,0.02630,0.33986,0.58611,0.06142
2012,"Saint Kitts and Nevis ",81,0.52719,0.05260,0.18300,0.83381,0.56477
2012,"Saint Lucia ",90,0.51222,0.10530,0.34640,0.80891,0.38136
2012,"Saint Vincent and the Grenadines ",85,0.51765,0.10530,0.31372,0.76957,0.46968
2012,"Samoa ",114,0.43576,0.00000,0.28104,0.83353,0.19272
2012,"San Marino ",52,0.63046,0.00000,0.29411,0.91786,0.67940
2012,"Sao Tome and Principe ",138,0.33273,0.02630,0.11764,0.74318,0.13736
2012,"Saudi Arabia ",41,0.66581,0.63160,0.79738,0.76774,0.43232
2012,"Senegal ",163,0.26726,0.21050,0.34640,0.32707,0.12830
2012,Serbia,51,0.63119,0.23680,0.57516,0.84835,0.47006
2012,"Seychelles ",84,0.51915,0.07890,0.33333,0.82044,0.40368
2012,"Singapore ",10,0.84742,0.94740,1.00000,0.84996,0.69229
2012,"Slovakia ",53,0.62918,0.13160,0.50326,0.86957,0.51470
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2014,"Iraq ",134,0.31414,0.13725,0.19685,0.52830,0.21727
2014,"Ireland ",22,0.78100,0.64705,0.67716,0.96190,0.70391
2014,"Israel ",17,0.81615,0.86274,0.87401,0.85450,0.71998
2014,"Italy ",23,0.75930,0.78431,0.74803,0.85520,0.67473
2014,"Jamaica ",109,0.43882,0.19607,0.31496,0.72620,0.27533
2014,"Japan ",6,0.88744,0.96078,0.94488,0.86210,0.85533
2014,"Jordan ",79,0.51674,0.47058,0.51968,0.72020,0.31035
2014,"Kazakhstan ",28,0.72827,0.76470,0.74803,0.86190,0.57488
2014,"Kenya ",119,0.38054,0.64705,0.42519,0.55520,0.16120
2014,"Kiribati ",132,0.32010,0.29411,0.21259,0.68120,0.06654
2014,"Kuwait ",49,0.62680,0.43137,0.57480,0.71940,0.58620
2014,"Kyrgyzstan ",101,0.46568,0.41176,0.27559,0.74130,0.38013
2014,"Lao People's Democratic Republic ",152,0.26588,0.19607,0.14173,0.49410,0.16177
2014,"Latvia ",31,0.71775,0.70588,0.70078,0.82880,0.62367
2014,"Lebanon ",89,0.49823,0.29411,0.35433,0.73740,0.40298
2014,"Lesotho ",153,0.26294,0.13725,0.15748,0.51350,0.11785
2014,"Liberia ",179,0.17682,0.11764,0.07874,0.37540,0.07630
2014,Libya,121,0.37530,0.05882,0.01574,0.78210,0.32809
2014,Liechtenstein,35,0.69823,0.27450,0.51181,0.83610,0.74682
2014,"Lithuania ",29,0.72709,0.64705,0.75590,0.85570,0.56968
2014,Luxembourg,24,0.75911,0.54901,0.62204,0.78300,0.87225
2014,"Madagascar ",155,0.26060,0.35294,0.24409,0.48890,0.04879
2014,"Malawi ",166,0.23208,0.23529,0.17322,0.47460,0.04837
2014,Malaysia,52,0.61152,0.52941,0.67716,0.71190,0.44546
2014,Maldives,94,0.48129,0.27450,0.36220,0.68650,0.39516
2014,"Mali ",181,0.16335,0.15686,0.13385,0.22120,0.13501
2014,"Malta ",40,0.65180,0.47058,0.40157,0.78550,0.76834
2014,"Marshall Islands ",142,0.28506,0.25490,0.11023,0.70020,0.04480
2014,"Mauritania ",174,0.18930,0.07843,0.04724,0.35810,0.16256
2014,Afghanistan,173,0.19003,0.13725,0.18110,0.24180,0.14722
2014,"Mauritius ",76,0.53375,0.52941,0.47244,0.68820,0.44061
2014,"Mexico ",63,0.57330,0.60784,0.66141,0.74450,0.31393
2014,"Micronesia (Federated States of) ",130,0.33371,0.25490,0.18897,0.70230,0.10985
2014,"Monaco ",38,0.67148,0.09803,0.22047,0.79400,1.00000
2014,"Mongolia ",65,0.55808,0.68627,0.61417,0.78870,0.27138
2014,Montenegro,45,0.63455,0.58823,0.52755,0.82790,0.54814
2014,"Albania ",84,0.50455,0.52941,0.44881,0.71000,0.35480
2014,"Algeria ",136,0.31064,0.07843,0.07874,0.65430,0.19885
2014,"Andorra ",43,0.64260,0.43137,0.43307,0.72770,0.76706
2014,"Angola ",140,0.29703,0.23529,0.29921,0.49410,0.09778
2014,"Antigua and Barbuda ",60,0.59266,0.50980,0.41732,0.76690,0.59378
2014,"Argentina ",46,0.63059,0.54901,0.55118,0.85710,0.48347
2014,"Armenia ",61,0.58969,0.52941,0.61417,0.76600,0.38890
2014,"Morocco ",82,0.50598,0.80392,0.69291,0.49010,0.33499
2014,"Mozambique ",164,0.23837,0.33333,0.31496,0.34570,0.05449
2014,"Myanmar ",175,0.18694,0.07843,0.02362,0.52880,0.00836
2014,"Namibia ",117,0.38799,0.33333,0.32283,0.56930,0.27187
2014,"Nauru ",145,0.27755,0.07843,0.05511,0.56170,0.21585
2014,"Dominica ",110,0.43380,0.11764,0.18897,0.67010,0.44237
2014,"Dominican Republic ",107,0.44808,0.33333,0.38582,0.66390,0.29450
2014,"Ecuador ",83,0.50529,0.49019,0.48031,0.70370,0.33184
2014,"Egypt ",80,0.51293,0.54901,0.59055,0.59120,0.35705
2014,"El Salvador ",88,0.49885,0.60784,0.53543,0.64140,0.31975
2014,"Equatorial Guinea ",168,0.22675,0.01960,0.03149,0.52880,0.11996
2014,"Eritrea ",192,0.09075,0.00000,0.00000,0.27230,0.00000
2014,"Estonia ",15,0.81796,0.76470,0.77165,0.88890,0.79337
2014,"Nepal ",165,0.23442,0.29411,0.15748,0.37740,0.16843
2014,"Netherlands ",5,0.88966,1.00000,0.92913,0.92240,0.81751
2014,"New Zealand ",9,0.86436,0.78431,0.84251,1.00000,0.75057
2014,"Nicaragua ",147,0.27585,0.09803,0.09448,0.56390,0.16924
2014,"Niger ",191,0.09456,0.23529,0.12598,0.11920,0.03851
2014,"Nigeria ",141,0.29287,0.33333,0.30708,0.38110,0.19045
2014,"Norway ",13,0.83572,0.68627,0.75590,0.93800,0.81328
2014,"Oman ",48,0.62732,0.70588,0.73228,0.66240,0.48725
2014,"Pakistan ",158,0.25799,0.33333,0.32283,0.33370,0.11743
2014,"Palau ",108,0.44150,0.23529,0.16535,0.79990,0.35922
2014,"Panama ",77,0.52422,0.49019,0.37007,0.74550,0.45713
2014,"Papua New Guinea ",188,0.12028,0.00000,0.00787,0.30000,0.05296
2014,"Paraguay ",122,0.37400,0.25490,0.22834,0.67000,0.22361
2014,"Peru ",72,0.54354,0.70588,0.62992,0.72890,0.27180
2014,"Philippines ",95,0.47681,0.56862,0.48031,0.70510,0.24508
2014,"Poland ",42,0.64822,0.49019,0.54330,0.83960,0.56182
2014,"Portugal ",37,0.68996,0.64705,0.63779,0.82270,0.60943
2014,"Qatar ",44,0.63615,0.60784,0.65354,0.66710,0.58786
2014,"Republic of Korea ",1,0.94623,1.00000,0.97637,0.92730,0.93503
2014,"Republic of Moldova ",66,0.55708,0.62745,0.52755,0.72010,0.42355
2014,"Romania ",64,0.56315,0.47058,0.44094,0.81000,0.43854
2014,"Russian Federation ",27,0.72959,0.68627,0.70866,0.83880,0.64130
2014,"Australia ",2,0.91034,0.94117,0.92913,0.99780,0.80405
2014,Austria,20,0.79124,0.62745,0.74803,0.86600,0.75972
2014,"Azerbaijan ",68,0.54720,0.43137,0.43307,0.74800,0.46049
2014,"Bahamas ",92,0.49000,0.19607,0.33858,0.71380,0.41758
2014,"Chad ",189,0.10761,0.07843,0.04724,0.23410,0.04146
2014,"Chile ",33,0.71216,0.94117,0.81889,0.82360,0.49396
2014,"China ",70,0.54501,0.64705,0.60629,0.67340,0.35540
2014,"Bahrain ",18,0.80885,0.82352,0.93700,0.78400,0.70550
2014,"Bangladesh ",148,0.27572,0.39215,0.34645,0.38660,0.09414
2014,"Barbados ",59,0.59330,0.09803,0.22047,0.88650,0.67295
2014,"Belarus ",55,0.60529,0.35294,0.32283,0.88610,0.60691
2014,"Belgium ",25,0.75638,0.62745,0.67716,0.89320,0.69880
2014,"Belize ",120,0.37738,0.29411,0.37795,0.60120,0.15295
2014,"Benin ",180,0.16850,0.17647,0.11023,0.27560,0.11964
2014,"Bhutan ",143,0.28285,0.35294,0.24409,0.42900,0.17546
2014,"Bolivia ",103,0.45617,0.41176,0.39370,0.74240,0.23242
2014,"Bosnia and Herzegovina ",97,0.47069,0.23529,0.28346,0.72880,0.39980
2014,"Botswana ",112,0.41984,0.31372,0.30708,0.65550,0.29694
2014,"Djibouti ",184,0.14560,0.07843,0.06299,0.31820,0.05557
2014,"Brazil ",57,0.60082,0.70588,0.59842,0.73720,0.46681
2014,"Brunei Darussalam ",86,0.50424,0.05882,0.36220,0.78150,0.36898
2014,"Bulgaria ",73,0.54209,0.25490,0.23622,0.79600,0.59406
2014,"Burkina Faso ",178,0.18043,0.13725,0.29921,0.15780,0.08423
2014,"Burundi ",172,0.19278,0.05882,0.01574,0.53930,0.02332
2014,"Cambodia ",139,0.29986,0.19607,0.17322,0.51890,0.20745
2014,"Cameroon ",144,0.27823,0.15686,0.19685,0.54210,0.09579
2014,"Canada ",11,0.84177,0.82352,0.91338,0.89520,0.71676
2014,"Cabo Verde ",127,0.35505,0.09803,0.16535,0.60320,0.29658
2014,"Central African Republic ",187,0.12574,0.03921,0.03937,0.30990,0.02799
2014,"Colombia ",50,0.61730,0.88235,0.78740,0.73480,0.32971
2014,"Comoros ",177,0.18077,0.03921,0.01574,0.46620,0.06037
2014,"Congo ",160,0.25696,0.09803,0.10236,0.52330,0.14526
2014,"Costa Rica ",54,0.60614,0.82352,0.61417,0.75820,0.44607
2014,"Côte d'Ivoire ",171,0.20385,0.17647,0.17322,0.29920,0.13917
2014,"Croatia ",47,0.62817,0.33333,0.46456,0.79280,0.62711
2014,"Cuba ",116,0.39165,0.35294,0.22834,0.84970,0.09687
2014,"Cyprus ",58,0.59576,0.31372,0.47244,0.78280,0.53203
2014,"Czech Republic ",53,0.60695,0.25490,0.37007,0.87550,0.57532
2014,"Democratic People's Republic of Korea ",149,0.27526,0.01960,0.00787,0.80070,0.01725
2014,"Democratic Republic of the Congo ",183,0.15514,0.01960,0.04724,0.38450,0.03369
2014,"Denmark ",16,0.81620,0.54901,0.66141,0.91320,0.87403
2014,"Ethiopia ",157,0.25888,0.25490,0.45669,0.29340,0.02659
2014,"Fiji ",85,0.50437,0.39215,0.39370,0.83220,0.28719
2014,"Finland ",10,0.84491,0.70588,0.77165,0.90370,0.85940
2014,"Guinea-Bissau ",182,0.16085,0.01960,0.00787,0.38690,0.08776
2014,"Guyana ",124,0.36952,0.33333,0.24409,0.63010,0.23437
2014,"Spain ",12,0.84098,0.78431,0.94488,0.91520,0.66288
2014,"Sierra Leone ",186,0.13286,0.09803,0.04724,0.26920,0.08211
2014,France,4,0.89384,0.96078,1.00000,0.88120,0.80029
2014,"Gabon ",131,0.32940,0.21568,0.09448,0.66770,0.22601
2014,"Gambia ",167,0.22851,0.21568,0.20472,0.33260,0.14816
2014,Georgia (Country),56,0.60468,0.58823,0.59842,0.78950,0.42613
2014,"Germany ",21,0.78640,0.70588,0.66929,0.88620,0.80377
2014,"Ghana ",123,0.37354,0.39215,0.31496,0.56130,0.24438
2014,"Greece ",34,0.71176,0.80392,0.60629,0.87410,0.65487
2014,"Grenada ",78,0.52197,0.39215,0.34645,0.81660,0.40289
2014,"Guatemala ",133,0.31603,0.19607,0.14960,0.52720,0.27125
2014,"Guinea ",190,0.09543,0.01960,0.00000,0.23590,0.05044
2014,"Haiti ",176,0.18086,0.17647,0.11023,0.33720,0.09521
2014,"Honduras ",114,0.40826,0.33333,0.40157,0.62810,0.19514
2014,"Hungary ",39,0.66374,0.45098,0.55905,0.86680,0.56536
2014,"Iceland ",19,0.79700,0.49019,0.61417,0.91780,0.85906
2014,"India ",118,0.38343,0.62745,0.54330,0.46980,0.13723
2014,"Indonesia ",106,0.44874,0.29411,0.36220,0.67860,0.30544
2014,"Iran (Islamic Republic of) ",105,0.45075,0.29411,0.37007,0.68820,0.29401
2014,"Slovenia ",41,0.65054,0.39215,0.42519,0.90720,0.61925
2014,"Solomon Islands ",170,0.20871,0.07843,0.05511,0.47020,0.10084
2014,"Somalia ",193,0.01387,0.03921,0.01574,0.00000,0.02588
2014,"South Africa ",93,0.48688,0.33333,0.38582,0.72820,0.34662
2014,"Sri Lanka ",74,0.54176,0.64705,0.65354,0.73760,0.23412
2014,"Sudan ",154,0.26062,0.27450,0.29133,0.30590,0.18466
2014,"Suriname ",115,0.40446,0.13725,0.14173,0.67490,0.39678
2014,Eswatini,138,0.30558,0.15686,0.13385,0.62000,0.16288
2014,"Uzbekistan ",100,0.46951,0.47058,0.44881,0.72640,0.23334
2014,"Vanuatu ",159,0.25705,0.17647,0.07874,0.57360,0.11882
2014,"Venezuela ",67,0.55639,0.56862,0.55118,0.76850,0.34948
2014,"Viet Nam ",99,0.47045,0.49019,0.41732,0.61480,0.37923
2014,"Sweden ",14,0.82250,0.60784,0.70078,0.88020,0.88656
2014,"Switzerland ",30,0.72670,0.37254,0.50393,0.85620,0.81992
2014,"Syrian Arab Republic ",135,0.31341,0.09803,0.15748,0.58350,0.19924
2014,"Tajikistan ",129,0.33951,0.11764,0.06299,0.72490,0.23062
2014,"Thailand ",102,0.46308,0.54901,0.44094,0.66400,0.28428
2014,North Macedonia,96,0.47198,0.21568,0.24409,0.71980,0.45207
2014,Timor-Leste,161,0.25276,0.29411,0.20472,0.48310,0.07042
2014,"Togo ",162,0.24463,0.09803,0.11023,0.54010,0.08359
2014,"Tonga ",98,0.47057,0.33333,0.34645,0.83040,0.23482
2014,"Trinidad and Tobago ",91,0.49317,0.31372,0.33070,0.69450,0.45429
2014,"Tunisia ",75,0.53895,0.64705,0.63779,0.67170,0.30741
2014,Türkiye,71,0.54428,0.49019,0.55905,0.71330,0.36048
2014,"Turkmenistan ",128,0.35109,0.11764,0.08661,0.74780,0.21885
2014,"Tuvalu ",137,0.30590,0.11764,0.03937,0.70220,0.17611
2014,"Uganda ",156,0.25926,0.13725,0.14960,0.52710,0.10108
2014,Ukraine,87,0.50316,0.43137,0.26771,0.86160,0.38016
2014,"United Arab Emirates ",32,0.71358,0.84313,0.88188,0.66570,0.59319
2014,United Kingdom of Great Britain and Northern Ireland,8,0.86948,0.96078,0.89763,0.85740,0.85340
2014,"United Republic of Tanzania ",146,0.27642,0.39215,0.29921,0.44920,0.08082
2014,"United States of America ",7,0.87483,0.92156,0.94488,0.93900,0.74059
2014,"Uruguay ",26,0.74195,0.98039,0.85039,0.81480,0.56070
2014,"Yemen ",150,0.27199,0.27450,0.30708,0.38400,0.12486
2014,"Zambia ",163,0.23893,0.17647,0.14173,0.45040,0.12471
2014,"Zimbabwe ",126,0.35845,0.45098,0.30708,0.54450,0.22376
2014,South Sudan,185,0.14184,0.05882,0.00787,0.40350,0.01411
2014,"Rwanda ",125,0.35888,0.50980,0.51181,0.48200,0.08284
2014,"Saint Kitts and Nevis ",90,0.49795,0.11764,0.13385,0.72790,0.63209
2014,"Saint Lucia ",104,0.45248,0.27450,0.24409,0.71330,0.40004
2014,"Saint Vincent and the Grenadines ",113,0.41578,0.15686,0.15748,0.70880,0.38104
2014,"Samoa ",111,0.42039,0.39215,0.24409,0.74990,0.26723
2014,"San Marino ",62,0.58225,0.19607,0.27559,0.83540,0.63577
2014,"Sao Tome and Principe ",169,0.22179,0.01960,0.00787,0.51770,0.13976
2014,"Saudi Arabia ",36,0.69001,0.56862,0.77165,0.74610,0.55227
2014,"Senegal ",151,0.26657,0.35294,0.30708,0.32830,0.16437
2014,Serbia,69,0.54715,0.41176,0.39370,0.77960,0.46814
2014,"Seychelles ",81,0.51126,0.25490,0.33070,0.73100,0.47206
2014,"Singapore ",3,0.90762,0.90196,0.99212,0.85150,0.87927
2014,"Slovakia ",51,0.61478,0.62745,0.48818,0.82650,0.52963
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2016,"Iraq ",141,0.33335,0.42373,0.35507,0.48030,0.16468
2016,"Ireland ",26,0.76888,0.71186,0.72464,0.92185,0.66015
2016,"Israel ",20,0.78056,0.83051,0.86232,0.86189,0.61748
2016,"Italy ",22,0.77636,0.91525,0.86957,0.81261,0.64691
2016,"Jamaica ",112,0.45340,0.27119,0.35507,0.68587,0.31926
2016,"Japan ",11,0.84397,0.98305,0.87681,0.82738,0.82771
2016,"Jordan ",91,0.51226,0.45763,0.45652,0.73442,0.34584
2016,"Kazakhstan ",33,0.72499,0.59322,0.76812,0.84010,0.56677
2016,"Kenya ",119,0.41855,0.52542,0.55797,0.51688,0.18081
2016,"Kiribati ",145,0.31219,0.25424,0.21014,0.65994,0.06649
2016,"Kuwait ",40,0.70795,0.64407,0.65217,0.72873,0.74295
2016,"Kyrgyzstan ",97,0.49686,0.59322,0.42754,0.75079,0.31225
2016,"Lao People's Democratic Republic ",148,0.30900,0.27119,0.28261,0.49072,0.15366
2016,"Latvia ",45,0.68100,0.52542,0.60870,0.85120,0.58311
2016,"Lebanon ",73,0.56460,0.49153,0.51449,0.68816,0.49114
2016,"Lesotho ",154,0.27702,0.11864,0.13768,0.51469,0.17867
2016,"Liberia ",170,0.23378,0.28814,0.23913,0.35813,0.10408
2016,Libya,118,0.43220,0.10169,0.10870,0.75878,0.42912
2016,Liechtenstein,32,0.73126,0.62712,0.66667,0.79783,0.72929
2016,"Lithuania ",23,0.77467,0.83051,0.82609,0.87174,0.62619
2016,Luxembourg,25,0.77046,0.69492,0.71739,0.77502,0.81898
2016,"Madagascar ",163,0.24161,0.20339,0.22464,0.44875,0.05144
2016,"Malawi ",166,0.23977,0.28814,0.21739,0.45347,0.04845
2016,Malaysia,60,0.61749,0.67797,0.71739,0.69534,0.43975
2016,Maldives,117,0.43299,0.22034,0.23188,0.63005,0.43703
2016,"Mali ",182,0.18165,0.06780,0.09420,0.23583,0.21492
2016,"Malta ",30,0.74242,0.77966,0.79710,0.73101,0.69916
2016,"Marshall Islands ",156,0.26953,0.05085,0.02899,0.69470,0.08492
2016,"Mauritania ",184,0.17344,0.05085,0.06522,0.30146,0.15365
2016,Afghanistan,171,0.23132,0.42373,0.30435,0.28304,0.10658
2016,"Mauritius ",58,0.62306,0.66102,0.70290,0.70670,0.45957
2016,"Mexico ",59,0.61953,0.88136,0.84783,0.69934,0.31143
2016,"Micronesia (Federated States of) ",146,0.31031,0.22034,0.14493,0.66628,0.11971
2016,"Monaco ",31,0.73152,0.28814,0.31884,0.87573,1.00000
2016,"Mongolia ",84,0.51943,0.71186,0.51449,0.75968,0.28411
2016,Montenegro,47,0.67326,0.83051,0.68116,0.81647,0.52215
2016,"Albania ",82,0.53305,0.64407,0.59420,0.65199,0.35296
2016,"Algeria ",150,0.29991,0.11864,0.06522,0.64116,0.19336
2016,"Andorra ",55,0.63016,0.44068,0.50725,0.69776,0.68546
2016,"Angola ",142,0.33114,0.44068,0.34783,0.50151,0.14409
2016,"Antigua and Barbuda ",100,0.48922,0.16949,0.18116,0.74529,0.54120
2016,"Argentina ",41,0.69780,0.62712,0.71014,0.88021,0.50306
2016,"Armenia ",87,0.51785,0.52542,0.42754,0.73377,0.39225
2016,"Morocco ",85,0.51858,0.83051,0.73913,0.47372,0.34290
2016,"Mozambique ",172,0.23050,0.20339,0.20290,0.38930,0.09929
2016,"Myanmar ",169,0.23619,0.10169,0.15942,0.48365,0.06551
2016,"Namibia ",125,0.36818,0.23729,0.28261,0.55506,0.26686
2016,"Nauru ",152,0.28682,0.08475,0.09420,0.52144,0.24480
2016,"Dominica ",109,0.45775,0.18644,0.30435,0.63842,0.43048
2016,"Dominican Republic ",98,0.49136,0.49153,0.50725,0.66762,0.29922
2016,"Ecuador ",74,0.56254,0.57627,0.63043,0.71341,0.34379
2016,"Egypt ",108,0.45941,0.40678,0.47101,0.60476,0.30246
2016,"El Salvador ",104,0.47184,0.55932,0.48551,0.60354,0.32646
2016,"Equatorial Guinea ",165,0.24027,0.08475,0.07971,0.51740,0.12371
2016,"Eritrea ",190,0.09016,0.01695,0.02174,0.24874,0.00000
2016,"Estonia ",13,0.83344,0.81356,0.89130,0.87608,0.73295
2016,"Nepal ",135,0.34581,0.50847,0.39855,0.47142,0.16745
2016,"Netherlands ",7,0.86586,0.94915,0.92754,0.91830,0.75173
2016,"New Zealand ",8,0.86530,0.94915,0.94203,0.94024,0.71364
2016,"Nicaragua ",123,0.38011,0.40678,0.38406,0.54540,0.21088
2016,"Niger ",192,0.05933,0.08475,0.07246,0.04979,0.05575
2016,"Nigeria ",143,0.32910,0.35593,0.41304,0.37843,0.19582
2016,"Norway ",18,0.81168,0.76271,0.80435,0.90306,0.72764
2016,"Oman ",66,0.59616,0.55932,0.59420,0.67957,0.51471
2016,"Pakistan ",159,0.25832,0.37288,0.32609,0.31898,0.12989
2016,"Palau ",111,0.45459,0.03390,0.10870,0.88665,0.36841
2016,"Panama ",99,0.49035,0.37288,0.33333,0.71747,0.42023
2016,"Papua New Guinea ",179,0.18820,0.20339,0.16667,0.32400,0.07393
2016,"Paraguay ",95,0.49890,0.57627,0.60145,0.64086,0.25439
2016,"Peru ",81,0.53815,0.54237,0.63043,0.71508,0.26892
2016,"Philippines ",71,0.57655,0.59322,0.66667,0.68389,0.37909
2016,"Poland ",36,0.72108,0.88136,0.70290,0.87465,0.58568
2016,"Portugal ",38,0.71437,0.66102,0.74638,0.81294,0.58379
2016,"Qatar ",48,0.66988,0.64407,0.67391,0.73166,0.60408
2016,"Republic of Korea ",3,0.89149,0.96610,0.94203,0.87947,0.85296
2016,"Republic of Moldova ",65,0.59945,0.66102,0.59420,0.71913,0.48501
2016,"Romania ",75,0.56114,0.62712,0.45652,0.77361,0.45329
2016,"Russian Federation ",35,0.72147,0.74576,0.73188,0.82340,0.60913
2016,"Australia ",2,0.91428,0.98305,0.97826,1.00000,0.76459
2016,Austria,16,0.82081,0.88136,0.91304,0.83959,0.70981
2016,"Azerbaijan ",56,0.62741,0.67797,0.68116,0.71583,0.48525
2016,"Bahamas ",93,0.51084,0.33898,0.42754,0.72073,0.38425
2016,"Chad ",188,0.12564,0.15254,0.13768,0.19168,0.04755
2016,"Chile ",42,0.69492,0.74576,0.77536,0.81235,0.49705
2016,"China ",63,0.60713,0.81356,0.76812,0.68600,0.36727
2016,"Bahrain ",24,0.77335,0.74576,0.82609,0.71777,0.77620
2016,"Bangladesh ",124,0.37995,0.52542,0.62319,0.39731,0.11934
2016,"Barbados ",54,0.63100,0.42373,0.44203,0.81129,0.63967
2016,"Belarus ",49,0.66249,0.55932,0.48551,0.87159,0.63037
2016,"Belgium ",19,0.78740,0.64407,0.71014,0.97124,0.68083
2016,"Belize ",122,0.38253,0.25424,0.31884,0.64536,0.18339
2016,"Benin ",177,0.20389,0.16949,0.14493,0.31964,0.14709
2016,"Bhutan ",133,0.35065,0.35593,0.31884,0.51391,0.21919
2016,"Bolivia ",101,0.48212,0.57627,0.49275,0.70038,0.25322
2016,"Bosnia and Herzegovina ",92,0.51183,0.50847,0.44928,0.68151,0.40471
2016,"Botswana ",113,0.45315,0.28814,0.28261,0.65530,0.42153
2016,"Djibouti ",187,0.13367,0.00000,0.02174,0.30947,0.06979
2016,"Brazil ",51,0.63769,0.72881,0.73188,0.67867,0.50250
2016,"Brunei Darussalam ",83,0.52981,0.37288,0.50725,0.73098,0.35119
2016,"Bulgaria ",52,0.63764,0.69492,0.56522,0.78747,0.56023
2016,"Burkina Faso ",185,0.15977,0.23729,0.18841,0.16773,0.12318
2016,"Burundi ",173,0.22771,0.15254,0.15217,0.49788,0.03308
2016,"Cambodia ",158,0.25927,0.06780,0.05072,0.47847,0.24862
2016,"Cameroon ",155,0.27591,0.16949,0.21739,0.47938,0.13096
2016,"Canada ",14,0.82847,0.91525,0.95652,0.85717,0.67173
2016,"Cabo Verde ",103,0.47418,0.47458,0.45652,0.60313,0.36289
2016,"Central African Republic ",191,0.07888,0.00000,0.00000,0.19850,0.03813
2016,"Colombia ",57,0.62371,0.76271,0.78986,0.70003,0.38126
2016,"Comoros ",176,0.21551,0.01695,0.05072,0.48850,0.10732
2016,"Congo ",162,0.24974,0.08475,0.04348,0.53444,0.17132
2016,"Costa Rica ",53,0.63142,0.64407,0.63768,0.74364,0.51294
2016,"Côte d'Ivoire ",175,0.21845,0.15254,0.18841,0.29589,0.17107
2016,"Croatia ",37,0.71624,0.77966,0.74638,0.80498,0.59735
2016,"Cuba ",131,0.35224,0.32203,0.19565,0.75074,0.11033
2016,"Cyprus ",64,0.60226,0.52542,0.53623,0.77820,0.49234
2016,"Czech Republic ",50,0.64537,0.55932,0.47826,0.86266,0.59518
2016,"Democratic People's Republic of Korea ",153,0.28008,0.01695,0.02174,0.78223,0.03628
2016,"Democratic Republic of the Congo ",180,0.18761,0.08475,0.08696,0.39702,0.07884
2016,"Denmark ",9,0.85102,0.81356,0.77536,0.95303,0.82466
2016,"Ethiopia ",157,0.26655,0.49153,0.52899,0.22117,0.04950
2016,"Fiji ",96,0.49886,0.28814,0.41304,0.75091,0.33262
2016,"Finland ",5,0.88168,0.91525,0.94203,0.94399,0.75903
2016,"Guinea-Bissau ",181,0.18175,0.16949,0.10870,0.35381,0.08276
2016,"Guyana ",126,0.36509,0.25424,0.28261,0.56944,0.24323
2016,"Spain ",17,0.81350,0.93220,0.91304,0.87821,0.64926
2016,"Sierra Leone ",186,0.15942,0.11864,0.11594,0.24068,0.12163
2016,France,10,0.84559,0.89831,0.94203,0.84452,0.75021
2016,"Gabon ",129,0.35836,0.06780,0.15217,0.61616,0.30676
2016,"Gambia ",167,0.23963,0.20339,0.19565,0.32736,0.19589
2016,Georgia (Country),61,0.61079,0.55932,0.63768,0.77631,0.41839
2016,"Germany ",15,0.82099,0.76271,0.84058,0.88825,0.73415
2016,"Ghana ",120,0.41815,0.45763,0.44928,0.54581,0.25936
2016,"Greece ",43,0.69100,0.61017,0.57971,0.89012,0.60318
2016,"Grenada ",88,0.51680,0.32203,0.36957,0.78205,0.39880
2016,"Guatemala ",102,0.47898,0.62712,0.66667,0.53450,0.23576
2016,"Guinea ",189,0.12260,0.08475,0.08696,0.19030,0.09055
2016,"Haiti ",178,0.19314,0.13559,0.16667,0.31240,0.10036
2016,"Honduras ",127,0.36110,0.38983,0.31159,0.57087,0.20082
2016,"Hungary ",46,0.67455,0.49153,0.63043,0.83170,0.56150
2016,"Iceland ",27,0.76619,0.66102,0.62319,0.89401,0.78137
2016,"India ",107,0.46375,0.76271,0.74638,0.50189,0.14298
2016,"Indonesia ",116,0.44784,0.37288,0.36232,0.67960,0.30158
2016,"Iran (Islamic Republic of) ",106,0.46494,0.20339,0.33333,0.71014,0.35136
2016,"Slovenia ",21,0.77691,0.72881,0.84783,0.89517,0.58774
2016,"Solomon Islands ",164,0.24062,0.22034,0.16667,0.44020,0.11498
2016,"Somalia ",193,0.02699,0.03390,0.01449,0.00000,0.06649
2016,"South Africa ",76,0.55463,0.55932,0.55797,0.72526,0.38065
2016,"Sri Lanka ",79,0.54454,0.66102,0.65217,0.73691,0.24453
2016,"Sudan ",161,0.25389,0.25424,0.21739,0.35814,0.18613
2016,"Suriname ",110,0.45462,0.33898,0.29710,0.65514,0.41161
2016,Eswatini,136,0.34122,0.25424,0.27536,0.58818,0.16012
2016,"Uzbekistan ",80,0.54335,0.67797,0.68841,0.69535,0.24630
2016,"Vanuatu ",149,0.30780,0.20339,0.16667,0.58835,0.16837
2016,"Venezuela ",90,0.51285,0.40678,0.43478,0.74981,0.35395
2016,"Viet Nam ",89,0.51426,0.69492,0.57246,0.59888,0.37145
2016,"Sweden ",6,0.87039,0.76271,0.87681,0.92096,0.81339
2016,"Switzerland ",28,0.75246,0.57627,0.60145,0.85794,0.79799
2016,"Syrian Arab Republic ",137,0.34041,0.45763,0.32609,0.48644,0.20870
2016,"Tajikistan ",139,0.33663,0.20339,0.12319,0.70012,0.18658
2016,"Thailand ",77,0.55222,0.59322,0.55072,0.69418,0.41175
2016,North Macedonia,69,0.58855,0.61017,0.60870,0.68766,0.46928
2016,Timor-Leste,160,0.25817,0.27119,0.21739,0.48429,0.07284
2016,"Togo ",147,0.30962,0.38983,0.31884,0.50563,0.10439
2016,"Tonga ",105,0.46996,0.35593,0.36957,0.81015,0.23015
2016,"Trinidad and Tobago ",70,0.57801,0.44068,0.52899,0.70772,0.49731
2016,"Tunisia ",72,0.56823,0.69492,0.71739,0.63970,0.34761
2016,Türkiye,68,0.58995,0.62712,0.60145,0.79096,0.37745
2016,"Turkmenistan ",140,0.33369,0.06780,0.08696,0.65826,0.25586
2016,"Tuvalu ",151,0.29500,0.00000,0.02174,0.66514,0.19813
2016,"Uganda ",128,0.35992,0.49153,0.50000,0.46684,0.11293
2016,Ukraine,62,0.60756,0.74576,0.58696,0.83895,0.39677
2016,"United Arab Emirates ",29,0.75153,0.74576,0.89130,0.67516,0.68813
2016,United Kingdom of Great Britain and Northern Ireland,1,0.91928,1.00000,1.00000,0.94018,0.81766
2016,"United Republic of Tanzania ",130,0.35326,0.59322,0.57246,0.39736,0.08996
2016,"United States of America ",12,0.84201,0.89831,0.92754,0.88155,0.71696
2016,"Uruguay ",34,0.72367,0.71186,0.77536,0.78201,0.61365
2016,"Yemen ",174,0.22478,0.13559,0.14493,0.38288,0.14655
2016,"Zambia ",132,0.35069,0.35593,0.36957,0.56434,0.11815
2016,"Zimbabwe ",134,0.34722,0.28814,0.26087,0.56412,0.21666
2016,South Sudan,183,0.17909,0.10169,0.12319,0.36066,0.05341
2016,"Rwanda ",138,0.33904,0.49153,0.45652,0.45219,0.10840
2016,"Saint Kitts and Nevis ",94,0.50345,0.27119,0.28261,0.69759,0.53015
2016,"Saint Lucia ",114,0.45306,0.23729,0.27536,0.67440,0.40942
2016,"Saint Vincent and the Grenadines ",115,0.44938,0.27119,0.29710,0.67544,0.37560
2016,"Samoa ",121,0.40192,0.30508,0.34058,0.70757,0.15760
2016,"San Marino ",78,0.55060,0.13559,0.23913,0.79992,0.61276
2016,"Sao Tome and Principe ",168,0.23900,0.06780,0.04348,0.51883,0.15469
2016,"Saudi Arabia ",44,0.68224,0.71186,0.67391,0.79946,0.57334
2016,"Senegal ",144,0.32505,0.38983,0.37681,0.40252,0.19581
2016,Serbia,39,0.71308,0.83051,0.81884,0.77695,0.54344
2016,"Seychelles ",86,0.51810,0.40678,0.40580,0.68608,0.46243
2016,"Singapore ",4,0.88280,0.91525,0.97101,0.83598,0.84141
2016,"Slovakia ",67,0.59154,0.54237,0.44203,0.78223,0.55036
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2018,"Iraq ",155,0.33760,0.33710,0.31940,0.50940,0.18400
2018,"Ireland ",22,0.82870,0.93260,0.82640,0.96260,0.69700
2018,"Israel ",31,0.79980,0.83150,0.82640,0.86350,0.70950
2018,"Italy ",24,0.82090,0.95510,0.95140,0.83410,0.67710
2018,"Jamaica ",118,0.46970,0.31460,0.31940,0.69570,0.39410
2018,"Japan ",10,0.87830,0.98310,0.95140,0.84280,0.84060
2018,"Jordan ",98,0.55750,0.48310,0.49310,0.73870,0.44060
2018,"Kazakhstan ",39,0.75970,0.83710,0.86810,0.83880,0.57230
2018,"Kenya ",122,0.45410,0.53370,0.62500,0.54720,0.19010
2018,"Kiribati ",153,0.34500,0.25280,0.29860,0.65910,0.07730
2018,"Kuwait ",41,0.73880,0.69100,0.79170,0.68520,0.73940
2018,"Kyrgyzstan ",91,0.58350,0.68540,0.64580,0.76280,0.34180
2018,"Lao People's Democratic Republic ",162,0.30560,0.17420,0.16670,0.52540,0.22460
2018,"Latvia ",57,0.69960,0.68540,0.66670,0.81320,0.61880
2018,"Lebanon ",99,0.55300,0.44380,0.47220,0.66490,0.52190
2018,"Lesotho ",167,0.29680,0.07870,0.11110,0.53240,0.24680
2018,"Liberia ",173,0.27370,0.42700,0.34030,0.37720,0.10360
2018,Libya,140,0.38330,0.12360,0.09720,0.71730,0.33530
2018,Liechtenstein,25,0.82040,0.74720,0.79860,0.82370,0.83890
2018,"Lithuania ",40,0.75340,0.80340,0.79860,0.83230,0.62930
2018,Luxembourg,18,0.83340,0.93820,0.92360,0.78030,0.79640
2018,"Madagascar ",170,0.27920,0.32580,0.30560,0.48220,0.04990
2018,"Malawi ",175,0.27080,0.20220,0.25690,0.47200,0.08340
2018,Malaysia,48,0.71740,0.88760,0.88890,0.69870,0.56470
2018,Maldives,97,0.56150,0.41010,0.49310,0.67540,0.51590
2018,"Mali ",178,0.24240,0.24160,0.26390,0.25580,0.20740
2018,"Malta ",30,0.80110,0.84830,0.84030,0.79730,0.76570
2018,"Marshall Islands ",149,0.35430,0.17420,0.22920,0.73010,0.10370
2018,"Mauritania ",183,0.23140,0.17980,0.15970,0.34670,0.18780
2018,Afghanistan,177,0.25850,0.32020,0.30560,0.35620,0.11380
2018,"Mauritius ",66,0.66780,0.69100,0.72920,0.73080,0.54350
2018,"Mexico ",64,0.68180,0.94380,0.92360,0.70440,0.41730
2018,"Micronesia (Federated States of) ",161,0.31550,0.14040,0.14580,0.68890,0.11180
2018,"Monaco ",28,0.80500,0.56180,0.62500,0.79010,1.00000
2018,"Mongolia ",92,0.58240,0.73600,0.59720,0.78990,0.36020
2018,Montenegro,58,0.69660,0.74160,0.66670,0.81720,0.60590
2018,"Albania ",74,0.65190,0.75840,0.73610,0.78770,0.43180
2018,"Algeria ",130,0.42270,0.20220,0.21530,0.66400,0.38890
2018,"Andorra ",62,0.68570,0.56740,0.60420,0.73090,0.72200
2018,"Angola ",155,0.33760,0.43260,0.40970,0.50600,0.09720
2018,"Antigua and Barbuda ",90,0.59060,0.46070,0.45830,0.75180,0.56170
2018,"Argentina ",43,0.73350,0.62360,0.75000,0.85790,0.59270
2018,"Armenia ",87,0.59440,0.56740,0.56250,0.75470,0.46600
2018,"Morocco ",110,0.52140,0.77530,0.66670,0.52780,0.36970
2018,"Mozambique ",160,0.31950,0.44380,0.42360,0.39510,0.13980
2018,"Myanmar ",157,0.33280,0.13480,0.22920,0.51270,0.25650
2018,"Namibia ",121,0.45540,0.39330,0.45140,0.58500,0.32990
2018,"Nauru ",158,0.33240,0.14610,0.13190,0.56190,0.30330
2018,"Dominica ",93,0.57940,0.55620,0.61110,0.64970,0.47750
2018,"Dominican Republic ",95,0.57260,0.67980,0.65970,0.69270,0.36550
2018,"Ecuador ",84,0.61290,0.67420,0.72920,0.73950,0.36990
2018,"Egypt ",114,0.48800,0.53930,0.53470,0.60720,0.32220
2018,"El Salvador ",100,0.54690,0.65170,0.62500,0.63480,0.38100
2018,"Equatorial Guinea ",184,0.22980,0.05060,0.04860,0.53970,0.10100
2018,"Eritrea ",189,0.13370,0.03370,0.08330,0.31790,0.00000
2018,"Estonia ",16,0.84860,0.91010,0.90280,0.88180,0.76130
2018,"Nepal ",117,0.47480,0.78090,0.68750,0.49570,0.24130
2018,"Netherlands ",13,0.87570,0.98880,0.93060,0.92060,0.77580
2018,"New Zealand ",8,0.88060,0.98310,0.95140,0.94500,0.74550
2018,"Nicaragua ",129,0.42330,0.38760,0.40280,0.58470,0.28250
2018,"Niger ",192,0.10950,0.21350,0.15970,0.08940,0.07950
2018,"Nigeria ",143,0.38070,0.48310,0.52780,0.42610,0.18830
2018,"Norway ",14,0.85570,0.97750,0.95140,0.90250,0.71310
2018,"Oman ",63,0.68460,0.83150,0.81250,0.70130,0.53990
2018,"Pakistan ",148,0.35660,0.50000,0.54860,0.36820,0.15290
2018,"Palau ",111,0.50240,0.25280,0.32640,0.84620,0.33460
2018,"Panama ",85,0.60920,0.71910,0.65970,0.71370,0.45430
2018,"Papua New Guinea ",171,0.27870,0.20220,0.27080,0.47780,0.08750
2018,"Paraguay ",108,0.52550,0.57300,0.55560,0.67010,0.35070
2018,"Peru ",77,0.64610,0.86520,0.81940,0.72760,0.39130
2018,"Philippines ",75,0.65120,0.93820,0.88190,0.71710,0.35470
2018,"Poland ",33,0.79260,0.89330,0.93060,0.86680,0.58050
2018,"Portugal ",29,0.80310,0.89890,0.93060,0.81700,0.66170
2018,"Qatar ",51,0.71320,0.71350,0.79170,0.66830,0.67970
2018,"Republic of Korea ",3,0.90100,1.00000,0.97920,0.87430,0.84960
2018,"Republic of Moldova ",69,0.65900,0.85960,0.77080,0.72740,0.47870
2018,"Romania ",67,0.66710,0.70790,0.65970,0.79440,0.54710
2018,"Russian Federation ",32,0.79690,0.92130,0.91670,0.85220,0.62190
2018,"Australia ",2,0.90530,0.98310,0.97220,1.00000,0.74360
2018,Austria,20,0.83010,0.82580,0.86810,0.85050,0.77160
2018,"Azerbaijan ",70,0.65740,0.67980,0.72920,0.73690,0.50620
2018,"Bahamas ",72,0.65520,0.61800,0.70140,0.72490,0.53930
2018,"Chad ",190,0.12570,0.14610,0.14580,0.16440,0.06690
2018,"Chile ",42,0.73500,0.82020,0.83330,0.83390,0.53770
2018,"China ",65,0.68110,0.90450,0.86110,0.70880,0.47350
2018,"Bahrain ",26,0.81160,0.79780,0.79860,0.78970,0.84660
2018,"Bangladesh ",115,0.48620,0.80340,0.78470,0.47630,0.19760
2018,"Barbados ",46,0.72290,0.62360,0.66670,0.83010,0.67190
2018,"Belarus ",38,0.76410,0.88200,0.73610,0.86810,0.68810
2018,"Belgium ",27,0.80800,0.75840,0.75690,0.97400,0.69300
2018,"Belize ",132,0.41150,0.29210,0.33330,0.67650,0.22470
2018,"Benin ",159,0.32640,0.37080,0.47220,0.36530,0.14180
2018,"Bhutan ",126,0.42740,0.52810,0.50000,0.47430,0.30800
2018,"Bolivia ",103,0.53070,0.57870,0.56250,0.71480,0.31480
2018,"Bosnia and Herzegovina ",105,0.53030,0.43260,0.43060,0.72170,0.43850
2018,"Botswana ",127,0.42530,0.19660,0.20830,0.66940,0.39820
2018,"Djibouti ",179,0.24010,0.26970,0.29170,0.33250,0.09610
2018,"Brazil ",44,0.73270,0.97190,0.92360,0.75250,0.52200
2018,"Brunei Darussalam ",59,0.69230,0.60670,0.72220,0.74800,0.60660
2018,"Bulgaria ",47,0.71770,0.87080,0.76390,0.81060,0.57850
2018,"Burkina Faso ",165,0.30160,0.62360,0.53470,0.20970,0.16030
2018,"Burundi ",166,0.29850,0.30900,0.30560,0.51130,0.07860
2018,"Cambodia ",145,0.37530,0.17420,0.25000,0.56260,0.31320
2018,"Cameroon ",136,0.39970,0.32580,0.45830,0.56180,0.17900
2018,"Canada ",23,0.82580,0.91010,0.93060,0.87440,0.67240
2018,"Cabo Verde ",112,0.49800,0.42700,0.48610,0.61520,0.39260
2018,"Central African Republic ",188,0.15840,0.27530,0.20830,0.23470,0.03220
2018,"Colombia ",61,0.68710,0.92130,0.88190,0.73820,0.44120
2018,"Comoros ",182,0.23360,0.05620,0.09720,0.51660,0.08710
2018,"Congo ",164,0.30240,0.18540,0.16670,0.55150,0.18890
2018,"Costa Rica ",56,0.70040,0.76970,0.67360,0.79330,0.63430
2018,"Côte d'Ivoire ",172,0.27760,0.17420,0.22220,0.33570,0.27480
2018,"Croatia ",55,0.70180,0.76970,0.68060,0.81960,0.60510
2018,"Cuba ",134,0.41010,0.28090,0.29860,0.78620,0.14550
2018,"Cyprus ",36,0.77360,0.82020,0.78470,0.80830,0.72790
2018,"Czech Republic ",54,0.70840,0.61800,0.65280,0.87520,0.59710
2018,"Democratic People's Republic of Korea ",185,0.21590,0.00000,0.00000,0.61500,0.03270
2018,"Democratic Republic of the Congo ",176,0.26120,0.12360,0.20830,0.51080,0.06450
2018,"Denmark ",1,0.91500,1.00000,1.00000,0.94720,0.79780
2018,"Ethiopia ",151,0.34630,0.57300,0.63190,0.30940,0.09760
2018,"Fiji ",102,0.53480,0.34830,0.45830,0.78990,0.35620
2018,"Finland ",6,0.88150,1.00000,0.96530,0.95090,0.72840
2018,"Guinea-Bissau ",187,0.18870,0.11240,0.07640,0.38690,0.10280
2018,"Guyana ",124,0.43160,0.33710,0.43060,0.61020,0.25410
2018,"Spain ",17,0.84150,0.98310,0.93750,0.88850,0.69860
2018,"Sierra Leone ",174,0.27170,0.41010,0.34720,0.30810,0.15970
2018,France,9,0.87900,0.96630,0.97920,0.85980,0.79790
2018,"Gabon ",125,0.43130,0.16850,0.22920,0.63980,0.42500
2018,"Gambia ",168,0.29580,0.28650,0.27080,0.35390,0.26270
2018,Georgia (Country),60,0.68930,0.62360,0.69440,0.83330,0.54030
2018,"Germany ",12,0.87650,0.92130,0.93060,0.90360,0.79520
2018,"Ghana ",101,0.53900,0.62920,0.69440,0.56690,0.35580
2018,"Greece ",35,0.78330,0.87640,0.81940,0.88670,0.64390
2018,"Grenada ",89,0.59300,0.48880,0.49310,0.82020,0.46580
2018,"Guatemala ",113,0.49740,0.61800,0.64580,0.55240,0.29410
2018,"Guinea ",181,0.23480,0.35390,0.31250,0.24060,0.15130
2018,"Haiti ",163,0.30470,0.48310,0.44440,0.36200,0.10780
2018,"Honduras ",123,0.44740,0.54490,0.51390,0.60150,0.22680
2018,"Hungary ",45,0.72650,0.70790,0.73610,0.83640,0.60710
2018,"Iceland ",19,0.83160,0.68540,0.72920,0.93650,0.82920
2018,"India ",96,0.56690,0.95510,0.95140,0.54840,0.20090
2018,"Indonesia ",107,0.52580,0.61800,0.56940,0.68570,0.32220
2018,"Iran (Islamic Republic of) ",86,0.60830,0.52810,0.63190,0.73640,0.45660
2018,"Slovenia ",37,0.77140,0.81460,0.79860,0.89230,0.62320
2018,"Solomon Islands ",169,0.28160,0.21350,0.24310,0.47320,0.12850
2018,"Somalia ",193,0.05660,0.13480,0.11110,0.00000,0.05860
2018,"South Africa ",68,0.66180,0.84830,0.83330,0.72910,0.42310
2018,"Sri Lanka ",94,0.57510,0.62920,0.66670,0.74510,0.31360
2018,"Sudan ",180,0.23940,0.14040,0.15280,0.38730,0.17800
2018,"Suriname ",116,0.47730,0.24160,0.29170,0.68080,0.45950
2018,Eswatini,141,0.38200,0.33150,0.37500,0.59390,0.17720
2018,"Uzbekistan ",81,0.62070,0.75840,0.79170,0.73960,0.33070
2018,"Vanuatu ",137,0.39900,0.43820,0.43750,0.56750,0.19200
2018,"Venezuela ",106,0.52870,0.40450,0.40970,0.76150,0.41480
2018,"Viet Nam ",88,0.59310,0.69100,0.73610,0.65430,0.38900
2018,"Sweden ",5,0.88820,0.93820,0.94440,0.93660,0.78350
2018,"Switzerland ",15,0.85200,0.84270,0.84720,0.86600,0.84280
2018,"Syrian Arab Republic ",152,0.34590,0.36520,0.29860,0.48600,0.25320
2018,"Tajikistan ",131,0.42200,0.38760,0.34030,0.70020,0.22540
2018,"Thailand ",73,0.65430,0.65170,0.63890,0.79030,0.53380
2018,North Macedonia,79,0.63120,0.70220,0.71530,0.69240,0.48590
2018,Timor-Leste,142,0.38160,0.26970,0.31250,0.53870,0.29370
2018,"Togo ",138,0.39890,0.54490,0.55560,0.50580,0.13530
2018,"Tonga ",109,0.52370,0.46630,0.47220,0.80390,0.29510
2018,"Trinidad and Tobago ",78,0.64400,0.57870,0.63890,0.71950,0.57350
2018,"Tunisia ",80,0.62540,0.79780,0.80560,0.66400,0.40660
2018,Türkiye,53,0.71120,0.85960,0.88890,0.81480,0.42980
2018,"Turkmenistan ",147,0.36520,0.11240,0.13190,0.66260,0.30110
2018,"Tuvalu ",144,0.37790,0.21910,0.22220,0.64220,0.26930
2018,"Uganda ",135,0.40550,0.62360,0.56940,0.49060,0.15660
2018,Ukraine,82,0.61650,0.68540,0.56940,0.84360,0.43640
2018,"United Arab Emirates ",21,0.82950,0.94380,0.94440,0.68770,0.85640
2018,United Kingdom of Great Britain and Northern Ireland,4,0.89990,0.98310,0.97920,0.92000,0.80040
2018,"United Republic of Tanzania ",139,0.39290,0.61800,0.56250,0.47590,0.14030
2018,"United States of America ",11,0.87690,0.98310,0.98610,0.88830,0.75640
2018,"Uruguay ",34,0.78580,0.91570,0.88890,0.77190,0.69670
2018,"Yemen ",186,0.21540,0.11800,0.09720,0.40370,0.14540
2018,"Zambia ",133,0.41110,0.39890,0.47920,0.56890,0.18530
2018,"Zimbabwe ",146,0.36920,0.27530,0.32640,0.56680,0.21440
2018,South Sudan,191,0.12140,0.08990,0.11110,0.22690,0.02620
2018,"Rwanda ",120,0.45900,0.75840,0.72220,0.48150,0.17330
2018,"Saint Kitts and Nevis ",71,0.65540,0.58430,0.53470,0.74910,0.68250
2018,"Saint Lucia ",119,0.46600,0.21910,0.28470,0.70220,0.41100
2018,"Saint Vincent and the Grenadines ",104,0.53060,0.51690,0.45140,0.68200,0.45830
2018,"Samoa ",128,0.42360,0.26400,0.34030,0.72410,0.20640
2018,"San Marino ",76,0.64710,0.25840,0.42360,0.81020,0.70750
2018,"Sao Tome and Principe ",154,0.34240,0.15730,0.13890,0.58300,0.30530
2018,"Saudi Arabia ",52,0.71190,0.71350,0.79170,0.81010,0.53390
2018,"Senegal ",150,0.34860,0.50560,0.47920,0.34270,0.22400
2018,Serbia,49,0.71550,0.81460,0.73610,0.78960,0.62080
2018,"Seychelles ",83,0.61630,0.64610,0.61810,0.72990,0.50080
2018,"Singapore ",7,0.88120,0.96630,0.98610,0.85570,0.80190
2018,"Slovakia ",49,0.71550,0.80900,0.73610,0.81410,0.59640
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2020,"Iraq ",143,0.43600,0.30950,0.33530,0.43580,0.53700
2020,"Ireland ",27,0.84330,0.85710,0.77060,0.94940,0.81000
2020,"Israel ",30,0.83610,0.71430,0.74710,0.89240,0.86890
2020,"Italy ",37,0.82310,0.82140,0.82940,0.84660,0.79320
2020,"Jamaica ",114,0.53920,0.36900,0.38820,0.71420,0.51510
2020,"Japan ",14,0.89890,0.98810,0.90590,0.86840,0.92230
2020,"Jordan ",117,0.53090,0.33330,0.35880,0.68000,0.55400
2020,"Kazakhstan ",29,0.83750,0.88100,0.92350,0.88660,0.70240
2020,"Kenya ",116,0.53260,0.59520,0.67650,0.58120,0.34020
2020,"Kiribati ",145,0.43200,0.55950,0.49410,0.67780,0.12410
2020,"Kuwait ",46,0.79130,0.90480,0.84120,0.74700,0.78580
2020,"Kyrgyzstan ",83,0.67490,0.71430,0.64710,0.78730,0.59020
2020,"Lao People's Democratic Republic ",167,0.32880,0.21430,0.19410,0.55390,0.23830
2020,"Latvia ",49,0.77980,0.58330,0.58240,0.91720,0.83990
2020,"Lebanon ",127,0.49550,0.33330,0.41760,0.65670,0.41230
2020,"Lesotho ",135,0.45930,0.34520,0.35290,0.57530,0.44970
2020,"Liberia ",182,0.26050,0.23810,0.24710,0.39330,0.14110
2020,Libya,162,0.37430,0.03570,0.04120,0.73570,0.34590
2020,Liechtenstein,31,0.83590,0.60710,0.65880,0.84890,1.00000
2020,"Lithuania ",20,0.86650,0.73810,0.85290,0.92180,0.82490
2020,Luxembourg,33,0.82720,0.70240,0.76470,0.80970,0.90720
2020,"Madagascar ",172,0.30950,0.29760,0.28820,0.53070,0.10960
2020,"Malawi ",165,0.34800,0.41670,0.42350,0.48120,0.13940
2020,Malaysia,47,0.78920,0.85710,0.85290,0.75130,0.76340
2020,Maldives,105,0.57400,0.44050,0.43530,0.68860,0.59810
2020,"Mali ",171,0.30970,0.32140,0.34710,0.22740,0.35460
2020,"Malta ",22,0.85470,0.83330,0.81180,0.82900,0.92320
2020,"Marshall Islands ",156,0.40550,0.42860,0.34120,0.75060,0.12470
2020,"Mauritania ",176,0.28200,0.09520,0.10000,0.35750,0.38860
2020,Afghanistan,169,0.32030,0.46430,0.41180,0.37280,0.17620
2020,"Mauritius ",63,0.71960,0.64290,0.70000,0.79110,0.66770
2020,"Mexico ",61,0.72910,0.82140,0.82350,0.77270,0.59100
2020,"Micronesia (Federated States of) ",161,0.37790,0.33330,0.35290,0.67470,0.10610
2020,"Monaco ",64,0.71770,0.36900,0.47060,0.81870,0.86390
2020,"Mongolia ",92,0.64970,0.60710,0.52940,0.80630,0.61350
2020,Montenegro,75,0.70060,0.54760,0.54120,0.82390,0.73660
2020,"Albania ",59,0.73990,0.84520,0.84120,0.80010,0.57850
2020,"Algeria ",120,0.51730,0.15480,0.27650,0.69660,0.57870
2020,"Andorra ",80,0.68810,0.51190,0.48240,0.74480,0.83720
2020,"Angola ",159,0.38470,0.45240,0.48820,0.52950,0.13640
2020,"Antigua and Barbuda ",98,0.60550,0.48810,0.44710,0.75180,0.61760
2020,"Argentina ",32,0.82790,0.85710,0.84710,0.91000,0.72650
2020,"Armenia ",68,0.71360,0.75000,0.70000,0.78720,0.65360
2020,"Morocco ",106,0.57290,0.51190,0.52350,0.61520,0.58000
2020,"Mozambique ",163,0.35640,0.52380,0.51760,0.42220,0.12930
2020,"Myanmar ",146,0.43160,0.26190,0.25880,0.51250,0.52340
2020,"Namibia ",104,0.57470,0.50000,0.52350,0.65580,0.54470
2020,"Nauru ",154,0.41500,0.20240,0.17060,0.60060,0.47380
2020,"Dominica ",99,0.60130,0.35710,0.44710,0.66980,0.68710
2020,"Dominican Republic ",82,0.67820,0.77380,0.76470,0.74190,0.52790
2020,"Ecuador ",74,0.70150,0.79760,0.81180,0.77930,0.51330
2020,"Egypt ",111,0.55270,0.51190,0.57060,0.61920,0.46830
2020,"El Salvador ",107,0.56970,0.67860,0.57650,0.62420,0.50850
2020,"Equatorial Guinea ",185,0.25070,0.07140,0.06470,0.55470,0.13270
2020,"Eritrea ",192,0.12920,0.00000,0.01180,0.37590,0.00000
2020,"Estonia ",3,0.94730,1.00000,0.99410,0.92660,0.92120
2020,"Nepal ",132,0.46990,0.36900,0.40000,0.54050,0.46910
2020,"Netherlands ",10,0.92280,0.96430,0.90590,0.93490,0.92760
2020,"New Zealand ",8,0.93390,0.98810,0.92940,0.95160,0.92070
2020,"Nicaragua ",123,0.51390,0.52380,0.54710,0.61330,0.38120
2020,"Niger ",188,0.16610,0.29760,0.29410,0.13040,0.07370
2020,"Nigeria ",141,0.44060,0.48810,0.51760,0.45070,0.35340
2020,"Norway ",13,0.90640,0.90480,0.87650,0.93920,0.90340
2020,"Oman ",50,0.77490,0.83330,0.85290,0.77510,0.69670
2020,"Pakistan ",153,0.41830,0.52380,0.62940,0.38180,0.24370
2020,"Palau ",125,0.51090,0.32140,0.27650,0.88160,0.37450
2020,"Panama ",84,0.67150,0.58330,0.62350,0.74210,0.64880
2020,"Papua New Guinea ",175,0.28270,0.21430,0.22350,0.50130,0.12330
2020,"Paraguay ",93,0.64870,0.75000,0.70590,0.69680,0.54350
2020,"Peru ",71,0.70830,0.76190,0.75290,0.79400,0.57800
2020,"Philippines ",77,0.68920,0.75000,0.72940,0.75440,0.58380
2020,"Poland ",24,0.85310,0.96430,0.85880,0.90010,0.80050
2020,"Portugal ",35,0.82550,0.82140,0.83530,0.84630,0.79480
2020,"Qatar ",66,0.71730,0.65480,0.65880,0.66980,0.82330
2020,"Republic of Korea ",2,0.95600,1.00000,1.00000,0.89970,0.96840
2020,"Republic of Moldova ",79,0.68810,0.76190,0.75290,0.74320,0.56830
2020,"Romania ",55,0.76050,0.80950,0.72350,0.79950,0.75860
2020,"Russian Federation ",36,0.82440,0.86900,0.81760,0.88330,0.77230
2020,"Australia ",5,0.94320,0.96430,0.94710,1.00000,0.88250
2020,Austria,15,0.89140,0.97620,0.94710,0.90320,0.82400
2020,"Azerbaijan ",70,0.71000,0.69050,0.70590,0.77130,0.65280
2020,"Bahamas ",73,0.70170,0.61900,0.67650,0.75460,0.67390
2020,"Chad ",189,0.15570,0.26190,0.20000,0.17820,0.08900
2020,"Chile ",34,0.82590,0.85710,0.85290,0.86430,0.76060
2020,"China ",45,0.79480,0.96430,0.90590,0.73960,0.73880
2020,"Bahrain ",38,0.82130,0.77380,0.78820,0.84390,0.83190
2020,"Bangladesh ",119,0.51890,0.57140,0.61180,0.57310,0.37170
2020,"Barbados ",62,0.72790,0.59520,0.57650,0.85490,0.75230
2020,"Belarus ",40,0.80840,0.75000,0.70590,0.89120,0.82810
2020,"Belgium ",41,0.80470,0.65480,0.65880,0.95210,0.80330
2020,"Belize ",136,0.45480,0.29760,0.26470,0.69190,0.40790
2020,"Benin ",157,0.40390,0.54760,0.51180,0.44040,0.25950
2020,"Bhutan ",103,0.57770,0.63100,0.68240,0.51390,0.53670
2020,"Bolivia ",97,0.61290,0.59520,0.58240,0.73790,0.51840
2020,"Bosnia and Herzegovina ",94,0.63720,0.60710,0.53530,0.74680,0.62950
2020,"Botswana ",115,0.53830,0.36900,0.36470,0.69110,0.55910
2020,"Djibouti ",179,0.27280,0.21430,0.22350,0.34180,0.25310
2020,"Brazil ",54,0.76770,0.90480,0.87060,0.78030,0.65220
2020,"Brunei Darussalam ",60,0.73890,0.54760,0.63530,0.76050,0.82090
2020,"Bulgaria ",44,0.79800,0.89290,0.77060,0.84080,0.78260
2020,"Burkina Faso ",164,0.35580,0.51190,0.46470,0.29110,0.31170
2020,"Burundi ",168,0.32270,0.33330,0.35290,0.48910,0.12600
2020,"Cambodia ",124,0.51130,0.41670,0.45290,0.53440,0.54660
2020,"Cameroon ",144,0.43250,0.41670,0.47060,0.59710,0.22990
2020,"Canada ",28,0.84200,0.94050,0.84120,0.90290,0.78180
2020,"Cabo Verde ",110,0.56040,0.41670,0.50000,0.63370,0.54760
2020,"Central African Republic ",190,0.14040,0.14290,0.12940,0.25390,0.03800
2020,"Colombia ",67,0.71640,0.86900,0.76470,0.77230,0.61220
2020,"Comoros ",177,0.27990,0.11900,0.12350,0.46520,0.25110
2020,"Congo ",160,0.37860,0.27380,0.31760,0.58220,0.23610
2020,"Costa Rica ",56,0.75760,0.65480,0.68240,0.84280,0.74750
2020,"Côte d'Ivoire ",139,0.44570,0.40480,0.45290,0.38080,0.50340
2020,"Croatia ",51,0.77450,0.89290,0.75290,0.84140,0.72930
2020,"Cuba ",140,0.44390,0.35710,0.25880,0.82150,0.25140
2020,"Cyprus ",18,0.87310,0.95240,0.87060,0.84290,0.90570
2020,"Czech Republic ",39,0.81350,0.72620,0.72350,0.90300,0.81400
2020,"Democratic People's Republic of Korea ",187,0.22350,0.03570,0.01760,0.64020,0.01270
2020,"Democratic Republic of the Congo ",184,0.25800,0.20240,0.12940,0.53030,0.11440
2020,"Denmark ",1,0.97580,0.96430,0.97060,0.95880,0.99790
2020,"Ethiopia ",178,0.27400,0.33330,0.36470,0.33780,0.11940
2020,"Fiji ",90,0.65850,0.46430,0.50590,0.82270,0.64680
2020,"Finland ",4,0.94520,0.95240,0.97060,0.95490,0.91010
2020,"Guinea-Bissau ",186,0.23160,0.08330,0.06470,0.42650,0.20370
2020,"Guyana ",129,0.49090,0.45240,0.46470,0.64620,0.36190
2020,"Spain ",17,0.88010,0.84520,0.88820,0.89890,0.85310
2020,"Sierra Leone ",174,0.29310,0.39290,0.30590,0.31440,0.25900
2020,France,19,0.87180,0.90480,0.88240,0.86120,0.87190
2020,"Gabon ",113,0.54010,0.27380,0.32350,0.67190,0.62500
2020,"Gambia ",181,0.26300,0.03570,0.02940,0.36300,0.39670
2020,Georgia (Country),65,0.71740,0.64290,0.58820,0.87170,0.69230
2020,"Germany ",25,0.85240,0.75000,0.73530,0.93620,0.88560
2020,"Ghana ",101,0.59600,0.63100,0.63530,0.59300,0.55960
2020,"Greece ",42,0.80210,0.78570,0.70590,0.89050,0.81000
2020,"Grenada ",102,0.58120,0.33330,0.34120,0.85760,0.54490
2020,"Guatemala ",121,0.51550,0.50000,0.51180,0.55200,0.48280
2020,"Guinea ",183,0.25920,0.30950,0.21760,0.25910,0.30080
2020,"Haiti ",180,0.27230,0.22620,0.18820,0.38390,0.24490
2020,"Honduras ",138,0.44860,0.48810,0.46470,0.55680,0.32440
2020,"Hungary ",52,0.77450,0.67860,0.74710,0.85090,0.72550
2020,"Iceland ",12,0.91010,0.77380,0.79410,0.95250,0.98380
2020,"India ",100,0.59640,0.85710,0.85290,0.58480,0.35150
2020,"Indonesia ",88,0.66120,0.75000,0.68240,0.73420,0.56690
2020,"Iran (Islamic Republic of) ",89,0.65930,0.46430,0.58820,0.76860,0.62100
2020,"Slovenia ",23,0.85460,0.85710,0.85290,0.92560,0.78530
2020,"Solomon Islands ",166,0.34420,0.32140,0.32350,0.49850,0.21060
2020,"Somalia ",191,0.12930,0.35710,0.29410,0.00000,0.09390
2020,"South Africa ",78,0.68910,0.75000,0.74710,0.73710,0.58320
2020,"Sri Lanka ",85,0.67080,0.71430,0.71760,0.76600,0.52890
2020,"Sudan ",170,0.31540,0.21430,0.30590,0.35590,0.28440
2020,"Suriname ",122,0.51540,0.25000,0.28820,0.70980,0.54820
2020,Eswatini,128,0.49380,0.45240,0.48820,0.63920,0.35390
2020,"Uzbekistan ",87,0.66650,0.80950,0.78240,0.74340,0.47360
2020,"Vanuatu ",142,0.44030,0.39290,0.33530,0.60120,0.38450
2020,"Venezuela ",118,0.52680,0.23810,0.31760,0.78070,0.48200
2020,"Viet Nam ",86,0.66670,0.70240,0.65290,0.67790,0.66940
2020,"Sweden ",6,0.93650,0.82140,0.90000,0.94710,0.96250
2020,"Switzerland ",16,0.89070,0.90480,0.82940,0.89460,0.94820
2020,"Syrian Arab Republic ",131,0.47630,0.51190,0.54120,0.50730,0.38040
2020,"Tajikistan ",133,0.46490,0.34520,0.31760,0.72740,0.34960
2020,"Thailand ",57,0.75650,0.77380,0.79410,0.77510,0.70040
2020,North Macedonia,72,0.70830,0.83330,0.74120,0.73950,0.64420
2020,Timor-Leste,134,0.46490,0.48810,0.44120,0.55990,0.39350
2020,"Togo ",147,0.43020,0.51190,0.50000,0.53730,0.25320
2020,"Tonga ",108,0.56160,0.36900,0.37650,0.82830,0.48000
2020,"Trinidad and Tobago ",81,0.67850,0.61900,0.61180,0.74340,0.68030
2020,"Tunisia ",91,0.65260,0.69050,0.62350,0.69740,0.63690
2020,Türkiye,53,0.77180,0.89290,0.85880,0.82870,0.62800
2020,"Turkmenistan ",158,0.40340,0.20240,0.17650,0.67830,0.35550
2020,"Tuvalu ",151,0.42090,0.35710,0.30000,0.68210,0.28070
2020,"Uganda ",137,0.44990,0.57140,0.58240,0.53950,0.22780
2020,Ukraine,69,0.71190,0.80950,0.68240,0.85910,0.59420
2020,"United Arab Emirates ",21,0.85550,0.94050,0.90000,0.73200,0.93440
2020,United Kingdom of Great Britain and Northern Ireland,7,0.93580,0.97620,0.95880,0.92920,0.91950
2020,"United Republic of Tanzania ",152,0.42060,0.55950,0.55290,0.46590,0.24300
2020,"United States of America ",9,0.92970,1.00000,0.94710,0.92390,0.91820
2020,"Uruguay ",26,0.85000,0.85710,0.84120,0.85140,0.85740
2020,"Yemen ",173,0.30450,0.30950,0.32350,0.41420,0.17570
2020,"Zambia ",148,0.42420,0.30950,0.25880,0.67450,0.33940
2020,"Zimbabwe ",126,0.50190,0.45240,0.52350,0.61350,0.36880
2020,South Sudan,193,0.08750,0.02380,0.00000,0.19730,0.06520
2020,"Rwanda ",130,0.47890,0.63100,0.61760,0.52610,0.29310
2020,"Saint Kitts and Nevis ",95,0.63520,0.33330,0.39410,0.80350,0.70800
2020,"Saint Lucia ",112,0.54440,0.39290,0.38240,0.72050,0.53020
2020,"Saint Vincent and the Grenadines ",109,0.56050,0.46430,0.47060,0.72140,0.48940
2020,"Samoa ",149,0.42190,0.25000,0.26470,0.74140,0.25960
2020,"San Marino ",96,0.61750,0.30950,0.28240,0.75490,0.81530
2020,"Sao Tome and Principe ",155,0.40740,0.20240,0.24710,0.67360,0.30150
2020,"Saudi Arabia ",43,0.79910,0.71430,0.68820,0.86480,0.84420
2020,"Senegal ",150,0.42100,0.44050,0.49410,0.33320,0.43580
2020,Serbia,58,0.74740,0.82140,0.79410,0.82800,0.62000
2020,"Seychelles ",76,0.69200,0.57140,0.61760,0.76600,0.69250
2020,"Singapore ",11,0.91500,0.97620,0.96470,0.89040,0.88990
2020,"Slovakia ",48,0.78170,0.70240,0.71760,0.82860,0.79880
$egov_data$);
SELECT @extschema@.import_un_csv($egov_data$Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2022,"Iraq ",146,0.43830,0.21590,0.20600,0.58880,0.52010
2022,"Ireland ",30,0.85670,0.68180,0.77960,0.96180,0.82870
2022,"Israel ",16,0.88850,0.71590,0.87450,0.89940,0.89150
2022,"Italy ",37,0.83750,0.72730,0.86590,0.86060,0.78600
2022,"Jamaica ",102,0.59060,0.28410,0.49140,0.71480,0.56580
2022,"Japan ",14,0.90020,1.00000,0.90940,0.87650,0.91470
2022,"Jordan ",100,0.60810,0.54550,0.65940,0.69670,0.46810
2022,"Kazakhstan ",28,0.86280,0.80680,0.93440,0.90210,0.75200
2022,"Kenya ",113,0.55890,0.57950,0.68210,0.56410,0.43050
2022,"Kiribati ",148,0.43340,0.29550,0.36860,0.67850,0.25300
2022,"Kuwait ",61,0.74840,0.54550,0.69730,0.77060,0.77740
2022,"Kyrgyzstan ",81,0.69770,0.50000,0.61760,0.81190,0.66370
2022,"Lao People's Democratic Republic ",159,0.37640,0.26140,0.30050,0.54680,0.28200
2022,"Latvia ",29,0.85990,0.73860,0.81350,0.92840,0.83780
2022,"Lebanon ",122,0.52730,0.39770,0.42570,0.66560,0.49070
2022,"Lesotho ",145,0.44140,0.30680,0.34560,0.59500,0.38360
2022,"Liberia ",177,0.29050,0.29550,0.34170,0.41840,0.11150
2022,Libya,169,0.33750,0.03410,0.09900,0.75340,0.16010
2022,Liechtenstein,25,0.86850,0.54550,0.73290,0.87260,1.00000
2022,"Lithuania ",24,0.87450,0.54550,0.83470,0.92510,0.86360
2022,Luxembourg,26,0.86750,0.75000,0.83190,0.82450,0.94620
2022,"Madagascar ",163,0.35650,0.28410,0.35150,0.53600,0.18200
2022,"Malawi ",167,0.34350,0.37500,0.36070,0.48840,0.18150
2022,Malaysia,53,0.77400,0.68180,0.76300,0.76450,0.79450
2022,Maldives,104,0.58850,0.30680,0.48730,0.69370,0.58450
2022,"Mali ",168,0.34140,0.27270,0.36520,0.21930,0.43980
2022,"Malta ",15,0.89430,0.76140,0.88490,0.87340,0.92450
2022,"Marshall Islands ",160,0.37140,0.26140,0.30040,0.69030,0.12360
2022,"Mauritania ",172,0.31570,0.02270,0.09520,0.38730,0.46480
2022,Afghanistan,184,0.27100,0.19320,0.27700,0.34930,0.18670
2022,"Mauritius ",75,0.72010,0.42050,0.62820,0.77330,0.75880
2022,"Mexico ",62,0.74730,0.72730,0.82450,0.78740,0.63000
2022,"Micronesia (Federated States of) ",164,0.35500,0.21590,0.27030,0.68450,0.11020
2022,"Monaco ",73,0.72280,0.13640,0.45880,0.83020,0.87940
2022,"Mongolia ",74,0.72090,0.60230,0.62630,0.83910,0.69730
2022,Montenegro,71,0.72600,0.46590,0.55280,0.83830,0.78680
2022,"Albania ",63,0.74130,0.76140,0.81820,0.80220,0.60370
2022,"Algeria ",112,0.56110,0.22730,0.37430,0.69560,0.61330
2022,"Andorra ",76,0.71770,0.37500,0.51330,0.75850,0.88120
2022,"Angola ",157,0.37890,0.17050,0.47160,0.46480,0.20040
2022,"Antigua and Barbuda ",99,0.61130,0.42050,0.42310,0.81280,0.59810
2022,"Argentina ",41,0.81980,0.64770,0.80890,0.91730,0.73320
2022,"Armenia ",64,0.73640,0.57950,0.72210,0.79450,0.69250
2022,"Morocco ",101,0.59150,0.27270,0.47210,0.63500,0.66760
2022,"Mozambique ",173,0.31300,0.19320,0.35630,0.42900,0.15370
2022,"Myanmar ",134,0.49940,0.30680,0.30730,0.58290,0.60820
2022,"Namibia ",121,0.53220,0.25000,0.43160,0.65160,0.51330
2022,"Nauru ",139,0.45480,0.25000,0.29520,0.59250,0.47680
2022,"Dominica ",109,0.57890,0.09090,0.29540,0.68100,0.76040
2022,"Dominican Republic ",92,0.64290,0.45450,0.61830,0.75390,0.55670
2022,"Ecuador ",84,0.68890,0.70450,0.76510,0.77480,0.52690
2022,"Egypt ",103,0.58950,0.35230,0.57300,0.63750,0.55790
2022,"El Salvador ",117,0.55190,0.35230,0.46700,0.62680,0.56180
2022,"Equatorial Guinea ",183,0.27460,0.15910,0.18450,0.50310,0.13630
2022,"Eritrea ",190,0.17090,0.02270,0.00000,0.42900,0.08370
2022,"Estonia ",8,0.93930,0.97730,1.00000,0.92310,0.89490
2022,"Nepal ",125,0.51170,0.23860,0.45920,0.56360,0.51230
2022,"Netherlands ",9,0.93840,0.96590,0.90260,0.95060,0.96200
2022,"New Zealand ",4,0.94320,0.95450,0.95790,0.98230,0.88960
2022,"Nicaragua ",130,0.50320,0.25000,0.48090,0.60000,0.42870
2022,"Niger ",188,0.24060,0.25000,0.39040,0.19150,0.14000
2022,"Nigeria ",140,0.45250,0.30680,0.52500,0.44390,0.38860
2022,"Norway ",17,0.88790,0.69320,0.80070,0.95280,0.91020
2022,"Oman ",50,0.78340,0.65910,0.74230,0.80670,0.80120
2022,"Pakistan ",150,0.42380,0.36360,0.56580,0.39330,0.31220
2022,"Palau ",132,0.50180,0.22730,0.23730,0.89460,0.37350
2022,"Panama ",82,0.69560,0.51140,0.67410,0.75250,0.66030
2022,"Papua New Guinea ",170,0.32300,0.17050,0.32630,0.49960,0.14300
2022,"Paraguay ",94,0.63320,0.51140,0.60590,0.69470,0.59890
2022,"Peru ",59,0.75240,0.76140,0.80990,0.82070,0.62670
2022,"Philippines ",89,0.65230,0.48860,0.63030,0.76290,0.56380
2022,"Poland ",34,0.84370,0.64770,0.79290,0.90330,0.83480
2022,"Portugal ",38,0.82730,0.72730,0.79540,0.86650,0.82010
2022,"Qatar ",78,0.71490,0.37500,0.60940,0.71500,0.82030
2022,"Republic of Korea ",3,0.95290,0.94320,0.98260,0.90870,0.96740
2022,"Republic of Moldova ",72,0.72510,0.68180,0.73800,0.86130,0.57600
2022,"Romania ",57,0.76190,0.62500,0.68140,0.80900,0.79540
2022,"Russian Federation ",42,0.81620,0.60230,0.73680,0.90650,0.80530
2022,"Australia ",7,0.94050,0.98860,0.93800,1.00000,0.88360
2022,Austria,20,0.88010,0.77270,0.88270,0.90700,0.85050
2022,"Azerbaijan ",83,0.69370,0.38640,0.61190,0.79320,0.67610
2022,"Bahamas ",66,0.72770,0.39770,0.62140,0.76410,0.79760
2022,"Chad ",189,0.18900,0.31820,0.27260,0.17530,0.11910
2022,"Chile ",36,0.83770,0.69320,0.82800,0.88530,0.79990
2022,"China ",43,0.81190,0.86360,0.88760,0.74290,0.80500
2022,"Bahrain ",54,0.77070,0.44320,0.75230,0.81540,0.74440
2022,"Bangladesh ",111,0.56300,0.52270,0.65210,0.59000,0.44690
2022,"Barbados ",79,0.71170,0.39770,0.53880,0.86450,0.73180
2022,"Belarus ",58,0.75800,0.43180,0.53020,0.90110,0.84260
2022,"Belgium ",39,0.82690,0.45450,0.68990,0.96140,0.82940
2022,"Belize ",133,0.50050,0.20450,0.44250,0.67070,0.38820
2022,"Benin ",149,0.42640,0.34090,0.52450,0.43910,0.31560
2022,"Bhutan ",115,0.55210,0.46590,0.59960,0.53050,0.52610
2022,"Bolivia ",98,0.61650,0.31820,0.51930,0.74830,0.58180
2022,"Bosnia and Herzegovina ",96,0.62560,0.53410,0.48980,0.74890,0.63820
2022,"Botswana ",118,0.54950,0.17050,0.27400,0.69320,0.68140
2022,"Djibouti ",181,0.28330,0.11360,0.22080,0.35290,0.27600
2022,"Brazil ",49,0.79100,0.89770,0.89640,0.79530,0.68140
2022,"Brunei Darussalam ",68,0.72700,0.47730,0.58710,0.75670,0.83720
2022,"Bulgaria ",52,0.77660,0.73860,0.70920,0.82210,0.79840
2022,"Burkina Faso ",166,0.34760,0.22730,0.37300,0.27680,0.39310
2022,"Burundi ",171,0.32040,0.34090,0.33760,0.48370,0.14000
2022,"Cambodia ",127,0.50560,0.28410,0.41810,0.53800,0.56050
2022,"Cameroon ",141,0.44980,0.28410,0.39160,0.59280,0.36500
2022,"Canada ",32,0.85110,0.82950,0.85040,0.92600,0.77700
2022,"Cabo Verde ",110,0.56600,0.25000,0.49650,0.65070,0.55070
2022,"Central African Republic ",191,0.14070,0.13640,0.09620,0.24250,0.08330
2022,"Colombia ",70,0.72610,0.71590,0.74180,0.78670,0.64980
2022,"Comoros ",182,0.27780,0.01140,0.03260,0.47100,0.33000
2022,"Congo ",161,0.36750,0.23860,0.31770,0.56770,0.21700
2022,"Costa Rica ",56,0.76590,0.55680,0.68120,0.85930,0.75720
2022,"Côte d'Ivoire ",120,0.54670,0.37500,0.54670,0.57480,0.51860
2022,"Croatia ",44,0.81060,0.73860,0.81080,0.85000,0.77110
2022,"Cuba ",136,0.49450,0.13640,0.27890,0.83840,0.36630
2022,"Cyprus ",27,0.86600,0.75000,0.77920,0.89340,0.92530
2022,"Czech Republic ",45,0.80880,0.60230,0.66930,0.91140,0.84560
2022,"Democratic People's Republic of Korea ",180,0.28590,0.05680,0.15790,0.64900,0.05080
2022,"Democratic Republic of the Congo ",175,0.30570,0.25000,0.23410,0.53550,0.14770
2022,"Denmark ",1,0.97170,0.88640,0.97970,0.95590,0.97950
2022,"Ethiopia ",179,0.28650,0.19320,0.37300,0.33640,0.15010
2022,"Fiji ",97,0.62350,0.23860,0.48130,0.79570,0.59350
2022,"Finland ",2,0.95330,0.95450,0.98330,0.96400,0.91270
2022,"Guinea-Bissau ",186,0.25600,0.07950,0.06240,0.35850,0.34720
2022,"Guyana ",123,0.52330,0.21590,0.45090,0.65460,0.46430
2022,"Spain ",18,0.88420,0.75000,0.85590,0.90720,0.88950
2022,"Sierra Leone ",185,0.26330,0.20450,0.28010,0.24590,0.26390
2022,France,19,0.88320,0.71590,0.87680,0.87840,0.89440
2022,"Gabon ",115,0.55210,0.20450,0.35780,0.67060,0.62790
2022,"Gambia ",174,0.30880,0.23860,0.14550,0.33010,0.45080
2022,Georgia (Country),60,0.75010,0.53410,0.61110,0.89840,0.74090
2022,"Germany ",22,0.87700,0.72730,0.79050,0.94460,0.89570
2022,"Ghana ",106,0.58240,0.45450,0.53610,0.61760,0.59340
2022,"Greece ",33,0.84550,0.61360,0.77530,0.94050,0.82060
2022,"Grenada ",66,0.72770,0.20450,0.55070,0.89770,0.73480
2022,"Guatemala ",126,0.51110,0.32950,0.54090,0.55960,0.43280
2022,"Guinea ",162,0.36080,0.28410,0.44210,0.29550,0.34480
2022,"Haiti ",187,0.24810,0.10230,0.08650,0.39300,0.26460
2022,"Honduras ",155,0.39400,0.10230,0.24170,0.59010,0.35010
2022,"Hungary ",51,0.78270,0.51140,0.74650,0.83450,0.76710
2022,"Iceland ",5,0.94100,0.79550,0.88670,0.96570,0.97050
2022,"India ",105,0.58830,0.59090,0.79340,0.57610,0.39540
2022,"Indonesia ",77,0.71600,0.71590,0.76440,0.74380,0.63970
2022,"Iran (Islamic Republic of) ",91,0.64330,0.18180,0.41960,0.78040,0.73000
2022,"Slovenia ",21,0.87810,0.75000,0.86660,0.94390,0.82390
2022,"Solomon Islands ",165,0.35300,0.21590,0.36760,0.49250,0.19880
2022,"Somalia ",192,0.13400,0.25000,0.29440,0.00000,0.10740
2022,"South Africa ",65,0.73570,0.59090,0.74870,0.77330,0.68500
2022,"Sri Lanka ",95,0.62850,0.35230,0.56440,0.77260,0.54830
2022,"Sudan ",176,0.29720,0.04550,0.21180,0.35990,0.31990
2022,"Suriname ",108,0.58090,0.20450,0.34180,0.69210,0.70890
2022,Eswatini,141,0.44980,0.14770,0.32400,0.67030,0.35500
2022,"Uzbekistan ",69,0.72650,0.61360,0.74400,0.77780,0.65750
2022,"Vanuatu ",135,0.49880,0.34090,0.42280,0.60090,0.47270
2022,"Venezuela ",128,0.50530,0.12500,0.30560,0.81810,0.39230
2022,"Viet Nam ",86,0.67870,0.53410,0.64840,0.69030,0.69730
2022,"Sweden ",5,0.94100,0.72730,0.90020,0.96490,0.95800
2022,"Switzerland ",23,0.87520,0.70450,0.76770,0.91280,0.94500
2022,"Syrian Arab Republic ",156,0.38720,0.06820,0.30530,0.49830,0.35810
2022,"Tajikistan ",129,0.50390,0.25000,0.39680,0.73800,0.37700
2022,"Thailand ",55,0.76600,0.78410,0.77630,0.78790,0.73380
2022,North Macedonia,80,0.70000,0.69320,0.70200,0.75620,0.64170
2022,Timor-Leste,147,0.43720,0.47730,0.39310,0.55460,0.36400
2022,"Togo ",151,0.42310,0.38640,0.43380,0.55080,0.28480
2022,"Tonga ",124,0.51550,0.26140,0.32960,0.86750,0.34960
2022,"Trinidad and Tobago ",93,0.63390,0.23860,0.48920,0.74090,0.67170
2022,"Tunisia ",88,0.65300,0.54550,0.60310,0.69110,0.66460
2022,Türkiye,48,0.79830,0.78410,0.86000,0.87220,0.66260
2022,"Turkmenistan ",137,0.48080,0.10230,0.29800,0.78920,0.35510
2022,"Tuvalu ",158,0.37880,0.17050,0.22650,0.64920,0.26070
2022,"Uganda ",144,0.44240,0.40910,0.51690,0.56310,0.24720
2022,Ukraine,46,0.80290,0.60230,0.81480,0.86690,0.72700
2022,"United Arab Emirates ",13,0.90100,0.78410,0.90140,0.87110,0.93060
2022,United Kingdom of Great Britain and Northern Ireland,11,0.91380,0.95450,0.88590,0.93690,0.91860
2022,"United Republic of Tanzania ",153,0.41690,0.27270,0.47000,0.51000,0.27090
2022,"United States of America ",10,0.91510,0.90910,0.93040,0.92760,0.88740
2022,"Uruguay ",35,0.83880,0.59090,0.76410,0.89800,0.85430
2022,"Yemen ",178,0.28990,0.19320,0.33930,0.36330,0.16710
2022,"Zambia ",131,0.50220,0.37500,0.44140,0.67440,0.39090
2022,"Zimbabwe ",138,0.47170,0.22730,0.38450,0.64630,0.38430
2022,South Sudan,193,0.08520,0.00000,0.05180,0.20380,0.00000
2022,"Rwanda ",119,0.54890,0.63640,0.79350,0.53220,0.32090
2022,"Saint Kitts and Nevis ",87,0.67750,0.20450,0.33070,0.87240,0.82930
2022,"Saint Lucia ",114,0.55800,0.40910,0.40070,0.70490,0.56830
2022,"Saint Vincent and the Grenadines ",107,0.58110,0.38640,0.45260,0.74200,0.54860
2022,"Samoa ",152,0.42070,0.27270,0.35920,0.74700,0.15580
2022,"San Marino ",90,0.64540,0.17050,0.37880,0.74660,0.81100
2022,"Sao Tome and Principe ",154,0.41380,0.04550,0.24350,0.67590,0.32180
2022,"Saudi Arabia ",31,0.85390,0.69320,0.82200,0.86620,0.87350
2022,"Senegal ",143,0.44790,0.34090,0.49340,0.34780,0.50250
2022,Serbia,40,0.82370,0.80680,0.85140,0.83320,0.78650
2022,"Seychelles ",85,0.67930,0.22730,0.44240,0.77580,0.81980
2022,"Singapore ",12,0.91330,0.97730,0.96200,0.90210,0.87580
2022,"Slovakia ",47,0.80080,0.46590,0.72600,0.84360,0.83280
$egov_data$);

-- sql/egov/60_report.sql
-- Reporting views over the survey tables: the EGDI report by edition and
-- country, and per-edition summaries by group and by region.
--
-- Only assessed rows (ranked, EGDI not 0) with an EGDI enter ranks, groups,
-- rating classes and statistics; other rows are listed with those NULL.
-- The views read whole tables of a few thousand rows; survey_score's
-- primary key (survey_year, iso3) and survey_score_iso3_idx serve the
-- joins and per-edition or per-country filters.

CREATE VIEW @extschema@.egdi_report AS
WITH scored AS (
	SELECT s.survey_year, s.iso3, c.name AS country, c.region, c.subregion,
		   s.osi, s.hci, s.tii, s.epi,
		   -- the 2003 HCI source errors lie outside egov.egdi's domain
		   CASE WHEN s.hci <= 1 THEN
				@extschema@.egdi(s.osi::float8, s.hci::float8, s.tii::float8, s.survey_year)
		   END AS egdi_computed,
		   s.egdi AS egdi_published,
		   e.egdi_decimals, s.egdi_rank, s.assessed, s.source_note
	  FROM @extschema@.survey_score AS s
	  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
	  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
), valued AS (
	SELECT sc.*,
		   pg_catalog.round(coalesce(sc.egdi_published,
									 pg_catalog.round(sc.egdi_computed::numeric, sc.egdi_decimals)),
							sc.egdi_decimals) AS egdi,
		   sc.assessed AND coalesce(sc.egdi_published::float8, sc.egdi_computed) IS NOT NULL AS scored
	  FROM scored AS sc
), ranked AS (
	SELECT v.*,
		   CASE WHEN v.scored THEN @extschema@.egdi_level(v.egdi::float8) END AS level,
		   CASE WHEN v.survey_year >= 2020 THEN
				@extschema@.rating_class(CASE WHEN v.scored THEN v.egdi::float8 END)
					OVER (PARTITION BY v.survey_year)
		   END AS rating_class,
		   -- competition ranks on the EGDI at the edition's published precision
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored
										ORDER BY v.egdi DESC)
		   END AS world_rank,
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored, v.region
										ORDER BY v.egdi DESC)
		   END AS region_rank,
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored, v.subregion
										ORDER BY v.egdi DESC)
		   END AS subregion_rank
	  FROM valued AS v
), changes AS (
	-- against the previous edition in which the country was assessed
	SELECT r.survey_year, r.iso3,
		   pg_catalog.lag(r.world_rank) OVER w - r.world_rank AS rank_change,
		   pg_catalog.array_position(pg_catalog.enum_range(NULL::@extschema@.level), r.level)
		   - pg_catalog.array_position(pg_catalog.enum_range(NULL::@extschema@.level),
									   pg_catalog.lag(r.level) OVER w) AS level_change
	  FROM ranked AS r
	 WHERE r.scored
	WINDOW w AS (PARTITION BY r.iso3 ORDER BY r.survey_year)
)
SELECT r.survey_year, r.iso3, r.country, r.region, r.subregion,
	   r.osi, r.hci, r.tii, r.epi, r.egdi, r.egdi_computed,
	   r.level, r.rating_class,
	   r.world_rank::integer AS world_rank,
	   r.region_rank::integer AS region_rank,
	   r.subregion_rank::integer AS subregion_rank,
	   ch.rank_change::integer AS rank_change,
	   ch.level_change,
	   r.egdi_rank AS published_rank,
	   r.scored AS assessed,
	   r.source_note
  FROM ranked AS r
  LEFT JOIN changes AS ch ON ch.survey_year = r.survey_year AND ch.iso3 = r.iso3;

COMMENT ON VIEW @extschema@.egdi_report IS
'EGDI report: one row per edition and country with components, EGDI, group, rating class, '
'world, regional and sub-regional ranks and the change since the country''s previous assessed '
'edition.  Ranks are competition ranks (rank()) on the EGDI at the edition''s published '
'precision; rows not assessed are listed with NULL group, class and ranks';
COMMENT ON COLUMN @extschema@.egdi_report.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.egdi_report.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.egdi_report.country IS 'Common English name';
COMMENT ON COLUMN @extschema@.egdi_report.region IS 'UN region';
COMMENT ON COLUMN @extschema@.egdi_report.subregion IS 'UN sub-region';
COMMENT ON COLUMN @extschema@.egdi_report.osi IS 'Online Service Index, as published';
COMMENT ON COLUMN @extschema@.egdi_report.hci IS 'Human Capital Index, as published';
COMMENT ON COLUMN @extschema@.egdi_report.tii IS 'Telecommunication Infrastructure Index, as published';
COMMENT ON COLUMN @extschema@.egdi_report.epi IS 'E-Participation Index, as published';
COMMENT ON COLUMN @extschema@.egdi_report.egdi IS
'EGDI as published; where none is published, egov.egdi(osi, hci, tii, survey_year) rounded '
'to the edition''s precision (egov.edition.egdi_decimals)';
COMMENT ON COLUMN @extschema@.egdi_report.egdi_computed IS
'egov.egdi(osi, hci, tii, survey_year) from the published components, unrounded; NULL where '
'a component is missing or outside [0, 1] (the 2003 HCI source errors)';
COMMENT ON COLUMN @extschema@.egdi_report.level IS 'EGDI group (egov.egdi_level); NULL if not assessed';
COMMENT ON COLUMN @extschema@.egdi_report.rating_class IS
'Rating class within the group (egov.rating_class over the edition), editions 2020 on; NULL before';
COMMENT ON COLUMN @extschema@.egdi_report.world_rank IS
'Competition rank of the EGDI among the edition''s assessed countries (ties share a rank)';
COMMENT ON COLUMN @extschema@.egdi_report.region_rank IS 'Competition rank within the region';
COMMENT ON COLUMN @extschema@.egdi_report.subregion_rank IS 'Competition rank within the sub-region';
COMMENT ON COLUMN @extschema@.egdi_report.rank_change IS
'World rank in the previous edition in which the country was assessed minus this one: '
'positive = moved up; NULL for a first assessment';
COMMENT ON COLUMN @extschema@.egdi_report.level_change IS
'Groups moved since the previous assessed edition: +1 = one group up (e.g. High to Very High), '
'-1 = one down, 0 = same; NULL for a first assessment';
COMMENT ON COLUMN @extschema@.egdi_report.published_rank IS 'EGDI rank as published';
COMMENT ON COLUMN @extschema@.egdi_report.assessed IS
'Assessed (ranked, EGDI not 0, an EGDI known): only such rows enter ranks, groups and statistics';
COMMENT ON COLUMN @extschema@.egdi_report.source_note IS 'Known source error kept as published';


CREATE VIEW @extschema@.level_summary AS
SELECT y.survey_year, l.level,
	   count(r.iso3)::integer AS countries,
	   count(r.iso3)::float8 / NULLIF(y.assessed, 0) AS share
  FROM (SELECT survey_year, count(*) FILTER (WHERE assessed) AS assessed
		  FROM @extschema@.egdi_report GROUP BY survey_year) AS y
 CROSS JOIN pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.level)) AS l(level)
  LEFT JOIN @extschema@.egdi_report AS r
		 ON r.survey_year = y.survey_year AND r.level = l.level
 GROUP BY y.survey_year, l.level, y.assessed;

COMMENT ON VIEW @extschema@.level_summary IS
'Assessed countries by edition and EGDI group, every group listed (0 where empty)';
COMMENT ON COLUMN @extschema@.level_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.level_summary.level IS 'EGDI group';
COMMENT ON COLUMN @extschema@.level_summary.countries IS 'Assessed countries in the group';
COMMENT ON COLUMN @extschema@.level_summary.share IS
'Fraction of the edition''s assessed countries in the group (0 to 1)';


CREATE VIEW @extschema@.region_summary AS
SELECT g.survey_year, g.region,
	   (g.stats).countries, (g.stats).mean AS mean_egdi,
	   g.mean_osi, g.mean_hci, g.mean_tii,
	   (g.stats).very_high, (g.stats).high, (g.stats).middle, (g.stats).low
  FROM (SELECT r.survey_year,
			   CASE WHEN GROUPING(r.region) = 1 THEN 'World' ELSE r.region END AS region,
			   @extschema@.egdi_stats(r.egdi::float8) AS stats,
			   pg_catalog.avg(r.osi::float8) AS mean_osi,
			   pg_catalog.avg(r.hci::float8) AS mean_hci,
			   pg_catalog.avg(r.tii::float8) AS mean_tii
		  FROM @extschema@.egdi_report AS r
		 WHERE r.assessed
		 GROUP BY GROUPING SETS ((r.survey_year, r.region), (r.survey_year))) AS g;

COMMENT ON VIEW @extschema@.region_summary IS
'Per edition and UN region, and for the world (region ''World''): assessed countries, mean '
'EGDI, OSI, HCI and TII and the group counts, from egov.egdi_stats over egov.egdi_report';
COMMENT ON COLUMN @extschema@.region_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.region_summary.region IS 'UN region, or World for all countries';
COMMENT ON COLUMN @extschema@.region_summary.countries IS 'Assessed countries';
COMMENT ON COLUMN @extschema@.region_summary.mean_egdi IS 'Mean EGDI of the assessed countries';
COMMENT ON COLUMN @extschema@.region_summary.mean_osi IS 'Mean OSI of the assessed countries';
COMMENT ON COLUMN @extschema@.region_summary.mean_hci IS
'Mean HCI of the assessed countries (2003 includes the Micronesia source error, as published)';
COMMENT ON COLUMN @extschema@.region_summary.mean_tii IS 'Mean TII of the assessed countries';
COMMENT ON COLUMN @extschema@.region_summary.very_high IS 'Countries in the Very High group';
COMMENT ON COLUMN @extschema@.region_summary.high IS 'Countries in the High group';
COMMENT ON COLUMN @extschema@.region_summary.middle IS 'Countries in the Middle group';
COMMENT ON COLUMN @extschema@.region_summary.low IS 'Countries in the Low group';

-- The published survey is public: every role may read the report.
GRANT SELECT ON @extschema@.egdi_report, @extschema@.level_summary,
	@extschema@.region_summary TO PUBLIC;

-- sql/egov/70_goalpost.sql
-- Scalar normalisers with fixed references (composite-indicator toolkit).

CREATE FUNCTION @extschema@.goalpost(x float8, lo float8, hi float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_goalpost'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.goalpost(float8, float8, float8) IS
'Goalpost normalisation: (x - lo) / (hi - lo) clipped to [0, 1] (COINr n_goalposts); '
'hi < lo means lower is better (x = hi scores 1); lo = hi, a NaN or infinite post, '
'or a NaN x raise 22023; an infinite x is clipped like any value beyond a post';

CREATE FUNCTION @extschema@.distance_to_target(x float8, target float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_distance_to_target'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.distance_to_target(float8, float8) IS
'Relative distance to a target: greatest(0, 1 - |target - x| / |target|), '
'1 at the target and 0 a whole |target| away on either side; a zero, NaN or '
'infinite target, or a NaN x, raise 22023. COINr''s n_dist2targ with cap_max is '
'goalpost(x, min(x) OVER w, target)';

-- sql/egov/71_pct_rank.sql
-- Normalisation by percentile rank, over the whole partition.

CREATE FUNCTION @extschema@.pct_rank(x float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_pct_rank'
LANGUAGE C WINDOW IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pct_rank(float8) IS
'Window function: percentile rank (r - 1) / (m - 1) of x among the partition''s m '
'non-NULL values, r its ascending rank with ties sharing the lowest (COINr n_prank); '
'smallest 0, largest 1, a one-value or constant partition 0; NULL gives NULL; '
'NaN or infinite values raise 22023; the window''s ORDER BY and frame are ignored';

-- sql/egov/72_winsorise.sql
-- Outlier treatment by winsorising (COINr's rule), with its report.

CREATE FUNCTION @extschema@.winsorise(
    x float8,
    winmax int DEFAULT 5,
    skew_thresh float8 DEFAULT 2,
    kurt_thresh float8 DEFAULT 3.5)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_winsorise'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.winsorise(float8, int, float8, float8) IS
'Window function: x after COINr''s winsorising of the partition: while |skewness| >= '
'skew_thresh and excess kurtosis >= kurt_thresh (sample G1 and G2, as COINr check_SkewKurt) '
'and fewer than winmax points have been moved, every point at the extreme on the side of '
'the skew takes the next value inward; see egov.winsorise_report for what changed. NULL '
'gives NULL; NaN or infinite values, NULL, negative or varying parameters raise 22023';

CREATE TYPE @extschema@.winsorise_report AS (
    n                int8,
    winsorised_low   int,
    winsorised_high  int,
    skew_before      float8,
    kurt_before      float8,
    skew_after       float8,
    kurt_after       float8,
    passes           boolean
);

COMMENT ON TYPE @extschema@.winsorise_report IS
'What egov.winsorise did to a partition: non-NULL values, points moved at the low and high '
'end, sample skewness and excess kurtosis before and after, and whether the result passes '
'(NULL statistics and verdict when fewer than 4 values or all equal)';

CREATE FUNCTION @extschema@.winsorise_report(
    x float8,
    winmax int DEFAULT 5,
    skew_thresh float8 DEFAULT 2,
    kurt_thresh float8 DEFAULT 3.5)
RETURNS @extschema@.winsorise_report
AS 'MODULE_PATHNAME', 'egov_winsorise_report'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.winsorise_report(float8, int, float8, float8) IS
'Window function: the same report on every row of the partition for egov.winsorise with the '
'same arguments: points winsorised per side, skewness and kurtosis before and after, passes';

-- sql/egov/73_rank_uncertainty.sql
-- Monte Carlo rank uncertainty under perturbed component weights.

CREATE TYPE @extschema@.rank_uncertainty AS (
    median_rank          int,
    rank_p05             int,
    rank_p95             int,
    share_in_same_level  float8
);

COMMENT ON TYPE @extschema@.rank_uncertainty IS
'Result of egov.rank_uncertainty: nearest-rank median, 5th and 95th percentile of a '
'country''s competition rank over the Monte Carlo draws, and the share of draws that '
'leave it in its equal-weight EGDI group';

CREATE FUNCTION @extschema@.rank_uncertainty(
    osi float8, hci float8, tii float8,
    draws int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.1,
    seed int DEFAULT 1)
RETURNS @extschema@.rank_uncertainty
AS 'MODULE_PATHNAME', 'egov_rank_uncertainty'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_uncertainty(float8, float8, float8, int, float8, int) IS
'Window function, one partition per edition: draws Monte Carlo samples of the OSI, HCI, '
'TII weights, each uniform on [1/3 - weight_spread, 1/3 + weight_spread] then renormalised '
'to sum 1 (pg_prng seeded with seed, so deterministic); per draw every country''s EGDI and '
'competition rank (ties share) are recomputed; returns the nearest-rank median, 5th and 95th '
'percentile rank and the share of draws in the equal-weight EGDI group. A NULL component '
'gives NULL and leaves the row out of the ranking; a component outside [0, 1] raises 22003; '
'draws outside 1..1000000, weight_spread outside [0, 1/3], NULL or varying parameters raise 22023';

-- sql/egov/75_rank_uncertainty_report.sql
-- How stable is each country's rank in the latest edition?

CREATE VIEW @extschema@.rank_uncertainty_report AS
WITH latest AS (
	SELECT pg_catalog.max(s.survey_year) AS survey_year
	  FROM @extschema@.survey_score AS s
	 WHERE s.assessed
), assessed AS (
	SELECT s.survey_year, s.iso3, c.name AS country, s.egdi_rank,
		   @extschema@.rank_uncertainty(s.osi::float8, s.hci::float8, s.tii::float8)
			   OVER (PARTITION BY s.survey_year) AS u
	  FROM @extschema@.survey_score AS s
	  JOIN latest AS l ON l.survey_year = s.survey_year
	  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
	 WHERE s.assessed
)
SELECT a.survey_year, a.iso3, a.country,
	   a.egdi_rank AS published_rank,
	   (a.u).median_rank, (a.u).rank_p05, (a.u).rank_p95,
	   (a.u).share_in_same_level
  FROM assessed AS a;

COMMENT ON VIEW @extschema@.rank_uncertainty_report IS
'Rank uncertainty in the latest edition held in egov.survey_score: for every assessed country, '
'egov.rank_uncertainty with its defaults (1000 draws of the OSI, HCI, TII weights, each uniform '
'on 1/3 +/- 0.1 then renormalised; seed 1, so the view is reproducible). Call the function '
'directly for other draws, spreads, seeds or editions';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.survey_year IS 'The latest edition with assessed rows';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.iso3 IS 'Country';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.country IS 'Country name';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.published_rank IS 'Published EGDI rank';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.median_rank IS
'Median competition rank over the draws (nearest rank: the 500th smallest of 1000)';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.rank_p05 IS
'5th percentile rank over the draws (the 50th smallest of 1000): the best rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.rank_p95 IS
'95th percentile rank over the draws (the 950th smallest of 1000): the worst rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.share_in_same_level IS
'Share of draws in which the country stays in its EGDI group at equal weights';

-- sql/egov/76_component_sensitivity.sql
-- What each component decides: groups with one component dropped.

CREATE VIEW @extschema@.component_sensitivity AS
WITH scored AS (
	SELECT s.survey_year, s.osi::float8 AS osi, s.hci::float8 AS hci, s.tii::float8 AS tii,
		   @extschema@.egdi_level(coalesce(s.egdi::float8,
										   @extschema@.egdi(s.osi::float8, s.hci::float8,
															s.tii::float8, s.survey_year))) AS level
	  FROM @extschema@.survey_score AS s
	 WHERE s.assessed
	   AND s.osi IS NOT NULL AND s.hci IS NOT NULL AND s.tii IS NOT NULL
	   -- the two 2003 HCI source errors lie outside [0, 1]
	   AND s.hci <= 1
), dropped AS (
	SELECT sc.survey_year, d.component, sc.level,
		   @extschema@.egdi_level(d.egdi_without) AS level_without
	  FROM scored AS sc
	 CROSS JOIN LATERAL (VALUES ('OSI', (sc.hci + sc.tii) / 2),
								('HCI', (sc.osi + sc.tii) / 2),
								('TII', (sc.osi + sc.hci) / 2)) AS d(component, egdi_without)
)
SELECT d.survey_year, d.component,
	   pg_catalog.count(*)::integer AS countries,
	   pg_catalog.count(*) FILTER (WHERE d.level_without <> d.level)::integer AS level_changes,
	   pg_catalog.count(*) FILTER (WHERE d.level_without > d.level)::integer AS moved_up,
	   pg_catalog.count(*) FILTER (WHERE d.level_without < d.level)::integer AS moved_down
  FROM dropped AS d
 GROUP BY d.survey_year, d.component;

COMMENT ON VIEW @extschema@.component_sensitivity IS
'For each edition and each component (OSI, HCI, TII): how many assessed countries change EGDI '
'group when that component is dropped and EGDI is the mean of the other two, against the group '
'of the edition''s EGDI (published, else computed). Rows with a missing component and the two '
'2003 HCI source errors are left out';
COMMENT ON COLUMN @extschema@.component_sensitivity.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.component_sensitivity.component IS 'The component dropped: OSI, HCI or TII';
COMMENT ON COLUMN @extschema@.component_sensitivity.countries IS 'Assessed countries with all three components';
COMMENT ON COLUMN @extschema@.component_sensitivity.level_changes IS
'Countries whose EGDI group differs without the component';
COMMENT ON COLUMN @extschema@.component_sensitivity.moved_up IS
'Countries in a higher group without the component (it held them back)';
COMMENT ON COLUMN @extschema@.component_sensitivity.moved_down IS
'Countries in a lower group without the component (it lifted them)';

-- sql/egov/80_epi_level.sql
-- E-Participation Index (EPI) levels.  The UN publishes EPI values and ranks
-- but no EPI level thresholds (none found in the Survey's text or on the
-- UN E-Government Knowledgebase's EPI page), so the EPI uses the EGDI bands.

CREATE FUNCTION @extschema@.epi_level(score float8)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_epi_level'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.epi_level(float8) IS
'E-Participation Index level of a score, on the EGDI bands (inferred: the UN publishes no '
'EPI thresholds): Very High >= 0.75, High >= 0.50, Middle >= 0.25, else Low; '
'a score outside [0, 1] or NaN raises 22003';

-- sql/egov/81_epi_report.sql
-- E-Participation: per-country report with level and ranks, and regional
-- summaries, over the published scores in egov.survey_score.
--
-- Only assessed rows with a published EPI take part (rows not assessed are
-- not scores; see egov.survey_score.assessed).  Ranks are competition ranks
-- (ties share a rank and the next rank is skipped), computed on the EPI
-- rounded to the edition's published precision (egov.edition.egdi_decimals,
-- which the Data-Center exports use for every index of an edition).  The UN
-- exports carry EPI values but not EPI ranks; the ranks agree with the
-- published ones where those are known (China 2020: EPI 0.9643, rank 9).

CREATE VIEW @extschema@.epi_report AS
SELECT s.survey_year,
	   s.iso3,
	   c.name AS country,
	   c.region,
	   s.epi,
	   @extschema@.epi_level(s.epi::float8) AS epi_level,
	   pg_catalog.rank() OVER (PARTITION BY s.survey_year
							   ORDER BY pg_catalog.round(s.epi, e.egdi_decimals) DESC)::integer
		   AS epi_rank,
	   pg_catalog.rank() OVER (PARTITION BY s.survey_year, c.region
							   ORDER BY pg_catalog.round(s.epi, e.egdi_decimals) DESC)::integer
		   AS region_epi_rank
  FROM @extschema@.survey_score AS s
  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
 WHERE s.assessed AND s.epi IS NOT NULL;

COMMENT ON VIEW @extschema@.epi_report IS
'E-Participation Index per edition and assessed country: the published EPI, its level '
'(egov.epi_level, EGDI bands) and competition ranks in the world and in the region, on the '
'EPI at the edition''s published precision (ties share a rank)';
COMMENT ON COLUMN @extschema@.epi_report.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.epi_report.iso3 IS 'Country (ISO 3166-1 alpha-3)';
COMMENT ON COLUMN @extschema@.epi_report.country IS 'Country name (egov.country.name)';
COMMENT ON COLUMN @extschema@.epi_report.region IS 'UN region (egov.country.region)';
COMMENT ON COLUMN @extschema@.epi_report.epi IS 'Published E-Participation Index';
COMMENT ON COLUMN @extschema@.epi_report.epi_level IS
'EPI level on the EGDI bands (inferred: the UN publishes no EPI thresholds)';
COMMENT ON COLUMN @extschema@.epi_report.epi_rank IS
'Competition rank of the EPI among the edition''s assessed countries (1 = highest)';
COMMENT ON COLUMN @extschema@.epi_report.region_epi_rank IS
'Competition rank of the EPI among the assessed countries of the same region';


CREATE VIEW @extschema@.epi_region_summary AS
SELECT r.survey_year,
	   CASE WHEN GROUPING(r.region) = 1 THEN 'World' ELSE r.region END AS region,
	   pg_catalog.count(*)::integer AS countries,
	   pg_catalog.avg(r.epi::float8) AS mean_epi,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Very High')::integer AS very_high,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'High')::integer AS high,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Middle')::integer AS middle,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Low')::integer AS low
  FROM @extschema@.epi_report AS r
 GROUP BY GROUPING SETS ((r.survey_year, r.region), (r.survey_year));

COMMENT ON VIEW @extschema@.epi_region_summary IS
'E-Participation per edition and UN region, and for the world (region ''World''): assessed '
'countries, mean EPI and the count of countries at each EPI level (companion of egov.region_summary)';
COMMENT ON COLUMN @extschema@.epi_region_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.epi_region_summary.region IS 'UN region, or World for all countries';
COMMENT ON COLUMN @extschema@.epi_region_summary.countries IS 'Assessed countries with a published EPI';
COMMENT ON COLUMN @extschema@.epi_region_summary.mean_epi IS 'Mean EPI of those countries';
COMMENT ON COLUMN @extschema@.epi_region_summary.very_high IS 'Countries with EPI >= 0.75';
COMMENT ON COLUMN @extschema@.epi_region_summary.high IS 'Countries with 0.50 <= EPI < 0.75';
COMMENT ON COLUMN @extschema@.epi_region_summary.middle IS 'Countries with 0.25 <= EPI < 0.50';
COMMENT ON COLUMN @extschema@.epi_region_summary.low IS 'Countries with EPI < 0.25';

GRANT SELECT ON @extschema@.epi_report, @extschema@.epi_region_summary TO PUBLIC;

-- sql/egov/82_assessment_tables.sql
-- Assessment data model for LOSI-style (cities) and OSI-style (countries)
-- indices: editions, cities, an indicator catalogue per edition and the
-- points each subject obtained.  The number of criteria and indicators
-- differs by edition (LOSI 2018/2020: four criteria; 2022: five criteria,
-- 86 indicators), so criteria are data, not columns.
--
-- CREATE EXTENSION loads no rows into these tables (the synthetic example
-- edition is loaded on request by egov.load_losi_example()), so every row is
-- a user row and pg_dump keeps all of them (pg_extension_config_dump with no
-- filter); unlike egov.survey_score they need no `bundled` column.

CREATE TABLE @extschema@.assessment_edition (
	edition text PRIMARY KEY
		CHECK (edition ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
	index_kind text NOT NULL
		CHECK (index_kind IN ('LOSI', 'OSI')),
	survey_year integer NOT NULL
		CHECK (survey_year BETWEEN 2001 AND 2999),
	normalisation text NOT NULL
		CHECK (normalisation IN ('share', 'minmax')),
	decimals integer NOT NULL DEFAULT 4
		CHECK (decimals BETWEEN 1 AND 15),
	synthetic boolean NOT NULL DEFAULT false,
	description text
		CHECK (description <> '')
);

COMMENT ON TABLE @extschema@.assessment_edition IS
'An assessment edition: one indicator catalogue and the points of its subjects (cities for '
'LOSI, countries for OSI), e.g. the UN''s LOSI 2022 or an analyst''s own assessment of a province''s cities';
COMMENT ON COLUMN @extschema@.assessment_edition.edition IS
'Name of the edition (letters, digits, ".", "_", "-"), e.g. losi-2022';
COMMENT ON COLUMN @extschema@.assessment_edition.index_kind IS
'LOSI (subjects are cities) or OSI (subjects are countries)';
COMMENT ON COLUMN @extschema@.assessment_edition.survey_year IS 'Year the assessment refers to';
COMMENT ON COLUMN @extschema@.assessment_edition.normalisation IS
'How the index is put on [0, 1]: share = points obtained / points possible (LOSI default), '
'minmax = min-max of the shares over the edition (OSI default; top subject 1, bottom 0)';
COMMENT ON COLUMN @extschema@.assessment_edition.decimals IS
'Precision the index is published to; ranks are competition ranks of the index rounded to it';
COMMENT ON COLUMN @extschema@.assessment_edition.synthetic IS
'True for generated example data (egov.load_losi_example), never a real assessment';
COMMENT ON COLUMN @extschema@.assessment_edition.description IS 'Free text: source, scope';


CREATE TABLE @extschema@.city (
	iso3 text NOT NULL
		REFERENCES @extschema@.country ON UPDATE CASCADE,
	name text NOT NULL
		CHECK (name = pg_catalog.btrim(name) AND name <> ''),
	population bigint
		CHECK (population > 0),
	synthetic boolean NOT NULL DEFAULT false,
	PRIMARY KEY (iso3, name)
);

-- One city per spelling: "Sao Paulo" and "São Paulo" are the same city.
CREATE UNIQUE INDEX city_name_key_idx
	ON @extschema@.city (iso3, @extschema@.country_key(name));

COMMENT ON TABLE @extschema@.city IS
'Cities (municipalities) whose portals are assessed; unique per country after egov.country_key';
COMMENT ON COLUMN @extschema@.city.iso3 IS 'Country of the city';
COMMENT ON COLUMN @extschema@.city.name IS 'City name as written';
COMMENT ON COLUMN @extschema@.city.population IS 'Population where known (NULL: not known)';
COMMENT ON COLUMN @extschema@.city.synthetic IS
'True for the fictitious cities of the synthetic example (egov.load_losi_example)';


CREATE TABLE @extschema@.assessment_indicator (
	edition text NOT NULL
		REFERENCES @extschema@.assessment_edition ON UPDATE CASCADE ON DELETE CASCADE,
	code text NOT NULL
		CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
	criterion text NOT NULL
		CHECK (criterion = pg_catalog.btrim(criterion) AND criterion <> ''),
	description text
		CHECK (description <> ''),
	max_points numeric NOT NULL
		CHECK (max_points > 0 AND max_points < 'Infinity'),
	PRIMARY KEY (edition, code)
);

CREATE INDEX assessment_indicator_criterion_idx
	ON @extschema@.assessment_indicator (edition, criterion);

COMMENT ON TABLE @extschema@.assessment_indicator IS
'Indicator catalogue of an edition: each indicator belongs to one criterion and is worth at '
'most max_points (1 for the binary LOSI indicators); max_points is also its weight';
COMMENT ON COLUMN @extschema@.assessment_indicator.edition IS 'Edition';
COMMENT ON COLUMN @extschema@.assessment_indicator.code IS 'Indicator code, unique in the edition';
COMMENT ON COLUMN @extschema@.assessment_indicator.criterion IS
'Criterion the indicator counts towards (e.g. Technology, Content provision)';
COMMENT ON COLUMN @extschema@.assessment_indicator.description IS 'What is assessed';
COMMENT ON COLUMN @extschema@.assessment_indicator.max_points IS
'Points possible (> 0); an assessment may score 0 to max_points';


CREATE TABLE @extschema@.assessment (
	edition text NOT NULL,
	iso3 text NOT NULL
		REFERENCES @extschema@.country ON UPDATE CASCADE,
	city text,
	indicator text NOT NULL,
	points numeric NOT NULL
		CHECK (points >= 0 AND points < 'Infinity'),
	FOREIGN KEY (edition, indicator)
		REFERENCES @extschema@.assessment_indicator (edition, code)
		ON UPDATE CASCADE ON DELETE CASCADE,
	-- a NULL city (a country subject) skips this key, as MATCH SIMPLE does
	FOREIGN KEY (iso3, city)
		REFERENCES @extschema@.city (iso3, name)
		ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT assessment_subject_indicator_key
		UNIQUE NULLS NOT DISTINCT (edition, iso3, city, indicator)
);

CREATE INDEX assessment_indicator_idx ON @extschema@.assessment (edition, indicator);
CREATE INDEX assessment_city_idx ON @extschema@.assessment (iso3, city);

COMMENT ON TABLE @extschema@.assessment IS
'Points a subject obtained on an indicator: the subject is a city (iso3, city) in a LOSI '
'edition, a country (iso3, city NULL) in an OSI edition.  0 <= points <= the indicator''s '
'max_points; one row per edition, subject and indicator';
COMMENT ON COLUMN @extschema@.assessment.edition IS 'Edition';
COMMENT ON COLUMN @extschema@.assessment.iso3 IS 'Country of the subject';
COMMENT ON COLUMN @extschema@.assessment.city IS 'City assessed (LOSI); NULL when the country is the subject (OSI)';
COMMENT ON COLUMN @extschema@.assessment.indicator IS 'Indicator code in the edition''s catalogue';
COMMENT ON COLUMN @extschema@.assessment.points IS 'Points obtained, 0 to the indicator''s max_points';


-- Points above the indicator's maximum, or a subject of the wrong kind, are
-- refused for every writer (the loaders check first, to name the CSV line).
CREATE FUNCTION @extschema@._assessment_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	kind text;
	max_pts numeric;
BEGIN
	SELECT e.index_kind, i.max_points INTO kind, max_pts
	  FROM @extschema@.assessment_indicator AS i
	  JOIN @extschema@.assessment_edition AS e ON e.edition = i.edition
	 WHERE i.edition = NEW.edition AND i.code = NEW.indicator;
	IF NOT FOUND THEN
		RETURN NEW;				-- the foreign key reports it
	END IF;
	IF NEW.points > max_pts THEN
		RAISE EXCEPTION 'points % exceed the maximum % of indicator "%" in edition "%"',
			NEW.points, max_pts, NEW.indicator, NEW.edition
			USING ERRCODE = 'numeric_value_out_of_range';
	END IF;
	IF kind = 'LOSI' AND NEW.city IS NULL THEN
		RAISE EXCEPTION 'edition "%" is a LOSI edition: its subjects are cities, but no city is given for %',
			NEW.edition, NEW.iso3
			USING ERRCODE = 'check_violation';
	ELSIF kind = 'OSI' AND NEW.city IS NOT NULL THEN
		RAISE EXCEPTION 'edition "%" is an OSI edition: its subjects are countries, but city "%" is given',
			NEW.edition, NEW.city
			USING ERRCODE = 'check_violation';
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._assessment_check() IS
'Trigger: refuses points above the indicator''s max_points (22003) and a subject of the wrong '
'kind for the edition (23514: LOSI needs a city, OSI none)';

CREATE TRIGGER assessment_check
	BEFORE INSERT OR UPDATE ON @extschema@.assessment
	FOR EACH ROW EXECUTE FUNCTION @extschema@._assessment_check();


-- The same bounds from the other side: lowering an indicator's maximum
-- below points already given, or changing an edition's kind under its
-- assessments, is refused.
CREATE FUNCTION @extschema@._assessment_indicator_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	worst numeric;
BEGIN
	SELECT max(a.points) INTO worst
	  FROM @extschema@.assessment AS a
	 WHERE a.edition = NEW.edition AND a.indicator = NEW.code;
	IF worst > NEW.max_points THEN
		RAISE EXCEPTION 'max_points % of indicator "%" in edition "%" is below points % already given',
			NEW.max_points, NEW.code, NEW.edition, worst
			USING ERRCODE = 'numeric_value_out_of_range';
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._assessment_indicator_check() IS
'Trigger: refuses a max_points below the points already given on the indicator (22003)';

CREATE TRIGGER assessment_indicator_check
	BEFORE UPDATE OF max_points ON @extschema@.assessment_indicator
	FOR EACH ROW EXECUTE FUNCTION @extschema@._assessment_indicator_check();

CREATE FUNCTION @extschema@._assessment_edition_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF EXISTS (SELECT FROM @extschema@.assessment AS a
				WHERE a.edition = NEW.edition
				  AND (a.city IS NULL) = (NEW.index_kind = 'LOSI')) THEN
		RAISE EXCEPTION 'edition "%" cannot become %: its assessments are of the other kind of subject',
			NEW.edition, NEW.index_kind
			USING ERRCODE = 'check_violation';
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._assessment_edition_check() IS
'Trigger: refuses changing an edition''s index_kind while it holds assessments of the other kind (23514)';

CREATE TRIGGER assessment_edition_check
	BEFORE UPDATE OF index_kind ON @extschema@.assessment_edition
	FOR EACH ROW EXECUTE FUNCTION @extschema@._assessment_edition_check();


-- No bundled rows: pg_dump keeps every row.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.assessment_edition', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.city', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.assessment_indicator', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.assessment', '');

-- Everyone may read the assessments (schema egov is usable by PUBLIC);
-- writing stays with the owner and whom the owner grants it to.
GRANT SELECT ON @extschema@.assessment_edition, @extschema@.city,
	@extschema@.assessment_indicator, @extschema@.assessment TO PUBLIC;

-- sql/egov/84_assessment_scores.sql
-- Scores from assessments: criterion sub-scores, the index on [0, 1], its
-- level and competition ranks.  One machinery for LOSI (cities) and OSI
-- (countries) editions.
--
-- Documented choices (the UN text found leaves them open; see
-- /work/shared/methodology.md and the README):
--   * sub-score of a criterion = points obtained / points possible in it;
--   * index = points obtained / points possible over all indicators
--     ('share', the LOSI default: LOSI is the share of its 86 binary
--     indicators found), or the min-max of those shares over the edition
--     ('minmax', the OSI default, where the top subject scores 1);
--   * an indicator a subject has no assessment row for counts 0 points
--     ('zero': the LOSI rule that what researchers did not find scores 0)
--     unless missing => 'refuse', which raises 22023 naming the subject;
--   * level = the EGDI bands (inferred; the UN text gives no LOSI bands);
--   * ranks = competition ranks of the index rounded to the edition's decimals.

CREATE FUNCTION @extschema@._assessment_edition_row(edition text)
RETURNS @extschema@.assessment_edition
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition;
BEGIN
	IF edition IS NULL THEN
		RAISE EXCEPTION 'edition must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT * INTO e FROM @extschema@.assessment_edition AS x WHERE x.edition = _assessment_edition_row.edition;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'unknown assessment edition "%"', edition
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The editions are listed in egov.assessment_edition.';
	END IF;
	RETURN e;
END
$$;

COMMENT ON FUNCTION @extschema@._assessment_edition_row(text) IS
'Scoring helper: the egov.assessment_edition row of an edition; 22023 if there is none';


CREATE FUNCTION @extschema@.assessment_criterion_scores(edition text, missing text DEFAULT 'zero')
RETURNS TABLE (iso3 text, city text, criterion text,
			   indicators integer, assessed integer,
			   points numeric, points_possible numeric, sub_score numeric)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition := @extschema@._assessment_edition_row(edition);
	gap record;
BEGIN
	IF missing IS NULL OR missing NOT IN ('zero', 'refuse') THEN
		RAISE EXCEPTION 'missing must be ''zero'' or ''refuse'', got %', coalesce(quote_literal(missing), 'NULL')
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	IF missing = 'refuse' THEN
		SELECT s.iso3, s.city, count(*) AS n, min(i.code) AS first_code INTO gap
		  FROM (SELECT DISTINCT a.iso3, a.city FROM @extschema@.assessment AS a
				 WHERE a.edition = e.edition) AS s
		  CROSS JOIN @extschema@.assessment_indicator AS i
		 WHERE i.edition = e.edition
		   AND NOT EXISTS (SELECT FROM @extschema@.assessment AS a
							WHERE a.edition = e.edition AND a.indicator = i.code
							  AND a.iso3 = s.iso3 AND a.city IS NOT DISTINCT FROM s.city)
		 GROUP BY s.iso3, s.city
		 ORDER BY s.iso3, s.city
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'edition "%": % has no assessment for % indicator(s), first "%"',
				e.edition, coalesce(quote_literal(gap.city) || ' (' || gap.iso3 || ')', gap.iso3),
				gap.n, gap.first_code
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Assess every indicator, or score missing indicators 0 with missing => ''zero''.';
		END IF;
	END IF;

	RETURN QUERY
	SELECT s.iso3, s.city, i.criterion,
		   count(*)::integer,
		   count(a.points)::integer,
		   sum(coalesce(a.points, 0)),
		   sum(i.max_points),
		   sum(coalesce(a.points, 0)) / sum(i.max_points)
	  FROM (SELECT DISTINCT x.iso3, x.city FROM @extschema@.assessment AS x
			 WHERE x.edition = e.edition) AS s
	 CROSS JOIN @extschema@.assessment_indicator AS i
	  LEFT JOIN @extschema@.assessment AS a
		ON a.edition = e.edition AND a.indicator = i.code
	   AND a.iso3 = s.iso3 AND a.city IS NOT DISTINCT FROM s.city
	 WHERE i.edition = e.edition
	 GROUP BY s.iso3, s.city, i.criterion;
END
$$;

COMMENT ON FUNCTION @extschema@.assessment_criterion_scores(text, text) IS
'Criterion sub-scores of every subject of an assessment edition: points obtained / points '
'possible per criterion, with the indicators counted and those assessed.  An indicator '
'without an assessment row scores 0 (missing => ''zero'', default) or raises 22023 naming '
'the subject (missing => ''refuse''); an unknown edition raises 22023';


CREATE FUNCTION @extschema@.assessment_scores(edition text, normalisation text DEFAULT NULL,
											   missing text DEFAULT 'zero')
RETURNS TABLE (iso3 text, city text, criteria jsonb,
			   points numeric, points_possible numeric, missing_indicators integer,
			   score numeric, level @extschema@.level, score_rank integer, country_rank integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition := @extschema@._assessment_edition_row(edition);
	method text := coalesce(normalisation, e.normalisation);
	lo numeric;
	hi numeric;
BEGIN
	IF method NOT IN ('share', 'minmax') THEN
		RAISE EXCEPTION 'normalisation must be ''share'' or ''minmax'', got %', quote_literal(method)
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	IF method = 'minmax' THEN
		SELECT min(t.share), max(t.share) INTO lo, hi
		  FROM (SELECT sum(c.points) / sum(c.points_possible) AS share
				  FROM @extschema@.assessment_criterion_scores(e.edition, missing) AS c
				 GROUP BY c.iso3, c.city) AS t;
		IF lo = hi THEN
			RAISE EXCEPTION 'edition "%": every subject has the same share of points (%), so min-max is undefined',
				e.edition, round(lo, e.decimals)
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Use normalisation => ''share''.';
		END IF;
	END IF;

	RETURN QUERY
	WITH subject AS (
		SELECT c.iso3, c.city,
			   jsonb_object_agg(c.criterion, round(c.sub_score, e.decimals)) AS criteria,
			   sum(c.points) AS points,
			   sum(c.points_possible) AS points_possible,
			   (sum(c.indicators) - sum(c.assessed))::integer AS missing_indicators,
			   sum(c.points) / sum(c.points_possible) AS share
		  FROM @extschema@.assessment_criterion_scores(e.edition, missing) AS c
		 GROUP BY c.iso3, c.city
	), scored AS (
		SELECT t.*,
			   round(CASE method WHEN 'share' THEN t.share
								 ELSE (t.share - lo) / (hi - lo) END,
					 e.decimals) AS score
		  FROM subject AS t
	)
	SELECT r.iso3, r.city, r.criteria, r.points, r.points_possible,
		   r.missing_indicators, r.score,
		   @extschema@.egdi_level(r.score::float8),
		   (rank() OVER (ORDER BY r.score DESC))::integer,
		   (rank() OVER (PARTITION BY r.iso3 ORDER BY r.score DESC))::integer
	  FROM scored AS r;
END
$$;

COMMENT ON FUNCTION @extschema@.assessment_scores(text, text, text) IS
'Index of every subject of an assessment edition (LOSI: cities; OSI: countries): criterion '
'sub-scores as jsonb {criterion: sub-score}, points obtained and possible, indicators without '
'an assessment, the score on [0, 1] rounded to the edition''s decimals (normalisation: '
'''share'' = points / points possible, ''minmax'' = min-max of the shares over the edition; '
'NULL = the edition''s setting), its level on the EGDI bands (inferred) and competition ranks '
'in the edition and within the country.  22023 for an unknown edition or method, or min-max '
'of an edition whose subjects all have the same share';

-- sql/egov/85_assessment_loader.sql
-- Loaders for assessment data: cities, indicator catalogues, assessments.
--
-- Same standards as egov.import_un_csv: egov.csv_records splits the text,
-- every check is made here naming the line, the column and the value, all
-- checks run before anything is written, and each loader is one statement,
-- so a refused file stores nothing.  Columns are found by header name (case
-- and surrounding spaces do not count); other columns are ignored.
--   22P02 malformed CSV, wrong field count, a value that is not a number
--   22003 a number out of range (negative points, points above the maximum)
--   22023 missing column, empty file, a field that must not be empty, mixed editions
--   23503 unknown country, city, edition or indicator
--   23505 a row given twice, in the file or already stored

-- Header positions of the wanted columns (1-based; NULL for an optional
-- column that is absent); 22023 for a missing required or repeated column.
CREATE FUNCTION @extschema@._csv_header(header text[], wanted text[], optional text[], line_no integer)
RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	pos integer[] := array_fill(NULL::integer, ARRAY[cardinality(wanted)]);
	i integer;
	j integer;
BEGIN
	FOR i IN 1 .. cardinality(header) LOOP
		FOR j IN 1 .. cardinality(wanted) LOOP
			IF lower(btrim(header[i])) = lower(wanted[j]) THEN
				IF pos[j] IS NOT NULL THEN
					RAISE EXCEPTION 'line %: column "%" appears twice in the header (fields % and %)',
						line_no, wanted[j], pos[j], i
						USING ERRCODE = 'invalid_parameter_value';
				END IF;
				pos[j] := i;
			END IF;
		END LOOP;
	END LOOP;
	FOR j IN 1 .. cardinality(wanted) LOOP
		IF pos[j] IS NULL AND NOT wanted[j] = ANY (optional) THEN
			RAISE EXCEPTION 'line %: column "%" is missing from the header', line_no, wanted[j]
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'The columns are ' || array_to_string(wanted, ', ') || '.';
		END IF;
	END LOOP;
	RETURN pos;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_header(text[], text[], text[], integer) IS
'Loader helper: positions of the wanted columns in a CSV header (NULL for an absent optional '
'column); 22023 naming the line for a missing or repeated column';


-- The records of a CSV text that carry something: the header first, then
-- the data records, skipping lines of empty fields.  22P02 for a data record
-- whose field count differs from the header's, 22023 for a text without a
-- header or without data.  (A set of rows rather than a record of arrays, so
-- callers and tools see plain column types.)
CREATE FUNCTION @extschema@._csv_body(csv text)
RETURNS TABLE (line_no integer, fields text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rec record;
	width integer;
	data_lines integer := 0;
BEGIN
	IF csv IS NULL THEN
		RAISE EXCEPTION 'CSV text must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	FOR rec IN
		SELECT r.line_no, r.fields
		  FROM @extschema@.csv_records(csv) WITH ORDINALITY AS r(line_no, fields, n)
		 ORDER BY r.n
	LOOP
		IF width IS NULL THEN
			width := cardinality(rec.fields);
		ELSIF btrim(array_to_string(rec.fields, '')) = '' THEN
			CONTINUE;
		ELSIF cardinality(rec.fields) <> width THEN
			RAISE EXCEPTION 'line %: % fields, but the header has %',
				rec.line_no, cardinality(rec.fields), width
				USING ERRCODE = 'invalid_text_representation';
		ELSE
			data_lines := data_lines + 1;
		END IF;
		line_no := rec.line_no;
		fields := rec.fields;
		RETURN NEXT;
	END LOOP;
	IF width IS NULL THEN
		RAISE EXCEPTION 'the CSV text is empty: no header line'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF data_lines = 0 THEN
		RAISE EXCEPTION 'the CSV has a header but no data lines'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_body(text) IS
'Loader helper: the header and then the data records of a CSV text, skipping empty lines; '
'22P02 for a wrong field count, 22023 for a text without header or data, 22004 for NULL';


-- A required text field: trimmed, 22023 naming line and column if empty.
CREATE FUNCTION @extschema@._csv_required(value text, line_no integer, column_name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF value IS NULL OR btrim(value) = '' THEN
		RAISE EXCEPTION 'line %, column "%": the value is empty', line_no, column_name
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	RETURN btrim(value);
END
$$;

COMMENT ON FUNCTION @extschema@._csv_required(text, integer, text) IS
'Loader helper: a required CSV field, trimmed; 22023 naming line and column if empty';


-- A country as written in an assessment file: an ISO3 code in egov.country,
-- or any name egov.country_iso3 knows; 23503 naming line and value if neither.
CREATE FUNCTION @extschema@._csv_country(value text, line_no integer, column_name text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v text := @extschema@._csv_required(value, line_no, column_name);
	code text;
BEGIN
	SELECT c.iso3 INTO code FROM @extschema@.country AS c WHERE c.iso3 = upper(v);
	IF code IS NULL THEN
		code := @extschema@.country_iso3(v);
	END IF;
	IF code IS NULL THEN
		RAISE EXCEPTION 'line %, column "%": unknown country "%"', line_no, column_name, value
			USING ERRCODE = 'foreign_key_violation',
				  HINT = 'Give an ISO3 code or a name in egov.country or egov.country_alias.';
	END IF;
	RETURN code;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_country(text, integer, text) IS
'Loader helper: ISO3 code of a country given by code or name; 23503 naming line and value if unknown';


CREATE FUNCTION @extschema@.import_cities(csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wanted constant text[] := ARRAY['Country', 'City', 'Population'];
	nos integer[];
	bodies text[];
	pos integer[];
	f text[];
	k integer;
	line integer;
	country_code text;
	city_name text;
	pop numeric;
	seen jsonb := '{}';
	key text;
	r_iso3 text[] := '{}';
	r_name text[] := '{}';
	r_pop bigint[] := '{}';
	stored integer;
BEGIN
	-- records as text[] literals: an array of arrays must be rectangular
	SELECT array_agg(x.line_no ORDER BY x.n), array_agg(x.fields::text ORDER BY x.n)
	  INTO nos, bodies
	  FROM @extschema@._csv_body(csv) WITH ORDINALITY AS x(line_no, fields, n);
	pos := @extschema@._csv_header(bodies[1]::text[], wanted, ARRAY['Population'], nos[1]);
	FOR k IN 2 .. cardinality(nos) LOOP
		line := nos[k];
		f := bodies[k]::text[];
		country_code := @extschema@._csv_country(f[pos[1]], line, wanted[1]);
		city_name := regexp_replace(@extschema@._csv_required(f[pos[2]], line, wanted[2]), '[[:space:]]+', ' ', 'g');
		key := country_code || '/' || @extschema@.country_key(city_name);
		IF seen ? key THEN
			RAISE EXCEPTION 'line %, column "%": city "%" of % is already on line %',
				line, wanted[2], city_name, country_code, seen ->> key
				USING ERRCODE = 'unique_violation';
		END IF;
		IF EXISTS (SELECT FROM @extschema@.city AS c
					WHERE c.iso3 = country_code AND @extschema@.country_key(c.name) = @extschema@.country_key(city_name)) THEN
			RAISE EXCEPTION 'line %, column "%": city "%" of % is already stored', line, wanted[2], city_name, country_code
				USING ERRCODE = 'unique_violation';
		END IF;
		seen := seen || jsonb_build_object(key, line);
		pop := NULL;
		IF pos[3] IS NOT NULL THEN
			pop := @extschema@._csv_number(f[pos[3]], line, wanted[3]);
			IF pop IS NOT NULL AND (pop <= 0 OR pop <> trunc(pop) OR pop > 9e15) THEN
				RAISE EXCEPTION 'line %, column "%": % is not a population (a whole number above 0)',
					line, wanted[3], btrim(f[pos[3]])
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
		END IF;
		r_iso3 := r_iso3 || country_code;
		r_name := r_name || city_name;
		r_pop := r_pop || pop::bigint;
	END LOOP;

	INSERT INTO @extschema@.city (iso3, name, population)
	SELECT * FROM unnest(r_iso3, r_name, r_pop);
	GET DIAGNOSTICS stored = ROW_COUNT;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_cities(text) IS
'Loads cities from CSV (columns Country, City, optional Population) into egov.city and returns '
'the rows stored.  Country is an ISO3 code or a known name.  All or nothing: an unknown country '
'(23503), a city given twice or already stored (23505), an empty field (22023), a population '
'that is not a number (22P02) or not a whole number above 0 (22003) is refused naming the line';


CREATE FUNCTION @extschema@.import_losi_indicators(csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wanted constant text[] := ARRAY['Edition', 'Index', 'Year', 'Code', 'Criterion',
									'Description', 'Max Points'];
	nos integer[];
	bodies text[];
	pos integer[];
	f text[];
	k integer;
	line integer;
	ed text;
	ed_line integer;
	kind text;
	year_text text;
	year integer;
	ind_code text;
	maxp numeric;
	known @extschema@.assessment_edition;
	seen jsonb := '{}';
	r_code text[] := '{}';
	r_crit text[] := '{}';
	r_desc text[] := '{}';
	r_max numeric[] := '{}';
	stored integer;
BEGIN
	-- records as text[] literals: an array of arrays must be rectangular
	SELECT array_agg(x.line_no ORDER BY x.n), array_agg(x.fields::text ORDER BY x.n)
	  INTO nos, bodies
	  FROM @extschema@._csv_body(csv) WITH ORDINALITY AS x(line_no, fields, n);
	pos := @extschema@._csv_header(bodies[1]::text[], wanted, ARRAY['Description'], nos[1]);
	FOR k IN 2 .. cardinality(nos) LOOP
		line := nos[k];
		f := bodies[k]::text[];

		-- one file, one edition, of one kind and year
		IF ed IS NULL THEN
			ed := @extschema@._csv_required(f[pos[1]], line, wanted[1]);
			ed_line := line;
			IF ed !~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not an edition name (letters, digits, ".", "_", "-")',
					line, wanted[1], ed
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			kind := upper(@extschema@._csv_required(f[pos[2]], line, wanted[2]));
			IF kind NOT IN ('LOSI', 'OSI') THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not an index kind (LOSI or OSI)', line, wanted[2], f[pos[2]]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			year_text := @extschema@._csv_required(f[pos[3]], line, wanted[3]);
			IF year_text !~ '^[0-9]{4}$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not a year', line, wanted[3], f[pos[3]]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			year := year_text::integer;
			IF year NOT BETWEEN 2001 AND 2999 THEN
				RAISE EXCEPTION 'line %, column "%": % is out of range (2001 to 2999)', line, wanted[3], year
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
			SELECT * INTO known FROM @extschema@.assessment_edition AS e WHERE e.edition = ed;
			IF FOUND AND (known.index_kind <> kind OR known.survey_year <> year) THEN
				RAISE EXCEPTION 'line %: edition "%" is stored as % %, not % %',
					line, ed, known.index_kind, known.survey_year, kind, year
					USING ERRCODE = 'invalid_parameter_value';
			END IF;
		ELSIF btrim(f[pos[1]]) <> ed OR upper(btrim(f[pos[2]])) <> kind OR btrim(f[pos[3]]) <> year_text THEN
			RAISE EXCEPTION 'line %: edition "%" (% %) differs from edition "%" (% %) on line %',
				line, btrim(f[pos[1]]), btrim(f[pos[2]]), btrim(f[pos[3]]), ed, kind, year, ed_line
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'One file holds the catalogue of one edition.';
		END IF;

		ind_code := @extschema@._csv_required(f[pos[4]], line, wanted[4]);
		IF ind_code !~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' THEN
			RAISE EXCEPTION 'line %, column "%": "%" is not an indicator code (letters, digits, ".", "_", "-")',
				line, wanted[4], ind_code
				USING ERRCODE = 'invalid_text_representation';
		END IF;
		IF seen ? ind_code THEN
			RAISE EXCEPTION 'line %, column "%": indicator "%" is already on line %', line, wanted[4], ind_code, seen ->> ind_code
				USING ERRCODE = 'unique_violation';
		END IF;
		IF EXISTS (SELECT FROM @extschema@.assessment_indicator AS i WHERE i.edition = ed AND i.code = ind_code) THEN
			RAISE EXCEPTION 'line %, column "%": indicator "%" of edition "%" is already stored', line, wanted[4], ind_code, ed
				USING ERRCODE = 'unique_violation';
		END IF;
		seen := seen || jsonb_build_object(ind_code, line);

		maxp := @extschema@._csv_number(f[pos[7]], line, wanted[7]);
		IF maxp IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": the value is empty', line, wanted[7]
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		IF maxp <= 0 THEN
			RAISE EXCEPTION 'line %, column "%": % is out of range (above 0)', line, wanted[7], btrim(f[pos[7]])
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;

		r_code := r_code || ind_code;
		r_crit := r_crit || regexp_replace(@extschema@._csv_required(f[pos[5]], line, wanted[5]), '[[:space:]]+', ' ', 'g');
		r_desc := r_desc || CASE WHEN pos[6] IS NULL THEN NULL ELSE nullif(btrim(f[pos[6]]), '') END;
		r_max := r_max || maxp;
	END LOOP;

	-- all checked: the edition (if new), then its indicators
	IF known.edition IS NULL THEN
		INSERT INTO @extschema@.assessment_edition (edition, index_kind, survey_year, normalisation)
		VALUES (ed, kind, year, CASE kind WHEN 'LOSI' THEN 'share' ELSE 'minmax' END);
	END IF;
	INSERT INTO @extschema@.assessment_indicator (edition, code, criterion, description, max_points)
	SELECT ed, u.* FROM unnest(r_code, r_crit, r_desc, r_max) AS u;
	GET DIAGNOSTICS stored = ROW_COUNT;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_losi_indicators(text) IS
'Loads the indicator catalogue of one assessment edition from CSV (columns Edition, Index '
'(LOSI or OSI), Year, Code, Criterion, optional Description, Max Points) and returns the '
'indicators stored; creates the edition if new (normalisation share for LOSI, minmax for OSI) '
'and adds indicators to it if it exists.  All or nothing: mixed editions or an edition stored '
'with another kind or year (22023), an indicator given twice or already stored (23505), an '
'empty field (22023), a malformed name, kind or year (22P02), Max Points not a number (22P02) '
'or not above 0 (22003) is refused naming the line and column';


CREATE FUNCTION @extschema@.import_losi_assessments(csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wanted constant text[] := ARRAY['Edition', 'Country', 'City', 'Indicator', 'Points'];
	nos integer[];
	bodies text[];
	pos integer[];
	f text[];
	k integer;
	line integer;
	ed text;
	-- lookups already made, by the text as written (a file repeats few values)
	kinds jsonb := '{}';
	countries jsonb := '{}';
	cities jsonb := '{}';
	maxima jsonb := '{}';
	kind text;
	country_code text;
	city_name text;
	ind_code text;
	maxp numeric;
	pts numeric;
	dup record;
	r_line integer[] := '{}';
	r_ed text[] := '{}';
	r_iso3 text[] := '{}';
	r_city text[] := '{}';
	r_ind text[] := '{}';
	r_pts numeric[] := '{}';
	stored integer;
BEGIN
	-- records as text[] literals: an array of arrays must be rectangular
	SELECT array_agg(x.line_no ORDER BY x.n), array_agg(x.fields::text ORDER BY x.n)
	  INTO nos, bodies
	  FROM @extschema@._csv_body(csv) WITH ORDINALITY AS x(line_no, fields, n);
	pos := @extschema@._csv_header(bodies[1]::text[], wanted, '{}', nos[1]);
	FOR k IN 2 .. cardinality(nos) LOOP
		line := nos[k];
		f := bodies[k]::text[];

		ed := @extschema@._csv_required(f[pos[1]], line, wanted[1]);
		kind := kinds ->> ed;
		IF kind IS NULL THEN
			SELECT e.index_kind INTO kind FROM @extschema@.assessment_edition AS e WHERE e.edition = ed;
			IF kind IS NULL THEN
				RAISE EXCEPTION 'line %, column "%": unknown edition "%"', line, wanted[1], f[pos[1]]
					USING ERRCODE = 'foreign_key_violation',
						  HINT = 'Load the edition''s indicators first (egov.import_losi_indicators).';
			END IF;
			kinds := kinds || jsonb_build_object(ed, kind);
		END IF;

		country_code := countries ->> f[pos[2]];
		IF country_code IS NULL THEN
			country_code := @extschema@._csv_country(f[pos[2]], line, wanted[2]);
			countries := countries || jsonb_build_object(f[pos[2]], country_code);
		END IF;

		city_name := nullif(btrim(f[pos[3]]), '');
		IF kind = 'LOSI' AND city_name IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": edition "%" is a LOSI edition, whose subjects are cities, but the city is empty',
				line, wanted[3], ed
				USING ERRCODE = 'invalid_parameter_value';
		ELSIF kind = 'OSI' AND city_name IS NOT NULL THEN
			RAISE EXCEPTION 'line %, column "%": edition "%" is an OSI edition, whose subjects are countries, but city "%" is given',
				line, wanted[3], ed, city_name
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		IF city_name IS NOT NULL AND cities ? (country_code || '/' || f[pos[3]]) THEN
			city_name := cities ->> (country_code || '/' || f[pos[3]]);
		ELSIF city_name IS NOT NULL THEN
			-- the stored spelling ("Sao Paulo" finds "São Paulo")
			SELECT c.name INTO city_name FROM @extschema@.city AS c
			 WHERE c.iso3 = country_code
			   AND @extschema@.country_key(c.name) = @extschema@.country_key(f[pos[3]]);
			IF NOT FOUND THEN
				RAISE EXCEPTION 'line %, column "%": unknown city "%" of %', line, wanted[3], btrim(f[pos[3]]), country_code
					USING ERRCODE = 'foreign_key_violation',
						  HINT = 'Load the city first (egov.import_cities).';
			END IF;
			cities := cities || jsonb_build_object(country_code || '/' || f[pos[3]], city_name);
		END IF;

		ind_code := @extschema@._csv_required(f[pos[4]], line, wanted[4]);
		maxp := (maxima ->> (ed || '/' || ind_code))::numeric;
		IF maxp IS NULL THEN
			SELECT i.max_points INTO maxp FROM @extschema@.assessment_indicator AS i
			 WHERE i.edition = ed AND i.code = ind_code;
			IF NOT FOUND THEN
				RAISE EXCEPTION 'line %, column "%": unknown indicator "%" in edition "%"', line, wanted[4], ind_code, ed
					USING ERRCODE = 'foreign_key_violation';
			END IF;
			maxima := maxima || jsonb_build_object(ed || '/' || ind_code, maxp);
		END IF;

		pts := @extschema@._csv_number(f[pos[5]], line, wanted[5]);
		IF pts IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": the value is empty', line, wanted[5]
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'An indicator not found on the portal scores 0.';
		END IF;
		IF pts < 0 THEN
			RAISE EXCEPTION 'line %, column "%": points % are out of range (0 to %)', line, wanted[5], btrim(f[pos[5]]), maxp
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		IF pts > maxp THEN
			RAISE EXCEPTION 'line %, column "%": points % exceed the maximum % of indicator "%"',
				line, wanted[5], btrim(f[pos[5]]), maxp, ind_code
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;

		r_line := r_line || line;
		r_ed := r_ed || ed;
		r_iso3 := r_iso3 || country_code;
		r_city := r_city || city_name;
		r_ind := r_ind || ind_code;
		r_pts := r_pts || pts;
	END LOOP;

	-- the same subject and indicator twice in the file
	SELECT u.l, u.first_line, u.e, u.i, u.c, u.city INTO dup
	  FROM (SELECT t.l, t.e, t.i, t.c, t.city,
				   first_value(t.l) OVER w AS first_line, row_number() OVER w AS n
			  FROM unnest(r_line, r_ed, r_iso3, r_city, r_ind) AS t(l, e, c, city, i)
			WINDOW w AS (PARTITION BY t.e, t.c, t.city, t.i ORDER BY t.l)) AS u
	 WHERE u.n = 2
	 ORDER BY u.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %: edition "%", % %, indicator "%" is already on line %',
			dup.l, dup.e, dup.c, coalesce(quote_literal(dup.city), '(country)'), dup.i, dup.first_line
			USING ERRCODE = 'unique_violation';
	END IF;
	-- ... or already stored
	SELECT t.l, t.e, t.i, t.c, t.city INTO dup
	  FROM unnest(r_line, r_ed, r_iso3, r_city, r_ind) AS t(l, e, c, city, i)
	  JOIN @extschema@.assessment AS a
		ON a.edition = t.e AND a.iso3 = t.c AND a.city IS NOT DISTINCT FROM t.city AND a.indicator = t.i
	 ORDER BY t.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %: edition "%", % %, indicator "%" is already stored',
			dup.l, dup.e, dup.c, coalesce(quote_literal(dup.city), '(country)'), dup.i
			USING ERRCODE = 'unique_violation',
				  HINT = 'Delete the stored assessments first to load them again.';
	END IF;

	INSERT INTO @extschema@.assessment (edition, iso3, city, indicator, points)
	SELECT * FROM unnest(r_ed, r_iso3, r_city, r_ind, r_pts);
	GET DIAGNOSTICS stored = ROW_COUNT;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_losi_assessments(text) IS
'Loads assessments from CSV (columns Edition, Country, City, Indicator, Points) into '
'egov.assessment and returns the rows stored.  Country is an ISO3 code or a known name; City '
'is required for a LOSI edition and empty for an OSI one.  All or nothing: an unknown edition, '
'country, city or indicator (23503), the same subject and indicator twice or already stored '
'(23505), points that are not a number (22P02), negative or above the indicator''s Max Points '
'(22003), an empty field or a subject of the wrong kind (22023) is refused naming the line';

-- sql/egov/86_losi_views.sql
-- LOSI reports over every LOSI edition in egov.assessment_edition, with each
-- edition's own normalisation and the missing-indicator rule 'zero' (see
-- 84_assessment_scores.sql).

CREATE VIEW @extschema@.losi_report AS
SELECT e.edition,
	   e.survey_year,
	   e.synthetic,
	   s.city,
	   s.iso3,
	   c.name AS country,
	   s.criteria,
	   s.points,
	   s.points_possible,
	   s.missing_indicators,
	   s.score AS losi,
	   s.level AS losi_level,
	   s.score_rank AS losi_rank,
	   s.country_rank
  FROM @extschema@.assessment_edition AS e
 CROSS JOIN LATERAL @extschema@.assessment_scores(e.edition) AS s
  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
 WHERE e.index_kind = 'LOSI';

COMMENT ON VIEW @extschema@.losi_report IS
'Local Online Service Index per LOSI edition and city: criterion sub-scores, LOSI on [0, 1] '
'(the edition''s normalisation), level (EGDI bands, inferred) and competition ranks in the '
'edition and within the country; indicators without an assessment score 0';
COMMENT ON COLUMN @extschema@.losi_report.edition IS 'Assessment edition';
COMMENT ON COLUMN @extschema@.losi_report.survey_year IS 'Year of the edition';
COMMENT ON COLUMN @extschema@.losi_report.synthetic IS 'True for generated example data, not a real assessment';
COMMENT ON COLUMN @extschema@.losi_report.city IS 'City';
COMMENT ON COLUMN @extschema@.losi_report.iso3 IS 'Country of the city (ISO3)';
COMMENT ON COLUMN @extschema@.losi_report.country IS 'Country name';
COMMENT ON COLUMN @extschema@.losi_report.criteria IS
'Sub-score per criterion, {criterion: points obtained / points possible}, rounded to the edition''s decimals';
COMMENT ON COLUMN @extschema@.losi_report.points IS 'Points obtained over all indicators';
COMMENT ON COLUMN @extschema@.losi_report.points_possible IS 'Points possible over all indicators';
COMMENT ON COLUMN @extschema@.losi_report.missing_indicators IS 'Indicators without an assessment row (scored 0)';
COMMENT ON COLUMN @extschema@.losi_report.losi IS 'LOSI on [0, 1], rounded to the edition''s decimals';
COMMENT ON COLUMN @extschema@.losi_report.losi_level IS 'LOSI level on the EGDI bands (inferred)';
COMMENT ON COLUMN @extschema@.losi_report.losi_rank IS 'Competition rank of the LOSI in the edition (1 = highest)';
COMMENT ON COLUMN @extschema@.losi_report.country_rank IS 'Competition rank of the LOSI among the edition''s cities of the same country';


CREATE VIEW @extschema@.losi_criterion_summary AS
SELECT e.edition,
	   e.survey_year,
	   e.synthetic,
	   s.criterion,
	   pg_catalog.min(s.indicators) AS indicators,
	   pg_catalog.min(s.points_possible) AS points_possible,
	   pg_catalog.count(*)::integer AS cities,
	   pg_catalog.round(pg_catalog.avg(s.sub_score), e.decimals) AS mean_sub_score,
	   pg_catalog.round(pg_catalog.min(s.sub_score), e.decimals) AS min_sub_score,
	   pg_catalog.round(pg_catalog.max(s.sub_score), e.decimals) AS max_sub_score
  FROM @extschema@.assessment_edition AS e
 CROSS JOIN LATERAL @extschema@.assessment_criterion_scores(e.edition) AS s
 WHERE e.index_kind = 'LOSI'
 GROUP BY e.edition, e.survey_year, e.synthetic, e.decimals, s.criterion;

COMMENT ON VIEW @extschema@.losi_criterion_summary IS
'Per LOSI edition and criterion: indicators, points possible, cities assessed and the mean, '
'lowest and highest criterion sub-score (rounded to the edition''s decimals)';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.edition IS 'Assessment edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.survey_year IS 'Year of the edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.synthetic IS 'True for generated example data';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.criterion IS 'Criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.indicators IS 'Indicators in the criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.points_possible IS 'Points possible in the criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.cities IS 'Cities assessed in the edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.mean_sub_score IS 'Mean sub-score over the cities';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.min_sub_score IS 'Lowest sub-score';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.max_sub_score IS 'Highest sub-score';

GRANT SELECT ON @extschema@.losi_report, @extschema@.losi_criterion_summary TO PUBLIC;

-- sql/egov/87_losi_example.sql
-- The synthetic example LOSI edition (data/example-losi/, made by its
-- seeded generate.py): 100 fictitious cities, 86 binary indicators in the
-- five 2022 criteria, random points.  NOT a UN assessment.  CREATE EXTENSION
-- does not load it; egov.load_losi_example() does, through the same loaders
-- users call, as edition "example-losi-2022" flagged synthetic.

CREATE FUNCTION @extschema@.load_losi_example()
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	stored integer;
BEGIN
	IF EXISTS (SELECT FROM @extschema@.assessment_edition AS e WHERE e.edition = 'example-losi-2022') THEN
		RAISE EXCEPTION 'the example edition "example-losi-2022" is already loaded'
			USING ERRCODE = 'unique_violation',
				  HINT = 'DELETE FROM egov.assessment_edition WHERE edition = ''example-losi-2022''; '
						 'DELETE FROM egov.city WHERE synthetic; then load it again.';
	END IF;

	INSERT INTO @extschema@.assessment_edition
		(edition, index_kind, survey_year, normalisation, synthetic, description)
	VALUES ('example-losi-2022', 'LOSI', 2022, 'share', true,
			'SYNTHETIC example: fictitious cities and random points in the shape of the 2022 LOSI '
			'(86 binary indicators, five criteria); generated by data/example-losi/generate.py; '
			'not a UN DESA assessment');
	PERFORM @extschema@.import_cities($egov_data$Country,City,Population
HND,Example City 001,5319000
BHR,Example City 002,8354000
HND,Example City 003,4291000
BHR,Example City 004,13594000
MDV,Example City 005,3675000
GHA,Example City 006,13961000
BOL,Example City 007,17514000
BIH,Example City 008,8858000
CRI,Example City 009,10549000
PAN,Example City 010,3174000
ETH,Example City 011,17872000
GNB,Example City 012,2372000
KNA,Example City 013,1535000
NIC,Example City 014,8420000
AUS,Example City 015,4023000
SMR,Example City 016,
ZAF,Example City 017,17739000
GBR,Example City 018,18877000
KEN,Example City 019,18463000
OMN,Example City 020,2967000
BDI,Example City 021,11286000
MHL,Example City 022,13791000
AGO,Example City 023,19325000
MEX,Example City 024,18453000
BFA,Example City 025,7531000
UZB,Example City 026,16279000
DOM,Example City 027,3807000
ARM,Example City 028,
SAU,Example City 029,14006000
NLD,Example City 030,
BRB,Example City 031,13626000
GTM,Example City 032,15705000
LBR,Example City 033,7659000
CYP,Example City 034,10479000
BEN,Example City 035,13660000
IDN,Example City 036,14616000
THA,Example City 037,
SWE,Example City 038,
ROU,Example City 039,4516000
VUT,Example City 040,6541000
CMR,Example City 041,18725000
BRA,Example City 042,11656000
BEL,Example City 043,
COG,Example City 044,17922000
CPV,Example City 045,5363000
HRV,Example City 046,10783000
ECU,Example City 047,16729000
SUR,Example City 048,
KGZ,Example City 049,19586000
IRL,Example City 050,10273000
SLE,Example City 051,
HTI,Example City 052,16922000
URY,Example City 053,17566000
TON,Example City 054,4164000
BLZ,Example City 055,7526000
LVA,Example City 056,
ARG,Example City 057,20051000
CAN,Example City 058,14747000
IND,Example City 059,8894000
NPL,Example City 060,2032000
FJI,Example City 061,13176000
AND,Example City 062,14709000
MNE,Example City 063,14389000
GRD,Example City 064,10952000
LBY,Example City 065,2414000
MAR,Example City 066,1676000
UGA,Example City 067,2867000
TLS,Example City 068,
SYR,Example City 069,5923000
ZMB,Example City 070,10060000
KAZ,Example City 071,12849000
CHN,Example City 072,
LBN,Example City 073,
SYC,Example City 074,16399000
NRU,Example City 075,15415000
USA,Example City 076,18843000
COL,Example City 077,19544000
SEN,Example City 078,3105000
VCT,Example City 079,18812000
STP,Example City 080,
DEU,Example City 081,14614000
MRT,Example City 082,12545000
POL,Example City 083,19200000
TUN,Example City 084,
MLT,Example City 085,19081000
FIN,Example City 086,10072000
PHL,Example City 087,
ERI,Example City 088,
ARE,Example City 089,
SDN,Example City 090,8881000
ITA,Example City 091,10816000
DJI,Example City 092,15277000
DNK,Example City 093,16104000
COD,Example City 094,18322000
TJK,Example City 095,8224000
SSD,Example City 096,1005000
RUS,Example City 097,4327000
DZA,Example City 098,19073000
MOZ,Example City 099,17258000
CHE,Example City 100,1281000
$egov_data$);
	PERFORM @extschema@.import_losi_indicators($egov_data$Edition,Index,Year,Code,Criterion,Description,Max Points
example-losi-2022,LOSI,2022,IF01,Institutional framework,Synthetic indicator IF01 (institutional framework),1
example-losi-2022,LOSI,2022,IF02,Institutional framework,Synthetic indicator IF02 (institutional framework),1
example-losi-2022,LOSI,2022,IF03,Institutional framework,Synthetic indicator IF03 (institutional framework),1
example-losi-2022,LOSI,2022,IF04,Institutional framework,Synthetic indicator IF04 (institutional framework),1
example-losi-2022,LOSI,2022,IF05,Institutional framework,Synthetic indicator IF05 (institutional framework),1
example-losi-2022,LOSI,2022,IF06,Institutional framework,Synthetic indicator IF06 (institutional framework),1
example-losi-2022,LOSI,2022,IF07,Institutional framework,Synthetic indicator IF07 (institutional framework),1
example-losi-2022,LOSI,2022,IF08,Institutional framework,Synthetic indicator IF08 (institutional framework),1
example-losi-2022,LOSI,2022,CP01,Content provision,Synthetic indicator CP01 (content provision),1
example-losi-2022,LOSI,2022,CP02,Content provision,Synthetic indicator CP02 (content provision),1
example-losi-2022,LOSI,2022,CP03,Content provision,Synthetic indicator CP03 (content provision),1
example-losi-2022,LOSI,2022,CP04,Content provision,Synthetic indicator CP04 (content provision),1
example-losi-2022,LOSI,2022,CP05,Content provision,Synthetic indicator CP05 (content provision),1
example-losi-2022,LOSI,2022,CP06,Content provision,Synthetic indicator CP06 (content provision),1
example-losi-2022,LOSI,2022,CP07,Content provision,Synthetic indicator CP07 (content provision),1
example-losi-2022,LOSI,2022,CP08,Content provision,Synthetic indicator CP08 (content provision),1
example-losi-2022,LOSI,2022,CP09,Content provision,Synthetic indicator CP09 (content provision),1
example-losi-2022,LOSI,2022,CP10,Content provision,Synthetic indicator CP10 (content provision),1
example-losi-2022,LOSI,2022,CP11,Content provision,Synthetic indicator CP11 (content provision),1
example-losi-2022,LOSI,2022,CP12,Content provision,Synthetic indicator CP12 (content provision),1
example-losi-2022,LOSI,2022,CP13,Content provision,Synthetic indicator CP13 (content provision),1
example-losi-2022,LOSI,2022,CP14,Content provision,Synthetic indicator CP14 (content provision),1
example-losi-2022,LOSI,2022,CP15,Content provision,Synthetic indicator CP15 (content provision),1
example-losi-2022,LOSI,2022,CP16,Content provision,Synthetic indicator CP16 (content provision),1
example-losi-2022,LOSI,2022,CP17,Content provision,Synthetic indicator CP17 (content provision),1
example-losi-2022,LOSI,2022,CP18,Content provision,Synthetic indicator CP18 (content provision),1
example-losi-2022,LOSI,2022,CP19,Content provision,Synthetic indicator CP19 (content provision),1
example-losi-2022,LOSI,2022,CP20,Content provision,Synthetic indicator CP20 (content provision),1
example-losi-2022,LOSI,2022,CP21,Content provision,Synthetic indicator CP21 (content provision),1
example-losi-2022,LOSI,2022,CP22,Content provision,Synthetic indicator CP22 (content provision),1
example-losi-2022,LOSI,2022,CP23,Content provision,Synthetic indicator CP23 (content provision),1
example-losi-2022,LOSI,2022,CP24,Content provision,Synthetic indicator CP24 (content provision),1
example-losi-2022,LOSI,2022,CP25,Content provision,Synthetic indicator CP25 (content provision),1
example-losi-2022,LOSI,2022,SP01,Services provision,Synthetic indicator SP01 (services provision),1
example-losi-2022,LOSI,2022,SP02,Services provision,Synthetic indicator SP02 (services provision),1
example-losi-2022,LOSI,2022,SP03,Services provision,Synthetic indicator SP03 (services provision),1
example-losi-2022,LOSI,2022,SP04,Services provision,Synthetic indicator SP04 (services provision),1
example-losi-2022,LOSI,2022,SP05,Services provision,Synthetic indicator SP05 (services provision),1
example-losi-2022,LOSI,2022,SP06,Services provision,Synthetic indicator SP06 (services provision),1
example-losi-2022,LOSI,2022,SP07,Services provision,Synthetic indicator SP07 (services provision),1
example-losi-2022,LOSI,2022,SP08,Services provision,Synthetic indicator SP08 (services provision),1
example-losi-2022,LOSI,2022,SP09,Services provision,Synthetic indicator SP09 (services provision),1
example-losi-2022,LOSI,2022,SP10,Services provision,Synthetic indicator SP10 (services provision),1
example-losi-2022,LOSI,2022,SP11,Services provision,Synthetic indicator SP11 (services provision),1
example-losi-2022,LOSI,2022,SP12,Services provision,Synthetic indicator SP12 (services provision),1
example-losi-2022,LOSI,2022,SP13,Services provision,Synthetic indicator SP13 (services provision),1
example-losi-2022,LOSI,2022,SP14,Services provision,Synthetic indicator SP14 (services provision),1
example-losi-2022,LOSI,2022,SP15,Services provision,Synthetic indicator SP15 (services provision),1
example-losi-2022,LOSI,2022,SP16,Services provision,Synthetic indicator SP16 (services provision),1
example-losi-2022,LOSI,2022,SP17,Services provision,Synthetic indicator SP17 (services provision),1
example-losi-2022,LOSI,2022,SP18,Services provision,Synthetic indicator SP18 (services provision),1
example-losi-2022,LOSI,2022,PE01,Participation and engagement,Synthetic indicator PE01 (participation and engagement),1
example-losi-2022,LOSI,2022,PE02,Participation and engagement,Synthetic indicator PE02 (participation and engagement),1
example-losi-2022,LOSI,2022,PE03,Participation and engagement,Synthetic indicator PE03 (participation and engagement),1
example-losi-2022,LOSI,2022,PE04,Participation and engagement,Synthetic indicator PE04 (participation and engagement),1
example-losi-2022,LOSI,2022,PE05,Participation and engagement,Synthetic indicator PE05 (participation and engagement),1
example-losi-2022,LOSI,2022,PE06,Participation and engagement,Synthetic indicator PE06 (participation and engagement),1
example-losi-2022,LOSI,2022,PE07,Participation and engagement,Synthetic indicator PE07 (participation and engagement),1
example-losi-2022,LOSI,2022,PE08,Participation and engagement,Synthetic indicator PE08 (participation and engagement),1
example-losi-2022,LOSI,2022,PE09,Participation and engagement,Synthetic indicator PE09 (participation and engagement),1
example-losi-2022,LOSI,2022,PE10,Participation and engagement,Synthetic indicator PE10 (participation and engagement),1
example-losi-2022,LOSI,2022,PE11,Participation and engagement,Synthetic indicator PE11 (participation and engagement),1
example-losi-2022,LOSI,2022,PE12,Participation and engagement,Synthetic indicator PE12 (participation and engagement),1
example-losi-2022,LOSI,2022,PE13,Participation and engagement,Synthetic indicator PE13 (participation and engagement),1
example-losi-2022,LOSI,2022,PE14,Participation and engagement,Synthetic indicator PE14 (participation and engagement),1
example-losi-2022,LOSI,2022,PE15,Participation and engagement,Synthetic indicator PE15 (participation and engagement),1
example-losi-2022,LOSI,2022,PE16,Participation and engagement,Synthetic indicator PE16 (participation and engagement),1
example-losi-2022,LOSI,2022,PE17,Participation and engagement,Synthetic indicator PE17 (participation and engagement),1
example-losi-2022,LOSI,2022,TE01,Technology,Synthetic indicator TE01 (technology),1
example-losi-2022,LOSI,2022,TE02,Technology,Synthetic indicator TE02 (technology),1
example-losi-2022,LOSI,2022,TE03,Technology,Synthetic indicator TE03 (technology),1
example-losi-2022,LOSI,2022,TE04,Technology,Synthetic indicator TE04 (technology),1
example-losi-2022,LOSI,2022,TE05,Technology,Synthetic indicator TE05 (technology),1
example-losi-2022,LOSI,2022,TE06,Technology,Synthetic indicator TE06 (technology),1
example-losi-2022,LOSI,2022,TE07,Technology,Synthetic indicator TE07 (technology),1
example-losi-2022,LOSI,2022,TE08,Technology,Synthetic indicator TE08 (technology),1
example-losi-2022,LOSI,2022,TE09,Technology,Synthetic indicator TE09 (technology),1
example-losi-2022,LOSI,2022,TE10,Technology,Synthetic indicator TE10 (technology),1
example-losi-2022,LOSI,2022,TE11,Technology,Synthetic indicator TE11 (technology),1
example-losi-2022,LOSI,2022,TE12,Technology,Synthetic indicator TE12 (technology),1
example-losi-2022,LOSI,2022,TE13,Technology,Synthetic indicator TE13 (technology),1
example-losi-2022,LOSI,2022,TE14,Technology,Synthetic indicator TE14 (technology),1
example-losi-2022,LOSI,2022,TE15,Technology,Synthetic indicator TE15 (technology),1
example-losi-2022,LOSI,2022,TE16,Technology,Synthetic indicator TE16 (technology),1
example-losi-2022,LOSI,2022,TE17,Technology,Synthetic indicator TE17 (technology),1
example-losi-2022,LOSI,2022,TE18,Technology,Synthetic indicator TE18 (technology),1
$egov_data$);
	stored := @extschema@.import_losi_assessments($egov_data$Edition,Country,City,Indicator,Points
example-losi-2022,HND,Example City 001,IF01,1
example-losi-2022,HND,Example City 001,IF02,1
example-losi-2022,HND,Example City 001,IF03,1
example-losi-2022,HND,Example City 001,IF04,1
example-losi-2022,HND,Example City 001,IF05,1
example-losi-2022,HND,Example City 001,IF06,0
example-losi-2022,HND,Example City 001,IF07,1
example-losi-2022,HND,Example City 001,IF08,1
example-losi-2022,HND,Example City 001,CP01,0
example-losi-2022,HND,Example City 001,CP02,0
example-losi-2022,HND,Example City 001,CP03,1
example-losi-2022,HND,Example City 001,CP04,1
example-losi-2022,HND,Example City 001,CP05,0
example-losi-2022,HND,Example City 001,CP06,1
example-losi-2022,HND,Example City 001,CP07,1
example-losi-2022,HND,Example City 001,CP08,0
example-losi-2022,HND,Example City 001,CP09,1
example-losi-2022,HND,Example City 001,CP10,1
example-losi-2022,HND,Example City 001,CP11,1
example-losi-2022,HND,Example City 001,CP12,1
example-losi-2022,HND,Example City 001,CP13,0
example-losi-2022,HND,Example City 001,CP14,0
example-losi-2022,HND,Example City 001,CP15,1
example-losi-2022,HND,Example City 001,CP16,1
example-losi-2022,HND,Example City 001,CP17,1
example-losi-2022,HND,Example City 001,CP18,1
example-losi-2022,HND,Example City 001,CP19,1
example-losi-2022,HND,Example City 001,CP20,1
example-losi-2022,HND,Example City 001,CP21,1
example-losi-2022,HND,Example City 001,CP22,1
example-losi-2022,HND,Example City 001,CP23,1
example-losi-2022,HND,Example City 001,CP24,1
example-losi-2022,HND,Example City 001,CP25,1
example-losi-2022,HND,Example City 001,SP01,1
example-losi-2022,HND,Example City 001,SP02,1
example-losi-2022,HND,Example City 001,SP03,1
example-losi-2022,HND,Example City 001,SP04,0
example-losi-2022,HND,Example City 001,SP05,1
example-losi-2022,HND,Example City 001,SP06,1
example-losi-2022,HND,Example City 001,SP07,1
example-losi-2022,HND,Example City 001,SP08,0
example-losi-2022,HND,Example City 001,SP09,1
example-losi-2022,HND,Example City 001,SP10,0
example-losi-2022,HND,Example City 001,SP11,0
example-losi-2022,HND,Example City 001,SP12,1
example-losi-2022,HND,Example City 001,SP13,1
example-losi-2022,HND,Example City 001,SP14,1
example-losi-2022,HND,Example City 001,SP15,1
example-losi-2022,HND,Example City 001,SP16,1
example-losi-2022,HND,Example City 001,SP17,0
example-losi-2022,HND,Example City 001,SP18,0
example-losi-2022,HND,Example City 001,PE01,1
example-losi-2022,HND,Example City 001,PE02,1
example-losi-2022,HND,Example City 001,PE03,1
example-losi-2022,HND,Example City 001,PE04,1
example-losi-2022,HND,Example City 001,PE05,1
example-losi-2022,HND,Example City 001,PE06,1
example-losi-2022,HND,Example City 001,PE07,1
example-losi-2022,HND,Example City 001,PE08,0
example-losi-2022,HND,Example City 001,PE09,1
example-losi-2022,HND,Example City 001,PE10,1
example-losi-2022,HND,Example City 001,PE11,1
example-losi-2022,HND,Example City 001,PE12,0
example-losi-2022,HND,Example City 001,PE13,1
example-losi-2022,HND,Example City 001,PE14,1
example-losi-2022,HND,Example City 001,PE15,1
example-losi-2022,HND,Example City 001,PE16,1
example-losi-2022,HND,Example City 001,PE17,1
example-losi-2022,HND,Example City 001,TE01,1
example-losi-2022,HND,Example City 001,TE02,1
example-losi-2022,HND,Example City 001,TE03,0
example-losi-2022,HND,Example City 001,TE04,1
example-losi-2022,HND,Example City 001,TE05,1
example-losi-2022,HND,Example City 001,TE06,0
example-losi-2022,HND,Example City 001,TE07,1
example-losi-2022,HND,Example City 001,TE08,0
example-losi-2022,HND,Example City 001,TE09,0
example-losi-2022,HND,Example City 001,TE10,1
example-losi-2022,HND,Example City 001,TE11,0
example-losi-2022,HND,Example City 001,TE12,0
example-losi-2022,HND,Example City 001,TE13,0
example-losi-2022,HND,Example City 001,TE14,0
example-losi-2022,HND,Example City 001,TE15,1
example-losi-2022,HND,Example City 001,TE16,1
example-losi-2022,HND,Example City 001,TE17,0
example-losi-2022,HND,Example City 001,TE18,0
example-losi-2022,BHR,Example City 002,IF01,0
example-losi-2022,BHR,Example City 002,IF02,1
example-losi-2022,BHR,Example City 002,IF03,1
example-losi-2022,BHR,Example City 002,IF04,0
example-losi-2022,BHR,Example City 002,IF05,1
example-losi-2022,BHR,Example City 002,IF06,1
example-losi-2022,BHR,Example City 002,IF07,0
example-losi-2022,BHR,Example City 002,IF08,1
example-losi-2022,BHR,Example City 002,CP01,1
example-losi-2022,BHR,Example City 002,CP02,0
example-losi-2022,BHR,Example City 002,CP03,0
example-losi-2022,BHR,Example City 002,CP04,1
example-losi-2022,BHR,Example City 002,CP05,0
example-losi-2022,BHR,Example City 002,CP06,0
example-losi-2022,BHR,Example City 002,CP07,0
example-losi-2022,BHR,Example City 002,CP08,0
example-losi-2022,BHR,Example City 002,CP09,1
example-losi-2022,BHR,Example City 002,CP10,0
example-losi-2022,BHR,Example City 002,CP11,1
example-losi-2022,BHR,Example City 002,CP12,1
example-losi-2022,BHR,Example City 002,CP13,1
example-losi-2022,BHR,Example City 002,CP14,0
example-losi-2022,BHR,Example City 002,CP15,1
example-losi-2022,BHR,Example City 002,CP16,1
example-losi-2022,BHR,Example City 002,CP17,1
example-losi-2022,BHR,Example City 002,CP18,1
example-losi-2022,BHR,Example City 002,CP19,0
example-losi-2022,BHR,Example City 002,CP20,1
example-losi-2022,BHR,Example City 002,CP21,1
example-losi-2022,BHR,Example City 002,CP22,0
example-losi-2022,BHR,Example City 002,CP23,0
example-losi-2022,BHR,Example City 002,CP24,0
example-losi-2022,BHR,Example City 002,CP25,0
example-losi-2022,BHR,Example City 002,SP01,0
example-losi-2022,BHR,Example City 002,SP02,1
example-losi-2022,BHR,Example City 002,SP03,0
example-losi-2022,BHR,Example City 002,SP04,0
example-losi-2022,BHR,Example City 002,SP05,1
example-losi-2022,BHR,Example City 002,SP06,0
example-losi-2022,BHR,Example City 002,SP07,1
example-losi-2022,BHR,Example City 002,SP08,0
example-losi-2022,BHR,Example City 002,SP09,1
example-losi-2022,BHR,Example City 002,SP10,0
example-losi-2022,BHR,Example City 002,SP11,1
example-losi-2022,BHR,Example City 002,SP12,1
example-losi-2022,BHR,Example City 002,SP13,0
example-losi-2022,BHR,Example City 002,SP14,1
example-losi-2022,BHR,Example City 002,SP15,0
example-losi-2022,BHR,Example City 002,SP16,1
example-losi-2022,BHR,Example City 002,SP17,0
example-losi-2022,BHR,Example City 002,SP18,1
example-losi-2022,BHR,Example City 002,PE01,1
example-losi-2022,BHR,Example City 002,PE02,0
example-losi-2022,BHR,Example City 002,PE03,1
example-losi-2022,BHR,Example City 002,PE04,1
example-losi-2022,BHR,Example City 002,PE05,1
example-losi-2022,BHR,Example City 002,PE06,1
example-losi-2022,BHR,Example City 002,PE07,1
example-losi-2022,BHR,Example City 002,PE08,0
example-losi-2022,BHR,Example City 002,PE09,0
example-losi-2022,BHR,Example City 002,PE10,0
example-losi-2022,BHR,Example City 002,PE11,1
example-losi-2022,BHR,Example City 002,PE12,0
example-losi-2022,BHR,Example City 002,PE13,0
example-losi-2022,BHR,Example City 002,PE14,1
example-losi-2022,BHR,Example City 002,PE15,1
example-losi-2022,BHR,Example City 002,PE16,0
example-losi-2022,BHR,Example City 002,PE17,1
example-losi-2022,BHR,Example City 002,TE01,1
example-losi-2022,BHR,Example City 002,TE02,1
example-losi-2022,BHR,Example City 002,TE03,0
example-losi-2022,BHR,Example City 002,TE04,1
example-losi-2022,BHR,Example City 002,TE05,1
example-losi-2022,BHR,Example City 002,TE06,1
example-losi-2022,BHR,Example City 002,TE07,0
example-losi-2022,BHR,Example City 002,TE08,1
example-losi-2022,BHR,Example City 002,TE09,1
example-losi-2022,BHR,Example City 002,TE10,1
example-losi-2022,BHR,Example City 002,TE11,0
example-losi-2022,BHR,Example City 002,TE12,0
example-losi-2022,BHR,Example City 002,TE13,1
example-losi-2022,BHR,Example City 002,TE14,0
example-losi-2022,BHR,Example City 002,TE15,1
example-losi-2022,BHR,Example City 002,TE16,1
example-losi-2022,BHR,Example City 002,TE17,1
example-losi-2022,BHR,Example City 002,TE18,0
example-losi-2022,HND,Example City 003,IF01,1
example-losi-2022,HND,Example City 003,IF02,1
example-losi-2022,HND,Example City 003,IF03,1
example-losi-2022,HND,Example City 003,IF04,1
example-losi-2022,HND,Example City 003,IF05,1
example-losi-2022,HND,Example City 003,IF06,1
example-losi-2022,HND,Example City 003,IF07,1
example-losi-2022,HND,Example City 003,IF08,1
example-losi-2022,HND,Example City 003,CP01,1
example-losi-2022,HND,Example City 003,CP02,1
example-losi-2022,HND,Example City 003,CP03,1
example-losi-2022,HND,Example City 003,CP04,1
example-losi-2022,HND,Example City 003,CP05,0
example-losi-2022,HND,Example City 003,CP06,0
example-losi-2022,HND,Example City 003,CP07,1
example-losi-2022,HND,Example City 003,CP08,1
example-losi-2022,HND,Example City 003,CP09,1
example-losi-2022,HND,Example City 003,CP10,1
example-losi-2022,HND,Example City 003,CP11,1
example-losi-2022,HND,Example City 003,CP12,1
example-losi-2022,HND,Example City 003,CP13,1
example-losi-2022,HND,Example City 003,CP14,1
example-losi-2022,HND,Example City 003,CP15,0
example-losi-2022,HND,Example City 003,CP16,1
example-losi-2022,HND,Example City 003,CP17,1
example-losi-2022,HND,Example City 003,CP18,1
example-losi-2022,HND,Example City 003,CP19,1
example-losi-2022,HND,Example City 003,CP20,1
example-losi-2022,HND,Example City 003,CP21,1
example-losi-2022,HND,Example City 003,CP22,1
example-losi-2022,HND,Example City 003,CP23,0
example-losi-2022,HND,Example City 003,CP24,1
example-losi-2022,HND,Example City 003,CP25,1
example-losi-2022,HND,Example City 003,SP01,1
example-losi-2022,HND,Example City 003,SP02,1
example-losi-2022,HND,Example City 003,SP03,1
example-losi-2022,HND,Example City 003,SP04,1
example-losi-2022,HND,Example City 003,SP05,1
example-losi-2022,HND,Example City 003,SP06,1
example-losi-2022,HND,Example City 003,SP07,1
example-losi-2022,HND,Example City 003,SP08,1
example-losi-2022,HND,Example City 003,SP09,1
example-losi-2022,HND,Example City 003,SP10,1
example-losi-2022,HND,Example City 003,SP11,1
example-losi-2022,HND,Example City 003,SP12,0
example-losi-2022,HND,Example City 003,SP13,1
example-losi-2022,HND,Example City 003,SP14,1
example-losi-2022,HND,Example City 003,SP15,1
example-losi-2022,HND,Example City 003,SP16,1
example-losi-2022,HND,Example City 003,SP17,1
example-losi-2022,HND,Example City 003,SP18,1
example-losi-2022,HND,Example City 003,PE01,1
example-losi-2022,HND,Example City 003,PE02,0
example-losi-2022,HND,Example City 003,PE03,1
example-losi-2022,HND,Example City 003,PE04,1
example-losi-2022,HND,Example City 003,PE05,1
example-losi-2022,HND,Example City 003,PE06,1
example-losi-2022,HND,Example City 003,PE07,1
example-losi-2022,HND,Example City 003,PE08,1
example-losi-2022,HND,Example City 003,PE09,1
example-losi-2022,HND,Example City 003,PE10,1
example-losi-2022,HND,Example City 003,PE11,1
example-losi-2022,HND,Example City 003,PE12,1
example-losi-2022,HND,Example City 003,PE13,1
example-losi-2022,HND,Example City 003,PE14,1
example-losi-2022,HND,Example City 003,PE15,1
example-losi-2022,HND,Example City 003,PE16,1
example-losi-2022,HND,Example City 003,PE17,1
example-losi-2022,HND,Example City 003,TE01,1
example-losi-2022,HND,Example City 003,TE02,1
example-losi-2022,HND,Example City 003,TE03,1
example-losi-2022,HND,Example City 003,TE04,1
example-losi-2022,HND,Example City 003,TE05,1
example-losi-2022,HND,Example City 003,TE06,0
example-losi-2022,HND,Example City 003,TE07,1
example-losi-2022,HND,Example City 003,TE08,1
example-losi-2022,HND,Example City 003,TE09,1
example-losi-2022,HND,Example City 003,TE10,1
example-losi-2022,HND,Example City 003,TE11,1
example-losi-2022,HND,Example City 003,TE12,1
example-losi-2022,HND,Example City 003,TE13,1
example-losi-2022,HND,Example City 003,TE14,0
example-losi-2022,HND,Example City 003,TE15,1
example-losi-2022,HND,Example City 003,TE16,1
example-losi-2022,HND,Example City 003,TE17,1
example-losi-2022,HND,Example City 003,TE18,1
example-losi-2022,BHR,Example City 004,IF01,0
example-losi-2022,BHR,Example City 004,IF02,1
example-losi-2022,BHR,Example City 004,IF03,1
example-losi-2022,BHR,Example City 004,IF04,1
example-losi-2022,BHR,Example City 004,IF05,1
example-losi-2022,BHR,Example City 004,IF06,0
example-losi-2022,BHR,Example City 004,IF07,1
example-losi-2022,BHR,Example City 004,IF08,0
example-losi-2022,BHR,Example City 004,CP01,0
example-losi-2022,BHR,Example City 004,CP02,0
example-losi-2022,BHR,Example City 004,CP03,0
example-losi-2022,BHR,Example City 004,CP04,0
example-losi-2022,BHR,Example City 004,CP05,0
example-losi-2022,BHR,Example City 004,CP06,0
example-losi-2022,BHR,Example City 004,CP07,0
example-losi-2022,BHR,Example City 004,CP08,1
example-losi-2022,BHR,Example City 004,CP09,1
example-losi-2022,BHR,Example City 004,CP10,1
example-losi-2022,BHR,Example City 004,CP11,1
example-losi-2022,BHR,Example City 004,CP12,1
example-losi-2022,BHR,Example City 004,CP13,1
example-losi-2022,BHR,Example City 004,CP14,0
example-losi-2022,BHR,Example City 004,CP15,1
example-losi-2022,BHR,Example City 004,CP16,1
example-losi-2022,BHR,Example City 004,CP17,1
example-losi-2022,BHR,Example City 004,CP18,1
example-losi-2022,BHR,Example City 004,CP19,0
example-losi-2022,BHR,Example City 004,CP20,0
example-losi-2022,BHR,Example City 004,CP21,1
example-losi-2022,BHR,Example City 004,CP22,0
example-losi-2022,BHR,Example City 004,CP23,0
example-losi-2022,BHR,Example City 004,CP24,1
example-losi-2022,BHR,Example City 004,CP25,0
example-losi-2022,BHR,Example City 004,SP01,1
example-losi-2022,BHR,Example City 004,SP02,1
example-losi-2022,BHR,Example City 004,SP03,0
example-losi-2022,BHR,Example City 004,SP04,1
example-losi-2022,BHR,Example City 004,SP05,1
example-losi-2022,BHR,Example City 004,SP06,1
example-losi-2022,BHR,Example City 004,SP07,0
example-losi-2022,BHR,Example City 004,SP08,1
example-losi-2022,BHR,Example City 004,SP09,0
example-losi-2022,BHR,Example City 004,SP10,1
example-losi-2022,BHR,Example City 004,SP11,0
example-losi-2022,BHR,Example City 004,SP12,1
example-losi-2022,BHR,Example City 004,SP13,0
example-losi-2022,BHR,Example City 004,SP14,0
example-losi-2022,BHR,Example City 004,SP15,0
example-losi-2022,BHR,Example City 004,SP16,1
example-losi-2022,BHR,Example City 004,SP17,1
example-losi-2022,BHR,Example City 004,SP18,0
example-losi-2022,BHR,Example City 004,PE01,1
example-losi-2022,BHR,Example City 004,PE02,0
example-losi-2022,BHR,Example City 004,PE03,0
example-losi-2022,BHR,Example City 004,PE04,1
example-losi-2022,BHR,Example City 004,PE05,1
example-losi-2022,BHR,Example City 004,PE06,1
example-losi-2022,BHR,Example City 004,PE07,1
example-losi-2022,BHR,Example City 004,PE08,1
example-losi-2022,BHR,Example City 004,PE09,0
example-losi-2022,BHR,Example City 004,PE10,1
example-losi-2022,BHR,Example City 004,PE11,1
example-losi-2022,BHR,Example City 004,PE12,0
example-losi-2022,BHR,Example City 004,PE13,1
example-losi-2022,BHR,Example City 004,PE14,1
example-losi-2022,BHR,Example City 004,PE15,0
example-losi-2022,BHR,Example City 004,PE16,1
example-losi-2022,BHR,Example City 004,PE17,0
example-losi-2022,BHR,Example City 004,TE01,1
example-losi-2022,BHR,Example City 004,TE02,1
example-losi-2022,BHR,Example City 004,TE03,0
example-losi-2022,BHR,Example City 004,TE04,1
example-losi-2022,BHR,Example City 004,TE05,1
example-losi-2022,BHR,Example City 004,TE06,1
example-losi-2022,BHR,Example City 004,TE07,1
example-losi-2022,BHR,Example City 004,TE08,0
example-losi-2022,BHR,Example City 004,TE09,1
example-losi-2022,BHR,Example City 004,TE10,1
example-losi-2022,BHR,Example City 004,TE11,0
example-losi-2022,BHR,Example City 004,TE12,0
example-losi-2022,BHR,Example City 004,TE13,1
example-losi-2022,BHR,Example City 004,TE14,0
example-losi-2022,BHR,Example City 004,TE15,0
example-losi-2022,BHR,Example City 004,TE16,1
example-losi-2022,BHR,Example City 004,TE17,0
example-losi-2022,BHR,Example City 004,TE18,0
example-losi-2022,MDV,Example City 005,IF01,1
example-losi-2022,MDV,Example City 005,IF02,1
example-losi-2022,MDV,Example City 005,IF03,1
example-losi-2022,MDV,Example City 005,IF04,1
example-losi-2022,MDV,Example City 005,IF05,1
example-losi-2022,MDV,Example City 005,IF06,1
example-losi-2022,MDV,Example City 005,IF07,0
example-losi-2022,MDV,Example City 005,IF08,1
example-losi-2022,MDV,Example City 005,CP01,0
example-losi-2022,MDV,Example City 005,CP02,1
example-losi-2022,MDV,Example City 005,CP03,1
example-losi-2022,MDV,Example City 005,CP04,1
example-losi-2022,MDV,Example City 005,CP05,0
example-losi-2022,MDV,Example City 005,CP06,1
example-losi-2022,MDV,Example City 005,CP07,1
example-losi-2022,MDV,Example City 005,CP08,1
example-losi-2022,MDV,Example City 005,CP09,1
example-losi-2022,MDV,Example City 005,CP10,1
example-losi-2022,MDV,Example City 005,CP11,1
example-losi-2022,MDV,Example City 005,CP12,1
example-losi-2022,MDV,Example City 005,CP13,0
example-losi-2022,MDV,Example City 005,CP14,0
example-losi-2022,MDV,Example City 005,CP15,1
example-losi-2022,MDV,Example City 005,CP16,1
example-losi-2022,MDV,Example City 005,CP17,1
example-losi-2022,MDV,Example City 005,CP18,1
example-losi-2022,MDV,Example City 005,CP19,1
example-losi-2022,MDV,Example City 005,CP20,1
example-losi-2022,MDV,Example City 005,CP21,1
example-losi-2022,MDV,Example City 005,CP22,0
example-losi-2022,MDV,Example City 005,CP23,0
example-losi-2022,MDV,Example City 005,CP24,0
example-losi-2022,MDV,Example City 005,CP25,1
example-losi-2022,MDV,Example City 005,SP01,1
example-losi-2022,MDV,Example City 005,SP02,1
example-losi-2022,MDV,Example City 005,SP03,0
example-losi-2022,MDV,Example City 005,SP04,1
example-losi-2022,MDV,Example City 005,SP05,1
example-losi-2022,MDV,Example City 005,SP06,1
example-losi-2022,MDV,Example City 005,SP07,1
example-losi-2022,MDV,Example City 005,SP08,1
example-losi-2022,MDV,Example City 005,SP09,1
example-losi-2022,MDV,Example City 005,SP10,0
example-losi-2022,MDV,Example City 005,SP11,1
example-losi-2022,MDV,Example City 005,SP12,1
example-losi-2022,MDV,Example City 005,SP13,1
example-losi-2022,MDV,Example City 005,SP14,1
example-losi-2022,MDV,Example City 005,SP15,0
example-losi-2022,MDV,Example City 005,SP16,1
example-losi-2022,MDV,Example City 005,SP17,0
example-losi-2022,MDV,Example City 005,SP18,0
example-losi-2022,MDV,Example City 005,PE01,1
example-losi-2022,MDV,Example City 005,PE02,1
example-losi-2022,MDV,Example City 005,PE03,1
example-losi-2022,MDV,Example City 005,PE04,1
example-losi-2022,MDV,Example City 005,PE05,0
example-losi-2022,MDV,Example City 005,PE06,1
example-losi-2022,MDV,Example City 005,PE07,1
example-losi-2022,MDV,Example City 005,PE08,1
example-losi-2022,MDV,Example City 005,PE09,0
example-losi-2022,MDV,Example City 005,PE10,1
example-losi-2022,MDV,Example City 005,PE11,1
example-losi-2022,MDV,Example City 005,PE12,1
example-losi-2022,MDV,Example City 005,PE13,1
example-losi-2022,MDV,Example City 005,PE14,1
example-losi-2022,MDV,Example City 005,PE15,1
example-losi-2022,MDV,Example City 005,PE16,1
example-losi-2022,MDV,Example City 005,PE17,0
example-losi-2022,MDV,Example City 005,TE01,1
example-losi-2022,MDV,Example City 005,TE02,1
example-losi-2022,MDV,Example City 005,TE03,1
example-losi-2022,MDV,Example City 005,TE04,1
example-losi-2022,MDV,Example City 005,TE05,1
example-losi-2022,MDV,Example City 005,TE06,1
example-losi-2022,MDV,Example City 005,TE07,1
example-losi-2022,MDV,Example City 005,TE08,1
example-losi-2022,MDV,Example City 005,TE09,1
example-losi-2022,MDV,Example City 005,TE10,0
example-losi-2022,MDV,Example City 005,TE11,1
example-losi-2022,MDV,Example City 005,TE12,1
example-losi-2022,MDV,Example City 005,TE13,1
example-losi-2022,MDV,Example City 005,TE14,1
example-losi-2022,MDV,Example City 005,TE15,1
example-losi-2022,MDV,Example City 005,TE16,1
example-losi-2022,MDV,Example City 005,TE17,1
example-losi-2022,MDV,Example City 005,TE18,1
example-losi-2022,GHA,Example City 006,IF01,0
example-losi-2022,GHA,Example City 006,IF02,1
example-losi-2022,GHA,Example City 006,IF03,0
example-losi-2022,GHA,Example City 006,IF04,1
example-losi-2022,GHA,Example City 006,IF05,1
example-losi-2022,GHA,Example City 006,IF06,0
example-losi-2022,GHA,Example City 006,IF07,1
example-losi-2022,GHA,Example City 006,IF08,1
example-losi-2022,GHA,Example City 006,CP01,0
example-losi-2022,GHA,Example City 006,CP02,0
example-losi-2022,GHA,Example City 006,CP03,0
example-losi-2022,GHA,Example City 006,CP04,0
example-losi-2022,GHA,Example City 006,CP05,0
example-losi-2022,GHA,Example City 006,CP06,0
example-losi-2022,GHA,Example City 006,CP07,1
example-losi-2022,GHA,Example City 006,CP08,1
example-losi-2022,GHA,Example City 006,CP09,0
example-losi-2022,GHA,Example City 006,CP10,0
example-losi-2022,GHA,Example City 006,CP11,1
example-losi-2022,GHA,Example City 006,CP12,0
example-losi-2022,GHA,Example City 006,CP13,1
example-losi-2022,GHA,Example City 006,CP14,1
example-losi-2022,GHA,Example City 006,CP15,1
example-losi-2022,GHA,Example City 006,CP16,1
example-losi-2022,GHA,Example City 006,CP17,1
example-losi-2022,GHA,Example City 006,CP18,1
example-losi-2022,GHA,Example City 006,CP19,0
example-losi-2022,GHA,Example City 006,CP20,0
example-losi-2022,GHA,Example City 006,CP21,0
example-losi-2022,GHA,Example City 006,CP22,1
example-losi-2022,GHA,Example City 006,CP23,1
example-losi-2022,GHA,Example City 006,CP24,1
example-losi-2022,GHA,Example City 006,CP25,0
example-losi-2022,GHA,Example City 006,SP01,1
example-losi-2022,GHA,Example City 006,SP02,1
example-losi-2022,GHA,Example City 006,SP03,1
example-losi-2022,GHA,Example City 006,SP04,1
example-losi-2022,GHA,Example City 006,SP05,0
example-losi-2022,GHA,Example City 006,SP06,1
example-losi-2022,GHA,Example City 006,SP07,1
example-losi-2022,GHA,Example City 006,SP08,0
example-losi-2022,GHA,Example City 006,SP09,0
example-losi-2022,GHA,Example City 006,SP10,0
example-losi-2022,GHA,Example City 006,SP11,0
example-losi-2022,GHA,Example City 006,SP12,0
example-losi-2022,GHA,Example City 006,SP13,1
example-losi-2022,GHA,Example City 006,SP14,0
example-losi-2022,GHA,Example City 006,SP15,0
example-losi-2022,GHA,Example City 006,SP16,1
example-losi-2022,GHA,Example City 006,SP17,1
example-losi-2022,GHA,Example City 006,SP18,0
example-losi-2022,GHA,Example City 006,PE01,0
example-losi-2022,GHA,Example City 006,PE02,1
example-losi-2022,GHA,Example City 006,PE03,1
example-losi-2022,GHA,Example City 006,PE04,1
example-losi-2022,GHA,Example City 006,PE05,0
example-losi-2022,GHA,Example City 006,PE06,1
example-losi-2022,GHA,Example City 006,PE07,1
example-losi-2022,GHA,Example City 006,PE08,1
example-losi-2022,GHA,Example City 006,PE09,0
example-losi-2022,GHA,Example City 006,PE10,1
example-losi-2022,GHA,Example City 006,PE11,0
example-losi-2022,GHA,Example City 006,PE12,0
example-losi-2022,GHA,Example City 006,PE13,0
example-losi-2022,GHA,Example City 006,PE14,0
example-losi-2022,GHA,Example City 006,PE15,0
example-losi-2022,GHA,Example City 006,PE16,1
example-losi-2022,GHA,Example City 006,PE17,1
example-losi-2022,GHA,Example City 006,TE01,1
example-losi-2022,GHA,Example City 006,TE02,1
example-losi-2022,GHA,Example City 006,TE03,0
example-losi-2022,GHA,Example City 006,TE04,1
example-losi-2022,GHA,Example City 006,TE05,0
example-losi-2022,GHA,Example City 006,TE06,1
example-losi-2022,GHA,Example City 006,TE07,1
example-losi-2022,GHA,Example City 006,TE08,1
example-losi-2022,GHA,Example City 006,TE09,1
example-losi-2022,GHA,Example City 006,TE10,0
example-losi-2022,GHA,Example City 006,TE11,0
example-losi-2022,GHA,Example City 006,TE12,0
example-losi-2022,GHA,Example City 006,TE13,0
example-losi-2022,GHA,Example City 006,TE14,0
example-losi-2022,GHA,Example City 006,TE15,0
example-losi-2022,GHA,Example City 006,TE16,1
example-losi-2022,GHA,Example City 006,TE17,0
example-losi-2022,GHA,Example City 006,TE18,1
example-losi-2022,BOL,Example City 007,IF01,0
example-losi-2022,BOL,Example City 007,IF02,0
example-losi-2022,BOL,Example City 007,IF03,0
example-losi-2022,BOL,Example City 007,IF04,0
example-losi-2022,BOL,Example City 007,IF05,1
example-losi-2022,BOL,Example City 007,IF06,1
example-losi-2022,BOL,Example City 007,IF07,0
example-losi-2022,BOL,Example City 007,IF08,0
example-losi-2022,BOL,Example City 007,CP01,0
example-losi-2022,BOL,Example City 007,CP02,0
example-losi-2022,BOL,Example City 007,CP03,1
example-losi-2022,BOL,Example City 007,CP04,1
example-losi-2022,BOL,Example City 007,CP05,0
example-losi-2022,BOL,Example City 007,CP06,0
example-losi-2022,BOL,Example City 007,CP07,0
example-losi-2022,BOL,Example City 007,CP08,0
example-losi-2022,BOL,Example City 007,CP09,0
example-losi-2022,BOL,Example City 007,CP10,1
example-losi-2022,BOL,Example City 007,CP11,0
example-losi-2022,BOL,Example City 007,CP12,1
example-losi-2022,BOL,Example City 007,CP13,0
example-losi-2022,BOL,Example City 007,CP14,0
example-losi-2022,BOL,Example City 007,CP15,0
example-losi-2022,BOL,Example City 007,CP16,1
example-losi-2022,BOL,Example City 007,CP17,0
example-losi-2022,BOL,Example City 007,CP18,1
example-losi-2022,BOL,Example City 007,CP19,0
example-losi-2022,BOL,Example City 007,CP20,0
example-losi-2022,BOL,Example City 007,CP21,0
example-losi-2022,BOL,Example City 007,CP22,1
example-losi-2022,BOL,Example City 007,CP23,0
example-losi-2022,BOL,Example City 007,CP24,0
example-losi-2022,BOL,Example City 007,CP25,0
example-losi-2022,BOL,Example City 007,SP01,0
example-losi-2022,BOL,Example City 007,SP02,0
example-losi-2022,BOL,Example City 007,SP03,0
example-losi-2022,BOL,Example City 007,SP04,1
example-losi-2022,BOL,Example City 007,SP05,0
example-losi-2022,BOL,Example City 007,SP06,0
example-losi-2022,BOL,Example City 007,SP07,0
example-losi-2022,BOL,Example City 007,SP08,0
example-losi-2022,BOL,Example City 007,SP09,0
example-losi-2022,BOL,Example City 007,SP10,0
example-losi-2022,BOL,Example City 007,SP11,0
example-losi-2022,BOL,Example City 007,SP12,0
example-losi-2022,BOL,Example City 007,SP13,0
example-losi-2022,BOL,Example City 007,SP14,1
example-losi-2022,BOL,Example City 007,SP15,0
example-losi-2022,BOL,Example City 007,SP16,1
example-losi-2022,BOL,Example City 007,SP17,0
example-losi-2022,BOL,Example City 007,SP18,0
example-losi-2022,BOL,Example City 007,PE01,1
example-losi-2022,BOL,Example City 007,PE02,0
example-losi-2022,BOL,Example City 007,PE03,0
example-losi-2022,BOL,Example City 007,PE04,0
example-losi-2022,BOL,Example City 007,PE05,0
example-losi-2022,BOL,Example City 007,PE06,0
example-losi-2022,BOL,Example City 007,PE07,0
example-losi-2022,BOL,Example City 007,PE08,0
example-losi-2022,BOL,Example City 007,PE09,0
example-losi-2022,BOL,Example City 007,PE10,0
example-losi-2022,BOL,Example City 007,PE11,0
example-losi-2022,BOL,Example City 007,PE12,0
example-losi-2022,BOL,Example City 007,PE13,0
example-losi-2022,BOL,Example City 007,PE14,0
example-losi-2022,BOL,Example City 007,PE15,0
example-losi-2022,BOL,Example City 007,PE16,0
example-losi-2022,BOL,Example City 007,PE17,0
example-losi-2022,BOL,Example City 007,TE01,0
example-losi-2022,BOL,Example City 007,TE02,0
example-losi-2022,BOL,Example City 007,TE03,0
example-losi-2022,BOL,Example City 007,TE04,0
example-losi-2022,BOL,Example City 007,TE05,0
example-losi-2022,BOL,Example City 007,TE06,0
example-losi-2022,BOL,Example City 007,TE07,0
example-losi-2022,BOL,Example City 007,TE08,0
example-losi-2022,BOL,Example City 007,TE09,1
example-losi-2022,BOL,Example City 007,TE10,0
example-losi-2022,BOL,Example City 007,TE11,0
example-losi-2022,BOL,Example City 007,TE12,0
example-losi-2022,BOL,Example City 007,TE13,0
example-losi-2022,BOL,Example City 007,TE14,0
example-losi-2022,BOL,Example City 007,TE15,0
example-losi-2022,BOL,Example City 007,TE16,0
example-losi-2022,BOL,Example City 007,TE17,0
example-losi-2022,BOL,Example City 007,TE18,0
example-losi-2022,BIH,Example City 008,IF01,0
example-losi-2022,BIH,Example City 008,IF02,0
example-losi-2022,BIH,Example City 008,IF03,1
example-losi-2022,BIH,Example City 008,IF04,1
example-losi-2022,BIH,Example City 008,IF05,1
example-losi-2022,BIH,Example City 008,IF06,0
example-losi-2022,BIH,Example City 008,IF07,0
example-losi-2022,BIH,Example City 008,IF08,1
example-losi-2022,BIH,Example City 008,CP01,0
example-losi-2022,BIH,Example City 008,CP02,0
example-losi-2022,BIH,Example City 008,CP03,0
example-losi-2022,BIH,Example City 008,CP04,0
example-losi-2022,BIH,Example City 008,CP05,1
example-losi-2022,BIH,Example City 008,CP06,0
example-losi-2022,BIH,Example City 008,CP07,0
example-losi-2022,BIH,Example City 008,CP08,1
example-losi-2022,BIH,Example City 008,CP09,1
example-losi-2022,BIH,Example City 008,CP10,0
example-losi-2022,BIH,Example City 008,CP11,1
example-losi-2022,BIH,Example City 008,CP12,1
example-losi-2022,BIH,Example City 008,CP13,1
example-losi-2022,BIH,Example City 008,CP14,1
example-losi-2022,BIH,Example City 008,CP15,0
example-losi-2022,BIH,Example City 008,CP16,1
example-losi-2022,BIH,Example City 008,CP17,1
example-losi-2022,BIH,Example City 008,CP18,0
example-losi-2022,BIH,Example City 008,CP19,0
example-losi-2022,BIH,Example City 008,CP20,0
example-losi-2022,BIH,Example City 008,CP21,1
example-losi-2022,BIH,Example City 008,CP22,0
example-losi-2022,BIH,Example City 008,CP23,0
example-losi-2022,BIH,Example City 008,CP24,0
example-losi-2022,BIH,Example City 008,CP25,0
example-losi-2022,BIH,Example City 008,SP01,1
example-losi-2022,BIH,Example City 008,SP02,0
example-losi-2022,BIH,Example City 008,SP03,1
example-losi-2022,BIH,Example City 008,SP04,1
example-losi-2022,BIH,Example City 008,SP05,1
example-losi-2022,BIH,Example City 008,SP06,1
example-losi-2022,BIH,Example City 008,SP07,0
example-losi-2022,BIH,Example City 008,SP08,0
example-losi-2022,BIH,Example City 008,SP09,0
example-losi-2022,BIH,Example City 008,SP10,0
example-losi-2022,BIH,Example City 008,SP11,0
example-losi-2022,BIH,Example City 008,SP12,1
example-losi-2022,BIH,Example City 008,SP13,0
example-losi-2022,BIH,Example City 008,SP14,0
example-losi-2022,BIH,Example City 008,SP15,0
example-losi-2022,BIH,Example City 008,SP16,1
example-losi-2022,BIH,Example City 008,SP17,0
example-losi-2022,BIH,Example City 008,SP18,0
example-losi-2022,BIH,Example City 008,PE01,1
example-losi-2022,BIH,Example City 008,PE02,0
example-losi-2022,BIH,Example City 008,PE03,0
example-losi-2022,BIH,Example City 008,PE04,0
example-losi-2022,BIH,Example City 008,PE05,1
example-losi-2022,BIH,Example City 008,PE06,0
example-losi-2022,BIH,Example City 008,PE07,1
example-losi-2022,BIH,Example City 008,PE08,1
example-losi-2022,BIH,Example City 008,PE09,0
example-losi-2022,BIH,Example City 008,PE10,1
example-losi-2022,BIH,Example City 008,PE11,1
example-losi-2022,BIH,Example City 008,PE12,0
example-losi-2022,BIH,Example City 008,PE13,0
example-losi-2022,BIH,Example City 008,PE14,0
example-losi-2022,BIH,Example City 008,PE15,0
example-losi-2022,BIH,Example City 008,PE16,1
example-losi-2022,BIH,Example City 008,PE17,0
example-losi-2022,BIH,Example City 008,TE01,1
example-losi-2022,BIH,Example City 008,TE02,0
example-losi-2022,BIH,Example City 008,TE03,0
example-losi-2022,BIH,Example City 008,TE04,1
example-losi-2022,BIH,Example City 008,TE05,1
example-losi-2022,BIH,Example City 008,TE06,0
example-losi-2022,BIH,Example City 008,TE07,1
example-losi-2022,BIH,Example City 008,TE08,0
example-losi-2022,BIH,Example City 008,TE09,1
example-losi-2022,BIH,Example City 008,TE10,0
example-losi-2022,BIH,Example City 008,TE11,1
example-losi-2022,BIH,Example City 008,TE12,0
example-losi-2022,BIH,Example City 008,TE13,0
example-losi-2022,BIH,Example City 008,TE14,0
example-losi-2022,BIH,Example City 008,TE15,0
example-losi-2022,BIH,Example City 008,TE16,0
example-losi-2022,BIH,Example City 008,TE17,1
example-losi-2022,BIH,Example City 008,TE18,1
example-losi-2022,CRI,Example City 009,IF01,0
example-losi-2022,CRI,Example City 009,IF02,0
example-losi-2022,CRI,Example City 009,IF03,1
example-losi-2022,CRI,Example City 009,IF04,0
example-losi-2022,CRI,Example City 009,IF05,1
example-losi-2022,CRI,Example City 009,IF06,0
example-losi-2022,CRI,Example City 009,IF07,0
example-losi-2022,CRI,Example City 009,IF08,1
example-losi-2022,CRI,Example City 009,CP01,0
example-losi-2022,CRI,Example City 009,CP02,0
example-losi-2022,CRI,Example City 009,CP03,0
example-losi-2022,CRI,Example City 009,CP04,0
example-losi-2022,CRI,Example City 009,CP05,0
example-losi-2022,CRI,Example City 009,CP06,0
example-losi-2022,CRI,Example City 009,CP07,0
example-losi-2022,CRI,Example City 009,CP08,0
example-losi-2022,CRI,Example City 009,CP09,0
example-losi-2022,CRI,Example City 009,CP10,1
example-losi-2022,CRI,Example City 009,CP11,0
example-losi-2022,CRI,Example City 009,CP12,1
example-losi-2022,CRI,Example City 009,CP13,0
example-losi-2022,CRI,Example City 009,CP14,0
example-losi-2022,CRI,Example City 009,CP15,0
example-losi-2022,CRI,Example City 009,CP16,0
example-losi-2022,CRI,Example City 009,CP17,1
example-losi-2022,CRI,Example City 009,CP18,1
example-losi-2022,CRI,Example City 009,CP19,0
example-losi-2022,CRI,Example City 009,CP20,1
example-losi-2022,CRI,Example City 009,CP21,0
example-losi-2022,CRI,Example City 009,CP22,0
example-losi-2022,CRI,Example City 009,CP23,0
example-losi-2022,CRI,Example City 009,CP24,1
example-losi-2022,CRI,Example City 009,CP25,0
example-losi-2022,CRI,Example City 009,SP01,0
example-losi-2022,CRI,Example City 009,SP02,0
example-losi-2022,CRI,Example City 009,SP03,0
example-losi-2022,CRI,Example City 009,SP04,0
example-losi-2022,CRI,Example City 009,SP05,1
example-losi-2022,CRI,Example City 009,SP06,0
example-losi-2022,CRI,Example City 009,SP07,1
example-losi-2022,CRI,Example City 009,SP08,0
example-losi-2022,CRI,Example City 009,SP09,0
example-losi-2022,CRI,Example City 009,SP10,0
example-losi-2022,CRI,Example City 009,SP11,1
example-losi-2022,CRI,Example City 009,SP12,1
example-losi-2022,CRI,Example City 009,SP13,0
example-losi-2022,CRI,Example City 009,SP14,0
example-losi-2022,CRI,Example City 009,SP15,0
example-losi-2022,CRI,Example City 009,SP16,0
example-losi-2022,CRI,Example City 009,SP17,0
example-losi-2022,CRI,Example City 009,SP18,0
example-losi-2022,CRI,Example City 009,PE01,1
example-losi-2022,CRI,Example City 009,PE02,0
example-losi-2022,CRI,Example City 009,PE03,1
example-losi-2022,CRI,Example City 009,PE04,0
example-losi-2022,CRI,Example City 009,PE05,0
example-losi-2022,CRI,Example City 009,PE06,0
example-losi-2022,CRI,Example City 009,PE07,1
example-losi-2022,CRI,Example City 009,PE08,0
example-losi-2022,CRI,Example City 009,PE09,0
example-losi-2022,CRI,Example City 009,PE10,1
example-losi-2022,CRI,Example City 009,PE11,1
example-losi-2022,CRI,Example City 009,PE12,1
example-losi-2022,CRI,Example City 009,PE13,0
example-losi-2022,CRI,Example City 009,PE14,0
example-losi-2022,CRI,Example City 009,PE15,0
example-losi-2022,CRI,Example City 009,PE16,0
example-losi-2022,CRI,Example City 009,PE17,0
example-losi-2022,CRI,Example City 009,TE01,0
example-losi-2022,CRI,Example City 009,TE02,0
example-losi-2022,CRI,Example City 009,TE03,0
example-losi-2022,CRI,Example City 009,TE04,0
example-losi-2022,CRI,Example City 009,TE05,0
example-losi-2022,CRI,Example City 009,TE06,0
example-losi-2022,CRI,Example City 009,TE07,1
example-losi-2022,CRI,Example City 009,TE08,0
example-losi-2022,CRI,Example City 009,TE09,1
example-losi-2022,CRI,Example City 009,TE10,0
example-losi-2022,CRI,Example City 009,TE11,0
example-losi-2022,CRI,Example City 009,TE12,1
example-losi-2022,CRI,Example City 009,TE13,0
example-losi-2022,CRI,Example City 009,TE14,0
example-losi-2022,CRI,Example City 009,TE15,0
example-losi-2022,CRI,Example City 009,TE16,0
example-losi-2022,CRI,Example City 009,TE17,0
example-losi-2022,CRI,Example City 009,TE18,0
example-losi-2022,PAN,Example City 010,IF01,1
example-losi-2022,PAN,Example City 010,IF02,0
example-losi-2022,PAN,Example City 010,IF03,1
example-losi-2022,PAN,Example City 010,IF04,1
example-losi-2022,PAN,Example City 010,IF05,1
example-losi-2022,PAN,Example City 010,IF06,1
example-losi-2022,PAN,Example City 010,IF07,0
example-losi-2022,PAN,Example City 010,IF08,1
example-losi-2022,PAN,Example City 010,CP01,1
example-losi-2022,PAN,Example City 010,CP02,1
example-losi-2022,PAN,Example City 010,CP03,1
example-losi-2022,PAN,Example City 010,CP04,1
example-losi-2022,PAN,Example City 010,CP05,1
example-losi-2022,PAN,Example City 010,CP06,1
example-losi-2022,PAN,Example City 010,CP07,0
example-losi-2022,PAN,Example City 010,CP08,1
example-losi-2022,PAN,Example City 010,CP09,1
example-losi-2022,PAN,Example City 010,CP10,1
example-losi-2022,PAN,Example City 010,CP11,1
example-losi-2022,PAN,Example City 010,CP12,1
example-losi-2022,PAN,Example City 010,CP13,1
example-losi-2022,PAN,Example City 010,CP14,1
example-losi-2022,PAN,Example City 010,CP15,1
example-losi-2022,PAN,Example City 010,CP16,1
example-losi-2022,PAN,Example City 010,CP17,1
example-losi-2022,PAN,Example City 010,CP18,0
example-losi-2022,PAN,Example City 010,CP19,1
example-losi-2022,PAN,Example City 010,CP20,1
example-losi-2022,PAN,Example City 010,CP21,1
example-losi-2022,PAN,Example City 010,CP22,1
example-losi-2022,PAN,Example City 010,CP23,1
example-losi-2022,PAN,Example City 010,CP24,1
example-losi-2022,PAN,Example City 010,CP25,1
example-losi-2022,PAN,Example City 010,SP01,1
example-losi-2022,PAN,Example City 010,SP02,1
example-losi-2022,PAN,Example City 010,SP03,0
example-losi-2022,PAN,Example City 010,SP04,1
example-losi-2022,PAN,Example City 010,SP05,1
example-losi-2022,PAN,Example City 010,SP06,1
example-losi-2022,PAN,Example City 010,SP07,1
example-losi-2022,PAN,Example City 010,SP08,1
example-losi-2022,PAN,Example City 010,SP09,1
example-losi-2022,PAN,Example City 010,SP10,1
example-losi-2022,PAN,Example City 010,SP11,0
example-losi-2022,PAN,Example City 010,SP12,1
example-losi-2022,PAN,Example City 010,SP13,1
example-losi-2022,PAN,Example City 010,SP14,1
example-losi-2022,PAN,Example City 010,SP15,0
example-losi-2022,PAN,Example City 010,SP16,1
example-losi-2022,PAN,Example City 010,SP17,0
example-losi-2022,PAN,Example City 010,SP18,0
example-losi-2022,PAN,Example City 010,PE01,1
example-losi-2022,PAN,Example City 010,PE02,1
example-losi-2022,PAN,Example City 010,PE03,1
example-losi-2022,PAN,Example City 010,PE04,1
example-losi-2022,PAN,Example City 010,PE05,1
example-losi-2022,PAN,Example City 010,PE06,1
example-losi-2022,PAN,Example City 010,PE07,1
example-losi-2022,PAN,Example City 010,PE08,1
example-losi-2022,PAN,Example City 010,PE09,0
example-losi-2022,PAN,Example City 010,PE10,1
example-losi-2022,PAN,Example City 010,PE11,1
example-losi-2022,PAN,Example City 010,PE12,1
example-losi-2022,PAN,Example City 010,PE13,1
example-losi-2022,PAN,Example City 010,PE14,1
example-losi-2022,PAN,Example City 010,PE15,0
example-losi-2022,PAN,Example City 010,PE16,1
example-losi-2022,PAN,Example City 010,PE17,1
example-losi-2022,PAN,Example City 010,TE01,1
example-losi-2022,PAN,Example City 010,TE02,1
example-losi-2022,PAN,Example City 010,TE03,1
example-losi-2022,PAN,Example City 010,TE04,1
example-losi-2022,PAN,Example City 010,TE05,1
example-losi-2022,PAN,Example City 010,TE06,0
example-losi-2022,PAN,Example City 010,TE07,1
example-losi-2022,PAN,Example City 010,TE08,1
example-losi-2022,PAN,Example City 010,TE09,1
example-losi-2022,PAN,Example City 010,TE10,1
example-losi-2022,PAN,Example City 010,TE11,0
example-losi-2022,PAN,Example City 010,TE12,1
example-losi-2022,PAN,Example City 010,TE13,1
example-losi-2022,PAN,Example City 010,TE14,1
example-losi-2022,PAN,Example City 010,TE15,0
example-losi-2022,PAN,Example City 010,TE16,1
example-losi-2022,PAN,Example City 010,TE17,1
example-losi-2022,PAN,Example City 010,TE18,0
example-losi-2022,ETH,Example City 011,IF01,0
example-losi-2022,ETH,Example City 011,IF02,1
example-losi-2022,ETH,Example City 011,IF03,1
example-losi-2022,ETH,Example City 011,IF04,1
example-losi-2022,ETH,Example City 011,IF05,1
example-losi-2022,ETH,Example City 011,IF06,1
example-losi-2022,ETH,Example City 011,IF07,0
example-losi-2022,ETH,Example City 011,IF08,1
example-losi-2022,ETH,Example City 011,CP01,1
example-losi-2022,ETH,Example City 011,CP02,1
example-losi-2022,ETH,Example City 011,CP03,0
example-losi-2022,ETH,Example City 011,CP04,1
example-losi-2022,ETH,Example City 011,CP05,0
example-losi-2022,ETH,Example City 011,CP06,0
example-losi-2022,ETH,Example City 011,CP07,1
example-losi-2022,ETH,Example City 011,CP08,1
example-losi-2022,ETH,Example City 011,CP09,1
example-losi-2022,ETH,Example City 011,CP10,1
example-losi-2022,ETH,Example City 011,CP11,1
example-losi-2022,ETH,Example City 011,CP12,1
example-losi-2022,ETH,Example City 011,CP13,1
example-losi-2022,ETH,Example City 011,CP14,1
example-losi-2022,ETH,Example City 011,CP15,1
example-losi-2022,ETH,Example City 011,CP16,1
example-losi-2022,ETH,Example City 011,CP17,1
example-losi-2022,ETH,Example City 011,CP18,1
example-losi-2022,ETH,Example City 011,CP19,0
example-losi-2022,ETH,Example City 011,CP20,1
example-losi-2022,ETH,Example City 011,CP21,0
example-losi-2022,ETH,Example City 011,CP22,0
example-losi-2022,ETH,Example City 011,CP23,0
example-losi-2022,ETH,Example City 011,CP24,1
example-losi-2022,ETH,Example City 011,CP25,0
example-losi-2022,ETH,Example City 011,SP01,1
example-losi-2022,ETH,Example City 011,SP02,1
example-losi-2022,ETH,Example City 011,SP03,1
example-losi-2022,ETH,Example City 011,SP04,1
example-losi-2022,ETH,Example City 011,SP05,1
example-losi-2022,ETH,Example City 011,SP06,1
example-losi-2022,ETH,Example City 011,SP07,1
example-losi-2022,ETH,Example City 011,SP08,1
example-losi-2022,ETH,Example City 011,SP09,1
example-losi-2022,ETH,Example City 011,SP10,1
example-losi-2022,ETH,Example City 011,SP11,1
example-losi-2022,ETH,Example City 011,SP12,0
example-losi-2022,ETH,Example City 011,SP13,0
example-losi-2022,ETH,Example City 011,SP14,1
example-losi-2022,ETH,Example City 011,SP15,1
example-losi-2022,ETH,Example City 011,SP16,1
example-losi-2022,ETH,Example City 011,SP17,1
example-losi-2022,ETH,Example City 011,SP18,1
example-losi-2022,ETH,Example City 011,PE01,1
example-losi-2022,ETH,Example City 011,PE02,0
example-losi-2022,ETH,Example City 011,PE03,1
example-losi-2022,ETH,Example City 011,PE04,1
example-losi-2022,ETH,Example City 011,PE05,0
example-losi-2022,ETH,Example City 011,PE06,1
example-losi-2022,ETH,Example City 011,PE07,1
example-losi-2022,ETH,Example City 011,PE08,1
example-losi-2022,ETH,Example City 011,PE09,0
example-losi-2022,ETH,Example City 011,PE10,1
example-losi-2022,ETH,Example City 011,PE11,1
example-losi-2022,ETH,Example City 011,PE12,1
example-losi-2022,ETH,Example City 011,PE13,1
example-losi-2022,ETH,Example City 011,PE14,0
example-losi-2022,ETH,Example City 011,PE15,0
example-losi-2022,ETH,Example City 011,PE16,1
example-losi-2022,ETH,Example City 011,PE17,1
example-losi-2022,ETH,Example City 011,TE01,1
example-losi-2022,ETH,Example City 011,TE02,1
example-losi-2022,ETH,Example City 011,TE03,1
example-losi-2022,ETH,Example City 011,TE04,1
example-losi-2022,ETH,Example City 011,TE05,0
example-losi-2022,ETH,Example City 011,TE06,1
example-losi-2022,ETH,Example City 011,TE07,1
example-losi-2022,ETH,Example City 011,TE08,1
example-losi-2022,ETH,Example City 011,TE09,0
example-losi-2022,ETH,Example City 011,TE10,0
example-losi-2022,ETH,Example City 011,TE11,0
example-losi-2022,ETH,Example City 011,TE12,0
example-losi-2022,ETH,Example City 011,TE13,1
example-losi-2022,ETH,Example City 011,TE14,0
example-losi-2022,ETH,Example City 011,TE15,0
example-losi-2022,ETH,Example City 011,TE16,1
example-losi-2022,ETH,Example City 011,TE17,1
example-losi-2022,ETH,Example City 011,TE18,0
example-losi-2022,GNB,Example City 012,IF01,0
example-losi-2022,GNB,Example City 012,IF02,1
example-losi-2022,GNB,Example City 012,IF03,1
example-losi-2022,GNB,Example City 012,IF04,1
example-losi-2022,GNB,Example City 012,IF05,1
example-losi-2022,GNB,Example City 012,IF06,1
example-losi-2022,GNB,Example City 012,IF07,0
example-losi-2022,GNB,Example City 012,IF08,1
example-losi-2022,GNB,Example City 012,CP01,0
example-losi-2022,GNB,Example City 012,CP02,0
example-losi-2022,GNB,Example City 012,CP03,0
example-losi-2022,GNB,Example City 012,CP04,1
example-losi-2022,GNB,Example City 012,CP05,1
example-losi-2022,GNB,Example City 012,CP06,0
example-losi-2022,GNB,Example City 012,CP07,0
example-losi-2022,GNB,Example City 012,CP08,1
example-losi-2022,GNB,Example City 012,CP09,0
example-losi-2022,GNB,Example City 012,CP10,1
example-losi-2022,GNB,Example City 012,CP11,0
example-losi-2022,GNB,Example City 012,CP12,1
example-losi-2022,GNB,Example City 012,CP13,1
example-losi-2022,GNB,Example City 012,CP14,0
example-losi-2022,GNB,Example City 012,CP15,1
example-losi-2022,GNB,Example City 012,CP16,1
example-losi-2022,GNB,Example City 012,CP17,1
example-losi-2022,GNB,Example City 012,CP18,1
example-losi-2022,GNB,Example City 012,CP19,1
example-losi-2022,GNB,Example City 012,CP20,1
example-losi-2022,GNB,Example City 012,CP21,1
example-losi-2022,GNB,Example City 012,CP22,1
example-losi-2022,GNB,Example City 012,CP23,1
example-losi-2022,GNB,Example City 012,CP24,0
example-losi-2022,GNB,Example City 012,CP25,1
example-losi-2022,GNB,Example City 012,SP01,0
example-losi-2022,GNB,Example City 012,SP02,1
example-losi-2022,GNB,Example City 012,SP03,1
example-losi-2022,GNB,Example City 012,SP04,0
example-losi-2022,GNB,Example City 012,SP05,1
example-losi-2022,GNB,Example City 012,SP06,1
example-losi-2022,GNB,Example City 012,SP07,1
example-losi-2022,GNB,Example City 012,SP08,1
example-losi-2022,GNB,Example City 012,SP09,1
example-losi-2022,GNB,Example City 012,SP10,1
example-losi-2022,GNB,Example City 012,SP11,0
example-losi-2022,GNB,Example City 012,SP12,1
example-losi-2022,GNB,Example City 012,SP13,1
example-losi-2022,GNB,Example City 012,SP14,1
example-losi-2022,GNB,Example City 012,SP15,1
example-losi-2022,GNB,Example City 012,SP16,1
example-losi-2022,GNB,Example City 012,SP17,1
example-losi-2022,GNB,Example City 012,SP18,0
example-losi-2022,GNB,Example City 012,PE01,0
example-losi-2022,GNB,Example City 012,PE02,1
example-losi-2022,GNB,Example City 012,PE03,1
example-losi-2022,GNB,Example City 012,PE04,1
example-losi-2022,GNB,Example City 012,PE05,0
example-losi-2022,GNB,Example City 012,PE06,1
example-losi-2022,GNB,Example City 012,PE07,1
example-losi-2022,GNB,Example City 012,PE08,0
example-losi-2022,GNB,Example City 012,PE09,1
example-losi-2022,GNB,Example City 012,PE10,1
example-losi-2022,GNB,Example City 012,PE11,1
example-losi-2022,GNB,Example City 012,PE12,1
example-losi-2022,GNB,Example City 012,PE13,1
example-losi-2022,GNB,Example City 012,PE14,1
example-losi-2022,GNB,Example City 012,PE15,1
example-losi-2022,GNB,Example City 012,PE16,1
example-losi-2022,GNB,Example City 012,PE17,0
example-losi-2022,GNB,Example City 012,TE01,1
example-losi-2022,GNB,Example City 012,TE02,1
example-losi-2022,GNB,Example City 012,TE03,1
example-losi-2022,GNB,Example City 012,TE04,1
example-losi-2022,GNB,Example City 012,TE05,0
example-losi-2022,GNB,Example City 012,TE06,1
example-losi-2022,GNB,Example City 012,TE07,1
example-losi-2022,GNB,Example City 012,TE08,1
example-losi-2022,GNB,Example City 012,TE09,1
example-losi-2022,GNB,Example City 012,TE10,0
example-losi-2022,GNB,Example City 012,TE11,1
example-losi-2022,GNB,Example City 012,TE12,1
example-losi-2022,GNB,Example City 012,TE13,0
example-losi-2022,GNB,Example City 012,TE14,1
example-losi-2022,GNB,Example City 012,TE15,0
example-losi-2022,GNB,Example City 012,TE16,1
example-losi-2022,GNB,Example City 012,TE17,1
example-losi-2022,GNB,Example City 012,TE18,0
example-losi-2022,KNA,Example City 013,IF01,0
example-losi-2022,KNA,Example City 013,IF02,0
example-losi-2022,KNA,Example City 013,IF03,1
example-losi-2022,KNA,Example City 013,IF04,1
example-losi-2022,KNA,Example City 013,IF05,0
example-losi-2022,KNA,Example City 013,IF06,1
example-losi-2022,KNA,Example City 013,IF07,0
example-losi-2022,KNA,Example City 013,IF08,0
example-losi-2022,KNA,Example City 013,CP01,0
example-losi-2022,KNA,Example City 013,CP02,0
example-losi-2022,KNA,Example City 013,CP03,0
example-losi-2022,KNA,Example City 013,CP04,0
example-losi-2022,KNA,Example City 013,CP05,0
example-losi-2022,KNA,Example City 013,CP06,0
example-losi-2022,KNA,Example City 013,CP07,0
example-losi-2022,KNA,Example City 013,CP08,0
example-losi-2022,KNA,Example City 013,CP09,1
example-losi-2022,KNA,Example City 013,CP10,1
example-losi-2022,KNA,Example City 013,CP11,0
example-losi-2022,KNA,Example City 013,CP12,1
example-losi-2022,KNA,Example City 013,CP13,0
example-losi-2022,KNA,Example City 013,CP14,0
example-losi-2022,KNA,Example City 013,CP15,1
example-losi-2022,KNA,Example City 013,CP16,0
example-losi-2022,KNA,Example City 013,CP17,0
example-losi-2022,KNA,Example City 013,CP18,0
example-losi-2022,KNA,Example City 013,CP19,0
example-losi-2022,KNA,Example City 013,CP20,0
example-losi-2022,KNA,Example City 013,CP21,0
example-losi-2022,KNA,Example City 013,CP22,0
example-losi-2022,KNA,Example City 013,CP23,0
example-losi-2022,KNA,Example City 013,CP24,0
example-losi-2022,KNA,Example City 013,CP25,0
example-losi-2022,KNA,Example City 013,SP01,0
example-losi-2022,KNA,Example City 013,SP02,0
example-losi-2022,KNA,Example City 013,SP03,0
example-losi-2022,KNA,Example City 013,SP04,0
example-losi-2022,KNA,Example City 013,SP05,0
example-losi-2022,KNA,Example City 013,SP06,0
example-losi-2022,KNA,Example City 013,SP07,1
example-losi-2022,KNA,Example City 013,SP08,0
example-losi-2022,KNA,Example City 013,SP09,0
example-losi-2022,KNA,Example City 013,SP10,0
example-losi-2022,KNA,Example City 013,SP11,0
example-losi-2022,KNA,Example City 013,SP12,1
example-losi-2022,KNA,Example City 013,SP13,0
example-losi-2022,KNA,Example City 013,SP14,0
example-losi-2022,KNA,Example City 013,SP15,0
example-losi-2022,KNA,Example City 013,SP16,0
example-losi-2022,KNA,Example City 013,SP17,0
example-losi-2022,KNA,Example City 013,SP18,0
example-losi-2022,KNA,Example City 013,PE01,1
example-losi-2022,KNA,Example City 013,PE02,0
example-losi-2022,KNA,Example City 013,PE03,1
example-losi-2022,KNA,Example City 013,PE04,0
example-losi-2022,KNA,Example City 013,PE05,0
example-losi-2022,KNA,Example City 013,PE06,1
example-losi-2022,KNA,Example City 013,PE07,1
example-losi-2022,KNA,Example City 013,PE08,1
example-losi-2022,KNA,Example City 013,PE09,0
example-losi-2022,KNA,Example City 013,PE10,0
example-losi-2022,KNA,Example City 013,PE11,0
example-losi-2022,KNA,Example City 013,PE12,0
example-losi-2022,KNA,Example City 013,PE13,0
example-losi-2022,KNA,Example City 013,PE14,0
example-losi-2022,KNA,Example City 013,PE15,0
example-losi-2022,KNA,Example City 013,PE16,1
example-losi-2022,KNA,Example City 013,PE17,0
example-losi-2022,KNA,Example City 013,TE01,1
example-losi-2022,KNA,Example City 013,TE02,0
example-losi-2022,KNA,Example City 013,TE03,0
example-losi-2022,KNA,Example City 013,TE04,1
example-losi-2022,KNA,Example City 013,TE05,0
example-losi-2022,KNA,Example City 013,TE06,0
example-losi-2022,KNA,Example City 013,TE07,0
example-losi-2022,KNA,Example City 013,TE08,0
example-losi-2022,KNA,Example City 013,TE09,0
example-losi-2022,KNA,Example City 013,TE10,0
example-losi-2022,KNA,Example City 013,TE11,0
example-losi-2022,KNA,Example City 013,TE12,0
example-losi-2022,KNA,Example City 013,TE13,0
example-losi-2022,KNA,Example City 013,TE14,0
example-losi-2022,KNA,Example City 013,TE15,0
example-losi-2022,KNA,Example City 013,TE16,0
example-losi-2022,KNA,Example City 013,TE17,0
example-losi-2022,KNA,Example City 013,TE18,0
example-losi-2022,NIC,Example City 014,IF01,0
example-losi-2022,NIC,Example City 014,IF02,1
example-losi-2022,NIC,Example City 014,IF03,1
example-losi-2022,NIC,Example City 014,IF04,1
example-losi-2022,NIC,Example City 014,IF05,1
example-losi-2022,NIC,Example City 014,IF06,1
example-losi-2022,NIC,Example City 014,IF07,1
example-losi-2022,NIC,Example City 014,IF08,0
example-losi-2022,NIC,Example City 014,CP01,0
example-losi-2022,NIC,Example City 014,CP02,0
example-losi-2022,NIC,Example City 014,CP03,0
example-losi-2022,NIC,Example City 014,CP04,0
example-losi-2022,NIC,Example City 014,CP05,0
example-losi-2022,NIC,Example City 014,CP06,0
example-losi-2022,NIC,Example City 014,CP07,0
example-losi-2022,NIC,Example City 014,CP08,0
example-losi-2022,NIC,Example City 014,CP09,1
example-losi-2022,NIC,Example City 014,CP10,1
example-losi-2022,NIC,Example City 014,CP11,0
example-losi-2022,NIC,Example City 014,CP12,0
example-losi-2022,NIC,Example City 014,CP13,0
example-losi-2022,NIC,Example City 014,CP14,1
example-losi-2022,NIC,Example City 014,CP15,0
example-losi-2022,NIC,Example City 014,CP16,0
example-losi-2022,NIC,Example City 014,CP17,0
example-losi-2022,NIC,Example City 014,CP18,1
example-losi-2022,NIC,Example City 014,CP19,0
example-losi-2022,NIC,Example City 014,CP20,1
example-losi-2022,NIC,Example City 014,CP21,0
example-losi-2022,NIC,Example City 014,CP22,0
example-losi-2022,NIC,Example City 014,CP23,0
example-losi-2022,NIC,Example City 014,CP24,0
example-losi-2022,NIC,Example City 014,CP25,0
example-losi-2022,NIC,Example City 014,SP01,0
example-losi-2022,NIC,Example City 014,SP02,0
example-losi-2022,NIC,Example City 014,SP03,0
example-losi-2022,NIC,Example City 014,SP04,1
example-losi-2022,NIC,Example City 014,SP05,1
example-losi-2022,NIC,Example City 014,SP06,0
example-losi-2022,NIC,Example City 014,SP07,0
example-losi-2022,NIC,Example City 014,SP08,0
example-losi-2022,NIC,Example City 014,SP09,0
example-losi-2022,NIC,Example City 014,SP10,0
example-losi-2022,NIC,Example City 014,SP11,0
example-losi-2022,NIC,Example City 014,SP12,0
example-losi-2022,NIC,Example City 014,SP13,0
example-losi-2022,NIC,Example City 014,SP14,0
example-losi-2022,NIC,Example City 014,SP15,0
example-losi-2022,NIC,Example City 014,SP16,1
example-losi-2022,NIC,Example City 014,SP17,1
example-losi-2022,NIC,Example City 014,SP18,1
example-losi-2022,NIC,Example City 014,PE01,0
example-losi-2022,NIC,Example City 014,PE02,0
example-losi-2022,NIC,Example City 014,PE03,1
example-losi-2022,NIC,Example City 014,PE04,0
example-losi-2022,NIC,Example City 014,PE05,0
example-losi-2022,NIC,Example City 014,PE06,0
example-losi-2022,NIC,Example City 014,PE07,1
example-losi-2022,NIC,Example City 014,PE08,0
example-losi-2022,NIC,Example City 014,PE09,0
example-losi-2022,NIC,Example City 014,PE10,1
example-losi-2022,NIC,Example City 014,PE11,1
example-losi-2022,NIC,Example City 014,PE12,0
example-losi-2022,NIC,Example City 014,PE13,1
example-losi-2022,NIC,Example City 014,PE14,1
example-losi-2022,NIC,Example City 014,PE15,0
example-losi-2022,NIC,Example City 014,PE16,0
example-losi-2022,NIC,Example City 014,PE17,0
example-losi-2022,NIC,Example City 014,TE01,0
example-losi-2022,NIC,Example City 014,TE02,0
example-losi-2022,NIC,Example City 014,TE03,0
example-losi-2022,NIC,Example City 014,TE04,0
example-losi-2022,NIC,Example City 014,TE05,0
example-losi-2022,NIC,Example City 014,TE06,0
example-losi-2022,NIC,Example City 014,TE07,1
example-losi-2022,NIC,Example City 014,TE08,0
example-losi-2022,NIC,Example City 014,TE09,0
example-losi-2022,NIC,Example City 014,TE10,0
example-losi-2022,NIC,Example City 014,TE11,0
example-losi-2022,NIC,Example City 014,TE12,1
example-losi-2022,NIC,Example City 014,TE13,0
example-losi-2022,NIC,Example City 014,TE14,0
example-losi-2022,NIC,Example City 014,TE15,0
example-losi-2022,NIC,Example City 014,TE16,1
example-losi-2022,NIC,Example City 014,TE17,0
example-losi-2022,NIC,Example City 014,TE18,0
example-losi-2022,AUS,Example City 015,IF01,0
example-losi-2022,AUS,Example City 015,IF02,1
example-losi-2022,AUS,Example City 015,IF03,1
example-losi-2022,AUS,Example City 015,IF04,0
example-losi-2022,AUS,Example City 015,IF05,0
example-losi-2022,AUS,Example City 015,IF06,1
example-losi-2022,AUS,Example City 015,IF07,0
example-losi-2022,AUS,Example City 015,IF08,0
example-losi-2022,AUS,Example City 015,CP01,0
example-losi-2022,AUS,Example City 015,CP02,0
example-losi-2022,AUS,Example City 015,CP03,0
example-losi-2022,AUS,Example City 015,CP04,0
example-losi-2022,AUS,Example City 015,CP05,0
example-losi-2022,AUS,Example City 015,CP06,0
example-losi-2022,AUS,Example City 015,CP07,0
example-losi-2022,AUS,Example City 015,CP08,0
example-losi-2022,AUS,Example City 015,CP09,0
example-losi-2022,AUS,Example City 015,CP10,0
example-losi-2022,AUS,Example City 015,CP11,1
example-losi-2022,AUS,Example City 015,CP12,1
example-losi-2022,AUS,Example City 015,CP13,0
example-losi-2022,AUS,Example City 015,CP14,0
example-losi-2022,AUS,Example City 015,CP15,0
example-losi-2022,AUS,Example City 015,CP16,1
example-losi-2022,AUS,Example City 015,CP17,0
example-losi-2022,AUS,Example City 015,CP18,0
example-losi-2022,AUS,Example City 015,CP19,0
example-losi-2022,AUS,Example City 015,CP20,0
example-losi-2022,AUS,Example City 015,CP21,0
example-losi-2022,AUS,Example City 015,CP22,0
example-losi-2022,AUS,Example City 015,CP23,0
example-losi-2022,AUS,Example City 015,CP24,0
example-losi-2022,AUS,Example City 015,CP25,1
example-losi-2022,AUS,Example City 015,SP01,1
example-losi-2022,AUS,Example City 015,SP02,0
example-losi-2022,AUS,Example City 015,SP03,0
example-losi-2022,AUS,Example City 015,SP04,1
example-losi-2022,AUS,Example City 015,SP05,0
example-losi-2022,AUS,Example City 015,SP06,0
example-losi-2022,AUS,Example City 015,SP07,0
example-losi-2022,AUS,Example City 015,SP08,0
example-losi-2022,AUS,Example City 015,SP09,0
example-losi-2022,AUS,Example City 015,SP10,0
example-losi-2022,AUS,Example City 015,SP11,0
example-losi-2022,AUS,Example City 015,SP12,0
example-losi-2022,AUS,Example City 015,SP13,0
example-losi-2022,AUS,Example City 015,SP14,0
example-losi-2022,AUS,Example City 015,SP15,0
example-losi-2022,AUS,Example City 015,SP16,0
example-losi-2022,AUS,Example City 015,SP17,0
example-losi-2022,AUS,Example City 015,SP18,0
example-losi-2022,AUS,Example City 015,PE01,1
example-losi-2022,AUS,Example City 015,PE02,0
example-losi-2022,AUS,Example City 015,PE03,0
example-losi-2022,AUS,Example City 015,PE04,0
example-losi-2022,AUS,Example City 015,PE05,0
example-losi-2022,AUS,Example City 015,PE06,0
example-losi-2022,AUS,Example City 015,PE07,0
example-losi-2022,AUS,Example City 015,PE08,0
example-losi-2022,AUS,Example City 015,PE09,0
example-losi-2022,AUS,Example City 015,PE10,0
example-losi-2022,AUS,Example City 015,PE11,0
example-losi-2022,AUS,Example City 015,PE12,0
example-losi-2022,AUS,Example City 015,PE13,0
example-losi-2022,AUS,Example City 015,PE14,0
example-losi-2022,AUS,Example City 015,PE15,0
example-losi-2022,AUS,Example City 015,PE16,0
example-losi-2022,AUS,Example City 015,PE17,0
example-losi-2022,AUS,Example City 015,TE01,0
example-losi-2022,AUS,Example City 015,TE02,0
example-losi-2022,AUS,Example City 015,TE03,0
example-losi-2022,AUS,Example City 015,TE04,1
example-losi-2022,AUS,Example City 015,TE05,0
example-losi-2022,AUS,Example City 015,TE06,0
example-losi-2022,AUS,Example City 015,TE07,1
example-losi-2022,AUS,Example City 015,TE08,0
example-losi-2022,AUS,Example City 015,TE09,0
example-losi-2022,AUS,Example City 015,TE10,1
example-losi-2022,AUS,Example City 015,TE11,0
example-losi-2022,AUS,Example City 015,TE12,0
example-losi-2022,AUS,Example City 015,TE13,0
example-losi-2022,AUS,Example City 015,TE14,0
example-losi-2022,AUS,Example City 015,TE15,0
example-losi-2022,AUS,Example City 015,TE16,0
example-losi-2022,AUS,Example City 015,TE17,0
example-losi-2022,AUS,Example City 015,TE18,0
example-losi-2022,SMR,Example City 016,IF01,1
example-losi-2022,SMR,Example City 016,IF02,0
example-losi-2022,SMR,Example City 016,IF03,0
example-losi-2022,SMR,Example City 016,IF04,0
example-losi-2022,SMR,Example City 016,IF05,1
example-losi-2022,SMR,Example City 016,IF06,0
example-losi-2022,SMR,Example City 016,IF07,0
example-losi-2022,SMR,Example City 016,IF08,0
example-losi-2022,SMR,Example City 016,CP01,0
example-losi-2022,SMR,Example City 016,CP02,1
example-losi-2022,SMR,Example City 016,CP03,1
example-losi-2022,SMR,Example City 016,CP04,0
example-losi-2022,SMR,Example City 016,CP05,0
example-losi-2022,SMR,Example City 016,CP06,1
example-losi-2022,SMR,Example City 016,CP07,1
example-losi-2022,SMR,Example City 016,CP08,0
example-losi-2022,SMR,Example City 016,CP09,1
example-losi-2022,SMR,Example City 016,CP10,1
example-losi-2022,SMR,Example City 016,CP11,0
example-losi-2022,SMR,Example City 016,CP12,1
example-losi-2022,SMR,Example City 016,CP13,0
example-losi-2022,SMR,Example City 016,CP14,1
example-losi-2022,SMR,Example City 016,CP15,1
example-losi-2022,SMR,Example City 016,CP16,0
example-losi-2022,SMR,Example City 016,CP17,1
example-losi-2022,SMR,Example City 016,CP18,1
example-losi-2022,SMR,Example City 016,CP19,0
example-losi-2022,SMR,Example City 016,CP20,1
example-losi-2022,SMR,Example City 016,CP21,1
example-losi-2022,SMR,Example City 016,CP22,0
example-losi-2022,SMR,Example City 016,CP23,1
example-losi-2022,SMR,Example City 016,CP24,1
example-losi-2022,SMR,Example City 016,CP25,1
example-losi-2022,SMR,Example City 016,SP01,1
example-losi-2022,SMR,Example City 016,SP02,1
example-losi-2022,SMR,Example City 016,SP03,1
example-losi-2022,SMR,Example City 016,SP04,1
example-losi-2022,SMR,Example City 016,SP05,1
example-losi-2022,SMR,Example City 016,SP06,1
example-losi-2022,SMR,Example City 016,SP07,1
example-losi-2022,SMR,Example City 016,SP08,1
example-losi-2022,SMR,Example City 016,SP09,0
example-losi-2022,SMR,Example City 016,SP10,1
example-losi-2022,SMR,Example City 016,SP11,0
example-losi-2022,SMR,Example City 016,SP12,1
example-losi-2022,SMR,Example City 016,SP13,0
example-losi-2022,SMR,Example City 016,SP14,0
example-losi-2022,SMR,Example City 016,SP15,1
example-losi-2022,SMR,Example City 016,SP16,1
example-losi-2022,SMR,Example City 016,SP17,0
example-losi-2022,SMR,Example City 016,SP18,0
example-losi-2022,SMR,Example City 016,PE01,1
example-losi-2022,SMR,Example City 016,PE02,1
example-losi-2022,SMR,Example City 016,PE03,1
example-losi-2022,SMR,Example City 016,PE04,1
example-losi-2022,SMR,Example City 016,PE05,1
example-losi-2022,SMR,Example City 016,PE06,1
example-losi-2022,SMR,Example City 016,PE07,1
example-losi-2022,SMR,Example City 016,PE08,0
example-losi-2022,SMR,Example City 016,PE09,0
example-losi-2022,SMR,Example City 016,PE10,1
example-losi-2022,SMR,Example City 016,PE11,1
example-losi-2022,SMR,Example City 016,PE12,0
example-losi-2022,SMR,Example City 016,PE13,1
example-losi-2022,SMR,Example City 016,PE14,1
example-losi-2022,SMR,Example City 016,PE15,0
example-losi-2022,SMR,Example City 016,PE16,1
example-losi-2022,SMR,Example City 016,PE17,1
example-losi-2022,SMR,Example City 016,TE01,0
example-losi-2022,SMR,Example City 016,TE02,1
example-losi-2022,SMR,Example City 016,TE03,0
example-losi-2022,SMR,Example City 016,TE04,0
example-losi-2022,SMR,Example City 016,TE05,1
example-losi-2022,SMR,Example City 016,TE06,1
example-losi-2022,SMR,Example City 016,TE07,0
example-losi-2022,SMR,Example City 016,TE08,1
example-losi-2022,SMR,Example City 016,TE09,1
example-losi-2022,SMR,Example City 016,TE10,1
example-losi-2022,SMR,Example City 016,TE11,1
example-losi-2022,SMR,Example City 016,TE12,0
example-losi-2022,SMR,Example City 016,TE13,0
example-losi-2022,SMR,Example City 016,TE14,1
example-losi-2022,SMR,Example City 016,TE15,1
example-losi-2022,SMR,Example City 016,TE16,1
example-losi-2022,SMR,Example City 016,TE17,0
example-losi-2022,SMR,Example City 016,TE18,0
example-losi-2022,ZAF,Example City 017,IF01,0
example-losi-2022,ZAF,Example City 017,IF02,1
example-losi-2022,ZAF,Example City 017,IF03,1
example-losi-2022,ZAF,Example City 017,IF04,1
example-losi-2022,ZAF,Example City 017,IF05,1
example-losi-2022,ZAF,Example City 017,IF06,1
example-losi-2022,ZAF,Example City 017,IF07,1
example-losi-2022,ZAF,Example City 017,IF08,0
example-losi-2022,ZAF,Example City 017,CP01,1
example-losi-2022,ZAF,Example City 017,CP02,0
example-losi-2022,ZAF,Example City 017,CP03,1
example-losi-2022,ZAF,Example City 017,CP04,1
example-losi-2022,ZAF,Example City 017,CP05,1
example-losi-2022,ZAF,Example City 017,CP06,1
example-losi-2022,ZAF,Example City 017,CP07,1
example-losi-2022,ZAF,Example City 017,CP08,0
example-losi-2022,ZAF,Example City 017,CP09,1
example-losi-2022,ZAF,Example City 017,CP10,1
example-losi-2022,ZAF,Example City 017,CP11,1
example-losi-2022,ZAF,Example City 017,CP12,1
example-losi-2022,ZAF,Example City 017,CP13,1
example-losi-2022,ZAF,Example City 017,CP14,1
example-losi-2022,ZAF,Example City 017,CP15,1
example-losi-2022,ZAF,Example City 017,CP16,1
example-losi-2022,ZAF,Example City 017,CP17,0
example-losi-2022,ZAF,Example City 017,CP18,1
example-losi-2022,ZAF,Example City 017,CP19,1
example-losi-2022,ZAF,Example City 017,CP20,1
example-losi-2022,ZAF,Example City 017,CP21,1
example-losi-2022,ZAF,Example City 017,CP22,1
example-losi-2022,ZAF,Example City 017,CP23,1
example-losi-2022,ZAF,Example City 017,CP24,1
example-losi-2022,ZAF,Example City 017,CP25,1
example-losi-2022,ZAF,Example City 017,SP01,1
example-losi-2022,ZAF,Example City 017,SP02,0
example-losi-2022,ZAF,Example City 017,SP03,0
example-losi-2022,ZAF,Example City 017,SP04,1
example-losi-2022,ZAF,Example City 017,SP05,1
example-losi-2022,ZAF,Example City 017,SP06,1
example-losi-2022,ZAF,Example City 017,SP07,1
example-losi-2022,ZAF,Example City 017,SP08,1
example-losi-2022,ZAF,Example City 017,SP09,1
example-losi-2022,ZAF,Example City 017,SP10,1
example-losi-2022,ZAF,Example City 017,SP11,1
example-losi-2022,ZAF,Example City 017,SP12,0
example-losi-2022,ZAF,Example City 017,SP13,1
example-losi-2022,ZAF,Example City 017,SP14,1
example-losi-2022,ZAF,Example City 017,SP15,1
example-losi-2022,ZAF,Example City 017,SP16,1
example-losi-2022,ZAF,Example City 017,SP17,1
example-losi-2022,ZAF,Example City 017,SP18,1
example-losi-2022,ZAF,Example City 017,PE01,1
example-losi-2022,ZAF,Example City 017,PE02,0
example-losi-2022,ZAF,Example City 017,PE03,0
example-losi-2022,ZAF,Example City 017,PE04,1
example-losi-2022,ZAF,Example City 017,PE05,1
example-losi-2022,ZAF,Example City 017,PE06,1
example-losi-2022,ZAF,Example City 017,PE07,1
example-losi-2022,ZAF,Example City 017,PE08,1
example-losi-2022,ZAF,Example City 017,PE09,0
example-losi-2022,ZAF,Example City 017,PE10,0
example-losi-2022,ZAF,Example City 017,PE11,1
example-losi-2022,ZAF,Example City 017,PE12,1
example-losi-2022,ZAF,Example City 017,PE13,1
example-losi-2022,ZAF,Example City 017,PE14,1
example-losi-2022,ZAF,Example City 017,PE15,1
example-losi-2022,ZAF,Example City 017,PE16,1
example-losi-2022,ZAF,Example City 017,PE17,1
example-losi-2022,ZAF,Example City 017,TE01,1
example-losi-2022,ZAF,Example City 017,TE02,1
example-losi-2022,ZAF,Example City 017,TE03,1
example-losi-2022,ZAF,Example City 017,TE04,1
example-losi-2022,ZAF,Example City 017,TE05,1
example-losi-2022,ZAF,Example City 017,TE06,1
example-losi-2022,ZAF,Example City 017,TE07,1
example-losi-2022,ZAF,Example City 017,TE08,1
example-losi-2022,ZAF,Example City 017,TE09,1
example-losi-2022,ZAF,Example City 017,TE10,1
example-losi-2022,ZAF,Example City 017,TE11,0
example-losi-2022,ZAF,Example City 017,TE12,1
example-losi-2022,ZAF,Example City 017,TE13,1
example-losi-2022,ZAF,Example City 017,TE14,1
example-losi-2022,ZAF,Example City 017,TE15,0
example-losi-2022,ZAF,Example City 017,TE16,1
example-losi-2022,ZAF,Example City 017,TE17,1
example-losi-2022,ZAF,Example City 017,TE18,1
example-losi-2022,GBR,Example City 018,IF01,1
example-losi-2022,GBR,Example City 018,IF02,1
example-losi-2022,GBR,Example City 018,IF03,1
example-losi-2022,GBR,Example City 018,IF04,1
example-losi-2022,GBR,Example City 018,IF05,1
example-losi-2022,GBR,Example City 018,IF06,1
example-losi-2022,GBR,Example City 018,IF07,0
example-losi-2022,GBR,Example City 018,IF08,1
example-losi-2022,GBR,Example City 018,CP01,1
example-losi-2022,GBR,Example City 018,CP02,0
example-losi-2022,GBR,Example City 018,CP03,1
example-losi-2022,GBR,Example City 018,CP04,1
example-losi-2022,GBR,Example City 018,CP05,1
example-losi-2022,GBR,Example City 018,CP06,0
example-losi-2022,GBR,Example City 018,CP07,1
example-losi-2022,GBR,Example City 018,CP08,1
example-losi-2022,GBR,Example City 018,CP09,1
example-losi-2022,GBR,Example City 018,CP10,1
example-losi-2022,GBR,Example City 018,CP11,0
example-losi-2022,GBR,Example City 018,CP12,1
example-losi-2022,GBR,Example City 018,CP13,1
example-losi-2022,GBR,Example City 018,CP14,1
example-losi-2022,GBR,Example City 018,CP15,1
example-losi-2022,GBR,Example City 018,CP16,1
example-losi-2022,GBR,Example City 018,CP17,1
example-losi-2022,GBR,Example City 018,CP18,1
example-losi-2022,GBR,Example City 018,CP19,0
example-losi-2022,GBR,Example City 018,CP20,1
example-losi-2022,GBR,Example City 018,CP21,1
example-losi-2022,GBR,Example City 018,CP22,1
example-losi-2022,GBR,Example City 018,CP23,0
example-losi-2022,GBR,Example City 018,CP24,1
example-losi-2022,GBR,Example City 018,CP25,0
example-losi-2022,GBR,Example City 018,SP01,1
example-losi-2022,GBR,Example City 018,SP02,1
example-losi-2022,GBR,Example City 018,SP03,0
example-losi-2022,GBR,Example City 018,SP04,1
example-losi-2022,GBR,Example City 018,SP05,1
example-losi-2022,GBR,Example City 018,SP06,1
example-losi-2022,GBR,Example City 018,SP07,1
example-losi-2022,GBR,Example City 018,SP08,1
example-losi-2022,GBR,Example City 018,SP09,1
example-losi-2022,GBR,Example City 018,SP10,1
example-losi-2022,GBR,Example City 018,SP11,0
example-losi-2022,GBR,Example City 018,SP12,1
example-losi-2022,GBR,Example City 018,SP13,1
example-losi-2022,GBR,Example City 018,SP14,1
example-losi-2022,GBR,Example City 018,SP15,1
example-losi-2022,GBR,Example City 018,SP16,1
example-losi-2022,GBR,Example City 018,SP17,1
example-losi-2022,GBR,Example City 018,SP18,1
example-losi-2022,GBR,Example City 018,PE01,1
example-losi-2022,GBR,Example City 018,PE02,0
example-losi-2022,GBR,Example City 018,PE03,1
example-losi-2022,GBR,Example City 018,PE04,1
example-losi-2022,GBR,Example City 018,PE05,1
example-losi-2022,GBR,Example City 018,PE06,1
example-losi-2022,GBR,Example City 018,PE07,1
example-losi-2022,GBR,Example City 018,PE08,1
example-losi-2022,GBR,Example City 018,PE09,1
example-losi-2022,GBR,Example City 018,PE10,0
example-losi-2022,GBR,Example City 018,PE11,1
example-losi-2022,GBR,Example City 018,PE12,1
example-losi-2022,GBR,Example City 018,PE13,1
example-losi-2022,GBR,Example City 018,PE14,0
example-losi-2022,GBR,Example City 018,PE15,0
example-losi-2022,GBR,Example City 018,PE16,1
example-losi-2022,GBR,Example City 018,PE17,0
example-losi-2022,GBR,Example City 018,TE01,1
example-losi-2022,GBR,Example City 018,TE02,1
example-losi-2022,GBR,Example City 018,TE03,0
example-losi-2022,GBR,Example City 018,TE04,1
example-losi-2022,GBR,Example City 018,TE05,0
example-losi-2022,GBR,Example City 018,TE06,1
example-losi-2022,GBR,Example City 018,TE07,1
example-losi-2022,GBR,Example City 018,TE08,0
example-losi-2022,GBR,Example City 018,TE09,1
example-losi-2022,GBR,Example City 018,TE10,0
example-losi-2022,GBR,Example City 018,TE11,1
example-losi-2022,GBR,Example City 018,TE12,1
example-losi-2022,GBR,Example City 018,TE13,1
example-losi-2022,GBR,Example City 018,TE14,1
example-losi-2022,GBR,Example City 018,TE15,1
example-losi-2022,GBR,Example City 018,TE16,1
example-losi-2022,GBR,Example City 018,TE17,1
example-losi-2022,GBR,Example City 018,TE18,0
example-losi-2022,KEN,Example City 019,IF01,1
example-losi-2022,KEN,Example City 019,IF02,1
example-losi-2022,KEN,Example City 019,IF03,1
example-losi-2022,KEN,Example City 019,IF04,1
example-losi-2022,KEN,Example City 019,IF05,1
example-losi-2022,KEN,Example City 019,IF06,1
example-losi-2022,KEN,Example City 019,IF07,1
example-losi-2022,KEN,Example City 019,IF08,1
example-losi-2022,KEN,Example City 019,CP01,0
example-losi-2022,KEN,Example City 019,CP02,0
example-losi-2022,KEN,Example City 019,CP03,1
example-losi-2022,KEN,Example City 019,CP04,1
example-losi-2022,KEN,Example City 019,CP05,1
example-losi-2022,KEN,Example City 019,CP06,1
example-losi-2022,KEN,Example City 019,CP07,0
example-losi-2022,KEN,Example City 019,CP08,1
example-losi-2022,KEN,Example City 019,CP09,1
example-losi-2022,KEN,Example City 019,CP10,1
example-losi-2022,KEN,Example City 019,CP11,1
example-losi-2022,KEN,Example City 019,CP12,1
example-losi-2022,KEN,Example City 019,CP13,0
example-losi-2022,KEN,Example City 019,CP14,1
example-losi-2022,KEN,Example City 019,CP15,1
example-losi-2022,KEN,Example City 019,CP16,1
example-losi-2022,KEN,Example City 019,CP17,1
example-losi-2022,KEN,Example City 019,CP18,1
example-losi-2022,KEN,Example City 019,CP19,0
example-losi-2022,KEN,Example City 019,CP20,1
example-losi-2022,KEN,Example City 019,CP21,0
example-losi-2022,KEN,Example City 019,CP22,0
example-losi-2022,KEN,Example City 019,CP23,0
example-losi-2022,KEN,Example City 019,CP24,1
example-losi-2022,KEN,Example City 019,CP25,1
example-losi-2022,KEN,Example City 019,SP01,1
example-losi-2022,KEN,Example City 019,SP02,1
example-losi-2022,KEN,Example City 019,SP03,1
example-losi-2022,KEN,Example City 019,SP04,1
example-losi-2022,KEN,Example City 019,SP05,1
example-losi-2022,KEN,Example City 019,SP06,1
example-losi-2022,KEN,Example City 019,SP07,1
example-losi-2022,KEN,Example City 019,SP08,1
example-losi-2022,KEN,Example City 019,SP09,1
example-losi-2022,KEN,Example City 019,SP10,0
example-losi-2022,KEN,Example City 019,SP11,1
example-losi-2022,KEN,Example City 019,SP12,1
example-losi-2022,KEN,Example City 019,SP13,1
example-losi-2022,KEN,Example City 019,SP14,0
example-losi-2022,KEN,Example City 019,SP15,0
example-losi-2022,KEN,Example City 019,SP16,1
example-losi-2022,KEN,Example City 019,SP17,1
example-losi-2022,KEN,Example City 019,SP18,0
example-losi-2022,KEN,Example City 019,PE01,0
example-losi-2022,KEN,Example City 019,PE02,0
example-losi-2022,KEN,Example City 019,PE03,1
example-losi-2022,KEN,Example City 019,PE04,1
example-losi-2022,KEN,Example City 019,PE05,1
example-losi-2022,KEN,Example City 019,PE06,1
example-losi-2022,KEN,Example City 019,PE07,1
example-losi-2022,KEN,Example City 019,PE08,1
example-losi-2022,KEN,Example City 019,PE09,0
example-losi-2022,KEN,Example City 019,PE10,1
example-losi-2022,KEN,Example City 019,PE11,1
example-losi-2022,KEN,Example City 019,PE12,1
example-losi-2022,KEN,Example City 019,PE13,1
example-losi-2022,KEN,Example City 019,PE14,1
example-losi-2022,KEN,Example City 019,PE15,1
example-losi-2022,KEN,Example City 019,PE16,1
example-losi-2022,KEN,Example City 019,PE17,1
example-losi-2022,KEN,Example City 019,TE01,1
example-losi-2022,KEN,Example City 019,TE02,1
example-losi-2022,KEN,Example City 019,TE03,1
example-losi-2022,KEN,Example City 019,TE04,1
example-losi-2022,KEN,Example City 019,TE05,1
example-losi-2022,KEN,Example City 019,TE06,1
example-losi-2022,KEN,Example City 019,TE07,1
example-losi-2022,KEN,Example City 019,TE08,1
example-losi-2022,KEN,Example City 019,TE09,1
example-losi-2022,KEN,Example City 019,TE10,1
example-losi-2022,KEN,Example City 019,TE11,1
example-losi-2022,KEN,Example City 019,TE12,1
example-losi-2022,KEN,Example City 019,TE13,1
example-losi-2022,KEN,Example City 019,TE14,1
example-losi-2022,KEN,Example City 019,TE15,0
example-losi-2022,KEN,Example City 019,TE16,1
example-losi-2022,KEN,Example City 019,TE17,0
example-losi-2022,KEN,Example City 019,TE18,0
example-losi-2022,OMN,Example City 020,IF01,1
example-losi-2022,OMN,Example City 020,IF02,1
example-losi-2022,OMN,Example City 020,IF03,1
example-losi-2022,OMN,Example City 020,IF04,1
example-losi-2022,OMN,Example City 020,IF05,1
example-losi-2022,OMN,Example City 020,IF06,1
example-losi-2022,OMN,Example City 020,IF07,1
example-losi-2022,OMN,Example City 020,IF08,1
example-losi-2022,OMN,Example City 020,CP01,1
example-losi-2022,OMN,Example City 020,CP02,1
example-losi-2022,OMN,Example City 020,CP03,1
example-losi-2022,OMN,Example City 020,CP04,1
example-losi-2022,OMN,Example City 020,CP05,1
example-losi-2022,OMN,Example City 020,CP06,0
example-losi-2022,OMN,Example City 020,CP07,1
example-losi-2022,OMN,Example City 020,CP08,1
example-losi-2022,OMN,Example City 020,CP09,1
example-losi-2022,OMN,Example City 020,CP10,1
example-losi-2022,OMN,Example City 020,CP11,1
example-losi-2022,OMN,Example City 020,CP12,1
example-losi-2022,OMN,Example City 020,CP13,1
example-losi-2022,OMN,Example City 020,CP14,1
example-losi-2022,OMN,Example City 020,CP15,1
example-losi-2022,OMN,Example City 020,CP16,1
example-losi-2022,OMN,Example City 020,CP17,1
example-losi-2022,OMN,Example City 020,CP18,1
example-losi-2022,OMN,Example City 020,CP19,1
example-losi-2022,OMN,Example City 020,CP20,1
example-losi-2022,OMN,Example City 020,CP21,1
example-losi-2022,OMN,Example City 020,CP22,1
example-losi-2022,OMN,Example City 020,CP23,1
example-losi-2022,OMN,Example City 020,CP24,1
example-losi-2022,OMN,Example City 020,CP25,1
example-losi-2022,OMN,Example City 020,SP01,1
example-losi-2022,OMN,Example City 020,SP02,1
example-losi-2022,OMN,Example City 020,SP03,0
example-losi-2022,OMN,Example City 020,SP04,1
example-losi-2022,OMN,Example City 020,SP05,1
example-losi-2022,OMN,Example City 020,SP06,1
example-losi-2022,OMN,Example City 020,SP07,1
example-losi-2022,OMN,Example City 020,SP08,1
example-losi-2022,OMN,Example City 020,SP09,1
example-losi-2022,OMN,Example City 020,SP10,0
example-losi-2022,OMN,Example City 020,SP11,1
example-losi-2022,OMN,Example City 020,SP12,1
example-losi-2022,OMN,Example City 020,SP13,1
example-losi-2022,OMN,Example City 020,SP14,0
example-losi-2022,OMN,Example City 020,SP15,1
example-losi-2022,OMN,Example City 020,SP16,1
example-losi-2022,OMN,Example City 020,SP17,0
example-losi-2022,OMN,Example City 020,SP18,1
example-losi-2022,OMN,Example City 020,PE01,1
example-losi-2022,OMN,Example City 020,PE02,1
example-losi-2022,OMN,Example City 020,PE03,1
example-losi-2022,OMN,Example City 020,PE04,1
example-losi-2022,OMN,Example City 020,PE05,1
example-losi-2022,OMN,Example City 020,PE06,1
example-losi-2022,OMN,Example City 020,PE07,1
example-losi-2022,OMN,Example City 020,PE08,1
example-losi-2022,OMN,Example City 020,PE09,1
example-losi-2022,OMN,Example City 020,PE10,1
example-losi-2022,OMN,Example City 020,PE11,1
example-losi-2022,OMN,Example City 020,PE12,1
example-losi-2022,OMN,Example City 020,PE13,1
example-losi-2022,OMN,Example City 020,PE14,1
example-losi-2022,OMN,Example City 020,PE15,1
example-losi-2022,OMN,Example City 020,PE16,1
example-losi-2022,OMN,Example City 020,PE17,1
example-losi-2022,OMN,Example City 020,TE01,1
example-losi-2022,OMN,Example City 020,TE02,1
example-losi-2022,OMN,Example City 020,TE03,0
example-losi-2022,OMN,Example City 020,TE04,1
example-losi-2022,OMN,Example City 020,TE05,1
example-losi-2022,OMN,Example City 020,TE06,1
example-losi-2022,OMN,Example City 020,TE07,1
example-losi-2022,OMN,Example City 020,TE08,1
example-losi-2022,OMN,Example City 020,TE09,1
example-losi-2022,OMN,Example City 020,TE10,1
example-losi-2022,OMN,Example City 020,TE11,0
example-losi-2022,OMN,Example City 020,TE12,0
example-losi-2022,OMN,Example City 020,TE13,0
example-losi-2022,OMN,Example City 020,TE14,1
example-losi-2022,OMN,Example City 020,TE15,1
example-losi-2022,OMN,Example City 020,TE16,1
example-losi-2022,OMN,Example City 020,TE17,0
example-losi-2022,OMN,Example City 020,TE18,0
example-losi-2022,BDI,Example City 021,IF01,1
example-losi-2022,BDI,Example City 021,IF02,1
example-losi-2022,BDI,Example City 021,IF03,0
example-losi-2022,BDI,Example City 021,IF04,1
example-losi-2022,BDI,Example City 021,IF05,1
example-losi-2022,BDI,Example City 021,IF06,1
example-losi-2022,BDI,Example City 021,IF07,1
example-losi-2022,BDI,Example City 021,IF08,0
example-losi-2022,BDI,Example City 021,CP01,0
example-losi-2022,BDI,Example City 021,CP02,1
example-losi-2022,BDI,Example City 021,CP03,1
example-losi-2022,BDI,Example City 021,CP04,1
example-losi-2022,BDI,Example City 021,CP05,0
example-losi-2022,BDI,Example City 021,CP06,0
example-losi-2022,BDI,Example City 021,CP07,0
example-losi-2022,BDI,Example City 021,CP08,1
example-losi-2022,BDI,Example City 021,CP09,0
example-losi-2022,BDI,Example City 021,CP10,1
example-losi-2022,BDI,Example City 021,CP11,1
example-losi-2022,BDI,Example City 021,CP12,1
example-losi-2022,BDI,Example City 021,CP13,0
example-losi-2022,BDI,Example City 021,CP14,0
example-losi-2022,BDI,Example City 021,CP15,1
example-losi-2022,BDI,Example City 021,CP16,0
example-losi-2022,BDI,Example City 021,CP17,0
example-losi-2022,BDI,Example City 021,CP18,0
example-losi-2022,BDI,Example City 021,CP19,1
example-losi-2022,BDI,Example City 021,CP20,0
example-losi-2022,BDI,Example City 021,CP21,1
example-losi-2022,BDI,Example City 021,CP22,1
example-losi-2022,BDI,Example City 021,CP23,1
example-losi-2022,BDI,Example City 021,CP24,1
example-losi-2022,BDI,Example City 021,CP25,0
example-losi-2022,BDI,Example City 021,SP01,1
example-losi-2022,BDI,Example City 021,SP02,1
example-losi-2022,BDI,Example City 021,SP03,0
example-losi-2022,BDI,Example City 021,SP04,1
example-losi-2022,BDI,Example City 021,SP05,1
example-losi-2022,BDI,Example City 021,SP06,0
example-losi-2022,BDI,Example City 021,SP07,1
example-losi-2022,BDI,Example City 021,SP08,1
example-losi-2022,BDI,Example City 021,SP09,0
example-losi-2022,BDI,Example City 021,SP10,1
example-losi-2022,BDI,Example City 021,SP11,0
example-losi-2022,BDI,Example City 021,SP12,1
example-losi-2022,BDI,Example City 021,SP13,1
example-losi-2022,BDI,Example City 021,SP14,0
example-losi-2022,BDI,Example City 021,SP15,0
example-losi-2022,BDI,Example City 021,SP16,1
example-losi-2022,BDI,Example City 021,SP17,1
example-losi-2022,BDI,Example City 021,SP18,0
example-losi-2022,BDI,Example City 021,PE01,1
example-losi-2022,BDI,Example City 021,PE02,0
example-losi-2022,BDI,Example City 021,PE03,1
example-losi-2022,BDI,Example City 021,PE04,0
example-losi-2022,BDI,Example City 021,PE05,0
example-losi-2022,BDI,Example City 021,PE06,1
example-losi-2022,BDI,Example City 021,PE07,1
example-losi-2022,BDI,Example City 021,PE08,0
example-losi-2022,BDI,Example City 021,PE09,1
example-losi-2022,BDI,Example City 021,PE10,1
example-losi-2022,BDI,Example City 021,PE11,1
example-losi-2022,BDI,Example City 021,PE12,1
example-losi-2022,BDI,Example City 021,PE13,1
example-losi-2022,BDI,Example City 021,PE14,1
example-losi-2022,BDI,Example City 021,PE15,0
example-losi-2022,BDI,Example City 021,PE16,0
example-losi-2022,BDI,Example City 021,PE17,0
example-losi-2022,BDI,Example City 021,TE01,1
example-losi-2022,BDI,Example City 021,TE02,1
example-losi-2022,BDI,Example City 021,TE03,0
example-losi-2022,BDI,Example City 021,TE04,0
example-losi-2022,BDI,Example City 021,TE05,0
example-losi-2022,BDI,Example City 021,TE06,0
example-losi-2022,BDI,Example City 021,TE07,1
example-losi-2022,BDI,Example City 021,TE08,1
example-losi-2022,BDI,Example City 021,TE09,1
example-losi-2022,BDI,Example City 021,TE10,0
example-losi-2022,BDI,Example City 021,TE11,0
example-losi-2022,BDI,Example City 021,TE12,0
example-losi-2022,BDI,Example City 021,TE13,1
example-losi-2022,BDI,Example City 021,TE14,0
example-losi-2022,BDI,Example City 021,TE15,0
example-losi-2022,BDI,Example City 021,TE16,1
example-losi-2022,BDI,Example City 021,TE17,0
example-losi-2022,BDI,Example City 021,TE18,1
example-losi-2022,MHL,Example City 022,IF01,0
example-losi-2022,MHL,Example City 022,IF02,1
example-losi-2022,MHL,Example City 022,IF03,1
example-losi-2022,MHL,Example City 022,IF04,1
example-losi-2022,MHL,Example City 022,IF05,1
example-losi-2022,MHL,Example City 022,IF06,0
example-losi-2022,MHL,Example City 022,IF07,1
example-losi-2022,MHL,Example City 022,IF08,1
example-losi-2022,MHL,Example City 022,CP01,0
example-losi-2022,MHL,Example City 022,CP02,1
example-losi-2022,MHL,Example City 022,CP03,1
example-losi-2022,MHL,Example City 022,CP04,1
example-losi-2022,MHL,Example City 022,CP05,1
example-losi-2022,MHL,Example City 022,CP06,1
example-losi-2022,MHL,Example City 022,CP07,0
example-losi-2022,MHL,Example City 022,CP08,1
example-losi-2022,MHL,Example City 022,CP09,1
example-losi-2022,MHL,Example City 022,CP10,0
example-losi-2022,MHL,Example City 022,CP11,1
example-losi-2022,MHL,Example City 022,CP12,1
example-losi-2022,MHL,Example City 022,CP13,0
example-losi-2022,MHL,Example City 022,CP14,1
example-losi-2022,MHL,Example City 022,CP15,1
example-losi-2022,MHL,Example City 022,CP16,0
example-losi-2022,MHL,Example City 022,CP17,1
example-losi-2022,MHL,Example City 022,CP18,1
example-losi-2022,MHL,Example City 022,CP19,0
example-losi-2022,MHL,Example City 022,CP20,1
example-losi-2022,MHL,Example City 022,CP21,1
example-losi-2022,MHL,Example City 022,CP22,1
example-losi-2022,MHL,Example City 022,CP23,0
example-losi-2022,MHL,Example City 022,CP24,1
example-losi-2022,MHL,Example City 022,CP25,1
example-losi-2022,MHL,Example City 022,SP01,1
example-losi-2022,MHL,Example City 022,SP02,1
example-losi-2022,MHL,Example City 022,SP03,1
example-losi-2022,MHL,Example City 022,SP04,1
example-losi-2022,MHL,Example City 022,SP05,1
example-losi-2022,MHL,Example City 022,SP06,1
example-losi-2022,MHL,Example City 022,SP07,1
example-losi-2022,MHL,Example City 022,SP08,1
example-losi-2022,MHL,Example City 022,SP09,1
example-losi-2022,MHL,Example City 022,SP10,0
example-losi-2022,MHL,Example City 022,SP11,1
example-losi-2022,MHL,Example City 022,SP12,0
example-losi-2022,MHL,Example City 022,SP13,1
example-losi-2022,MHL,Example City 022,SP14,1
example-losi-2022,MHL,Example City 022,SP15,0
example-losi-2022,MHL,Example City 022,SP16,1
example-losi-2022,MHL,Example City 022,SP17,1
example-losi-2022,MHL,Example City 022,SP18,0
example-losi-2022,MHL,Example City 022,PE01,1
example-losi-2022,MHL,Example City 022,PE02,0
example-losi-2022,MHL,Example City 022,PE03,1
example-losi-2022,MHL,Example City 022,PE04,1
example-losi-2022,MHL,Example City 022,PE05,0
example-losi-2022,MHL,Example City 022,PE06,1
example-losi-2022,MHL,Example City 022,PE07,1
example-losi-2022,MHL,Example City 022,PE08,1
example-losi-2022,MHL,Example City 022,PE09,0
example-losi-2022,MHL,Example City 022,PE10,0
example-losi-2022,MHL,Example City 022,PE11,1
example-losi-2022,MHL,Example City 022,PE12,1
example-losi-2022,MHL,Example City 022,PE13,1
example-losi-2022,MHL,Example City 022,PE14,1
example-losi-2022,MHL,Example City 022,PE15,0
example-losi-2022,MHL,Example City 022,PE16,1
example-losi-2022,MHL,Example City 022,PE17,1
example-losi-2022,MHL,Example City 022,TE01,0
example-losi-2022,MHL,Example City 022,TE02,1
example-losi-2022,MHL,Example City 022,TE03,1
example-losi-2022,MHL,Example City 022,TE04,1
example-losi-2022,MHL,Example City 022,TE05,1
example-losi-2022,MHL,Example City 022,TE06,1
example-losi-2022,MHL,Example City 022,TE07,1
example-losi-2022,MHL,Example City 022,TE08,1
example-losi-2022,MHL,Example City 022,TE09,1
example-losi-2022,MHL,Example City 022,TE10,1
example-losi-2022,MHL,Example City 022,TE11,0
example-losi-2022,MHL,Example City 022,TE12,1
example-losi-2022,MHL,Example City 022,TE13,1
example-losi-2022,MHL,Example City 022,TE14,1
example-losi-2022,MHL,Example City 022,TE15,1
example-losi-2022,MHL,Example City 022,TE16,1
example-losi-2022,MHL,Example City 022,TE17,1
example-losi-2022,MHL,Example City 022,TE18,0
example-losi-2022,AGO,Example City 023,IF01,0
example-losi-2022,AGO,Example City 023,IF02,0
example-losi-2022,AGO,Example City 023,IF03,0
example-losi-2022,AGO,Example City 023,IF04,0
example-losi-2022,AGO,Example City 023,IF05,0
example-losi-2022,AGO,Example City 023,IF06,0
example-losi-2022,AGO,Example City 023,IF07,0
example-losi-2022,AGO,Example City 023,IF08,0
example-losi-2022,AGO,Example City 023,CP01,0
example-losi-2022,AGO,Example City 023,CP02,0
example-losi-2022,AGO,Example City 023,CP03,0
example-losi-2022,AGO,Example City 023,CP04,0
example-losi-2022,AGO,Example City 023,CP05,0
example-losi-2022,AGO,Example City 023,CP06,0
example-losi-2022,AGO,Example City 023,CP07,0
example-losi-2022,AGO,Example City 023,CP08,0
example-losi-2022,AGO,Example City 023,CP09,1
example-losi-2022,AGO,Example City 023,CP10,0
example-losi-2022,AGO,Example City 023,CP11,0
example-losi-2022,AGO,Example City 023,CP12,1
example-losi-2022,AGO,Example City 023,CP13,1
example-losi-2022,AGO,Example City 023,CP14,0
example-losi-2022,AGO,Example City 023,CP15,0
example-losi-2022,AGO,Example City 023,CP16,0
example-losi-2022,AGO,Example City 023,CP17,0
example-losi-2022,AGO,Example City 023,CP18,1
example-losi-2022,AGO,Example City 023,CP19,0
example-losi-2022,AGO,Example City 023,CP20,1
example-losi-2022,AGO,Example City 023,CP21,0
example-losi-2022,AGO,Example City 023,CP22,0
example-losi-2022,AGO,Example City 023,CP23,0
example-losi-2022,AGO,Example City 023,CP24,1
example-losi-2022,AGO,Example City 023,CP25,0
example-losi-2022,AGO,Example City 023,SP01,0
example-losi-2022,AGO,Example City 023,SP02,0
example-losi-2022,AGO,Example City 023,SP03,0
example-losi-2022,AGO,Example City 023,SP04,0
example-losi-2022,AGO,Example City 023,SP05,1
example-losi-2022,AGO,Example City 023,SP06,0
example-losi-2022,AGO,Example City 023,SP07,0
example-losi-2022,AGO,Example City 023,SP08,1
example-losi-2022,AGO,Example City 023,SP09,0
example-losi-2022,AGO,Example City 023,SP10,0
example-losi-2022,AGO,Example City 023,SP11,0
example-losi-2022,AGO,Example City 023,SP12,0
example-losi-2022,AGO,Example City 023,SP13,0
example-losi-2022,AGO,Example City 023,SP14,0
example-losi-2022,AGO,Example City 023,SP15,0
example-losi-2022,AGO,Example City 023,SP16,0
example-losi-2022,AGO,Example City 023,SP17,0
example-losi-2022,AGO,Example City 023,SP18,0
example-losi-2022,AGO,Example City 023,PE01,0
example-losi-2022,AGO,Example City 023,PE02,0
example-losi-2022,AGO,Example City 023,PE03,0
example-losi-2022,AGO,Example City 023,PE04,0
example-losi-2022,AGO,Example City 023,PE05,0
example-losi-2022,AGO,Example City 023,PE06,0
example-losi-2022,AGO,Example City 023,PE07,0
example-losi-2022,AGO,Example City 023,PE08,0
example-losi-2022,AGO,Example City 023,PE09,0
example-losi-2022,AGO,Example City 023,PE10,0
example-losi-2022,AGO,Example City 023,PE11,0
example-losi-2022,AGO,Example City 023,PE12,0
example-losi-2022,AGO,Example City 023,PE13,0
example-losi-2022,AGO,Example City 023,PE14,0
example-losi-2022,AGO,Example City 023,PE15,0
example-losi-2022,AGO,Example City 023,PE16,1
example-losi-2022,AGO,Example City 023,PE17,0
example-losi-2022,AGO,Example City 023,TE01,1
example-losi-2022,AGO,Example City 023,TE02,1
example-losi-2022,AGO,Example City 023,TE03,0
example-losi-2022,AGO,Example City 023,TE04,1
example-losi-2022,AGO,Example City 023,TE05,0
example-losi-2022,AGO,Example City 023,TE06,0
example-losi-2022,AGO,Example City 023,TE07,1
example-losi-2022,AGO,Example City 023,TE08,0
example-losi-2022,AGO,Example City 023,TE09,1
example-losi-2022,AGO,Example City 023,TE10,1
example-losi-2022,AGO,Example City 023,TE11,0
example-losi-2022,AGO,Example City 023,TE12,0
example-losi-2022,AGO,Example City 023,TE13,0
example-losi-2022,AGO,Example City 023,TE14,0
example-losi-2022,AGO,Example City 023,TE15,1
example-losi-2022,AGO,Example City 023,TE16,1
example-losi-2022,AGO,Example City 023,TE17,0
example-losi-2022,AGO,Example City 023,TE18,0
example-losi-2022,MEX,Example City 024,IF01,0
example-losi-2022,MEX,Example City 024,IF02,0
example-losi-2022,MEX,Example City 024,IF03,0
example-losi-2022,MEX,Example City 024,IF04,1
example-losi-2022,MEX,Example City 024,IF05,0
example-losi-2022,MEX,Example City 024,IF06,0
example-losi-2022,MEX,Example City 024,IF07,0
example-losi-2022,MEX,Example City 024,IF08,0
example-losi-2022,MEX,Example City 024,CP01,0
example-losi-2022,MEX,Example City 024,CP02,0
example-losi-2022,MEX,Example City 024,CP03,0
example-losi-2022,MEX,Example City 024,CP04,0
example-losi-2022,MEX,Example City 024,CP05,0
example-losi-2022,MEX,Example City 024,CP06,1
example-losi-2022,MEX,Example City 024,CP07,0
example-losi-2022,MEX,Example City 024,CP08,0
example-losi-2022,MEX,Example City 024,CP09,0
example-losi-2022,MEX,Example City 024,CP10,0
example-losi-2022,MEX,Example City 024,CP11,1
example-losi-2022,MEX,Example City 024,CP12,1
example-losi-2022,MEX,Example City 024,CP13,1
example-losi-2022,MEX,Example City 024,CP14,0
example-losi-2022,MEX,Example City 024,CP15,0
example-losi-2022,MEX,Example City 024,CP16,0
example-losi-2022,MEX,Example City 024,CP17,0
example-losi-2022,MEX,Example City 024,CP18,1
example-losi-2022,MEX,Example City 024,CP19,1
example-losi-2022,MEX,Example City 024,CP20,1
example-losi-2022,MEX,Example City 024,CP21,0
example-losi-2022,MEX,Example City 024,CP22,0
example-losi-2022,MEX,Example City 024,CP23,0
example-losi-2022,MEX,Example City 024,CP24,0
example-losi-2022,MEX,Example City 024,CP25,1
example-losi-2022,MEX,Example City 024,SP01,1
example-losi-2022,MEX,Example City 024,SP02,0
example-losi-2022,MEX,Example City 024,SP03,0
example-losi-2022,MEX,Example City 024,SP04,0
example-losi-2022,MEX,Example City 024,SP05,0
example-losi-2022,MEX,Example City 024,SP06,1
example-losi-2022,MEX,Example City 024,SP07,1
example-losi-2022,MEX,Example City 024,SP08,0
example-losi-2022,MEX,Example City 024,SP09,0
example-losi-2022,MEX,Example City 024,SP10,0
example-losi-2022,MEX,Example City 024,SP11,0
example-losi-2022,MEX,Example City 024,SP12,0
example-losi-2022,MEX,Example City 024,SP13,0
example-losi-2022,MEX,Example City 024,SP14,1
example-losi-2022,MEX,Example City 024,SP15,0
example-losi-2022,MEX,Example City 024,SP16,1
example-losi-2022,MEX,Example City 024,SP17,0
example-losi-2022,MEX,Example City 024,SP18,0
example-losi-2022,MEX,Example City 024,PE01,0
example-losi-2022,MEX,Example City 024,PE02,0
example-losi-2022,MEX,Example City 024,PE03,1
example-losi-2022,MEX,Example City 024,PE04,0
example-losi-2022,MEX,Example City 024,PE05,0
example-losi-2022,MEX,Example City 024,PE06,1
example-losi-2022,MEX,Example City 024,PE07,1
example-losi-2022,MEX,Example City 024,PE08,0
example-losi-2022,MEX,Example City 024,PE09,0
example-losi-2022,MEX,Example City 024,PE10,0
example-losi-2022,MEX,Example City 024,PE11,1
example-losi-2022,MEX,Example City 024,PE12,0
example-losi-2022,MEX,Example City 024,PE13,0
example-losi-2022,MEX,Example City 024,PE14,0
example-losi-2022,MEX,Example City 024,PE15,0
example-losi-2022,MEX,Example City 024,PE16,0
example-losi-2022,MEX,Example City 024,PE17,0
example-losi-2022,MEX,Example City 024,TE01,0
example-losi-2022,MEX,Example City 024,TE02,1
example-losi-2022,MEX,Example City 024,TE03,0
example-losi-2022,MEX,Example City 024,TE04,0
example-losi-2022,MEX,Example City 024,TE05,1
example-losi-2022,MEX,Example City 024,TE06,0
example-losi-2022,MEX,Example City 024,TE07,0
example-losi-2022,MEX,Example City 024,TE08,0
example-losi-2022,MEX,Example City 024,TE09,0
example-losi-2022,MEX,Example City 024,TE10,1
example-losi-2022,MEX,Example City 024,TE11,0
example-losi-2022,MEX,Example City 024,TE12,0
example-losi-2022,MEX,Example City 024,TE13,0
example-losi-2022,MEX,Example City 024,TE14,1
example-losi-2022,MEX,Example City 024,TE15,0
example-losi-2022,MEX,Example City 024,TE16,1
example-losi-2022,MEX,Example City 024,TE17,0
example-losi-2022,MEX,Example City 024,TE18,1
example-losi-2022,BFA,Example City 025,IF01,1
example-losi-2022,BFA,Example City 025,IF02,1
example-losi-2022,BFA,Example City 025,IF03,1
example-losi-2022,BFA,Example City 025,IF04,1
example-losi-2022,BFA,Example City 025,IF05,1
example-losi-2022,BFA,Example City 025,IF06,1
example-losi-2022,BFA,Example City 025,IF07,0
example-losi-2022,BFA,Example City 025,IF08,1
example-losi-2022,BFA,Example City 025,CP01,1
example-losi-2022,BFA,Example City 025,CP02,1
example-losi-2022,BFA,Example City 025,CP03,1
example-losi-2022,BFA,Example City 025,CP04,1
example-losi-2022,BFA,Example City 025,CP05,0
example-losi-2022,BFA,Example City 025,CP06,1
example-losi-2022,BFA,Example City 025,CP07,0
example-losi-2022,BFA,Example City 025,CP08,1
example-losi-2022,BFA,Example City 025,CP09,1
example-losi-2022,BFA,Example City 025,CP10,1
example-losi-2022,BFA,Example City 025,CP11,1
example-losi-2022,BFA,Example City 025,CP12,1
example-losi-2022,BFA,Example City 025,CP13,0
example-losi-2022,BFA,Example City 025,CP14,1
example-losi-2022,BFA,Example City 025,CP15,1
example-losi-2022,BFA,Example City 025,CP16,1
example-losi-2022,BFA,Example City 025,CP17,1
example-losi-2022,BFA,Example City 025,CP18,1
example-losi-2022,BFA,Example City 025,CP19,1
example-losi-2022,BFA,Example City 025,CP20,0
example-losi-2022,BFA,Example City 025,CP21,0
example-losi-2022,BFA,Example City 025,CP22,1
example-losi-2022,BFA,Example City 025,CP23,0
example-losi-2022,BFA,Example City 025,CP24,1
example-losi-2022,BFA,Example City 025,CP25,1
example-losi-2022,BFA,Example City 025,SP01,1
example-losi-2022,BFA,Example City 025,SP02,1
example-losi-2022,BFA,Example City 025,SP03,1
example-losi-2022,BFA,Example City 025,SP04,1
example-losi-2022,BFA,Example City 025,SP05,1
example-losi-2022,BFA,Example City 025,SP06,1
example-losi-2022,BFA,Example City 025,SP07,1
example-losi-2022,BFA,Example City 025,SP08,1
example-losi-2022,BFA,Example City 025,SP09,1
example-losi-2022,BFA,Example City 025,SP10,1
example-losi-2022,BFA,Example City 025,SP11,1
example-losi-2022,BFA,Example City 025,SP12,1
example-losi-2022,BFA,Example City 025,SP13,1
example-losi-2022,BFA,Example City 025,SP14,1
example-losi-2022,BFA,Example City 025,SP15,1
example-losi-2022,BFA,Example City 025,SP16,1
example-losi-2022,BFA,Example City 025,SP17,1
example-losi-2022,BFA,Example City 025,SP18,1
example-losi-2022,BFA,Example City 025,PE01,1
example-losi-2022,BFA,Example City 025,PE02,0
example-losi-2022,BFA,Example City 025,PE03,1
example-losi-2022,BFA,Example City 025,PE04,1
example-losi-2022,BFA,Example City 025,PE05,1
example-losi-2022,BFA,Example City 025,PE06,1
example-losi-2022,BFA,Example City 025,PE07,1
example-losi-2022,BFA,Example City 025,PE08,1
example-losi-2022,BFA,Example City 025,PE09,1
example-losi-2022,BFA,Example City 025,PE10,1
example-losi-2022,BFA,Example City 025,PE11,1
example-losi-2022,BFA,Example City 025,PE12,1
example-losi-2022,BFA,Example City 025,PE13,1
example-losi-2022,BFA,Example City 025,PE14,1
example-losi-2022,BFA,Example City 025,PE15,0
example-losi-2022,BFA,Example City 025,PE16,1
example-losi-2022,BFA,Example City 025,PE17,0
example-losi-2022,BFA,Example City 025,TE01,1
example-losi-2022,BFA,Example City 025,TE02,1
example-losi-2022,BFA,Example City 025,TE03,1
example-losi-2022,BFA,Example City 025,TE04,1
example-losi-2022,BFA,Example City 025,TE05,1
example-losi-2022,BFA,Example City 025,TE06,0
example-losi-2022,BFA,Example City 025,TE07,1
example-losi-2022,BFA,Example City 025,TE08,1
example-losi-2022,BFA,Example City 025,TE09,1
example-losi-2022,BFA,Example City 025,TE10,1
example-losi-2022,BFA,Example City 025,TE11,0
example-losi-2022,BFA,Example City 025,TE12,1
example-losi-2022,BFA,Example City 025,TE13,1
example-losi-2022,BFA,Example City 025,TE14,0
example-losi-2022,BFA,Example City 025,TE15,1
example-losi-2022,BFA,Example City 025,TE16,1
example-losi-2022,BFA,Example City 025,TE17,1
example-losi-2022,BFA,Example City 025,TE18,1
example-losi-2022,UZB,Example City 026,IF01,1
example-losi-2022,UZB,Example City 026,IF02,1
example-losi-2022,UZB,Example City 026,IF03,1
example-losi-2022,UZB,Example City 026,IF04,1
example-losi-2022,UZB,Example City 026,IF05,1
example-losi-2022,UZB,Example City 026,IF06,1
example-losi-2022,UZB,Example City 026,IF07,1
example-losi-2022,UZB,Example City 026,IF08,0
example-losi-2022,UZB,Example City 026,CP01,1
example-losi-2022,UZB,Example City 026,CP02,0
example-losi-2022,UZB,Example City 026,CP03,0
example-losi-2022,UZB,Example City 026,CP04,0
example-losi-2022,UZB,Example City 026,CP05,0
example-losi-2022,UZB,Example City 026,CP06,0
example-losi-2022,UZB,Example City 026,CP07,0
example-losi-2022,UZB,Example City 026,CP08,0
example-losi-2022,UZB,Example City 026,CP09,1
example-losi-2022,UZB,Example City 026,CP10,0
example-losi-2022,UZB,Example City 026,CP11,1
example-losi-2022,UZB,Example City 026,CP12,0
example-losi-2022,UZB,Example City 026,CP13,1
example-losi-2022,UZB,Example City 026,CP14,1
example-losi-2022,UZB,Example City 026,CP15,0
example-losi-2022,UZB,Example City 026,CP16,1
example-losi-2022,UZB,Example City 026,CP17,1
example-losi-2022,UZB,Example City 026,CP18,1
example-losi-2022,UZB,Example City 026,CP19,0
example-losi-2022,UZB,Example City 026,CP20,0
example-losi-2022,UZB,Example City 026,CP21,1
example-losi-2022,UZB,Example City 026,CP22,0
example-losi-2022,UZB,Example City 026,CP23,0
example-losi-2022,UZB,Example City 026,CP24,1
example-losi-2022,UZB,Example City 026,CP25,1
example-losi-2022,UZB,Example City 026,SP01,1
example-losi-2022,UZB,Example City 026,SP02,0
example-losi-2022,UZB,Example City 026,SP03,0
example-losi-2022,UZB,Example City 026,SP04,1
example-losi-2022,UZB,Example City 026,SP05,0
example-losi-2022,UZB,Example City 026,SP06,1
example-losi-2022,UZB,Example City 026,SP07,0
example-losi-2022,UZB,Example City 026,SP08,1
example-losi-2022,UZB,Example City 026,SP09,1
example-losi-2022,UZB,Example City 026,SP10,0
example-losi-2022,UZB,Example City 026,SP11,0
example-losi-2022,UZB,Example City 026,SP12,0
example-losi-2022,UZB,Example City 026,SP13,1
example-losi-2022,UZB,Example City 026,SP14,0
example-losi-2022,UZB,Example City 026,SP15,1
example-losi-2022,UZB,Example City 026,SP16,1
example-losi-2022,UZB,Example City 026,SP17,0
example-losi-2022,UZB,Example City 026,SP18,1
example-losi-2022,UZB,Example City 026,PE01,1
example-losi-2022,UZB,Example City 026,PE02,0
example-losi-2022,UZB,Example City 026,PE03,1
example-losi-2022,UZB,Example City 026,PE04,0
example-losi-2022,UZB,Example City 026,PE05,1
example-losi-2022,UZB,Example City 026,PE06,0
example-losi-2022,UZB,Example City 026,PE07,1
example-losi-2022,UZB,Example City 026,PE08,0
example-losi-2022,UZB,Example City 026,PE09,1
example-losi-2022,UZB,Example City 026,PE10,1
example-losi-2022,UZB,Example City 026,PE11,1
example-losi-2022,UZB,Example City 026,PE12,0
example-losi-2022,UZB,Example City 026,PE13,1
example-losi-2022,UZB,Example City 026,PE14,0
example-losi-2022,UZB,Example City 026,PE15,1
example-losi-2022,UZB,Example City 026,PE16,1
example-losi-2022,UZB,Example City 026,PE17,1
example-losi-2022,UZB,Example City 026,TE01,1
example-losi-2022,UZB,Example City 026,TE02,1
example-losi-2022,UZB,Example City 026,TE03,1
example-losi-2022,UZB,Example City 026,TE04,1
example-losi-2022,UZB,Example City 026,TE05,0
example-losi-2022,UZB,Example City 026,TE06,1
example-losi-2022,UZB,Example City 026,TE07,1
example-losi-2022,UZB,Example City 026,TE08,0
example-losi-2022,UZB,Example City 026,TE09,1
example-losi-2022,UZB,Example City 026,TE10,1
example-losi-2022,UZB,Example City 026,TE11,0
example-losi-2022,UZB,Example City 026,TE12,1
example-losi-2022,UZB,Example City 026,TE13,0
example-losi-2022,UZB,Example City 026,TE14,1
example-losi-2022,UZB,Example City 026,TE15,0
example-losi-2022,UZB,Example City 026,TE16,1
example-losi-2022,UZB,Example City 026,TE17,1
example-losi-2022,UZB,Example City 026,TE18,1
example-losi-2022,DOM,Example City 027,IF01,0
example-losi-2022,DOM,Example City 027,IF02,0
example-losi-2022,DOM,Example City 027,IF03,1
example-losi-2022,DOM,Example City 027,IF04,1
example-losi-2022,DOM,Example City 027,IF05,0
example-losi-2022,DOM,Example City 027,IF06,1
example-losi-2022,DOM,Example City 027,IF07,0
example-losi-2022,DOM,Example City 027,IF08,0
example-losi-2022,DOM,Example City 027,CP01,0
example-losi-2022,DOM,Example City 027,CP02,0
example-losi-2022,DOM,Example City 027,CP03,1
example-losi-2022,DOM,Example City 027,CP04,0
example-losi-2022,DOM,Example City 027,CP05,1
example-losi-2022,DOM,Example City 027,CP06,0
example-losi-2022,DOM,Example City 027,CP07,0
example-losi-2022,DOM,Example City 027,CP08,0
example-losi-2022,DOM,Example City 027,CP09,0
example-losi-2022,DOM,Example City 027,CP10,0
example-losi-2022,DOM,Example City 027,CP11,0
example-losi-2022,DOM,Example City 027,CP12,0
example-losi-2022,DOM,Example City 027,CP13,0
example-losi-2022,DOM,Example City 027,CP14,0
example-losi-2022,DOM,Example City 027,CP15,0
example-losi-2022,DOM,Example City 027,CP16,0
example-losi-2022,DOM,Example City 027,CP17,0
example-losi-2022,DOM,Example City 027,CP18,0
example-losi-2022,DOM,Example City 027,CP19,0
example-losi-2022,DOM,Example City 027,CP20,0
example-losi-2022,DOM,Example City 027,CP21,0
example-losi-2022,DOM,Example City 027,CP22,1
example-losi-2022,DOM,Example City 027,CP23,0
example-losi-2022,DOM,Example City 027,CP24,0
example-losi-2022,DOM,Example City 027,CP25,1
example-losi-2022,DOM,Example City 027,SP01,0
example-losi-2022,DOM,Example City 027,SP02,1
example-losi-2022,DOM,Example City 027,SP03,0
example-losi-2022,DOM,Example City 027,SP04,0
example-losi-2022,DOM,Example City 027,SP05,1
example-losi-2022,DOM,Example City 027,SP06,1
example-losi-2022,DOM,Example City 027,SP07,0
example-losi-2022,DOM,Example City 027,SP08,1
example-losi-2022,DOM,Example City 027,SP09,0
example-losi-2022,DOM,Example City 027,SP10,0
example-losi-2022,DOM,Example City 027,SP11,0
example-losi-2022,DOM,Example City 027,SP12,0
example-losi-2022,DOM,Example City 027,SP13,0
example-losi-2022,DOM,Example City 027,SP14,0
example-losi-2022,DOM,Example City 027,SP15,0
example-losi-2022,DOM,Example City 027,SP16,0
example-losi-2022,DOM,Example City 027,SP17,1
example-losi-2022,DOM,Example City 027,SP18,0
example-losi-2022,DOM,Example City 027,PE01,0
example-losi-2022,DOM,Example City 027,PE02,0
example-losi-2022,DOM,Example City 027,PE03,1
example-losi-2022,DOM,Example City 027,PE04,0
example-losi-2022,DOM,Example City 027,PE05,0
example-losi-2022,DOM,Example City 027,PE06,0
example-losi-2022,DOM,Example City 027,PE07,0
example-losi-2022,DOM,Example City 027,PE08,1
example-losi-2022,DOM,Example City 027,PE09,0
example-losi-2022,DOM,Example City 027,PE10,1
example-losi-2022,DOM,Example City 027,PE11,0
example-losi-2022,DOM,Example City 027,PE12,1
example-losi-2022,DOM,Example City 027,PE13,1
example-losi-2022,DOM,Example City 027,PE14,0
example-losi-2022,DOM,Example City 027,PE15,0
example-losi-2022,DOM,Example City 027,PE16,1
example-losi-2022,DOM,Example City 027,PE17,0
example-losi-2022,DOM,Example City 027,TE01,0
example-losi-2022,DOM,Example City 027,TE02,0
example-losi-2022,DOM,Example City 027,TE03,0
example-losi-2022,DOM,Example City 027,TE04,0
example-losi-2022,DOM,Example City 027,TE05,0
example-losi-2022,DOM,Example City 027,TE06,0
example-losi-2022,DOM,Example City 027,TE07,0
example-losi-2022,DOM,Example City 027,TE08,0
example-losi-2022,DOM,Example City 027,TE09,0
example-losi-2022,DOM,Example City 027,TE10,0
example-losi-2022,DOM,Example City 027,TE11,0
example-losi-2022,DOM,Example City 027,TE12,0
example-losi-2022,DOM,Example City 027,TE13,0
example-losi-2022,DOM,Example City 027,TE14,0
example-losi-2022,DOM,Example City 027,TE15,0
example-losi-2022,DOM,Example City 027,TE16,0
example-losi-2022,DOM,Example City 027,TE17,0
example-losi-2022,DOM,Example City 027,TE18,0
example-losi-2022,ARM,Example City 028,IF01,1
example-losi-2022,ARM,Example City 028,IF02,1
example-losi-2022,ARM,Example City 028,IF03,1
example-losi-2022,ARM,Example City 028,IF04,0
example-losi-2022,ARM,Example City 028,IF05,0
example-losi-2022,ARM,Example City 028,IF06,0
example-losi-2022,ARM,Example City 028,IF07,0
example-losi-2022,ARM,Example City 028,IF08,1
example-losi-2022,ARM,Example City 028,CP01,1
example-losi-2022,ARM,Example City 028,CP02,0
example-losi-2022,ARM,Example City 028,CP03,1
example-losi-2022,ARM,Example City 028,CP04,1
example-losi-2022,ARM,Example City 028,CP05,1
example-losi-2022,ARM,Example City 028,CP06,0
example-losi-2022,ARM,Example City 028,CP07,0
example-losi-2022,ARM,Example City 028,CP08,1
example-losi-2022,ARM,Example City 028,CP09,0
example-losi-2022,ARM,Example City 028,CP10,0
example-losi-2022,ARM,Example City 028,CP11,1
example-losi-2022,ARM,Example City 028,CP12,1
example-losi-2022,ARM,Example City 028,CP13,0
example-losi-2022,ARM,Example City 028,CP14,1
example-losi-2022,ARM,Example City 028,CP15,0
example-losi-2022,ARM,Example City 028,CP16,1
example-losi-2022,ARM,Example City 028,CP17,1
example-losi-2022,ARM,Example City 028,CP18,0
example-losi-2022,ARM,Example City 028,CP19,0
example-losi-2022,ARM,Example City 028,CP20,1
example-losi-2022,ARM,Example City 028,CP21,0
example-losi-2022,ARM,Example City 028,CP22,1
example-losi-2022,ARM,Example City 028,CP23,1
example-losi-2022,ARM,Example City 028,CP24,1
example-losi-2022,ARM,Example City 028,CP25,0
example-losi-2022,ARM,Example City 028,SP01,1
example-losi-2022,ARM,Example City 028,SP02,1
example-losi-2022,ARM,Example City 028,SP03,1
example-losi-2022,ARM,Example City 028,SP04,1
example-losi-2022,ARM,Example City 028,SP05,1
example-losi-2022,ARM,Example City 028,SP06,1
example-losi-2022,ARM,Example City 028,SP07,1
example-losi-2022,ARM,Example City 028,SP08,1
example-losi-2022,ARM,Example City 028,SP09,0
example-losi-2022,ARM,Example City 028,SP10,0
example-losi-2022,ARM,Example City 028,SP11,1
example-losi-2022,ARM,Example City 028,SP12,1
example-losi-2022,ARM,Example City 028,SP13,1
example-losi-2022,ARM,Example City 028,SP14,1
example-losi-2022,ARM,Example City 028,SP15,1
example-losi-2022,ARM,Example City 028,SP16,1
example-losi-2022,ARM,Example City 028,SP17,1
example-losi-2022,ARM,Example City 028,SP18,0
example-losi-2022,ARM,Example City 028,PE01,1
example-losi-2022,ARM,Example City 028,PE02,1
example-losi-2022,ARM,Example City 028,PE03,1
example-losi-2022,ARM,Example City 028,PE04,0
example-losi-2022,ARM,Example City 028,PE05,1
example-losi-2022,ARM,Example City 028,PE06,1
example-losi-2022,ARM,Example City 028,PE07,1
example-losi-2022,ARM,Example City 028,PE08,0
example-losi-2022,ARM,Example City 028,PE09,1
example-losi-2022,ARM,Example City 028,PE10,0
example-losi-2022,ARM,Example City 028,PE11,1
example-losi-2022,ARM,Example City 028,PE12,1
example-losi-2022,ARM,Example City 028,PE13,1
example-losi-2022,ARM,Example City 028,PE14,0
example-losi-2022,ARM,Example City 028,PE15,0
example-losi-2022,ARM,Example City 028,PE16,1
example-losi-2022,ARM,Example City 028,PE17,1
example-losi-2022,ARM,Example City 028,TE01,1
example-losi-2022,ARM,Example City 028,TE02,0
example-losi-2022,ARM,Example City 028,TE03,1
example-losi-2022,ARM,Example City 028,TE04,1
example-losi-2022,ARM,Example City 028,TE05,0
example-losi-2022,ARM,Example City 028,TE06,0
example-losi-2022,ARM,Example City 028,TE07,1
example-losi-2022,ARM,Example City 028,TE08,0
example-losi-2022,ARM,Example City 028,TE09,1
example-losi-2022,ARM,Example City 028,TE10,0
example-losi-2022,ARM,Example City 028,TE11,1
example-losi-2022,ARM,Example City 028,TE12,1
example-losi-2022,ARM,Example City 028,TE13,0
example-losi-2022,ARM,Example City 028,TE14,1
example-losi-2022,ARM,Example City 028,TE15,1
example-losi-2022,ARM,Example City 028,TE16,1
example-losi-2022,ARM,Example City 028,TE17,1
example-losi-2022,ARM,Example City 028,TE18,0
example-losi-2022,SAU,Example City 029,IF01,0
example-losi-2022,SAU,Example City 029,IF02,0
example-losi-2022,SAU,Example City 029,IF03,0
example-losi-2022,SAU,Example City 029,IF04,0
example-losi-2022,SAU,Example City 029,IF05,1
example-losi-2022,SAU,Example City 029,IF06,0
example-losi-2022,SAU,Example City 029,IF07,0
example-losi-2022,SAU,Example City 029,IF08,0
example-losi-2022,SAU,Example City 029,CP01,0
example-losi-2022,SAU,Example City 029,CP02,0
example-losi-2022,SAU,Example City 029,CP03,0
example-losi-2022,SAU,Example City 029,CP04,1
example-losi-2022,SAU,Example City 029,CP05,0
example-losi-2022,SAU,Example City 029,CP06,0
example-losi-2022,SAU,Example City 029,CP07,0
example-losi-2022,SAU,Example City 029,CP08,0
example-losi-2022,SAU,Example City 029,CP09,1
example-losi-2022,SAU,Example City 029,CP10,0
example-losi-2022,SAU,Example City 029,CP11,0
example-losi-2022,SAU,Example City 029,CP12,1
example-losi-2022,SAU,Example City 029,CP13,0
example-losi-2022,SAU,Example City 029,CP14,1
example-losi-2022,SAU,Example City 029,CP15,0
example-losi-2022,SAU,Example City 029,CP16,1
example-losi-2022,SAU,Example City 029,CP17,0
example-losi-2022,SAU,Example City 029,CP18,0
example-losi-2022,SAU,Example City 029,CP19,0
example-losi-2022,SAU,Example City 029,CP20,0
example-losi-2022,SAU,Example City 029,CP21,0
example-losi-2022,SAU,Example City 029,CP22,0
example-losi-2022,SAU,Example City 029,CP23,0
example-losi-2022,SAU,Example City 029,CP24,0
example-losi-2022,SAU,Example City 029,CP25,0
example-losi-2022,SAU,Example City 029,SP01,1
example-losi-2022,SAU,Example City 029,SP02,0
example-losi-2022,SAU,Example City 029,SP03,0
example-losi-2022,SAU,Example City 029,SP04,0
example-losi-2022,SAU,Example City 029,SP05,0
example-losi-2022,SAU,Example City 029,SP06,0
example-losi-2022,SAU,Example City 029,SP07,0
example-losi-2022,SAU,Example City 029,SP08,0
example-losi-2022,SAU,Example City 029,SP09,0
example-losi-2022,SAU,Example City 029,SP10,0
example-losi-2022,SAU,Example City 029,SP11,0
example-losi-2022,SAU,Example City 029,SP12,0
example-losi-2022,SAU,Example City 029,SP13,0
example-losi-2022,SAU,Example City 029,SP14,0
example-losi-2022,SAU,Example City 029,SP15,0
example-losi-2022,SAU,Example City 029,SP16,0
example-losi-2022,SAU,Example City 029,SP17,0
example-losi-2022,SAU,Example City 029,SP18,0
example-losi-2022,SAU,Example City 029,PE01,0
example-losi-2022,SAU,Example City 029,PE02,0
example-losi-2022,SAU,Example City 029,PE03,1
example-losi-2022,SAU,Example City 029,PE04,0
example-losi-2022,SAU,Example City 029,PE05,0
example-losi-2022,SAU,Example City 029,PE06,0
example-losi-2022,SAU,Example City 029,PE07,1
example-losi-2022,SAU,Example City 029,PE08,0
example-losi-2022,SAU,Example City 029,PE09,0
example-losi-2022,SAU,Example City 029,PE10,0
example-losi-2022,SAU,Example City 029,PE11,0
example-losi-2022,SAU,Example City 029,PE12,0
example-losi-2022,SAU,Example City 029,PE13,0
example-losi-2022,SAU,Example City 029,PE14,1
example-losi-2022,SAU,Example City 029,PE15,0
example-losi-2022,SAU,Example City 029,PE16,1
example-losi-2022,SAU,Example City 029,PE17,0
example-losi-2022,SAU,Example City 029,TE01,0
example-losi-2022,SAU,Example City 029,TE02,0
example-losi-2022,SAU,Example City 029,TE03,0
example-losi-2022,SAU,Example City 029,TE04,0
example-losi-2022,SAU,Example City 029,TE05,0
example-losi-2022,SAU,Example City 029,TE06,0
example-losi-2022,SAU,Example City 029,TE07,1
example-losi-2022,SAU,Example City 029,TE08,0
example-losi-2022,SAU,Example City 029,TE09,0
example-losi-2022,SAU,Example City 029,TE10,1
example-losi-2022,SAU,Example City 029,TE11,0
example-losi-2022,SAU,Example City 029,TE12,0
example-losi-2022,SAU,Example City 029,TE13,0
example-losi-2022,SAU,Example City 029,TE14,0
example-losi-2022,SAU,Example City 029,TE15,0
example-losi-2022,SAU,Example City 029,TE16,0
example-losi-2022,SAU,Example City 029,TE17,0
example-losi-2022,SAU,Example City 029,TE18,0
example-losi-2022,NLD,Example City 030,IF01,0
example-losi-2022,NLD,Example City 030,IF02,0
example-losi-2022,NLD,Example City 030,IF03,0
example-losi-2022,NLD,Example City 030,IF04,0
example-losi-2022,NLD,Example City 030,IF05,0
example-losi-2022,NLD,Example City 030,IF06,1
example-losi-2022,NLD,Example City 030,IF07,0
example-losi-2022,NLD,Example City 030,IF08,0
example-losi-2022,NLD,Example City 030,CP01,0
example-losi-2022,NLD,Example City 030,CP02,0
example-losi-2022,NLD,Example City 030,CP03,1
example-losi-2022,NLD,Example City 030,CP04,0
example-losi-2022,NLD,Example City 030,CP05,0
example-losi-2022,NLD,Example City 030,CP06,0
example-losi-2022,NLD,Example City 030,CP07,0
example-losi-2022,NLD,Example City 030,CP08,0
example-losi-2022,NLD,Example City 030,CP09,0
example-losi-2022,NLD,Example City 030,CP10,0
example-losi-2022,NLD,Example City 030,CP11,1
example-losi-2022,NLD,Example City 030,CP12,0
example-losi-2022,NLD,Example City 030,CP13,0
example-losi-2022,NLD,Example City 030,CP14,0
example-losi-2022,NLD,Example City 030,CP15,0
example-losi-2022,NLD,Example City 030,CP16,0
example-losi-2022,NLD,Example City 030,CP17,0
example-losi-2022,NLD,Example City 030,CP18,0
example-losi-2022,NLD,Example City 030,CP19,0
example-losi-2022,NLD,Example City 030,CP20,0
example-losi-2022,NLD,Example City 030,CP21,1
example-losi-2022,NLD,Example City 030,CP22,1
example-losi-2022,NLD,Example City 030,CP23,1
example-losi-2022,NLD,Example City 030,CP24,0
example-losi-2022,NLD,Example City 030,CP25,0
example-losi-2022,NLD,Example City 030,SP01,1
example-losi-2022,NLD,Example City 030,SP02,0
example-losi-2022,NLD,Example City 030,SP03,0
example-losi-2022,NLD,Example City 030,SP04,0
example-losi-2022,NLD,Example City 030,SP05,1
example-losi-2022,NLD,Example City 030,SP06,1
example-losi-2022,NLD,Example City 030,SP07,1
example-losi-2022,NLD,Example City 030,SP08,1
example-losi-2022,NLD,Example City 030,SP09,0
example-losi-2022,NLD,Example City 030,SP10,0
example-losi-2022,NLD,Example City 030,SP11,0
example-losi-2022,NLD,Example City 030,SP12,0
example-losi-2022,NLD,Example City 030,SP13,0
example-losi-2022,NLD,Example City 030,SP14,0
example-losi-2022,NLD,Example City 030,SP15,0
example-losi-2022,NLD,Example City 030,SP16,0
example-losi-2022,NLD,Example City 030,SP17,0
example-losi-2022,NLD,Example City 030,SP18,0
example-losi-2022,NLD,Example City 030,PE01,1
example-losi-2022,NLD,Example City 030,PE02,0
example-losi-2022,NLD,Example City 030,PE03,1
example-losi-2022,NLD,Example City 030,PE04,0
example-losi-2022,NLD,Example City 030,PE05,0
example-losi-2022,NLD,Example City 030,PE06,0
example-losi-2022,NLD,Example City 030,PE07,1
example-losi-2022,NLD,Example City 030,PE08,0
example-losi-2022,NLD,Example City 030,PE09,0
example-losi-2022,NLD,Example City 030,PE10,0
example-losi-2022,NLD,Example City 030,PE11,1
example-losi-2022,NLD,Example City 030,PE12,0
example-losi-2022,NLD,Example City 030,PE13,1
example-losi-2022,NLD,Example City 030,PE14,0
example-losi-2022,NLD,Example City 030,PE15,0
example-losi-2022,NLD,Example City 030,PE16,0
example-losi-2022,NLD,Example City 030,PE17,0
example-losi-2022,NLD,Example City 030,TE01,1
example-losi-2022,NLD,Example City 030,TE02,0
example-losi-2022,NLD,Example City 030,TE03,0
example-losi-2022,NLD,Example City 030,TE04,1
example-losi-2022,NLD,Example City 030,TE05,0
example-losi-2022,NLD,Example City 030,TE06,0
example-losi-2022,NLD,Example City 030,TE07,1
example-losi-2022,NLD,Example City 030,TE08,0
example-losi-2022,NLD,Example City 030,TE09,0
example-losi-2022,NLD,Example City 030,TE10,0
example-losi-2022,NLD,Example City 030,TE11,0
example-losi-2022,NLD,Example City 030,TE12,0
example-losi-2022,NLD,Example City 030,TE13,0
example-losi-2022,NLD,Example City 030,TE14,0
example-losi-2022,NLD,Example City 030,TE15,0
example-losi-2022,NLD,Example City 030,TE16,0
example-losi-2022,NLD,Example City 030,TE17,0
example-losi-2022,NLD,Example City 030,TE18,0
example-losi-2022,BRB,Example City 031,IF01,0
example-losi-2022,BRB,Example City 031,IF02,0
example-losi-2022,BRB,Example City 031,IF03,1
example-losi-2022,BRB,Example City 031,IF04,1
example-losi-2022,BRB,Example City 031,IF05,0
example-losi-2022,BRB,Example City 031,IF06,1
example-losi-2022,BRB,Example City 031,IF07,0
example-losi-2022,BRB,Example City 031,IF08,0
example-losi-2022,BRB,Example City 031,CP01,0
example-losi-2022,BRB,Example City 031,CP02,1
example-losi-2022,BRB,Example City 031,CP03,0
example-losi-2022,BRB,Example City 031,CP04,0
example-losi-2022,BRB,Example City 031,CP05,0
example-losi-2022,BRB,Example City 031,CP06,0
example-losi-2022,BRB,Example City 031,CP07,0
example-losi-2022,BRB,Example City 031,CP08,0
example-losi-2022,BRB,Example City 031,CP09,1
example-losi-2022,BRB,Example City 031,CP10,0
example-losi-2022,BRB,Example City 031,CP11,1
example-losi-2022,BRB,Example City 031,CP12,1
example-losi-2022,BRB,Example City 031,CP13,0
example-losi-2022,BRB,Example City 031,CP14,0
example-losi-2022,BRB,Example City 031,CP15,0
example-losi-2022,BRB,Example City 031,CP16,1
example-losi-2022,BRB,Example City 031,CP17,0
example-losi-2022,BRB,Example City 031,CP18,0
example-losi-2022,BRB,Example City 031,CP19,0
example-losi-2022,BRB,Example City 031,CP20,0
example-losi-2022,BRB,Example City 031,CP21,1
example-losi-2022,BRB,Example City 031,CP22,0
example-losi-2022,BRB,Example City 031,CP23,0
example-losi-2022,BRB,Example City 031,CP24,1
example-losi-2022,BRB,Example City 031,CP25,0
example-losi-2022,BRB,Example City 031,SP01,0
example-losi-2022,BRB,Example City 031,SP02,1
example-losi-2022,BRB,Example City 031,SP03,0
example-losi-2022,BRB,Example City 031,SP04,0
example-losi-2022,BRB,Example City 031,SP05,1
example-losi-2022,BRB,Example City 031,SP06,0
example-losi-2022,BRB,Example City 031,SP07,0
example-losi-2022,BRB,Example City 031,SP08,0
example-losi-2022,BRB,Example City 031,SP09,0
example-losi-2022,BRB,Example City 031,SP10,0
example-losi-2022,BRB,Example City 031,SP11,0
example-losi-2022,BRB,Example City 031,SP12,0
example-losi-2022,BRB,Example City 031,SP13,0
example-losi-2022,BRB,Example City 031,SP14,0
example-losi-2022,BRB,Example City 031,SP15,0
example-losi-2022,BRB,Example City 031,SP16,1
example-losi-2022,BRB,Example City 031,SP17,0
example-losi-2022,BRB,Example City 031,SP18,0
example-losi-2022,BRB,Example City 031,PE01,1
example-losi-2022,BRB,Example City 031,PE02,0
example-losi-2022,BRB,Example City 031,PE03,1
example-losi-2022,BRB,Example City 031,PE04,1
example-losi-2022,BRB,Example City 031,PE05,1
example-losi-2022,BRB,Example City 031,PE06,1
example-losi-2022,BRB,Example City 031,PE07,1
example-losi-2022,BRB,Example City 031,PE08,0
example-losi-2022,BRB,Example City 031,PE09,0
example-losi-2022,BRB,Example City 031,PE10,1
example-losi-2022,BRB,Example City 031,PE11,0
example-losi-2022,BRB,Example City 031,PE12,1
example-losi-2022,BRB,Example City 031,PE13,0
example-losi-2022,BRB,Example City 031,PE14,0
example-losi-2022,BRB,Example City 031,PE15,0
example-losi-2022,BRB,Example City 031,PE16,1
example-losi-2022,BRB,Example City 031,PE17,0
example-losi-2022,BRB,Example City 031,TE01,1
example-losi-2022,BRB,Example City 031,TE02,0
example-losi-2022,BRB,Example City 031,TE03,0
example-losi-2022,BRB,Example City 031,TE04,0
example-losi-2022,BRB,Example City 031,TE05,1
example-losi-2022,BRB,Example City 031,TE06,0
example-losi-2022,BRB,Example City 031,TE07,0
example-losi-2022,BRB,Example City 031,TE08,0
example-losi-2022,BRB,Example City 031,TE09,0
example-losi-2022,BRB,Example City 031,TE10,0
example-losi-2022,BRB,Example City 031,TE11,0
example-losi-2022,BRB,Example City 031,TE12,0
example-losi-2022,BRB,Example City 031,TE13,0
example-losi-2022,BRB,Example City 031,TE14,0
example-losi-2022,BRB,Example City 031,TE15,0
example-losi-2022,BRB,Example City 031,TE16,0
example-losi-2022,BRB,Example City 031,TE17,0
example-losi-2022,BRB,Example City 031,TE18,0
example-losi-2022,GTM,Example City 032,IF01,1
example-losi-2022,GTM,Example City 032,IF02,1
example-losi-2022,GTM,Example City 032,IF03,1
example-losi-2022,GTM,Example City 032,IF04,1
example-losi-2022,GTM,Example City 032,IF05,1
example-losi-2022,GTM,Example City 032,IF06,1
example-losi-2022,GTM,Example City 032,IF07,1
example-losi-2022,GTM,Example City 032,IF08,1
example-losi-2022,GTM,Example City 032,CP01,1
example-losi-2022,GTM,Example City 032,CP02,1
example-losi-2022,GTM,Example City 032,CP03,1
example-losi-2022,GTM,Example City 032,CP04,1
example-losi-2022,GTM,Example City 032,CP05,0
example-losi-2022,GTM,Example City 032,CP06,1
example-losi-2022,GTM,Example City 032,CP07,0
example-losi-2022,GTM,Example City 032,CP08,1
example-losi-2022,GTM,Example City 032,CP09,1
example-losi-2022,GTM,Example City 032,CP10,0
example-losi-2022,GTM,Example City 032,CP11,1
example-losi-2022,GTM,Example City 032,CP12,1
example-losi-2022,GTM,Example City 032,CP13,1
example-losi-2022,GTM,Example City 032,CP14,1
example-losi-2022,GTM,Example City 032,CP15,1
example-losi-2022,GTM,Example City 032,CP16,1
example-losi-2022,GTM,Example City 032,CP17,0
example-losi-2022,GTM,Example City 032,CP18,0
example-losi-2022,GTM,Example City 032,CP19,1
example-losi-2022,GTM,Example City 032,CP20,1
example-losi-2022,GTM,Example City 032,CP21,1
example-losi-2022,GTM,Example City 032,CP22,1
example-losi-2022,GTM,Example City 032,CP23,1
example-losi-2022,GTM,Example City 032,CP24,1
example-losi-2022,GTM,Example City 032,CP25,1
example-losi-2022,GTM,Example City 032,SP01,1
example-losi-2022,GTM,Example City 032,SP02,1
example-losi-2022,GTM,Example City 032,SP03,0
example-losi-2022,GTM,Example City 032,SP04,0
example-losi-2022,GTM,Example City 032,SP05,1
example-losi-2022,GTM,Example City 032,SP06,1
example-losi-2022,GTM,Example City 032,SP07,1
example-losi-2022,GTM,Example City 032,SP08,1
example-losi-2022,GTM,Example City 032,SP09,1
example-losi-2022,GTM,Example City 032,SP10,0
example-losi-2022,GTM,Example City 032,SP11,1
example-losi-2022,GTM,Example City 032,SP12,1
example-losi-2022,GTM,Example City 032,SP13,1
example-losi-2022,GTM,Example City 032,SP14,1
example-losi-2022,GTM,Example City 032,SP15,0
example-losi-2022,GTM,Example City 032,SP16,1
example-losi-2022,GTM,Example City 032,SP17,1
example-losi-2022,GTM,Example City 032,SP18,1
example-losi-2022,GTM,Example City 032,PE01,1
example-losi-2022,GTM,Example City 032,PE02,0
example-losi-2022,GTM,Example City 032,PE03,1
example-losi-2022,GTM,Example City 032,PE04,1
example-losi-2022,GTM,Example City 032,PE05,1
example-losi-2022,GTM,Example City 032,PE06,1
example-losi-2022,GTM,Example City 032,PE07,1
example-losi-2022,GTM,Example City 032,PE08,1
example-losi-2022,GTM,Example City 032,PE09,1
example-losi-2022,GTM,Example City 032,PE10,1
example-losi-2022,GTM,Example City 032,PE11,1
example-losi-2022,GTM,Example City 032,PE12,1
example-losi-2022,GTM,Example City 032,PE13,1
example-losi-2022,GTM,Example City 032,PE14,1
example-losi-2022,GTM,Example City 032,PE15,0
example-losi-2022,GTM,Example City 032,PE16,1
example-losi-2022,GTM,Example City 032,PE17,1
example-losi-2022,GTM,Example City 032,TE01,1
example-losi-2022,GTM,Example City 032,TE02,1
example-losi-2022,GTM,Example City 032,TE03,1
example-losi-2022,GTM,Example City 032,TE04,1
example-losi-2022,GTM,Example City 032,TE05,1
example-losi-2022,GTM,Example City 032,TE06,1
example-losi-2022,GTM,Example City 032,TE07,1
example-losi-2022,GTM,Example City 032,TE08,1
example-losi-2022,GTM,Example City 032,TE09,1
example-losi-2022,GTM,Example City 032,TE10,1
example-losi-2022,GTM,Example City 032,TE11,0
example-losi-2022,GTM,Example City 032,TE12,1
example-losi-2022,GTM,Example City 032,TE13,1
example-losi-2022,GTM,Example City 032,TE14,1
example-losi-2022,GTM,Example City 032,TE15,0
example-losi-2022,GTM,Example City 032,TE16,1
example-losi-2022,GTM,Example City 032,TE17,1
example-losi-2022,GTM,Example City 032,TE18,1
example-losi-2022,LBR,Example City 033,IF01,0
example-losi-2022,LBR,Example City 033,IF02,1
example-losi-2022,LBR,Example City 033,IF03,1
example-losi-2022,LBR,Example City 033,IF04,1
example-losi-2022,LBR,Example City 033,IF05,1
example-losi-2022,LBR,Example City 033,IF06,1
example-losi-2022,LBR,Example City 033,IF07,1
example-losi-2022,LBR,Example City 033,IF08,0
example-losi-2022,LBR,Example City 033,CP01,1
example-losi-2022,LBR,Example City 033,CP02,1
example-losi-2022,LBR,Example City 033,CP03,1
example-losi-2022,LBR,Example City 033,CP04,1
example-losi-2022,LBR,Example City 033,CP05,0
example-losi-2022,LBR,Example City 033,CP06,1
example-losi-2022,LBR,Example City 033,CP07,0
example-losi-2022,LBR,Example City 033,CP08,1
example-losi-2022,LBR,Example City 033,CP09,0
example-losi-2022,LBR,Example City 033,CP10,0
example-losi-2022,LBR,Example City 033,CP11,1
example-losi-2022,LBR,Example City 033,CP12,0
example-losi-2022,LBR,Example City 033,CP13,0
example-losi-2022,LBR,Example City 033,CP14,1
example-losi-2022,LBR,Example City 033,CP15,0
example-losi-2022,LBR,Example City 033,CP16,1
example-losi-2022,LBR,Example City 033,CP17,1
example-losi-2022,LBR,Example City 033,CP18,1
example-losi-2022,LBR,Example City 033,CP19,0
example-losi-2022,LBR,Example City 033,CP20,1
example-losi-2022,LBR,Example City 033,CP21,0
example-losi-2022,LBR,Example City 033,CP22,0
example-losi-2022,LBR,Example City 033,CP23,1
example-losi-2022,LBR,Example City 033,CP24,1
example-losi-2022,LBR,Example City 033,CP25,0
example-losi-2022,LBR,Example City 033,SP01,1
example-losi-2022,LBR,Example City 033,SP02,1
example-losi-2022,LBR,Example City 033,SP03,0
example-losi-2022,LBR,Example City 033,SP04,0
example-losi-2022,LBR,Example City 033,SP05,1
example-losi-2022,LBR,Example City 033,SP06,0
example-losi-2022,LBR,Example City 033,SP07,0
example-losi-2022,LBR,Example City 033,SP08,1
example-losi-2022,LBR,Example City 033,SP09,0
example-losi-2022,LBR,Example City 033,SP10,1
example-losi-2022,LBR,Example City 033,SP11,0
example-losi-2022,LBR,Example City 033,SP12,1
example-losi-2022,LBR,Example City 033,SP13,1
example-losi-2022,LBR,Example City 033,SP14,1
example-losi-2022,LBR,Example City 033,SP15,1
example-losi-2022,LBR,Example City 033,SP16,1
example-losi-2022,LBR,Example City 033,SP17,1
example-losi-2022,LBR,Example City 033,SP18,0
example-losi-2022,LBR,Example City 033,PE01,1
example-losi-2022,LBR,Example City 033,PE02,1
example-losi-2022,LBR,Example City 033,PE03,1
example-losi-2022,LBR,Example City 033,PE04,1
example-losi-2022,LBR,Example City 033,PE05,1
example-losi-2022,LBR,Example City 033,PE06,1
example-losi-2022,LBR,Example City 033,PE07,1
example-losi-2022,LBR,Example City 033,PE08,1
example-losi-2022,LBR,Example City 033,PE09,1
example-losi-2022,LBR,Example City 033,PE10,1
example-losi-2022,LBR,Example City 033,PE11,1
example-losi-2022,LBR,Example City 033,PE12,1
example-losi-2022,LBR,Example City 033,PE13,1
example-losi-2022,LBR,Example City 033,PE14,1
example-losi-2022,LBR,Example City 033,PE15,1
example-losi-2022,LBR,Example City 033,PE16,1
example-losi-2022,LBR,Example City 033,PE17,0
example-losi-2022,LBR,Example City 033,TE01,1
example-losi-2022,LBR,Example City 033,TE02,1
example-losi-2022,LBR,Example City 033,TE03,0
example-losi-2022,LBR,Example City 033,TE04,1
example-losi-2022,LBR,Example City 033,TE05,1
example-losi-2022,LBR,Example City 033,TE06,1
example-losi-2022,LBR,Example City 033,TE07,1
example-losi-2022,LBR,Example City 033,TE08,1
example-losi-2022,LBR,Example City 033,TE09,1
example-losi-2022,LBR,Example City 033,TE10,1
example-losi-2022,LBR,Example City 033,TE11,1
example-losi-2022,LBR,Example City 033,TE12,0
example-losi-2022,LBR,Example City 033,TE13,1
example-losi-2022,LBR,Example City 033,TE14,1
example-losi-2022,LBR,Example City 033,TE15,1
example-losi-2022,LBR,Example City 033,TE16,1
example-losi-2022,LBR,Example City 033,TE17,1
example-losi-2022,LBR,Example City 033,TE18,1
example-losi-2022,CYP,Example City 034,IF01,0
example-losi-2022,CYP,Example City 034,IF02,0
example-losi-2022,CYP,Example City 034,IF03,0
example-losi-2022,CYP,Example City 034,IF04,1
example-losi-2022,CYP,Example City 034,IF05,1
example-losi-2022,CYP,Example City 034,IF06,0
example-losi-2022,CYP,Example City 034,IF07,0
example-losi-2022,CYP,Example City 034,IF08,1
example-losi-2022,CYP,Example City 034,CP01,0
example-losi-2022,CYP,Example City 034,CP02,0
example-losi-2022,CYP,Example City 034,CP03,1
example-losi-2022,CYP,Example City 034,CP04,1
example-losi-2022,CYP,Example City 034,CP05,0
example-losi-2022,CYP,Example City 034,CP06,0
example-losi-2022,CYP,Example City 034,CP07,1
example-losi-2022,CYP,Example City 034,CP08,0
example-losi-2022,CYP,Example City 034,CP09,1
example-losi-2022,CYP,Example City 034,CP10,0
example-losi-2022,CYP,Example City 034,CP11,0
example-losi-2022,CYP,Example City 034,CP12,0
example-losi-2022,CYP,Example City 034,CP13,1
example-losi-2022,CYP,Example City 034,CP14,0
example-losi-2022,CYP,Example City 034,CP15,0
example-losi-2022,CYP,Example City 034,CP16,0
example-losi-2022,CYP,Example City 034,CP17,1
example-losi-2022,CYP,Example City 034,CP18,0
example-losi-2022,CYP,Example City 034,CP19,0
example-losi-2022,CYP,Example City 034,CP20,0
example-losi-2022,CYP,Example City 034,CP21,0
example-losi-2022,CYP,Example City 034,CP22,0
example-losi-2022,CYP,Example City 034,CP23,0
example-losi-2022,CYP,Example City 034,CP24,0
example-losi-2022,CYP,Example City 034,CP25,1
example-losi-2022,CYP,Example City 034,SP01,0
example-losi-2022,CYP,Example City 034,SP02,1
example-losi-2022,CYP,Example City 034,SP03,0
example-losi-2022,CYP,Example City 034,SP04,1
example-losi-2022,CYP,Example City 034,SP05,0
example-losi-2022,CYP,Example City 034,SP06,1
example-losi-2022,CYP,Example City 034,SP07,0
example-losi-2022,CYP,Example City 034,SP08,0
example-losi-2022,CYP,Example City 034,SP09,0
example-losi-2022,CYP,Example City 034,SP10,0
example-losi-2022,CYP,Example City 034,SP11,1
example-losi-2022,CYP,Example City 034,SP12,0
example-losi-2022,CYP,Example City 034,SP13,0
example-losi-2022,CYP,Example City 034,SP14,0
example-losi-2022,CYP,Example City 034,SP15,0
example-losi-2022,CYP,Example City 034,SP16,1
example-losi-2022,CYP,Example City 034,SP17,0
example-losi-2022,CYP,Example City 034,SP18,0
example-losi-2022,CYP,Example City 034,PE01,0
example-losi-2022,CYP,Example City 034,PE02,0
example-losi-2022,CYP,Example City 034,PE03,0
example-losi-2022,CYP,Example City 034,PE04,1
example-losi-2022,CYP,Example City 034,PE05,0
example-losi-2022,CYP,Example City 034,PE06,1
example-losi-2022,CYP,Example City 034,PE07,1
example-losi-2022,CYP,Example City 034,PE08,0
example-losi-2022,CYP,Example City 034,PE09,0
example-losi-2022,CYP,Example City 034,PE10,0
example-losi-2022,CYP,Example City 034,PE11,0
example-losi-2022,CYP,Example City 034,PE12,0
example-losi-2022,CYP,Example City 034,PE13,1
example-losi-2022,CYP,Example City 034,PE14,0
example-losi-2022,CYP,Example City 034,PE15,0
example-losi-2022,CYP,Example City 034,PE16,1
example-losi-2022,CYP,Example City 034,PE17,0
example-losi-2022,CYP,Example City 034,TE01,1
example-losi-2022,CYP,Example City 034,TE02,0
example-losi-2022,CYP,Example City 034,TE03,0
example-losi-2022,CYP,Example City 034,TE04,0
example-losi-2022,CYP,Example City 034,TE05,0
example-losi-2022,CYP,Example City 034,TE06,0
example-losi-2022,CYP,Example City 034,TE07,1
example-losi-2022,CYP,Example City 034,TE08,0
example-losi-2022,CYP,Example City 034,TE09,0
example-losi-2022,CYP,Example City 034,TE10,0
example-losi-2022,CYP,Example City 034,TE11,0
example-losi-2022,CYP,Example City 034,TE12,0
example-losi-2022,CYP,Example City 034,TE13,0
example-losi-2022,CYP,Example City 034,TE14,0
example-losi-2022,CYP,Example City 034,TE15,0
example-losi-2022,CYP,Example City 034,TE16,1
example-losi-2022,CYP,Example City 034,TE17,0
example-losi-2022,CYP,Example City 034,TE18,0
example-losi-2022,BEN,Example City 035,IF01,0
example-losi-2022,BEN,Example City 035,IF02,0
example-losi-2022,BEN,Example City 035,IF03,0
example-losi-2022,BEN,Example City 035,IF04,0
example-losi-2022,BEN,Example City 035,IF05,1
example-losi-2022,BEN,Example City 035,IF06,0
example-losi-2022,BEN,Example City 035,IF07,0
example-losi-2022,BEN,Example City 035,IF08,0
example-losi-2022,BEN,Example City 035,CP01,0
example-losi-2022,BEN,Example City 035,CP02,0
example-losi-2022,BEN,Example City 035,CP03,0
example-losi-2022,BEN,Example City 035,CP04,0
example-losi-2022,BEN,Example City 035,CP05,0
example-losi-2022,BEN,Example City 035,CP06,0
example-losi-2022,BEN,Example City 035,CP07,0
example-losi-2022,BEN,Example City 035,CP08,0
example-losi-2022,BEN,Example City 035,CP09,0
example-losi-2022,BEN,Example City 035,CP10,0
example-losi-2022,BEN,Example City 035,CP11,0
example-losi-2022,BEN,Example City 035,CP12,1
example-losi-2022,BEN,Example City 035,CP13,0
example-losi-2022,BEN,Example City 035,CP14,0
example-losi-2022,BEN,Example City 035,CP15,0
example-losi-2022,BEN,Example City 035,CP16,0
example-losi-2022,BEN,Example City 035,CP17,1
example-losi-2022,BEN,Example City 035,CP18,1
example-losi-2022,BEN,Example City 035,CP19,0
example-losi-2022,BEN,Example City 035,CP20,1
example-losi-2022,BEN,Example City 035,CP21,0
example-losi-2022,BEN,Example City 035,CP22,0
example-losi-2022,BEN,Example City 035,CP23,0
example-losi-2022,BEN,Example City 035,CP24,1
example-losi-2022,BEN,Example City 035,CP25,0
example-losi-2022,BEN,Example City 035,SP01,1
example-losi-2022,BEN,Example City 035,SP02,1
example-losi-2022,BEN,Example City 035,SP03,0
example-losi-2022,BEN,Example City 035,SP04,0
example-losi-2022,BEN,Example City 035,SP05,1
example-losi-2022,BEN,Example City 035,SP06,0
example-losi-2022,BEN,Example City 035,SP07,0
example-losi-2022,BEN,Example City 035,SP08,1
example-losi-2022,BEN,Example City 035,SP09,0
example-losi-2022,BEN,Example City 035,SP10,0
example-losi-2022,BEN,Example City 035,SP11,0
example-losi-2022,BEN,Example City 035,SP12,0
example-losi-2022,BEN,Example City 035,SP13,0
example-losi-2022,BEN,Example City 035,SP14,0
example-losi-2022,BEN,Example City 035,SP15,0
example-losi-2022,BEN,Example City 035,SP16,0
example-losi-2022,BEN,Example City 035,SP17,0
example-losi-2022,BEN,Example City 035,SP18,0
example-losi-2022,BEN,Example City 035,PE01,0
example-losi-2022,BEN,Example City 035,PE02,0
example-losi-2022,BEN,Example City 035,PE03,0
example-losi-2022,BEN,Example City 035,PE04,1
example-losi-2022,BEN,Example City 035,PE05,0
example-losi-2022,BEN,Example City 035,PE06,0
example-losi-2022,BEN,Example City 035,PE07,0
example-losi-2022,BEN,Example City 035,PE08,0
example-losi-2022,BEN,Example City 035,PE09,0
example-losi-2022,BEN,Example City 035,PE10,1
example-losi-2022,BEN,Example City 035,PE11,0
example-losi-2022,BEN,Example City 035,PE12,0
example-losi-2022,BEN,Example City 035,PE13,0
example-losi-2022,BEN,Example City 035,PE14,0
example-losi-2022,BEN,Example City 035,PE15,0
example-losi-2022,BEN,Example City 035,PE16,0
example-losi-2022,BEN,Example City 035,PE17,0
example-losi-2022,BEN,Example City 035,TE01,1
example-losi-2022,BEN,Example City 035,TE02,0
example-losi-2022,BEN,Example City 035,TE03,0
example-losi-2022,BEN,Example City 035,TE04,0
example-losi-2022,BEN,Example City 035,TE05,0
example-losi-2022,BEN,Example City 035,TE06,0
example-losi-2022,BEN,Example City 035,TE07,0
example-losi-2022,BEN,Example City 035,TE08,1
example-losi-2022,BEN,Example City 035,TE09,1
example-losi-2022,BEN,Example City 035,TE10,0
example-losi-2022,BEN,Example City 035,TE11,0
example-losi-2022,BEN,Example City 035,TE12,0
example-losi-2022,BEN,Example City 035,TE13,0
example-losi-2022,BEN,Example City 035,TE14,0
example-losi-2022,BEN,Example City 035,TE15,0
example-losi-2022,BEN,Example City 035,TE16,1
example-losi-2022,BEN,Example City 035,TE17,0
example-losi-2022,BEN,Example City 035,TE18,0
example-losi-2022,IDN,Example City 036,IF01,1
example-losi-2022,IDN,Example City 036,IF02,1
example-losi-2022,IDN,Example City 036,IF03,1
example-losi-2022,IDN,Example City 036,IF04,0
example-losi-2022,IDN,Example City 036,IF05,1
example-losi-2022,IDN,Example City 036,IF06,1
example-losi-2022,IDN,Example City 036,IF07,1
example-losi-2022,IDN,Example City 036,IF08,0
example-losi-2022,IDN,Example City 036,CP01,1
example-losi-2022,IDN,Example City 036,CP02,0
example-losi-2022,IDN,Example City 036,CP03,1
example-losi-2022,IDN,Example City 036,CP04,0
example-losi-2022,IDN,Example City 036,CP05,0
example-losi-2022,IDN,Example City 036,CP06,1
example-losi-2022,IDN,Example City 036,CP07,1
example-losi-2022,IDN,Example City 036,CP08,1
example-losi-2022,IDN,Example City 036,CP09,0
example-losi-2022,IDN,Example City 036,CP10,1
example-losi-2022,IDN,Example City 036,CP11,1
example-losi-2022,IDN,Example City 036,CP12,1
example-losi-2022,IDN,Example City 036,CP13,0
example-losi-2022,IDN,Example City 036,CP14,1
example-losi-2022,IDN,Example City 036,CP15,0
example-losi-2022,IDN,Example City 036,CP16,1
example-losi-2022,IDN,Example City 036,CP17,0
example-losi-2022,IDN,Example City 036,CP18,0
example-losi-2022,IDN,Example City 036,CP19,1
example-losi-2022,IDN,Example City 036,CP20,0
example-losi-2022,IDN,Example City 036,CP21,1
example-losi-2022,IDN,Example City 036,CP22,0
example-losi-2022,IDN,Example City 036,CP23,1
example-losi-2022,IDN,Example City 036,CP24,1
example-losi-2022,IDN,Example City 036,CP25,0
example-losi-2022,IDN,Example City 036,SP01,1
example-losi-2022,IDN,Example City 036,SP02,1
example-losi-2022,IDN,Example City 036,SP03,1
example-losi-2022,IDN,Example City 036,SP04,1
example-losi-2022,IDN,Example City 036,SP05,1
example-losi-2022,IDN,Example City 036,SP06,0
example-losi-2022,IDN,Example City 036,SP07,1
example-losi-2022,IDN,Example City 036,SP08,1
example-losi-2022,IDN,Example City 036,SP09,1
example-losi-2022,IDN,Example City 036,SP10,1
example-losi-2022,IDN,Example City 036,SP11,0
example-losi-2022,IDN,Example City 036,SP12,1
example-losi-2022,IDN,Example City 036,SP13,0
example-losi-2022,IDN,Example City 036,SP14,1
example-losi-2022,IDN,Example City 036,SP15,1
example-losi-2022,IDN,Example City 036,SP16,1
example-losi-2022,IDN,Example City 036,SP17,0
example-losi-2022,IDN,Example City 036,SP18,1
example-losi-2022,IDN,Example City 036,PE01,1
example-losi-2022,IDN,Example City 036,PE02,0
example-losi-2022,IDN,Example City 036,PE03,1
example-losi-2022,IDN,Example City 036,PE04,1
example-losi-2022,IDN,Example City 036,PE05,0
example-losi-2022,IDN,Example City 036,PE06,1
example-losi-2022,IDN,Example City 036,PE07,1
example-losi-2022,IDN,Example City 036,PE08,1
example-losi-2022,IDN,Example City 036,PE09,0
example-losi-2022,IDN,Example City 036,PE10,1
example-losi-2022,IDN,Example City 036,PE11,0
example-losi-2022,IDN,Example City 036,PE12,0
example-losi-2022,IDN,Example City 036,PE13,1
example-losi-2022,IDN,Example City 036,PE14,1
example-losi-2022,IDN,Example City 036,PE15,0
example-losi-2022,IDN,Example City 036,PE16,1
example-losi-2022,IDN,Example City 036,PE17,1
example-losi-2022,IDN,Example City 036,TE01,1
example-losi-2022,IDN,Example City 036,TE02,0
example-losi-2022,IDN,Example City 036,TE03,1
example-losi-2022,IDN,Example City 036,TE04,1
example-losi-2022,IDN,Example City 036,TE05,1
example-losi-2022,IDN,Example City 036,TE06,0
example-losi-2022,IDN,Example City 036,TE07,1
example-losi-2022,IDN,Example City 036,TE08,1
example-losi-2022,IDN,Example City 036,TE09,1
example-losi-2022,IDN,Example City 036,TE10,1
example-losi-2022,IDN,Example City 036,TE11,0
example-losi-2022,IDN,Example City 036,TE12,1
example-losi-2022,IDN,Example City 036,TE13,1
example-losi-2022,IDN,Example City 036,TE14,0
example-losi-2022,IDN,Example City 036,TE15,0
example-losi-2022,IDN,Example City 036,TE16,1
example-losi-2022,IDN,Example City 036,TE17,1
example-losi-2022,IDN,Example City 036,TE18,0
example-losi-2022,THA,Example City 037,IF01,0
example-losi-2022,THA,Example City 037,IF02,1
example-losi-2022,THA,Example City 037,IF03,1
example-losi-2022,THA,Example City 037,IF04,1
example-losi-2022,THA,Example City 037,IF05,1
example-losi-2022,THA,Example City 037,IF06,1
example-losi-2022,THA,Example City 037,IF07,1
example-losi-2022,THA,Example City 037,IF08,1
example-losi-2022,THA,Example City 037,CP01,1
example-losi-2022,THA,Example City 037,CP02,1
example-losi-2022,THA,Example City 037,CP03,1
example-losi-2022,THA,Example City 037,CP04,1
example-losi-2022,THA,Example City 037,CP05,1
example-losi-2022,THA,Example City 037,CP06,0
example-losi-2022,THA,Example City 037,CP07,0
example-losi-2022,THA,Example City 037,CP08,1
example-losi-2022,THA,Example City 037,CP09,1
example-losi-2022,THA,Example City 037,CP10,0
example-losi-2022,THA,Example City 037,CP11,0
example-losi-2022,THA,Example City 037,CP12,1
example-losi-2022,THA,Example City 037,CP13,1
example-losi-2022,THA,Example City 037,CP14,1
example-losi-2022,THA,Example City 037,CP15,1
example-losi-2022,THA,Example City 037,CP16,0
example-losi-2022,THA,Example City 037,CP17,1
example-losi-2022,THA,Example City 037,CP18,1
example-losi-2022,THA,Example City 037,CP19,0
example-losi-2022,THA,Example City 037,CP20,1
example-losi-2022,THA,Example City 037,CP21,1
example-losi-2022,THA,Example City 037,CP22,0
example-losi-2022,THA,Example City 037,CP23,0
example-losi-2022,THA,Example City 037,CP24,1
example-losi-2022,THA,Example City 037,CP25,0
example-losi-2022,THA,Example City 037,SP01,0
example-losi-2022,THA,Example City 037,SP02,0
example-losi-2022,THA,Example City 037,SP03,1
example-losi-2022,THA,Example City 037,SP04,0
example-losi-2022,THA,Example City 037,SP05,1
example-losi-2022,THA,Example City 037,SP06,1
example-losi-2022,THA,Example City 037,SP07,1
example-losi-2022,THA,Example City 037,SP08,1
example-losi-2022,THA,Example City 037,SP09,1
example-losi-2022,THA,Example City 037,SP10,1
example-losi-2022,THA,Example City 037,SP11,0
example-losi-2022,THA,Example City 037,SP12,0
example-losi-2022,THA,Example City 037,SP13,0
example-losi-2022,THA,Example City 037,SP14,0
example-losi-2022,THA,Example City 037,SP15,0
example-losi-2022,THA,Example City 037,SP16,1
example-losi-2022,THA,Example City 037,SP17,1
example-losi-2022,THA,Example City 037,SP18,0
example-losi-2022,THA,Example City 037,PE01,1
example-losi-2022,THA,Example City 037,PE02,1
example-losi-2022,THA,Example City 037,PE03,1
example-losi-2022,THA,Example City 037,PE04,1
example-losi-2022,THA,Example City 037,PE05,1
example-losi-2022,THA,Example City 037,PE06,1
example-losi-2022,THA,Example City 037,PE07,1
example-losi-2022,THA,Example City 037,PE08,1
example-losi-2022,THA,Example City 037,PE09,0
example-losi-2022,THA,Example City 037,PE10,0
example-losi-2022,THA,Example City 037,PE11,1
example-losi-2022,THA,Example City 037,PE12,1
example-losi-2022,THA,Example City 037,PE13,1
example-losi-2022,THA,Example City 037,PE14,1
example-losi-2022,THA,Example City 037,PE15,1
example-losi-2022,THA,Example City 037,PE16,1
example-losi-2022,THA,Example City 037,PE17,0
example-losi-2022,THA,Example City 037,TE01,0
example-losi-2022,THA,Example City 037,TE02,1
example-losi-2022,THA,Example City 037,TE03,0
example-losi-2022,THA,Example City 037,TE04,1
example-losi-2022,THA,Example City 037,TE05,0
example-losi-2022,THA,Example City 037,TE06,0
example-losi-2022,THA,Example City 037,TE07,1
example-losi-2022,THA,Example City 037,TE08,1
example-losi-2022,THA,Example City 037,TE09,0
example-losi-2022,THA,Example City 037,TE10,1
example-losi-2022,THA,Example City 037,TE11,0
example-losi-2022,THA,Example City 037,TE12,1
example-losi-2022,THA,Example City 037,TE13,0
example-losi-2022,THA,Example City 037,TE14,1
example-losi-2022,THA,Example City 037,TE15,0
example-losi-2022,THA,Example City 037,TE16,1
example-losi-2022,THA,Example City 037,TE17,0
example-losi-2022,THA,Example City 037,TE18,0
example-losi-2022,SWE,Example City 038,IF01,0
example-losi-2022,SWE,Example City 038,IF02,0
example-losi-2022,SWE,Example City 038,IF03,0
example-losi-2022,SWE,Example City 038,IF04,0
example-losi-2022,SWE,Example City 038,IF05,1
example-losi-2022,SWE,Example City 038,IF06,0
example-losi-2022,SWE,Example City 038,IF07,0
example-losi-2022,SWE,Example City 038,IF08,1
example-losi-2022,SWE,Example City 038,CP01,0
example-losi-2022,SWE,Example City 038,CP02,0
example-losi-2022,SWE,Example City 038,CP03,0
example-losi-2022,SWE,Example City 038,CP04,0
example-losi-2022,SWE,Example City 038,CP05,0
example-losi-2022,SWE,Example City 038,CP06,0
example-losi-2022,SWE,Example City 038,CP07,0
example-losi-2022,SWE,Example City 038,CP08,0
example-losi-2022,SWE,Example City 038,CP09,0
example-losi-2022,SWE,Example City 038,CP10,0
example-losi-2022,SWE,Example City 038,CP11,0
example-losi-2022,SWE,Example City 038,CP12,0
example-losi-2022,SWE,Example City 038,CP13,0
example-losi-2022,SWE,Example City 038,CP14,1
example-losi-2022,SWE,Example City 038,CP15,0
example-losi-2022,SWE,Example City 038,CP16,0
example-losi-2022,SWE,Example City 038,CP17,1
example-losi-2022,SWE,Example City 038,CP18,0
example-losi-2022,SWE,Example City 038,CP19,0
example-losi-2022,SWE,Example City 038,CP20,0
example-losi-2022,SWE,Example City 038,CP21,0
example-losi-2022,SWE,Example City 038,CP22,0
example-losi-2022,SWE,Example City 038,CP23,0
example-losi-2022,SWE,Example City 038,CP24,0
example-losi-2022,SWE,Example City 038,CP25,0
example-losi-2022,SWE,Example City 038,SP01,0
example-losi-2022,SWE,Example City 038,SP02,0
example-losi-2022,SWE,Example City 038,SP03,0
example-losi-2022,SWE,Example City 038,SP04,0
example-losi-2022,SWE,Example City 038,SP05,1
example-losi-2022,SWE,Example City 038,SP06,0
example-losi-2022,SWE,Example City 038,SP07,0
example-losi-2022,SWE,Example City 038,SP08,0
example-losi-2022,SWE,Example City 038,SP09,0
example-losi-2022,SWE,Example City 038,SP10,0
example-losi-2022,SWE,Example City 038,SP11,0
example-losi-2022,SWE,Example City 038,SP12,0
example-losi-2022,SWE,Example City 038,SP13,0
example-losi-2022,SWE,Example City 038,SP14,0
example-losi-2022,SWE,Example City 038,SP15,0
example-losi-2022,SWE,Example City 038,SP16,0
example-losi-2022,SWE,Example City 038,SP17,0
example-losi-2022,SWE,Example City 038,SP18,0
example-losi-2022,SWE,Example City 038,PE01,0
example-losi-2022,SWE,Example City 038,PE02,0
example-losi-2022,SWE,Example City 038,PE03,1
example-losi-2022,SWE,Example City 038,PE04,1
example-losi-2022,SWE,Example City 038,PE05,0
example-losi-2022,SWE,Example City 038,PE06,1
example-losi-2022,SWE,Example City 038,PE07,0
example-losi-2022,SWE,Example City 038,PE08,0
example-losi-2022,SWE,Example City 038,PE09,0
example-losi-2022,SWE,Example City 038,PE10,0
example-losi-2022,SWE,Example City 038,PE11,1
example-losi-2022,SWE,Example City 038,PE12,0
example-losi-2022,SWE,Example City 038,PE13,0
example-losi-2022,SWE,Example City 038,PE14,0
example-losi-2022,SWE,Example City 038,PE15,0
example-losi-2022,SWE,Example City 038,PE16,1
example-losi-2022,SWE,Example City 038,PE17,0
example-losi-2022,SWE,Example City 038,TE01,0
example-losi-2022,SWE,Example City 038,TE02,0
example-losi-2022,SWE,Example City 038,TE03,0
example-losi-2022,SWE,Example City 038,TE04,1
example-losi-2022,SWE,Example City 038,TE05,0
example-losi-2022,SWE,Example City 038,TE06,0
example-losi-2022,SWE,Example City 038,TE07,1
example-losi-2022,SWE,Example City 038,TE08,0
example-losi-2022,SWE,Example City 038,TE09,0
example-losi-2022,SWE,Example City 038,TE10,0
example-losi-2022,SWE,Example City 038,TE11,0
example-losi-2022,SWE,Example City 038,TE12,0
example-losi-2022,SWE,Example City 038,TE13,0
example-losi-2022,SWE,Example City 038,TE14,0
example-losi-2022,SWE,Example City 038,TE15,0
example-losi-2022,SWE,Example City 038,TE16,1
example-losi-2022,SWE,Example City 038,TE17,0
example-losi-2022,SWE,Example City 038,TE18,0
example-losi-2022,ROU,Example City 039,IF01,1
example-losi-2022,ROU,Example City 039,IF02,1
example-losi-2022,ROU,Example City 039,IF03,1
example-losi-2022,ROU,Example City 039,IF04,0
example-losi-2022,ROU,Example City 039,IF05,1
example-losi-2022,ROU,Example City 039,IF06,1
example-losi-2022,ROU,Example City 039,IF07,0
example-losi-2022,ROU,Example City 039,IF08,1
example-losi-2022,ROU,Example City 039,CP01,0
example-losi-2022,ROU,Example City 039,CP02,0
example-losi-2022,ROU,Example City 039,CP03,1
example-losi-2022,ROU,Example City 039,CP04,0
example-losi-2022,ROU,Example City 039,CP05,0
example-losi-2022,ROU,Example City 039,CP06,1
example-losi-2022,ROU,Example City 039,CP07,0
example-losi-2022,ROU,Example City 039,CP08,1
example-losi-2022,ROU,Example City 039,CP09,1
example-losi-2022,ROU,Example City 039,CP10,1
example-losi-2022,ROU,Example City 039,CP11,1
example-losi-2022,ROU,Example City 039,CP12,1
example-losi-2022,ROU,Example City 039,CP13,0
example-losi-2022,ROU,Example City 039,CP14,0
example-losi-2022,ROU,Example City 039,CP15,1
example-losi-2022,ROU,Example City 039,CP16,1
example-losi-2022,ROU,Example City 039,CP17,1
example-losi-2022,ROU,Example City 039,CP18,0
example-losi-2022,ROU,Example City 039,CP19,0
example-losi-2022,ROU,Example City 039,CP20,1
example-losi-2022,ROU,Example City 039,CP21,1
example-losi-2022,ROU,Example City 039,CP22,1
example-losi-2022,ROU,Example City 039,CP23,1
example-losi-2022,ROU,Example City 039,CP24,1
example-losi-2022,ROU,Example City 039,CP25,1
example-losi-2022,ROU,Example City 039,SP01,0
example-losi-2022,ROU,Example City 039,SP02,0
example-losi-2022,ROU,Example City 039,SP03,0
example-losi-2022,ROU,Example City 039,SP04,1
example-losi-2022,ROU,Example City 039,SP05,1
example-losi-2022,ROU,Example City 039,SP06,1
example-losi-2022,ROU,Example City 039,SP07,1
example-losi-2022,ROU,Example City 039,SP08,1
example-losi-2022,ROU,Example City 039,SP09,0
example-losi-2022,ROU,Example City 039,SP10,1
example-losi-2022,ROU,Example City 039,SP11,1
example-losi-2022,ROU,Example City 039,SP12,1
example-losi-2022,ROU,Example City 039,SP13,1
example-losi-2022,ROU,Example City 039,SP14,1
example-losi-2022,ROU,Example City 039,SP15,1
example-losi-2022,ROU,Example City 039,SP16,1
example-losi-2022,ROU,Example City 039,SP17,0
example-losi-2022,ROU,Example City 039,SP18,1
example-losi-2022,ROU,Example City 039,PE01,0
example-losi-2022,ROU,Example City 039,PE02,0
example-losi-2022,ROU,Example City 039,PE03,1
example-losi-2022,ROU,Example City 039,PE04,1
example-losi-2022,ROU,Example City 039,PE05,0
example-losi-2022,ROU,Example City 039,PE06,0
example-losi-2022,ROU,Example City 039,PE07,0
example-losi-2022,ROU,Example City 039,PE08,1
example-losi-2022,ROU,Example City 039,PE09,0
example-losi-2022,ROU,Example City 039,PE10,0
example-losi-2022,ROU,Example City 039,PE11,1
example-losi-2022,ROU,Example City 039,PE12,1
example-losi-2022,ROU,Example City 039,PE13,1
example-losi-2022,ROU,Example City 039,PE14,0
example-losi-2022,ROU,Example City 039,PE15,0
example-losi-2022,ROU,Example City 039,PE16,1
example-losi-2022,ROU,Example City 039,PE17,0
example-losi-2022,ROU,Example City 039,TE01,1
example-losi-2022,ROU,Example City 039,TE02,1
example-losi-2022,ROU,Example City 039,TE03,1
example-losi-2022,ROU,Example City 039,TE04,1
example-losi-2022,ROU,Example City 039,TE05,1
example-losi-2022,ROU,Example City 039,TE06,1
example-losi-2022,ROU,Example City 039,TE07,0
example-losi-2022,ROU,Example City 039,TE08,1
example-losi-2022,ROU,Example City 039,TE09,1
example-losi-2022,ROU,Example City 039,TE10,0
example-losi-2022,ROU,Example City 039,TE11,0
example-losi-2022,ROU,Example City 039,TE12,0
example-losi-2022,ROU,Example City 039,TE13,0
example-losi-2022,ROU,Example City 039,TE14,0
example-losi-2022,ROU,Example City 039,TE15,0
example-losi-2022,ROU,Example City 039,TE16,1
example-losi-2022,ROU,Example City 039,TE17,0
example-losi-2022,ROU,Example City 039,TE18,1
example-losi-2022,VUT,Example City 040,IF01,0
example-losi-2022,VUT,Example City 040,IF02,1
example-losi-2022,VUT,Example City 040,IF03,1
example-losi-2022,VUT,Example City 040,IF04,1
example-losi-2022,VUT,Example City 040,IF05,1
example-losi-2022,VUT,Example City 040,IF06,1
example-losi-2022,VUT,Example City 040,IF07,0
example-losi-2022,VUT,Example City 040,IF08,1
example-losi-2022,VUT,Example City 040,CP01,0
example-losi-2022,VUT,Example City 040,CP02,1
example-losi-2022,VUT,Example City 040,CP03,1
example-losi-2022,VUT,Example City 040,CP04,1
example-losi-2022,VUT,Example City 040,CP05,1
example-losi-2022,VUT,Example City 040,CP06,1
example-losi-2022,VUT,Example City 040,CP07,1
example-losi-2022,VUT,Example City 040,CP08,1
example-losi-2022,VUT,Example City 040,CP09,1
example-losi-2022,VUT,Example City 040,CP10,1
example-losi-2022,VUT,Example City 040,CP11,1
example-losi-2022,VUT,Example City 040,CP12,1
example-losi-2022,VUT,Example City 040,CP13,1
example-losi-2022,VUT,Example City 040,CP14,1
example-losi-2022,VUT,Example City 040,CP15,1
example-losi-2022,VUT,Example City 040,CP16,1
example-losi-2022,VUT,Example City 040,CP17,0
example-losi-2022,VUT,Example City 040,CP18,1
example-losi-2022,VUT,Example City 040,CP19,0
example-losi-2022,VUT,Example City 040,CP20,1
example-losi-2022,VUT,Example City 040,CP21,1
example-losi-2022,VUT,Example City 040,CP22,1
example-losi-2022,VUT,Example City 040,CP23,1
example-losi-2022,VUT,Example City 040,CP24,1
example-losi-2022,VUT,Example City 040,CP25,1
example-losi-2022,VUT,Example City 040,SP01,1
example-losi-2022,VUT,Example City 040,SP02,1
example-losi-2022,VUT,Example City 040,SP03,1
example-losi-2022,VUT,Example City 040,SP04,1
example-losi-2022,VUT,Example City 040,SP05,1
example-losi-2022,VUT,Example City 040,SP06,1
example-losi-2022,VUT,Example City 040,SP07,0
example-losi-2022,VUT,Example City 040,SP08,1
example-losi-2022,VUT,Example City 040,SP09,1
example-losi-2022,VUT,Example City 040,SP10,1
example-losi-2022,VUT,Example City 040,SP11,0
example-losi-2022,VUT,Example City 040,SP12,0
example-losi-2022,VUT,Example City 040,SP13,1
example-losi-2022,VUT,Example City 040,SP14,1
example-losi-2022,VUT,Example City 040,SP15,0
example-losi-2022,VUT,Example City 040,SP16,1
example-losi-2022,VUT,Example City 040,SP17,1
example-losi-2022,VUT,Example City 040,SP18,1
example-losi-2022,VUT,Example City 040,PE01,1
example-losi-2022,VUT,Example City 040,PE02,0
example-losi-2022,VUT,Example City 040,PE03,1
example-losi-2022,VUT,Example City 040,PE04,1
example-losi-2022,VUT,Example City 040,PE05,1
example-losi-2022,VUT,Example City 040,PE06,1
example-losi-2022,VUT,Example City 040,PE07,1
example-losi-2022,VUT,Example City 040,PE08,1
example-losi-2022,VUT,Example City 040,PE09,1
example-losi-2022,VUT,Example City 040,PE10,1
example-losi-2022,VUT,Example City 040,PE11,1
example-losi-2022,VUT,Example City 040,PE12,1
example-losi-2022,VUT,Example City 040,PE13,1
example-losi-2022,VUT,Example City 040,PE14,1
example-losi-2022,VUT,Example City 040,PE15,1
example-losi-2022,VUT,Example City 040,PE16,1
example-losi-2022,VUT,Example City 040,PE17,1
example-losi-2022,VUT,Example City 040,TE01,1
example-losi-2022,VUT,Example City 040,TE02,1
example-losi-2022,VUT,Example City 040,TE03,1
example-losi-2022,VUT,Example City 040,TE04,1
example-losi-2022,VUT,Example City 040,TE05,1
example-losi-2022,VUT,Example City 040,TE06,0
example-losi-2022,VUT,Example City 040,TE07,1
example-losi-2022,VUT,Example City 040,TE08,1
example-losi-2022,VUT,Example City 040,TE09,1
example-losi-2022,VUT,Example City 040,TE10,1
example-losi-2022,VUT,Example City 040,TE11,1
example-losi-2022,VUT,Example City 040,TE12,1
example-losi-2022,VUT,Example City 040,TE13,1
example-losi-2022,VUT,Example City 040,TE14,1
example-losi-2022,VUT,Example City 040,TE15,1
example-losi-2022,VUT,Example City 040,TE16,1
example-losi-2022,VUT,Example City 040,TE17,1
example-losi-2022,VUT,Example City 040,TE18,1
example-losi-2022,CMR,Example City 041,IF01,0
example-losi-2022,CMR,Example City 041,IF02,1
example-losi-2022,CMR,Example City 041,IF03,1
example-losi-2022,CMR,Example City 041,IF04,1
example-losi-2022,CMR,Example City 041,IF05,1
example-losi-2022,CMR,Example City 041,IF06,1
example-losi-2022,CMR,Example City 041,IF07,1
example-losi-2022,CMR,Example City 041,IF08,1
example-losi-2022,CMR,Example City 041,CP01,1
example-losi-2022,CMR,Example City 041,CP02,0
example-losi-2022,CMR,Example City 041,CP03,0
example-losi-2022,CMR,Example City 041,CP04,1
example-losi-2022,CMR,Example City 041,CP05,0
example-losi-2022,CMR,Example City 041,CP06,0
example-losi-2022,CMR,Example City 041,CP07,0
example-losi-2022,CMR,Example City 041,CP08,1
example-losi-2022,CMR,Example City 041,CP09,1
example-losi-2022,CMR,Example City 041,CP10,1
example-losi-2022,CMR,Example City 041,CP11,1
example-losi-2022,CMR,Example City 041,CP12,0
example-losi-2022,CMR,Example City 041,CP13,0
example-losi-2022,CMR,Example City 041,CP14,0
example-losi-2022,CMR,Example City 041,CP15,1
example-losi-2022,CMR,Example City 041,CP16,0
example-losi-2022,CMR,Example City 041,CP17,1
example-losi-2022,CMR,Example City 041,CP18,1
example-losi-2022,CMR,Example City 041,CP19,0
example-losi-2022,CMR,Example City 041,CP20,1
example-losi-2022,CMR,Example City 041,CP21,0
example-losi-2022,CMR,Example City 041,CP22,1
example-losi-2022,CMR,Example City 041,CP23,0
example-losi-2022,CMR,Example City 041,CP24,1
example-losi-2022,CMR,Example City 041,CP25,0
example-losi-2022,CMR,Example City 041,SP01,1
example-losi-2022,CMR,Example City 041,SP02,1
example-losi-2022,CMR,Example City 041,SP03,0
example-losi-2022,CMR,Example City 041,SP04,1
example-losi-2022,CMR,Example City 041,SP05,1
example-losi-2022,CMR,Example City 041,SP06,0
example-losi-2022,CMR,Example City 041,SP07,0
example-losi-2022,CMR,Example City 041,SP08,1
example-losi-2022,CMR,Example City 041,SP09,1
example-losi-2022,CMR,Example City 041,SP10,0
example-losi-2022,CMR,Example City 041,SP11,0
example-losi-2022,CMR,Example City 041,SP12,1
example-losi-2022,CMR,Example City 041,SP13,0
example-losi-2022,CMR,Example City 041,SP14,0
example-losi-2022,CMR,Example City 041,SP15,1
example-losi-2022,CMR,Example City 041,SP16,0
example-losi-2022,CMR,Example City 041,SP17,1
example-losi-2022,CMR,Example City 041,SP18,0
example-losi-2022,CMR,Example City 041,PE01,0
example-losi-2022,CMR,Example City 041,PE02,1
example-losi-2022,CMR,Example City 041,PE03,1
example-losi-2022,CMR,Example City 041,PE04,0
example-losi-2022,CMR,Example City 041,PE05,0
example-losi-2022,CMR,Example City 041,PE06,0
example-losi-2022,CMR,Example City 041,PE07,0
example-losi-2022,CMR,Example City 041,PE08,1
example-losi-2022,CMR,Example City 041,PE09,0
example-losi-2022,CMR,Example City 041,PE10,0
example-losi-2022,CMR,Example City 041,PE11,0
example-losi-2022,CMR,Example City 041,PE12,1
example-losi-2022,CMR,Example City 041,PE13,1
example-losi-2022,CMR,Example City 041,PE14,0
example-losi-2022,CMR,Example City 041,PE15,0
example-losi-2022,CMR,Example City 041,PE16,1
example-losi-2022,CMR,Example City 041,PE17,1
example-losi-2022,CMR,Example City 041,TE01,0
example-losi-2022,CMR,Example City 041,TE02,1
example-losi-2022,CMR,Example City 041,TE03,0
example-losi-2022,CMR,Example City 041,TE04,0
example-losi-2022,CMR,Example City 041,TE05,0
example-losi-2022,CMR,Example City 041,TE06,0
example-losi-2022,CMR,Example City 041,TE07,0
example-losi-2022,CMR,Example City 041,TE08,0
example-losi-2022,CMR,Example City 041,TE09,1
example-losi-2022,CMR,Example City 041,TE10,0
example-losi-2022,CMR,Example City 041,TE11,0
example-losi-2022,CMR,Example City 041,TE12,0
example-losi-2022,CMR,Example City 041,TE13,0
example-losi-2022,CMR,Example City 041,TE14,0
example-losi-2022,CMR,Example City 041,TE15,1
example-losi-2022,CMR,Example City 041,TE16,0
example-losi-2022,CMR,Example City 041,TE17,1
example-losi-2022,CMR,Example City 041,TE18,0
example-losi-2022,BRA,Example City 042,IF01,0
example-losi-2022,BRA,Example City 042,IF02,0
example-losi-2022,BRA,Example City 042,IF03,1
example-losi-2022,BRA,Example City 042,IF04,1
example-losi-2022,BRA,Example City 042,IF05,1
example-losi-2022,BRA,Example City 042,IF06,1
example-losi-2022,BRA,Example City 042,IF07,0
example-losi-2022,BRA,Example City 042,IF08,0
example-losi-2022,BRA,Example City 042,CP01,0
example-losi-2022,BRA,Example City 042,CP02,0
example-losi-2022,BRA,Example City 042,CP03,0
example-losi-2022,BRA,Example City 042,CP04,0
example-losi-2022,BRA,Example City 042,CP05,0
example-losi-2022,BRA,Example City 042,CP06,1
example-losi-2022,BRA,Example City 042,CP07,0
example-losi-2022,BRA,Example City 042,CP08,0
example-losi-2022,BRA,Example City 042,CP09,1
example-losi-2022,BRA,Example City 042,CP10,0
example-losi-2022,BRA,Example City 042,CP11,0
example-losi-2022,BRA,Example City 042,CP12,1
example-losi-2022,BRA,Example City 042,CP13,1
example-losi-2022,BRA,Example City 042,CP14,1
example-losi-2022,BRA,Example City 042,CP15,0
example-losi-2022,BRA,Example City 042,CP16,0
example-losi-2022,BRA,Example City 042,CP17,1
example-losi-2022,BRA,Example City 042,CP18,0
example-losi-2022,BRA,Example City 042,CP19,1
example-losi-2022,BRA,Example City 042,CP20,1
example-losi-2022,BRA,Example City 042,CP21,0
example-losi-2022,BRA,Example City 042,CP22,1
example-losi-2022,BRA,Example City 042,CP23,1
example-losi-2022,BRA,Example City 042,CP24,1
example-losi-2022,BRA,Example City 042,CP25,1
example-losi-2022,BRA,Example City 042,SP01,0
example-losi-2022,BRA,Example City 042,SP02,1
example-losi-2022,BRA,Example City 042,SP03,0
example-losi-2022,BRA,Example City 042,SP04,0
example-losi-2022,BRA,Example City 042,SP05,0
example-losi-2022,BRA,Example City 042,SP06,0
example-losi-2022,BRA,Example City 042,SP07,1
example-losi-2022,BRA,Example City 042,SP08,1
example-losi-2022,BRA,Example City 042,SP09,0
example-losi-2022,BRA,Example City 042,SP10,0
example-losi-2022,BRA,Example City 042,SP11,0
example-losi-2022,BRA,Example City 042,SP12,0
example-losi-2022,BRA,Example City 042,SP13,0
example-losi-2022,BRA,Example City 042,SP14,0
example-losi-2022,BRA,Example City 042,SP15,1
example-losi-2022,BRA,Example City 042,SP16,1
example-losi-2022,BRA,Example City 042,SP17,0
example-losi-2022,BRA,Example City 042,SP18,0
example-losi-2022,BRA,Example City 042,PE01,1
example-losi-2022,BRA,Example City 042,PE02,0
example-losi-2022,BRA,Example City 042,PE03,0
example-losi-2022,BRA,Example City 042,PE04,1
example-losi-2022,BRA,Example City 042,PE05,1
example-losi-2022,BRA,Example City 042,PE06,1
example-losi-2022,BRA,Example City 042,PE07,0
example-losi-2022,BRA,Example City 042,PE08,0
example-losi-2022,BRA,Example City 042,PE09,0
example-losi-2022,BRA,Example City 042,PE10,0
example-losi-2022,BRA,Example City 042,PE11,1
example-losi-2022,BRA,Example City 042,PE12,0
example-losi-2022,BRA,Example City 042,PE13,1
example-losi-2022,BRA,Example City 042,PE14,0
example-losi-2022,BRA,Example City 042,PE15,1
example-losi-2022,BRA,Example City 042,PE16,1
example-losi-2022,BRA,Example City 042,PE17,1
example-losi-2022,BRA,Example City 042,TE01,0
example-losi-2022,BRA,Example City 042,TE02,1
example-losi-2022,BRA,Example City 042,TE03,0
example-losi-2022,BRA,Example City 042,TE04,0
example-losi-2022,BRA,Example City 042,TE05,0
example-losi-2022,BRA,Example City 042,TE06,1
example-losi-2022,BRA,Example City 042,TE07,1
example-losi-2022,BRA,Example City 042,TE08,0
example-losi-2022,BRA,Example City 042,TE09,1
example-losi-2022,BRA,Example City 042,TE10,1
example-losi-2022,BRA,Example City 042,TE11,0
example-losi-2022,BRA,Example City 042,TE12,0
example-losi-2022,BRA,Example City 042,TE13,0
example-losi-2022,BRA,Example City 042,TE14,0
example-losi-2022,BRA,Example City 042,TE15,0
example-losi-2022,BRA,Example City 042,TE16,1
example-losi-2022,BRA,Example City 042,TE17,0
example-losi-2022,BRA,Example City 042,TE18,0
example-losi-2022,BEL,Example City 043,IF01,0
example-losi-2022,BEL,Example City 043,IF02,1
example-losi-2022,BEL,Example City 043,IF03,1
example-losi-2022,BEL,Example City 043,IF04,1
example-losi-2022,BEL,Example City 043,IF05,1
example-losi-2022,BEL,Example City 043,IF06,1
example-losi-2022,BEL,Example City 043,IF07,1
example-losi-2022,BEL,Example City 043,IF08,1
example-losi-2022,BEL,Example City 043,CP01,0
example-losi-2022,BEL,Example City 043,CP02,0
example-losi-2022,BEL,Example City 043,CP03,1
example-losi-2022,BEL,Example City 043,CP04,1
example-losi-2022,BEL,Example City 043,CP05,1
example-losi-2022,BEL,Example City 043,CP06,1
example-losi-2022,BEL,Example City 043,CP07,0
example-losi-2022,BEL,Example City 043,CP08,1
example-losi-2022,BEL,Example City 043,CP09,1
example-losi-2022,BEL,Example City 043,CP10,0
example-losi-2022,BEL,Example City 043,CP11,1
example-losi-2022,BEL,Example City 043,CP12,1
example-losi-2022,BEL,Example City 043,CP13,1
example-losi-2022,BEL,Example City 043,CP14,1
example-losi-2022,BEL,Example City 043,CP15,1
example-losi-2022,BEL,Example City 043,CP16,1
example-losi-2022,BEL,Example City 043,CP17,1
example-losi-2022,BEL,Example City 043,CP18,1
example-losi-2022,BEL,Example City 043,CP19,1
example-losi-2022,BEL,Example City 043,CP20,1
example-losi-2022,BEL,Example City 043,CP21,1
example-losi-2022,BEL,Example City 043,CP22,0
example-losi-2022,BEL,Example City 043,CP23,1
example-losi-2022,BEL,Example City 043,CP24,1
example-losi-2022,BEL,Example City 043,CP25,0
example-losi-2022,BEL,Example City 043,SP01,1
example-losi-2022,BEL,Example City 043,SP02,1
example-losi-2022,BEL,Example City 043,SP03,1
example-losi-2022,BEL,Example City 043,SP04,1
example-losi-2022,BEL,Example City 043,SP05,1
example-losi-2022,BEL,Example City 043,SP06,1
example-losi-2022,BEL,Example City 043,SP07,1
example-losi-2022,BEL,Example City 043,SP08,1
example-losi-2022,BEL,Example City 043,SP09,1
example-losi-2022,BEL,Example City 043,SP10,0
example-losi-2022,BEL,Example City 043,SP11,1
example-losi-2022,BEL,Example City 043,SP12,1
example-losi-2022,BEL,Example City 043,SP13,1
example-losi-2022,BEL,Example City 043,SP14,1
example-losi-2022,BEL,Example City 043,SP15,1
example-losi-2022,BEL,Example City 043,SP16,1
example-losi-2022,BEL,Example City 043,SP17,1
example-losi-2022,BEL,Example City 043,SP18,1
example-losi-2022,BEL,Example City 043,PE01,1
example-losi-2022,BEL,Example City 043,PE02,0
example-losi-2022,BEL,Example City 043,PE03,1
example-losi-2022,BEL,Example City 043,PE04,1
example-losi-2022,BEL,Example City 043,PE05,0
example-losi-2022,BEL,Example City 043,PE06,1
example-losi-2022,BEL,Example City 043,PE07,1
example-losi-2022,BEL,Example City 043,PE08,1
example-losi-2022,BEL,Example City 043,PE09,1
example-losi-2022,BEL,Example City 043,PE10,1
example-losi-2022,BEL,Example City 043,PE11,1
example-losi-2022,BEL,Example City 043,PE12,1
example-losi-2022,BEL,Example City 043,PE13,1
example-losi-2022,BEL,Example City 043,PE14,0
example-losi-2022,BEL,Example City 043,PE15,1
example-losi-2022,BEL,Example City 043,PE16,1
example-losi-2022,BEL,Example City 043,PE17,1
example-losi-2022,BEL,Example City 043,TE01,1
example-losi-2022,BEL,Example City 043,TE02,1
example-losi-2022,BEL,Example City 043,TE03,1
example-losi-2022,BEL,Example City 043,TE04,1
example-losi-2022,BEL,Example City 043,TE05,1
example-losi-2022,BEL,Example City 043,TE06,0
example-losi-2022,BEL,Example City 043,TE07,1
example-losi-2022,BEL,Example City 043,TE08,0
example-losi-2022,BEL,Example City 043,TE09,1
example-losi-2022,BEL,Example City 043,TE10,0
example-losi-2022,BEL,Example City 043,TE11,0
example-losi-2022,BEL,Example City 043,TE12,1
example-losi-2022,BEL,Example City 043,TE13,1
example-losi-2022,BEL,Example City 043,TE14,0
example-losi-2022,BEL,Example City 043,TE15,0
example-losi-2022,BEL,Example City 043,TE16,1
example-losi-2022,BEL,Example City 043,TE17,0
example-losi-2022,BEL,Example City 043,TE18,0
example-losi-2022,COG,Example City 044,IF01,0
example-losi-2022,COG,Example City 044,IF02,0
example-losi-2022,COG,Example City 044,IF03,0
example-losi-2022,COG,Example City 044,IF04,0
example-losi-2022,COG,Example City 044,IF05,0
example-losi-2022,COG,Example City 044,IF06,0
example-losi-2022,COG,Example City 044,IF07,0
example-losi-2022,COG,Example City 044,IF08,1
example-losi-2022,COG,Example City 044,CP01,0
example-losi-2022,COG,Example City 044,CP02,0
example-losi-2022,COG,Example City 044,CP03,0
example-losi-2022,COG,Example City 044,CP04,0
example-losi-2022,COG,Example City 044,CP05,0
example-losi-2022,COG,Example City 044,CP06,0
example-losi-2022,COG,Example City 044,CP07,0
example-losi-2022,COG,Example City 044,CP08,0
example-losi-2022,COG,Example City 044,CP09,0
example-losi-2022,COG,Example City 044,CP10,0
example-losi-2022,COG,Example City 044,CP11,0
example-losi-2022,COG,Example City 044,CP12,0
example-losi-2022,COG,Example City 044,CP13,0
example-losi-2022,COG,Example City 044,CP14,0
example-losi-2022,COG,Example City 044,CP15,0
example-losi-2022,COG,Example City 044,CP16,1
example-losi-2022,COG,Example City 044,CP17,0
example-losi-2022,COG,Example City 044,CP18,0
example-losi-2022,COG,Example City 044,CP19,0
example-losi-2022,COG,Example City 044,CP20,0
example-losi-2022,COG,Example City 044,CP21,0
example-losi-2022,COG,Example City 044,CP22,0
example-losi-2022,COG,Example City 044,CP23,0
example-losi-2022,COG,Example City 044,CP24,1
example-losi-2022,COG,Example City 044,CP25,0
example-losi-2022,COG,Example City 044,SP01,0
example-losi-2022,COG,Example City 044,SP02,0
example-losi-2022,COG,Example City 044,SP03,0
example-losi-2022,COG,Example City 044,SP04,1
example-losi-2022,COG,Example City 044,SP05,0
example-losi-2022,COG,Example City 044,SP06,1
example-losi-2022,COG,Example City 044,SP07,0
example-losi-2022,COG,Example City 044,SP08,0
example-losi-2022,COG,Example City 044,SP09,0
example-losi-2022,COG,Example City 044,SP10,0
example-losi-2022,COG,Example City 044,SP11,0
example-losi-2022,COG,Example City 044,SP12,0
example-losi-2022,COG,Example City 044,SP13,0
example-losi-2022,COG,Example City 044,SP14,1
example-losi-2022,COG,Example City 044,SP15,0
example-losi-2022,COG,Example City 044,SP16,0
example-losi-2022,COG,Example City 044,SP17,0
example-losi-2022,COG,Example City 044,SP18,0
example-losi-2022,COG,Example City 044,PE01,0
example-losi-2022,COG,Example City 044,PE02,0
example-losi-2022,COG,Example City 044,PE03,0
example-losi-2022,COG,Example City 044,PE04,0
example-losi-2022,COG,Example City 044,PE05,0
example-losi-2022,COG,Example City 044,PE06,0
example-losi-2022,COG,Example City 044,PE07,0
example-losi-2022,COG,Example City 044,PE08,0
example-losi-2022,COG,Example City 044,PE09,0
example-losi-2022,COG,Example City 044,PE10,0
example-losi-2022,COG,Example City 044,PE11,0
example-losi-2022,COG,Example City 044,PE12,0
example-losi-2022,COG,Example City 044,PE13,0
example-losi-2022,COG,Example City 044,PE14,0
example-losi-2022,COG,Example City 044,PE15,0
example-losi-2022,COG,Example City 044,PE16,0
example-losi-2022,COG,Example City 044,PE17,0
example-losi-2022,COG,Example City 044,TE01,0
example-losi-2022,COG,Example City 044,TE02,0
example-losi-2022,COG,Example City 044,TE03,0
example-losi-2022,COG,Example City 044,TE04,1
example-losi-2022,COG,Example City 044,TE05,0
example-losi-2022,COG,Example City 044,TE06,0
example-losi-2022,COG,Example City 044,TE07,0
example-losi-2022,COG,Example City 044,TE08,0
example-losi-2022,COG,Example City 044,TE09,0
example-losi-2022,COG,Example City 044,TE10,0
example-losi-2022,COG,Example City 044,TE11,0
example-losi-2022,COG,Example City 044,TE12,0
example-losi-2022,COG,Example City 044,TE13,0
example-losi-2022,COG,Example City 044,TE14,0
example-losi-2022,COG,Example City 044,TE15,0
example-losi-2022,COG,Example City 044,TE16,0
example-losi-2022,COG,Example City 044,TE17,0
example-losi-2022,COG,Example City 044,TE18,0
example-losi-2022,CPV,Example City 045,IF01,1
example-losi-2022,CPV,Example City 045,IF02,0
example-losi-2022,CPV,Example City 045,IF03,1
example-losi-2022,CPV,Example City 045,IF04,1
example-losi-2022,CPV,Example City 045,IF05,1
example-losi-2022,CPV,Example City 045,IF06,1
example-losi-2022,CPV,Example City 045,IF07,1
example-losi-2022,CPV,Example City 045,IF08,0
example-losi-2022,CPV,Example City 045,CP01,0
example-losi-2022,CPV,Example City 045,CP02,0
example-losi-2022,CPV,Example City 045,CP03,1
example-losi-2022,CPV,Example City 045,CP04,1
example-losi-2022,CPV,Example City 045,CP05,0
example-losi-2022,CPV,Example City 045,CP06,1
example-losi-2022,CPV,Example City 045,CP07,1
example-losi-2022,CPV,Example City 045,CP08,0
example-losi-2022,CPV,Example City 045,CP09,1
example-losi-2022,CPV,Example City 045,CP10,1
example-losi-2022,CPV,Example City 045,CP11,0
example-losi-2022,CPV,Example City 045,CP12,0
example-losi-2022,CPV,Example City 045,CP13,1
example-losi-2022,CPV,Example City 045,CP14,0
example-losi-2022,CPV,Example City 045,CP15,1
example-losi-2022,CPV,Example City 045,CP16,0
example-losi-2022,CPV,Example City 045,CP17,1
example-losi-2022,CPV,Example City 045,CP18,1
example-losi-2022,CPV,Example City 045,CP19,1
example-losi-2022,CPV,Example City 045,CP20,1
example-losi-2022,CPV,Example City 045,CP21,0
example-losi-2022,CPV,Example City 045,CP22,1
example-losi-2022,CPV,Example City 045,CP23,1
example-losi-2022,CPV,Example City 045,CP24,1
example-losi-2022,CPV,Example City 045,CP25,0
example-losi-2022,CPV,Example City 045,SP01,1
example-losi-2022,CPV,Example City 045,SP02,1
example-losi-2022,CPV,Example City 045,SP03,1
example-losi-2022,CPV,Example City 045,SP04,1
example-losi-2022,CPV,Example City 045,SP05,1
example-losi-2022,CPV,Example City 045,SP06,1
example-losi-2022,CPV,Example City 045,SP07,1
example-losi-2022,CPV,Example City 045,SP08,1
example-losi-2022,CPV,Example City 045,SP09,0
example-losi-2022,CPV,Example City 045,SP10,0
example-losi-2022,CPV,Example City 045,SP11,1
example-losi-2022,CPV,Example City 045,SP12,0
example-losi-2022,CPV,Example City 045,SP13,0
example-losi-2022,CPV,Example City 045,SP14,0
example-losi-2022,CPV,Example City 045,SP15,1
example-losi-2022,CPV,Example City 045,SP16,1
example-losi-2022,CPV,Example City 045,SP17,0
example-losi-2022,CPV,Example City 045,SP18,0
example-losi-2022,CPV,Example City 045,PE01,1
example-losi-2022,CPV,Example City 045,PE02,0
example-losi-2022,CPV,Example City 045,PE03,1
example-losi-2022,CPV,Example City 045,PE04,1
example-losi-2022,CPV,Example City 045,PE05,1
example-losi-2022,CPV,Example City 045,PE06,0
example-losi-2022,CPV,Example City 045,PE07,1
example-losi-2022,CPV,Example City 045,PE08,1
example-losi-2022,CPV,Example City 045,PE09,1
example-losi-2022,CPV,Example City 045,PE10,1
example-losi-2022,CPV,Example City 045,PE11,1
example-losi-2022,CPV,Example City 045,PE12,1
example-losi-2022,CPV,Example City 045,PE13,1
example-losi-2022,CPV,Example City 045,PE14,0
example-losi-2022,CPV,Example City 045,PE15,0
example-losi-2022,CPV,Example City 045,PE16,1
example-losi-2022,CPV,Example City 045,PE17,1
example-losi-2022,CPV,Example City 045,TE01,1
example-losi-2022,CPV,Example City 045,TE02,0
example-losi-2022,CPV,Example City 045,TE03,0
example-losi-2022,CPV,Example City 045,TE04,1
example-losi-2022,CPV,Example City 045,TE05,1
example-losi-2022,CPV,Example City 045,TE06,0
example-losi-2022,CPV,Example City 045,TE07,1
example-losi-2022,CPV,Example City 045,TE08,0
example-losi-2022,CPV,Example City 045,TE09,1
example-losi-2022,CPV,Example City 045,TE10,1
example-losi-2022,CPV,Example City 045,TE11,1
example-losi-2022,CPV,Example City 045,TE12,1
example-losi-2022,CPV,Example City 045,TE13,0
example-losi-2022,CPV,Example City 045,TE14,0
example-losi-2022,CPV,Example City 045,TE15,0
example-losi-2022,CPV,Example City 045,TE16,1
example-losi-2022,CPV,Example City 045,TE17,0
example-losi-2022,CPV,Example City 045,TE18,0
example-losi-2022,HRV,Example City 046,IF01,0
example-losi-2022,HRV,Example City 046,IF02,1
example-losi-2022,HRV,Example City 046,IF03,0
example-losi-2022,HRV,Example City 046,IF04,1
example-losi-2022,HRV,Example City 046,IF05,1
example-losi-2022,HRV,Example City 046,IF06,0
example-losi-2022,HRV,Example City 046,IF07,0
example-losi-2022,HRV,Example City 046,IF08,1
example-losi-2022,HRV,Example City 046,CP01,0
example-losi-2022,HRV,Example City 046,CP02,0
example-losi-2022,HRV,Example City 046,CP03,0
example-losi-2022,HRV,Example City 046,CP04,0
example-losi-2022,HRV,Example City 046,CP05,0
example-losi-2022,HRV,Example City 046,CP06,0
example-losi-2022,HRV,Example City 046,CP07,0
example-losi-2022,HRV,Example City 046,CP08,0
example-losi-2022,HRV,Example City 046,CP09,1
example-losi-2022,HRV,Example City 046,CP10,0
example-losi-2022,HRV,Example City 046,CP11,0
example-losi-2022,HRV,Example City 046,CP12,1
example-losi-2022,HRV,Example City 046,CP13,0
example-losi-2022,HRV,Example City 046,CP14,1
example-losi-2022,HRV,Example City 046,CP15,0
example-losi-2022,HRV,Example City 046,CP16,0
example-losi-2022,HRV,Example City 046,CP17,0
example-losi-2022,HRV,Example City 046,CP18,0
example-losi-2022,HRV,Example City 046,CP19,0
example-losi-2022,HRV,Example City 046,CP20,0
example-losi-2022,HRV,Example City 046,CP21,0
example-losi-2022,HRV,Example City 046,CP22,0
example-losi-2022,HRV,Example City 046,CP23,0
example-losi-2022,HRV,Example City 046,CP24,0
example-losi-2022,HRV,Example City 046,CP25,0
example-losi-2022,HRV,Example City 046,SP01,1
example-losi-2022,HRV,Example City 046,SP02,1
example-losi-2022,HRV,Example City 046,SP03,0
example-losi-2022,HRV,Example City 046,SP04,0
example-losi-2022,HRV,Example City 046,SP05,0
example-losi-2022,HRV,Example City 046,SP06,0
example-losi-2022,HRV,Example City 046,SP07,0
example-losi-2022,HRV,Example City 046,SP08,0
example-losi-2022,HRV,Example City 046,SP09,0
example-losi-2022,HRV,Example City 046,SP10,0
example-losi-2022,HRV,Example City 046,SP11,0
example-losi-2022,HRV,Example City 046,SP12,0
example-losi-2022,HRV,Example City 046,SP13,0
example-losi-2022,HRV,Example City 046,SP14,0
example-losi-2022,HRV,Example City 046,SP15,1
example-losi-2022,HRV,Example City 046,SP16,0
example-losi-2022,HRV,Example City 046,SP17,0
example-losi-2022,HRV,Example City 046,SP18,0
example-losi-2022,HRV,Example City 046,PE01,0
example-losi-2022,HRV,Example City 046,PE02,0
example-losi-2022,HRV,Example City 046,PE03,0
example-losi-2022,HRV,Example City 046,PE04,0
example-losi-2022,HRV,Example City 046,PE05,0
example-losi-2022,HRV,Example City 046,PE06,0
example-losi-2022,HRV,Example City 046,PE07,0
example-losi-2022,HRV,Example City 046,PE08,1
example-losi-2022,HRV,Example City 046,PE09,0
example-losi-2022,HRV,Example City 046,PE10,1
example-losi-2022,HRV,Example City 046,PE11,0
example-losi-2022,HRV,Example City 046,PE12,0
example-losi-2022,HRV,Example City 046,PE13,0
example-losi-2022,HRV,Example City 046,PE14,0
example-losi-2022,HRV,Example City 046,PE15,0
example-losi-2022,HRV,Example City 046,PE16,1
example-losi-2022,HRV,Example City 046,PE17,0
example-losi-2022,HRV,Example City 046,TE01,1
example-losi-2022,HRV,Example City 046,TE02,1
example-losi-2022,HRV,Example City 046,TE03,0
example-losi-2022,HRV,Example City 046,TE04,0
example-losi-2022,HRV,Example City 046,TE05,0
example-losi-2022,HRV,Example City 046,TE06,0
example-losi-2022,HRV,Example City 046,TE07,0
example-losi-2022,HRV,Example City 046,TE08,0
example-losi-2022,HRV,Example City 046,TE09,0
example-losi-2022,HRV,Example City 046,TE10,0
example-losi-2022,HRV,Example City 046,TE11,0
example-losi-2022,HRV,Example City 046,TE12,0
example-losi-2022,HRV,Example City 046,TE13,0
example-losi-2022,HRV,Example City 046,TE14,1
example-losi-2022,HRV,Example City 046,TE15,0
example-losi-2022,HRV,Example City 046,TE16,1
example-losi-2022,HRV,Example City 046,TE17,0
example-losi-2022,HRV,Example City 046,TE18,0
example-losi-2022,ECU,Example City 047,IF01,0
example-losi-2022,ECU,Example City 047,IF02,0
example-losi-2022,ECU,Example City 047,IF03,1
example-losi-2022,ECU,Example City 047,IF04,1
example-losi-2022,ECU,Example City 047,IF05,1
example-losi-2022,ECU,Example City 047,IF06,1
example-losi-2022,ECU,Example City 047,IF07,0
example-losi-2022,ECU,Example City 047,IF08,1
example-losi-2022,ECU,Example City 047,CP01,1
example-losi-2022,ECU,Example City 047,CP02,1
example-losi-2022,ECU,Example City 047,CP03,1
example-losi-2022,ECU,Example City 047,CP04,0
example-losi-2022,ECU,Example City 047,CP05,0
example-losi-2022,ECU,Example City 047,CP06,1
example-losi-2022,ECU,Example City 047,CP07,1
example-losi-2022,ECU,Example City 047,CP08,0
example-losi-2022,ECU,Example City 047,CP09,1
example-losi-2022,ECU,Example City 047,CP10,1
example-losi-2022,ECU,Example City 047,CP11,1
example-losi-2022,ECU,Example City 047,CP12,1
example-losi-2022,ECU,Example City 047,CP13,0
example-losi-2022,ECU,Example City 047,CP14,0
example-losi-2022,ECU,Example City 047,CP15,0
example-losi-2022,ECU,Example City 047,CP16,1
example-losi-2022,ECU,Example City 047,CP17,1
example-losi-2022,ECU,Example City 047,CP18,1
example-losi-2022,ECU,Example City 047,CP19,0
example-losi-2022,ECU,Example City 047,CP20,1
example-losi-2022,ECU,Example City 047,CP21,1
example-losi-2022,ECU,Example City 047,CP22,1
example-losi-2022,ECU,Example City 047,CP23,0
example-losi-2022,ECU,Example City 047,CP24,1
example-losi-2022,ECU,Example City 047,CP25,0
example-losi-2022,ECU,Example City 047,SP01,1
example-losi-2022,ECU,Example City 047,SP02,0
example-losi-2022,ECU,Example City 047,SP03,0
example-losi-2022,ECU,Example City 047,SP04,0
example-losi-2022,ECU,Example City 047,SP05,0
example-losi-2022,ECU,Example City 047,SP06,1
example-losi-2022,ECU,Example City 047,SP07,0
example-losi-2022,ECU,Example City 047,SP08,0
example-losi-2022,ECU,Example City 047,SP09,0
example-losi-2022,ECU,Example City 047,SP10,1
example-losi-2022,ECU,Example City 047,SP11,0
example-losi-2022,ECU,Example City 047,SP12,0
example-losi-2022,ECU,Example City 047,SP13,0
example-losi-2022,ECU,Example City 047,SP14,1
example-losi-2022,ECU,Example City 047,SP15,0
example-losi-2022,ECU,Example City 047,SP16,1
example-losi-2022,ECU,Example City 047,SP17,1
example-losi-2022,ECU,Example City 047,SP18,0
example-losi-2022,ECU,Example City 047,PE01,0
example-losi-2022,ECU,Example City 047,PE02,0
example-losi-2022,ECU,Example City 047,PE03,1
example-losi-2022,ECU,Example City 047,PE04,1
example-losi-2022,ECU,Example City 047,PE05,0
example-losi-2022,ECU,Example City 047,PE06,0
example-losi-2022,ECU,Example City 047,PE07,0
example-losi-2022,ECU,Example City 047,PE08,1
example-losi-2022,ECU,Example City 047,PE09,1
example-losi-2022,ECU,Example City 047,PE10,1
example-losi-2022,ECU,Example City 047,PE11,1
example-losi-2022,ECU,Example City 047,PE12,0
example-losi-2022,ECU,Example City 047,PE13,1
example-losi-2022,ECU,Example City 047,PE14,0
example-losi-2022,ECU,Example City 047,PE15,0
example-losi-2022,ECU,Example City 047,PE16,1
example-losi-2022,ECU,Example City 047,PE17,0
example-losi-2022,ECU,Example City 047,TE01,0
example-losi-2022,ECU,Example City 047,TE02,1
example-losi-2022,ECU,Example City 047,TE03,1
example-losi-2022,ECU,Example City 047,TE04,1
example-losi-2022,ECU,Example City 047,TE05,1
example-losi-2022,ECU,Example City 047,TE06,0
example-losi-2022,ECU,Example City 047,TE07,1
example-losi-2022,ECU,Example City 047,TE08,1
example-losi-2022,ECU,Example City 047,TE09,0
example-losi-2022,ECU,Example City 047,TE10,1
example-losi-2022,ECU,Example City 047,TE11,0
example-losi-2022,ECU,Example City 047,TE12,0
example-losi-2022,ECU,Example City 047,TE13,0
example-losi-2022,ECU,Example City 047,TE14,0
example-losi-2022,ECU,Example City 047,TE15,1
example-losi-2022,ECU,Example City 047,TE16,1
example-losi-2022,ECU,Example City 047,TE17,1
example-losi-2022,ECU,Example City 047,TE18,1
example-losi-2022,SUR,Example City 048,IF01,0
example-losi-2022,SUR,Example City 048,IF02,0
example-losi-2022,SUR,Example City 048,IF03,0
example-losi-2022,SUR,Example City 048,IF04,1
example-losi-2022,SUR,Example City 048,IF05,0
example-losi-2022,SUR,Example City 048,IF06,0
example-losi-2022,SUR,Example City 048,IF07,0
example-losi-2022,SUR,Example City 048,IF08,0
example-losi-2022,SUR,Example City 048,CP01,0
example-losi-2022,SUR,Example City 048,CP02,0
example-losi-2022,SUR,Example City 048,CP03,0
example-losi-2022,SUR,Example City 048,CP04,0
example-losi-2022,SUR,Example City 048,CP05,0
example-losi-2022,SUR,Example City 048,CP06,0
example-losi-2022,SUR,Example City 048,CP07,0
example-losi-2022,SUR,Example City 048,CP08,0
example-losi-2022,SUR,Example City 048,CP09,1
example-losi-2022,SUR,Example City 048,CP10,0
example-losi-2022,SUR,Example City 048,CP11,0
example-losi-2022,SUR,Example City 048,CP12,0
example-losi-2022,SUR,Example City 048,CP13,0
example-losi-2022,SUR,Example City 048,CP14,0
example-losi-2022,SUR,Example City 048,CP15,0
example-losi-2022,SUR,Example City 048,CP16,0
example-losi-2022,SUR,Example City 048,CP17,0
example-losi-2022,SUR,Example City 048,CP18,1
example-losi-2022,SUR,Example City 048,CP19,0
example-losi-2022,SUR,Example City 048,CP20,0
example-losi-2022,SUR,Example City 048,CP21,0
example-losi-2022,SUR,Example City 048,CP22,1
example-losi-2022,SUR,Example City 048,CP23,1
example-losi-2022,SUR,Example City 048,CP24,1
example-losi-2022,SUR,Example City 048,CP25,1
example-losi-2022,SUR,Example City 048,SP01,1
example-losi-2022,SUR,Example City 048,SP02,0
example-losi-2022,SUR,Example City 048,SP03,0
example-losi-2022,SUR,Example City 048,SP04,0
example-losi-2022,SUR,Example City 048,SP05,1
example-losi-2022,SUR,Example City 048,SP06,0
example-losi-2022,SUR,Example City 048,SP07,0
example-losi-2022,SUR,Example City 048,SP08,1
example-losi-2022,SUR,Example City 048,SP09,0
example-losi-2022,SUR,Example City 048,SP10,0
example-losi-2022,SUR,Example City 048,SP11,1
example-losi-2022,SUR,Example City 048,SP12,0
example-losi-2022,SUR,Example City 048,SP13,0
example-losi-2022,SUR,Example City 048,SP14,0
example-losi-2022,SUR,Example City 048,SP15,0
example-losi-2022,SUR,Example City 048,SP16,0
example-losi-2022,SUR,Example City 048,SP17,0
example-losi-2022,SUR,Example City 048,SP18,0
example-losi-2022,SUR,Example City 048,PE01,1
example-losi-2022,SUR,Example City 048,PE02,0
example-losi-2022,SUR,Example City 048,PE03,0
example-losi-2022,SUR,Example City 048,PE04,0
example-losi-2022,SUR,Example City 048,PE05,0
example-losi-2022,SUR,Example City 048,PE06,1
example-losi-2022,SUR,Example City 048,PE07,0
example-losi-2022,SUR,Example City 048,PE08,0
example-losi-2022,SUR,Example City 048,PE09,0
example-losi-2022,SUR,Example City 048,PE10,1
example-losi-2022,SUR,Example City 048,PE11,1
example-losi-2022,SUR,Example City 048,PE12,0
example-losi-2022,SUR,Example City 048,PE13,1
example-losi-2022,SUR,Example City 048,PE14,0
example-losi-2022,SUR,Example City 048,PE15,0
example-losi-2022,SUR,Example City 048,PE16,1
example-losi-2022,SUR,Example City 048,PE17,0
example-losi-2022,SUR,Example City 048,TE01,0
example-losi-2022,SUR,Example City 048,TE02,1
example-losi-2022,SUR,Example City 048,TE03,1
example-losi-2022,SUR,Example City 048,TE04,1
example-losi-2022,SUR,Example City 048,TE05,0
example-losi-2022,SUR,Example City 048,TE06,0
example-losi-2022,SUR,Example City 048,TE07,1
example-losi-2022,SUR,Example City 048,TE08,1
example-losi-2022,SUR,Example City 048,TE09,0
example-losi-2022,SUR,Example City 048,TE10,0
example-losi-2022,SUR,Example City 048,TE11,0
example-losi-2022,SUR,Example City 048,TE12,1
example-losi-2022,SUR,Example City 048,TE13,1
example-losi-2022,SUR,Example City 048,TE14,0
example-losi-2022,SUR,Example City 048,TE15,1
example-losi-2022,SUR,Example City 048,TE16,0
example-losi-2022,SUR,Example City 048,TE17,0
example-losi-2022,SUR,Example City 048,TE18,0
example-losi-2022,KGZ,Example City 049,IF01,0
example-losi-2022,KGZ,Example City 049,IF02,0
example-losi-2022,KGZ,Example City 049,IF03,1
example-losi-2022,KGZ,Example City 049,IF04,1
example-losi-2022,KGZ,Example City 049,IF05,1
example-losi-2022,KGZ,Example City 049,IF06,1
example-losi-2022,KGZ,Example City 049,IF07,1
example-losi-2022,KGZ,Example City 049,IF08,1
example-losi-2022,KGZ,Example City 049,CP01,1
example-losi-2022,KGZ,Example City 049,CP02,1
example-losi-2022,KGZ,Example City 049,CP03,1
example-losi-2022,KGZ,Example City 049,CP04,1
example-losi-2022,KGZ,Example City 049,CP05,1
example-losi-2022,KGZ,Example City 049,CP06,1
example-losi-2022,KGZ,Example City 049,CP07,0
example-losi-2022,KGZ,Example City 049,CP08,1
example-losi-2022,KGZ,Example City 049,CP09,1
example-losi-2022,KGZ,Example City 049,CP10,1
example-losi-2022,KGZ,Example City 049,CP11,1
example-losi-2022,KGZ,Example City 049,CP12,1
example-losi-2022,KGZ,Example City 049,CP13,1
example-losi-2022,KGZ,Example City 049,CP14,1
example-losi-2022,KGZ,Example City 049,CP15,1
example-losi-2022,KGZ,Example City 049,CP16,1
example-losi-2022,KGZ,Example City 049,CP17,1
example-losi-2022,KGZ,Example City 049,CP18,1
example-losi-2022,KGZ,Example City 049,CP19,1
example-losi-2022,KGZ,Example City 049,CP20,0
example-losi-2022,KGZ,Example City 049,CP21,1
example-losi-2022,KGZ,Example City 049,CP22,1
example-losi-2022,KGZ,Example City 049,CP23,1
example-losi-2022,KGZ,Example City 049,CP24,1
example-losi-2022,KGZ,Example City 049,CP25,1
example-losi-2022,KGZ,Example City 049,SP01,1
example-losi-2022,KGZ,Example City 049,SP02,1
example-losi-2022,KGZ,Example City 049,SP03,1
example-losi-2022,KGZ,Example City 049,SP04,1
example-losi-2022,KGZ,Example City 049,SP05,1
example-losi-2022,KGZ,Example City 049,SP06,1
example-losi-2022,KGZ,Example City 049,SP07,1
example-losi-2022,KGZ,Example City 049,SP08,1
example-losi-2022,KGZ,Example City 049,SP09,0
example-losi-2022,KGZ,Example City 049,SP10,1
example-losi-2022,KGZ,Example City 049,SP11,1
example-losi-2022,KGZ,Example City 049,SP12,1
example-losi-2022,KGZ,Example City 049,SP13,1
example-losi-2022,KGZ,Example City 049,SP14,1
example-losi-2022,KGZ,Example City 049,SP15,1
example-losi-2022,KGZ,Example City 049,SP16,1
example-losi-2022,KGZ,Example City 049,SP17,1
example-losi-2022,KGZ,Example City 049,SP18,1
example-losi-2022,KGZ,Example City 049,PE01,1
example-losi-2022,KGZ,Example City 049,PE02,1
example-losi-2022,KGZ,Example City 049,PE03,1
example-losi-2022,KGZ,Example City 049,PE04,1
example-losi-2022,KGZ,Example City 049,PE05,1
example-losi-2022,KGZ,Example City 049,PE06,1
example-losi-2022,KGZ,Example City 049,PE07,1
example-losi-2022,KGZ,Example City 049,PE08,0
example-losi-2022,KGZ,Example City 049,PE09,1
example-losi-2022,KGZ,Example City 049,PE10,0
example-losi-2022,KGZ,Example City 049,PE11,1
example-losi-2022,KGZ,Example City 049,PE12,1
example-losi-2022,KGZ,Example City 049,PE13,1
example-losi-2022,KGZ,Example City 049,PE14,1
example-losi-2022,KGZ,Example City 049,PE15,1
example-losi-2022,KGZ,Example City 049,PE16,1
example-losi-2022,KGZ,Example City 049,PE17,1
example-losi-2022,KGZ,Example City 049,TE01,1
example-losi-2022,KGZ,Example City 049,TE02,1
example-losi-2022,KGZ,Example City 049,TE03,1
example-losi-2022,KGZ,Example City 049,TE04,1
example-losi-2022,KGZ,Example City 049,TE05,1
example-losi-2022,KGZ,Example City 049,TE06,0
example-losi-2022,KGZ,Example City 049,TE07,1
example-losi-2022,KGZ,Example City 049,TE08,1
example-losi-2022,KGZ,Example City 049,TE09,1
example-losi-2022,KGZ,Example City 049,TE10,1
example-losi-2022,KGZ,Example City 049,TE11,0
example-losi-2022,KGZ,Example City 049,TE12,1
example-losi-2022,KGZ,Example City 049,TE13,0
example-losi-2022,KGZ,Example City 049,TE14,0
example-losi-2022,KGZ,Example City 049,TE15,1
example-losi-2022,KGZ,Example City 049,TE16,1
example-losi-2022,KGZ,Example City 049,TE17,1
example-losi-2022,KGZ,Example City 049,TE18,1
example-losi-2022,IRL,Example City 050,IF01,1
example-losi-2022,IRL,Example City 050,IF02,1
example-losi-2022,IRL,Example City 050,IF03,1
example-losi-2022,IRL,Example City 050,IF04,1
example-losi-2022,IRL,Example City 050,IF05,1
example-losi-2022,IRL,Example City 050,IF06,1
example-losi-2022,IRL,Example City 050,IF07,0
example-losi-2022,IRL,Example City 050,IF08,1
example-losi-2022,IRL,Example City 050,CP01,1
example-losi-2022,IRL,Example City 050,CP02,0
example-losi-2022,IRL,Example City 050,CP03,1
example-losi-2022,IRL,Example City 050,CP04,0
example-losi-2022,IRL,Example City 050,CP05,1
example-losi-2022,IRL,Example City 050,CP06,1
example-losi-2022,IRL,Example City 050,CP07,1
example-losi-2022,IRL,Example City 050,CP08,1
example-losi-2022,IRL,Example City 050,CP09,1
example-losi-2022,IRL,Example City 050,CP10,1
example-losi-2022,IRL,Example City 050,CP11,1
example-losi-2022,IRL,Example City 050,CP12,1
example-losi-2022,IRL,Example City 050,CP13,1
example-losi-2022,IRL,Example City 050,CP14,1
example-losi-2022,IRL,Example City 050,CP15,0
example-losi-2022,IRL,Example City 050,CP16,1
example-losi-2022,IRL,Example City 050,CP17,1
example-losi-2022,IRL,Example City 050,CP18,1
example-losi-2022,IRL,Example City 050,CP19,1
example-losi-2022,IRL,Example City 050,CP20,0
example-losi-2022,IRL,Example City 050,CP21,1
example-losi-2022,IRL,Example City 050,CP22,1
example-losi-2022,IRL,Example City 050,CP23,1
example-losi-2022,IRL,Example City 050,CP24,1
example-losi-2022,IRL,Example City 050,CP25,1
example-losi-2022,IRL,Example City 050,SP01,1
example-losi-2022,IRL,Example City 050,SP02,1
example-losi-2022,IRL,Example City 050,SP03,1
example-losi-2022,IRL,Example City 050,SP04,1
example-losi-2022,IRL,Example City 050,SP05,1
example-losi-2022,IRL,Example City 050,SP06,1
example-losi-2022,IRL,Example City 050,SP07,1
example-losi-2022,IRL,Example City 050,SP08,1
example-losi-2022,IRL,Example City 050,SP09,1
example-losi-2022,IRL,Example City 050,SP10,1
example-losi-2022,IRL,Example City 050,SP11,1
example-losi-2022,IRL,Example City 050,SP12,1
example-losi-2022,IRL,Example City 050,SP13,1
example-losi-2022,IRL,Example City 050,SP14,1
example-losi-2022,IRL,Example City 050,SP15,1
example-losi-2022,IRL,Example City 050,SP16,1
example-losi-2022,IRL,Example City 050,SP17,1
example-losi-2022,IRL,Example City 050,SP18,0
example-losi-2022,IRL,Example City 050,PE01,1
example-losi-2022,IRL,Example City 050,PE02,0
example-losi-2022,IRL,Example City 050,PE03,1
example-losi-2022,IRL,Example City 050,PE04,1
example-losi-2022,IRL,Example City 050,PE05,1
example-losi-2022,IRL,Example City 050,PE06,1
example-losi-2022,IRL,Example City 050,PE07,1
example-losi-2022,IRL,Example City 050,PE08,1
example-losi-2022,IRL,Example City 050,PE09,1
example-losi-2022,IRL,Example City 050,PE10,0
example-losi-2022,IRL,Example City 050,PE11,1
example-losi-2022,IRL,Example City 050,PE12,0
example-losi-2022,IRL,Example City 050,PE13,0
example-losi-2022,IRL,Example City 050,PE14,1
example-losi-2022,IRL,Example City 050,PE15,0
example-losi-2022,IRL,Example City 050,PE16,1
example-losi-2022,IRL,Example City 050,PE17,1
example-losi-2022,IRL,Example City 050,TE01,1
example-losi-2022,IRL,Example City 050,TE02,1
example-losi-2022,IRL,Example City 050,TE03,1
example-losi-2022,IRL,Example City 050,TE04,1
example-losi-2022,IRL,Example City 050,TE05,1
example-losi-2022,IRL,Example City 050,TE06,1
example-losi-2022,IRL,Example City 050,TE07,1
example-losi-2022,IRL,Example City 050,TE08,1
example-losi-2022,IRL,Example City 050,TE09,1
example-losi-2022,IRL,Example City 050,TE10,0
example-losi-2022,IRL,Example City 050,TE11,0
example-losi-2022,IRL,Example City 050,TE12,1
example-losi-2022,IRL,Example City 050,TE13,1
example-losi-2022,IRL,Example City 050,TE14,0
example-losi-2022,IRL,Example City 050,TE15,1
example-losi-2022,IRL,Example City 050,TE16,1
example-losi-2022,IRL,Example City 050,TE17,0
example-losi-2022,IRL,Example City 050,TE18,1
example-losi-2022,SLE,Example City 051,IF01,0
example-losi-2022,SLE,Example City 051,IF02,1
example-losi-2022,SLE,Example City 051,IF03,1
example-losi-2022,SLE,Example City 051,IF04,1
example-losi-2022,SLE,Example City 051,IF05,0
example-losi-2022,SLE,Example City 051,IF06,0
example-losi-2022,SLE,Example City 051,IF07,0
example-losi-2022,SLE,Example City 051,IF08,1
example-losi-2022,SLE,Example City 051,CP01,0
example-losi-2022,SLE,Example City 051,CP02,0
example-losi-2022,SLE,Example City 051,CP03,0
example-losi-2022,SLE,Example City 051,CP04,1
example-losi-2022,SLE,Example City 051,CP05,0
example-losi-2022,SLE,Example City 051,CP06,0
example-losi-2022,SLE,Example City 051,CP07,0
example-losi-2022,SLE,Example City 051,CP08,1
example-losi-2022,SLE,Example City 051,CP09,1
example-losi-2022,SLE,Example City 051,CP10,1
example-losi-2022,SLE,Example City 051,CP11,1
example-losi-2022,SLE,Example City 051,CP12,0
example-losi-2022,SLE,Example City 051,CP13,0
example-losi-2022,SLE,Example City 051,CP14,1
example-losi-2022,SLE,Example City 051,CP15,0
example-losi-2022,SLE,Example City 051,CP16,0
example-losi-2022,SLE,Example City 051,CP17,1
example-losi-2022,SLE,Example City 051,CP18,1
example-losi-2022,SLE,Example City 051,CP19,0
example-losi-2022,SLE,Example City 051,CP20,0
example-losi-2022,SLE,Example City 051,CP21,0
example-losi-2022,SLE,Example City 051,CP22,1
example-losi-2022,SLE,Example City 051,CP23,1
example-losi-2022,SLE,Example City 051,CP24,0
example-losi-2022,SLE,Example City 051,CP25,0
example-losi-2022,SLE,Example City 051,SP01,1
example-losi-2022,SLE,Example City 051,SP02,0
example-losi-2022,SLE,Example City 051,SP03,1
example-losi-2022,SLE,Example City 051,SP04,0
example-losi-2022,SLE,Example City 051,SP05,0
example-losi-2022,SLE,Example City 051,SP06,0
example-losi-2022,SLE,Example City 051,SP07,0
example-losi-2022,SLE,Example City 051,SP08,0
example-losi-2022,SLE,Example City 051,SP09,0
example-losi-2022,SLE,Example City 051,SP10,0
example-losi-2022,SLE,Example City 051,SP11,1
example-losi-2022,SLE,Example City 051,SP12,1
example-losi-2022,SLE,Example City 051,SP13,0
example-losi-2022,SLE,Example City 051,SP14,0
example-losi-2022,SLE,Example City 051,SP15,0
example-losi-2022,SLE,Example City 051,SP16,0
example-losi-2022,SLE,Example City 051,SP17,0
example-losi-2022,SLE,Example City 051,SP18,0
example-losi-2022,SLE,Example City 051,PE01,1
example-losi-2022,SLE,Example City 051,PE02,1
example-losi-2022,SLE,Example City 051,PE03,1
example-losi-2022,SLE,Example City 051,PE04,1
example-losi-2022,SLE,Example City 051,PE05,0
example-losi-2022,SLE,Example City 051,PE06,0
example-losi-2022,SLE,Example City 051,PE07,0
example-losi-2022,SLE,Example City 051,PE08,1
example-losi-2022,SLE,Example City 051,PE09,1
example-losi-2022,SLE,Example City 051,PE10,0
example-losi-2022,SLE,Example City 051,PE11,0
example-losi-2022,SLE,Example City 051,PE12,0
example-losi-2022,SLE,Example City 051,PE13,1
example-losi-2022,SLE,Example City 051,PE14,0
example-losi-2022,SLE,Example City 051,PE15,0
example-losi-2022,SLE,Example City 051,PE16,0
example-losi-2022,SLE,Example City 051,PE17,0
example-losi-2022,SLE,Example City 051,TE01,0
example-losi-2022,SLE,Example City 051,TE02,1
example-losi-2022,SLE,Example City 051,TE03,1
example-losi-2022,SLE,Example City 051,TE04,1
example-losi-2022,SLE,Example City 051,TE05,1
example-losi-2022,SLE,Example City 051,TE06,0
example-losi-2022,SLE,Example City 051,TE07,1
example-losi-2022,SLE,Example City 051,TE08,0
example-losi-2022,SLE,Example City 051,TE09,0
example-losi-2022,SLE,Example City 051,TE10,1
example-losi-2022,SLE,Example City 051,TE11,1
example-losi-2022,SLE,Example City 051,TE12,0
example-losi-2022,SLE,Example City 051,TE13,0
example-losi-2022,SLE,Example City 051,TE14,0
example-losi-2022,SLE,Example City 051,TE15,1
example-losi-2022,SLE,Example City 051,TE16,1
example-losi-2022,SLE,Example City 051,TE17,0
example-losi-2022,SLE,Example City 051,TE18,0
example-losi-2022,HTI,Example City 052,IF01,0
example-losi-2022,HTI,Example City 052,IF02,1
example-losi-2022,HTI,Example City 052,IF03,0
example-losi-2022,HTI,Example City 052,IF04,1
example-losi-2022,HTI,Example City 052,IF05,1
example-losi-2022,HTI,Example City 052,IF06,1
example-losi-2022,HTI,Example City 052,IF07,0
example-losi-2022,HTI,Example City 052,IF08,0
example-losi-2022,HTI,Example City 052,CP01,0
example-losi-2022,HTI,Example City 052,CP02,0
example-losi-2022,HTI,Example City 052,CP03,0
example-losi-2022,HTI,Example City 052,CP04,0
example-losi-2022,HTI,Example City 052,CP05,0
example-losi-2022,HTI,Example City 052,CP06,0
example-losi-2022,HTI,Example City 052,CP07,0
example-losi-2022,HTI,Example City 052,CP08,0
example-losi-2022,HTI,Example City 052,CP09,1
example-losi-2022,HTI,Example City 052,CP10,0
example-losi-2022,HTI,Example City 052,CP11,0
example-losi-2022,HTI,Example City 052,CP12,0
example-losi-2022,HTI,Example City 052,CP13,1
example-losi-2022,HTI,Example City 052,CP14,0
example-losi-2022,HTI,Example City 052,CP15,0
example-losi-2022,HTI,Example City 052,CP16,1
example-losi-2022,HTI,Example City 052,CP17,0
example-losi-2022,HTI,Example City 052,CP18,0
example-losi-2022,HTI,Example City 052,CP19,0
example-losi-2022,HTI,Example City 052,CP20,0
example-losi-2022,HTI,Example City 052,CP21,0
example-losi-2022,HTI,Example City 052,CP22,0
example-losi-2022,HTI,Example City 052,CP23,0
example-losi-2022,HTI,Example City 052,CP24,0
example-losi-2022,HTI,Example City 052,CP25,0
example-losi-2022,HTI,Example City 052,SP01,1
example-losi-2022,HTI,Example City 052,SP02,0
example-losi-2022,HTI,Example City 052,SP03,0
example-losi-2022,HTI,Example City 052,SP04,0
example-losi-2022,HTI,Example City 052,SP05,0
example-losi-2022,HTI,Example City 052,SP06,1
example-losi-2022,HTI,Example City 052,SP07,0
example-losi-2022,HTI,Example City 052,SP08,0
example-losi-2022,HTI,Example City 052,SP09,0
example-losi-2022,HTI,Example City 052,SP10,0
example-losi-2022,HTI,Example City 052,SP11,0
example-losi-2022,HTI,Example City 052,SP12,0
example-losi-2022,HTI,Example City 052,SP13,0
example-losi-2022,HTI,Example City 052,SP14,0
example-losi-2022,HTI,Example City 052,SP15,0
example-losi-2022,HTI,Example City 052,SP16,1
example-losi-2022,HTI,Example City 052,SP17,0
example-losi-2022,HTI,Example City 052,SP18,0
example-losi-2022,HTI,Example City 052,PE01,1
example-losi-2022,HTI,Example City 052,PE02,0
example-losi-2022,HTI,Example City 052,PE03,1
example-losi-2022,HTI,Example City 052,PE04,0
example-losi-2022,HTI,Example City 052,PE05,1
example-losi-2022,HTI,Example City 052,PE06,0
example-losi-2022,HTI,Example City 052,PE07,0
example-losi-2022,HTI,Example City 052,PE08,0
example-losi-2022,HTI,Example City 052,PE09,0
example-losi-2022,HTI,Example City 052,PE10,0
example-losi-2022,HTI,Example City 052,PE11,1
example-losi-2022,HTI,Example City 052,PE12,1
example-losi-2022,HTI,Example City 052,PE13,0
example-losi-2022,HTI,Example City 052,PE14,0
example-losi-2022,HTI,Example City 052,PE15,0
example-losi-2022,HTI,Example City 052,PE16,0
example-losi-2022,HTI,Example City 052,PE17,0
example-losi-2022,HTI,Example City 052,TE01,1
example-losi-2022,HTI,Example City 052,TE02,1
example-losi-2022,HTI,Example City 052,TE03,0
example-losi-2022,HTI,Example City 052,TE04,1
example-losi-2022,HTI,Example City 052,TE05,0
example-losi-2022,HTI,Example City 052,TE06,0
example-losi-2022,HTI,Example City 052,TE07,1
example-losi-2022,HTI,Example City 052,TE08,1
example-losi-2022,HTI,Example City 052,TE09,0
example-losi-2022,HTI,Example City 052,TE10,0
example-losi-2022,HTI,Example City 052,TE11,0
example-losi-2022,HTI,Example City 052,TE12,0
example-losi-2022,HTI,Example City 052,TE13,0
example-losi-2022,HTI,Example City 052,TE14,0
example-losi-2022,HTI,Example City 052,TE15,0
example-losi-2022,HTI,Example City 052,TE16,0
example-losi-2022,HTI,Example City 052,TE17,0
example-losi-2022,HTI,Example City 052,TE18,0
example-losi-2022,URY,Example City 053,IF01,0
example-losi-2022,URY,Example City 053,IF02,0
example-losi-2022,URY,Example City 053,IF03,1
example-losi-2022,URY,Example City 053,IF04,1
example-losi-2022,URY,Example City 053,IF05,1
example-losi-2022,URY,Example City 053,IF06,1
example-losi-2022,URY,Example City 053,IF07,0
example-losi-2022,URY,Example City 053,IF08,1
example-losi-2022,URY,Example City 053,CP01,0
example-losi-2022,URY,Example City 053,CP02,1
example-losi-2022,URY,Example City 053,CP03,1
example-losi-2022,URY,Example City 053,CP04,0
example-losi-2022,URY,Example City 053,CP05,1
example-losi-2022,URY,Example City 053,CP06,1
example-losi-2022,URY,Example City 053,CP07,1
example-losi-2022,URY,Example City 053,CP08,0
example-losi-2022,URY,Example City 053,CP09,1
example-losi-2022,URY,Example City 053,CP10,1
example-losi-2022,URY,Example City 053,CP11,1
example-losi-2022,URY,Example City 053,CP12,1
example-losi-2022,URY,Example City 053,CP13,1
example-losi-2022,URY,Example City 053,CP14,1
example-losi-2022,URY,Example City 053,CP15,0
example-losi-2022,URY,Example City 053,CP16,0
example-losi-2022,URY,Example City 053,CP17,0
example-losi-2022,URY,Example City 053,CP18,1
example-losi-2022,URY,Example City 053,CP19,1
example-losi-2022,URY,Example City 053,CP20,1
example-losi-2022,URY,Example City 053,CP21,1
example-losi-2022,URY,Example City 053,CP22,1
example-losi-2022,URY,Example City 053,CP23,0
example-losi-2022,URY,Example City 053,CP24,1
example-losi-2022,URY,Example City 053,CP25,0
example-losi-2022,URY,Example City 053,SP01,1
example-losi-2022,URY,Example City 053,SP02,1
example-losi-2022,URY,Example City 053,SP03,0
example-losi-2022,URY,Example City 053,SP04,1
example-losi-2022,URY,Example City 053,SP05,1
example-losi-2022,URY,Example City 053,SP06,1
example-losi-2022,URY,Example City 053,SP07,0
example-losi-2022,URY,Example City 053,SP08,1
example-losi-2022,URY,Example City 053,SP09,0
example-losi-2022,URY,Example City 053,SP10,1
example-losi-2022,URY,Example City 053,SP11,1
example-losi-2022,URY,Example City 053,SP12,1
example-losi-2022,URY,Example City 053,SP13,1
example-losi-2022,URY,Example City 053,SP14,0
example-losi-2022,URY,Example City 053,SP15,1
example-losi-2022,URY,Example City 053,SP16,1
example-losi-2022,URY,Example City 053,SP17,0
example-losi-2022,URY,Example City 053,SP18,1
example-losi-2022,URY,Example City 053,PE01,1
example-losi-2022,URY,Example City 053,PE02,1
example-losi-2022,URY,Example City 053,PE03,1
example-losi-2022,URY,Example City 053,PE04,1
example-losi-2022,URY,Example City 053,PE05,1
example-losi-2022,URY,Example City 053,PE06,1
example-losi-2022,URY,Example City 053,PE07,1
example-losi-2022,URY,Example City 053,PE08,1
example-losi-2022,URY,Example City 053,PE09,1
example-losi-2022,URY,Example City 053,PE10,1
example-losi-2022,URY,Example City 053,PE11,1
example-losi-2022,URY,Example City 053,PE12,1
example-losi-2022,URY,Example City 053,PE13,1
example-losi-2022,URY,Example City 053,PE14,1
example-losi-2022,URY,Example City 053,PE15,1
example-losi-2022,URY,Example City 053,PE16,1
example-losi-2022,URY,Example City 053,PE17,0
example-losi-2022,URY,Example City 053,TE01,1
example-losi-2022,URY,Example City 053,TE02,1
example-losi-2022,URY,Example City 053,TE03,0
example-losi-2022,URY,Example City 053,TE04,1
example-losi-2022,URY,Example City 053,TE05,1
example-losi-2022,URY,Example City 053,TE06,1
example-losi-2022,URY,Example City 053,TE07,1
example-losi-2022,URY,Example City 053,TE08,0
example-losi-2022,URY,Example City 053,TE09,1
example-losi-2022,URY,Example City 053,TE10,0
example-losi-2022,URY,Example City 053,TE11,0
example-losi-2022,URY,Example City 053,TE12,1
example-losi-2022,URY,Example City 053,TE13,0
example-losi-2022,URY,Example City 053,TE14,1
example-losi-2022,URY,Example City 053,TE15,1
example-losi-2022,URY,Example City 053,TE16,1
example-losi-2022,URY,Example City 053,TE17,1
example-losi-2022,URY,Example City 053,TE18,1
example-losi-2022,TON,Example City 054,IF01,0
example-losi-2022,TON,Example City 054,IF02,0
example-losi-2022,TON,Example City 054,IF03,1
example-losi-2022,TON,Example City 054,IF04,0
example-losi-2022,TON,Example City 054,IF05,1
example-losi-2022,TON,Example City 054,IF06,1
example-losi-2022,TON,Example City 054,IF07,1
example-losi-2022,TON,Example City 054,IF08,1
example-losi-2022,TON,Example City 054,CP01,1
example-losi-2022,TON,Example City 054,CP02,1
example-losi-2022,TON,Example City 054,CP03,1
example-losi-2022,TON,Example City 054,CP04,0
example-losi-2022,TON,Example City 054,CP05,1
example-losi-2022,TON,Example City 054,CP06,0
example-losi-2022,TON,Example City 054,CP07,0
example-losi-2022,TON,Example City 054,CP08,0
example-losi-2022,TON,Example City 054,CP09,1
example-losi-2022,TON,Example City 054,CP10,1
example-losi-2022,TON,Example City 054,CP11,0
example-losi-2022,TON,Example City 054,CP12,1
example-losi-2022,TON,Example City 054,CP13,1
example-losi-2022,TON,Example City 054,CP14,1
example-losi-2022,TON,Example City 054,CP15,0
example-losi-2022,TON,Example City 054,CP16,1
example-losi-2022,TON,Example City 054,CP17,1
example-losi-2022,TON,Example City 054,CP18,0
example-losi-2022,TON,Example City 054,CP19,0
example-losi-2022,TON,Example City 054,CP20,1
example-losi-2022,TON,Example City 054,CP21,0
example-losi-2022,TON,Example City 054,CP22,1
example-losi-2022,TON,Example City 054,CP23,0
example-losi-2022,TON,Example City 054,CP24,0
example-losi-2022,TON,Example City 054,CP25,1
example-losi-2022,TON,Example City 054,SP01,1
example-losi-2022,TON,Example City 054,SP02,1
example-losi-2022,TON,Example City 054,SP03,0
example-losi-2022,TON,Example City 054,SP04,1
example-losi-2022,TON,Example City 054,SP05,0
example-losi-2022,TON,Example City 054,SP06,1
example-losi-2022,TON,Example City 054,SP07,1
example-losi-2022,TON,Example City 054,SP08,1
example-losi-2022,TON,Example City 054,SP09,0
example-losi-2022,TON,Example City 054,SP10,0
example-losi-2022,TON,Example City 054,SP11,1
example-losi-2022,TON,Example City 054,SP12,0
example-losi-2022,TON,Example City 054,SP13,0
example-losi-2022,TON,Example City 054,SP14,0
example-losi-2022,TON,Example City 054,SP15,1
example-losi-2022,TON,Example City 054,SP16,0
example-losi-2022,TON,Example City 054,SP17,1
example-losi-2022,TON,Example City 054,SP18,0
example-losi-2022,TON,Example City 054,PE01,1
example-losi-2022,TON,Example City 054,PE02,0
example-losi-2022,TON,Example City 054,PE03,1
example-losi-2022,TON,Example City 054,PE04,0
example-losi-2022,TON,Example City 054,PE05,1
example-losi-2022,TON,Example City 054,PE06,1
example-losi-2022,TON,Example City 054,PE07,1
example-losi-2022,TON,Example City 054,PE08,1
example-losi-2022,TON,Example City 054,PE09,1
example-losi-2022,TON,Example City 054,PE10,0
example-losi-2022,TON,Example City 054,PE11,1
example-losi-2022,TON,Example City 054,PE12,0
example-losi-2022,TON,Example City 054,PE13,1
example-losi-2022,TON,Example City 054,PE14,0
example-losi-2022,TON,Example City 054,PE15,1
example-losi-2022,TON,Example City 054,PE16,0
example-losi-2022,TON,Example City 054,PE17,1
example-losi-2022,TON,Example City 054,TE01,0
example-losi-2022,TON,Example City 054,TE02,1
example-losi-2022,TON,Example City 054,TE03,0
example-losi-2022,TON,Example City 054,TE04,1
example-losi-2022,TON,Example City 054,TE05,1
example-losi-2022,TON,Example City 054,TE06,0
example-losi-2022,TON,Example City 054,TE07,1
example-losi-2022,TON,Example City 054,TE08,0
example-losi-2022,TON,Example City 054,TE09,1
example-losi-2022,TON,Example City 054,TE10,0
example-losi-2022,TON,Example City 054,TE11,0
example-losi-2022,TON,Example City 054,TE12,1
example-losi-2022,TON,Example City 054,TE13,0
example-losi-2022,TON,Example City 054,TE14,1
example-losi-2022,TON,Example City 054,TE15,0
example-losi-2022,TON,Example City 054,TE16,0
example-losi-2022,TON,Example City 054,TE17,0
example-losi-2022,TON,Example City 054,TE18,0
example-losi-2022,BLZ,Example City 055,IF01,0
example-losi-2022,BLZ,Example City 055,IF02,0
example-losi-2022,BLZ,Example City 055,IF03,0
example-losi-2022,BLZ,Example City 055,IF04,0
example-losi-2022,BLZ,Example City 055,IF05,0
example-losi-2022,BLZ,Example City 055,IF06,0
example-losi-2022,BLZ,Example City 055,IF07,0
example-losi-2022,BLZ,Example City 055,IF08,0
example-losi-2022,BLZ,Example City 055,CP01,1
example-losi-2022,BLZ,Example City 055,CP02,1
example-losi-2022,BLZ,Example City 055,CP03,0
example-losi-2022,BLZ,Example City 055,CP04,0
example-losi-2022,BLZ,Example City 055,CP05,0
example-losi-2022,BLZ,Example City 055,CP06,0
example-losi-2022,BLZ,Example City 055,CP07,0
example-losi-2022,BLZ,Example City 055,CP08,0
example-losi-2022,BLZ,Example City 055,CP09,0
example-losi-2022,BLZ,Example City 055,CP10,0
example-losi-2022,BLZ,Example City 055,CP11,1
example-losi-2022,BLZ,Example City 055,CP12,1
example-losi-2022,BLZ,Example City 055,CP13,1
example-losi-2022,BLZ,Example City 055,CP14,0
example-losi-2022,BLZ,Example City 055,CP15,0
example-losi-2022,BLZ,Example City 055,CP16,0
example-losi-2022,BLZ,Example City 055,CP17,0
example-losi-2022,BLZ,Example City 055,CP18,0
example-losi-2022,BLZ,Example City 055,CP19,0
example-losi-2022,BLZ,Example City 055,CP20,1
example-losi-2022,BLZ,Example City 055,CP21,0
example-losi-2022,BLZ,Example City 055,CP22,1
example-losi-2022,BLZ,Example City 055,CP23,0
example-losi-2022,BLZ,Example City 055,CP24,0
example-losi-2022,BLZ,Example City 055,CP25,0
example-losi-2022,BLZ,Example City 055,SP01,1
example-losi-2022,BLZ,Example City 055,SP02,0
example-losi-2022,BLZ,Example City 055,SP03,0
example-losi-2022,BLZ,Example City 055,SP04,0
example-losi-2022,BLZ,Example City 055,SP05,1
example-losi-2022,BLZ,Example City 055,SP06,0
example-losi-2022,BLZ,Example City 055,SP07,1
example-losi-2022,BLZ,Example City 055,SP08,1
example-losi-2022,BLZ,Example City 055,SP09,0
example-losi-2022,BLZ,Example City 055,SP10,0
example-losi-2022,BLZ,Example City 055,SP11,0
example-losi-2022,BLZ,Example City 055,SP12,0
example-losi-2022,BLZ,Example City 055,SP13,0
example-losi-2022,BLZ,Example City 055,SP14,0
example-losi-2022,BLZ,Example City 055,SP15,0
example-losi-2022,BLZ,Example City 055,SP16,0
example-losi-2022,BLZ,Example City 055,SP17,0
example-losi-2022,BLZ,Example City 055,SP18,0
example-losi-2022,BLZ,Example City 055,PE01,0
example-losi-2022,BLZ,Example City 055,PE02,0
example-losi-2022,BLZ,Example City 055,PE03,0
example-losi-2022,BLZ,Example City 055,PE04,1
example-losi-2022,BLZ,Example City 055,PE05,0
example-losi-2022,BLZ,Example City 055,PE06,0
example-losi-2022,BLZ,Example City 055,PE07,0
example-losi-2022,BLZ,Example City 055,PE08,1
example-losi-2022,BLZ,Example City 055,PE09,0
example-losi-2022,BLZ,Example City 055,PE10,0
example-losi-2022,BLZ,Example City 055,PE11,0
example-losi-2022,BLZ,Example City 055,PE12,0
example-losi-2022,BLZ,Example City 055,PE13,0
example-losi-2022,BLZ,Example City 055,PE14,0
example-losi-2022,BLZ,Example City 055,PE15,0
example-losi-2022,BLZ,Example City 055,PE16,0
example-losi-2022,BLZ,Example City 055,PE17,0
example-losi-2022,BLZ,Example City 055,TE01,0
example-losi-2022,BLZ,Example City 055,TE02,1
example-losi-2022,BLZ,Example City 055,TE03,0
example-losi-2022,BLZ,Example City 055,TE04,1
example-losi-2022,BLZ,Example City 055,TE05,0
example-losi-2022,BLZ,Example City 055,TE06,0
example-losi-2022,BLZ,Example City 055,TE07,1
example-losi-2022,BLZ,Example City 055,TE08,0
example-losi-2022,BLZ,Example City 055,TE09,0
example-losi-2022,BLZ,Example City 055,TE10,0
example-losi-2022,BLZ,Example City 055,TE11,0
example-losi-2022,BLZ,Example City 055,TE12,0
example-losi-2022,BLZ,Example City 055,TE13,0
example-losi-2022,BLZ,Example City 055,TE14,0
example-losi-2022,BLZ,Example City 055,TE15,0
example-losi-2022,BLZ,Example City 055,TE16,0
example-losi-2022,BLZ,Example City 055,TE17,0
example-losi-2022,BLZ,Example City 055,TE18,0
example-losi-2022,LVA,Example City 056,IF01,0
example-losi-2022,LVA,Example City 056,IF02,0
example-losi-2022,LVA,Example City 056,IF03,1
example-losi-2022,LVA,Example City 056,IF04,1
example-losi-2022,LVA,Example City 056,IF05,1
example-losi-2022,LVA,Example City 056,IF06,1
example-losi-2022,LVA,Example City 056,IF07,1
example-losi-2022,LVA,Example City 056,IF08,0
example-losi-2022,LVA,Example City 056,CP01,0
example-losi-2022,LVA,Example City 056,CP02,0
example-losi-2022,LVA,Example City 056,CP03,0
example-losi-2022,LVA,Example City 056,CP04,1
example-losi-2022,LVA,Example City 056,CP05,0
example-losi-2022,LVA,Example City 056,CP06,0
example-losi-2022,LVA,Example City 056,CP07,1
example-losi-2022,LVA,Example City 056,CP08,1
example-losi-2022,LVA,Example City 056,CP09,1
example-losi-2022,LVA,Example City 056,CP10,1
example-losi-2022,LVA,Example City 056,CP11,1
example-losi-2022,LVA,Example City 056,CP12,1
example-losi-2022,LVA,Example City 056,CP13,1
example-losi-2022,LVA,Example City 056,CP14,0
example-losi-2022,LVA,Example City 056,CP15,1
example-losi-2022,LVA,Example City 056,CP16,1
example-losi-2022,LVA,Example City 056,CP17,0
example-losi-2022,LVA,Example City 056,CP18,1
example-losi-2022,LVA,Example City 056,CP19,1
example-losi-2022,LVA,Example City 056,CP20,0
example-losi-2022,LVA,Example City 056,CP21,1
example-losi-2022,LVA,Example City 056,CP22,1
example-losi-2022,LVA,Example City 056,CP23,1
example-losi-2022,LVA,Example City 056,CP24,0
example-losi-2022,LVA,Example City 056,CP25,0
example-losi-2022,LVA,Example City 056,SP01,1
example-losi-2022,LVA,Example City 056,SP02,1
example-losi-2022,LVA,Example City 056,SP03,0
example-losi-2022,LVA,Example City 056,SP04,0
example-losi-2022,LVA,Example City 056,SP05,1
example-losi-2022,LVA,Example City 056,SP06,1
example-losi-2022,LVA,Example City 056,SP07,1
example-losi-2022,LVA,Example City 056,SP08,0
example-losi-2022,LVA,Example City 056,SP09,0
example-losi-2022,LVA,Example City 056,SP10,0
example-losi-2022,LVA,Example City 056,SP11,0
example-losi-2022,LVA,Example City 056,SP12,0
example-losi-2022,LVA,Example City 056,SP13,0
example-losi-2022,LVA,Example City 056,SP14,0
example-losi-2022,LVA,Example City 056,SP15,0
example-losi-2022,LVA,Example City 056,SP16,1
example-losi-2022,LVA,Example City 056,SP17,0
example-losi-2022,LVA,Example City 056,SP18,1
example-losi-2022,LVA,Example City 056,PE01,1
example-losi-2022,LVA,Example City 056,PE02,0
example-losi-2022,LVA,Example City 056,PE03,1
example-losi-2022,LVA,Example City 056,PE04,0
example-losi-2022,LVA,Example City 056,PE05,1
example-losi-2022,LVA,Example City 056,PE06,1
example-losi-2022,LVA,Example City 056,PE07,1
example-losi-2022,LVA,Example City 056,PE08,0
example-losi-2022,LVA,Example City 056,PE09,0
example-losi-2022,LVA,Example City 056,PE10,1
example-losi-2022,LVA,Example City 056,PE11,0
example-losi-2022,LVA,Example City 056,PE12,0
example-losi-2022,LVA,Example City 056,PE13,1
example-losi-2022,LVA,Example City 056,PE14,1
example-losi-2022,LVA,Example City 056,PE15,1
example-losi-2022,LVA,Example City 056,PE16,1
example-losi-2022,LVA,Example City 056,PE17,1
example-losi-2022,LVA,Example City 056,TE01,1
example-losi-2022,LVA,Example City 056,TE02,1
example-losi-2022,LVA,Example City 056,TE03,1
example-losi-2022,LVA,Example City 056,TE04,1
example-losi-2022,LVA,Example City 056,TE05,1
example-losi-2022,LVA,Example City 056,TE06,0
example-losi-2022,LVA,Example City 056,TE07,1
example-losi-2022,LVA,Example City 056,TE08,0
example-losi-2022,LVA,Example City 056,TE09,1
example-losi-2022,LVA,Example City 056,TE10,1
example-losi-2022,LVA,Example City 056,TE11,1
example-losi-2022,LVA,Example City 056,TE12,1
example-losi-2022,LVA,Example City 056,TE13,1
example-losi-2022,LVA,Example City 056,TE14,0
example-losi-2022,LVA,Example City 056,TE15,1
example-losi-2022,LVA,Example City 056,TE16,1
example-losi-2022,LVA,Example City 056,TE17,0
example-losi-2022,LVA,Example City 056,TE18,1
example-losi-2022,ARG,Example City 057,IF01,1
example-losi-2022,ARG,Example City 057,IF02,1
example-losi-2022,ARG,Example City 057,IF03,1
example-losi-2022,ARG,Example City 057,IF04,1
example-losi-2022,ARG,Example City 057,IF05,1
example-losi-2022,ARG,Example City 057,IF06,1
example-losi-2022,ARG,Example City 057,IF07,0
example-losi-2022,ARG,Example City 057,IF08,1
example-losi-2022,ARG,Example City 057,CP01,0
example-losi-2022,ARG,Example City 057,CP02,1
example-losi-2022,ARG,Example City 057,CP03,1
example-losi-2022,ARG,Example City 057,CP04,1
example-losi-2022,ARG,Example City 057,CP05,1
example-losi-2022,ARG,Example City 057,CP06,1
example-losi-2022,ARG,Example City 057,CP07,1
example-losi-2022,ARG,Example City 057,CP08,0
example-losi-2022,ARG,Example City 057,CP09,1
example-losi-2022,ARG,Example City 057,CP10,0
example-losi-2022,ARG,Example City 057,CP11,1
example-losi-2022,ARG,Example City 057,CP12,1
example-losi-2022,ARG,Example City 057,CP13,1
example-losi-2022,ARG,Example City 057,CP14,0
example-losi-2022,ARG,Example City 057,CP15,0
example-losi-2022,ARG,Example City 057,CP16,1
example-losi-2022,ARG,Example City 057,CP17,1
example-losi-2022,ARG,Example City 057,CP18,0
example-losi-2022,ARG,Example City 057,CP19,0
example-losi-2022,ARG,Example City 057,CP20,1
example-losi-2022,ARG,Example City 057,CP21,0
example-losi-2022,ARG,Example City 057,CP22,1
example-losi-2022,ARG,Example City 057,CP23,1
example-losi-2022,ARG,Example City 057,CP24,1
example-losi-2022,ARG,Example City 057,CP25,1
example-losi-2022,ARG,Example City 057,SP01,0
example-losi-2022,ARG,Example City 057,SP02,1
example-losi-2022,ARG,Example City 057,SP03,1
example-losi-2022,ARG,Example City 057,SP04,1
example-losi-2022,ARG,Example City 057,SP05,1
example-losi-2022,ARG,Example City 057,SP06,1
example-losi-2022,ARG,Example City 057,SP07,1
example-losi-2022,ARG,Example City 057,SP08,1
example-losi-2022,ARG,Example City 057,SP09,0
example-losi-2022,ARG,Example City 057,SP10,1
example-losi-2022,ARG,Example City 057,SP11,1
example-losi-2022,ARG,Example City 057,SP12,0
example-losi-2022,ARG,Example City 057,SP13,1
example-losi-2022,ARG,Example City 057,SP14,1
example-losi-2022,ARG,Example City 057,SP15,1
example-losi-2022,ARG,Example City 057,SP16,1
example-losi-2022,ARG,Example City 057,SP17,1
example-losi-2022,ARG,Example City 057,SP18,1
example-losi-2022,ARG,Example City 057,PE01,1
example-losi-2022,ARG,Example City 057,PE02,1
example-losi-2022,ARG,Example City 057,PE03,1
example-losi-2022,ARG,Example City 057,PE04,1
example-losi-2022,ARG,Example City 057,PE05,0
example-losi-2022,ARG,Example City 057,PE06,0
example-losi-2022,ARG,Example City 057,PE07,1
example-losi-2022,ARG,Example City 057,PE08,1
example-losi-2022,ARG,Example City 057,PE09,0
example-losi-2022,ARG,Example City 057,PE10,0
example-losi-2022,ARG,Example City 057,PE11,0
example-losi-2022,ARG,Example City 057,PE12,1
example-losi-2022,ARG,Example City 057,PE13,1
example-losi-2022,ARG,Example City 057,PE14,0
example-losi-2022,ARG,Example City 057,PE15,1
example-losi-2022,ARG,Example City 057,PE16,1
example-losi-2022,ARG,Example City 057,PE17,1
example-losi-2022,ARG,Example City 057,TE01,1
example-losi-2022,ARG,Example City 057,TE02,1
example-losi-2022,ARG,Example City 057,TE03,1
example-losi-2022,ARG,Example City 057,TE04,1
example-losi-2022,ARG,Example City 057,TE05,1
example-losi-2022,ARG,Example City 057,TE06,0
example-losi-2022,ARG,Example City 057,TE07,1
example-losi-2022,ARG,Example City 057,TE08,0
example-losi-2022,ARG,Example City 057,TE09,0
example-losi-2022,ARG,Example City 057,TE10,1
example-losi-2022,ARG,Example City 057,TE11,0
example-losi-2022,ARG,Example City 057,TE12,1
example-losi-2022,ARG,Example City 057,TE13,1
example-losi-2022,ARG,Example City 057,TE14,0
example-losi-2022,ARG,Example City 057,TE15,1
example-losi-2022,ARG,Example City 057,TE16,1
example-losi-2022,ARG,Example City 057,TE17,0
example-losi-2022,ARG,Example City 057,TE18,1
example-losi-2022,CAN,Example City 058,IF01,0
example-losi-2022,CAN,Example City 058,IF02,0
example-losi-2022,CAN,Example City 058,IF03,1
example-losi-2022,CAN,Example City 058,IF04,0
example-losi-2022,CAN,Example City 058,IF05,1
example-losi-2022,CAN,Example City 058,IF06,1
example-losi-2022,CAN,Example City 058,IF07,0
example-losi-2022,CAN,Example City 058,IF08,0
example-losi-2022,CAN,Example City 058,CP01,0
example-losi-2022,CAN,Example City 058,CP02,0
example-losi-2022,CAN,Example City 058,CP03,0
example-losi-2022,CAN,Example City 058,CP04,0
example-losi-2022,CAN,Example City 058,CP05,0
example-losi-2022,CAN,Example City 058,CP06,0
example-losi-2022,CAN,Example City 058,CP07,0
example-losi-2022,CAN,Example City 058,CP08,1
example-losi-2022,CAN,Example City 058,CP09,1
example-losi-2022,CAN,Example City 058,CP10,0
example-losi-2022,CAN,Example City 058,CP11,0
example-losi-2022,CAN,Example City 058,CP12,0
example-losi-2022,CAN,Example City 058,CP13,0
example-losi-2022,CAN,Example City 058,CP14,0
example-losi-2022,CAN,Example City 058,CP15,0
example-losi-2022,CAN,Example City 058,CP16,0
example-losi-2022,CAN,Example City 058,CP17,0
example-losi-2022,CAN,Example City 058,CP18,0
example-losi-2022,CAN,Example City 058,CP19,0
example-losi-2022,CAN,Example City 058,CP20,0
example-losi-2022,CAN,Example City 058,CP21,0
example-losi-2022,CAN,Example City 058,CP22,0
example-losi-2022,CAN,Example City 058,CP23,0
example-losi-2022,CAN,Example City 058,CP24,0
example-losi-2022,CAN,Example City 058,CP25,0
example-losi-2022,CAN,Example City 058,SP01,0
example-losi-2022,CAN,Example City 058,SP02,0
example-losi-2022,CAN,Example City 058,SP03,0
example-losi-2022,CAN,Example City 058,SP04,0
example-losi-2022,CAN,Example City 058,SP05,1
example-losi-2022,CAN,Example City 058,SP06,0
example-losi-2022,CAN,Example City 058,SP07,0
example-losi-2022,CAN,Example City 058,SP08,0
example-losi-2022,CAN,Example City 058,SP09,0
example-losi-2022,CAN,Example City 058,SP10,0
example-losi-2022,CAN,Example City 058,SP11,0
example-losi-2022,CAN,Example City 058,SP12,0
example-losi-2022,CAN,Example City 058,SP13,0
example-losi-2022,CAN,Example City 058,SP14,0
example-losi-2022,CAN,Example City 058,SP15,0
example-losi-2022,CAN,Example City 058,SP16,0
example-losi-2022,CAN,Example City 058,SP17,0
example-losi-2022,CAN,Example City 058,SP18,0
example-losi-2022,CAN,Example City 058,PE01,0
example-losi-2022,CAN,Example City 058,PE02,0
example-losi-2022,CAN,Example City 058,PE03,0
example-losi-2022,CAN,Example City 058,PE04,0
example-losi-2022,CAN,Example City 058,PE05,0
example-losi-2022,CAN,Example City 058,PE06,1
example-losi-2022,CAN,Example City 058,PE07,0
example-losi-2022,CAN,Example City 058,PE08,0
example-losi-2022,CAN,Example City 058,PE09,0
example-losi-2022,CAN,Example City 058,PE10,0
example-losi-2022,CAN,Example City 058,PE11,0
example-losi-2022,CAN,Example City 058,PE12,0
example-losi-2022,CAN,Example City 058,PE13,0
example-losi-2022,CAN,Example City 058,PE14,0
example-losi-2022,CAN,Example City 058,PE15,1
example-losi-2022,CAN,Example City 058,PE16,1
example-losi-2022,CAN,Example City 058,PE17,0
example-losi-2022,CAN,Example City 058,TE01,0
example-losi-2022,CAN,Example City 058,TE02,1
example-losi-2022,CAN,Example City 058,TE03,0
example-losi-2022,CAN,Example City 058,TE04,0
example-losi-2022,CAN,Example City 058,TE05,0
example-losi-2022,CAN,Example City 058,TE06,0
example-losi-2022,CAN,Example City 058,TE07,0
example-losi-2022,CAN,Example City 058,TE08,0
example-losi-2022,CAN,Example City 058,TE09,0
example-losi-2022,CAN,Example City 058,TE10,0
example-losi-2022,CAN,Example City 058,TE11,0
example-losi-2022,CAN,Example City 058,TE12,0
example-losi-2022,CAN,Example City 058,TE13,0
example-losi-2022,CAN,Example City 058,TE14,0
example-losi-2022,CAN,Example City 058,TE15,0
example-losi-2022,CAN,Example City 058,TE16,0
example-losi-2022,CAN,Example City 058,TE17,0
example-losi-2022,CAN,Example City 058,TE18,0
example-losi-2022,IND,Example City 059,IF01,0
example-losi-2022,IND,Example City 059,IF02,0
example-losi-2022,IND,Example City 059,IF03,0
example-losi-2022,IND,Example City 059,IF04,0
example-losi-2022,IND,Example City 059,IF05,0
example-losi-2022,IND,Example City 059,IF06,0
example-losi-2022,IND,Example City 059,IF07,0
example-losi-2022,IND,Example City 059,IF08,1
example-losi-2022,IND,Example City 059,CP01,0
example-losi-2022,IND,Example City 059,CP02,0
example-losi-2022,IND,Example City 059,CP03,0
example-losi-2022,IND,Example City 059,CP04,0
example-losi-2022,IND,Example City 059,CP05,1
example-losi-2022,IND,Example City 059,CP06,0
example-losi-2022,IND,Example City 059,CP07,0
example-losi-2022,IND,Example City 059,CP08,1
example-losi-2022,IND,Example City 059,CP09,1
example-losi-2022,IND,Example City 059,CP10,1
example-losi-2022,IND,Example City 059,CP11,0
example-losi-2022,IND,Example City 059,CP12,0
example-losi-2022,IND,Example City 059,CP13,1
example-losi-2022,IND,Example City 059,CP14,1
example-losi-2022,IND,Example City 059,CP15,1
example-losi-2022,IND,Example City 059,CP16,0
example-losi-2022,IND,Example City 059,CP17,0
example-losi-2022,IND,Example City 059,CP18,1
example-losi-2022,IND,Example City 059,CP19,0
example-losi-2022,IND,Example City 059,CP20,0
example-losi-2022,IND,Example City 059,CP21,0
example-losi-2022,IND,Example City 059,CP22,0
example-losi-2022,IND,Example City 059,CP23,1
example-losi-2022,IND,Example City 059,CP24,0
example-losi-2022,IND,Example City 059,CP25,0
example-losi-2022,IND,Example City 059,SP01,0
example-losi-2022,IND,Example City 059,SP02,0
example-losi-2022,IND,Example City 059,SP03,0
example-losi-2022,IND,Example City 059,SP04,0
example-losi-2022,IND,Example City 059,SP05,1
example-losi-2022,IND,Example City 059,SP06,1
example-losi-2022,IND,Example City 059,SP07,0
example-losi-2022,IND,Example City 059,SP08,1
example-losi-2022,IND,Example City 059,SP09,0
example-losi-2022,IND,Example City 059,SP10,0
example-losi-2022,IND,Example City 059,SP11,0
example-losi-2022,IND,Example City 059,SP12,0
example-losi-2022,IND,Example City 059,SP13,0
example-losi-2022,IND,Example City 059,SP14,0
example-losi-2022,IND,Example City 059,SP15,0
example-losi-2022,IND,Example City 059,SP16,1
example-losi-2022,IND,Example City 059,SP17,0
example-losi-2022,IND,Example City 059,SP18,0
example-losi-2022,IND,Example City 059,PE01,0
example-losi-2022,IND,Example City 059,PE02,0
example-losi-2022,IND,Example City 059,PE03,1
example-losi-2022,IND,Example City 059,PE04,0
example-losi-2022,IND,Example City 059,PE05,0
example-losi-2022,IND,Example City 059,PE06,1
example-losi-2022,IND,Example City 059,PE07,1
example-losi-2022,IND,Example City 059,PE08,1
example-losi-2022,IND,Example City 059,PE09,0
example-losi-2022,IND,Example City 059,PE10,1
example-losi-2022,IND,Example City 059,PE11,0
example-losi-2022,IND,Example City 059,PE12,0
example-losi-2022,IND,Example City 059,PE13,0
example-losi-2022,IND,Example City 059,PE14,1
example-losi-2022,IND,Example City 059,PE15,0
example-losi-2022,IND,Example City 059,PE16,1
example-losi-2022,IND,Example City 059,PE17,0
example-losi-2022,IND,Example City 059,TE01,1
example-losi-2022,IND,Example City 059,TE02,1
example-losi-2022,IND,Example City 059,TE03,1
example-losi-2022,IND,Example City 059,TE04,1
example-losi-2022,IND,Example City 059,TE05,0
example-losi-2022,IND,Example City 059,TE06,0
example-losi-2022,IND,Example City 059,TE07,1
example-losi-2022,IND,Example City 059,TE08,0
example-losi-2022,IND,Example City 059,TE09,1
example-losi-2022,IND,Example City 059,TE10,0
example-losi-2022,IND,Example City 059,TE11,0
example-losi-2022,IND,Example City 059,TE12,1
example-losi-2022,IND,Example City 059,TE13,0
example-losi-2022,IND,Example City 059,TE14,0
example-losi-2022,IND,Example City 059,TE15,0
example-losi-2022,IND,Example City 059,TE16,1
example-losi-2022,IND,Example City 059,TE17,0
example-losi-2022,IND,Example City 059,TE18,0
example-losi-2022,NPL,Example City 060,IF01,0
example-losi-2022,NPL,Example City 060,IF02,0
example-losi-2022,NPL,Example City 060,IF03,0
example-losi-2022,NPL,Example City 060,IF04,0
example-losi-2022,NPL,Example City 060,IF05,0
example-losi-2022,NPL,Example City 060,IF06,1
example-losi-2022,NPL,Example City 060,IF07,0
example-losi-2022,NPL,Example City 060,IF08,0
example-losi-2022,NPL,Example City 060,CP01,0
example-losi-2022,NPL,Example City 060,CP02,0
example-losi-2022,NPL,Example City 060,CP03,0
example-losi-2022,NPL,Example City 060,CP04,1
example-losi-2022,NPL,Example City 060,CP05,0
example-losi-2022,NPL,Example City 060,CP06,0
example-losi-2022,NPL,Example City 060,CP07,0
example-losi-2022,NPL,Example City 060,CP08,0
example-losi-2022,NPL,Example City 060,CP09,1
example-losi-2022,NPL,Example City 060,CP10,0
example-losi-2022,NPL,Example City 060,CP11,1
example-losi-2022,NPL,Example City 060,CP12,1
example-losi-2022,NPL,Example City 060,CP13,0
example-losi-2022,NPL,Example City 060,CP14,0
example-losi-2022,NPL,Example City 060,CP15,0
example-losi-2022,NPL,Example City 060,CP16,1
example-losi-2022,NPL,Example City 060,CP17,0
example-losi-2022,NPL,Example City 060,CP18,0
example-losi-2022,NPL,Example City 060,CP19,0
example-losi-2022,NPL,Example City 060,CP20,0
example-losi-2022,NPL,Example City 060,CP21,0
example-losi-2022,NPL,Example City 060,CP22,1
example-losi-2022,NPL,Example City 060,CP23,0
example-losi-2022,NPL,Example City 060,CP24,0
example-losi-2022,NPL,Example City 060,CP25,0
example-losi-2022,NPL,Example City 060,SP01,0
example-losi-2022,NPL,Example City 060,SP02,0
example-losi-2022,NPL,Example City 060,SP03,0
example-losi-2022,NPL,Example City 060,SP04,0
example-losi-2022,NPL,Example City 060,SP05,0
example-losi-2022,NPL,Example City 060,SP06,0
example-losi-2022,NPL,Example City 060,SP07,0
example-losi-2022,NPL,Example City 060,SP08,1
example-losi-2022,NPL,Example City 060,SP09,1
example-losi-2022,NPL,Example City 060,SP10,0
example-losi-2022,NPL,Example City 060,SP11,0
example-losi-2022,NPL,Example City 060,SP12,0
example-losi-2022,NPL,Example City 060,SP13,0
example-losi-2022,NPL,Example City 060,SP14,0
example-losi-2022,NPL,Example City 060,SP15,0
example-losi-2022,NPL,Example City 060,SP16,0
example-losi-2022,NPL,Example City 060,SP17,1
example-losi-2022,NPL,Example City 060,SP18,0
example-losi-2022,NPL,Example City 060,PE01,0
example-losi-2022,NPL,Example City 060,PE02,0
example-losi-2022,NPL,Example City 060,PE03,0
example-losi-2022,NPL,Example City 060,PE04,0
example-losi-2022,NPL,Example City 060,PE05,0
example-losi-2022,NPL,Example City 060,PE06,0
example-losi-2022,NPL,Example City 060,PE07,0
example-losi-2022,NPL,Example City 060,PE08,0
example-losi-2022,NPL,Example City 060,PE09,0
example-losi-2022,NPL,Example City 060,PE10,1
example-losi-2022,NPL,Example City 060,PE11,0
example-losi-2022,NPL,Example City 060,PE12,0
example-losi-2022,NPL,Example City 060,PE13,0
example-losi-2022,NPL,Example City 060,PE14,1
example-losi-2022,NPL,Example City 060,PE15,0
example-losi-2022,NPL,Example City 060,PE16,1
example-losi-2022,NPL,Example City 060,PE17,0
example-losi-2022,NPL,Example City 060,TE01,0
example-losi-2022,NPL,Example City 060,TE02,1
example-losi-2022,NPL,Example City 060,TE03,0
example-losi-2022,NPL,Example City 060,TE04,1
example-losi-2022,NPL,Example City 060,TE05,0
example-losi-2022,NPL,Example City 060,TE06,0
example-losi-2022,NPL,Example City 060,TE07,0
example-losi-2022,NPL,Example City 060,TE08,0
example-losi-2022,NPL,Example City 060,TE09,0
example-losi-2022,NPL,Example City 060,TE10,0
example-losi-2022,NPL,Example City 060,TE11,0
example-losi-2022,NPL,Example City 060,TE12,0
example-losi-2022,NPL,Example City 060,TE13,0
example-losi-2022,NPL,Example City 060,TE14,0
example-losi-2022,NPL,Example City 060,TE15,0
example-losi-2022,NPL,Example City 060,TE16,1
example-losi-2022,NPL,Example City 060,TE17,0
example-losi-2022,NPL,Example City 060,TE18,0
example-losi-2022,FJI,Example City 061,IF01,1
example-losi-2022,FJI,Example City 061,IF02,1
example-losi-2022,FJI,Example City 061,IF03,0
example-losi-2022,FJI,Example City 061,IF04,0
example-losi-2022,FJI,Example City 061,IF05,0
example-losi-2022,FJI,Example City 061,IF06,0
example-losi-2022,FJI,Example City 061,IF07,0
example-losi-2022,FJI,Example City 061,IF08,1
example-losi-2022,FJI,Example City 061,CP01,0
example-losi-2022,FJI,Example City 061,CP02,0
example-losi-2022,FJI,Example City 061,CP03,1
example-losi-2022,FJI,Example City 061,CP04,0
example-losi-2022,FJI,Example City 061,CP05,0
example-losi-2022,FJI,Example City 061,CP06,0
example-losi-2022,FJI,Example City 061,CP07,0
example-losi-2022,FJI,Example City 061,CP08,0
example-losi-2022,FJI,Example City 061,CP09,0
example-losi-2022,FJI,Example City 061,CP10,0
example-losi-2022,FJI,Example City 061,CP11,1
example-losi-2022,FJI,Example City 061,CP12,1
example-losi-2022,FJI,Example City 061,CP13,0
example-losi-2022,FJI,Example City 061,CP14,0
example-losi-2022,FJI,Example City 061,CP15,0
example-losi-2022,FJI,Example City 061,CP16,0
example-losi-2022,FJI,Example City 061,CP17,1
example-losi-2022,FJI,Example City 061,CP18,1
example-losi-2022,FJI,Example City 061,CP19,0
example-losi-2022,FJI,Example City 061,CP20,0
example-losi-2022,FJI,Example City 061,CP21,1
example-losi-2022,FJI,Example City 061,CP22,1
example-losi-2022,FJI,Example City 061,CP23,1
example-losi-2022,FJI,Example City 061,CP24,0
example-losi-2022,FJI,Example City 061,CP25,0
example-losi-2022,FJI,Example City 061,SP01,0
example-losi-2022,FJI,Example City 061,SP02,0
example-losi-2022,FJI,Example City 061,SP03,0
example-losi-2022,FJI,Example City 061,SP04,0
example-losi-2022,FJI,Example City 061,SP05,0
example-losi-2022,FJI,Example City 061,SP06,1
example-losi-2022,FJI,Example City 061,SP07,0
example-losi-2022,FJI,Example City 061,SP08,1
example-losi-2022,FJI,Example City 061,SP09,0
example-losi-2022,FJI,Example City 061,SP10,0
example-losi-2022,FJI,Example City 061,SP11,1
example-losi-2022,FJI,Example City 061,SP12,0
example-losi-2022,FJI,Example City 061,SP13,0
example-losi-2022,FJI,Example City 061,SP14,0
example-losi-2022,FJI,Example City 061,SP15,0
example-losi-2022,FJI,Example City 061,SP16,1
example-losi-2022,FJI,Example City 061,SP17,0
example-losi-2022,FJI,Example City 061,SP18,0
example-losi-2022,FJI,Example City 061,PE01,0
example-losi-2022,FJI,Example City 061,PE02,0
example-losi-2022,FJI,Example City 061,PE03,1
example-losi-2022,FJI,Example City 061,PE04,0
example-losi-2022,FJI,Example City 061,PE05,0
example-losi-2022,FJI,Example City 061,PE06,0
example-losi-2022,FJI,Example City 061,PE07,0
example-losi-2022,FJI,Example City 061,PE08,1
example-losi-2022,FJI,Example City 061,PE09,0
example-losi-2022,FJI,Example City 061,PE10,1
example-losi-2022,FJI,Example City 061,PE11,0
example-losi-2022,FJI,Example City 061,PE12,0
example-losi-2022,FJI,Example City 061,PE13,0
example-losi-2022,FJI,Example City 061,PE14,0
example-losi-2022,FJI,Example City 061,PE15,0
example-losi-2022,FJI,Example City 061,PE16,1
example-losi-2022,FJI,Example City 061,PE17,0
example-losi-2022,FJI,Example City 061,TE01,0
example-losi-2022,FJI,Example City 061,TE02,1
example-losi-2022,FJI,Example City 061,TE03,0
example-losi-2022,FJI,Example City 061,TE04,1
example-losi-2022,FJI,Example City 061,TE05,0
example-losi-2022,FJI,Example City 061,TE06,1
example-losi-2022,FJI,Example City 061,TE07,0
example-losi-2022,FJI,Example City 061,TE08,0
example-losi-2022,FJI,Example City 061,TE09,0
example-losi-2022,FJI,Example City 061,TE10,0
example-losi-2022,FJI,Example City 061,TE11,0
example-losi-2022,FJI,Example City 061,TE12,0
example-losi-2022,FJI,Example City 061,TE13,0
example-losi-2022,FJI,Example City 061,TE14,0
example-losi-2022,FJI,Example City 061,TE15,1
example-losi-2022,FJI,Example City 061,TE16,0
example-losi-2022,FJI,Example City 061,TE17,0
example-losi-2022,FJI,Example City 061,TE18,0
example-losi-2022,AND,Example City 062,IF01,0
example-losi-2022,AND,Example City 062,IF02,0
example-losi-2022,AND,Example City 062,IF03,0
example-losi-2022,AND,Example City 062,IF04,0
example-losi-2022,AND,Example City 062,IF05,0
example-losi-2022,AND,Example City 062,IF06,0
example-losi-2022,AND,Example City 062,IF07,0
example-losi-2022,AND,Example City 062,IF08,0
example-losi-2022,AND,Example City 062,CP01,0
example-losi-2022,AND,Example City 062,CP02,0
example-losi-2022,AND,Example City 062,CP03,1
example-losi-2022,AND,Example City 062,CP04,0
example-losi-2022,AND,Example City 062,CP05,0
example-losi-2022,AND,Example City 062,CP06,0
example-losi-2022,AND,Example City 062,CP07,0
example-losi-2022,AND,Example City 062,CP08,0
example-losi-2022,AND,Example City 062,CP09,0
example-losi-2022,AND,Example City 062,CP10,0
example-losi-2022,AND,Example City 062,CP11,0
example-losi-2022,AND,Example City 062,CP12,0
example-losi-2022,AND,Example City 062,CP13,0
example-losi-2022,AND,Example City 062,CP14,0
example-losi-2022,AND,Example City 062,CP15,0
example-losi-2022,AND,Example City 062,CP16,0
example-losi-2022,AND,Example City 062,CP17,0
example-losi-2022,AND,Example City 062,CP18,0
example-losi-2022,AND,Example City 062,CP19,0
example-losi-2022,AND,Example City 062,CP20,0
example-losi-2022,AND,Example City 062,CP21,0
example-losi-2022,AND,Example City 062,CP22,0
example-losi-2022,AND,Example City 062,CP23,0
example-losi-2022,AND,Example City 062,CP24,0
example-losi-2022,AND,Example City 062,CP25,0
example-losi-2022,AND,Example City 062,SP01,0
example-losi-2022,AND,Example City 062,SP02,0
example-losi-2022,AND,Example City 062,SP03,0
example-losi-2022,AND,Example City 062,SP04,0
example-losi-2022,AND,Example City 062,SP05,0
example-losi-2022,AND,Example City 062,SP06,0
example-losi-2022,AND,Example City 062,SP07,0
example-losi-2022,AND,Example City 062,SP08,0
example-losi-2022,AND,Example City 062,SP09,0
example-losi-2022,AND,Example City 062,SP10,0
example-losi-2022,AND,Example City 062,SP11,0
example-losi-2022,AND,Example City 062,SP12,0
example-losi-2022,AND,Example City 062,SP13,0
example-losi-2022,AND,Example City 062,SP14,0
example-losi-2022,AND,Example City 062,SP15,1
example-losi-2022,AND,Example City 062,SP16,0
example-losi-2022,AND,Example City 062,SP17,1
example-losi-2022,AND,Example City 062,SP18,0
example-losi-2022,AND,Example City 062,PE01,0
example-losi-2022,AND,Example City 062,PE02,0
example-losi-2022,AND,Example City 062,PE03,1
example-losi-2022,AND,Example City 062,PE04,0
example-losi-2022,AND,Example City 062,PE05,0
example-losi-2022,AND,Example City 062,PE06,0
example-losi-2022,AND,Example City 062,PE07,0
example-losi-2022,AND,Example City 062,PE08,0
example-losi-2022,AND,Example City 062,PE09,0
example-losi-2022,AND,Example City 062,PE10,0
example-losi-2022,AND,Example City 062,PE11,1
example-losi-2022,AND,Example City 062,PE12,0
example-losi-2022,AND,Example City 062,PE13,0
example-losi-2022,AND,Example City 062,PE14,0
example-losi-2022,AND,Example City 062,PE15,0
example-losi-2022,AND,Example City 062,PE16,1
example-losi-2022,AND,Example City 062,PE17,0
example-losi-2022,AND,Example City 062,TE01,0
example-losi-2022,AND,Example City 062,TE02,0
example-losi-2022,AND,Example City 062,TE03,0
example-losi-2022,AND,Example City 062,TE04,1
example-losi-2022,AND,Example City 062,TE05,0
example-losi-2022,AND,Example City 062,TE06,0
example-losi-2022,AND,Example City 062,TE07,1
example-losi-2022,AND,Example City 062,TE08,0
example-losi-2022,AND,Example City 062,TE09,0
example-losi-2022,AND,Example City 062,TE10,0
example-losi-2022,AND,Example City 062,TE11,0
example-losi-2022,AND,Example City 062,TE12,1
example-losi-2022,AND,Example City 062,TE13,0
example-losi-2022,AND,Example City 062,TE14,0
example-losi-2022,AND,Example City 062,TE15,0
example-losi-2022,AND,Example City 062,TE16,0
example-losi-2022,AND,Example City 062,TE17,0
example-losi-2022,AND,Example City 062,TE18,0
example-losi-2022,MNE,Example City 063,IF01,1
example-losi-2022,MNE,Example City 063,IF02,0
example-losi-2022,MNE,Example City 063,IF03,1
example-losi-2022,MNE,Example City 063,IF04,1
example-losi-2022,MNE,Example City 063,IF05,1
example-losi-2022,MNE,Example City 063,IF06,1
example-losi-2022,MNE,Example City 063,IF07,0
example-losi-2022,MNE,Example City 063,IF08,0
example-losi-2022,MNE,Example City 063,CP01,0
example-losi-2022,MNE,Example City 063,CP02,0
example-losi-2022,MNE,Example City 063,CP03,1
example-losi-2022,MNE,Example City 063,CP04,0
example-losi-2022,MNE,Example City 063,CP05,1
example-losi-2022,MNE,Example City 063,CP06,0
example-losi-2022,MNE,Example City 063,CP07,1
example-losi-2022,MNE,Example City 063,CP08,0
example-losi-2022,MNE,Example City 063,CP09,0
example-losi-2022,MNE,Example City 063,CP10,0
example-losi-2022,MNE,Example City 063,CP11,1
example-losi-2022,MNE,Example City 063,CP12,0
example-losi-2022,MNE,Example City 063,CP13,1
example-losi-2022,MNE,Example City 063,CP14,1
example-losi-2022,MNE,Example City 063,CP15,0
example-losi-2022,MNE,Example City 063,CP16,1
example-losi-2022,MNE,Example City 063,CP17,1
example-losi-2022,MNE,Example City 063,CP18,1
example-losi-2022,MNE,Example City 063,CP19,0
example-losi-2022,MNE,Example City 063,CP20,1
example-losi-2022,MNE,Example City 063,CP21,0
example-losi-2022,MNE,Example City 063,CP22,0
example-losi-2022,MNE,Example City 063,CP23,0
example-losi-2022,MNE,Example City 063,CP24,1
example-losi-2022,MNE,Example City 063,CP25,1
example-losi-2022,MNE,Example City 063,SP01,1
example-losi-2022,MNE,Example City 063,SP02,1
example-losi-2022,MNE,Example City 063,SP03,0
example-losi-2022,MNE,Example City 063,SP04,0
example-losi-2022,MNE,Example City 063,SP05,1
example-losi-2022,MNE,Example City 063,SP06,1
example-losi-2022,MNE,Example City 063,SP07,0
example-losi-2022,MNE,Example City 063,SP08,1
example-losi-2022,MNE,Example City 063,SP09,0
example-losi-2022,MNE,Example City 063,SP10,0
example-losi-2022,MNE,Example City 063,SP11,0
example-losi-2022,MNE,Example City 063,SP12,1
example-losi-2022,MNE,Example City 063,SP13,1
example-losi-2022,MNE,Example City 063,SP14,0
example-losi-2022,MNE,Example City 063,SP15,1
example-losi-2022,MNE,Example City 063,SP16,1
example-losi-2022,MNE,Example City 063,SP17,0
example-losi-2022,MNE,Example City 063,SP18,0
example-losi-2022,MNE,Example City 063,PE01,1
example-losi-2022,MNE,Example City 063,PE02,0
example-losi-2022,MNE,Example City 063,PE03,1
example-losi-2022,MNE,Example City 063,PE04,0
example-losi-2022,MNE,Example City 063,PE05,0
example-losi-2022,MNE,Example City 063,PE06,1
example-losi-2022,MNE,Example City 063,PE07,1
example-losi-2022,MNE,Example City 063,PE08,1
example-losi-2022,MNE,Example City 063,PE09,1
example-losi-2022,MNE,Example City 063,PE10,0
example-losi-2022,MNE,Example City 063,PE11,1
example-losi-2022,MNE,Example City 063,PE12,0
example-losi-2022,MNE,Example City 063,PE13,0
example-losi-2022,MNE,Example City 063,PE14,0
example-losi-2022,MNE,Example City 063,PE15,0
example-losi-2022,MNE,Example City 063,PE16,1
example-losi-2022,MNE,Example City 063,PE17,1
example-losi-2022,MNE,Example City 063,TE01,0
example-losi-2022,MNE,Example City 063,TE02,0
example-losi-2022,MNE,Example City 063,TE03,0
example-losi-2022,MNE,Example City 063,TE04,0
example-losi-2022,MNE,Example City 063,TE05,1
example-losi-2022,MNE,Example City 063,TE06,0
example-losi-2022,MNE,Example City 063,TE07,1
example-losi-2022,MNE,Example City 063,TE08,0
example-losi-2022,MNE,Example City 063,TE09,1
example-losi-2022,MNE,Example City 063,TE10,0
example-losi-2022,MNE,Example City 063,TE11,0
example-losi-2022,MNE,Example City 063,TE12,0
example-losi-2022,MNE,Example City 063,TE13,0
example-losi-2022,MNE,Example City 063,TE14,0
example-losi-2022,MNE,Example City 063,TE15,0
example-losi-2022,MNE,Example City 063,TE16,1
example-losi-2022,MNE,Example City 063,TE17,0
example-losi-2022,MNE,Example City 063,TE18,1
example-losi-2022,GRD,Example City 064,IF01,1
example-losi-2022,GRD,Example City 064,IF02,1
example-losi-2022,GRD,Example City 064,IF03,1
example-losi-2022,GRD,Example City 064,IF04,1
example-losi-2022,GRD,Example City 064,IF05,1
example-losi-2022,GRD,Example City 064,IF06,1
example-losi-2022,GRD,Example City 064,IF07,1
example-losi-2022,GRD,Example City 064,IF08,1
example-losi-2022,GRD,Example City 064,CP01,1
example-losi-2022,GRD,Example City 064,CP02,0
example-losi-2022,GRD,Example City 064,CP03,1
example-losi-2022,GRD,Example City 064,CP04,1
example-losi-2022,GRD,Example City 064,CP05,1
example-losi-2022,GRD,Example City 064,CP06,1
example-losi-2022,GRD,Example City 064,CP07,1
example-losi-2022,GRD,Example City 064,CP08,1
example-losi-2022,GRD,Example City 064,CP09,1
example-losi-2022,GRD,Example City 064,CP10,0
example-losi-2022,GRD,Example City 064,CP11,1
example-losi-2022,GRD,Example City 064,CP12,1
example-losi-2022,GRD,Example City 064,CP13,1
example-losi-2022,GRD,Example City 064,CP14,1
example-losi-2022,GRD,Example City 064,CP15,1
example-losi-2022,GRD,Example City 064,CP16,1
example-losi-2022,GRD,Example City 064,CP17,1
example-losi-2022,GRD,Example City 064,CP18,1
example-losi-2022,GRD,Example City 064,CP19,0
example-losi-2022,GRD,Example City 064,CP20,1
example-losi-2022,GRD,Example City 064,CP21,0
example-losi-2022,GRD,Example City 064,CP22,1
example-losi-2022,GRD,Example City 064,CP23,1
example-losi-2022,GRD,Example City 064,CP24,1
example-losi-2022,GRD,Example City 064,CP25,1
example-losi-2022,GRD,Example City 064,SP01,1
example-losi-2022,GRD,Example City 064,SP02,1
example-losi-2022,GRD,Example City 064,SP03,1
example-losi-2022,GRD,Example City 064,SP04,0
example-losi-2022,GRD,Example City 064,SP05,1
example-losi-2022,GRD,Example City 064,SP06,1
example-losi-2022,GRD,Example City 064,SP07,1
example-losi-2022,GRD,Example City 064,SP08,1
example-losi-2022,GRD,Example City 064,SP09,1
example-losi-2022,GRD,Example City 064,SP10,0
example-losi-2022,GRD,Example City 064,SP11,0
example-losi-2022,GRD,Example City 064,SP12,0
example-losi-2022,GRD,Example City 064,SP13,1
example-losi-2022,GRD,Example City 064,SP14,1
example-losi-2022,GRD,Example City 064,SP15,1
example-losi-2022,GRD,Example City 064,SP16,1
example-losi-2022,GRD,Example City 064,SP17,1
example-losi-2022,GRD,Example City 064,SP18,1
example-losi-2022,GRD,Example City 064,PE01,1
example-losi-2022,GRD,Example City 064,PE02,1
example-losi-2022,GRD,Example City 064,PE03,1
example-losi-2022,GRD,Example City 064,PE04,1
example-losi-2022,GRD,Example City 064,PE05,1
example-losi-2022,GRD,Example City 064,PE06,1
example-losi-2022,GRD,Example City 064,PE07,1
example-losi-2022,GRD,Example City 064,PE08,1
example-losi-2022,GRD,Example City 064,PE09,1
example-losi-2022,GRD,Example City 064,PE10,1
example-losi-2022,GRD,Example City 064,PE11,1
example-losi-2022,GRD,Example City 064,PE12,1
example-losi-2022,GRD,Example City 064,PE13,1
example-losi-2022,GRD,Example City 064,PE14,1
example-losi-2022,GRD,Example City 064,PE15,1
example-losi-2022,GRD,Example City 064,PE16,1
example-losi-2022,GRD,Example City 064,PE17,1
example-losi-2022,GRD,Example City 064,TE01,1
example-losi-2022,GRD,Example City 064,TE02,1
example-losi-2022,GRD,Example City 064,TE03,1
example-losi-2022,GRD,Example City 064,TE04,1
example-losi-2022,GRD,Example City 064,TE05,1
example-losi-2022,GRD,Example City 064,TE06,1
example-losi-2022,GRD,Example City 064,TE07,1
example-losi-2022,GRD,Example City 064,TE08,1
example-losi-2022,GRD,Example City 064,TE09,1
example-losi-2022,GRD,Example City 064,TE10,0
example-losi-2022,GRD,Example City 064,TE11,1
example-losi-2022,GRD,Example City 064,TE12,1
example-losi-2022,GRD,Example City 064,TE13,1
example-losi-2022,GRD,Example City 064,TE14,1
example-losi-2022,GRD,Example City 064,TE15,1
example-losi-2022,GRD,Example City 064,TE16,1
example-losi-2022,GRD,Example City 064,TE17,0
example-losi-2022,GRD,Example City 064,TE18,0
example-losi-2022,LBY,Example City 065,IF01,1
example-losi-2022,LBY,Example City 065,IF02,0
example-losi-2022,LBY,Example City 065,IF03,1
example-losi-2022,LBY,Example City 065,IF04,0
example-losi-2022,LBY,Example City 065,IF05,1
example-losi-2022,LBY,Example City 065,IF06,0
example-losi-2022,LBY,Example City 065,IF07,0
example-losi-2022,LBY,Example City 065,IF08,0
example-losi-2022,LBY,Example City 065,CP01,1
example-losi-2022,LBY,Example City 065,CP02,0
example-losi-2022,LBY,Example City 065,CP03,0
example-losi-2022,LBY,Example City 065,CP04,1
example-losi-2022,LBY,Example City 065,CP05,0
example-losi-2022,LBY,Example City 065,CP06,0
example-losi-2022,LBY,Example City 065,CP07,0
example-losi-2022,LBY,Example City 065,CP08,1
example-losi-2022,LBY,Example City 065,CP09,0
example-losi-2022,LBY,Example City 065,CP10,1
example-losi-2022,LBY,Example City 065,CP11,0
example-losi-2022,LBY,Example City 065,CP12,0
example-losi-2022,LBY,Example City 065,CP13,0
example-losi-2022,LBY,Example City 065,CP14,1
example-losi-2022,LBY,Example City 065,CP15,1
example-losi-2022,LBY,Example City 065,CP16,1
example-losi-2022,LBY,Example City 065,CP17,0
example-losi-2022,LBY,Example City 065,CP18,1
example-losi-2022,LBY,Example City 065,CP19,0
example-losi-2022,LBY,Example City 065,CP20,1
example-losi-2022,LBY,Example City 065,CP21,0
example-losi-2022,LBY,Example City 065,CP22,0
example-losi-2022,LBY,Example City 065,CP23,0
example-losi-2022,LBY,Example City 065,CP24,0
example-losi-2022,LBY,Example City 065,CP25,1
example-losi-2022,LBY,Example City 065,SP01,1
example-losi-2022,LBY,Example City 065,SP02,0
example-losi-2022,LBY,Example City 065,SP03,0
example-losi-2022,LBY,Example City 065,SP04,1
example-losi-2022,LBY,Example City 065,SP05,0
example-losi-2022,LBY,Example City 065,SP06,1
example-losi-2022,LBY,Example City 065,SP07,0
example-losi-2022,LBY,Example City 065,SP08,1
example-losi-2022,LBY,Example City 065,SP09,1
example-losi-2022,LBY,Example City 065,SP10,0
example-losi-2022,LBY,Example City 065,SP11,0
example-losi-2022,LBY,Example City 065,SP12,1
example-losi-2022,LBY,Example City 065,SP13,0
example-losi-2022,LBY,Example City 065,SP14,0
example-losi-2022,LBY,Example City 065,SP15,0
example-losi-2022,LBY,Example City 065,SP16,0
example-losi-2022,LBY,Example City 065,SP17,0
example-losi-2022,LBY,Example City 065,SP18,0
example-losi-2022,LBY,Example City 065,PE01,0
example-losi-2022,LBY,Example City 065,PE02,0
example-losi-2022,LBY,Example City 065,PE03,1
example-losi-2022,LBY,Example City 065,PE04,0
example-losi-2022,LBY,Example City 065,PE05,1
example-losi-2022,LBY,Example City 065,PE06,0
example-losi-2022,LBY,Example City 065,PE07,1
example-losi-2022,LBY,Example City 065,PE08,0
example-losi-2022,LBY,Example City 065,PE09,0
example-losi-2022,LBY,Example City 065,PE10,1
example-losi-2022,LBY,Example City 065,PE11,0
example-losi-2022,LBY,Example City 065,PE12,0
example-losi-2022,LBY,Example City 065,PE13,1
example-losi-2022,LBY,Example City 065,PE14,0
example-losi-2022,LBY,Example City 065,PE15,1
example-losi-2022,LBY,Example City 065,PE16,1
example-losi-2022,LBY,Example City 065,PE17,0
example-losi-2022,LBY,Example City 065,TE01,0
example-losi-2022,LBY,Example City 065,TE02,0
example-losi-2022,LBY,Example City 065,TE03,0
example-losi-2022,LBY,Example City 065,TE04,1
example-losi-2022,LBY,Example City 065,TE05,0
example-losi-2022,LBY,Example City 065,TE06,0
example-losi-2022,LBY,Example City 065,TE07,0
example-losi-2022,LBY,Example City 065,TE08,0
example-losi-2022,LBY,Example City 065,TE09,1
example-losi-2022,LBY,Example City 065,TE10,1
example-losi-2022,LBY,Example City 065,TE11,1
example-losi-2022,LBY,Example City 065,TE12,0
example-losi-2022,LBY,Example City 065,TE13,0
example-losi-2022,LBY,Example City 065,TE14,0
example-losi-2022,LBY,Example City 065,TE15,0
example-losi-2022,LBY,Example City 065,TE16,1
example-losi-2022,LBY,Example City 065,TE17,0
example-losi-2022,LBY,Example City 065,TE18,0
example-losi-2022,MAR,Example City 066,IF01,0
example-losi-2022,MAR,Example City 066,IF02,0
example-losi-2022,MAR,Example City 066,IF03,1
example-losi-2022,MAR,Example City 066,IF04,0
example-losi-2022,MAR,Example City 066,IF05,1
example-losi-2022,MAR,Example City 066,IF06,0
example-losi-2022,MAR,Example City 066,IF07,0
example-losi-2022,MAR,Example City 066,IF08,0
example-losi-2022,MAR,Example City 066,CP01,0
example-losi-2022,MAR,Example City 066,CP02,0
example-losi-2022,MAR,Example City 066,CP03,0
example-losi-2022,MAR,Example City 066,CP04,0
example-losi-2022,MAR,Example City 066,CP05,0
example-losi-2022,MAR,Example City 066,CP06,0
example-losi-2022,MAR,Example City 066,CP07,0
example-losi-2022,MAR,Example City 066,CP08,0
example-losi-2022,MAR,Example City 066,CP09,0
example-losi-2022,MAR,Example City 066,CP10,0
example-losi-2022,MAR,Example City 066,CP11,0
example-losi-2022,MAR,Example City 066,CP12,0
example-losi-2022,MAR,Example City 066,CP13,0
example-losi-2022,MAR,Example City 066,CP14,0
example-losi-2022,MAR,Example City 066,CP15,0
example-losi-2022,MAR,Example City 066,CP16,0
example-losi-2022,MAR,Example City 066,CP17,0
example-losi-2022,MAR,Example City 066,CP18,0
example-losi-2022,MAR,Example City 066,CP19,0
example-losi-2022,MAR,Example City 066,CP20,0
example-losi-2022,MAR,Example City 066,CP21,0
example-losi-2022,MAR,Example City 066,CP22,0
example-losi-2022,MAR,Example City 066,CP23,0
example-losi-2022,MAR,Example City 066,CP24,0
example-losi-2022,MAR,Example City 066,CP25,1
example-losi-2022,MAR,Example City 066,SP01,0
example-losi-2022,MAR,Example City 066,SP02,0
example-losi-2022,MAR,Example City 066,SP03,0
example-losi-2022,MAR,Example City 066,SP04,0
example-losi-2022,MAR,Example City 066,SP05,0
example-losi-2022,MAR,Example City 066,SP06,0
example-losi-2022,MAR,Example City 066,SP07,0
example-losi-2022,MAR,Example City 066,SP08,0
example-losi-2022,MAR,Example City 066,SP09,0
example-losi-2022,MAR,Example City 066,SP10,0
example-losi-2022,MAR,Example City 066,SP11,0
example-losi-2022,MAR,Example City 066,SP12,0
example-losi-2022,MAR,Example City 066,SP13,0
example-losi-2022,MAR,Example City 066,SP14,0
example-losi-2022,MAR,Example City 066,SP15,0
example-losi-2022,MAR,Example City 066,SP16,1
example-losi-2022,MAR,Example City 066,SP17,0
example-losi-2022,MAR,Example City 066,SP18,0
example-losi-2022,MAR,Example City 066,PE01,0
example-losi-2022,MAR,Example City 066,PE02,0
example-losi-2022,MAR,Example City 066,PE03,0
example-losi-2022,MAR,Example City 066,PE04,1
example-losi-2022,MAR,Example City 066,PE05,0
example-losi-2022,MAR,Example City 066,PE06,0
example-losi-2022,MAR,Example City 066,PE07,0
example-losi-2022,MAR,Example City 066,PE08,0
example-losi-2022,MAR,Example City 066,PE09,0
example-losi-2022,MAR,Example City 066,PE10,0
example-losi-2022,MAR,Example City 066,PE11,0
example-losi-2022,MAR,Example City 066,PE12,0
example-losi-2022,MAR,Example City 066,PE13,0
example-losi-2022,MAR,Example City 066,PE14,0
example-losi-2022,MAR,Example City 066,PE15,0
example-losi-2022,MAR,Example City 066,PE16,1
example-losi-2022,MAR,Example City 066,PE17,0
example-losi-2022,MAR,Example City 066,TE01,0
example-losi-2022,MAR,Example City 066,TE02,0
example-losi-2022,MAR,Example City 066,TE03,0
example-losi-2022,MAR,Example City 066,TE04,0
example-losi-2022,MAR,Example City 066,TE05,0
example-losi-2022,MAR,Example City 066,TE06,0
example-losi-2022,MAR,Example City 066,TE07,1
example-losi-2022,MAR,Example City 066,TE08,0
example-losi-2022,MAR,Example City 066,TE09,0
example-losi-2022,MAR,Example City 066,TE10,0
example-losi-2022,MAR,Example City 066,TE11,0
example-losi-2022,MAR,Example City 066,TE12,0
example-losi-2022,MAR,Example City 066,TE13,0
example-losi-2022,MAR,Example City 066,TE14,0
example-losi-2022,MAR,Example City 066,TE15,0
example-losi-2022,MAR,Example City 066,TE16,1
example-losi-2022,MAR,Example City 066,TE17,0
example-losi-2022,MAR,Example City 066,TE18,0
example-losi-2022,UGA,Example City 067,IF01,0
example-losi-2022,UGA,Example City 067,IF02,1
example-losi-2022,UGA,Example City 067,IF03,1
example-losi-2022,UGA,Example City 067,IF04,1
example-losi-2022,UGA,Example City 067,IF05,1
example-losi-2022,UGA,Example City 067,IF06,1
example-losi-2022,UGA,Example City 067,IF07,1
example-losi-2022,UGA,Example City 067,IF08,1
example-losi-2022,UGA,Example City 067,CP01,1
example-losi-2022,UGA,Example City 067,CP02,0
example-losi-2022,UGA,Example City 067,CP03,1
example-losi-2022,UGA,Example City 067,CP04,1
example-losi-2022,UGA,Example City 067,CP05,1
example-losi-2022,UGA,Example City 067,CP06,1
example-losi-2022,UGA,Example City 067,CP07,0
example-losi-2022,UGA,Example City 067,CP08,1
example-losi-2022,UGA,Example City 067,CP09,1
example-losi-2022,UGA,Example City 067,CP10,0
example-losi-2022,UGA,Example City 067,CP11,1
example-losi-2022,UGA,Example City 067,CP12,1
example-losi-2022,UGA,Example City 067,CP13,1
example-losi-2022,UGA,Example City 067,CP14,1
example-losi-2022,UGA,Example City 067,CP15,1
example-losi-2022,UGA,Example City 067,CP16,1
example-losi-2022,UGA,Example City 067,CP17,0
example-losi-2022,UGA,Example City 067,CP18,1
example-losi-2022,UGA,Example City 067,CP19,1
example-losi-2022,UGA,Example City 067,CP20,1
example-losi-2022,UGA,Example City 067,CP21,0
example-losi-2022,UGA,Example City 067,CP22,1
example-losi-2022,UGA,Example City 067,CP23,0
example-losi-2022,UGA,Example City 067,CP24,1
example-losi-2022,UGA,Example City 067,CP25,0
example-losi-2022,UGA,Example City 067,SP01,1
example-losi-2022,UGA,Example City 067,SP02,1
example-losi-2022,UGA,Example City 067,SP03,0
example-losi-2022,UGA,Example City 067,SP04,1
example-losi-2022,UGA,Example City 067,SP05,1
example-losi-2022,UGA,Example City 067,SP06,1
example-losi-2022,UGA,Example City 067,SP07,0
example-losi-2022,UGA,Example City 067,SP08,1
example-losi-2022,UGA,Example City 067,SP09,1
example-losi-2022,UGA,Example City 067,SP10,0
example-losi-2022,UGA,Example City 067,SP11,1
example-losi-2022,UGA,Example City 067,SP12,1
example-losi-2022,UGA,Example City 067,SP13,1
example-losi-2022,UGA,Example City 067,SP14,0
example-losi-2022,UGA,Example City 067,SP15,1
example-losi-2022,UGA,Example City 067,SP16,1
example-losi-2022,UGA,Example City 067,SP17,1
example-losi-2022,UGA,Example City 067,SP18,1
example-losi-2022,UGA,Example City 067,PE01,1
example-losi-2022,UGA,Example City 067,PE02,1
example-losi-2022,UGA,Example City 067,PE03,1
example-losi-2022,UGA,Example City 067,PE04,0
example-losi-2022,UGA,Example City 067,PE05,1
example-losi-2022,UGA,Example City 067,PE06,1
example-losi-2022,UGA,Example City 067,PE07,1
example-losi-2022,UGA,Example City 067,PE08,1
example-losi-2022,UGA,Example City 067,PE09,1
example-losi-2022,UGA,Example City 067,PE10,1
example-losi-2022,UGA,Example City 067,PE11,1
example-losi-2022,UGA,Example City 067,PE12,1
example-losi-2022,UGA,Example City 067,PE13,0
example-losi-2022,UGA,Example City 067,PE14,1
example-losi-2022,UGA,Example City 067,PE15,1
example-losi-2022,UGA,Example City 067,PE16,1
example-losi-2022,UGA,Example City 067,PE17,0
example-losi-2022,UGA,Example City 067,TE01,1
example-losi-2022,UGA,Example City 067,TE02,1
example-losi-2022,UGA,Example City 067,TE03,0
example-losi-2022,UGA,Example City 067,TE04,1
example-losi-2022,UGA,Example City 067,TE05,0
example-losi-2022,UGA,Example City 067,TE06,0
example-losi-2022,UGA,Example City 067,TE07,1
example-losi-2022,UGA,Example City 067,TE08,1
example-losi-2022,UGA,Example City 067,TE09,1
example-losi-2022,UGA,Example City 067,TE10,1
example-losi-2022,UGA,Example City 067,TE11,1
example-losi-2022,UGA,Example City 067,TE12,1
example-losi-2022,UGA,Example City 067,TE13,1
example-losi-2022,UGA,Example City 067,TE14,0
example-losi-2022,UGA,Example City 067,TE15,1
example-losi-2022,UGA,Example City 067,TE16,1
example-losi-2022,UGA,Example City 067,TE17,0
example-losi-2022,UGA,Example City 067,TE18,0
example-losi-2022,TLS,Example City 068,IF01,0
example-losi-2022,TLS,Example City 068,IF02,0
example-losi-2022,TLS,Example City 068,IF03,1
example-losi-2022,TLS,Example City 068,IF04,0
example-losi-2022,TLS,Example City 068,IF05,0
example-losi-2022,TLS,Example City 068,IF06,0
example-losi-2022,TLS,Example City 068,IF07,0
example-losi-2022,TLS,Example City 068,IF08,0
example-losi-2022,TLS,Example City 068,CP01,0
example-losi-2022,TLS,Example City 068,CP02,0
example-losi-2022,TLS,Example City 068,CP03,0
example-losi-2022,TLS,Example City 068,CP04,0
example-losi-2022,TLS,Example City 068,CP05,0
example-losi-2022,TLS,Example City 068,CP06,0
example-losi-2022,TLS,Example City 068,CP07,0
example-losi-2022,TLS,Example City 068,CP08,0
example-losi-2022,TLS,Example City 068,CP09,0
example-losi-2022,TLS,Example City 068,CP10,0
example-losi-2022,TLS,Example City 068,CP11,0
example-losi-2022,TLS,Example City 068,CP12,0
example-losi-2022,TLS,Example City 068,CP13,0
example-losi-2022,TLS,Example City 068,CP14,0
example-losi-2022,TLS,Example City 068,CP15,0
example-losi-2022,TLS,Example City 068,CP16,0
example-losi-2022,TLS,Example City 068,CP17,0
example-losi-2022,TLS,Example City 068,CP18,0
example-losi-2022,TLS,Example City 068,CP19,0
example-losi-2022,TLS,Example City 068,CP20,0
example-losi-2022,TLS,Example City 068,CP21,0
example-losi-2022,TLS,Example City 068,CP22,0
example-losi-2022,TLS,Example City 068,CP23,0
example-losi-2022,TLS,Example City 068,CP24,0
example-losi-2022,TLS,Example City 068,CP25,0
example-losi-2022,TLS,Example City 068,SP01,0
example-losi-2022,TLS,Example City 068,SP02,0
example-losi-2022,TLS,Example City 068,SP03,0
example-losi-2022,TLS,Example City 068,SP04,0
example-losi-2022,TLS,Example City 068,SP05,1
example-losi-2022,TLS,Example City 068,SP06,0
example-losi-2022,TLS,Example City 068,SP07,0
example-losi-2022,TLS,Example City 068,SP08,0
example-losi-2022,TLS,Example City 068,SP09,0
example-losi-2022,TLS,Example City 068,SP10,0
example-losi-2022,TLS,Example City 068,SP11,0
example-losi-2022,TLS,Example City 068,SP12,0
example-losi-2022,TLS,Example City 068,SP13,0
example-losi-2022,TLS,Example City 068,SP14,0
example-losi-2022,TLS,Example City 068,SP15,0
example-losi-2022,TLS,Example City 068,SP16,1
example-losi-2022,TLS,Example City 068,SP17,0
example-losi-2022,TLS,Example City 068,SP18,0
example-losi-2022,TLS,Example City 068,PE01,0
example-losi-2022,TLS,Example City 068,PE02,0
example-losi-2022,TLS,Example City 068,PE03,0
example-losi-2022,TLS,Example City 068,PE04,1
example-losi-2022,TLS,Example City 068,PE05,0
example-losi-2022,TLS,Example City 068,PE06,0
example-losi-2022,TLS,Example City 068,PE07,0
example-losi-2022,TLS,Example City 068,PE08,0
example-losi-2022,TLS,Example City 068,PE09,0
example-losi-2022,TLS,Example City 068,PE10,0
example-losi-2022,TLS,Example City 068,PE11,0
example-losi-2022,TLS,Example City 068,PE12,0
example-losi-2022,TLS,Example City 068,PE13,0
example-losi-2022,TLS,Example City 068,PE14,0
example-losi-2022,TLS,Example City 068,PE15,0
example-losi-2022,TLS,Example City 068,PE16,1
example-losi-2022,TLS,Example City 068,PE17,0
example-losi-2022,TLS,Example City 068,TE01,0
example-losi-2022,TLS,Example City 068,TE02,0
example-losi-2022,TLS,Example City 068,TE03,0
example-losi-2022,TLS,Example City 068,TE04,0
example-losi-2022,TLS,Example City 068,TE05,0
example-losi-2022,TLS,Example City 068,TE06,0
example-losi-2022,TLS,Example City 068,TE07,1
example-losi-2022,TLS,Example City 068,TE08,0
example-losi-2022,TLS,Example City 068,TE09,0
example-losi-2022,TLS,Example City 068,TE10,0
example-losi-2022,TLS,Example City 068,TE11,0
example-losi-2022,TLS,Example City 068,TE12,0
example-losi-2022,TLS,Example City 068,TE13,0
example-losi-2022,TLS,Example City 068,TE14,0
example-losi-2022,TLS,Example City 068,TE15,0
example-losi-2022,TLS,Example City 068,TE16,1
example-losi-2022,TLS,Example City 068,TE17,0
example-losi-2022,TLS,Example City 068,TE18,0
example-losi-2022,SYR,Example City 069,IF01,0
example-losi-2022,SYR,Example City 069,IF02,0
example-losi-2022,SYR,Example City 069,IF03,0
example-losi-2022,SYR,Example City 069,IF04,1
example-losi-2022,SYR,Example City 069,IF05,0
example-losi-2022,SYR,Example City 069,IF06,0
example-losi-2022,SYR,Example City 069,IF07,0
example-losi-2022,SYR,Example City 069,IF08,0
example-losi-2022,SYR,Example City 069,CP01,0
example-losi-2022,SYR,Example City 069,CP02,0
example-losi-2022,SYR,Example City 069,CP03,0
example-losi-2022,SYR,Example City 069,CP04,0
example-losi-2022,SYR,Example City 069,CP05,0
example-losi-2022,SYR,Example City 069,CP06,0
example-losi-2022,SYR,Example City 069,CP07,1
example-losi-2022,SYR,Example City 069,CP08,0
example-losi-2022,SYR,Example City 069,CP09,1
example-losi-2022,SYR,Example City 069,CP10,0
example-losi-2022,SYR,Example City 069,CP11,0
example-losi-2022,SYR,Example City 069,CP12,1
example-losi-2022,SYR,Example City 069,CP13,0
example-losi-2022,SYR,Example City 069,CP14,0
example-losi-2022,SYR,Example City 069,CP15,0
example-losi-2022,SYR,Example City 069,CP16,1
example-losi-2022,SYR,Example City 069,CP17,0
example-losi-2022,SYR,Example City 069,CP18,0
example-losi-2022,SYR,Example City 069,CP19,0
example-losi-2022,SYR,Example City 069,CP20,0
example-losi-2022,SYR,Example City 069,CP21,0
example-losi-2022,SYR,Example City 069,CP22,1
example-losi-2022,SYR,Example City 069,CP23,0
example-losi-2022,SYR,Example City 069,CP24,0
example-losi-2022,SYR,Example City 069,CP25,0
example-losi-2022,SYR,Example City 069,SP01,0
example-losi-2022,SYR,Example City 069,SP02,0
example-losi-2022,SYR,Example City 069,SP03,0
example-losi-2022,SYR,Example City 069,SP04,0
example-losi-2022,SYR,Example City 069,SP05,1
example-losi-2022,SYR,Example City 069,SP06,0
example-losi-2022,SYR,Example City 069,SP07,0
example-losi-2022,SYR,Example City 069,SP08,1
example-losi-2022,SYR,Example City 069,SP09,1
example-losi-2022,SYR,Example City 069,SP10,0
example-losi-2022,SYR,Example City 069,SP11,0
example-losi-2022,SYR,Example City 069,SP12,0
example-losi-2022,SYR,Example City 069,SP13,0
example-losi-2022,SYR,Example City 069,SP14,0
example-losi-2022,SYR,Example City 069,SP15,0
example-losi-2022,SYR,Example City 069,SP16,1
example-losi-2022,SYR,Example City 069,SP17,1
example-losi-2022,SYR,Example City 069,SP18,0
example-losi-2022,SYR,Example City 069,PE01,1
example-losi-2022,SYR,Example City 069,PE02,0
example-losi-2022,SYR,Example City 069,PE03,1
example-losi-2022,SYR,Example City 069,PE04,1
example-losi-2022,SYR,Example City 069,PE05,1
example-losi-2022,SYR,Example City 069,PE06,0
example-losi-2022,SYR,Example City 069,PE07,1
example-losi-2022,SYR,Example City 069,PE08,0
example-losi-2022,SYR,Example City 069,PE09,0
example-losi-2022,SYR,Example City 069,PE10,0
example-losi-2022,SYR,Example City 069,PE11,1
example-losi-2022,SYR,Example City 069,PE12,1
example-losi-2022,SYR,Example City 069,PE13,0
example-losi-2022,SYR,Example City 069,PE14,1
example-losi-2022,SYR,Example City 069,PE15,0
example-losi-2022,SYR,Example City 069,PE16,0
example-losi-2022,SYR,Example City 069,PE17,0
example-losi-2022,SYR,Example City 069,TE01,0
example-losi-2022,SYR,Example City 069,TE02,0
example-losi-2022,SYR,Example City 069,TE03,0
example-losi-2022,SYR,Example City 069,TE04,0
example-losi-2022,SYR,Example City 069,TE05,0
example-losi-2022,SYR,Example City 069,TE06,0
example-losi-2022,SYR,Example City 069,TE07,1
example-losi-2022,SYR,Example City 069,TE08,0
example-losi-2022,SYR,Example City 069,TE09,0
example-losi-2022,SYR,Example City 069,TE10,0
example-losi-2022,SYR,Example City 069,TE11,0
example-losi-2022,SYR,Example City 069,TE12,0
example-losi-2022,SYR,Example City 069,TE13,0
example-losi-2022,SYR,Example City 069,TE14,0
example-losi-2022,SYR,Example City 069,TE15,0
example-losi-2022,SYR,Example City 069,TE16,0
example-losi-2022,SYR,Example City 069,TE17,0
example-losi-2022,SYR,Example City 069,TE18,0
example-losi-2022,ZMB,Example City 070,IF01,0
example-losi-2022,ZMB,Example City 070,IF02,1
example-losi-2022,ZMB,Example City 070,IF03,0
example-losi-2022,ZMB,Example City 070,IF04,0
example-losi-2022,ZMB,Example City 070,IF05,0
example-losi-2022,ZMB,Example City 070,IF06,1
example-losi-2022,ZMB,Example City 070,IF07,0
example-losi-2022,ZMB,Example City 070,IF08,0
example-losi-2022,ZMB,Example City 070,CP01,0
example-losi-2022,ZMB,Example City 070,CP02,0
example-losi-2022,ZMB,Example City 070,CP03,1
example-losi-2022,ZMB,Example City 070,CP04,0
example-losi-2022,ZMB,Example City 070,CP05,0
example-losi-2022,ZMB,Example City 070,CP06,0
example-losi-2022,ZMB,Example City 070,CP07,0
example-losi-2022,ZMB,Example City 070,CP08,0
example-losi-2022,ZMB,Example City 070,CP09,0
example-losi-2022,ZMB,Example City 070,CP10,0
example-losi-2022,ZMB,Example City 070,CP11,1
example-losi-2022,ZMB,Example City 070,CP12,0
example-losi-2022,ZMB,Example City 070,CP13,0
example-losi-2022,ZMB,Example City 070,CP14,0
example-losi-2022,ZMB,Example City 070,CP15,0
example-losi-2022,ZMB,Example City 070,CP16,1
example-losi-2022,ZMB,Example City 070,CP17,0
example-losi-2022,ZMB,Example City 070,CP18,0
example-losi-2022,ZMB,Example City 070,CP19,0
example-losi-2022,ZMB,Example City 070,CP20,0
example-losi-2022,ZMB,Example City 070,CP21,0
example-losi-2022,ZMB,Example City 070,CP22,0
example-losi-2022,ZMB,Example City 070,CP23,0
example-losi-2022,ZMB,Example City 070,CP24,1
example-losi-2022,ZMB,Example City 070,CP25,0
example-losi-2022,ZMB,Example City 070,SP01,1
example-losi-2022,ZMB,Example City 070,SP02,0
example-losi-2022,ZMB,Example City 070,SP03,0
example-losi-2022,ZMB,Example City 070,SP04,1
example-losi-2022,ZMB,Example City 070,SP05,0
example-losi-2022,ZMB,Example City 070,SP06,0
example-losi-2022,ZMB,Example City 070,SP07,0
example-losi-2022,ZMB,Example City 070,SP08,0
example-losi-2022,ZMB,Example City 070,SP09,0
example-losi-2022,ZMB,Example City 070,SP10,0
example-losi-2022,ZMB,Example City 070,SP11,0
example-losi-2022,ZMB,Example City 070,SP12,0
example-losi-2022,ZMB,Example City 070,SP13,0
example-losi-2022,ZMB,Example City 070,SP14,1
example-losi-2022,ZMB,Example City 070,SP15,0
example-losi-2022,ZMB,Example City 070,SP16,1
example-losi-2022,ZMB,Example City 070,SP17,0
example-losi-2022,ZMB,Example City 070,SP18,0
example-losi-2022,ZMB,Example City 070,PE01,0
example-losi-2022,ZMB,Example City 070,PE02,0
example-losi-2022,ZMB,Example City 070,PE03,0
example-losi-2022,ZMB,Example City 070,PE04,1
example-losi-2022,ZMB,Example City 070,PE05,0
example-losi-2022,ZMB,Example City 070,PE06,0
example-losi-2022,ZMB,Example City 070,PE07,0
example-losi-2022,ZMB,Example City 070,PE08,0
example-losi-2022,ZMB,Example City 070,PE09,0
example-losi-2022,ZMB,Example City 070,PE10,1
example-losi-2022,ZMB,Example City 070,PE11,1
example-losi-2022,ZMB,Example City 070,PE12,0
example-losi-2022,ZMB,Example City 070,PE13,1
example-losi-2022,ZMB,Example City 070,PE14,1
example-losi-2022,ZMB,Example City 070,PE15,0
example-losi-2022,ZMB,Example City 070,PE16,1
example-losi-2022,ZMB,Example City 070,PE17,1
example-losi-2022,ZMB,Example City 070,TE01,1
example-losi-2022,ZMB,Example City 070,TE02,0
example-losi-2022,ZMB,Example City 070,TE03,0
example-losi-2022,ZMB,Example City 070,TE04,1
example-losi-2022,ZMB,Example City 070,TE05,0
example-losi-2022,ZMB,Example City 070,TE06,0
example-losi-2022,ZMB,Example City 070,TE07,1
example-losi-2022,ZMB,Example City 070,TE08,0
example-losi-2022,ZMB,Example City 070,TE09,0
example-losi-2022,ZMB,Example City 070,TE10,0
example-losi-2022,ZMB,Example City 070,TE11,1
example-losi-2022,ZMB,Example City 070,TE12,0
example-losi-2022,ZMB,Example City 070,TE13,0
example-losi-2022,ZMB,Example City 070,TE14,0
example-losi-2022,ZMB,Example City 070,TE15,0
example-losi-2022,ZMB,Example City 070,TE16,0
example-losi-2022,ZMB,Example City 070,TE17,0
example-losi-2022,ZMB,Example City 070,TE18,0
example-losi-2022,KAZ,Example City 071,IF01,1
example-losi-2022,KAZ,Example City 071,IF02,1
example-losi-2022,KAZ,Example City 071,IF03,1
example-losi-2022,KAZ,Example City 071,IF04,1
example-losi-2022,KAZ,Example City 071,IF05,1
example-losi-2022,KAZ,Example City 071,IF06,1
example-losi-2022,KAZ,Example City 071,IF07,1
example-losi-2022,KAZ,Example City 071,IF08,0
example-losi-2022,KAZ,Example City 071,CP01,1
example-losi-2022,KAZ,Example City 071,CP02,0
example-losi-2022,KAZ,Example City 071,CP03,1
example-losi-2022,KAZ,Example City 071,CP04,1
example-losi-2022,KAZ,Example City 071,CP05,1
example-losi-2022,KAZ,Example City 071,CP06,1
example-losi-2022,KAZ,Example City 071,CP07,0
example-losi-2022,KAZ,Example City 071,CP08,1
example-losi-2022,KAZ,Example City 071,CP09,1
example-losi-2022,KAZ,Example City 071,CP10,0
example-losi-2022,KAZ,Example City 071,CP11,0
example-losi-2022,KAZ,Example City 071,CP12,1
example-losi-2022,KAZ,Example City 071,CP13,1
example-losi-2022,KAZ,Example City 071,CP14,1
example-losi-2022,KAZ,Example City 071,CP15,0
example-losi-2022,KAZ,Example City 071,CP16,1
example-losi-2022,KAZ,Example City 071,CP17,0
example-losi-2022,KAZ,Example City 071,CP18,1
example-losi-2022,KAZ,Example City 071,CP19,1
example-losi-2022,KAZ,Example City 071,CP20,1
example-losi-2022,KAZ,Example City 071,CP21,1
example-losi-2022,KAZ,Example City 071,CP22,0
example-losi-2022,KAZ,Example City 071,CP23,1
example-losi-2022,KAZ,Example City 071,CP24,0
example-losi-2022,KAZ,Example City 071,CP25,1
example-losi-2022,KAZ,Example City 071,SP01,1
example-losi-2022,KAZ,Example City 071,SP02,1
example-losi-2022,KAZ,Example City 071,SP03,0
example-losi-2022,KAZ,Example City 071,SP04,0
example-losi-2022,KAZ,Example City 071,SP05,1
example-losi-2022,KAZ,Example City 071,SP06,1
example-losi-2022,KAZ,Example City 071,SP07,0
example-losi-2022,KAZ,Example City 071,SP08,1
example-losi-2022,KAZ,Example City 071,SP09,1
example-losi-2022,KAZ,Example City 071,SP10,1
example-losi-2022,KAZ,Example City 071,SP11,0
example-losi-2022,KAZ,Example City 071,SP12,0
example-losi-2022,KAZ,Example City 071,SP13,1
example-losi-2022,KAZ,Example City 071,SP14,1
example-losi-2022,KAZ,Example City 071,SP15,0
example-losi-2022,KAZ,Example City 071,SP16,1
example-losi-2022,KAZ,Example City 071,SP17,1
example-losi-2022,KAZ,Example City 071,SP18,0
example-losi-2022,KAZ,Example City 071,PE01,1
example-losi-2022,KAZ,Example City 071,PE02,0
example-losi-2022,KAZ,Example City 071,PE03,1
example-losi-2022,KAZ,Example City 071,PE04,1
example-losi-2022,KAZ,Example City 071,PE05,0
example-losi-2022,KAZ,Example City 071,PE06,0
example-losi-2022,KAZ,Example City 071,PE07,1
example-losi-2022,KAZ,Example City 071,PE08,1
example-losi-2022,KAZ,Example City 071,PE09,0
example-losi-2022,KAZ,Example City 071,PE10,1
example-losi-2022,KAZ,Example City 071,PE11,1
example-losi-2022,KAZ,Example City 071,PE12,1
example-losi-2022,KAZ,Example City 071,PE13,0
example-losi-2022,KAZ,Example City 071,PE14,0
example-losi-2022,KAZ,Example City 071,PE15,0
example-losi-2022,KAZ,Example City 071,PE16,1
example-losi-2022,KAZ,Example City 071,PE17,0
example-losi-2022,KAZ,Example City 071,TE01,1
example-losi-2022,KAZ,Example City 071,TE02,0
example-losi-2022,KAZ,Example City 071,TE03,1
example-losi-2022,KAZ,Example City 071,TE04,1
example-losi-2022,KAZ,Example City 071,TE05,0
example-losi-2022,KAZ,Example City 071,TE06,0
example-losi-2022,KAZ,Example City 071,TE07,1
example-losi-2022,KAZ,Example City 071,TE08,1
example-losi-2022,KAZ,Example City 071,TE09,0
example-losi-2022,KAZ,Example City 071,TE10,1
example-losi-2022,KAZ,Example City 071,TE11,0
example-losi-2022,KAZ,Example City 071,TE12,1
example-losi-2022,KAZ,Example City 071,TE13,0
example-losi-2022,KAZ,Example City 071,TE14,0
example-losi-2022,KAZ,Example City 071,TE15,1
example-losi-2022,KAZ,Example City 071,TE16,1
example-losi-2022,KAZ,Example City 071,TE17,0
example-losi-2022,KAZ,Example City 071,TE18,0
example-losi-2022,CHN,Example City 072,IF01,1
example-losi-2022,CHN,Example City 072,IF02,1
example-losi-2022,CHN,Example City 072,IF03,1
example-losi-2022,CHN,Example City 072,IF04,0
example-losi-2022,CHN,Example City 072,IF05,0
example-losi-2022,CHN,Example City 072,IF06,0
example-losi-2022,CHN,Example City 072,IF07,1
example-losi-2022,CHN,Example City 072,IF08,1
example-losi-2022,CHN,Example City 072,CP01,0
example-losi-2022,CHN,Example City 072,CP02,1
example-losi-2022,CHN,Example City 072,CP03,1
example-losi-2022,CHN,Example City 072,CP04,1
example-losi-2022,CHN,Example City 072,CP05,1
example-losi-2022,CHN,Example City 072,CP06,0
example-losi-2022,CHN,Example City 072,CP07,0
example-losi-2022,CHN,Example City 072,CP08,1
example-losi-2022,CHN,Example City 072,CP09,1
example-losi-2022,CHN,Example City 072,CP10,1
example-losi-2022,CHN,Example City 072,CP11,1
example-losi-2022,CHN,Example City 072,CP12,1
example-losi-2022,CHN,Example City 072,CP13,0
example-losi-2022,CHN,Example City 072,CP14,0
example-losi-2022,CHN,Example City 072,CP15,1
example-losi-2022,CHN,Example City 072,CP16,1
example-losi-2022,CHN,Example City 072,CP17,0
example-losi-2022,CHN,Example City 072,CP18,1
example-losi-2022,CHN,Example City 072,CP19,0
example-losi-2022,CHN,Example City 072,CP20,1
example-losi-2022,CHN,Example City 072,CP21,1
example-losi-2022,CHN,Example City 072,CP22,1
example-losi-2022,CHN,Example City 072,CP23,0
example-losi-2022,CHN,Example City 072,CP24,1
example-losi-2022,CHN,Example City 072,CP25,1
example-losi-2022,CHN,Example City 072,SP01,0
example-losi-2022,CHN,Example City 072,SP02,1
example-losi-2022,CHN,Example City 072,SP03,1
example-losi-2022,CHN,Example City 072,SP04,1
example-losi-2022,CHN,Example City 072,SP05,1
example-losi-2022,CHN,Example City 072,SP06,1
example-losi-2022,CHN,Example City 072,SP07,1
example-losi-2022,CHN,Example City 072,SP08,1
example-losi-2022,CHN,Example City 072,SP09,0
example-losi-2022,CHN,Example City 072,SP10,1
example-losi-2022,CHN,Example City 072,SP11,0
example-losi-2022,CHN,Example City 072,SP12,0
example-losi-2022,CHN,Example City 072,SP13,0
example-losi-2022,CHN,Example City 072,SP14,1
example-losi-2022,CHN,Example City 072,SP15,0
example-losi-2022,CHN,Example City 072,SP16,1
example-losi-2022,CHN,Example City 072,SP17,0
example-losi-2022,CHN,Example City 072,SP18,1
example-losi-2022,CHN,Example City 072,PE01,1
example-losi-2022,CHN,Example City 072,PE02,1
example-losi-2022,CHN,Example City 072,PE03,1
example-losi-2022,CHN,Example City 072,PE04,1
example-losi-2022,CHN,Example City 072,PE05,1
example-losi-2022,CHN,Example City 072,PE06,0
example-losi-2022,CHN,Example City 072,PE07,1
example-losi-2022,CHN,Example City 072,PE08,1
example-losi-2022,CHN,Example City 072,PE09,0
example-losi-2022,CHN,Example City 072,PE10,0
example-losi-2022,CHN,Example City 072,PE11,1
example-losi-2022,CHN,Example City 072,PE12,1
example-losi-2022,CHN,Example City 072,PE13,1
example-losi-2022,CHN,Example City 072,PE14,1
example-losi-2022,CHN,Example City 072,PE15,1
example-losi-2022,CHN,Example City 072,PE16,0
example-losi-2022,CHN,Example City 072,PE17,1
example-losi-2022,CHN,Example City 072,TE01,1
example-losi-2022,CHN,Example City 072,TE02,1
example-losi-2022,CHN,Example City 072,TE03,1
example-losi-2022,CHN,Example City 072,TE04,1
example-losi-2022,CHN,Example City 072,TE05,1
example-losi-2022,CHN,Example City 072,TE06,1
example-losi-2022,CHN,Example City 072,TE07,1
example-losi-2022,CHN,Example City 072,TE08,1
example-losi-2022,CHN,Example City 072,TE09,0
example-losi-2022,CHN,Example City 072,TE10,1
example-losi-2022,CHN,Example City 072,TE11,1
example-losi-2022,CHN,Example City 072,TE12,1
example-losi-2022,CHN,Example City 072,TE13,1
example-losi-2022,CHN,Example City 072,TE14,1
example-losi-2022,CHN,Example City 072,TE15,0
example-losi-2022,CHN,Example City 072,TE16,1
example-losi-2022,CHN,Example City 072,TE17,0
example-losi-2022,CHN,Example City 072,TE18,0
example-losi-2022,LBN,Example City 073,IF01,0
example-losi-2022,LBN,Example City 073,IF02,0
example-losi-2022,LBN,Example City 073,IF03,1
example-losi-2022,LBN,Example City 073,IF04,0
example-losi-2022,LBN,Example City 073,IF05,1
example-losi-2022,LBN,Example City 073,IF06,1
example-losi-2022,LBN,Example City 073,IF07,0
example-losi-2022,LBN,Example City 073,IF08,0
example-losi-2022,LBN,Example City 073,CP01,0
example-losi-2022,LBN,Example City 073,CP02,0
example-losi-2022,LBN,Example City 073,CP03,0
example-losi-2022,LBN,Example City 073,CP04,0
example-losi-2022,LBN,Example City 073,CP05,0
example-losi-2022,LBN,Example City 073,CP06,0
example-losi-2022,LBN,Example City 073,CP07,0
example-losi-2022,LBN,Example City 073,CP08,0
example-losi-2022,LBN,Example City 073,CP09,1
example-losi-2022,LBN,Example City 073,CP10,0
example-losi-2022,LBN,Example City 073,CP11,1
example-losi-2022,LBN,Example City 073,CP12,0
example-losi-2022,LBN,Example City 073,CP13,1
example-losi-2022,LBN,Example City 073,CP14,0
example-losi-2022,LBN,Example City 073,CP15,0
example-losi-2022,LBN,Example City 073,CP16,0
example-losi-2022,LBN,Example City 073,CP17,0
example-losi-2022,LBN,Example City 073,CP18,0
example-losi-2022,LBN,Example City 073,CP19,0
example-losi-2022,LBN,Example City 073,CP20,0
example-losi-2022,LBN,Example City 073,CP21,0
example-losi-2022,LBN,Example City 073,CP22,0
example-losi-2022,LBN,Example City 073,CP23,0
example-losi-2022,LBN,Example City 073,CP24,0
example-losi-2022,LBN,Example City 073,CP25,1
example-losi-2022,LBN,Example City 073,SP01,1
example-losi-2022,LBN,Example City 073,SP02,1
example-losi-2022,LBN,Example City 073,SP03,0
example-losi-2022,LBN,Example City 073,SP04,0
example-losi-2022,LBN,Example City 073,SP05,0
example-losi-2022,LBN,Example City 073,SP06,0
example-losi-2022,LBN,Example City 073,SP07,0
example-losi-2022,LBN,Example City 073,SP08,0
example-losi-2022,LBN,Example City 073,SP09,0
example-losi-2022,LBN,Example City 073,SP10,0
example-losi-2022,LBN,Example City 073,SP11,0
example-losi-2022,LBN,Example City 073,SP12,0
example-losi-2022,LBN,Example City 073,SP13,0
example-losi-2022,LBN,Example City 073,SP14,0
example-losi-2022,LBN,Example City 073,SP15,0
example-losi-2022,LBN,Example City 073,SP16,1
example-losi-2022,LBN,Example City 073,SP17,0
example-losi-2022,LBN,Example City 073,SP18,0
example-losi-2022,LBN,Example City 073,PE01,1
example-losi-2022,LBN,Example City 073,PE02,0
example-losi-2022,LBN,Example City 073,PE03,1
example-losi-2022,LBN,Example City 073,PE04,0
example-losi-2022,LBN,Example City 073,PE05,0
example-losi-2022,LBN,Example City 073,PE06,0
example-losi-2022,LBN,Example City 073,PE07,0
example-losi-2022,LBN,Example City 073,PE08,1
example-losi-2022,LBN,Example City 073,PE09,0
example-losi-2022,LBN,Example City 073,PE10,1
example-losi-2022,LBN,Example City 073,PE11,0
example-losi-2022,LBN,Example City 073,PE12,0
example-losi-2022,LBN,Example City 073,PE13,0
example-losi-2022,LBN,Example City 073,PE14,1
example-losi-2022,LBN,Example City 073,PE15,0
example-losi-2022,LBN,Example City 073,PE16,0
example-losi-2022,LBN,Example City 073,PE17,0
example-losi-2022,LBN,Example City 073,TE01,0
example-losi-2022,LBN,Example City 073,TE02,0
example-losi-2022,LBN,Example City 073,TE03,0
example-losi-2022,LBN,Example City 073,TE04,1
example-losi-2022,LBN,Example City 073,TE05,0
example-losi-2022,LBN,Example City 073,TE06,0
example-losi-2022,LBN,Example City 073,TE07,0
example-losi-2022,LBN,Example City 073,TE08,0
example-losi-2022,LBN,Example City 073,TE09,0
example-losi-2022,LBN,Example City 073,TE10,0
example-losi-2022,LBN,Example City 073,TE11,0
example-losi-2022,LBN,Example City 073,TE12,0
example-losi-2022,LBN,Example City 073,TE13,0
example-losi-2022,LBN,Example City 073,TE14,0
example-losi-2022,LBN,Example City 073,TE15,0
example-losi-2022,LBN,Example City 073,TE16,0
example-losi-2022,LBN,Example City 073,TE17,0
example-losi-2022,LBN,Example City 073,TE18,0
example-losi-2022,SYC,Example City 074,IF01,1
example-losi-2022,SYC,Example City 074,IF02,1
example-losi-2022,SYC,Example City 074,IF03,1
example-losi-2022,SYC,Example City 074,IF04,1
example-losi-2022,SYC,Example City 074,IF05,1
example-losi-2022,SYC,Example City 074,IF06,1
example-losi-2022,SYC,Example City 074,IF07,1
example-losi-2022,SYC,Example City 074,IF08,1
example-losi-2022,SYC,Example City 074,CP01,0
example-losi-2022,SYC,Example City 074,CP02,1
example-losi-2022,SYC,Example City 074,CP03,1
example-losi-2022,SYC,Example City 074,CP04,0
example-losi-2022,SYC,Example City 074,CP05,0
example-losi-2022,SYC,Example City 074,CP06,1
example-losi-2022,SYC,Example City 074,CP07,1
example-losi-2022,SYC,Example City 074,CP08,1
example-losi-2022,SYC,Example City 074,CP09,1
example-losi-2022,SYC,Example City 074,CP10,1
example-losi-2022,SYC,Example City 074,CP11,1
example-losi-2022,SYC,Example City 074,CP12,0
example-losi-2022,SYC,Example City 074,CP13,1
example-losi-2022,SYC,Example City 074,CP14,1
example-losi-2022,SYC,Example City 074,CP15,0
example-losi-2022,SYC,Example City 074,CP16,1
example-losi-2022,SYC,Example City 074,CP17,1
example-losi-2022,SYC,Example City 074,CP18,1
example-losi-2022,SYC,Example City 074,CP19,0
example-losi-2022,SYC,Example City 074,CP20,1
example-losi-2022,SYC,Example City 074,CP21,1
example-losi-2022,SYC,Example City 074,CP22,1
example-losi-2022,SYC,Example City 074,CP23,1
example-losi-2022,SYC,Example City 074,CP24,0
example-losi-2022,SYC,Example City 074,CP25,1
example-losi-2022,SYC,Example City 074,SP01,1
example-losi-2022,SYC,Example City 074,SP02,1
example-losi-2022,SYC,Example City 074,SP03,0
example-losi-2022,SYC,Example City 074,SP04,0
example-losi-2022,SYC,Example City 074,SP05,1
example-losi-2022,SYC,Example City 074,SP06,1
example-losi-2022,SYC,Example City 074,SP07,1
example-losi-2022,SYC,Example City 074,SP08,0
example-losi-2022,SYC,Example City 074,SP09,0
example-losi-2022,SYC,Example City 074,SP10,1
example-losi-2022,SYC,Example City 074,SP11,1
example-losi-2022,SYC,Example City 074,SP12,0
example-losi-2022,SYC,Example City 074,SP13,1
example-losi-2022,SYC,Example City 074,SP14,0
example-losi-2022,SYC,Example City 074,SP15,1
example-losi-2022,SYC,Example City 074,SP16,1
example-losi-2022,SYC,Example City 074,SP17,0
example-losi-2022,SYC,Example City 074,SP18,0
example-losi-2022,SYC,Example City 074,PE01,1
example-losi-2022,SYC,Example City 074,PE02,0
example-losi-2022,SYC,Example City 074,PE03,1
example-losi-2022,SYC,Example City 074,PE04,1
example-losi-2022,SYC,Example City 074,PE05,1
example-losi-2022,SYC,Example City 074,PE06,1
example-losi-2022,SYC,Example City 074,PE07,1
example-losi-2022,SYC,Example City 074,PE08,1
example-losi-2022,SYC,Example City 074,PE09,1
example-losi-2022,SYC,Example City 074,PE10,1
example-losi-2022,SYC,Example City 074,PE11,1
example-losi-2022,SYC,Example City 074,PE12,0
example-losi-2022,SYC,Example City 074,PE13,1
example-losi-2022,SYC,Example City 074,PE14,1
example-losi-2022,SYC,Example City 074,PE15,1
example-losi-2022,SYC,Example City 074,PE16,1
example-losi-2022,SYC,Example City 074,PE17,0
example-losi-2022,SYC,Example City 074,TE01,1
example-losi-2022,SYC,Example City 074,TE02,1
example-losi-2022,SYC,Example City 074,TE03,1
example-losi-2022,SYC,Example City 074,TE04,1
example-losi-2022,SYC,Example City 074,TE05,0
example-losi-2022,SYC,Example City 074,TE06,1
example-losi-2022,SYC,Example City 074,TE07,1
example-losi-2022,SYC,Example City 074,TE08,0
example-losi-2022,SYC,Example City 074,TE09,1
example-losi-2022,SYC,Example City 074,TE10,0
example-losi-2022,SYC,Example City 074,TE11,0
example-losi-2022,SYC,Example City 074,TE12,0
example-losi-2022,SYC,Example City 074,TE13,1
example-losi-2022,SYC,Example City 074,TE14,1
example-losi-2022,SYC,Example City 074,TE15,1
example-losi-2022,SYC,Example City 074,TE16,1
example-losi-2022,SYC,Example City 074,TE17,0
example-losi-2022,SYC,Example City 074,TE18,0
example-losi-2022,NRU,Example City 075,IF01,0
example-losi-2022,NRU,Example City 075,IF02,1
example-losi-2022,NRU,Example City 075,IF03,1
example-losi-2022,NRU,Example City 075,IF04,1
example-losi-2022,NRU,Example City 075,IF05,1
example-losi-2022,NRU,Example City 075,IF06,1
example-losi-2022,NRU,Example City 075,IF07,1
example-losi-2022,NRU,Example City 075,IF08,0
example-losi-2022,NRU,Example City 075,CP01,0
example-losi-2022,NRU,Example City 075,CP02,1
example-losi-2022,NRU,Example City 075,CP03,1
example-losi-2022,NRU,Example City 075,CP04,0
example-losi-2022,NRU,Example City 075,CP05,0
example-losi-2022,NRU,Example City 075,CP06,0
example-losi-2022,NRU,Example City 075,CP07,1
example-losi-2022,NRU,Example City 075,CP08,1
example-losi-2022,NRU,Example City 075,CP09,1
example-losi-2022,NRU,Example City 075,CP10,1
example-losi-2022,NRU,Example City 075,CP11,0
example-losi-2022,NRU,Example City 075,CP12,1
example-losi-2022,NRU,Example City 075,CP13,0
example-losi-2022,NRU,Example City 075,CP14,0
example-losi-2022,NRU,Example City 075,CP15,0
example-losi-2022,NRU,Example City 075,CP16,1
example-losi-2022,NRU,Example City 075,CP17,1
example-losi-2022,NRU,Example City 075,CP18,0
example-losi-2022,NRU,Example City 075,CP19,0
example-losi-2022,NRU,Example City 075,CP20,1
example-losi-2022,NRU,Example City 075,CP21,1
example-losi-2022,NRU,Example City 075,CP22,1
example-losi-2022,NRU,Example City 075,CP23,1
example-losi-2022,NRU,Example City 075,CP24,0
example-losi-2022,NRU,Example City 075,CP25,0
example-losi-2022,NRU,Example City 075,SP01,1
example-losi-2022,NRU,Example City 075,SP02,1
example-losi-2022,NRU,Example City 075,SP03,0
example-losi-2022,NRU,Example City 075,SP04,0
example-losi-2022,NRU,Example City 075,SP05,1
example-losi-2022,NRU,Example City 075,SP06,1
example-losi-2022,NRU,Example City 075,SP07,0
example-losi-2022,NRU,Example City 075,SP08,1
example-losi-2022,NRU,Example City 075,SP09,1
example-losi-2022,NRU,Example City 075,SP10,0
example-losi-2022,NRU,Example City 075,SP11,0
example-losi-2022,NRU,Example City 075,SP12,1
example-losi-2022,NRU,Example City 075,SP13,0
example-losi-2022,NRU,Example City 075,SP14,1
example-losi-2022,NRU,Example City 075,SP15,1
example-losi-2022,NRU,Example City 075,SP16,0
example-losi-2022,NRU,Example City 075,SP17,0
example-losi-2022,NRU,Example City 075,SP18,0
example-losi-2022,NRU,Example City 075,PE01,1
example-losi-2022,NRU,Example City 075,PE02,1
example-losi-2022,NRU,Example City 075,PE03,1
example-losi-2022,NRU,Example City 075,PE04,0
example-losi-2022,NRU,Example City 075,PE05,0
example-losi-2022,NRU,Example City 075,PE06,0
example-losi-2022,NRU,Example City 075,PE07,1
example-losi-2022,NRU,Example City 075,PE08,0
example-losi-2022,NRU,Example City 075,PE09,1
example-losi-2022,NRU,Example City 075,PE10,0
example-losi-2022,NRU,Example City 075,PE11,1
example-losi-2022,NRU,Example City 075,PE12,1
example-losi-2022,NRU,Example City 075,PE13,1
example-losi-2022,NRU,Example City 075,PE14,1
example-losi-2022,NRU,Example City 075,PE15,0
example-losi-2022,NRU,Example City 075,PE16,0
example-losi-2022,NRU,Example City 075,PE17,0
example-losi-2022,NRU,Example City 075,TE01,1
example-losi-2022,NRU,Example City 075,TE02,1
example-losi-2022,NRU,Example City 075,TE03,1
example-losi-2022,NRU,Example City 075,TE04,0
example-losi-2022,NRU,Example City 075,TE05,1
example-losi-2022,NRU,Example City 075,TE06,1
example-losi-2022,NRU,Example City 075,TE07,1
example-losi-2022,NRU,Example City 075,TE08,1
example-losi-2022,NRU,Example City 075,TE09,1
example-losi-2022,NRU,Example City 075,TE10,0
example-losi-2022,NRU,Example City 075,TE11,0
example-losi-2022,NRU,Example City 075,TE12,0
example-losi-2022,NRU,Example City 075,TE13,1
example-losi-2022,NRU,Example City 075,TE14,0
example-losi-2022,NRU,Example City 075,TE15,0
example-losi-2022,NRU,Example City 075,TE16,1
example-losi-2022,NRU,Example City 075,TE17,1
example-losi-2022,NRU,Example City 075,TE18,1
example-losi-2022,USA,Example City 076,IF01,0
example-losi-2022,USA,Example City 076,IF02,1
example-losi-2022,USA,Example City 076,IF03,1
example-losi-2022,USA,Example City 076,IF04,1
example-losi-2022,USA,Example City 076,IF05,1
example-losi-2022,USA,Example City 076,IF06,0
example-losi-2022,USA,Example City 076,IF07,1
example-losi-2022,USA,Example City 076,IF08,0
example-losi-2022,USA,Example City 076,CP01,1
example-losi-2022,USA,Example City 076,CP02,1
example-losi-2022,USA,Example City 076,CP03,1
example-losi-2022,USA,Example City 076,CP04,0
example-losi-2022,USA,Example City 076,CP05,0
example-losi-2022,USA,Example City 076,CP06,1
example-losi-2022,USA,Example City 076,CP07,1
example-losi-2022,USA,Example City 076,CP08,1
example-losi-2022,USA,Example City 076,CP09,1
example-losi-2022,USA,Example City 076,CP10,1
example-losi-2022,USA,Example City 076,CP11,1
example-losi-2022,USA,Example City 076,CP12,1
example-losi-2022,USA,Example City 076,CP13,0
example-losi-2022,USA,Example City 076,CP14,0
example-losi-2022,USA,Example City 076,CP15,0
example-losi-2022,USA,Example City 076,CP16,1
example-losi-2022,USA,Example City 076,CP17,1
example-losi-2022,USA,Example City 076,CP18,0
example-losi-2022,USA,Example City 076,CP19,0
example-losi-2022,USA,Example City 076,CP20,1
example-losi-2022,USA,Example City 076,CP21,0
example-losi-2022,USA,Example City 076,CP22,1
example-losi-2022,USA,Example City 076,CP23,1
example-losi-2022,USA,Example City 076,CP24,1
example-losi-2022,USA,Example City 076,CP25,0
example-losi-2022,USA,Example City 076,SP01,1
example-losi-2022,USA,Example City 076,SP02,0
example-losi-2022,USA,Example City 076,SP03,0
example-losi-2022,USA,Example City 076,SP04,0
example-losi-2022,USA,Example City 076,SP05,1
example-losi-2022,USA,Example City 076,SP06,1
example-losi-2022,USA,Example City 076,SP07,1
example-losi-2022,USA,Example City 076,SP08,1
example-losi-2022,USA,Example City 076,SP09,1
example-losi-2022,USA,Example City 076,SP10,0
example-losi-2022,USA,Example City 076,SP11,1
example-losi-2022,USA,Example City 076,SP12,1
example-losi-2022,USA,Example City 076,SP13,1
example-losi-2022,USA,Example City 076,SP14,1
example-losi-2022,USA,Example City 076,SP15,0
example-losi-2022,USA,Example City 076,SP16,1
example-losi-2022,USA,Example City 076,SP17,1
example-losi-2022,USA,Example City 076,SP18,0
example-losi-2022,USA,Example City 076,PE01,0
example-losi-2022,USA,Example City 076,PE02,0
example-losi-2022,USA,Example City 076,PE03,1
example-losi-2022,USA,Example City 076,PE04,1
example-losi-2022,USA,Example City 076,PE05,1
example-losi-2022,USA,Example City 076,PE06,1
example-losi-2022,USA,Example City 076,PE07,0
example-losi-2022,USA,Example City 076,PE08,1
example-losi-2022,USA,Example City 076,PE09,1
example-losi-2022,USA,Example City 076,PE10,0
example-losi-2022,USA,Example City 076,PE11,1
example-losi-2022,USA,Example City 076,PE12,0
example-losi-2022,USA,Example City 076,PE13,1
example-losi-2022,USA,Example City 076,PE14,0
example-losi-2022,USA,Example City 076,PE15,1
example-losi-2022,USA,Example City 076,PE16,1
example-losi-2022,USA,Example City 076,PE17,1
example-losi-2022,USA,Example City 076,TE01,1
example-losi-2022,USA,Example City 076,TE02,1
example-losi-2022,USA,Example City 076,TE03,0
example-losi-2022,USA,Example City 076,TE04,1
example-losi-2022,USA,Example City 076,TE05,1
example-losi-2022,USA,Example City 076,TE06,1
example-losi-2022,USA,Example City 076,TE07,1
example-losi-2022,USA,Example City 076,TE08,1
example-losi-2022,USA,Example City 076,TE09,1
example-losi-2022,USA,Example City 076,TE10,1
example-losi-2022,USA,Example City 076,TE11,0
example-losi-2022,USA,Example City 076,TE12,1
example-losi-2022,USA,Example City 076,TE13,0
example-losi-2022,USA,Example City 076,TE14,0
example-losi-2022,USA,Example City 076,TE15,0
example-losi-2022,USA,Example City 076,TE16,1
example-losi-2022,USA,Example City 076,TE17,0
example-losi-2022,USA,Example City 076,TE18,1
example-losi-2022,COL,Example City 077,IF01,1
example-losi-2022,COL,Example City 077,IF02,1
example-losi-2022,COL,Example City 077,IF03,1
example-losi-2022,COL,Example City 077,IF04,1
example-losi-2022,COL,Example City 077,IF05,1
example-losi-2022,COL,Example City 077,IF06,1
example-losi-2022,COL,Example City 077,IF07,1
example-losi-2022,COL,Example City 077,IF08,0
example-losi-2022,COL,Example City 077,CP01,1
example-losi-2022,COL,Example City 077,CP02,0
example-losi-2022,COL,Example City 077,CP03,1
example-losi-2022,COL,Example City 077,CP04,0
example-losi-2022,COL,Example City 077,CP05,1
example-losi-2022,COL,Example City 077,CP06,1
example-losi-2022,COL,Example City 077,CP07,0
example-losi-2022,COL,Example City 077,CP08,1
example-losi-2022,COL,Example City 077,CP09,1
example-losi-2022,COL,Example City 077,CP10,1
example-losi-2022,COL,Example City 077,CP11,1
example-losi-2022,COL,Example City 077,CP12,1
example-losi-2022,COL,Example City 077,CP13,1
example-losi-2022,COL,Example City 077,CP14,1
example-losi-2022,COL,Example City 077,CP15,1
example-losi-2022,COL,Example City 077,CP16,1
example-losi-2022,COL,Example City 077,CP17,1
example-losi-2022,COL,Example City 077,CP18,1
example-losi-2022,COL,Example City 077,CP19,0
example-losi-2022,COL,Example City 077,CP20,0
example-losi-2022,COL,Example City 077,CP21,1
example-losi-2022,COL,Example City 077,CP22,1
example-losi-2022,COL,Example City 077,CP23,1
example-losi-2022,COL,Example City 077,CP24,1
example-losi-2022,COL,Example City 077,CP25,1
example-losi-2022,COL,Example City 077,SP01,1
example-losi-2022,COL,Example City 077,SP02,1
example-losi-2022,COL,Example City 077,SP03,1
example-losi-2022,COL,Example City 077,SP04,1
example-losi-2022,COL,Example City 077,SP05,1
example-losi-2022,COL,Example City 077,SP06,1
example-losi-2022,COL,Example City 077,SP07,1
example-losi-2022,COL,Example City 077,SP08,1
example-losi-2022,COL,Example City 077,SP09,0
example-losi-2022,COL,Example City 077,SP10,1
example-losi-2022,COL,Example City 077,SP11,1
example-losi-2022,COL,Example City 077,SP12,1
example-losi-2022,COL,Example City 077,SP13,1
example-losi-2022,COL,Example City 077,SP14,0
example-losi-2022,COL,Example City 077,SP15,0
example-losi-2022,COL,Example City 077,SP16,1
example-losi-2022,COL,Example City 077,SP17,1
example-losi-2022,COL,Example City 077,SP18,1
example-losi-2022,COL,Example City 077,PE01,1
example-losi-2022,COL,Example City 077,PE02,1
example-losi-2022,COL,Example City 077,PE03,1
example-losi-2022,COL,Example City 077,PE04,1
example-losi-2022,COL,Example City 077,PE05,1
example-losi-2022,COL,Example City 077,PE06,1
example-losi-2022,COL,Example City 077,PE07,1
example-losi-2022,COL,Example City 077,PE08,1
example-losi-2022,COL,Example City 077,PE09,1
example-losi-2022,COL,Example City 077,PE10,1
example-losi-2022,COL,Example City 077,PE11,1
example-losi-2022,COL,Example City 077,PE12,1
example-losi-2022,COL,Example City 077,PE13,1
example-losi-2022,COL,Example City 077,PE14,1
example-losi-2022,COL,Example City 077,PE15,1
example-losi-2022,COL,Example City 077,PE16,0
example-losi-2022,COL,Example City 077,PE17,1
example-losi-2022,COL,Example City 077,TE01,1
example-losi-2022,COL,Example City 077,TE02,1
example-losi-2022,COL,Example City 077,TE03,1
example-losi-2022,COL,Example City 077,TE04,1
example-losi-2022,COL,Example City 077,TE05,1
example-losi-2022,COL,Example City 077,TE06,1
example-losi-2022,COL,Example City 077,TE07,1
example-losi-2022,COL,Example City 077,TE08,0
example-losi-2022,COL,Example City 077,TE09,1
example-losi-2022,COL,Example City 077,TE10,1
example-losi-2022,COL,Example City 077,TE11,0
example-losi-2022,COL,Example City 077,TE12,1
example-losi-2022,COL,Example City 077,TE13,1
example-losi-2022,COL,Example City 077,TE14,1
example-losi-2022,COL,Example City 077,TE15,0
example-losi-2022,COL,Example City 077,TE16,1
example-losi-2022,COL,Example City 077,TE17,0
example-losi-2022,COL,Example City 077,TE18,1
example-losi-2022,SEN,Example City 078,IF01,0
example-losi-2022,SEN,Example City 078,IF02,1
example-losi-2022,SEN,Example City 078,IF03,1
example-losi-2022,SEN,Example City 078,IF04,1
example-losi-2022,SEN,Example City 078,IF05,1
example-losi-2022,SEN,Example City 078,IF06,1
example-losi-2022,SEN,Example City 078,IF07,0
example-losi-2022,SEN,Example City 078,IF08,1
example-losi-2022,SEN,Example City 078,CP01,1
example-losi-2022,SEN,Example City 078,CP02,0
example-losi-2022,SEN,Example City 078,CP03,1
example-losi-2022,SEN,Example City 078,CP04,1
example-losi-2022,SEN,Example City 078,CP05,1
example-losi-2022,SEN,Example City 078,CP06,1
example-losi-2022,SEN,Example City 078,CP07,1
example-losi-2022,SEN,Example City 078,CP08,1
example-losi-2022,SEN,Example City 078,CP09,1
example-losi-2022,SEN,Example City 078,CP10,1
example-losi-2022,SEN,Example City 078,CP11,1
example-losi-2022,SEN,Example City 078,CP12,1
example-losi-2022,SEN,Example City 078,CP13,1
example-losi-2022,SEN,Example City 078,CP14,1
example-losi-2022,SEN,Example City 078,CP15,0
example-losi-2022,SEN,Example City 078,CP16,1
example-losi-2022,SEN,Example City 078,CP17,0
example-losi-2022,SEN,Example City 078,CP18,1
example-losi-2022,SEN,Example City 078,CP19,1
example-losi-2022,SEN,Example City 078,CP20,1
example-losi-2022,SEN,Example City 078,CP21,0
example-losi-2022,SEN,Example City 078,CP22,1
example-losi-2022,SEN,Example City 078,CP23,0
example-losi-2022,SEN,Example City 078,CP24,1
example-losi-2022,SEN,Example City 078,CP25,1
example-losi-2022,SEN,Example City 078,SP01,1
example-losi-2022,SEN,Example City 078,SP02,1
example-losi-2022,SEN,Example City 078,SP03,0
example-losi-2022,SEN,Example City 078,SP04,1
example-losi-2022,SEN,Example City 078,SP05,1
example-losi-2022,SEN,Example City 078,SP06,1
example-losi-2022,SEN,Example City 078,SP07,1
example-losi-2022,SEN,Example City 078,SP08,1
example-losi-2022,SEN,Example City 078,SP09,1
example-losi-2022,SEN,Example City 078,SP10,0
example-losi-2022,SEN,Example City 078,SP11,1
example-losi-2022,SEN,Example City 078,SP12,0
example-losi-2022,SEN,Example City 078,SP13,1
example-losi-2022,SEN,Example City 078,SP14,0
example-losi-2022,SEN,Example City 078,SP15,0
example-losi-2022,SEN,Example City 078,SP16,1
example-losi-2022,SEN,Example City 078,SP17,1
example-losi-2022,SEN,Example City 078,SP18,0
example-losi-2022,SEN,Example City 078,PE01,1
example-losi-2022,SEN,Example City 078,PE02,1
example-losi-2022,SEN,Example City 078,PE03,1
example-losi-2022,SEN,Example City 078,PE04,1
example-losi-2022,SEN,Example City 078,PE05,1
example-losi-2022,SEN,Example City 078,PE06,0
example-losi-2022,SEN,Example City 078,PE07,1
example-losi-2022,SEN,Example City 078,PE08,0
example-losi-2022,SEN,Example City 078,PE09,1
example-losi-2022,SEN,Example City 078,PE10,1
example-losi-2022,SEN,Example City 078,PE11,1
example-losi-2022,SEN,Example City 078,PE12,1
example-losi-2022,SEN,Example City 078,PE13,1
example-losi-2022,SEN,Example City 078,PE14,1
example-losi-2022,SEN,Example City 078,PE15,0
example-losi-2022,SEN,Example City 078,PE16,1
example-losi-2022,SEN,Example City 078,PE17,1
example-losi-2022,SEN,Example City 078,TE01,1
example-losi-2022,SEN,Example City 078,TE02,1
example-losi-2022,SEN,Example City 078,TE03,1
example-losi-2022,SEN,Example City 078,TE04,1
example-losi-2022,SEN,Example City 078,TE05,1
example-losi-2022,SEN,Example City 078,TE06,1
example-losi-2022,SEN,Example City 078,TE07,1
example-losi-2022,SEN,Example City 078,TE08,1
example-losi-2022,SEN,Example City 078,TE09,0
example-losi-2022,SEN,Example City 078,TE10,1
example-losi-2022,SEN,Example City 078,TE11,0
example-losi-2022,SEN,Example City 078,TE12,1
example-losi-2022,SEN,Example City 078,TE13,1
example-losi-2022,SEN,Example City 078,TE14,0
example-losi-2022,SEN,Example City 078,TE15,1
example-losi-2022,SEN,Example City 078,TE16,1
example-losi-2022,SEN,Example City 078,TE17,1
example-losi-2022,SEN,Example City 078,TE18,1
example-losi-2022,VCT,Example City 079,IF01,1
example-losi-2022,VCT,Example City 079,IF02,1
example-losi-2022,VCT,Example City 079,IF03,1
example-losi-2022,VCT,Example City 079,IF04,1
example-losi-2022,VCT,Example City 079,IF05,1
example-losi-2022,VCT,Example City 079,IF06,1
example-losi-2022,VCT,Example City 079,IF07,0
example-losi-2022,VCT,Example City 079,IF08,1
example-losi-2022,VCT,Example City 079,CP01,1
example-losi-2022,VCT,Example City 079,CP02,1
example-losi-2022,VCT,Example City 079,CP03,0
example-losi-2022,VCT,Example City 079,CP04,0
example-losi-2022,VCT,Example City 079,CP05,1
example-losi-2022,VCT,Example City 079,CP06,1
example-losi-2022,VCT,Example City 079,CP07,0
example-losi-2022,VCT,Example City 079,CP08,1
example-losi-2022,VCT,Example City 079,CP09,1
example-losi-2022,VCT,Example City 079,CP10,1
example-losi-2022,VCT,Example City 079,CP11,1
example-losi-2022,VCT,Example City 079,CP12,1
example-losi-2022,VCT,Example City 079,CP13,1
example-losi-2022,VCT,Example City 079,CP14,0
example-losi-2022,VCT,Example City 079,CP15,1
example-losi-2022,VCT,Example City 079,CP16,1
example-losi-2022,VCT,Example City 079,CP17,1
example-losi-2022,VCT,Example City 079,CP18,1
example-losi-2022,VCT,Example City 079,CP19,1
example-losi-2022,VCT,Example City 079,CP20,0
example-losi-2022,VCT,Example City 079,CP21,0
example-losi-2022,VCT,Example City 079,CP22,1
example-losi-2022,VCT,Example City 079,CP23,1
example-losi-2022,VCT,Example City 079,CP24,1
example-losi-2022,VCT,Example City 079,CP25,1
example-losi-2022,VCT,Example City 079,SP01,1
example-losi-2022,VCT,Example City 079,SP02,0
example-losi-2022,VCT,Example City 079,SP03,0
example-losi-2022,VCT,Example City 079,SP04,1
example-losi-2022,VCT,Example City 079,SP05,1
example-losi-2022,VCT,Example City 079,SP06,1
example-losi-2022,VCT,Example City 079,SP07,1
example-losi-2022,VCT,Example City 079,SP08,1
example-losi-2022,VCT,Example City 079,SP09,1
example-losi-2022,VCT,Example City 079,SP10,1
example-losi-2022,VCT,Example City 079,SP11,1
example-losi-2022,VCT,Example City 079,SP12,1
example-losi-2022,VCT,Example City 079,SP13,1
example-losi-2022,VCT,Example City 079,SP14,1
example-losi-2022,VCT,Example City 079,SP15,0
example-losi-2022,VCT,Example City 079,SP16,1
example-losi-2022,VCT,Example City 079,SP17,1
example-losi-2022,VCT,Example City 079,SP18,0
example-losi-2022,VCT,Example City 079,PE01,1
example-losi-2022,VCT,Example City 079,PE02,1
example-losi-2022,VCT,Example City 079,PE03,1
example-losi-2022,VCT,Example City 079,PE04,1
example-losi-2022,VCT,Example City 079,PE05,1
example-losi-2022,VCT,Example City 079,PE06,1
example-losi-2022,VCT,Example City 079,PE07,1
example-losi-2022,VCT,Example City 079,PE08,1
example-losi-2022,VCT,Example City 079,PE09,1
example-losi-2022,VCT,Example City 079,PE10,1
example-losi-2022,VCT,Example City 079,PE11,1
example-losi-2022,VCT,Example City 079,PE12,1
example-losi-2022,VCT,Example City 079,PE13,1
example-losi-2022,VCT,Example City 079,PE14,1
example-losi-2022,VCT,Example City 079,PE15,1
example-losi-2022,VCT,Example City 079,PE16,1
example-losi-2022,VCT,Example City 079,PE17,1
example-losi-2022,VCT,Example City 079,TE01,1
example-losi-2022,VCT,Example City 079,TE02,1
example-losi-2022,VCT,Example City 079,TE03,1
example-losi-2022,VCT,Example City 079,TE04,1
example-losi-2022,VCT,Example City 079,TE05,1
example-losi-2022,VCT,Example City 079,TE06,1
example-losi-2022,VCT,Example City 079,TE07,1
example-losi-2022,VCT,Example City 079,TE08,1
example-losi-2022,VCT,Example City 079,TE09,1
example-losi-2022,VCT,Example City 079,TE10,1
example-losi-2022,VCT,Example City 079,TE11,0
example-losi-2022,VCT,Example City 079,TE12,1
example-losi-2022,VCT,Example City 079,TE13,1
example-losi-2022,VCT,Example City 079,TE14,1
example-losi-2022,VCT,Example City 079,TE15,1
example-losi-2022,VCT,Example City 079,TE16,1
example-losi-2022,VCT,Example City 079,TE17,1
example-losi-2022,VCT,Example City 079,TE18,0
example-losi-2022,STP,Example City 080,IF01,1
example-losi-2022,STP,Example City 080,IF02,1
example-losi-2022,STP,Example City 080,IF03,1
example-losi-2022,STP,Example City 080,IF04,1
example-losi-2022,STP,Example City 080,IF05,0
example-losi-2022,STP,Example City 080,IF06,1
example-losi-2022,STP,Example City 080,IF07,0
example-losi-2022,STP,Example City 080,IF08,0
example-losi-2022,STP,Example City 080,CP01,1
example-losi-2022,STP,Example City 080,CP02,0
example-losi-2022,STP,Example City 080,CP03,0
example-losi-2022,STP,Example City 080,CP04,1
example-losi-2022,STP,Example City 080,CP05,1
example-losi-2022,STP,Example City 080,CP06,0
example-losi-2022,STP,Example City 080,CP07,0
example-losi-2022,STP,Example City 080,CP08,0
example-losi-2022,STP,Example City 080,CP09,1
example-losi-2022,STP,Example City 080,CP10,0
example-losi-2022,STP,Example City 080,CP11,1
example-losi-2022,STP,Example City 080,CP12,0
example-losi-2022,STP,Example City 080,CP13,1
example-losi-2022,STP,Example City 080,CP14,0
example-losi-2022,STP,Example City 080,CP15,1
example-losi-2022,STP,Example City 080,CP16,1
example-losi-2022,STP,Example City 080,CP17,0
example-losi-2022,STP,Example City 080,CP18,0
example-losi-2022,STP,Example City 080,CP19,0
example-losi-2022,STP,Example City 080,CP20,1
example-losi-2022,STP,Example City 080,CP21,1
example-losi-2022,STP,Example City 080,CP22,0
example-losi-2022,STP,Example City 080,CP23,1
example-losi-2022,STP,Example City 080,CP24,1
example-losi-2022,STP,Example City 080,CP25,0
example-losi-2022,STP,Example City 080,SP01,0
example-losi-2022,STP,Example City 080,SP02,0
example-losi-2022,STP,Example City 080,SP03,0
example-losi-2022,STP,Example City 080,SP04,0
example-losi-2022,STP,Example City 080,SP05,1
example-losi-2022,STP,Example City 080,SP06,1
example-losi-2022,STP,Example City 080,SP07,0
example-losi-2022,STP,Example City 080,SP08,1
example-losi-2022,STP,Example City 080,SP09,1
example-losi-2022,STP,Example City 080,SP10,0
example-losi-2022,STP,Example City 080,SP11,0
example-losi-2022,STP,Example City 080,SP12,1
example-losi-2022,STP,Example City 080,SP13,0
example-losi-2022,STP,Example City 080,SP14,1
example-losi-2022,STP,Example City 080,SP15,1
example-losi-2022,STP,Example City 080,SP16,0
example-losi-2022,STP,Example City 080,SP17,0
example-losi-2022,STP,Example City 080,SP18,0
example-losi-2022,STP,Example City 080,PE01,1
example-losi-2022,STP,Example City 080,PE02,0
example-losi-2022,STP,Example City 080,PE03,0
example-losi-2022,STP,Example City 080,PE04,0
example-losi-2022,STP,Example City 080,PE05,1
example-losi-2022,STP,Example City 080,PE06,0
example-losi-2022,STP,Example City 080,PE07,1
example-losi-2022,STP,Example City 080,PE08,0
example-losi-2022,STP,Example City 080,PE09,1
example-losi-2022,STP,Example City 080,PE10,0
example-losi-2022,STP,Example City 080,PE11,1
example-losi-2022,STP,Example City 080,PE12,0
example-losi-2022,STP,Example City 080,PE13,0
example-losi-2022,STP,Example City 080,PE14,1
example-losi-2022,STP,Example City 080,PE15,1
example-losi-2022,STP,Example City 080,PE16,1
example-losi-2022,STP,Example City 080,PE17,0
example-losi-2022,STP,Example City 080,TE01,0
example-losi-2022,STP,Example City 080,TE02,0
example-losi-2022,STP,Example City 080,TE03,1
example-losi-2022,STP,Example City 080,TE04,1
example-losi-2022,STP,Example City 080,TE05,0
example-losi-2022,STP,Example City 080,TE06,1
example-losi-2022,STP,Example City 080,TE07,1
example-losi-2022,STP,Example City 080,TE08,1
example-losi-2022,STP,Example City 080,TE09,0
example-losi-2022,STP,Example City 080,TE10,0
example-losi-2022,STP,Example City 080,TE11,0
example-losi-2022,STP,Example City 080,TE12,0
example-losi-2022,STP,Example City 080,TE13,0
example-losi-2022,STP,Example City 080,TE14,0
example-losi-2022,STP,Example City 080,TE15,0
example-losi-2022,STP,Example City 080,TE16,1
example-losi-2022,STP,Example City 080,TE17,0
example-losi-2022,STP,Example City 080,TE18,0
example-losi-2022,DEU,Example City 081,IF01,1
example-losi-2022,DEU,Example City 081,IF02,1
example-losi-2022,DEU,Example City 081,IF03,1
example-losi-2022,DEU,Example City 081,IF04,1
example-losi-2022,DEU,Example City 081,IF05,1
example-losi-2022,DEU,Example City 081,IF06,1
example-losi-2022,DEU,Example City 081,IF07,1
example-losi-2022,DEU,Example City 081,IF08,1
example-losi-2022,DEU,Example City 081,CP01,1
example-losi-2022,DEU,Example City 081,CP02,0
example-losi-2022,DEU,Example City 081,CP03,1
example-losi-2022,DEU,Example City 081,CP04,1
example-losi-2022,DEU,Example City 081,CP05,0
example-losi-2022,DEU,Example City 081,CP06,0
example-losi-2022,DEU,Example City 081,CP07,1
example-losi-2022,DEU,Example City 081,CP08,1
example-losi-2022,DEU,Example City 081,CP09,0
example-losi-2022,DEU,Example City 081,CP10,1
example-losi-2022,DEU,Example City 081,CP11,1
example-losi-2022,DEU,Example City 081,CP12,0
example-losi-2022,DEU,Example City 081,CP13,1
example-losi-2022,DEU,Example City 081,CP14,1
example-losi-2022,DEU,Example City 081,CP15,1
example-losi-2022,DEU,Example City 081,CP16,1
example-losi-2022,DEU,Example City 081,CP17,1
example-losi-2022,DEU,Example City 081,CP18,1
example-losi-2022,DEU,Example City 081,CP19,1
example-losi-2022,DEU,Example City 081,CP20,1
example-losi-2022,DEU,Example City 081,CP21,1
example-losi-2022,DEU,Example City 081,CP22,1
example-losi-2022,DEU,Example City 081,CP23,1
example-losi-2022,DEU,Example City 081,CP24,0
example-losi-2022,DEU,Example City 081,CP25,0
example-losi-2022,DEU,Example City 081,SP01,0
example-losi-2022,DEU,Example City 081,SP02,0
example-losi-2022,DEU,Example City 081,SP03,1
example-losi-2022,DEU,Example City 081,SP04,0
example-losi-2022,DEU,Example City 081,SP05,1
example-losi-2022,DEU,Example City 081,SP06,1
example-losi-2022,DEU,Example City 081,SP07,1
example-losi-2022,DEU,Example City 081,SP08,1
example-losi-2022,DEU,Example City 081,SP09,1
example-losi-2022,DEU,Example City 081,SP10,1
example-losi-2022,DEU,Example City 081,SP11,0
example-losi-2022,DEU,Example City 081,SP12,0
example-losi-2022,DEU,Example City 081,SP13,1
example-losi-2022,DEU,Example City 081,SP14,1
example-losi-2022,DEU,Example City 081,SP15,1
example-losi-2022,DEU,Example City 081,SP16,1
example-losi-2022,DEU,Example City 081,SP17,0
example-losi-2022,DEU,Example City 081,SP18,1
example-losi-2022,DEU,Example City 081,PE01,1
example-losi-2022,DEU,Example City 081,PE02,0
example-losi-2022,DEU,Example City 081,PE03,1
example-losi-2022,DEU,Example City 081,PE04,1
example-losi-2022,DEU,Example City 081,PE05,1
example-losi-2022,DEU,Example City 081,PE06,1
example-losi-2022,DEU,Example City 081,PE07,1
example-losi-2022,DEU,Example City 081,PE08,1
example-losi-2022,DEU,Example City 081,PE09,0
example-losi-2022,DEU,Example City 081,PE10,1
example-losi-2022,DEU,Example City 081,PE11,1
example-losi-2022,DEU,Example City 081,PE12,1
example-losi-2022,DEU,Example City 081,PE13,1
example-losi-2022,DEU,Example City 081,PE14,0
example-losi-2022,DEU,Example City 081,PE15,0
example-losi-2022,DEU,Example City 081,PE16,1
example-losi-2022,DEU,Example City 081,PE17,0
example-losi-2022,DEU,Example City 081,TE01,1
example-losi-2022,DEU,Example City 081,TE02,0
example-losi-2022,DEU,Example City 081,TE03,1
example-losi-2022,DEU,Example City 081,TE04,1
example-losi-2022,DEU,Example City 081,TE05,1
example-losi-2022,DEU,Example City 081,TE06,0
example-losi-2022,DEU,Example City 081,TE07,1
example-losi-2022,DEU,Example City 081,TE08,1
example-losi-2022,DEU,Example City 081,TE09,1
example-losi-2022,DEU,Example City 081,TE10,1
example-losi-2022,DEU,Example City 081,TE11,0
example-losi-2022,DEU,Example City 081,TE12,0
example-losi-2022,DEU,Example City 081,TE13,1
example-losi-2022,DEU,Example City 081,TE14,1
example-losi-2022,DEU,Example City 081,TE15,1
example-losi-2022,DEU,Example City 081,TE16,1
example-losi-2022,DEU,Example City 081,TE17,0
example-losi-2022,DEU,Example City 081,TE18,1
example-losi-2022,MRT,Example City 082,IF01,0
example-losi-2022,MRT,Example City 082,IF02,1
example-losi-2022,MRT,Example City 082,IF03,1
example-losi-2022,MRT,Example City 082,IF04,1
example-losi-2022,MRT,Example City 082,IF05,0
example-losi-2022,MRT,Example City 082,IF06,1
example-losi-2022,MRT,Example City 082,IF07,1
example-losi-2022,MRT,Example City 082,IF08,0
example-losi-2022,MRT,Example City 082,CP01,1
example-losi-2022,MRT,Example City 082,CP02,0
example-losi-2022,MRT,Example City 082,CP03,0
example-losi-2022,MRT,Example City 082,CP04,0
example-losi-2022,MRT,Example City 082,CP05,1
example-losi-2022,MRT,Example City 082,CP06,0
example-losi-2022,MRT,Example City 082,CP07,0
example-losi-2022,MRT,Example City 082,CP08,0
example-losi-2022,MRT,Example City 082,CP09,1
example-losi-2022,MRT,Example City 082,CP10,0
example-losi-2022,MRT,Example City 082,CP11,1
example-losi-2022,MRT,Example City 082,CP12,1
example-losi-2022,MRT,Example City 082,CP13,0
example-losi-2022,MRT,Example City 082,CP14,0
example-losi-2022,MRT,Example City 082,CP15,1
example-losi-2022,MRT,Example City 082,CP16,1
example-losi-2022,MRT,Example City 082,CP17,1
example-losi-2022,MRT,Example City 082,CP18,0
example-losi-2022,MRT,Example City 082,CP19,0
example-losi-2022,MRT,Example City 082,CP20,1
example-losi-2022,MRT,Example City 082,CP21,0
example-losi-2022,MRT,Example City 082,CP22,0
example-losi-2022,MRT,Example City 082,CP23,1
example-losi-2022,MRT,Example City 082,CP24,1
example-losi-2022,MRT,Example City 082,CP25,0
example-losi-2022,MRT,Example City 082,SP01,0
example-losi-2022,MRT,Example City 082,SP02,0
example-losi-2022,MRT,Example City 082,SP03,1
example-losi-2022,MRT,Example City 082,SP04,0
example-losi-2022,MRT,Example City 082,SP05,1
example-losi-2022,MRT,Example City 082,SP06,1
example-losi-2022,MRT,Example City 082,SP07,0
example-losi-2022,MRT,Example City 082,SP08,1
example-losi-2022,MRT,Example City 082,SP09,0
example-losi-2022,MRT,Example City 082,SP10,0
example-losi-2022,MRT,Example City 082,SP11,0
example-losi-2022,MRT,Example City 082,SP12,0
example-losi-2022,MRT,Example City 082,SP13,0
example-losi-2022,MRT,Example City 082,SP14,0
example-losi-2022,MRT,Example City 082,SP15,0
example-losi-2022,MRT,Example City 082,SP16,0
example-losi-2022,MRT,Example City 082,SP17,0
example-losi-2022,MRT,Example City 082,SP18,0
example-losi-2022,MRT,Example City 082,PE01,0
example-losi-2022,MRT,Example City 082,PE02,0
example-losi-2022,MRT,Example City 082,PE03,1
example-losi-2022,MRT,Example City 082,PE04,1
example-losi-2022,MRT,Example City 082,PE05,1
example-losi-2022,MRT,Example City 082,PE06,1
example-losi-2022,MRT,Example City 082,PE07,1
example-losi-2022,MRT,Example City 082,PE08,0
example-losi-2022,MRT,Example City 082,PE09,0
example-losi-2022,MRT,Example City 082,PE10,0
example-losi-2022,MRT,Example City 082,PE11,1
example-losi-2022,MRT,Example City 082,PE12,0
example-losi-2022,MRT,Example City 082,PE13,0
example-losi-2022,MRT,Example City 082,PE14,0
example-losi-2022,MRT,Example City 082,PE15,0
example-losi-2022,MRT,Example City 082,PE16,1
example-losi-2022,MRT,Example City 082,PE17,0
example-losi-2022,MRT,Example City 082,TE01,1
example-losi-2022,MRT,Example City 082,TE02,0
example-losi-2022,MRT,Example City 082,TE03,1
example-losi-2022,MRT,Example City 082,TE04,1
example-losi-2022,MRT,Example City 082,TE05,0
example-losi-2022,MRT,Example City 082,TE06,0
example-losi-2022,MRT,Example City 082,TE07,0
example-losi-2022,MRT,Example City 082,TE08,1
example-losi-2022,MRT,Example City 082,TE09,1
example-losi-2022,MRT,Example City 082,TE10,0
example-losi-2022,MRT,Example City 082,TE11,1
example-losi-2022,MRT,Example City 082,TE12,1
example-losi-2022,MRT,Example City 082,TE13,0
example-losi-2022,MRT,Example City 082,TE14,1
example-losi-2022,MRT,Example City 082,TE15,0
example-losi-2022,MRT,Example City 082,TE16,1
example-losi-2022,MRT,Example City 082,TE17,0
example-losi-2022,MRT,Example City 082,TE18,1
example-losi-2022,POL,Example City 083,IF01,1
example-losi-2022,POL,Example City 083,IF02,1
example-losi-2022,POL,Example City 083,IF03,1
example-losi-2022,POL,Example City 083,IF04,0
example-losi-2022,POL,Example City 083,IF05,1
example-losi-2022,POL,Example City 083,IF06,1
example-losi-2022,POL,Example City 083,IF07,1
example-losi-2022,POL,Example City 083,IF08,1
example-losi-2022,POL,Example City 083,CP01,0
example-losi-2022,POL,Example City 083,CP02,0
example-losi-2022,POL,Example City 083,CP03,1
example-losi-2022,POL,Example City 083,CP04,1
example-losi-2022,POL,Example City 083,CP05,0
example-losi-2022,POL,Example City 083,CP06,0
example-losi-2022,POL,Example City 083,CP07,1
example-losi-2022,POL,Example City 083,CP08,1
example-losi-2022,POL,Example City 083,CP09,1
example-losi-2022,POL,Example City 083,CP10,1
example-losi-2022,POL,Example City 083,CP11,1
example-losi-2022,POL,Example City 083,CP12,1
example-losi-2022,POL,Example City 083,CP13,0
example-losi-2022,POL,Example City 083,CP14,1
example-losi-2022,POL,Example City 083,CP15,0
example-losi-2022,POL,Example City 083,CP16,1
example-losi-2022,POL,Example City 083,CP17,1
example-losi-2022,POL,Example City 083,CP18,1
example-losi-2022,POL,Example City 083,CP19,1
example-losi-2022,POL,Example City 083,CP20,0
example-losi-2022,POL,Example City 083,CP21,1
example-losi-2022,POL,Example City 083,CP22,1
example-losi-2022,POL,Example City 083,CP23,1
example-losi-2022,POL,Example City 083,CP24,1
example-losi-2022,POL,Example City 083,CP25,1
example-losi-2022,POL,Example City 083,SP01,1
example-losi-2022,POL,Example City 083,SP02,1
example-losi-2022,POL,Example City 083,SP03,1
example-losi-2022,POL,Example City 083,SP04,1
example-losi-2022,POL,Example City 083,SP05,1
example-losi-2022,POL,Example City 083,SP06,1
example-losi-2022,POL,Example City 083,SP07,1
example-losi-2022,POL,Example City 083,SP08,1
example-losi-2022,POL,Example City 083,SP09,1
example-losi-2022,POL,Example City 083,SP10,0
example-losi-2022,POL,Example City 083,SP11,0
example-losi-2022,POL,Example City 083,SP12,0
example-losi-2022,POL,Example City 083,SP13,1
example-losi-2022,POL,Example City 083,SP14,0
example-losi-2022,POL,Example City 083,SP15,0
example-losi-2022,POL,Example City 083,SP16,1
example-losi-2022,POL,Example City 083,SP17,1
example-losi-2022,POL,Example City 083,SP18,1
example-losi-2022,POL,Example City 083,PE01,1
example-losi-2022,POL,Example City 083,PE02,0
example-losi-2022,POL,Example City 083,PE03,1
example-losi-2022,POL,Example City 083,PE04,1
example-losi-2022,POL,Example City 083,PE05,0
example-losi-2022,POL,Example City 083,PE06,1
example-losi-2022,POL,Example City 083,PE07,1
example-losi-2022,POL,Example City 083,PE08,1
example-losi-2022,POL,Example City 083,PE09,1
example-losi-2022,POL,Example City 083,PE10,1
example-losi-2022,POL,Example City 083,PE11,1
example-losi-2022,POL,Example City 083,PE12,0
example-losi-2022,POL,Example City 083,PE13,1
example-losi-2022,POL,Example City 083,PE14,1
example-losi-2022,POL,Example City 083,PE15,1
example-losi-2022,POL,Example City 083,PE16,1
example-losi-2022,POL,Example City 083,PE17,1
example-losi-2022,POL,Example City 083,TE01,1
example-losi-2022,POL,Example City 083,TE02,1
example-losi-2022,POL,Example City 083,TE03,0
example-losi-2022,POL,Example City 083,TE04,0
example-losi-2022,POL,Example City 083,TE05,1
example-losi-2022,POL,Example City 083,TE06,1
example-losi-2022,POL,Example City 083,TE07,1
example-losi-2022,POL,Example City 083,TE08,1
example-losi-2022,POL,Example City 083,TE09,1
example-losi-2022,POL,Example City 083,TE10,0
example-losi-2022,POL,Example City 083,TE11,0
example-losi-2022,POL,Example City 083,TE12,1
example-losi-2022,POL,Example City 083,TE13,1
example-losi-2022,POL,Example City 083,TE14,1
example-losi-2022,POL,Example City 083,TE15,1
example-losi-2022,POL,Example City 083,TE16,1
example-losi-2022,POL,Example City 083,TE17,0
example-losi-2022,POL,Example City 083,TE18,1
example-losi-2022,TUN,Example City 084,IF01,0
example-losi-2022,TUN,Example City 084,IF02,1
example-losi-2022,TUN,Example City 084,IF03,1
example-losi-2022,TUN,Example City 084,IF04,1
example-losi-2022,TUN,Example City 084,IF05,1
example-losi-2022,TUN,Example City 084,IF06,0
example-losi-2022,TUN,Example City 084,IF07,1
example-losi-2022,TUN,Example City 084,IF08,1
example-losi-2022,TUN,Example City 084,CP01,1
example-losi-2022,TUN,Example City 084,CP02,0
example-losi-2022,TUN,Example City 084,CP03,1
example-losi-2022,TUN,Example City 084,CP04,0
example-losi-2022,TUN,Example City 084,CP05,1
example-losi-2022,TUN,Example City 084,CP06,1
example-losi-2022,TUN,Example City 084,CP07,1
example-losi-2022,TUN,Example City 084,CP08,1
example-losi-2022,TUN,Example City 084,CP09,1
example-losi-2022,TUN,Example City 084,CP10,1
example-losi-2022,TUN,Example City 084,CP11,0
example-losi-2022,TUN,Example City 084,CP12,1
example-losi-2022,TUN,Example City 084,CP13,1
example-losi-2022,TUN,Example City 084,CP14,0
example-losi-2022,TUN,Example City 084,CP15,1
example-losi-2022,TUN,Example City 084,CP16,1
example-losi-2022,TUN,Example City 084,CP17,1
example-losi-2022,TUN,Example City 084,CP18,1
example-losi-2022,TUN,Example City 084,CP19,1
example-losi-2022,TUN,Example City 084,CP20,1
example-losi-2022,TUN,Example City 084,CP21,0
example-losi-2022,TUN,Example City 084,CP22,0
example-losi-2022,TUN,Example City 084,CP23,0
example-losi-2022,TUN,Example City 084,CP24,0
example-losi-2022,TUN,Example City 084,CP25,1
example-losi-2022,TUN,Example City 084,SP01,1
example-losi-2022,TUN,Example City 084,SP02,1
example-losi-2022,TUN,Example City 084,SP03,0
example-losi-2022,TUN,Example City 084,SP04,0
example-losi-2022,TUN,Example City 084,SP05,1
example-losi-2022,TUN,Example City 084,SP06,1
example-losi-2022,TUN,Example City 084,SP07,1
example-losi-2022,TUN,Example City 084,SP08,0
example-losi-2022,TUN,Example City 084,SP09,1
example-losi-2022,TUN,Example City 084,SP10,0
example-losi-2022,TUN,Example City 084,SP11,1
example-losi-2022,TUN,Example City 084,SP12,1
example-losi-2022,TUN,Example City 084,SP13,0
example-losi-2022,TUN,Example City 084,SP14,0
example-losi-2022,TUN,Example City 084,SP15,0
example-losi-2022,TUN,Example City 084,SP16,1
example-losi-2022,TUN,Example City 084,SP17,0
example-losi-2022,TUN,Example City 084,SP18,0
example-losi-2022,TUN,Example City 084,PE01,1
example-losi-2022,TUN,Example City 084,PE02,1
example-losi-2022,TUN,Example City 084,PE03,1
example-losi-2022,TUN,Example City 084,PE04,1
example-losi-2022,TUN,Example City 084,PE05,0
example-losi-2022,TUN,Example City 084,PE06,1
example-losi-2022,TUN,Example City 084,PE07,1
example-losi-2022,TUN,Example City 084,PE08,1
example-losi-2022,TUN,Example City 084,PE09,0
example-losi-2022,TUN,Example City 084,PE10,1
example-losi-2022,TUN,Example City 084,PE11,1
example-losi-2022,TUN,Example City 084,PE12,0
example-losi-2022,TUN,Example City 084,PE13,0
example-losi-2022,TUN,Example City 084,PE14,0
example-losi-2022,TUN,Example City 084,PE15,0
example-losi-2022,TUN,Example City 084,PE16,1
example-losi-2022,TUN,Example City 084,PE17,0
example-losi-2022,TUN,Example City 084,TE01,1
example-losi-2022,TUN,Example City 084,TE02,1
example-losi-2022,TUN,Example City 084,TE03,1
example-losi-2022,TUN,Example City 084,TE04,1
example-losi-2022,TUN,Example City 084,TE05,1
example-losi-2022,TUN,Example City 084,TE06,0
example-losi-2022,TUN,Example City 084,TE07,1
example-losi-2022,TUN,Example City 084,TE08,1
example-losi-2022,TUN,Example City 084,TE09,1
example-losi-2022,TUN,Example City 084,TE10,1
example-losi-2022,TUN,Example City 084,TE11,0
example-losi-2022,TUN,Example City 084,TE12,0
example-losi-2022,TUN,Example City 084,TE13,1
example-losi-2022,TUN,Example City 084,TE14,0
example-losi-2022,TUN,Example City 084,TE15,0
example-losi-2022,TUN,Example City 084,TE16,1
example-losi-2022,TUN,Example City 084,TE17,0
example-losi-2022,TUN,Example City 084,TE18,1
example-losi-2022,MLT,Example City 085,IF01,0
example-losi-2022,MLT,Example City 085,IF02,0
example-losi-2022,MLT,Example City 085,IF03,0
example-losi-2022,MLT,Example City 085,IF04,0
example-losi-2022,MLT,Example City 085,IF05,0
example-losi-2022,MLT,Example City 085,IF06,1
example-losi-2022,MLT,Example City 085,IF07,0
example-losi-2022,MLT,Example City 085,IF08,0
example-losi-2022,MLT,Example City 085,CP01,0
example-losi-2022,MLT,Example City 085,CP02,0
example-losi-2022,MLT,Example City 085,CP03,0
example-losi-2022,MLT,Example City 085,CP04,1
example-losi-2022,MLT,Example City 085,CP05,0
example-losi-2022,MLT,Example City 085,CP06,0
example-losi-2022,MLT,Example City 085,CP07,0
example-losi-2022,MLT,Example City 085,CP08,0
example-losi-2022,MLT,Example City 085,CP09,0
example-losi-2022,MLT,Example City 085,CP10,0
example-losi-2022,MLT,Example City 085,CP11,0
example-losi-2022,MLT,Example City 085,CP12,0
example-losi-2022,MLT,Example City 085,CP13,0
example-losi-2022,MLT,Example City 085,CP14,0
example-losi-2022,MLT,Example City 085,CP15,0
example-losi-2022,MLT,Example City 085,CP16,0
example-losi-2022,MLT,Example City 085,CP17,1
example-losi-2022,MLT,Example City 085,CP18,1
example-losi-2022,MLT,Example City 085,CP19,0
example-losi-2022,MLT,Example City 085,CP20,0
example-losi-2022,MLT,Example City 085,CP21,0
example-losi-2022,MLT,Example City 085,CP22,0
example-losi-2022,MLT,Example City 085,CP23,0
example-losi-2022,MLT,Example City 085,CP24,1
example-losi-2022,MLT,Example City 085,CP25,0
example-losi-2022,MLT,Example City 085,SP01,0
example-losi-2022,MLT,Example City 085,SP02,0
example-losi-2022,MLT,Example City 085,SP03,0
example-losi-2022,MLT,Example City 085,SP04,0
example-losi-2022,MLT,Example City 085,SP05,0
example-losi-2022,MLT,Example City 085,SP06,1
example-losi-2022,MLT,Example City 085,SP07,1
example-losi-2022,MLT,Example City 085,SP08,1
example-losi-2022,MLT,Example City 085,SP09,0
example-losi-2022,MLT,Example City 085,SP10,0
example-losi-2022,MLT,Example City 085,SP11,0
example-losi-2022,MLT,Example City 085,SP12,0
example-losi-2022,MLT,Example City 085,SP13,0
example-losi-2022,MLT,Example City 085,SP14,0
example-losi-2022,MLT,Example City 085,SP15,0
example-losi-2022,MLT,Example City 085,SP16,0
example-losi-2022,MLT,Example City 085,SP17,0
example-losi-2022,MLT,Example City 085,SP18,0
example-losi-2022,MLT,Example City 085,PE01,0
example-losi-2022,MLT,Example City 085,PE02,0
example-losi-2022,MLT,Example City 085,PE03,1
example-losi-2022,MLT,Example City 085,PE04,0
example-losi-2022,MLT,Example City 085,PE05,0
example-losi-2022,MLT,Example City 085,PE06,0
example-losi-2022,MLT,Example City 085,PE07,1
example-losi-2022,MLT,Example City 085,PE08,0
example-losi-2022,MLT,Example City 085,PE09,0
example-losi-2022,MLT,Example City 085,PE10,0
example-losi-2022,MLT,Example City 085,PE11,1
example-losi-2022,MLT,Example City 085,PE12,0
example-losi-2022,MLT,Example City 085,PE13,0
example-losi-2022,MLT,Example City 085,PE14,0
example-losi-2022,MLT,Example City 085,PE15,0
example-losi-2022,MLT,Example City 085,PE16,0
example-losi-2022,MLT,Example City 085,PE17,0
example-losi-2022,MLT,Example City 085,TE01,1
example-losi-2022,MLT,Example City 085,TE02,0
example-losi-2022,MLT,Example City 085,TE03,0
example-losi-2022,MLT,Example City 085,TE04,1
example-losi-2022,MLT,Example City 085,TE05,0
example-losi-2022,MLT,Example City 085,TE06,0
example-losi-2022,MLT,Example City 085,TE07,0
example-losi-2022,MLT,Example City 085,TE08,0
example-losi-2022,MLT,Example City 085,TE09,0
example-losi-2022,MLT,Example City 085,TE10,0
example-losi-2022,MLT,Example City 085,TE11,1
example-losi-2022,MLT,Example City 085,TE12,0
example-losi-2022,MLT,Example City 085,TE13,0
example-losi-2022,MLT,Example City 085,TE14,0
example-losi-2022,MLT,Example City 085,TE15,0
example-losi-2022,MLT,Example City 085,TE16,0
example-losi-2022,MLT,Example City 085,TE17,0
example-losi-2022,MLT,Example City 085,TE18,0
example-losi-2022,FIN,Example City 086,IF01,0
example-losi-2022,FIN,Example City 086,IF02,0
example-losi-2022,FIN,Example City 086,IF03,1
example-losi-2022,FIN,Example City 086,IF04,1
example-losi-2022,FIN,Example City 086,IF05,1
example-losi-2022,FIN,Example City 086,IF06,1
example-losi-2022,FIN,Example City 086,IF07,0
example-losi-2022,FIN,Example City 086,IF08,1
example-losi-2022,FIN,Example City 086,CP01,1
example-losi-2022,FIN,Example City 086,CP02,1
example-losi-2022,FIN,Example City 086,CP03,1
example-losi-2022,FIN,Example City 086,CP04,0
example-losi-2022,FIN,Example City 086,CP05,0
example-losi-2022,FIN,Example City 086,CP06,1
example-losi-2022,FIN,Example City 086,CP07,1
example-losi-2022,FIN,Example City 086,CP08,1
example-losi-2022,FIN,Example City 086,CP09,1
example-losi-2022,FIN,Example City 086,CP10,1
example-losi-2022,FIN,Example City 086,CP11,1
example-losi-2022,FIN,Example City 086,CP12,1
example-losi-2022,FIN,Example City 086,CP13,1
example-losi-2022,FIN,Example City 086,CP14,1
example-losi-2022,FIN,Example City 086,CP15,1
example-losi-2022,FIN,Example City 086,CP16,1
example-losi-2022,FIN,Example City 086,CP17,1
example-losi-2022,FIN,Example City 086,CP18,1
example-losi-2022,FIN,Example City 086,CP19,1
example-losi-2022,FIN,Example City 086,CP20,1
example-losi-2022,FIN,Example City 086,CP21,1
example-losi-2022,FIN,Example City 086,CP22,1
example-losi-2022,FIN,Example City 086,CP23,1
example-losi-2022,FIN,Example City 086,CP24,1
example-losi-2022,FIN,Example City 086,CP25,1
example-losi-2022,FIN,Example City 086,SP01,1
example-losi-2022,FIN,Example City 086,SP02,0
example-losi-2022,FIN,Example City 086,SP03,0
example-losi-2022,FIN,Example City 086,SP04,1
example-losi-2022,FIN,Example City 086,SP05,1
example-losi-2022,FIN,Example City 086,SP06,1
example-losi-2022,FIN,Example City 086,SP07,1
example-losi-2022,FIN,Example City 086,SP08,0
example-losi-2022,FIN,Example City 086,SP09,1
example-losi-2022,FIN,Example City 086,SP10,1
example-losi-2022,FIN,Example City 086,SP11,1
example-losi-2022,FIN,Example City 086,SP12,1
example-losi-2022,FIN,Example City 086,SP13,0
example-losi-2022,FIN,Example City 086,SP14,0
example-losi-2022,FIN,Example City 086,SP15,1
example-losi-2022,FIN,Example City 086,SP16,1
example-losi-2022,FIN,Example City 086,SP17,1
example-losi-2022,FIN,Example City 086,SP18,0
example-losi-2022,FIN,Example City 086,PE01,1
example-losi-2022,FIN,Example City 086,PE02,0
example-losi-2022,FIN,Example City 086,PE03,1
example-losi-2022,FIN,Example City 086,PE04,1
example-losi-2022,FIN,Example City 086,PE05,1
example-losi-2022,FIN,Example City 086,PE06,1
example-losi-2022,FIN,Example City 086,PE07,1
example-losi-2022,FIN,Example City 086,PE08,1
example-losi-2022,FIN,Example City 086,PE09,1
example-losi-2022,FIN,Example City 086,PE10,1
example-losi-2022,FIN,Example City 086,PE11,1
example-losi-2022,FIN,Example City 086,PE12,1
example-losi-2022,FIN,Example City 086,PE13,1
example-losi-2022,FIN,Example City 086,PE14,1
example-losi-2022,FIN,Example City 086,PE15,1
example-losi-2022,FIN,Example City 086,PE16,1
example-losi-2022,FIN,Example City 086,PE17,1
example-losi-2022,FIN,Example City 086,TE01,1
example-losi-2022,FIN,Example City 086,TE02,0
example-losi-2022,FIN,Example City 086,TE03,0
example-losi-2022,FIN,Example City 086,TE04,1
example-losi-2022,FIN,Example City 086,TE05,1
example-losi-2022,FIN,Example City 086,TE06,1
example-losi-2022,FIN,Example City 086,TE07,1
example-losi-2022,FIN,Example City 086,TE08,0
example-losi-2022,FIN,Example City 086,TE09,0
example-losi-2022,FIN,Example City 086,TE10,0
example-losi-2022,FIN,Example City 086,TE11,0
example-losi-2022,FIN,Example City 086,TE12,0
example-losi-2022,FIN,Example City 086,TE13,0
example-losi-2022,FIN,Example City 086,TE14,1
example-losi-2022,FIN,Example City 086,TE15,0
example-losi-2022,FIN,Example City 086,TE16,1
example-losi-2022,FIN,Example City 086,TE17,0
example-losi-2022,FIN,Example City 086,TE18,1
example-losi-2022,PHL,Example City 087,IF01,0
example-losi-2022,PHL,Example City 087,IF02,1
example-losi-2022,PHL,Example City 087,IF03,0
example-losi-2022,PHL,Example City 087,IF04,1
example-losi-2022,PHL,Example City 087,IF05,0
example-losi-2022,PHL,Example City 087,IF06,1
example-losi-2022,PHL,Example City 087,IF07,1
example-losi-2022,PHL,Example City 087,IF08,1
example-losi-2022,PHL,Example City 087,CP01,0
example-losi-2022,PHL,Example City 087,CP02,1
example-losi-2022,PHL,Example City 087,CP03,1
example-losi-2022,PHL,Example City 087,CP04,1
example-losi-2022,PHL,Example City 087,CP05,0
example-losi-2022,PHL,Example City 087,CP06,1
example-losi-2022,PHL,Example City 087,CP07,1
example-losi-2022,PHL,Example City 087,CP08,0
example-losi-2022,PHL,Example City 087,CP09,1
example-losi-2022,PHL,Example City 087,CP10,1
example-losi-2022,PHL,Example City 087,CP11,1
example-losi-2022,PHL,Example City 087,CP12,1
example-losi-2022,PHL,Example City 087,CP13,0
example-losi-2022,PHL,Example City 087,CP14,0
example-losi-2022,PHL,Example City 087,CP15,0
example-losi-2022,PHL,Example City 087,CP16,1
example-losi-2022,PHL,Example City 087,CP17,0
example-losi-2022,PHL,Example City 087,CP18,1
example-losi-2022,PHL,Example City 087,CP19,0
example-losi-2022,PHL,Example City 087,CP20,1
example-losi-2022,PHL,Example City 087,CP21,0
example-losi-2022,PHL,Example City 087,CP22,0
example-losi-2022,PHL,Example City 087,CP23,1
example-losi-2022,PHL,Example City 087,CP24,1
example-losi-2022,PHL,Example City 087,CP25,0
example-losi-2022,PHL,Example City 087,SP01,1
example-losi-2022,PHL,Example City 087,SP02,0
example-losi-2022,PHL,Example City 087,SP03,0
example-losi-2022,PHL,Example City 087,SP04,1
example-losi-2022,PHL,Example City 087,SP05,1
example-losi-2022,PHL,Example City 087,SP06,1
example-losi-2022,PHL,Example City 087,SP07,1
example-losi-2022,PHL,Example City 087,SP08,0
example-losi-2022,PHL,Example City 087,SP09,0
example-losi-2022,PHL,Example City 087,SP10,0
example-losi-2022,PHL,Example City 087,SP11,0
example-losi-2022,PHL,Example City 087,SP12,1
example-losi-2022,PHL,Example City 087,SP13,0
example-losi-2022,PHL,Example City 087,SP14,0
example-losi-2022,PHL,Example City 087,SP15,0
example-losi-2022,PHL,Example City 087,SP16,0
example-losi-2022,PHL,Example City 087,SP17,0
example-losi-2022,PHL,Example City 087,SP18,0
example-losi-2022,PHL,Example City 087,PE01,1
example-losi-2022,PHL,Example City 087,PE02,0
example-losi-2022,PHL,Example City 087,PE03,0
example-losi-2022,PHL,Example City 087,PE04,0
example-losi-2022,PHL,Example City 087,PE05,1
example-losi-2022,PHL,Example City 087,PE06,0
example-losi-2022,PHL,Example City 087,PE07,1
example-losi-2022,PHL,Example City 087,PE08,0
example-losi-2022,PHL,Example City 087,PE09,0
example-losi-2022,PHL,Example City 087,PE10,1
example-losi-2022,PHL,Example City 087,PE11,1
example-losi-2022,PHL,Example City 087,PE12,0
example-losi-2022,PHL,Example City 087,PE13,1
example-losi-2022,PHL,Example City 087,PE14,0
example-losi-2022,PHL,Example City 087,PE15,1
example-losi-2022,PHL,Example City 087,PE16,1
example-losi-2022,PHL,Example City 087,PE17,1
example-losi-2022,PHL,Example City 087,TE01,1
example-losi-2022,PHL,Example City 087,TE02,0
example-losi-2022,PHL,Example City 087,TE03,0
example-losi-2022,PHL,Example City 087,TE04,0
example-losi-2022,PHL,Example City 087,TE05,1
example-losi-2022,PHL,Example City 087,TE06,1
example-losi-2022,PHL,Example City 087,TE07,0
example-losi-2022,PHL,Example City 087,TE08,1
example-losi-2022,PHL,Example City 087,TE09,1
example-losi-2022,PHL,Example City 087,TE10,1
example-losi-2022,PHL,Example City 087,TE11,0
example-losi-2022,PHL,Example City 087,TE12,0
example-losi-2022,PHL,Example City 087,TE13,0
example-losi-2022,PHL,Example City 087,TE14,1
example-losi-2022,PHL,Example City 087,TE15,0
example-losi-2022,PHL,Example City 087,TE16,1
example-losi-2022,PHL,Example City 087,TE17,0
example-losi-2022,PHL,Example City 087,TE18,0
example-losi-2022,ERI,Example City 088,IF01,1
example-losi-2022,ERI,Example City 088,IF02,1
example-losi-2022,ERI,Example City 088,IF03,1
example-losi-2022,ERI,Example City 088,IF04,1
example-losi-2022,ERI,Example City 088,IF05,0
example-losi-2022,ERI,Example City 088,IF06,1
example-losi-2022,ERI,Example City 088,IF07,1
example-losi-2022,ERI,Example City 088,IF08,1
example-losi-2022,ERI,Example City 088,CP01,0
example-losi-2022,ERI,Example City 088,CP02,1
example-losi-2022,ERI,Example City 088,CP03,1
example-losi-2022,ERI,Example City 088,CP04,1
example-losi-2022,ERI,Example City 088,CP05,0
example-losi-2022,ERI,Example City 088,CP06,0
example-losi-2022,ERI,Example City 088,CP07,1
example-losi-2022,ERI,Example City 088,CP08,0
example-losi-2022,ERI,Example City 088,CP09,1
example-losi-2022,ERI,Example City 088,CP10,1
example-losi-2022,ERI,Example City 088,CP11,0
example-losi-2022,ERI,Example City 088,CP12,1
example-losi-2022,ERI,Example City 088,CP13,0
example-losi-2022,ERI,Example City 088,CP14,1
example-losi-2022,ERI,Example City 088,CP15,1
example-losi-2022,ERI,Example City 088,CP16,1
example-losi-2022,ERI,Example City 088,CP17,0
example-losi-2022,ERI,Example City 088,CP18,0
example-losi-2022,ERI,Example City 088,CP19,0
example-losi-2022,ERI,Example City 088,CP20,1
example-losi-2022,ERI,Example City 088,CP21,0
example-losi-2022,ERI,Example City 088,CP22,1
example-losi-2022,ERI,Example City 088,CP23,1
example-losi-2022,ERI,Example City 088,CP24,0
example-losi-2022,ERI,Example City 088,CP25,1
example-losi-2022,ERI,Example City 088,SP01,1
example-losi-2022,ERI,Example City 088,SP02,0
example-losi-2022,ERI,Example City 088,SP03,1
example-losi-2022,ERI,Example City 088,SP04,0
example-losi-2022,ERI,Example City 088,SP05,0
example-losi-2022,ERI,Example City 088,SP06,1
example-losi-2022,ERI,Example City 088,SP07,1
example-losi-2022,ERI,Example City 088,SP08,0
example-losi-2022,ERI,Example City 088,SP09,0
example-losi-2022,ERI,Example City 088,SP10,1
example-losi-2022,ERI,Example City 088,SP11,0
example-losi-2022,ERI,Example City 088,SP12,0
example-losi-2022,ERI,Example City 088,SP13,0
example-losi-2022,ERI,Example City 088,SP14,0
example-losi-2022,ERI,Example City 088,SP15,1
example-losi-2022,ERI,Example City 088,SP16,1
example-losi-2022,ERI,Example City 088,SP17,1
example-losi-2022,ERI,Example City 088,SP18,0
example-losi-2022,ERI,Example City 088,PE01,1
example-losi-2022,ERI,Example City 088,PE02,0
example-losi-2022,ERI,Example City 088,PE03,0
example-losi-2022,ERI,Example City 088,PE04,1
example-losi-2022,ERI,Example City 088,PE05,0
example-losi-2022,ERI,Example City 088,PE06,1
example-losi-2022,ERI,Example City 088,PE07,1
example-losi-2022,ERI,Example City 088,PE08,1
example-losi-2022,ERI,Example City 088,PE09,1
example-losi-2022,ERI,Example City 088,PE10,1
example-losi-2022,ERI,Example City 088,PE11,1
example-losi-2022,ERI,Example City 088,PE12,1
example-losi-2022,ERI,Example City 088,PE13,0
example-losi-2022,ERI,Example City 088,PE14,1
example-losi-2022,ERI,Example City 088,PE15,0
example-losi-2022,ERI,Example City 088,PE16,1
example-losi-2022,ERI,Example City 088,PE17,0
example-losi-2022,ERI,Example City 088,TE01,1
example-losi-2022,ERI,Example City 088,TE02,1
example-losi-2022,ERI,Example City 088,TE03,1
example-losi-2022,ERI,Example City 088,TE04,1
example-losi-2022,ERI,Example City 088,TE05,1
example-losi-2022,ERI,Example City 088,TE06,0
example-losi-2022,ERI,Example City 088,TE07,0
example-losi-2022,ERI,Example City 088,TE08,0
example-losi-2022,ERI,Example City 088,TE09,0
example-losi-2022,ERI,Example City 088,TE10,1
example-losi-2022,ERI,Example City 088,TE11,0
example-losi-2022,ERI,Example City 088,TE12,1
example-losi-2022,ERI,Example City 088,TE13,0
example-losi-2022,ERI,Example City 088,TE14,0
example-losi-2022,ERI,Example City 088,TE15,0
example-losi-2022,ERI,Example City 088,TE16,0
example-losi-2022,ERI,Example City 088,TE17,0
example-losi-2022,ERI,Example City 088,TE18,1
example-losi-2022,ARE,Example City 089,IF01,0
example-losi-2022,ARE,Example City 089,IF02,0
example-losi-2022,ARE,Example City 089,IF03,1
example-losi-2022,ARE,Example City 089,IF04,1
example-losi-2022,ARE,Example City 089,IF05,1
example-losi-2022,ARE,Example City 089,IF06,1
example-losi-2022,ARE,Example City 089,IF07,1
example-losi-2022,ARE,Example City 089,IF08,0
example-losi-2022,ARE,Example City 089,CP01,0
example-losi-2022,ARE,Example City 089,CP02,0
example-losi-2022,ARE,Example City 089,CP03,0
example-losi-2022,ARE,Example City 089,CP04,0
example-losi-2022,ARE,Example City 089,CP05,1
example-losi-2022,ARE,Example City 089,CP06,1
example-losi-2022,ARE,Example City 089,CP07,0
example-losi-2022,ARE,Example City 089,CP08,0
example-losi-2022,ARE,Example City 089,CP09,0
example-losi-2022,ARE,Example City 089,CP10,0
example-losi-2022,ARE,Example City 089,CP11,1
example-losi-2022,ARE,Example City 089,CP12,1
example-losi-2022,ARE,Example City 089,CP13,0
example-losi-2022,ARE,Example City 089,CP14,0
example-losi-2022,ARE,Example City 089,CP15,1
example-losi-2022,ARE,Example City 089,CP16,1
example-losi-2022,ARE,Example City 089,CP17,1
example-losi-2022,ARE,Example City 089,CP18,0
example-losi-2022,ARE,Example City 089,CP19,1
example-losi-2022,ARE,Example City 089,CP20,1
example-losi-2022,ARE,Example City 089,CP21,1
example-losi-2022,ARE,Example City 089,CP22,0
example-losi-2022,ARE,Example City 089,CP23,0
example-losi-2022,ARE,Example City 089,CP24,1
example-losi-2022,ARE,Example City 089,CP25,1
example-losi-2022,ARE,Example City 089,SP01,0
example-losi-2022,ARE,Example City 089,SP02,0
example-losi-2022,ARE,Example City 089,SP03,0
example-losi-2022,ARE,Example City 089,SP04,0
example-losi-2022,ARE,Example City 089,SP05,1
example-losi-2022,ARE,Example City 089,SP06,1
example-losi-2022,ARE,Example City 089,SP07,1
example-losi-2022,ARE,Example City 089,SP08,0
example-losi-2022,ARE,Example City 089,SP09,1
example-losi-2022,ARE,Example City 089,SP10,0
example-losi-2022,ARE,Example City 089,SP11,0
example-losi-2022,ARE,Example City 089,SP12,1
example-losi-2022,ARE,Example City 089,SP13,1
example-losi-2022,ARE,Example City 089,SP14,1
example-losi-2022,ARE,Example City 089,SP15,1
example-losi-2022,ARE,Example City 089,SP16,1
example-losi-2022,ARE,Example City 089,SP17,0
example-losi-2022,ARE,Example City 089,SP18,1
example-losi-2022,ARE,Example City 089,PE01,1
example-losi-2022,ARE,Example City 089,PE02,1
example-losi-2022,ARE,Example City 089,PE03,1
example-losi-2022,ARE,Example City 089,PE04,1
example-losi-2022,ARE,Example City 089,PE05,1
example-losi-2022,ARE,Example City 089,PE06,1
example-losi-2022,ARE,Example City 089,PE07,1
example-losi-2022,ARE,Example City 089,PE08,1
example-losi-2022,ARE,Example City 089,PE09,0
example-losi-2022,ARE,Example City 089,PE10,1
example-losi-2022,ARE,Example City 089,PE11,0
example-losi-2022,ARE,Example City 089,PE12,1
example-losi-2022,ARE,Example City 089,PE13,1
example-losi-2022,ARE,Example City 089,PE14,0
example-losi-2022,ARE,Example City 089,PE15,0
example-losi-2022,ARE,Example City 089,PE16,1
example-losi-2022,ARE,Example City 089,PE17,1
example-losi-2022,ARE,Example City 089,TE01,1
example-losi-2022,ARE,Example City 089,TE02,1
example-losi-2022,ARE,Example City 089,TE03,0
example-losi-2022,ARE,Example City 089,TE04,1
example-losi-2022,ARE,Example City 089,TE05,0
example-losi-2022,ARE,Example City 089,TE06,1
example-losi-2022,ARE,Example City 089,TE07,1
example-losi-2022,ARE,Example City 089,TE08,1
example-losi-2022,ARE,Example City 089,TE09,1
example-losi-2022,ARE,Example City 089,TE10,1
example-losi-2022,ARE,Example City 089,TE11,1
example-losi-2022,ARE,Example City 089,TE12,0
example-losi-2022,ARE,Example City 089,TE13,0
example-losi-2022,ARE,Example City 089,TE14,0
example-losi-2022,ARE,Example City 089,TE15,1
example-losi-2022,ARE,Example City 089,TE16,1
example-losi-2022,ARE,Example City 089,TE17,0
example-losi-2022,ARE,Example City 089,TE18,0
example-losi-2022,SDN,Example City 090,IF01,0
example-losi-2022,SDN,Example City 090,IF02,0
example-losi-2022,SDN,Example City 090,IF03,0
example-losi-2022,SDN,Example City 090,IF04,1
example-losi-2022,SDN,Example City 090,IF05,0
example-losi-2022,SDN,Example City 090,IF06,0
example-losi-2022,SDN,Example City 090,IF07,0
example-losi-2022,SDN,Example City 090,IF08,0
example-losi-2022,SDN,Example City 090,CP01,0
example-losi-2022,SDN,Example City 090,CP02,0
example-losi-2022,SDN,Example City 090,CP03,0
example-losi-2022,SDN,Example City 090,CP04,0
example-losi-2022,SDN,Example City 090,CP05,0
example-losi-2022,SDN,Example City 090,CP06,0
example-losi-2022,SDN,Example City 090,CP07,0
example-losi-2022,SDN,Example City 090,CP08,0
example-losi-2022,SDN,Example City 090,CP09,0
example-losi-2022,SDN,Example City 090,CP10,0
example-losi-2022,SDN,Example City 090,CP11,1
example-losi-2022,SDN,Example City 090,CP12,0
example-losi-2022,SDN,Example City 090,CP13,0
example-losi-2022,SDN,Example City 090,CP14,0
example-losi-2022,SDN,Example City 090,CP15,0
example-losi-2022,SDN,Example City 090,CP16,0
example-losi-2022,SDN,Example City 090,CP17,0
example-losi-2022,SDN,Example City 090,CP18,0
example-losi-2022,SDN,Example City 090,CP19,0
example-losi-2022,SDN,Example City 090,CP20,0
example-losi-2022,SDN,Example City 090,CP21,0
example-losi-2022,SDN,Example City 090,CP22,0
example-losi-2022,SDN,Example City 090,CP23,0
example-losi-2022,SDN,Example City 090,CP24,0
example-losi-2022,SDN,Example City 090,CP25,0
example-losi-2022,SDN,Example City 090,SP01,0
example-losi-2022,SDN,Example City 090,SP02,1
example-losi-2022,SDN,Example City 090,SP03,0
example-losi-2022,SDN,Example City 090,SP04,0
example-losi-2022,SDN,Example City 090,SP05,0
example-losi-2022,SDN,Example City 090,SP06,0
example-losi-2022,SDN,Example City 090,SP07,0
example-losi-2022,SDN,Example City 090,SP08,0
example-losi-2022,SDN,Example City 090,SP09,0
example-losi-2022,SDN,Example City 090,SP10,0
example-losi-2022,SDN,Example City 090,SP11,0
example-losi-2022,SDN,Example City 090,SP12,0
example-losi-2022,SDN,Example City 090,SP13,0
example-losi-2022,SDN,Example City 090,SP14,0
example-losi-2022,SDN,Example City 090,SP15,0
example-losi-2022,SDN,Example City 090,SP16,1
example-losi-2022,SDN,Example City 090,SP17,0
example-losi-2022,SDN,Example City 090,SP18,0
example-losi-2022,SDN,Example City 090,PE01,1
example-losi-2022,SDN,Example City 090,PE02,0
example-losi-2022,SDN,Example City 090,PE03,0
example-losi-2022,SDN,Example City 090,PE04,1
example-losi-2022,SDN,Example City 090,PE05,0
example-losi-2022,SDN,Example City 090,PE06,0
example-losi-2022,SDN,Example City 090,PE07,0
example-losi-2022,SDN,Example City 090,PE08,0
example-losi-2022,SDN,Example City 090,PE09,0
example-losi-2022,SDN,Example City 090,PE10,1
example-losi-2022,SDN,Example City 090,PE11,0
example-losi-2022,SDN,Example City 090,PE12,0
example-losi-2022,SDN,Example City 090,PE13,0
example-losi-2022,SDN,Example City 090,PE14,0
example-losi-2022,SDN,Example City 090,PE15,0
example-losi-2022,SDN,Example City 090,PE16,0
example-losi-2022,SDN,Example City 090,PE17,0
example-losi-2022,SDN,Example City 090,TE01,0
example-losi-2022,SDN,Example City 090,TE02,0
example-losi-2022,SDN,Example City 090,TE03,0
example-losi-2022,SDN,Example City 090,TE04,0
example-losi-2022,SDN,Example City 090,TE05,0
example-losi-2022,SDN,Example City 090,TE06,0
example-losi-2022,SDN,Example City 090,TE07,0
example-losi-2022,SDN,Example City 090,TE08,0
example-losi-2022,SDN,Example City 090,TE09,0
example-losi-2022,SDN,Example City 090,TE10,0
example-losi-2022,SDN,Example City 090,TE11,0
example-losi-2022,SDN,Example City 090,TE12,0
example-losi-2022,SDN,Example City 090,TE13,0
example-losi-2022,SDN,Example City 090,TE14,0
example-losi-2022,SDN,Example City 090,TE15,0
example-losi-2022,SDN,Example City 090,TE16,1
example-losi-2022,SDN,Example City 090,TE17,0
example-losi-2022,SDN,Example City 090,TE18,0
example-losi-2022,ITA,Example City 091,IF01,0
example-losi-2022,ITA,Example City 091,IF02,0
example-losi-2022,ITA,Example City 091,IF03,1
example-losi-2022,ITA,Example City 091,IF04,1
example-losi-2022,ITA,Example City 091,IF05,1
example-losi-2022,ITA,Example City 091,IF06,0
example-losi-2022,ITA,Example City 091,IF07,0
example-losi-2022,ITA,Example City 091,IF08,1
example-losi-2022,ITA,Example City 091,CP01,0
example-losi-2022,ITA,Example City 091,CP02,0
example-losi-2022,ITA,Example City 091,CP03,0
example-losi-2022,ITA,Example City 091,CP04,1
example-losi-2022,ITA,Example City 091,CP05,0
example-losi-2022,ITA,Example City 091,CP06,0
example-losi-2022,ITA,Example City 091,CP07,0
example-losi-2022,ITA,Example City 091,CP08,0
example-losi-2022,ITA,Example City 091,CP09,1
example-losi-2022,ITA,Example City 091,CP10,1
example-losi-2022,ITA,Example City 091,CP11,1
example-losi-2022,ITA,Example City 091,CP12,1
example-losi-2022,ITA,Example City 091,CP13,1
example-losi-2022,ITA,Example City 091,CP14,0
example-losi-2022,ITA,Example City 091,CP15,0
example-losi-2022,ITA,Example City 091,CP16,0
example-losi-2022,ITA,Example City 091,CP17,0
example-losi-2022,ITA,Example City 091,CP18,0
example-losi-2022,ITA,Example City 091,CP19,0
example-losi-2022,ITA,Example City 091,CP20,0
example-losi-2022,ITA,Example City 091,CP21,0
example-losi-2022,ITA,Example City 091,CP22,0
example-losi-2022,ITA,Example City 091,CP23,0
example-losi-2022,ITA,Example City 091,CP24,0
example-losi-2022,ITA,Example City 091,CP25,0
example-losi-2022,ITA,Example City 091,SP01,1
example-losi-2022,ITA,Example City 091,SP02,1
example-losi-2022,ITA,Example City 091,SP03,0
example-losi-2022,ITA,Example City 091,SP04,0
example-losi-2022,ITA,Example City 091,SP05,1
example-losi-2022,ITA,Example City 091,SP06,1
example-losi-2022,ITA,Example City 091,SP07,0
example-losi-2022,ITA,Example City 091,SP08,0
example-losi-2022,ITA,Example City 091,SP09,0
example-losi-2022,ITA,Example City 091,SP10,0
example-losi-2022,ITA,Example City 091,SP11,0
example-losi-2022,ITA,Example City 091,SP12,0
example-losi-2022,ITA,Example City 091,SP13,1
example-losi-2022,ITA,Example City 091,SP14,1
example-losi-2022,ITA,Example City 091,SP15,0
example-losi-2022,ITA,Example City 091,SP16,0
example-losi-2022,ITA,Example City 091,SP17,0
example-losi-2022,ITA,Example City 091,SP18,1
example-losi-2022,ITA,Example City 091,PE01,1
example-losi-2022,ITA,Example City 091,PE02,0
example-losi-2022,ITA,Example City 091,PE03,1
example-losi-2022,ITA,Example City 091,PE04,1
example-losi-2022,ITA,Example City 091,PE05,0
example-losi-2022,ITA,Example City 091,PE06,1
example-losi-2022,ITA,Example City 091,PE07,1
example-losi-2022,ITA,Example City 091,PE08,0
example-losi-2022,ITA,Example City 091,PE09,1
example-losi-2022,ITA,Example City 091,PE10,0
example-losi-2022,ITA,Example City 091,PE11,1
example-losi-2022,ITA,Example City 091,PE12,1
example-losi-2022,ITA,Example City 091,PE13,1
example-losi-2022,ITA,Example City 091,PE14,1
example-losi-2022,ITA,Example City 091,PE15,0
example-losi-2022,ITA,Example City 091,PE16,0
example-losi-2022,ITA,Example City 091,PE17,0
example-losi-2022,ITA,Example City 091,TE01,1
example-losi-2022,ITA,Example City 091,TE02,1
example-losi-2022,ITA,Example City 091,TE03,1
example-losi-2022,ITA,Example City 091,TE04,1
example-losi-2022,ITA,Example City 091,TE05,1
example-losi-2022,ITA,Example City 091,TE06,0
example-losi-2022,ITA,Example City 091,TE07,1
example-losi-2022,ITA,Example City 091,TE08,0
example-losi-2022,ITA,Example City 091,TE09,0
example-losi-2022,ITA,Example City 091,TE10,0
example-losi-2022,ITA,Example City 091,TE11,0
example-losi-2022,ITA,Example City 091,TE12,0
example-losi-2022,ITA,Example City 091,TE13,1
example-losi-2022,ITA,Example City 091,TE14,0
example-losi-2022,ITA,Example City 091,TE15,0
example-losi-2022,ITA,Example City 091,TE16,1
example-losi-2022,ITA,Example City 091,TE17,0
example-losi-2022,ITA,Example City 091,TE18,0
example-losi-2022,DJI,Example City 092,IF01,0
example-losi-2022,DJI,Example City 092,IF02,1
example-losi-2022,DJI,Example City 092,IF03,1
example-losi-2022,DJI,Example City 092,IF04,1
example-losi-2022,DJI,Example City 092,IF05,1
example-losi-2022,DJI,Example City 092,IF06,1
example-losi-2022,DJI,Example City 092,IF07,1
example-losi-2022,DJI,Example City 092,IF08,0
example-losi-2022,DJI,Example City 092,CP01,1
example-losi-2022,DJI,Example City 092,CP02,1
example-losi-2022,DJI,Example City 092,CP03,1
example-losi-2022,DJI,Example City 092,CP04,1
example-losi-2022,DJI,Example City 092,CP05,0
example-losi-2022,DJI,Example City 092,CP06,1
example-losi-2022,DJI,Example City 092,CP07,1
example-losi-2022,DJI,Example City 092,CP08,0
example-losi-2022,DJI,Example City 092,CP09,1
example-losi-2022,DJI,Example City 092,CP10,1
example-losi-2022,DJI,Example City 092,CP11,1
example-losi-2022,DJI,Example City 092,CP12,1
example-losi-2022,DJI,Example City 092,CP13,1
example-losi-2022,DJI,Example City 092,CP14,0
example-losi-2022,DJI,Example City 092,CP15,0
example-losi-2022,DJI,Example City 092,CP16,1
example-losi-2022,DJI,Example City 092,CP17,0
example-losi-2022,DJI,Example City 092,CP18,1
example-losi-2022,DJI,Example City 092,CP19,1
example-losi-2022,DJI,Example City 092,CP20,1
example-losi-2022,DJI,Example City 092,CP21,0
example-losi-2022,DJI,Example City 092,CP22,0
example-losi-2022,DJI,Example City 092,CP23,0
example-losi-2022,DJI,Example City 092,CP24,1
example-losi-2022,DJI,Example City 092,CP25,1
example-losi-2022,DJI,Example City 092,SP01,1
example-losi-2022,DJI,Example City 092,SP02,1
example-losi-2022,DJI,Example City 092,SP03,0
example-losi-2022,DJI,Example City 092,SP04,1
example-losi-2022,DJI,Example City 092,SP05,1
example-losi-2022,DJI,Example City 092,SP06,1
example-losi-2022,DJI,Example City 092,SP07,1
example-losi-2022,DJI,Example City 092,SP08,1
example-losi-2022,DJI,Example City 092,SP09,0
example-losi-2022,DJI,Example City 092,SP10,1
example-losi-2022,DJI,Example City 092,SP11,1
example-losi-2022,DJI,Example City 092,SP12,1
example-losi-2022,DJI,Example City 092,SP13,0
example-losi-2022,DJI,Example City 092,SP14,1
example-losi-2022,DJI,Example City 092,SP15,1
example-losi-2022,DJI,Example City 092,SP16,1
example-losi-2022,DJI,Example City 092,SP17,1
example-losi-2022,DJI,Example City 092,SP18,1
example-losi-2022,DJI,Example City 092,PE01,0
example-losi-2022,DJI,Example City 092,PE02,0
example-losi-2022,DJI,Example City 092,PE03,1
example-losi-2022,DJI,Example City 092,PE04,1
example-losi-2022,DJI,Example City 092,PE05,0
example-losi-2022,DJI,Example City 092,PE06,1
example-losi-2022,DJI,Example City 092,PE07,1
example-losi-2022,DJI,Example City 092,PE08,1
example-losi-2022,DJI,Example City 092,PE09,1
example-losi-2022,DJI,Example City 092,PE10,1
example-losi-2022,DJI,Example City 092,PE11,1
example-losi-2022,DJI,Example City 092,PE12,1
example-losi-2022,DJI,Example City 092,PE13,1
example-losi-2022,DJI,Example City 092,PE14,1
example-losi-2022,DJI,Example City 092,PE15,0
example-losi-2022,DJI,Example City 092,PE16,1
example-losi-2022,DJI,Example City 092,PE17,1
example-losi-2022,DJI,Example City 092,TE01,1
example-losi-2022,DJI,Example City 092,TE02,1
example-losi-2022,DJI,Example City 092,TE03,1
example-losi-2022,DJI,Example City 092,TE04,0
example-losi-2022,DJI,Example City 092,TE05,0
example-losi-2022,DJI,Example City 092,TE06,1
example-losi-2022,DJI,Example City 092,TE07,1
example-losi-2022,DJI,Example City 092,TE08,1
example-losi-2022,DJI,Example City 092,TE09,1
example-losi-2022,DJI,Example City 092,TE10,1
example-losi-2022,DJI,Example City 092,TE11,1
example-losi-2022,DJI,Example City 092,TE12,1
example-losi-2022,DJI,Example City 092,TE13,1
example-losi-2022,DJI,Example City 092,TE14,1
example-losi-2022,DJI,Example City 092,TE15,0
example-losi-2022,DJI,Example City 092,TE16,1
example-losi-2022,DJI,Example City 092,TE17,0
example-losi-2022,DJI,Example City 092,TE18,1
example-losi-2022,DNK,Example City 093,IF01,1
example-losi-2022,DNK,Example City 093,IF02,0
example-losi-2022,DNK,Example City 093,IF03,1
example-losi-2022,DNK,Example City 093,IF04,1
example-losi-2022,DNK,Example City 093,IF05,1
example-losi-2022,DNK,Example City 093,IF06,1
example-losi-2022,DNK,Example City 093,IF07,1
example-losi-2022,DNK,Example City 093,IF08,0
example-losi-2022,DNK,Example City 093,CP01,1
example-losi-2022,DNK,Example City 093,CP02,0
example-losi-2022,DNK,Example City 093,CP03,1
example-losi-2022,DNK,Example City 093,CP04,1
example-losi-2022,DNK,Example City 093,CP05,1
example-losi-2022,DNK,Example City 093,CP06,1
example-losi-2022,DNK,Example City 093,CP07,1
example-losi-2022,DNK,Example City 093,CP08,1
example-losi-2022,DNK,Example City 093,CP09,1
example-losi-2022,DNK,Example City 093,CP10,0
example-losi-2022,DNK,Example City 093,CP11,1
example-losi-2022,DNK,Example City 093,CP12,1
example-losi-2022,DNK,Example City 093,CP13,1
example-losi-2022,DNK,Example City 093,CP14,1
example-losi-2022,DNK,Example City 093,CP15,0
example-losi-2022,DNK,Example City 093,CP16,1
example-losi-2022,DNK,Example City 093,CP17,0
example-losi-2022,DNK,Example City 093,CP18,1
example-losi-2022,DNK,Example City 093,CP19,0
example-losi-2022,DNK,Example City 093,CP20,1
example-losi-2022,DNK,Example City 093,CP21,1
example-losi-2022,DNK,Example City 093,CP22,1
example-losi-2022,DNK,Example City 093,CP23,0
example-losi-2022,DNK,Example City 093,CP24,1
example-losi-2022,DNK,Example City 093,CP25,1
example-losi-2022,DNK,Example City 093,SP01,1
example-losi-2022,DNK,Example City 093,SP02,0
example-losi-2022,DNK,Example City 093,SP03,0
example-losi-2022,DNK,Example City 093,SP04,1
example-losi-2022,DNK,Example City 093,SP05,1
example-losi-2022,DNK,Example City 093,SP06,1
example-losi-2022,DNK,Example City 093,SP07,1
example-losi-2022,DNK,Example City 093,SP08,1
example-losi-2022,DNK,Example City 093,SP09,0
example-losi-2022,DNK,Example City 093,SP10,1
example-losi-2022,DNK,Example City 093,SP11,1
example-losi-2022,DNK,Example City 093,SP12,1
example-losi-2022,DNK,Example City 093,SP13,1
example-losi-2022,DNK,Example City 093,SP14,0
example-losi-2022,DNK,Example City 093,SP15,0
example-losi-2022,DNK,Example City 093,SP16,1
example-losi-2022,DNK,Example City 093,SP17,1
example-losi-2022,DNK,Example City 093,SP18,1
example-losi-2022,DNK,Example City 093,PE01,1
example-losi-2022,DNK,Example City 093,PE02,0
example-losi-2022,DNK,Example City 093,PE03,1
example-losi-2022,DNK,Example City 093,PE04,1
example-losi-2022,DNK,Example City 093,PE05,0
example-losi-2022,DNK,Example City 093,PE06,1
example-losi-2022,DNK,Example City 093,PE07,1
example-losi-2022,DNK,Example City 093,PE08,0
example-losi-2022,DNK,Example City 093,PE09,0
example-losi-2022,DNK,Example City 093,PE10,1
example-losi-2022,DNK,Example City 093,PE11,1
example-losi-2022,DNK,Example City 093,PE12,0
example-losi-2022,DNK,Example City 093,PE13,1
example-losi-2022,DNK,Example City 093,PE14,1
example-losi-2022,DNK,Example City 093,PE15,0
example-losi-2022,DNK,Example City 093,PE16,1
example-losi-2022,DNK,Example City 093,PE17,1
example-losi-2022,DNK,Example City 093,TE01,1
example-losi-2022,DNK,Example City 093,TE02,1
example-losi-2022,DNK,Example City 093,TE03,0
example-losi-2022,DNK,Example City 093,TE04,0
example-losi-2022,DNK,Example City 093,TE05,1
example-losi-2022,DNK,Example City 093,TE06,0
example-losi-2022,DNK,Example City 093,TE07,1
example-losi-2022,DNK,Example City 093,TE08,1
example-losi-2022,DNK,Example City 093,TE09,1
example-losi-2022,DNK,Example City 093,TE10,1
example-losi-2022,DNK,Example City 093,TE11,0
example-losi-2022,DNK,Example City 093,TE12,0
example-losi-2022,DNK,Example City 093,TE13,1
example-losi-2022,DNK,Example City 093,TE14,0
example-losi-2022,DNK,Example City 093,TE15,0
example-losi-2022,DNK,Example City 093,TE16,1
example-losi-2022,DNK,Example City 093,TE17,1
example-losi-2022,DNK,Example City 093,TE18,0
example-losi-2022,COD,Example City 094,IF01,0
example-losi-2022,COD,Example City 094,IF02,0
example-losi-2022,COD,Example City 094,IF03,0
example-losi-2022,COD,Example City 094,IF04,1
example-losi-2022,COD,Example City 094,IF05,0
example-losi-2022,COD,Example City 094,IF06,1
example-losi-2022,COD,Example City 094,IF07,1
example-losi-2022,COD,Example City 094,IF08,0
example-losi-2022,COD,Example City 094,CP01,0
example-losi-2022,COD,Example City 094,CP02,0
example-losi-2022,COD,Example City 094,CP03,0
example-losi-2022,COD,Example City 094,CP04,0
example-losi-2022,COD,Example City 094,CP05,0
example-losi-2022,COD,Example City 094,CP06,0
example-losi-2022,COD,Example City 094,CP07,0
example-losi-2022,COD,Example City 094,CP08,1
example-losi-2022,COD,Example City 094,CP09,0
example-losi-2022,COD,Example City 094,CP10,0
example-losi-2022,COD,Example City 094,CP11,1
example-losi-2022,COD,Example City 094,CP12,0
example-losi-2022,COD,Example City 094,CP13,0
example-losi-2022,COD,Example City 094,CP14,0
example-losi-2022,COD,Example City 094,CP15,1
example-losi-2022,COD,Example City 094,CP16,1
example-losi-2022,COD,Example City 094,CP17,1
example-losi-2022,COD,Example City 094,CP18,1
example-losi-2022,COD,Example City 094,CP19,0
example-losi-2022,COD,Example City 094,CP20,1
example-losi-2022,COD,Example City 094,CP21,0
example-losi-2022,COD,Example City 094,CP22,0
example-losi-2022,COD,Example City 094,CP23,0
example-losi-2022,COD,Example City 094,CP24,0
example-losi-2022,COD,Example City 094,CP25,1
example-losi-2022,COD,Example City 094,SP01,1
example-losi-2022,COD,Example City 094,SP02,0
example-losi-2022,COD,Example City 094,SP03,0
example-losi-2022,COD,Example City 094,SP04,1
example-losi-2022,COD,Example City 094,SP05,1
example-losi-2022,COD,Example City 094,SP06,0
example-losi-2022,COD,Example City 094,SP07,0
example-losi-2022,COD,Example City 094,SP08,0
example-losi-2022,COD,Example City 094,SP09,0
example-losi-2022,COD,Example City 094,SP10,0
example-losi-2022,COD,Example City 094,SP11,0
example-losi-2022,COD,Example City 094,SP12,0
example-losi-2022,COD,Example City 094,SP13,0
example-losi-2022,COD,Example City 094,SP14,0
example-losi-2022,COD,Example City 094,SP15,0
example-losi-2022,COD,Example City 094,SP16,1
example-losi-2022,COD,Example City 094,SP17,1
example-losi-2022,COD,Example City 094,SP18,0
example-losi-2022,COD,Example City 094,PE01,1
example-losi-2022,COD,Example City 094,PE02,0
example-losi-2022,COD,Example City 094,PE03,0
example-losi-2022,COD,Example City 094,PE04,0
example-losi-2022,COD,Example City 094,PE05,0
example-losi-2022,COD,Example City 094,PE06,1
example-losi-2022,COD,Example City 094,PE07,0
example-losi-2022,COD,Example City 094,PE08,0
example-losi-2022,COD,Example City 094,PE09,0
example-losi-2022,COD,Example City 094,PE10,1
example-losi-2022,COD,Example City 094,PE11,0
example-losi-2022,COD,Example City 094,PE12,1
example-losi-2022,COD,Example City 094,PE13,0
example-losi-2022,COD,Example City 094,PE14,0
example-losi-2022,COD,Example City 094,PE15,0
example-losi-2022,COD,Example City 094,PE16,1
example-losi-2022,COD,Example City 094,PE17,0
example-losi-2022,COD,Example City 094,TE01,1
example-losi-2022,COD,Example City 094,TE02,0
example-losi-2022,COD,Example City 094,TE03,0
example-losi-2022,COD,Example City 094,TE04,1
example-losi-2022,COD,Example City 094,TE05,0
example-losi-2022,COD,Example City 094,TE06,0
example-losi-2022,COD,Example City 094,TE07,0
example-losi-2022,COD,Example City 094,TE08,0
example-losi-2022,COD,Example City 094,TE09,1
example-losi-2022,COD,Example City 094,TE10,0
example-losi-2022,COD,Example City 094,TE11,0
example-losi-2022,COD,Example City 094,TE12,0
example-losi-2022,COD,Example City 094,TE13,0
example-losi-2022,COD,Example City 094,TE14,1
example-losi-2022,COD,Example City 094,TE15,0
example-losi-2022,COD,Example City 094,TE16,1
example-losi-2022,COD,Example City 094,TE17,0
example-losi-2022,COD,Example City 094,TE18,0
example-losi-2022,TJK,Example City 095,IF01,0
example-losi-2022,TJK,Example City 095,IF02,1
example-losi-2022,TJK,Example City 095,IF03,1
example-losi-2022,TJK,Example City 095,IF04,1
example-losi-2022,TJK,Example City 095,IF05,1
example-losi-2022,TJK,Example City 095,IF06,1
example-losi-2022,TJK,Example City 095,IF07,1
example-losi-2022,TJK,Example City 095,IF08,1
example-losi-2022,TJK,Example City 095,CP01,0
example-losi-2022,TJK,Example City 095,CP02,0
example-losi-2022,TJK,Example City 095,CP03,1
example-losi-2022,TJK,Example City 095,CP04,1
example-losi-2022,TJK,Example City 095,CP05,0
example-losi-2022,TJK,Example City 095,CP06,0
example-losi-2022,TJK,Example City 095,CP07,0
example-losi-2022,TJK,Example City 095,CP08,0
example-losi-2022,TJK,Example City 095,CP09,0
example-losi-2022,TJK,Example City 095,CP10,0
example-losi-2022,TJK,Example City 095,CP11,1
example-losi-2022,TJK,Example City 095,CP12,1
example-losi-2022,TJK,Example City 095,CP13,0
example-losi-2022,TJK,Example City 095,CP14,1
example-losi-2022,TJK,Example City 095,CP15,1
example-losi-2022,TJK,Example City 095,CP16,0
example-losi-2022,TJK,Example City 095,CP17,1
example-losi-2022,TJK,Example City 095,CP18,0
example-losi-2022,TJK,Example City 095,CP19,0
example-losi-2022,TJK,Example City 095,CP20,1
example-losi-2022,TJK,Example City 095,CP21,0
example-losi-2022,TJK,Example City 095,CP22,0
example-losi-2022,TJK,Example City 095,CP23,0
example-losi-2022,TJK,Example City 095,CP24,1
example-losi-2022,TJK,Example City 095,CP25,1
example-losi-2022,TJK,Example City 095,SP01,0
example-losi-2022,TJK,Example City 095,SP02,0
example-losi-2022,TJK,Example City 095,SP03,0
example-losi-2022,TJK,Example City 095,SP04,0
example-losi-2022,TJK,Example City 095,SP05,1
example-losi-2022,TJK,Example City 095,SP06,1
example-losi-2022,TJK,Example City 095,SP07,1
example-losi-2022,TJK,Example City 095,SP08,0
example-losi-2022,TJK,Example City 095,SP09,0
example-losi-2022,TJK,Example City 095,SP10,0
example-losi-2022,TJK,Example City 095,SP11,1
example-losi-2022,TJK,Example City 095,SP12,0
example-losi-2022,TJK,Example City 095,SP13,0
example-losi-2022,TJK,Example City 095,SP14,1
example-losi-2022,TJK,Example City 095,SP15,0
example-losi-2022,TJK,Example City 095,SP16,1
example-losi-2022,TJK,Example City 095,SP17,0
example-losi-2022,TJK,Example City 095,SP18,0
example-losi-2022,TJK,Example City 095,PE01,0
example-losi-2022,TJK,Example City 095,PE02,0
example-losi-2022,TJK,Example City 095,PE03,1
example-losi-2022,TJK,Example City 095,PE04,0
example-losi-2022,TJK,Example City 095,PE05,0
example-losi-2022,TJK,Example City 095,PE06,0
example-losi-2022,TJK,Example City 095,PE07,0
example-losi-2022,TJK,Example City 095,PE08,0
example-losi-2022,TJK,Example City 095,PE09,0
example-losi-2022,TJK,Example City 095,PE10,0
example-losi-2022,TJK,Example City 095,PE11,1
example-losi-2022,TJK,Example City 095,PE12,0
example-losi-2022,TJK,Example City 095,PE13,0
example-losi-2022,TJK,Example City 095,PE14,0
example-losi-2022,TJK,Example City 095,PE15,0
example-losi-2022,TJK,Example City 095,PE16,1
example-losi-2022,TJK,Example City 095,PE17,0
example-losi-2022,TJK,Example City 095,TE01,1
example-losi-2022,TJK,Example City 095,TE02,1
example-losi-2022,TJK,Example City 095,TE03,0
example-losi-2022,TJK,Example City 095,TE04,0
example-losi-2022,TJK,Example City 095,TE05,0
example-losi-2022,TJK,Example City 095,TE06,0
example-losi-2022,TJK,Example City 095,TE07,1
example-losi-2022,TJK,Example City 095,TE08,0
example-losi-2022,TJK,Example City 095,TE09,1
example-losi-2022,TJK,Example City 095,TE10,0
example-losi-2022,TJK,Example City 095,TE11,0
example-losi-2022,TJK,Example City 095,TE12,0
example-losi-2022,TJK,Example City 095,TE13,0
example-losi-2022,TJK,Example City 095,TE14,0
example-losi-2022,TJK,Example City 095,TE15,0
example-losi-2022,TJK,Example City 095,TE16,0
example-losi-2022,TJK,Example City 095,TE17,0
example-losi-2022,TJK,Example City 095,TE18,0
example-losi-2022,SSD,Example City 096,IF01,0
example-losi-2022,SSD,Example City 096,IF02,1
example-losi-2022,SSD,Example City 096,IF03,1
example-losi-2022,SSD,Example City 096,IF04,1
example-losi-2022,SSD,Example City 096,IF05,1
example-losi-2022,SSD,Example City 096,IF06,1
example-losi-2022,SSD,Example City 096,IF07,1
example-losi-2022,SSD,Example City 096,IF08,1
example-losi-2022,SSD,Example City 096,CP01,1
example-losi-2022,SSD,Example City 096,CP02,1
example-losi-2022,SSD,Example City 096,CP03,1
example-losi-2022,SSD,Example City 096,CP04,1
example-losi-2022,SSD,Example City 096,CP05,1
example-losi-2022,SSD,Example City 096,CP06,1
example-losi-2022,SSD,Example City 096,CP07,1
example-losi-2022,SSD,Example City 096,CP08,1
example-losi-2022,SSD,Example City 096,CP09,1
example-losi-2022,SSD,Example City 096,CP10,1
example-losi-2022,SSD,Example City 096,CP11,1
example-losi-2022,SSD,Example City 096,CP12,1
example-losi-2022,SSD,Example City 096,CP13,1
example-losi-2022,SSD,Example City 096,CP14,1
example-losi-2022,SSD,Example City 096,CP15,0
example-losi-2022,SSD,Example City 096,CP16,1
example-losi-2022,SSD,Example City 096,CP17,1
example-losi-2022,SSD,Example City 096,CP18,1
example-losi-2022,SSD,Example City 096,CP19,1
example-losi-2022,SSD,Example City 096,CP20,1
example-losi-2022,SSD,Example City 096,CP21,0
example-losi-2022,SSD,Example City 096,CP22,1
example-losi-2022,SSD,Example City 096,CP23,1
example-losi-2022,SSD,Example City 096,CP24,1
example-losi-2022,SSD,Example City 096,CP25,1
example-losi-2022,SSD,Example City 096,SP01,1
example-losi-2022,SSD,Example City 096,SP02,1
example-losi-2022,SSD,Example City 096,SP03,1
example-losi-2022,SSD,Example City 096,SP04,1
example-losi-2022,SSD,Example City 096,SP05,1
example-losi-2022,SSD,Example City 096,SP06,1
example-losi-2022,SSD,Example City 096,SP07,1
example-losi-2022,SSD,Example City 096,SP08,1
example-losi-2022,SSD,Example City 096,SP09,1
example-losi-2022,SSD,Example City 096,SP10,1
example-losi-2022,SSD,Example City 096,SP11,1
example-losi-2022,SSD,Example City 096,SP12,1
example-losi-2022,SSD,Example City 096,SP13,0
example-losi-2022,SSD,Example City 096,SP14,0
example-losi-2022,SSD,Example City 096,SP15,1
example-losi-2022,SSD,Example City 096,SP16,1
example-losi-2022,SSD,Example City 096,SP17,1
example-losi-2022,SSD,Example City 096,SP18,1
example-losi-2022,SSD,Example City 096,PE01,1
example-losi-2022,SSD,Example City 096,PE02,1
example-losi-2022,SSD,Example City 096,PE03,1
example-losi-2022,SSD,Example City 096,PE04,1
example-losi-2022,SSD,Example City 096,PE05,1
example-losi-2022,SSD,Example City 096,PE06,1
example-losi-2022,SSD,Example City 096,PE07,1
example-losi-2022,SSD,Example City 096,PE08,1
example-losi-2022,SSD,Example City 096,PE09,0
example-losi-2022,SSD,Example City 096,PE10,1
example-losi-2022,SSD,Example City 096,PE11,1
example-losi-2022,SSD,Example City 096,PE12,1
example-losi-2022,SSD,Example City 096,PE13,1
example-losi-2022,SSD,Example City 096,PE14,1
example-losi-2022,SSD,Example City 096,PE15,1
example-losi-2022,SSD,Example City 096,PE16,1
example-losi-2022,SSD,Example City 096,PE17,1
example-losi-2022,SSD,Example City 096,TE01,1
example-losi-2022,SSD,Example City 096,TE02,1
example-losi-2022,SSD,Example City 096,TE03,1
example-losi-2022,SSD,Example City 096,TE04,1
example-losi-2022,SSD,Example City 096,TE05,1
example-losi-2022,SSD,Example City 096,TE06,1
example-losi-2022,SSD,Example City 096,TE07,1
example-losi-2022,SSD,Example City 096,TE08,1
example-losi-2022,SSD,Example City 096,TE09,1
example-losi-2022,SSD,Example City 096,TE10,1
example-losi-2022,SSD,Example City 096,TE11,1
example-losi-2022,SSD,Example City 096,TE12,1
example-losi-2022,SSD,Example City 096,TE13,1
example-losi-2022,SSD,Example City 096,TE14,1
example-losi-2022,SSD,Example City 096,TE15,1
example-losi-2022,SSD,Example City 096,TE16,1
example-losi-2022,SSD,Example City 096,TE17,1
example-losi-2022,SSD,Example City 096,TE18,1
example-losi-2022,RUS,Example City 097,IF01,1
example-losi-2022,RUS,Example City 097,IF02,1
example-losi-2022,RUS,Example City 097,IF03,1
example-losi-2022,RUS,Example City 097,IF04,1
example-losi-2022,RUS,Example City 097,IF05,1
example-losi-2022,RUS,Example City 097,IF06,1
example-losi-2022,RUS,Example City 097,IF07,0
example-losi-2022,RUS,Example City 097,IF08,0
example-losi-2022,RUS,Example City 097,CP01,0
example-losi-2022,RUS,Example City 097,CP02,1
example-losi-2022,RUS,Example City 097,CP03,1
example-losi-2022,RUS,Example City 097,CP04,1
example-losi-2022,RUS,Example City 097,CP05,0
example-losi-2022,RUS,Example City 097,CP06,1
example-losi-2022,RUS,Example City 097,CP07,1
example-losi-2022,RUS,Example City 097,CP08,1
example-losi-2022,RUS,Example City 097,CP09,1
example-losi-2022,RUS,Example City 097,CP10,1
example-losi-2022,RUS,Example City 097,CP11,1
example-losi-2022,RUS,Example City 097,CP12,1
example-losi-2022,RUS,Example City 097,CP13,1
example-losi-2022,RUS,Example City 097,CP14,1
example-losi-2022,RUS,Example City 097,CP15,1
example-losi-2022,RUS,Example City 097,CP16,1
example-losi-2022,RUS,Example City 097,CP17,1
example-losi-2022,RUS,Example City 097,CP18,1
example-losi-2022,RUS,Example City 097,CP19,1
example-losi-2022,RUS,Example City 097,CP20,1
example-losi-2022,RUS,Example City 097,CP21,0
example-losi-2022,RUS,Example City 097,CP22,1
example-losi-2022,RUS,Example City 097,CP23,1
example-losi-2022,RUS,Example City 097,CP24,1
example-losi-2022,RUS,Example City 097,CP25,1
example-losi-2022,RUS,Example City 097,SP01,1
example-losi-2022,RUS,Example City 097,SP02,1
example-losi-2022,RUS,Example City 097,SP03,1
example-losi-2022,RUS,Example City 097,SP04,1
example-losi-2022,RUS,Example City 097,SP05,1
example-losi-2022,RUS,Example City 097,SP06,1
example-losi-2022,RUS,Example City 097,SP07,0
example-losi-2022,RUS,Example City 097,SP08,1
example-losi-2022,RUS,Example City 097,SP09,0
example-losi-2022,RUS,Example City 097,SP10,1
example-losi-2022,RUS,Example City 097,SP11,1
example-losi-2022,RUS,Example City 097,SP12,1
example-losi-2022,RUS,Example City 097,SP13,1
example-losi-2022,RUS,Example City 097,SP14,0
example-losi-2022,RUS,Example City 097,SP15,1
example-losi-2022,RUS,Example City 097,SP16,1
example-losi-2022,RUS,Example City 097,SP17,1
example-losi-2022,RUS,Example City 097,SP18,1
example-losi-2022,RUS,Example City 097,PE01,1
example-losi-2022,RUS,Example City 097,PE02,0
example-losi-2022,RUS,Example City 097,PE03,1
example-losi-2022,RUS,Example City 097,PE04,1
example-losi-2022,RUS,Example City 097,PE05,1
example-losi-2022,RUS,Example City 097,PE06,1
example-losi-2022,RUS,Example City 097,PE07,1
example-losi-2022,RUS,Example City 097,PE08,1
example-losi-2022,RUS,Example City 097,PE09,1
example-losi-2022,RUS,Example City 097,PE10,1
example-losi-2022,RUS,Example City 097,PE11,1
example-losi-2022,RUS,Example City 097,PE12,1
example-losi-2022,RUS,Example City 097,PE13,1
example-losi-2022,RUS,Example City 097,PE14,1
example-losi-2022,RUS,Example City 097,PE15,1
example-losi-2022,RUS,Example City 097,PE16,1
example-losi-2022,RUS,Example City 097,PE17,1
example-losi-2022,RUS,Example City 097,TE01,1
example-losi-2022,RUS,Example City 097,TE02,1
example-losi-2022,RUS,Example City 097,TE03,0
example-losi-2022,RUS,Example City 097,TE04,1
example-losi-2022,RUS,Example City 097,TE05,1
example-losi-2022,RUS,Example City 097,TE06,1
example-losi-2022,RUS,Example City 097,TE07,1
example-losi-2022,RUS,Example City 097,TE08,1
example-losi-2022,RUS,Example City 097,TE09,1
example-losi-2022,RUS,Example City 097,TE10,1
example-losi-2022,RUS,Example City 097,TE11,0
example-losi-2022,RUS,Example City 097,TE12,1
example-losi-2022,RUS,Example City 097,TE13,0
example-losi-2022,RUS,Example City 097,TE14,1
example-losi-2022,RUS,Example City 097,TE15,1
example-losi-2022,RUS,Example City 097,TE16,0
example-losi-2022,RUS,Example City 097,TE17,1
example-losi-2022,RUS,Example City 097,TE18,0
example-losi-2022,DZA,Example City 098,IF01,0
example-losi-2022,DZA,Example City 098,IF02,0
example-losi-2022,DZA,Example City 098,IF03,1
example-losi-2022,DZA,Example City 098,IF04,0
example-losi-2022,DZA,Example City 098,IF05,0
example-losi-2022,DZA,Example City 098,IF06,1
example-losi-2022,DZA,Example City 098,IF07,0
example-losi-2022,DZA,Example City 098,IF08,0
example-losi-2022,DZA,Example City 098,CP01,0
example-losi-2022,DZA,Example City 098,CP02,0
example-losi-2022,DZA,Example City 098,CP03,1
example-losi-2022,DZA,Example City 098,CP04,0
example-losi-2022,DZA,Example City 098,CP05,0
example-losi-2022,DZA,Example City 098,CP06,0
example-losi-2022,DZA,Example City 098,CP07,0
example-losi-2022,DZA,Example City 098,CP08,0
example-losi-2022,DZA,Example City 098,CP09,0
example-losi-2022,DZA,Example City 098,CP10,0
example-losi-2022,DZA,Example City 098,CP11,1
example-losi-2022,DZA,Example City 098,CP12,0
example-losi-2022,DZA,Example City 098,CP13,0
example-losi-2022,DZA,Example City 098,CP14,0
example-losi-2022,DZA,Example City 098,CP15,0
example-losi-2022,DZA,Example City 098,CP16,0
example-losi-2022,DZA,Example City 098,CP17,0
example-losi-2022,DZA,Example City 098,CP18,0
example-losi-2022,DZA,Example City 098,CP19,0
example-losi-2022,DZA,Example City 098,CP20,0
example-losi-2022,DZA,Example City 098,CP21,0
example-losi-2022,DZA,Example City 098,CP22,0
example-losi-2022,DZA,Example City 098,CP23,0
example-losi-2022,DZA,Example City 098,CP24,0
example-losi-2022,DZA,Example City 098,CP25,0
example-losi-2022,DZA,Example City 098,SP01,1
example-losi-2022,DZA,Example City 098,SP02,0
example-losi-2022,DZA,Example City 098,SP03,0
example-losi-2022,DZA,Example City 098,SP04,0
example-losi-2022,DZA,Example City 098,SP05,1
example-losi-2022,DZA,Example City 098,SP06,0
example-losi-2022,DZA,Example City 098,SP07,1
example-losi-2022,DZA,Example City 098,SP08,1
example-losi-2022,DZA,Example City 098,SP09,0
example-losi-2022,DZA,Example City 098,SP10,0
example-losi-2022,DZA,Example City 098,SP11,0
example-losi-2022,DZA,Example City 098,SP12,0
example-losi-2022,DZA,Example City 098,SP13,0
example-losi-2022,DZA,Example City 098,SP14,0
example-losi-2022,DZA,Example City 098,SP15,0
example-losi-2022,DZA,Example City 098,SP16,0
example-losi-2022,DZA,Example City 098,SP17,0
example-losi-2022,DZA,Example City 098,SP18,0
example-losi-2022,DZA,Example City 098,PE01,0
example-losi-2022,DZA,Example City 098,PE02,0
example-losi-2022,DZA,Example City 098,PE03,0
example-losi-2022,DZA,Example City 098,PE04,0
example-losi-2022,DZA,Example City 098,PE05,0
example-losi-2022,DZA,Example City 098,PE06,1
example-losi-2022,DZA,Example City 098,PE07,1
example-losi-2022,DZA,Example City 098,PE08,0
example-losi-2022,DZA,Example City 098,PE09,0
example-losi-2022,DZA,Example City 098,PE10,0
example-losi-2022,DZA,Example City 098,PE11,0
example-losi-2022,DZA,Example City 098,PE12,0
example-losi-2022,DZA,Example City 098,PE13,1
example-losi-2022,DZA,Example City 098,PE14,0
example-losi-2022,DZA,Example City 098,PE15,0
example-losi-2022,DZA,Example City 098,PE16,0
example-losi-2022,DZA,Example City 098,PE17,0
example-losi-2022,DZA,Example City 098,TE01,0
example-losi-2022,DZA,Example City 098,TE02,0
example-losi-2022,DZA,Example City 098,TE03,0
example-losi-2022,DZA,Example City 098,TE04,0
example-losi-2022,DZA,Example City 098,TE05,0
example-losi-2022,DZA,Example City 098,TE06,0
example-losi-2022,DZA,Example City 098,TE07,0
example-losi-2022,DZA,Example City 098,TE08,0
example-losi-2022,DZA,Example City 098,TE09,0
example-losi-2022,DZA,Example City 098,TE10,0
example-losi-2022,DZA,Example City 098,TE11,0
example-losi-2022,DZA,Example City 098,TE12,0
example-losi-2022,DZA,Example City 098,TE13,0
example-losi-2022,DZA,Example City 098,TE14,0
example-losi-2022,DZA,Example City 098,TE15,0
example-losi-2022,DZA,Example City 098,TE16,0
example-losi-2022,DZA,Example City 098,TE17,0
example-losi-2022,DZA,Example City 098,TE18,0
example-losi-2022,MOZ,Example City 099,IF01,0
example-losi-2022,MOZ,Example City 099,IF02,1
example-losi-2022,MOZ,Example City 099,IF03,1
example-losi-2022,MOZ,Example City 099,IF04,1
example-losi-2022,MOZ,Example City 099,IF05,1
example-losi-2022,MOZ,Example City 099,IF06,1
example-losi-2022,MOZ,Example City 099,IF07,1
example-losi-2022,MOZ,Example City 099,IF08,1
example-losi-2022,MOZ,Example City 099,CP01,1
example-losi-2022,MOZ,Example City 099,CP02,0
example-losi-2022,MOZ,Example City 099,CP03,0
example-losi-2022,MOZ,Example City 099,CP04,1
example-losi-2022,MOZ,Example City 099,CP05,1
example-losi-2022,MOZ,Example City 099,CP06,0
example-losi-2022,MOZ,Example City 099,CP07,1
example-losi-2022,MOZ,Example City 099,CP08,0
example-losi-2022,MOZ,Example City 099,CP09,1
example-losi-2022,MOZ,Example City 099,CP10,1
example-losi-2022,MOZ,Example City 099,CP11,0
example-losi-2022,MOZ,Example City 099,CP12,1
example-losi-2022,MOZ,Example City 099,CP13,0
example-losi-2022,MOZ,Example City 099,CP14,1
example-losi-2022,MOZ,Example City 099,CP15,0
example-losi-2022,MOZ,Example City 099,CP16,1
example-losi-2022,MOZ,Example City 099,CP17,1
example-losi-2022,MOZ,Example City 099,CP18,1
example-losi-2022,MOZ,Example City 099,CP19,1
example-losi-2022,MOZ,Example City 099,CP20,1
example-losi-2022,MOZ,Example City 099,CP21,1
example-losi-2022,MOZ,Example City 099,CP22,1
example-losi-2022,MOZ,Example City 099,CP23,1
example-losi-2022,MOZ,Example City 099,CP24,1
example-losi-2022,MOZ,Example City 099,CP25,1
example-losi-2022,MOZ,Example City 099,SP01,1
example-losi-2022,MOZ,Example City 099,SP02,1
example-losi-2022,MOZ,Example City 099,SP03,0
example-losi-2022,MOZ,Example City 099,SP04,1
example-losi-2022,MOZ,Example City 099,SP05,1
example-losi-2022,MOZ,Example City 099,SP06,1
example-losi-2022,MOZ,Example City 099,SP07,1
example-losi-2022,MOZ,Example City 099,SP08,1
example-losi-2022,MOZ,Example City 099,SP09,0
example-losi-2022,MOZ,Example City 099,SP10,1
example-losi-2022,MOZ,Example City 099,SP11,0
example-losi-2022,MOZ,Example City 099,SP12,0
example-losi-2022,MOZ,Example City 099,SP13,1
example-losi-2022,MOZ,Example City 099,SP14,1
example-losi-2022,MOZ,Example City 099,SP15,0
example-losi-2022,MOZ,Example City 099,SP16,1
example-losi-2022,MOZ,Example City 099,SP17,1
example-losi-2022,MOZ,Example City 099,SP18,1
example-losi-2022,MOZ,Example City 099,PE01,1
example-losi-2022,MOZ,Example City 099,PE02,1
example-losi-2022,MOZ,Example City 099,PE03,1
example-losi-2022,MOZ,Example City 099,PE04,1
example-losi-2022,MOZ,Example City 099,PE05,1
example-losi-2022,MOZ,Example City 099,PE06,0
example-losi-2022,MOZ,Example City 099,PE07,1
example-losi-2022,MOZ,Example City 099,PE08,0
example-losi-2022,MOZ,Example City 099,PE09,1
example-losi-2022,MOZ,Example City 099,PE10,1
example-losi-2022,MOZ,Example City 099,PE11,1
example-losi-2022,MOZ,Example City 099,PE12,1
example-losi-2022,MOZ,Example City 099,PE13,1
example-losi-2022,MOZ,Example City 099,PE14,1
example-losi-2022,MOZ,Example City 099,PE15,0
example-losi-2022,MOZ,Example City 099,PE16,1
example-losi-2022,MOZ,Example City 099,PE17,1
example-losi-2022,MOZ,Example City 099,TE01,1
example-losi-2022,MOZ,Example City 099,TE02,1
example-losi-2022,MOZ,Example City 099,TE03,1
example-losi-2022,MOZ,Example City 099,TE04,1
example-losi-2022,MOZ,Example City 099,TE05,1
example-losi-2022,MOZ,Example City 099,TE06,0
example-losi-2022,MOZ,Example City 099,TE07,1
example-losi-2022,MOZ,Example City 099,TE08,1
example-losi-2022,MOZ,Example City 099,TE09,1
example-losi-2022,MOZ,Example City 099,TE10,0
example-losi-2022,MOZ,Example City 099,TE11,1
example-losi-2022,MOZ,Example City 099,TE12,0
example-losi-2022,MOZ,Example City 099,TE13,1
example-losi-2022,MOZ,Example City 099,TE14,1
example-losi-2022,MOZ,Example City 099,TE15,1
example-losi-2022,MOZ,Example City 099,TE16,0
example-losi-2022,MOZ,Example City 099,TE17,0
example-losi-2022,MOZ,Example City 099,TE18,0
example-losi-2022,CHE,Example City 100,IF01,0
example-losi-2022,CHE,Example City 100,IF02,0
example-losi-2022,CHE,Example City 100,IF03,0
example-losi-2022,CHE,Example City 100,IF04,0
example-losi-2022,CHE,Example City 100,IF05,1
example-losi-2022,CHE,Example City 100,IF06,1
example-losi-2022,CHE,Example City 100,IF07,0
example-losi-2022,CHE,Example City 100,IF08,1
example-losi-2022,CHE,Example City 100,CP01,1
example-losi-2022,CHE,Example City 100,CP02,0
example-losi-2022,CHE,Example City 100,CP03,0
example-losi-2022,CHE,Example City 100,CP04,0
example-losi-2022,CHE,Example City 100,CP05,0
example-losi-2022,CHE,Example City 100,CP06,0
example-losi-2022,CHE,Example City 100,CP07,0
example-losi-2022,CHE,Example City 100,CP08,1
example-losi-2022,CHE,Example City 100,CP09,1
example-losi-2022,CHE,Example City 100,CP10,1
example-losi-2022,CHE,Example City 100,CP11,1
example-losi-2022,CHE,Example City 100,CP12,0
example-losi-2022,CHE,Example City 100,CP13,1
example-losi-2022,CHE,Example City 100,CP14,0
example-losi-2022,CHE,Example City 100,CP15,0
example-losi-2022,CHE,Example City 100,CP16,0
example-losi-2022,CHE,Example City 100,CP17,0
example-losi-2022,CHE,Example City 100,CP18,1
example-losi-2022,CHE,Example City 100,CP19,0
example-losi-2022,CHE,Example City 100,CP20,1
example-losi-2022,CHE,Example City 100,CP21,0
example-losi-2022,CHE,Example City 100,CP22,0
example-losi-2022,CHE,Example City 100,CP23,0
example-losi-2022,CHE,Example City 100,CP24,1
example-losi-2022,CHE,Example City 100,CP25,0
example-losi-2022,CHE,Example City 100,SP01,0
example-losi-2022,CHE,Example City 100,SP02,0
example-losi-2022,CHE,Example City 100,SP03,1
example-losi-2022,CHE,Example City 100,SP04,1
example-losi-2022,CHE,Example City 100,SP05,1
example-losi-2022,CHE,Example City 100,SP06,0
example-losi-2022,CHE,Example City 100,SP07,0
example-losi-2022,CHE,Example City 100,SP08,1
example-losi-2022,CHE,Example City 100,SP09,1
example-losi-2022,CHE,Example City 100,SP10,1
example-losi-2022,CHE,Example City 100,SP11,0
example-losi-2022,CHE,Example City 100,SP12,0
example-losi-2022,CHE,Example City 100,SP13,0
example-losi-2022,CHE,Example City 100,SP14,0
example-losi-2022,CHE,Example City 100,SP15,0
example-losi-2022,CHE,Example City 100,SP16,1
example-losi-2022,CHE,Example City 100,SP17,0
example-losi-2022,CHE,Example City 100,SP18,0
example-losi-2022,CHE,Example City 100,PE01,1
example-losi-2022,CHE,Example City 100,PE02,0
example-losi-2022,CHE,Example City 100,PE03,0
example-losi-2022,CHE,Example City 100,PE04,1
example-losi-2022,CHE,Example City 100,PE05,1
example-losi-2022,CHE,Example City 100,PE06,0
example-losi-2022,CHE,Example City 100,PE07,1
example-losi-2022,CHE,Example City 100,PE08,0
example-losi-2022,CHE,Example City 100,PE09,0
example-losi-2022,CHE,Example City 100,PE10,0
example-losi-2022,CHE,Example City 100,PE11,1
example-losi-2022,CHE,Example City 100,PE12,0
example-losi-2022,CHE,Example City 100,PE13,0
example-losi-2022,CHE,Example City 100,PE14,0
example-losi-2022,CHE,Example City 100,PE15,1
example-losi-2022,CHE,Example City 100,PE16,0
example-losi-2022,CHE,Example City 100,PE17,0
example-losi-2022,CHE,Example City 100,TE01,1
example-losi-2022,CHE,Example City 100,TE02,1
example-losi-2022,CHE,Example City 100,TE03,0
example-losi-2022,CHE,Example City 100,TE04,1
example-losi-2022,CHE,Example City 100,TE05,0
example-losi-2022,CHE,Example City 100,TE06,1
example-losi-2022,CHE,Example City 100,TE07,1
example-losi-2022,CHE,Example City 100,TE08,0
example-losi-2022,CHE,Example City 100,TE09,1
example-losi-2022,CHE,Example City 100,TE10,0
example-losi-2022,CHE,Example City 100,TE11,1
example-losi-2022,CHE,Example City 100,TE12,0
example-losi-2022,CHE,Example City 100,TE13,1
example-losi-2022,CHE,Example City 100,TE14,0
example-losi-2022,CHE,Example City 100,TE15,0
example-losi-2022,CHE,Example City 100,TE16,0
example-losi-2022,CHE,Example City 100,TE17,0
example-losi-2022,CHE,Example City 100,TE18,1
$egov_data$);
	UPDATE @extschema@.city AS c SET synthetic = true
	 WHERE (c.iso3, c.name) IN (SELECT a.iso3, a.city FROM @extschema@.assessment AS a
								 WHERE a.edition = 'example-losi-2022');
	RETURN stored;
END
$fn$;

COMMENT ON FUNCTION @extschema@.load_losi_example() IS
'Loads the SYNTHETIC example LOSI edition "example-losi-2022" (100 fictitious "Example City" '
'cities, 86 binary indicators in the five 2022 criteria, random points from a seeded generator; '
'not a UN assessment) and returns the assessments stored; 23505 if it is already loaded';
