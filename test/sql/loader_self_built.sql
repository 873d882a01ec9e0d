-- Editions users build: the rank and EGDI columns are optional, an ISO3
-- column may name the country, an Assessed column says who was assessed,
-- header spellings vary, and another delimiter is a parameter.
CREATE EXTENSION egov;
\set VERBOSITY terse

-- no rank column: ranks are competition ranks of the EGDI
SELECT egov.import_un_csv(E'Year,Country,EGDI,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
  '2026,Denmark,0.9,0.9,0.9,0.9\n2026,Chad,0.2,0.2,0.2,0.2\n2026,Peru,0.5,0.5,0.5,0.5\n2026,Chile,0.5,0.5,0.5,0.5') AS no_rank;
SELECT country, egdi, world_rank, published_rank, level, assessed, provenance
  FROM egov.egdi_report WHERE survey_year = 2026 ORDER BY world_rank, country;

-- no EGDI column: egov computes it from the components (2026 weights)
SELECT egov.import_un_csv(E'Survey Year,ISO3,E-Government Development Index Rank,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
  '2027,DNK,1,0.91,0.92,0.93\n2027,TCD,3,0.11,0.12,0.13\n2027,PER,2,0.51,0.52,0.53') AS no_egdi;
SELECT country, egdi, world_rank, published_rank, level, provenance
  FROM egov.egdi_report WHERE survey_year = 2027 ORDER BY world_rank;

-- an Assessed column decides, not the rank: Chad was not assessed; an
-- empty cell applies the rule (an EGDI known and not 0)
SELECT egov.import_un_csv(E'Survey Year,Country Name,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index,Assessed\n'
  '2028,Denmark,0.9,0.9,0.9,yes\n2028,Chad,0.2,0.2,0.2,no\n2028,Peru,0.5,0.5,0.5,\n2028,Fiji,0,0,0,') AS assessed_column;
SELECT country, egdi, world_rank, assessed FROM egov.egdi_report WHERE survey_year = 2028 ORDER BY country;
SELECT egov.import_un_csv(E'Survey Year,Country Name,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index,Assessed\n'
  '2028,Denmark,0.9,0.9,0.9,maybe');

-- names as ISO3 codes, in the name column too
SELECT egov.import_un_csv(E'Survey Year,Country Name,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
  '2029,DNK,0.9,0.9,0.9\n2029,ken,0.5,0.5,0.5') AS codes;
SELECT iso3 FROM egov.survey_score WHERE survey_year = 2029 ORDER BY 1;
-- the unknown name is shown in the hint
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT egov.import_un_csv(E'Survey Year,Country Name,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
  '2029,Atlantis,0.9,0.9,0.9');
\set VERBOSITY terse
-- neither a name nor an ISO3 column
SELECT egov.import_un_csv(E'Survey Year,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n2029,0.9,0.9,0.9');

-- semicolons, CRLF and a byte-order mark: with the delimiter parameter it
-- loads; without, the message names the delimiter
SELECT E'\uFEFFSurvey Year;Country Name;E-Government Rank;E-Government Index;E-Participation Index;'
       'Online Service Index;Human Capital Index;Telecommunication Infrastructure Index\r\n'
       '2030;Denmark;1;0.9;0.9;0.9;0.9;0.9\r\n2030;"Korea, Republic of";2;0.8;0.8;0.8;0.8;0.8\r\n' AS semicolons \gset
SELECT egov.import_un_csv(:'semicolons', delimiter => ';') AS semicolons;
SELECT iso3, egdi_rank, egdi FROM egov.survey_score WHERE survey_year = 2030 ORDER BY 2;
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT egov.import_un_csv(:'semicolons');
SELECT egov.import_un_csv(E'Survey Year;Country Name;Online Service Index;Human Capital Index;Telecommunication Infrastructure Index\n2030;Denmark;0.9;0.9;0.9');

DROP EXTENSION egov;
