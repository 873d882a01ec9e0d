-- Each edition's method as data: the EGDI weights, the group bands, the
-- published precision and the rating-class rule, one row an edition, so
-- that an edition whose method changes is a row and a regression test, not
-- a release of egov's C code.
--
-- Who reads what:
--   * egov.egdi(osi, hci, tii, survey_year) reads the weights (src/egdi.c);
--     a year without a row takes the latest edition's (the loader says so,
--     in a NOTICE).  Reading a table it is STABLE; the IMMUTABLE forms that
--     generated columns and indexes can use are egov.egdi(osi, hci, tii)
--     (equal thirds) and egov.egdi_weighted(osi, hci, tii, weights);
--   * the bands, precision and rating-class rule are recorded here for
--     every bundled edition; egov.egdi_level and egov.rating_class keep the
--     fixed rule all of them share (IMMUTABLE, used in indexes), and the
--     loader takes an edition's precision from its data.
-- (CREATE OR REPLACE and IF NOT EXISTS where the update from 0.4.0 runs
-- this file too.)

CREATE TABLE @extschema@.edition_method (
	survey_year integer PRIMARY KEY
		CHECK (survey_year BETWEEN 2001 AND 2999),
	osi_weight numeric NOT NULL CHECK (osi_weight >= 0),
	hci_weight numeric NOT NULL CHECK (hci_weight >= 0),
	tii_weight numeric NOT NULL CHECK (tii_weight >= 0),
	very_high numeric NOT NULL DEFAULT 0.75,
	high numeric NOT NULL DEFAULT 0.50,
	middle numeric NOT NULL DEFAULT 0.25,
	decimals integer CHECK (decimals BETWEEN 1 AND 15),
	rating_classes text CHECK (rating_classes IN ('quarters by count')),
	bundled boolean NOT NULL DEFAULT false,
	CONSTRAINT edition_method_weights CHECK (osi_weight + hci_weight + tii_weight > 0),
	CONSTRAINT edition_method_bands CHECK (0 < middle AND middle < high AND high < very_high AND very_high <= 1)
);

COMMENT ON TABLE @extschema@.edition_method IS
'Each edition''s method: EGDI weights (read by egov.egdi(osi, hci, tii, survey_year); a year '
'without a row takes the latest edition''s), group bands, published precision, rating-class '
'rule.  A new edition whose method changes is a new row';
COMMENT ON COLUMN @extschema@.edition_method.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.edition_method.osi_weight IS
'Weight of the OSI in the EGDI, relative to the other two (divided by their sum; equal weights '
'give the mean (osi + hci + tii) / 3)';
COMMENT ON COLUMN @extschema@.edition_method.hci_weight IS 'Weight of the HCI in the EGDI, relative as osi_weight';
COMMENT ON COLUMN @extschema@.edition_method.tii_weight IS 'Weight of the TII in the EGDI, relative as osi_weight';
COMMENT ON COLUMN @extschema@.edition_method.very_high IS 'Lowest EGDI of the Very High group (the boundary belongs to the group above)';
COMMENT ON COLUMN @extschema@.edition_method.high IS 'Lowest EGDI of the High group';
COMMENT ON COLUMN @extschema@.edition_method.middle IS 'Lowest EGDI of the Middle group';
COMMENT ON COLUMN @extschema@.edition_method.decimals IS
'Decimals the edition publishes its EGDI to (egov.edition.egdi_decimals is taken from the data at import)';
COMMENT ON COLUMN @extschema@.edition_method.rating_classes IS
'Rating-class rule: quarters by count within each group (2020 on), NULL where the edition has no rating classes';
COMMENT ON COLUMN @extschema@.edition_method.bundled IS
'True for the rows CREATE EXTENSION loads, false for rows users added or changed';

-- bundled rows and user rows, as for the survey tables (52_bundled_rows.sql)
CREATE TRIGGER bundled_row_insert BEFORE INSERT ON @extschema@.edition_method
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_insert('survey_year');
CREATE TRIGGER bundled_row_update BEFORE UPDATE ON @extschema@.edition_method
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_before_update();
CREATE TRIGGER bundled_row_delete AFTER DELETE ON @extschema@.edition_method
	FOR EACH ROW EXECUTE FUNCTION @extschema@._bundled_row_after_delete('survey_year');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.edition_method', 'WHERE NOT bundled');
ALTER TABLE @extschema@.withdrawn_bundled_row
	DROP CONSTRAINT withdrawn_bundled_row_table_name_check,
	ADD CONSTRAINT withdrawn_bundled_row_table_name_check
		CHECK (table_name IN ('edition', 'country', 'country_alias', 'survey_score', 'edition_method'));

GRANT SELECT ON @extschema@.edition_method TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.edition_method TO @extowner@;

-- The bundled editions' methods, as their published tables establish them
-- (doc/methodology.md): equal thirds but in 2008 and 2010; 5 decimals
-- through 2016 (the 2008 EGDI 4) and in 2024, 4 in 2018-2022; rating
-- classes from 2020.
INSERT INTO @extschema@.edition_method
	(survey_year, osi_weight, hci_weight, tii_weight, decimals, rating_classes) VALUES
	(2003, 1, 1, 1, 5, NULL), (2004, 1, 1, 1, 5, NULL), (2005, 1, 1, 1, 5, NULL),
	(2008, 0.34, 0.33, 0.33, 4, NULL), (2010, 0.34, 0.33, 0.33, 5, NULL),
	(2012, 1, 1, 1, 5, NULL), (2014, 1, 1, 1, 5, NULL), (2016, 1, 1, 1, 5, NULL),
	(2018, 1, 1, 1, 4, NULL), (2020, 1, 1, 1, 4, 'quarters by count'),
	(2022, 1, 1, 1, 4, 'quarters by count'), (2024, 1, 1, 1, 5, 'quarters by count');

CREATE OR REPLACE FUNCTION @extschema@.egdi(osi float8, hci float8, tii float8, survey_year int)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_egdi_method'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi(float8, float8, float8, int) IS
'E-Government Development Index with the weights egov.edition_method gives the survey edition '
'(0.34 OSI + 0.33 HCI + 0.33 TII in 2008 and 2010, equal thirds in every other bundled one); a '
'year without a row takes the latest edition''s.  STABLE (it reads a table): for a generated '
'column or an index use egov.egdi(osi, hci, tii) or egov.egdi_weighted.  A year before 2001 '
'(the first survey) raises 22023, a component outside [0, 1], NaN or infinite raises 22003';

-- The IMMUTABLE form with the weights as arguments.  (The first WHEN
-- checks the components through egov.egdi, which raises for a value
-- outside [0, 1]; for valid ones it is never NULL.)
CREATE OR REPLACE FUNCTION @extschema@.egdi_weighted(osi float8, hci float8, tii float8,
													  osi_weight float8, hci_weight float8, tii_weight float8)
RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN @extschema@.egdi(osi, hci, tii) IS NULL THEN NULL
			WHEN osi_weight = hci_weight AND hci_weight = tii_weight THEN @extschema@.egdi(osi, hci, tii)
			ELSE (osi_weight * osi + hci_weight * hci + tii_weight * tii) / (osi_weight + hci_weight + tii_weight) END;

COMMENT ON FUNCTION @extschema@.egdi_weighted(float8, float8, float8, float8, float8, float8) IS
'E-Government Development Index with the given relative weights of OSI, HCI and TII (divided '
'by their sum; equal weights give egov.egdi(osi, hci, tii)); IMMUTABLE, for generated columns '
'and indexes; a component outside [0, 1], NaN or infinite raises 22003';
