-- A published EGDI is refused only when the published components
-- contradict it by more than 10 units of its last published decimal
-- (a column shifted or swapped, a wrong year, a mistyped digit), naming
-- line, country and both values, unless the caller keeps it; a smaller
-- difference is stored as published, with one NOTICE when it exceeds the
-- 1 unit rounding explains.  The UN's own 2008 table keeps its two source
-- errors, with their notes; the 2024 table loads with default arguments.
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

-- the bounds, at 4 decimals: 1 unit is rounding (no word), 10 units are
-- stored with a NOTICE, 11 are refused
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9652,0.9,0.9651,0.9651,0.9651') AS one_unit;
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9661,0.9,0.9651,0.9651,0.9651') AS ten_units;
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9662,0.9,0.9651,0.9651,0.9651') AS eleven_units;
-- at 5 decimals the bound is 1e-4
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.96511,0.9,0.96501,0.96501,0.96501') AS ten_units_of_5;
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.96512,0.9,0.96501,0.96501,0.96501') AS eleven_units_of_5;

-- rows not assessed (EGDI 0, as the UN writes them) are not judged
SELECT egov.import_un_csv(:'header' || E'\n2028,Denmark,1,0.9650,0.9,0.9650,0.9650,0.9650\n2028,Chad,,0,0,0,0.4,0.01') AS with_unassessed;
SELECT iso3, egdi, assessed FROM egov.survey_score WHERE survey_year = 2028 ORDER BY iso3;

-- the bundled 2008 rows that differ stay, with their source notes
SELECT survey_year, iso3, egdi, round(egov.egdi(osi::float8, hci::float8, tii::float8, survey_year)::numeric, 4) AS formula,
       source_note
  FROM egov.survey_score WHERE source_note LIKE '%EGDI%' ORDER BY iso3;

-- The UN's 2024 table, imported as a user would with default arguments:
-- stored as published, one NOTICE for the 92 rows beyond rounding (the
-- largest 3.7 units: Saint Kitts and Nevis); nothing else changes
\set csv2024 `cat data/un-desa/EGOV_DATA_2024.csv`
CREATE TEMP TABLE bundled_2024 AS
SELECT iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note
  FROM egov.survey_score WHERE survey_year = 2024;
SELECT egov.import_un_csv(:'csv2024') AS stored_2024;
SELECT count(*) AS rows_2024,
       count(*) FILTER (WHERE (s.egdi_rank, s.egdi, s.epi, s.osi, s.hci, s.tii, s.assessed, s.source_note)
                              IS NOT DISTINCT FROM
                              (b.egdi_rank, b.egdi, b.epi, b.osi, b.hci, b.tii, b.assessed, b.source_note)) AS as_bundled
  FROM egov.survey_score AS s JOIN bundled_2024 AS b USING (iso3)
 WHERE s.survey_year = 2024;
-- the largest differences, in units of the 5th decimal
SELECT iso3, egdi, round(egov.egdi(osi::float8, hci::float8, tii::float8, 2024)::numeric, 6) AS formula,
       round(abs(egdi - egov.egdi(osi::float8, hci::float8, tii::float8, 2024)::numeric) * 1e5, 2) AS units
  FROM egov.survey_score WHERE survey_year = 2024 ORDER BY units DESC, iso3 LIMIT 5;

-- an EGDI/EPI column swap differs by about 0.1: refused, and 2024 unchanged
SELECT egov.import_un_csv(regexp_replace(:'csv2024', '(?n)^([0-9]{4},[^,]*,[^,]*,)([^,]*),([^,]*),', '\1\3,\2,', 'g'));
-- so is a header that names the EGDI and OSI columns the wrong way round
SELECT egov.import_un_csv(regexp_replace(:'csv2024', 'E-Government Index(.*)Online Service Index', 'Online Service Index\1E-Government Index'));
SELECT count(*) AS unchanged_2024
  FROM egov.survey_score AS s JOIN bundled_2024 AS b USING (iso3)
 WHERE s.survey_year = 2024 AND s.egdi = b.egdi AND s.osi = b.osi;

DROP EXTENSION egov;
