-- Bundled rows and user rows: what the triggers do with users' writes, so
-- that pg_dump keeps exactly what users did (see 30-dump-restore).
CREATE EXTENSION egov;

SELECT count(*) FILTER (WHERE bundled) AS bundled, count(*) FILTER (WHERE NOT bundled) AS user_rows
  FROM egov.survey_score;
-- users cannot mark their rows bundled
INSERT INTO egov.edition (survey_year, egdi_decimals, bundled) VALUES (2024, 4, true);
SELECT survey_year, bundled FROM egov.edition WHERE survey_year = 2024;
-- an UPDATE makes a row a user row
UPDATE egov.survey_score SET epi = 0.5 WHERE survey_year = 2022 AND iso3 = 'DNK';
SELECT survey_year, iso3, epi, bundled FROM egov.survey_score WHERE survey_year = 2022 AND iso3 = 'DNK';
-- an INSERT over a bundled key replaces the bundled row's values (0 rows inserted)
INSERT INTO egov.survey_score (survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii)
VALUES (2020, 'CHN', 45, 0.7948, 0.9643, 0.9059, 0.7396, 0.7388);
SELECT survey_year, iso3, egdi_rank, egdi, bundled FROM egov.survey_score
 WHERE survey_year = 2020 AND iso3 = 'CHN';
-- ... but over a user row the key is a key
INSERT INTO egov.survey_score (survey_year, iso3, egdi_rank, egdi)
VALUES (2020, 'CHN', 45, 0.7948);
-- deleting a bundled row records its key; deleting a user row does not
DELETE FROM egov.survey_score WHERE survey_year = 2005 AND iso3 IN ('SSD', 'MNE');
DELETE FROM egov.survey_score WHERE survey_year = 2020 AND iso3 = 'CHN';
DELETE FROM egov.country_alias WHERE alias = 'Swaziland';
SELECT * FROM egov.withdrawn_bundled_row ORDER BY 1, 2::text;
-- restoring a withdrawn key deletes the bundled row it names (what pg_restore does)
INSERT INTO egov.withdrawn_bundled_row VALUES ('survey_score', '{"iso3": "FRA", "survey_year": 2003}');
SELECT count(*) AS fra_2003 FROM egov.survey_score WHERE survey_year = 2003 AND iso3 = 'FRA';
SELECT count(*) FILTER (WHERE bundled) AS bundled, count(*) FILTER (WHERE NOT bundled) AS user_rows
  FROM egov.survey_score;
-- withdrawn keys name egov's tables only
INSERT INTO egov.withdrawn_bundled_row VALUES ('pg_class', '{}');

DROP EXTENSION egov;
-- a new CREATE EXTENSION is the bundled state again
CREATE EXTENSION egov;
SELECT count(*) AS scores, count(*) FILTER (WHERE bundled) AS bundled FROM egov.survey_score;
SELECT count(*) AS withdrawn FROM egov.withdrawn_bundled_row;
DROP EXTENSION egov;
