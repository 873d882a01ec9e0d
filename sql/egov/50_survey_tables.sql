-- Survey tables: editions, countries, country-name aliases and the published
-- scores, with who may read and write them.  Every table has a `bundled`
-- column: true for the rows egov's own extension script loads, false for
-- rows users add or change (see 52_bundled_rows.sql for how that keeps
-- pg_dump/pg_restore exact).  53_edition_provenance.sql changes edition and
-- survey_score as 0.4.0 defines them.

-- The bundled names (Côte d'Ivoire, São Tomé and Príncipe, ...) and the
-- name key (egov.country_key, 49_country_key.sql) are UTF-8 text; in a
-- database of another encoding they would be misread or fail half-way, so
-- refuse plainly instead.
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

CREATE TABLE @extschema@.edition (
	survey_year integer PRIMARY KEY
		CHECK (survey_year BETWEEN 2001 AND 2999),
	egdi_decimals integer NOT NULL
		CHECK (egdi_decimals BETWEEN 1 AND 15),
	bundled boolean NOT NULL DEFAULT false
);

-- (the comments on the table and on egdi_decimals are in
-- 53_edition_provenance.sql, which changes the table)
COMMENT ON COLUMN @extschema@.edition.survey_year IS 'Year of the edition';
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

-- (the comments on the table and on assessed are in
-- 53_edition_provenance.sql, which changes the table)
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
COMMENT ON COLUMN @extschema@.survey_score.source_note IS
'Known error in the published source that the row keeps as published (see data/NOTICE.md)';
COMMENT ON COLUMN @extschema@.survey_score.bundled IS
'True for the scores CREATE EXTENSION loads, false for rows users added or changed';


-- Every role may read the survey tables; writing them (and so
-- egov.import_un_csv) is for their owner and the role that installs egov,
-- also when it installs egov as a trusted extension without being
-- superuser: the script then runs as the bootstrap superuser, who owns the
-- tables.  (Granted in this order since 0.2.0: an ACL lists its entries in
-- the order they were granted, and an updated database must equal a fresh
-- install.)
GRANT SELECT ON @extschema@.edition, @extschema@.country, @extschema@.country_alias,
	@extschema@.survey_score TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.edition, @extschema@.country,
	@extschema@.country_alias, @extschema@.survey_score TO @extowner@;
