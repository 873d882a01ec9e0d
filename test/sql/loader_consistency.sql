-- A published EGDI that the published components contradict is refused,
-- naming line, country and both values, unless the caller keeps it; the
-- UN's own 2008 table keeps its two such rows, with their notes.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\set header 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'
\set contradictory :header '\n2026,Denmark,1,0.9651,0.9,0.9651,0.9651,0.9651\n2026,Kenya,2,0.2000,0.5,0.9701,0.9601,0.9651\n2026,Chad,3,0.1234,0.1,0.1234,0.1234,0.1234'

-- EGDI 0.2000, while egov.egdi gives 0.965
SELECT egov.import_un_csv(:'contradictory');
SELECT count(*) AS stored_2026 FROM egov.survey_score WHERE survey_year = 2026;
-- kept when asked, as published, with a note; the report shows the
-- published value and the formula's side by side
SELECT egov.import_un_csv(:'contradictory', keep_inconsistent => true) AS stored;
SELECT country, egdi, round(egdi_computed::numeric, 4) AS egdi_computed, level, source_note
  FROM egov.egdi_report WHERE survey_year = 2026 ORDER BY world_rank;

-- within the precision: three units in the last decimal are rounding
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9653,0.9,0.9650,0.9650,0.9650') AS within;
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9654,0.9,0.9650,0.9650,0.9650') AS beyond;

-- rows not assessed (EGDI 0, as the UN writes them) are not judged
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9650,0.9,0.9650,0.9650,0.9650\n2028,Chad,,0,0,0,0.4,0.01') AS with_unassessed;
SELECT iso3, egdi, assessed FROM egov.survey_score WHERE survey_year = 2028 ORDER BY iso3;

-- the bundled 2008 rows that differ stay, with their source notes
SELECT survey_year, iso3, egdi, round(egov.egdi(osi::float8, hci::float8, tii::float8, survey_year)::numeric, 4) AS formula,
       source_note
  FROM egov.survey_score WHERE source_note LIKE '%EGDI%' ORDER BY iso3;

DROP EXTENSION egov;
