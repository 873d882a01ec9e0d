-- Published precision comes from the data: an edition after 2018 published
-- with 5 decimals is ranked on 5 decimals, the bundled editions keep theirs,
-- and no value finer than 15 decimals is stored (it would break the views'
-- casts to float8).
CREATE EXTENSION egov;
\set VERBOSITY terse
\set header 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'

-- the bundled editions: 5 decimals through 2016, 4 from 2018, as published
SELECT survey_year, egdi_decimals, provenance, countries_assessed FROM egov.edition ORDER BY 1;

-- 2026 with 5 decimals, where only the fifth separates neighbours; the
-- components equal the EGDI, so egov.egdi agrees with every row
SELECT egov.import_un_csv(:'header' || E'\n' ||
  (SELECT string_agg(format('2026,%s,%s,%s,0.5,%s,%s,%s', c, r, e, e, e, e), E'\n' ORDER BY r)
     FROM (VALUES ('Denmark', 1, '0.95771'), ('Finland', 2, '0.95770'), ('Estonia', 2, '0.95770'),
                  ('Iceland', 4, '0.95769'), ('Sweden', 5, '0.9576'), ('Norway', 6, '0.90000'))
          AS t(c, r, e))) AS stored;
SELECT egdi_decimals, provenance FROM egov.edition WHERE survey_year = 2026;
-- world_rank is the competition rank of the 5-decimal values (rounded to 4
-- they would tie three ways at 0.9577), and equals the published rank
SELECT r.country, r.egdi, r.world_rank, r.published_rank,
       rank() OVER (ORDER BY s.egdi DESC) AS rank_of_published_values
  FROM egov.egdi_report AS r
  JOIN egov.survey_score AS s USING (survey_year, iso3)
 WHERE r.survey_year = 2026 ORDER BY r.world_rank, r.country;

-- trailing zeros are no precision: a 4-decimal edition written with five
-- (as the 2022 export writes 0.43830) stays at 4
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.90000,0.5,0.90000,0.90000,0.90000\n'
                          '2028,Chad,2,0.12340,0.5,0.12340,0.12340,0.12340') AS stored;
SELECT egdi_decimals FROM egov.edition WHERE survey_year = 2028;

-- A value below the precision anyone publishes (HCI 1e-400) is rounded to
-- 15 decimals at load; the file is then judged as usual (here its EGDI no
-- longer follows from the components, so it is refused) and every view
-- keeps working, for every year.
\set csv2022 `cat data/un-desa/EGOV_DATA_2022.csv`
SELECT egov.import_un_csv(replace(:'csv2022', '0.85670,0.68180,0.77960,0.96180', '0.85670,0.68180,0.77960,1e-400'));
-- an edition whose EGDI is not published takes the rounded value
SELECT egov.import_un_csv(:'header' || E'\n2030,Denmark,,,,0.9,1e-400,0.9\n2030,Chad,,,,0.1,0.1,1.5e-17') AS stored;
SELECT iso3, hci, tii, scale(hci) AS hci_scale FROM egov.survey_score WHERE survey_year = 2030 ORDER BY iso3;
SELECT count(*) > 0 AS report_reads FROM egov.egdi_report;
SELECT count(*) > 0 AS region_summary_reads FROM egov.region_summary;
SELECT count(*) > 0 AS level_summary_reads FROM egov.level_summary;
SELECT count(*) > 0 AS component_sensitivity_reads FROM egov.component_sensitivity;
SELECT count(*) > 0 AS rank_uncertainty_reads FROM egov.rank_uncertainty_report;
SELECT country, egdi, world_rank FROM egov.egdi_report WHERE survey_year = 2030 ORDER BY world_rank;
-- ... nor can a plain INSERT store one
INSERT INTO egov.survey_score (survey_year, iso3, osi, hci, tii) VALUES (2030, 'FRA', 0.5, 1e-400, 0.5);
-- magnitudes a float8 cannot hold are refused at load
SELECT egov.import_un_csv(:'header' || E'\n2030,Denmark,,,1e400,0.9,0.9,0.9');

DROP EXTENSION egov;
