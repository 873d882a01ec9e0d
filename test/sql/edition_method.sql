-- An edition's method is a row of egov.edition_method: egov.egdi(osi, hci,
-- tii, survey_year) reads its weights, a year without a row takes the
-- latest edition's (and the loader says so), and a new edition with a new
-- method needs a row, not a release.  The IMMUTABLE forms remain for
-- generated columns and indexes.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\set header 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'

SELECT survey_year, osi_weight, hci_weight, tii_weight, very_high, high, middle, decimals, rating_classes, bundled
  FROM egov.edition_method ORDER BY survey_year;

-- the bundled weights reproduce 0.5.0's fixed rule bit for bit, for every
-- bundled row: 0.34/0.33/0.33 in 2008 and 2010, the mean elsewhere
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE egov.egdi(osi::float8, hci::float8, tii::float8, survey_year)
                              = CASE WHEN survey_year IN (2008, 2010)
                                     THEN 0.34 * osi::float8 + 0.33 * hci::float8 + 0.33 * tii::float8
                                     ELSE (osi::float8 + hci::float8 + tii::float8) / 3 END) AS bit_for_bit,
       count(*) FILTER (WHERE egov.egdi(osi::float8, hci::float8, tii::float8, survey_year)
                              = egov.egdi_weighted(osi::float8, hci::float8, tii::float8, m.osi_weight::float8,
                                                   m.hci_weight::float8, m.tii_weight::float8)) AS as_immutable_form
  FROM egov.survey_score JOIN egov.edition_method AS m USING (survey_year)
 WHERE osi BETWEEN 0 AND 1 AND hci BETWEEN 0 AND 1 AND tii BETWEEN 0 AND 1;

-- a year without a row takes the latest edition's method (2024: the mean)
SELECT egov.egdi(0.9, 0.6, 0.3, 2026) = egov.egdi(0.9, 0.6, 0.3) AS latest_method,
       egov.egdi(0.9, 0.6, 0.3, 2009) = egov.egdi(0.9, 0.6, 0.3) AS between_editions;

-- an edition of 2026 weighting OSI 1/2: without its row the file's EGDI
-- contradicts the mean and is refused ...
\set file2026 :header '\n2026,Denmark,1,0.8249,0.9,0.9124,0.8236,0.6512\n2026,Chad,2,0.2653,0.1,0.2124,0.3316,0.3048'
SELECT egov.import_un_csv(:'file2026');
-- ... with it, egov.egdi and the loader follow the row, in the same transaction
BEGIN;
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, decimals)
VALUES (2026, 2, 1, 1, 4);
SELECT egov.egdi(1, 0, 0, 2026) AS osi_weight_2026, round(egov.egdi(0.9124, 0.8236, 0.6512, 2026)::numeric, 6) AS denmark;
SELECT egov.import_un_csv(:'file2026') AS stored;
SELECT country, egdi, round(egdi_computed::numeric, 4) AS computed, world_rank
  FROM egov.egdi_report WHERE survey_year = 2026 ORDER BY world_rank;
SELECT bundled FROM egov.edition_method WHERE survey_year = 2026;
ROLLBACK;
-- a year the loader has no row for: it says which method it used
SELECT egov.import_un_csv(:'header' || E'\n2030,Denmark,1,0.9,0.9,0.9,0.9,0.9') AS stored;

-- the table's checks
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight) VALUES (2030, 0, 0, 0);
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight) VALUES (2030, -1, 1, 1);
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, high) VALUES (2030, 1, 1, 1, 0.8);

-- IMMUTABLE forms for generated columns; the edition form reads a table
SELECT provolatile FROM pg_proc WHERE oid = 'egov.egdi(float8, float8, float8, integer)'::regprocedure;
CREATE TEMP TABLE mine (osi float8, hci float8, tii float8,
                        egdi_2008 float8 GENERATED ALWAYS AS (egov.egdi_weighted(osi, hci, tii, 0.34, 0.33, 0.33)) STORED,
                        egdi float8 GENERATED ALWAYS AS (egov.egdi(osi, hci, tii)) STORED);
INSERT INTO mine VALUES (0.67558, 0.99315, 0.52170);
SELECT round(egdi_2008::numeric, 5) AS ireland_2008, egdi_2008 = egov.egdi(osi, hci, tii, 2008) AS same,
       round(egdi::numeric, 5) AS equal_thirds FROM mine;
SELECT egov.egdi_weighted(0.5, 1.5, 0.5, 1, 1, 1);
CREATE TEMP TABLE not_mine (osi float8, e float8 GENERATED ALWAYS AS (egov.egdi(osi, osi, osi, 2008)) STORED);
DROP TABLE mine;

DROP EXTENSION egov;
