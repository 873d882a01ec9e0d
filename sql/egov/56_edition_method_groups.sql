-- Groups and rating classes by an edition's method: the forms of
-- egov.egdi_level, egov.epi_level and egov.rating_class that take a survey
-- year read its bands and rating-class rule from egov.edition_method, as
-- egov.egdi(osi, hci, tii, survey_year) reads its weights (src/level.c,
-- src/rating_class.c, src/edition_method.c); a year without a row takes the
-- latest edition's, which the loader says in a NOTICE when it imports such a
-- year.  Reading a table they are STABLE; the one-argument forms keep the
-- standard bands, IMMUTABLE for generated columns and indexes, and
-- egov.egdi_level(score, very_high, high, middle) is the IMMUTABLE form with
-- the bands as arguments.  The reporting views call the forms with a year.
-- (CREATE OR REPLACE: the update from 0.4.0 runs this file too.)

CREATE OR REPLACE FUNCTION @extschema@.egdi_level(score float8, survey_year int)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_egdi_level_edition'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_level(float8, int) IS
'EGDI group of a score on the bands egov.edition_method gives the survey edition (columns '
'very_high, high, middle; every bundled edition has 0.75, 0.50, 0.25); a year without a row '
'takes the latest edition''s.  STABLE (it reads a table): for a generated column or an index use '
'egov.egdi_level(score) or egov.egdi_level(score, very_high, high, middle).  A year before 2001 '
'raises 22023, a score outside [0, 1] or NaN raises 22003';

CREATE OR REPLACE FUNCTION @extschema@.egdi_level(score float8, very_high float8, high float8, middle float8)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_egdi_level_bands'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.egdi_level(float8, float8, float8, float8) IS
'EGDI group of a score on the given bands, the lowest score of Very High, High and Middle '
'(each boundary belongs to the group above), as a row of egov.edition_method gives them; '
'IMMUTABLE, for generated columns and indexes.  Bands not ordered 0 < middle < high < '
'very_high <= 1 raise 22023, a score outside [0, 1] or NaN raises 22003';

CREATE OR REPLACE FUNCTION @extschema@.epi_level(score float8, survey_year int)
RETURNS @extschema@.level
AS 'MODULE_PATHNAME', 'egov_epi_level_edition'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.epi_level(float8, int) IS
'E-Participation Index level of a score on the EGDI bands egov.edition_method gives the survey '
'edition (inferred: the UN publishes no EPI thresholds), as egov.egdi_level(score, survey_year); '
'STABLE, for an index use egov.epi_level(score).  A year before 2001 raises 22023, a score '
'outside [0, 1] or NaN raises 22003';

CREATE OR REPLACE FUNCTION @extschema@.rating_class(egdi float8, survey_year int)
RETURNS text
AS 'MODULE_PATHNAME', 'egov_rating_class_edition'
LANGUAGE C WINDOW STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rating_class(float8, int) IS
'Window function, used as rating_class(egdi, survey_year) OVER (PARTITION BY survey_year): '
'the rating class by the rule egov.edition_method gives the edition (column rating_classes; '
'''quarters by count'' as egov.rating_class(egdi) does, within the edition''s bands), NULL on '
'every row of an edition without rating classes (editions before 2020); a year without a row '
'takes the latest edition''s.  STABLE (it reads a table).  survey_year NULL or not the same on '
'every row of the partition, or before 2001, raises 22023; NULL for a NULL EGDI (not counted); '
'an EGDI outside [0, 1] or NaN raises 22003';

CREATE OR REPLACE FUNCTION @extschema@._edition_bands(survey_year int,
	OUT very_high float8, OUT high float8, OUT middle float8)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(m.very_high, 0.75), coalesce(m.high, 0.50), coalesce(m.middle, 0.25)
	  FROM (SELECT 1) AS one
	  LEFT JOIN LATERAL (SELECT b.very_high, b.high, b.middle
						   FROM @extschema@.edition_method AS b
						  ORDER BY b.survey_year = _edition_bands.survey_year DESC, b.survey_year DESC
						  LIMIT 1) AS m ON true
$$;

COMMENT ON FUNCTION @extschema@._edition_bands(int) IS
'Internal: the group bands (lowest score of Very High, High, Middle) of a survey edition from '
'egov.edition_method, as egov.egdi_level(score, survey_year) reads them: a year without a row '
'takes the latest edition''s, an empty table the standard 0.75, 0.50, 0.25';
