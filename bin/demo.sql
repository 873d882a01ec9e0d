-- What bin/demo prints: the latest edition of the UN E-Government Survey
-- held in the database (bundled, or a UN export a user imported with
-- egov.import_un_csv; never an edition users built), computed by egov's
-- views.
\pset footer off
-- (the latest UN edition: one users built is not the survey)
SELECT max(survey_year) AS latest FROM egov.edition
 WHERE provenance IN ('un-bundled', 'un-import') AND countries_assessed > 0 \gset

\echo
\echo 'UN E-Government Survey' :latest '- the 10 highest EGDI (egov.egdi_report)'
-- (index values at the edition's published decimals; the view's are numeric(6,5))
SELECT world_rank AS "rank", country, region, round(egdi, decimals) AS egdi,
       round(osi, decimals) AS osi, round(hci, decimals) AS hci, round(tii, decimals) AS tii,
       level, rating_class,
       rank_change AS "rank change"
  FROM egov.egdi_report
 WHERE survey_year = :latest AND world_rank <= 10
 ORDER BY world_rank, country;

\echo 'EGDI groups' :latest '(egov.level_summary)'
SELECT level, countries, round(100 * share, 1) AS "% of countries"
  FROM egov.level_summary
 WHERE survey_year = :latest
 ORDER BY level DESC;

\echo 'Regional means' :latest '(egov.region_summary)'
SELECT region, countries, mean_egdi AS egdi, mean_osi AS osi, mean_hci AS hci, mean_tii AS tii,
       very_high AS "Very High", high AS "High", middle AS "Middle", low AS "Low"
  FROM egov.region_summary
 WHERE survey_year = :latest
 ORDER BY region = 'World', mean_egdi DESC;

\echo 'Data: UN DESA, UN E-Government Survey (publicadministration.un.org/egovkb); regions: UNU-EGOV.'
