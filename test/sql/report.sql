-- egov.egdi_report, egov.level_summary, egov.region_summary against the
-- published tables, and against plain SQL over egov.survey_score.
CREATE EXTENSION egov;

-- one report row per stored score (11 editions of 193), four groups per
-- edition, five regions and the world per edition
SELECT (SELECT count(*) FROM egov.egdi_report) AS report_rows,
       (SELECT count(*) FROM egov.level_summary) AS level_rows,
       (SELECT count(*) FROM egov.region_summary) AS region_rows;

-- World rank = published rank for every assessed country of every edition,
-- except where 2020 broke a tie with unpublished precision: those rows are
-- listed (each pair shares its published EGDI).
SELECT survey_year, count(*) FILTER (WHERE assessed) AS assessed,
       count(*) FILTER (WHERE world_rank IS DISTINCT FROM published_rank AND assessed) AS rank_differs
  FROM egov.egdi_report GROUP BY 1 ORDER BY 1;
SELECT survey_year, country, egdi, world_rank, published_rank
  FROM egov.egdi_report
 WHERE (survey_year, egdi) IN (SELECT survey_year, egdi FROM egov.egdi_report
                                WHERE assessed AND world_rank <> published_rank)
 ORDER BY survey_year, published_rank;
-- other published ties share a rank (2018 Serbia/Slovakia, 2022 Iceland/Sweden)
SELECT survey_year, country, egdi, world_rank, published_rank
  FROM egov.egdi_report
 WHERE survey_year IN (2018, 2022) AND iso3 IN ('SRB', 'SVK', 'ISL', 'SWE')
 ORDER BY 1, 4, 2;

-- Group counts (published: 2016 29/65/67/32, 2018 40/71/66/16,
-- 2020 57/69/59/8, 2022 60/73/53/7).
SELECT survey_year,
       string_agg(countries::text, '/' ORDER BY level DESC) AS "VH/H/M/L",
       sum(share) AS share_sum,   -- 4 shares of 4 decimals: 1 within 2e-4
       abs(sum(share) - 1) <= 0.0002 AS sums_to_1
  FROM egov.level_summary WHERE survey_year >= 2016 GROUP BY 1 ORDER BY 1;

-- Regional and world means (published to 4 dp); any mismatch is listed.
WITH published (survey_year, region, mean_egdi) AS (VALUES
  (2018, 'Europe', 0.7727), (2018, 'Americas', 0.5898), (2018, 'Asia', 0.5779),
  (2018, 'Oceania', 0.4611), (2018, 'Africa', 0.3423),
  (2020, 'Europe', 0.8170), (2020, 'Asia', 0.6373), (2020, 'Americas', 0.6341),
  (2020, 'Oceania', 0.5106), (2020, 'Africa', 0.3914),
  (2024, 'Europe', 0.8493), (2024, 'Asia', 0.6990), (2024, 'Americas', 0.6701),
  (2024, 'Oceania', 0.5289), (2024, 'Africa', 0.4247),
  (2014, 'World', 0.4712), (2018, 'World', 0.5491), (2020, 'World', 0.5988), (2024, 'World', 0.6382))
SELECT p.survey_year, p.region, p.mean_egdi AS published,
       round(s.mean_egdi::numeric, 4) AS computed,
       round(s.mean_egdi::numeric, 4) = p.mean_egdi AS equal
  FROM published p LEFT JOIN egov.region_summary s USING (survey_year, region)
 ORDER BY 1, 3 DESC;
SELECT survey_year, region, countries, round(mean_egdi::numeric, 4) AS mean_egdi,
       round(mean_osi::numeric, 4) AS mean_osi, round(mean_hci::numeric, 4) AS mean_hci,
       round(mean_tii::numeric, 4) AS mean_tii, very_high, high, middle, low
  FROM egov.region_summary WHERE survey_year = 2022 ORDER BY mean_egdi DESC;

-- Single facts.
SELECT survey_year, country, egdi, world_rank, level, rating_class, rank_change, level_change
  FROM egov.egdi_report
 WHERE (iso3 = 'CHN' AND survey_year IN (2018, 2020)) OR (iso3 = 'DNK' AND survey_year = 2020)
 ORDER BY 2, 1;
-- 2022: the 15 highest of the 60 Very High countries are VH (Denmark ... Malta)
SELECT rating_class, count(*), min(egdi), max(egdi),
       string_agg(country, ', ' ORDER BY world_rank, country) FILTER (WHERE rating_class = 'VH') AS vh
  FROM egov.egdi_report WHERE survey_year = 2022 AND level = 'Very High'
 GROUP BY 1 ORDER BY 1 DESC;
SELECT count(*) AS classes_before_2020 FROM egov.egdi_report
 WHERE survey_year < 2020 AND rating_class IS NOT NULL;

-- Not assessed rows are listed but rank, group and class nothing.
SELECT survey_year, iso3, egdi, published_rank, world_rank, level, rating_class, assessed
  FROM egov.egdi_report WHERE NOT assessed AND survey_year >= 2005 ORDER BY 1, 2;

-- The published EGDI follows from the published components (edition
-- weights) within 1e-4, except the two flagged 2008 source errors.
SELECT survey_year, country, egdi, round(egdi_computed::numeric, 6) AS computed, source_note
  FROM egov.egdi_report
 WHERE assessed AND abs(egdi - egdi_computed::numeric) > 1e-4 ORDER BY 1, 2;
SELECT count(*) AS not_computed FROM egov.egdi_report WHERE egdi_computed IS NULL;

-- Against plain SQL over survey_score: ranks, regional ranks, changes.
WITH s AS (
  SELECT s.*, c.region, c.subregion,
         rank() OVER (PARTITION BY survey_year ORDER BY egdi DESC) AS wr,
         rank() OVER (PARTITION BY survey_year, region ORDER BY egdi DESC) AS rr,
         rank() OVER (PARTITION BY survey_year, subregion ORDER BY egdi DESC) AS sr
    FROM egov.survey_score s JOIN egov.country c USING (iso3) WHERE assessed),
c AS (
  SELECT s.*, lag(wr) OVER (PARTITION BY iso3 ORDER BY survey_year) - wr AS ch FROM s)
SELECT count(*) AS rows_compared,
       count(*) FILTER (WHERE r.world_rank IS DISTINCT FROM c.wr
                           OR r.region_rank IS DISTINCT FROM c.rr
                           OR r.subregion_rank IS DISTINCT FROM c.sr
                           OR r.rank_change IS DISTINCT FROM c.ch) AS differ
  FROM c JOIN egov.egdi_report r USING (survey_year, iso3);
-- region_summary against avg() and count(): the means to 4 decimals
SELECT count(*) AS differ FROM (
  SELECT survey_year, coalesce(region, 'World') AS region, count(*) AS n,
         avg(egdi) AS m, avg(osi) AS o, avg(hci) AS h, avg(tii) AS t,
         count(*) FILTER (WHERE egdi >= 0.75) AS vh, count(*) FILTER (WHERE egdi < 0.25) AS lo
    FROM egov.survey_score JOIN egov.country USING (iso3) WHERE assessed
   GROUP BY GROUPING SETS ((survey_year, region), (survey_year))) p
  JOIN egov.region_summary s USING (survey_year, region)
 WHERE s.countries <> p.n OR s.mean_egdi <> round(p.m, 4)
    OR s.mean_osi <> round(p.o, 4) OR s.mean_hci <> round(p.h, 4)
    OR s.mean_tii <> round(p.t, 4) OR s.very_high <> p.vh OR s.low <> p.lo;
SELECT count(*) AS summary_rows FROM egov.region_summary;

-- A user edition without a published EGDI: the view computes it with the
-- edition's weights and precision, and ranks it.
SELECT egov.import_un_csv(E'Survey Year,Country Name,E-Government Rank,E-Government Index,'
  'E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
  '2024,Denmark,1,,0.9,0.99,0.96,1.0\n'
  '2024,Estonia,2,,0.9,0.98,0.95,0.98813\n'
  '2024,Chad,3,,0.1,0.1,0.2,0.1\n'
  '2024,Peru,4,0,0,0,0,0\n');
SELECT survey_year, country, egdi, round(egdi_computed::numeric, 8) AS egdi_computed, level,
       rating_class, world_rank, region_rank, rank_change, level_change, assessed
  FROM egov.egdi_report WHERE survey_year = 2024 ORDER BY world_rank NULLS LAST;
SELECT * FROM egov.region_summary WHERE survey_year = 2024 ORDER BY region;
SELECT * FROM egov.level_summary WHERE survey_year = 2024 ORDER BY level;

-- the views' columns and types (BI tools read them), and who may read them
\i test/sql/include/describe.sql
SELECT * FROM pg_temp.describe('egov.egdi_report');
SELECT * FROM pg_temp.describe('egov.level_summary');
SELECT * FROM pg_temp.describe('egov.region_summary');

DROP EXTENSION egov;
