-- What an edition is and what its rows may hold:
--   * egov.edition.provenance: a UN edition egov bundles, a UN export a user
--     imported, or an edition users built themselves; "the latest edition"
--     in views and tools is the latest UN one;
--   * egov.edition.countries_assessed: the edition's coverage, kept by a
--     trigger, so that rank changes compare like with like;
--   * egov.survey_score.assessed: a column of its own, no longer derived
--     from the rank (a user-built edition need not rank anything);
--   * no value finer than 15 decimals, so every stored index casts to
--     float8 (a value such as 1e-400 would break every view's cast).
-- Written as ALTER TABLE so that a 0.3.0 database and a fresh install end
-- up with the same tables; the UPDATEs fill the new columns in a database
-- that has data (in a fresh install the tables are still empty here).  The
-- comments on both tables and on the columns this file adds or changes are
-- here, with the change (50_survey_tables.sql creates the tables).

ALTER TABLE @extschema@.edition
	ADD COLUMN provenance text NOT NULL DEFAULT 'user'
		CONSTRAINT edition_provenance_check
		CHECK (provenance IN ('un-bundled', 'un-import', 'user')),
	ADD COLUMN countries_assessed integer NOT NULL DEFAULT 0
		CONSTRAINT edition_countries_assessed_check
		CHECK (countries_assessed >= 0);

COMMENT ON TABLE @extschema@.edition IS
'Editions held in egov.survey_score: the UN E-Government Survey''s (the first was 2001), bundled '
'or imported, and editions users built (column provenance)';
COMMENT ON TABLE @extschema@.survey_score IS
'Scores per edition and country, as published (or as users built them): one row per edition and '
'country.  Rows not assessed (column assessed) are kept but enter no statistic';
COMMENT ON COLUMN @extschema@.edition.provenance IS
'Where the edition comes from: un-bundled (a UN DESA table CREATE EXTENSION loads), un-import '
'(a UN Data-Center export a user imported), user (an edition users built: their own scores '
'or a subset).  "Latest" in the views, bin/demo and bin/egov-report means the latest UN edition';
COMMENT ON COLUMN @extschema@.edition.countries_assessed IS
'Countries the edition assesses (rows of egov.survey_score with assessed true), kept up to date '
'by a trigger; rank and group changes compare only editions of comparable coverage';
COMMENT ON COLUMN @extschema@.edition.egdi_decimals IS
'Decimals the edition publishes its indices to, taken from the data at import: the most '
'significant decimals of any EGDI, OSI, HCI or TII value (5 for the bundled editions through '
'2016, 4 from 2018).  Ranks are competition ranks of the EGDI rounded to this precision';

-- assessed: a plain column from now on; its values stay as they are.
ALTER TABLE @extschema@.survey_score
	ALTER COLUMN assessed DROP EXPRESSION;

COMMENT ON COLUMN @extschema@.survey_score.assessed IS
'Whether the edition assessed the country: the loader''s Assessed column where the file has '
'one, else true exactly when an EGDI is known (published, or computed from OSI, HCI and TII) '
'and is not 0 (the UN writes 0 for countries it did not assess).  Rows not assessed are kept '
'as published but enter no rank, mean or count';

-- Fractions of a unit below 1e-15 are not published figures, and a numeric
-- that small (or with that many decimals) no longer casts to float8.
-- (bundled_row_update is off as below: this may only touch users' rows.)
ALTER TABLE @extschema@.survey_score DISABLE TRIGGER bundled_row_update;
UPDATE @extschema@.survey_score
   SET egdi = pg_catalog.round(egdi, 15), epi = pg_catalog.round(epi, 15),
	   osi = pg_catalog.round(osi, 15), hci = pg_catalog.round(hci, 15),
	   tii = pg_catalog.round(tii, 15)
 WHERE GREATEST(pg_catalog.scale(egdi), pg_catalog.scale(epi), pg_catalog.scale(osi),
						   pg_catalog.scale(hci), pg_catalog.scale(tii)) > 15;
ALTER TABLE @extschema@.survey_score ENABLE TRIGGER bundled_row_update;

ALTER TABLE @extschema@.survey_score
	ADD CONSTRAINT survey_score_precision CHECK (
		pg_catalog.scale(egdi) <= 15 AND pg_catalog.scale(epi) <= 15 AND pg_catalog.scale(osi) <= 15
		AND pg_catalog.scale(hci) <= 15 AND pg_catalog.scale(tii) <= 15);


-- Rows inserted without saying whether they are assessed (a plain INSERT)
-- get the rule above.  STABLE: egov.egdi(..., survey_year) reads the
-- edition's weights from a table (56_edition_method.sql).
CREATE FUNCTION @extschema@._assessed_by_rule(egdi numeric, osi numeric, hci numeric,
											   tii numeric, survey_year integer)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN coalesce(egdi <> 0,
				CASE WHEN osi BETWEEN 0 AND 1 AND hci BETWEEN 0 AND 1 AND tii BETWEEN 0 AND 1
					 -- (rounded as stored: a finer value would not cast; the
					 -- CHECK survey_score_precision then refuses the row)
					 THEN @extschema@.egdi(pg_catalog.round(osi, 15)::float8, pg_catalog.round(hci, 15)::float8,
										   pg_catalog.round(tii, 15)::float8, survey_year) <> 0
				END,
				false);

COMMENT ON FUNCTION @extschema@._assessed_by_rule(numeric, numeric, numeric, numeric, integer) IS
'Loader helper: whether a row without an explicit Assessed value is assessed: its EGDI '
'(published, else computed from OSI, HCI, TII in [0, 1]) is known and not 0';

CREATE FUNCTION @extschema@._survey_score_fill_assessed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NEW.assessed IS NULL THEN
		NEW.assessed := @extschema@._assessed_by_rule(NEW.egdi, NEW.osi, NEW.hci, NEW.tii, NEW.survey_year);
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._survey_score_fill_assessed() IS
'Trigger: sets egov.survey_score.assessed by egov._assessed_by_rule when an INSERT leaves it NULL';

-- Named to fire before the bundled_row_* triggers (name order), which copy
-- the whole row.
CREATE TRIGGER assessed_fill
	BEFORE INSERT ON @extschema@.survey_score
	FOR EACH ROW EXECUTE FUNCTION @extschema@._survey_score_fill_assessed();


-- Coverage: recount the editions a statement touched.
CREATE FUNCTION @extschema@._edition_count_assessed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	years integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT t.survey_year) INTO years FROM new_rows AS t;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT t.survey_year) INTO years FROM old_rows AS t;
	ELSE
		SELECT array_agg(DISTINCT t.survey_year) INTO years
		  FROM (SELECT survey_year FROM new_rows UNION SELECT survey_year FROM old_rows) AS t;
	END IF;
	UPDATE @extschema@.edition AS e
	   SET countries_assessed = c.n
	  FROM (SELECT y.survey_year,
				   (SELECT count(*) FROM @extschema@.survey_score AS s
					 WHERE s.survey_year = y.survey_year AND s.assessed)::integer AS n
			  FROM unnest(years) AS y(survey_year)) AS c
	 WHERE e.survey_year = c.survey_year AND e.countries_assessed <> c.n;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._edition_count_assessed() IS
'Trigger: recounts egov.edition.countries_assessed for the editions a statement on '
'egov.survey_score changed';

CREATE TRIGGER edition_count_insert AFTER INSERT ON @extschema@.survey_score
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._edition_count_assessed();
CREATE TRIGGER edition_count_update AFTER UPDATE ON @extschema@.survey_score
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._edition_count_assessed();
CREATE TRIGGER edition_count_delete AFTER DELETE ON @extschema@.survey_score
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._edition_count_assessed();

-- The count is derived, not a user's change: recounting keeps a bundled
-- edition bundled (its dump needs no row for it; the restore recounts).
-- Named to fire after bundled_row_update (name order).
CREATE FUNCTION @extschema@._edition_keep_bundled()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF (NEW.survey_year, NEW.egdi_decimals, NEW.provenance)
	   IS NOT DISTINCT FROM (OLD.survey_year, OLD.egdi_decimals, OLD.provenance) THEN
		NEW.bundled := OLD.bundled;
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@._edition_keep_bundled() IS
'Trigger: an UPDATE of egov.edition that changes only countries_assessed leaves the row''s '
'bundled flag as it was';

CREATE TRIGGER count_keeps_bundled BEFORE UPDATE ON @extschema@.edition
	FOR EACH ROW EXECUTE FUNCTION @extschema@._edition_keep_bundled();


-- A database that has data (ALTER EXTENSION UPDATE): fill the new columns
-- as the loader would have.  The bundled_row_update trigger is off for it:
-- inside the extension script it would mark users' rows bundled.
ALTER TABLE @extschema@.edition DISABLE TRIGGER bundled_row_update;
UPDATE @extschema@.edition AS e
   SET provenance = CASE WHEN e.bundled THEN 'un-bundled' ELSE 'un-import' END,
	   egdi_decimals = GREATEST(e.egdi_decimals, d.decimals)
  FROM (SELECT s.survey_year,
			   LEAST(15, pg_catalog.max(GREATEST(
				   pg_catalog.min_scale(s.egdi), pg_catalog.min_scale(s.osi),
				   pg_catalog.min_scale(s.hci), pg_catalog.min_scale(s.tii)))) AS decimals
		  FROM @extschema@.survey_score AS s
		 GROUP BY s.survey_year) AS d
 WHERE d.survey_year = e.survey_year;
UPDATE @extschema@.edition AS e
   SET countries_assessed = (SELECT pg_catalog.count(*) FROM @extschema@.survey_score AS s
							  WHERE s.survey_year = e.survey_year AND s.assessed);
ALTER TABLE @extschema@.edition ENABLE TRIGGER bundled_row_update;
