-- The bundled 2024 edition against the published 2024 results: group
-- counts 76/62/44/11, the regional and world means, every rank (2024 has no
-- ties), the rating classes, the three figures the survey's press release
-- names, and the comparison with 2022.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT survey_year, egdi_decimals, provenance, countries_assessed, bundled
  FROM egov.edition WHERE survey_year = 2024;
SELECT level, count(*) FROM egov.egdi_report
 WHERE survey_year = 2024 AND assessed GROUP BY level ORDER BY level DESC;

-- published means (UN E-Government Survey 2024): Europe 0.8493, Asia
-- 0.6990, Americas 0.6701, Oceania 0.5289, Africa 0.4247, world 0.6382
SELECT region, countries, mean_egdi, very_high, high, middle, low
  FROM egov.region_summary WHERE survey_year = 2024 ORDER BY mean_egdi DESC;

-- every rank as published, 1 to 193 without a tie
SELECT count(*) AS ranked, count(DISTINCT world_rank) AS distinct_ranks,
       min(world_rank), max(world_rank),
       count(*) FILTER (WHERE world_rank IS DISTINCT FROM published_rank) AS differ_from_published
  FROM egov.egdi_report WHERE survey_year = 2024 AND assessed;
SELECT world_rank, country, egdi, level, rating_class
  FROM egov.egdi_report
 WHERE survey_year = 2024 AND country IN ('Denmark', 'Estonia', 'Republic of Korea', 'China')
 ORDER BY world_rank;

-- rating classes by count: quarters of each group, larger first; VH holds
-- 19 (ranks 1-19: the press release names 18, see doc/methodology.md)
SELECT level, rating_class, count(*), max(egdi) AS highest, min(egdi) AS lowest
  FROM egov.egdi_report WHERE survey_year = 2024 AND assessed
 GROUP BY level, rating_class ORDER BY level DESC, highest DESC;
SELECT world_rank, country, egdi, rating_class
  FROM egov.egdi_report WHERE survey_year = 2024 AND world_rank BETWEEN 17 AND 21 ORDER BY world_rank;

-- 2022 to 2024: the largest moves, the group changes
SELECT count(*) AS countries, count(*) FILTER (WHERE level_change > 0) AS up_a_group,
       count(*) FILTER (WHERE level_change < 0) AS down_a_group,
       sum(world_rank_change) FILTER (WHERE world_rank_change > 0) AS places_gained
  FROM egov.edition_comparison(2022, 2024);
(SELECT country, world_rank_from, world_rank_to, world_rank_change, level_from, level_to
   FROM egov.edition_comparison(2022, 2024) ORDER BY world_rank_change DESC, country LIMIT 3)
UNION ALL
(SELECT country, world_rank_from, world_rank_to, world_rank_change, level_from, level_to
   FROM egov.edition_comparison(2022, 2024) ORDER BY world_rank_change, country LIMIT 3);
SELECT country, world_rank_from, world_rank_to, level_from, level_to, rating_class_from, rating_class_to
  FROM egov.edition_comparison(2022, 2024) WHERE world_rank_to <= 5 ORDER BY world_rank_to;

DROP EXTENSION egov;
