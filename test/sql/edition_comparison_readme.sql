-- The examples in doc/reference.md of egov.edition_comparison, as printed there.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT country, world_rank_from AS rank_2018, world_rank_to AS rank_2022, world_rank_change,
       level_from, level_to
  FROM egov.edition_comparison(2018, 2022)
 WHERE level_change <> 0 ORDER BY level_change, world_rank_change DESC LIMIT 4;
SELECT count(*) FILTER (WHERE level_change > 0) AS moved_up,
       count(*) FILTER (WHERE level_change < 0) AS moved_down
  FROM egov.edition_comparison(2018, 2022);
SELECT * FROM egov.edition_comparison(1999, 2022);

DROP EXTENSION egov;
