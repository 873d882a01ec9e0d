-- The synthetic example edition (SYNTHETIC: fictitious cities, random
-- points; data/example-losi/generate.py), its report, and the report
-- checked against the same figures computed in plain SQL.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- not loaded by CREATE EXTENSION
SELECT count(*) AS editions_before FROM egov.assessment_edition;
SELECT egov.load_losi_example() AS assessments;
SELECT edition, index_kind, survey_year, normalisation, decimals, synthetic, description
FROM egov.assessment_edition;
SELECT (SELECT count(*) FROM egov.city WHERE synthetic) AS synthetic_cities,
       (SELECT count(*) FROM egov.city WHERE population IS NULL) AS population_unknown,
       (SELECT count(*) FROM egov.assessment_indicator) AS indicators,
       (SELECT count(DISTINCT points) FROM egov.assessment) AS distinct_points;
SELECT criterion, count(*) AS indicators, sum(max_points) AS points_possible
FROM egov.assessment_indicator GROUP BY criterion ORDER BY min(code);
-- a second load is refused and changes nothing
SELECT egov.load_losi_example();
SELECT count(*) AS assessments_after FROM egov.assessment;
-- what the scoring function and the tables refuse, each with its SQLSTATE
\i test/sql/include/try.sql
SELECT pg_temp.try($$SELECT * FROM egov.assessment_scores('nope')$$) AS unknown_edition;
SELECT pg_temp.try($$SELECT * FROM egov.assessment_scores(NULL)$$) AS null_edition;
SELECT pg_temp.try($$INSERT INTO egov.assessment
                     VALUES ('example-losi-2022', 'HND', 'Example City 001', 'IF01', 1)
                     RETURNING points$$) AS duplicate_assessment;
SELECT pg_temp.try($$UPDATE egov.assessment SET points = 2 WHERE edition = 'example-losi-2022'
                     AND city = 'Example City 001' AND indicator = 'IF01' RETURNING points$$)
       AS above_maximum;
SELECT pg_temp.try($$UPDATE egov.assessment SET points = -1 WHERE edition = 'example-losi-2022'
                     AND city = 'Example City 001' AND indicator = 'IF01' RETURNING points$$)
       AS negative_points;
-- every city of the report is synthetic, ranks start at 1, LOSI lies in [0, 1]
SELECT count(*) FILTER (WHERE synthetic) AS synthetic_cities,
       count(*) FILTER (WHERE NOT synthetic) AS real_cities,
       min(losi_rank) AS first_rank, bool_and(losi BETWEEN 0 AND 1) AS losi_in_unit_interval
FROM egov.losi_report;

-- the city report: top ten, ties sharing a rank
SELECT losi_rank, city, country, points, losi, losi_level, country_rank
FROM egov.losi_report ORDER BY losi_rank, city LIMIT 10;
SELECT city, criteria FROM egov.losi_report WHERE losi_rank = 1;
-- countries with two example cities: rank within the country
SELECT country, city, losi, losi_rank, country_rank
FROM egov.losi_report
WHERE iso3 IN (SELECT iso3 FROM egov.city WHERE synthetic GROUP BY iso3 HAVING count(*) > 1)
ORDER BY country, country_rank, city;
SELECT losi_level, count(*) AS cities, min(losi), max(losi)
FROM egov.losi_report GROUP BY losi_level ORDER BY losi_level DESC;
SELECT criterion, indicators, points_possible, cities, mean_sub_score, min_sub_score, max_sub_score
FROM egov.losi_criterion_summary ORDER BY criterion;

-- reference in plain SQL, straight from egov.assessment
WITH ref_city AS (
    SELECT a.iso3, a.city, sum(a.points) AS points,
           round(sum(a.points) / 86, 4) AS losi
    FROM egov.assessment AS a GROUP BY a.iso3, a.city
), ref AS (
    SELECT r.*, 1 + (SELECT count(*) FROM ref_city AS o WHERE o.losi > r.losi) AS losi_rank,
           1 + (SELECT count(*) FROM ref_city AS o WHERE o.iso3 = r.iso3 AND o.losi > r.losi) AS country_rank,
           CASE WHEN r.losi >= 0.75 THEN 'Very High' WHEN r.losi >= 0.5 THEN 'High'
                WHEN r.losi >= 0.25 THEN 'Middle' ELSE 'Low' END AS losi_level
    FROM ref_city AS r
)
SELECT count(*) AS cities,
       count(*) FILTER (WHERE rep.losi IS DISTINCT FROM ref.losi) AS losi_mismatches,
       count(*) FILTER (WHERE rep.points IS DISTINCT FROM ref.points) AS points_mismatches,
       count(*) FILTER (WHERE rep.losi_rank IS DISTINCT FROM ref.losi_rank::integer) AS rank_mismatches,
       count(*) FILTER (WHERE rep.country_rank IS DISTINCT FROM ref.country_rank::integer) AS country_rank_mismatches,
       count(*) FILTER (WHERE rep.losi_level::text IS DISTINCT FROM ref.losi_level) AS level_mismatches,
       count(DISTINCT rep.losi_rank) AS distinct_ranks
FROM ref FULL JOIN egov.losi_report AS rep USING (iso3, city);

WITH ref_sub AS (
    SELECT a.iso3, a.city, i.criterion, round(sum(a.points) / count(*), 4) AS sub_score
    FROM egov.assessment AS a
    JOIN egov.assessment_indicator AS i ON i.edition = a.edition AND i.code = a.indicator
    GROUP BY a.iso3, a.city, i.criterion
)
SELECT count(*) AS city_criteria,
       count(*) FILTER (WHERE (rep.criteria ->> ref.criterion)::numeric IS DISTINCT FROM ref.sub_score)
           AS sub_score_mismatches
FROM ref_sub AS ref JOIN egov.losi_report AS rep USING (iso3, city);

-- dropping the example: the edition cascades to its catalogue and points
DELETE FROM egov.assessment_edition WHERE edition = 'example-losi-2022';
DELETE FROM egov.city WHERE synthetic;
SELECT (SELECT count(*) FROM egov.assessment) AS assessments,
       (SELECT count(*) FROM egov.city) AS cities;

-- the views' columns and types, and who may read them
\i test/sql/include/describe.sql
SELECT * FROM pg_temp.describe('egov.losi_report');
SELECT * FROM pg_temp.describe('egov.losi_criterion_summary');

DROP EXTENSION egov;
