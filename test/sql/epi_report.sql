-- egov.epi_report and egov.epi_region_summary over the bundled editions.
CREATE EXTENSION egov;
\set VERBOSITY default

-- China 2020: EPI 0.9643, published EPI rank 9, shared with four countries
SELECT survey_year, iso3, country, epi, epi_level, epi_rank, region_epi_rank
FROM egov.epi_report WHERE iso3 = 'CHN' AND survey_year >= 2018 ORDER BY survey_year;
SELECT epi_rank, epi, string_agg(country, ', ' ORDER BY country) AS countries
FROM egov.epi_report WHERE survey_year = 2020 AND epi_rank <= 14
GROUP BY epi_rank, epi ORDER BY epi_rank;

-- ranks are competition ranks: 1 + the number of strictly higher EPIs of the
-- same edition (resp. region), computed here from egov.survey_score directly
SELECT r.survey_year, count(*) AS countries,
       count(*) FILTER (WHERE r.epi_rank <> 1 + (
           SELECT count(*) FROM egov.survey_score AS s
           WHERE s.survey_year = r.survey_year AND s.assessed AND s.epi > r.epi)) AS rank_mismatches,
       count(*) FILTER (WHERE r.region_epi_rank <> 1 + (
           SELECT count(*) FROM egov.survey_score AS s JOIN egov.country AS c USING (iso3)
           WHERE s.survey_year = r.survey_year AND s.assessed AND c.region = r.region
             AND s.epi > r.epi)) AS region_rank_mismatches,
       count(DISTINCT r.epi_rank) AS distinct_ranks,
       max(r.epi_rank) AS last_rank
FROM egov.epi_report AS r GROUP BY r.survey_year ORDER BY r.survey_year;

-- rows not assessed take no rank (2005: Montenegro and South Sudan unranked)
SELECT (SELECT count(*) FROM egov.survey_score WHERE survey_year = 2005) AS published_rows,
       (SELECT count(*) FROM egov.epi_report WHERE survey_year = 2005) AS ranked_rows,
       (SELECT count(*) FROM egov.epi_report AS r JOIN egov.survey_score AS s USING (survey_year, iso3)
        WHERE NOT s.assessed) AS unassessed_in_report;

-- EPI level counts per edition (EGDI bands), against a plain CASE
SELECT survey_year,
       count(*) FILTER (WHERE epi_level = 'Very High') AS very_high,
       count(*) FILTER (WHERE epi_level = 'High') AS high,
       count(*) FILTER (WHERE epi_level = 'Middle') AS middle,
       count(*) FILTER (WHERE epi_level = 'Low') AS low,
       count(*) FILTER (WHERE epi_level::text <> CASE WHEN epi >= 0.75 THEN 'Very High'
                                                     WHEN epi >= 0.50 THEN 'High'
                                                     WHEN epi >= 0.25 THEN 'Middle'
                                                     ELSE 'Low' END) AS case_mismatches
FROM egov.epi_report GROUP BY survey_year ORDER BY survey_year;

-- regional summary 2020 (means to 4 decimals), and its totals against the report
SELECT region, countries, round(mean_epi::numeric, 4) AS mean_epi, very_high, high, middle, low
FROM egov.epi_region_summary WHERE survey_year = 2020 ORDER BY region = 'World', mean_epi DESC;
SELECT g.survey_year, sum(g.countries) AS countries,
       sum(g.very_high + g.high + g.middle + g.low) AS level_total,
       bool_and(g.mean_epi = (SELECT round(avg(r.epi), 4) FROM egov.epi_report AS r
                              WHERE r.survey_year = g.survey_year AND r.region = g.region))
           AS means_agree
FROM egov.epi_region_summary AS g WHERE g.survey_year >= 2018 AND g.region <> 'World'
GROUP BY g.survey_year ORDER BY g.survey_year;
SELECT w.survey_year, w.countries, round(w.mean_epi::numeric, 4) AS world_mean_epi,
       w.very_high, w.high, w.middle, w.low
FROM egov.epi_region_summary AS w WHERE w.region = 'World' ORDER BY w.survey_year;

-- a user row joins the ranking at once (views, not stored ranks)
BEGIN;
UPDATE egov.survey_score SET epi = 1 WHERE survey_year = 2020 AND iso3 = 'CHN';
SELECT country, epi, epi_rank FROM egov.epi_report
WHERE survey_year = 2020 AND epi_rank <= 2 ORDER BY epi_rank, country;
ROLLBACK;

-- More values.
-- China 2020 has the published EPI rank 9
SELECT (SELECT epi_rank FROM egov.epi_report WHERE survey_year = 2020 AND iso3 = 'CHN') AS result;

-- the views' columns and types, and who may read them
\i test/sql/include/describe.sql
SELECT * FROM pg_temp.describe('egov.epi_report');
SELECT * FROM pg_temp.describe('egov.epi_region_summary');

DROP EXTENSION egov;
