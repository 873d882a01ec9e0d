-- The groups and rating classes of an edition follow its row of
-- egov.edition_method (bands very_high, high, middle; rule rating_classes):
-- egov.egdi_level, egov.epi_level and egov.rating_class with a survey year
-- read it, and so do the views.  A hypothetical edition 2099 with the bands
-- 0.8 / 0.55 / 0.3 puts its countries in other groups than the standard
-- bands would; changing its row changes them, deleting it reverts them to
-- the latest edition's method.  The bundled editions, all on the standard
-- bands, keep the groups and classes of the IMMUTABLE forms.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

-- every bundled edition: the views' groups and classes are those of the
-- one-argument (standard-band) forms
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE level IS DISTINCT FROM
                              CASE WHEN assessed THEN egov.egdi_level(egdi::float8) END) AS other_level,
       count(*) FILTER (WHERE rating_class IS DISTINCT FROM standard_class) AS other_class
  FROM (SELECT r.*, CASE WHEN survey_year >= 2020 THEN
                    egov.rating_class(CASE WHEN assessed THEN egdi::float8 END)
                        OVER (PARTITION BY survey_year) END AS standard_class
          FROM egov.egdi_report AS r) AS r;

-- edition 2099: its method first, then its file (components equal to the
-- EGDI but Sweden's, 0.95, 0.79 and 0.63)
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight,
                                 very_high, high, middle, decimals, rating_classes)
VALUES (2099, 1, 1, 1, 0.8, 0.55, 0.3, 4, 'quarters by count');
SELECT egov.import_un_csv(
  'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'
  || string_agg(format(E'\n2099,%s,%s,%s,0.5,%s,%s,%s', country, rank, egdi,
                       egdi + CASE country WHEN 'Sweden' THEN 0.16 ELSE 0 END, egdi,
                       egdi - CASE country WHEN 'Sweden' THEN 0.16 ELSE 0 END), '' ORDER BY rank))
    AS stored
  FROM (VALUES (1, 'Denmark', 0.95), (2, 'Estonia', 0.85), (3, 'Finland', 0.80),
               (4, 'Sweden', 0.79), (5, 'Chile', 0.76), (6, 'Brazil', 0.60),
               (7, 'India', 0.55), (8, 'Kenya', 0.52), (9, 'Nepal', 0.40),
               (10, 'Ghana', 0.30), (11, 'Chad', 0.27), (12, 'Somalia', 0.10)) AS f(rank, country, egdi);

-- group and class by the row, beside the standard bands' group
CREATE TEMP VIEW edition_2099 AS
SELECT r.country, r.egdi, r.level, egov.egdi_level(r.egdi::float8) AS standard_level,
       r.rating_class, e.epi_level
  FROM egov.egdi_report AS r
  LEFT JOIN egov.epi_report AS e USING (survey_year, iso3)
 WHERE r.survey_year = 2099;
SELECT * FROM edition_2099 ORDER BY egdi DESC;
SELECT level, countries FROM egov.level_summary WHERE survey_year = 2099 ORDER BY level;
SELECT very_high, high, middle, low FROM egov.region_summary
 WHERE survey_year = 2099 AND region = 'World';
SELECT group_code, very_high, high, middle, low FROM egov.group_summary
 WHERE survey_year = 2099 ORDER BY group_code;
SELECT country, level_from, level_to, level_change, rating_class_from, rating_class_to
  FROM egov.edition_comparison(2024, 2099) WHERE country IN ('Estonia', 'Chile', 'Ghana')
 ORDER BY country;
-- the rank-uncertainty report's groups: Sweden's draws around 0.79 cross
-- 0.8, the edition's Very High band, though never the standard 0.75
CREATE TEMP VIEW sweden_2099 AS
SELECT country, published_rank, share_in_same_level < 1 AS changes_group
  FROM egov.rank_uncertainty_edition(2099, 200, 0.1) WHERE country = 'Sweden';
SELECT * FROM sweden_2099;
-- what moves a rank: Sweden, High on these bands, reaches Very High at the
-- edition's 0.8 (not the standard 0.75)
SELECT n.component, n.level, round(n.to_next_level::numeric, 6) AS to_next_level,
       round((egov.egdi(s.osi::float8, s.hci::float8, s.tii::float8) + n.to_next_level / 3)::numeric, 6) AS reaches
  FROM egov.egdi_next_step(2099) AS n
  JOIN egov.survey_score AS s ON s.iso3 = n.iso3 AND s.survey_year = 2099
 WHERE n.iso3 = 'SWE' ORDER BY n.component;

-- the functions directly; 2098 has no row and takes the latest, 2099's
SELECT egov.egdi_level(0.79, 2099) AS y2099, egov.egdi_level(0.79, 2098) AS y2098,
       egov.egdi_level(0.79, 2024) AS y2024, egov.egdi_level(0.79) AS standard,
       egov.egdi_level(0.79, 0.8, 0.55, 0.3) AS explicit_bands,
       egov.epi_level(0.3, 2099) AS epi_2099, egov.epi_level(0.3) AS epi_standard;
-- each boundary belongs to the group above
SELECT b AS score, egov.egdi_level(b, 2099) AS by_row, egov.egdi_level(b, 0.8, 0.55, 0.3) AS explicit_bands
  FROM pg_catalog.unnest(ARRAY[0.29999, 0.3, 0.54999, 0.55, 0.79999, 0.8]::float8[]) AS b;

-- changing the row changes the groups, in the same transaction too
BEGIN;
UPDATE egov.edition_method SET very_high = 0.9, high = 0.5, middle = 0.2 WHERE survey_year = 2099;
SELECT country, egdi, level, rating_class FROM edition_2099 WHERE country IN ('Estonia', 'Kenya', 'Chad')
 ORDER BY egdi DESC;
COMMIT;
-- an edition without rating classes has none
UPDATE egov.edition_method SET rating_classes = NULL WHERE survey_year = 2099;
SELECT count(*) AS countries, count(rating_class) AS with_class FROM edition_2099;
-- the standard bands: the standard groups again
UPDATE egov.edition_method SET very_high = 0.75, high = 0.50, middle = 0.25,
                               rating_classes = 'quarters by count' WHERE survey_year = 2099;
SELECT count(*) FILTER (WHERE level = standard_level) AS standard_groups,
       count(*) FILTER (WHERE level <> standard_level) AS other_groups FROM edition_2099;
-- back to 0.8 / 0.55 / 0.3, then the row deleted: 2024's method (standard) applies
UPDATE egov.edition_method SET very_high = 0.8, high = 0.55, middle = 0.3 WHERE survey_year = 2099;
SELECT count(*) FILTER (WHERE level <> standard_level) AS other_groups FROM edition_2099;
DELETE FROM egov.edition_method WHERE survey_year = 2099;
SELECT count(*) FILTER (WHERE level <> standard_level) AS other_groups,
       count(rating_class) AS with_class FROM edition_2099;
SELECT * FROM edition_2099 WHERE country IN ('Finland', 'Sweden') ORDER BY egdi DESC;
SELECT * FROM sweden_2099;

-- the bands and rules the table admits
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, very_high) VALUES (2099, 1, 1, 1, 1.1);
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, middle) VALUES (2099, 1, 1, 1, 0);
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, high, middle) VALUES (2099, 1, 1, 1, 0.5, 0.5);
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, rating_classes) VALUES (2099, 1, 1, 1, 'thirds by count');
-- the top band may be 1: only a perfect score is Very High
INSERT INTO egov.edition_method (survey_year, osi_weight, hci_weight, tii_weight, very_high) VALUES (2099, 1, 1, 1, 1);
SELECT egov.egdi_level(0.99999, 2099) AS below_1, egov.egdi_level(1, 2099) AS at_1;
DELETE FROM egov.edition_method WHERE survey_year = 2099;

-- errors
SELECT pg_temp.try($$SELECT egov.egdi_level(0.5, 0.5, 0.5, 0.25)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(0.5, 1.5, 0.5, 0.25)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(0.5, 'NaN', 0.5, 0.25)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(0.5, 0.75, 0.5, 0)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(1.5, 0.75, 0.5, 0.25)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(1.5, 2024)$$);
SELECT pg_temp.try($$SELECT egov.egdi_level(0.5, 2000)$$);
SELECT pg_temp.try($$SELECT egov.epi_level('NaN', 2024)$$);
SELECT pg_temp.try($$SELECT egov.rating_class(e, y) OVER () FROM (VALUES (0.5, 2024), (0.6, 2022)) AS t(e, y)$$);
SELECT pg_temp.try($$SELECT egov.rating_class(e, y) OVER () FROM (VALUES (0.5, NULL::int)) AS t(e, y)$$);
SELECT pg_temp.try($$SELECT egov.rating_class(0.5, 2000) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.rating_class(1.5, 2024) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, very_high => 0.5) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, middle => m) OVER () FROM (VALUES (0.2), (0.3)) AS t(m)$$);
-- an edition without rating classes gives NULL without reading its EGDIs
SELECT egov.rating_class(e, 2018) OVER () FROM (VALUES (0.5), (1.5)) AS t(e);

-- STABLE where a table is read, IMMUTABLE with the bands as arguments
SELECT p.oid::regprocedure AS function, p.provolatile
  FROM pg_proc AS p
 WHERE p.oid IN ('egov.egdi_level(float8)'::regprocedure, 'egov.egdi_level(float8, int)'::regprocedure,
                 'egov.egdi_level(float8, float8, float8, float8)'::regprocedure,
                 'egov.epi_level(float8, int)'::regprocedure, 'egov.rating_class(float8)'::regprocedure,
                 'egov.rating_class(float8, int)'::regprocedure)
 ORDER BY p.proname, p.pronargs;
CREATE TEMP TABLE mine (egdi float8,
                        level egov.level GENERATED ALWAYS AS (egov.egdi_level(egdi, 0.8, 0.55, 0.3)) STORED);
INSERT INTO mine VALUES (0.79);
SELECT * FROM mine;
CREATE TEMP TABLE not_mine (egdi float8, level egov.level GENERATED ALWAYS AS (egov.egdi_level(egdi, 2024)) STORED);
DROP TABLE mine;
DROP VIEW edition_2099, sweden_2099;

DROP EXTENSION egov;
