-- The README's examples of the composite methods, edition comparison and
-- rank uncertainty, as printed there.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 2]) OVER ()
  FROM (VALUES (1.0, 10.0), (2, 30), (3, 20)) AS t(a, b);
SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 3], 'mean', minmax => false) OVER ()
  FROM (VALUES (0.25, 0.75), (0.5, 0.125), (1, 1)) AS t(a, b);
SELECT round((egov.composite(arr, method => 'geometric_mean') OVER () * 7)::numeric, 12) AS times_7
  FROM (VALUES (ARRAY[1, 1]::float8[]), (ARRAY[1, 4]), (ARRAY[4, 4]), (ARRAY[4, 16])) AS t(arr);
CREATE TEMP TABLE t AS SELECT g, a, b
  FROM (VALUES (1, 0.0, 3.0), (1, 1, 1), (1, 2, 2), (2, 5, 5), (2, 6, 9)) AS v(g, a, b);
SELECT egov.composite(ARRAY[1 + 99 * ma, 1 + 99 * mb], method => 'geometric_mean') OVER w
  FROM (SELECT g, egov.minmax(a) OVER w AS ma, egov.minmax(b) OVER w AS mb
          FROM t WINDOW w AS (PARTITION BY g)) AS s
WINDOW w AS (PARTITION BY g);
SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 3], 'mean', false, 'reweight') OVER ()
  FROM (VALUES (1.0, 5.0), (3, NULL), (NULL, NULL)) AS t(a, b);
SELECT egov.composite(ARRAY[a, b], missing => 'error') OVER ()
  FROM (VALUES (1.0, 5.0), (2, 4), (3, 3), (4, 1), (5, NULL)) AS t(a, b);

SELECT c.name AS country, s.egdi_rank AS published_rank,
       (egov.rank_uncertainty(s.osi, s.hci, s.tii) OVER (PARTITION BY s.survey_year)).*
  FROM egov.survey_score AS s JOIN egov.country AS c USING (iso3)
 WHERE s.survey_year = 2022 AND s.assessed
 ORDER BY s.egdi_rank, country LIMIT 3;
SELECT country, published_rank, median_rank, rank_p05, rank_p95
  FROM egov.rank_uncertainty_edition(2018, draws => 5000, weight_spread => 0.15, seed => 42)
 LIMIT 3;

SELECT country, world_rank_from AS rank_2018, world_rank_to AS rank_2022, world_rank_change,
       level_from, level_to
  FROM egov.edition_comparison(2018, 2022)
 WHERE level_change <> 0 ORDER BY level_change, world_rank_change DESC LIMIT 4;
SELECT count(*) FILTER (WHERE level_change > 0) AS moved_up,
       count(*) FILTER (WHERE level_change < 0) AS moved_down
  FROM egov.edition_comparison(2018, 2022);
SELECT * FROM egov.edition_comparison(1999, 2022);

DROP EXTENSION egov;
