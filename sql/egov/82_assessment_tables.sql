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
-- writing stays with the owner, the role that installs egov (as for the
-- survey tables, 50_survey_tables.sql) and whom they grant it to.
GRANT SELECT ON @extschema@.assessment_edition, @extschema@.city,
	@extschema@.assessment_indicator, @extschema@.assessment TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.assessment_edition, @extschema@.city,
	@extschema@.assessment_indicator, @extschema@.assessment TO @extowner@;
