-- Provenance and coverage: an edition users build of ten countries is
-- announced, labelled, never "the latest" UN edition, and its ranks are not
-- compared with those of a 193-country edition.
CREATE EXTENSION egov;
\set VERBOSITY terse

-- ten countries, 2026, EGDI computed from the components: no rank or EGDI
-- column, so provenance is "user" by default
SELECT egov.import_un_csv(E'Survey Year,Country Name,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n' ||
  (SELECT string_agg(format('2026,%s,%s,%s,%s', c, o, h, t), E'\n')
     FROM (VALUES ('Kenya', 0.9, 0.9, 0.9), ('Denmark', 0.8, 0.8, 0.8), ('Chad', 0.7, 0.7, 0.7),
                  ('Peru', 0.6, 0.6, 0.6), ('Japan', 0.5, 0.5, 0.5), ('Ghana', 0.4, 0.4, 0.4),
                  ('Fiji', 0.3, 0.3, 0.3), ('Nepal', 0.2, 0.2, 0.2), ('Mali', 0.15, 0.15, 0.15),
                  ('Cuba', 0.1, 0.1, 0.1)) AS t(c, o, h, t))) AS stored;
SELECT survey_year, egdi_decimals, provenance, countries_assessed, bundled
  FROM egov.edition WHERE survey_year >= 2022 ORDER BY 1;
-- labelled in the report; ranked among themselves; no rank or group change
-- against 2022's 193 (Kenya was 113th there)
SELECT survey_year, country, egdi, world_rank, rank_change, level_change, provenance
  FROM egov.egdi_report WHERE iso3 IN ('KEN', 'DNK') AND survey_year >= 2020 ORDER BY 2, 1;
SELECT count(*) FILTER (WHERE rank_change IS NOT NULL OR level_change IS NOT NULL) AS changes_shown
  FROM egov.egdi_report WHERE survey_year = 2026;
-- the latest UN edition stays the default
SELECT DISTINCT survey_year FROM egov.rank_uncertainty_report;

-- the same file imported as a UN export (explicitly) becomes the latest,
-- still without rank changes against 193 countries
\set csv2022 `cat data/un-desa/EGOV_DATA_2022.csv`
SELECT egov.import_un_csv(
  (SELECT string_agg(l, E'\n') FROM unnest(string_to_array(:'csv2022', E'\n')) WITH ORDINALITY AS x(l, n) WHERE n <= 11),
  provenance => 'un-import') AS stored_as_2022;
SELECT provenance, countries_assessed FROM egov.edition WHERE survey_year = 2022;
SELECT count(*) FILTER (WHERE rank_change IS NOT NULL) AS changes_shown
  FROM egov.egdi_report WHERE survey_year = 2022;
-- an edition of comparable coverage compares: 2020 against 2018 (193 each)
SELECT count(*) FILTER (WHERE rank_change IS NOT NULL) AS changes_2020 FROM egov.egdi_report WHERE survey_year = 2020;

-- coverage follows the rows: deleting one recounts, and the bundled edition
-- stays bundled (the count is derived, not a user's change)
DELETE FROM egov.survey_score WHERE survey_year = 2018 AND iso3 = 'DNK';
SELECT countries_assessed, bundled FROM egov.edition WHERE survey_year = 2018;
UPDATE egov.survey_score SET assessed = false WHERE survey_year = 2018 AND iso3 = 'FIN';
SELECT countries_assessed, bundled FROM egov.edition WHERE survey_year = 2018;

-- provenance is un-import or user; un-bundled belongs to CREATE EXTENSION
SELECT egov.import_un_csv(:'csv2022', provenance => 'un-bundled');

DROP EXTENSION egov;
