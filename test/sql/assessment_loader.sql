-- CSV loaders for cities, indicator catalogues and assessments: the good
-- path, then every refusal with its SQLSTATE, with row counts proving that
-- a refused file stores nothing.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\set counts 'SELECT (SELECT count(*) FROM egov.assessment_edition) AS editions, (SELECT count(*) FROM egov.city) AS cities, (SELECT count(*) FROM egov.assessment_indicator) AS indicators, (SELECT count(*) FROM egov.assessment) AS assessments'

-- good files: country by ISO3 or by any known name; extra columns ignored;
-- header names case-insensitive; Population optional and may be empty
SELECT egov.import_cities($$Country,City,Population,Note
PRT,Lisboa,545000,capital
Brazil,São Paulo,,
"Côte d'Ivoire",Abidjan,4700000,
$$) AS cities;
SELECT iso3, name, population, synthetic FROM egov.city ORDER BY iso3, name;
SELECT egov.import_losi_indicators($$edition,index,year,code,criterion,description,max points
t-2024,LOSI,2024,IF1,Institutional framework,Strategy online,1
t-2024,LOSI,2024,CP1,Content provision,,1
t-2024,LOSI,2024,CP2,Content provision,Open data,2
$$) AS indicators;
SELECT edition, index_kind, survey_year, normalisation, decimals, synthetic FROM egov.assessment_edition;
SELECT code, criterion, description, max_points FROM egov.assessment_indicator ORDER BY code;
-- city spellings resolve to the stored one ("Sao Paulo" is "São Paulo")
SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,IF1,1
t-2024,PRT,Lisboa,CP1,1
t-2024,PRT,Lisboa,CP2,1.5
t-2024,BRA,Sao Paulo,IF1,0
t-2024,BRA,SAO  PAULO,CP1,1
t-2024,Brazil,São Paulo,CP2,2
t-2024,CIV,Abidjan,CP2,0
$$) AS assessments;
SELECT city, iso3, criteria, points, missing_indicators, losi, losi_level, losi_rank
FROM egov.losi_report ORDER BY losi_rank, city;
-- more indicators for an existing edition
SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2024,LOSI,2024,TE1,Technology,1
$$) AS added;
:counts;

-- Refusals.  pg_temp.try runs a statement and shows the SQLSTATE and the
-- message of the error it raises; the counts after each group prove that
-- nothing was stored.
\i test/sql/include/try.sql
-- assessments: unknown indicator (23503)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,1
t-2024,CIV,Abidjan,XX9,1
$$)$q$);
-- points above the indicator's maximum (22003)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,1
t-2024,CIV,Abidjan,CP1,2
$$)$q$);
-- negative points (22003)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,1
t-2024,CIV,Abidjan,CP1,-1
$$)$q$);
-- duplicate assessment in the file (23505), by another spelling of the city
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,1
t-2024,PRT,LISBOA,TE1,0
$$)$q$);
-- duplicate of a stored assessment (23505)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,1
t-2024,PRT,Lisboa,IF1,1
$$)$q$);
-- unknown city (23503), unknown country (23503), unknown edition (23503)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Porto,TE1,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,Atlantis,Poseidonia,TE1,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2023,PRT,Lisboa,TE1,1
$$)$q$);
-- not a number, NaN, empty points (22P02, 22P02, 22023); no city in a LOSI edition (22023)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,yes
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,NaN
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1,
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,,TE1,1
$$)$q$);
-- malformed CSV (22P02), wrong field count (22P02), missing column, empty text (22023)
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,"Lisboa,TE1,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-2024,PRT,Lisboa,TE1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Points
t-2024,PRT,Lisboa,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments('')$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments(NULL)$q$);
:counts;

-- indicators: duplicate code in the file and stored (23505), max points 0
-- (22003), mixed editions and a stored edition of another kind (22023), bad kind (22P02)
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2025,LOSI,2025,A1,Technology,1
t-2025,LOSI,2025,A1,Technology,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2024,LOSI,2024,IF1,Technology,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2025,LOSI,2025,A1,Technology,0
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2025,LOSI,2025,A1,Technology,1
t-2026,LOSI,2026,A2,Technology,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2024,OSI,2024,A1,Technology,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2025,EPI,2025,A1,Technology,1
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-2025,LOSI,2025,A1,,1
$$)$q$);
-- cities: duplicate in the file and stored (23505), unknown country (23503), bad population (22003)
SELECT pg_temp.try($q$SELECT egov.import_cities($$Country,City
ESP,Sevilla
ESP,SEVILLA
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_cities($$Country,City
Portugal,lisboa
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_cities($$Country,City
ZZZ,Nowhere
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_cities($$Country,City,Population
ESP,Sevilla,-3
$$)$q$);
SELECT pg_temp.try($q$SELECT egov.import_cities($$Country,City,Population
ESP,Sevilla,2.5
$$)$q$);
:counts;

-- an OSI edition: countries, no city
SELECT egov.import_losi_indicators($$Edition,Index,Year,Code,Criterion,Max Points
t-osi,OSI,2024,S1,Services provision,1
t-osi,OSI,2024,S2,Services provision,1
$$) AS osi_indicators;
SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-osi,Denmark,,S1,1
t-osi,DNK,,S2,1
t-osi,EST,,S1,1
t-osi,EST,,S2,0
t-osi,Chad,,S1,0
t-osi,Chad,,S2,0
$$) AS osi_assessments;
SELECT iso3, score, level, score_rank FROM egov.assessment_scores('t-osi') ORDER BY score_rank;
SELECT pg_temp.try($q$SELECT egov.import_losi_assessments($$Edition,Country,City,Indicator,Points
t-osi,FRA,Paris,S1,1
$$)$q$);

-- names are stored with every Unicode space a space and runs of spaces one
-- (no-break, thin, ideographic, tab), the same in every locale; a name of
-- spaces only is empty (22023)
SELECT egov.import_cities(E'Country,City\nMUS,Rose\u00A0Hill\nMUS,  Quatre\u2009\u2009Bornes\t\nMUS,Vacoas\u3000Phoenix\n') AS cities;
SELECT name, egov.visible_text(name) AS as_seen FROM egov.city WHERE iso3 = 'MUS' ORDER BY name;
SELECT egov.import_losi_indicators(E'Edition,Index,Year,Code,Criterion,Max Points\nt-space,LOSI,2024,c1,Content\u00A0\u00A0provision,1\n') AS indicators;
SELECT criterion, egov.visible_text(criterion) AS as_seen FROM egov.assessment_indicator WHERE edition = 't-space';
SELECT pg_temp.try($$SELECT egov.import_cities(E'Country,City\nMUS,\u00A0\u2009\n')$$);

-- a city name longer than the name index takes: 54000 with line and column,
-- not the index's own error; 300 characters load
SELECT pg_temp.try(format($$SELECT egov.import_cities(%L)$$, E'Country,City\nMUS,Curepipe\nMUS,' || repeat('Port Louis ', 900)));
SELECT egov.import_cities(E'Country,City\nMUS,' || repeat('x', 300)) AS long_city;

-- numbers are checked as written, then rounded to 15 decimals: points just
-- above a maximum of 1 exceed it, a maximum just above 0 is no maximum
SELECT egov.import_losi_indicators(E'Edition,Index,Year,Code,Criterion,Max Points\nt-round,LOSI,2024,r1,Services,1\n') AS indicators;
SELECT egov.import_cities(E'Country,City\nMUS,Mahebourg\n') AS cities;
SELECT pg_temp.try($$SELECT egov.import_losi_assessments(E'Edition,Country,City,Indicator,Points\nt-round,MUS,Mahebourg,r1,1.0000000000000002\n')$$);
SELECT pg_temp.try($$SELECT egov.import_losi_assessments(E'Edition,Country,City,Indicator,Points\nt-round,MUS,Mahebourg,r1,-1e-20\n')$$);
SELECT pg_temp.try($$SELECT egov.import_losi_indicators(E'Edition,Index,Year,Code,Criterion,Max Points\nt-round,LOSI,2024,r2,Services,1e-300\n')$$);
SELECT pg_temp.try($$SELECT egov.import_losi_indicators(E'Edition,Index,Year,Code,Criterion,Max Points\nt-round,LOSI,2024,r2,Services,-1e-300\n')$$);

DROP EXTENSION egov;
