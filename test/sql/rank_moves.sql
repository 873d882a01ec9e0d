-- egov.rank_drop_one and egov.egdi_next_step: what moves a rank.
CREATE EXTENSION egov;
\set VERBOSITY default
\i test/sql/include/try.sql

-- by hand: means of {3,1}, {2,2}, {1,3.5} are 2, 2, 2.25 (ranks 2, 2, 1);
-- without indicator 1 the ranks are 3, 2, 1, without indicator 2 they are
-- 1, 2, 3.  Row 4 has only indicator 2: nothing is left without it.
CREATE TEMP TABLE d (i int, x float8[]);
INSERT INTO d VALUES (1, '{3,1}'), (2, '{2,2}'), (3, '{1,3.5}'), (4, '{NULL,0.5}'), (5, NULL);
SELECT i, egov.rank_drop_one(x) OVER w AS drop_one,
       egov.rank_drop_one(x, '{3,1}') OVER w AS weighted,
       egov.rank_drop_one(x, NULL, 'rank', 'median') OVER w AS rank_median
FROM d WINDOW w AS () ORDER BY i;

-- EGDI 2022: each component's increase to the next group and class; an
-- increase put back into the components reaches the target EGDI
SELECT iso3, round(egdi, 4) AS egdi, level, rating_class, component, round(value::numeric, 4) AS value,
       round(to_next_level::numeric, 4) AS to_next_level, round(to_next_class::numeric, 4) AS to_next_class
FROM egov.egdi_next_step(2022) WHERE iso3 IN ('DNK', 'FIN', 'ALB', 'KEN') ORDER BY egdi DESC, iso3, component;
SELECT count(*) AS rows, count(DISTINCT iso3) AS countries,
       count(*) FILTER (WHERE to_next_level IS NULL AND level = 'Very High') AS top_group,
       bool_and(to_next_class <= to_next_level) FILTER (WHERE level <> 'Very High') AS class_before_group
FROM egov.egdi_next_step(2022);
-- the increase lands exactly on the group band
SELECT bool_and(abs(egov.egdi(s.osi::float8 + CASE n.component WHEN 'OSI' THEN n.to_next_level ELSE 0 END,
                              s.hci::float8 + CASE n.component WHEN 'HCI' THEN n.to_next_level ELSE 0 END,
                              s.tii::float8 + CASE n.component WHEN 'TII' THEN n.to_next_level ELSE 0 END)
                    - CASE n.level WHEN 'Low' THEN 0.25 WHEN 'Middle' THEN 0.5 ELSE 0.75 END) < 1e-12) AS lands_on_band
FROM egov.egdi_next_step(2022) AS n JOIN egov.survey_score AS s ON s.iso3 = n.iso3 AND s.survey_year = 2022
WHERE n.to_next_level > 0;
-- before 2020 there are no rating classes
SELECT count(to_next_class) AS classes_2018 FROM egov.egdi_next_step(2018);

SELECT pg_temp.try($$SELECT egov.rank_drop_one('{1,2}'::float8[], NULL, 'log') OVER ()$$);
SELECT pg_temp.try($$SELECT egov.rank_drop_one('{1,0}'::float8[], NULL, 'none', 'geometric_mean') OVER ()$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.egdi_next_step(1999)$$);
SELECT pg_temp.try($$SELECT egov.rank_drop_one(x, NULL, m) OVER () FROM (VALUES ('{1,2}'::float8[], 'none'), ('{2,1}', 'rank')) t(x, m)$$);

DROP EXTENSION egov;
