-- egov.edition_comparison(from_year, to_year) and
-- egov.rank_uncertainty_edition(edition, draws, weight_spread, seed).
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- 2018 -> 2022: countries that moved up and down an EGDI group, from the
-- function and from a plain self-join of egov.egdi_report; they must agree
WITH f AS (
	SELECT count(*) FILTER (WHERE level_change > 0) AS up,
		   count(*) FILTER (WHERE level_change < 0) AS down,
		   count(*) FILTER (WHERE level_change = 0) AS same,
		   count(*) FILTER (WHERE level_from IS NULL) AS new,
		   count(*) FILTER (WHERE level_to IS NULL) AS gone
	  FROM egov.edition_comparison(2018, 2022)
), plain AS (
	SELECT count(*) FILTER (WHERE b.level > a.level) AS up,
		   count(*) FILTER (WHERE b.level < a.level) AS down,
		   count(*) FILTER (WHERE b.level = a.level) AS same
	  FROM egov.egdi_report AS a
	  JOIN egov.egdi_report AS b ON b.iso3 = a.iso3
	 WHERE a.survey_year = 2018 AND a.assessed AND b.survey_year = 2022 AND b.assessed
)
SELECT f.up, f.down, f.same, f.new, f.gone,
	   (f.up, f.down, f.same) = (p.up, p.down, p.same) AS agrees_with_plain_sql
  FROM f, plain AS p;

-- every column against the self-join, for every country (no row differs)
SELECT count(*) AS countries,
	   count(*) FILTER (WHERE (c.egdi_from, c.egdi_to, c.egdi_change,
							   c.world_rank_from, c.world_rank_to, c.world_rank_change,
							   c.region_rank_from, c.region_rank_to, c.region_rank_change,
							   c.rating_class_from, c.rating_class_to)
							  IS DISTINCT FROM
							  (a.egdi, b.egdi, b.egdi - a.egdi,
							   a.world_rank, b.world_rank, a.world_rank - b.world_rank,
							   a.region_rank, b.region_rank, a.region_rank - b.region_rank,
							   a.rating_class, b.rating_class)) AS differ
  FROM egov.edition_comparison(2018, 2022) AS c
  JOIN egov.egdi_report AS a ON a.iso3 = c.iso3 AND a.survey_year = 2018
  JOIN egov.egdi_report AS b ON b.iso3 = c.iso3 AND b.survey_year = 2022;

-- the top five of 2022 since 2020; biggest climbers 2018 -> 2022
SELECT iso3, country, egdi_from, egdi_to, egdi_change, world_rank_from, world_rank_to,
	   world_rank_change, level_from, level_to, rating_class_from, rating_class_to
  FROM egov.edition_comparison(2020, 2022) LIMIT 5;
SELECT country, region, world_rank_from, world_rank_to, world_rank_change,
	   region_rank_change, level_from, level_to, level_change
  FROM egov.edition_comparison(2018, 2022)
 ORDER BY world_rank_change DESC NULLS LAST, country LIMIT 5;

-- a country assessed in only one of the editions: NULLs on the other side
SELECT iso3, egdi_from, egdi_to, world_rank_change, level_change
  FROM egov.edition_comparison(2003, 2022)
 WHERE egdi_from IS NULL OR egdi_to IS NULL ORDER BY iso3;

-- either order; the same year twice gives no change
SELECT count(*) FILTER (WHERE c.level_change = -r.level_change) AS mirrored, count(*)
  FROM egov.edition_comparison(2018, 2022) AS c
  JOIN egov.edition_comparison(2022, 2018) AS r USING (iso3);
SELECT count(*), max(abs(world_rank_change)), max(abs(egdi_change))
  FROM egov.edition_comparison(2022, 2022);

-- errors and NULLs
SELECT * FROM egov.edition_comparison(1999, 2022);
SELECT * FROM egov.edition_comparison(2018, 2023);
SELECT count(*) FROM egov.edition_comparison(NULL, 2022);

-- rank uncertainty for one edition: the defaults reproduce the view ...
SELECT count(*) AS countries,
	   count(*) FILTER (WHERE (e.published_rank, e.median_rank, e.rank_p05, e.rank_p95,
							   e.share_in_same_level)
							  IS DISTINCT FROM
							  (v.published_rank, v.median_rank, v.rank_p05, v.rank_p95,
							   v.share_in_same_level)) AS differ
  FROM egov.rank_uncertainty_edition(2024) AS e
  JOIN egov.rank_uncertainty_report AS v USING (survey_year, iso3);
-- ... and equal the window function called directly, for another edition
-- (ranked at its published precision, 4 decimals)
SELECT count(*) AS countries,
	   count(*) FILTER (WHERE (e.median_rank, e.rank_p05, e.rank_p95, e.share_in_same_level)
							  IS DISTINCT FROM
							  ((d.u).median_rank, (d.u).rank_p05, (d.u).rank_p95,
							   (d.u).share_in_same_level)) AS differ
  FROM egov.rank_uncertainty_edition(2018, draws => 200, weight_spread => 0.2, seed => 7) AS e
  JOIN (SELECT iso3, egov.rank_uncertainty(osi::float8, hci::float8, tii::float8, 200, 0.2, 7, 4)
						 OVER (PARTITION BY survey_year) AS u
		  FROM egov.survey_score WHERE survey_year = 2018 AND assessed) AS d USING (iso3);
SELECT survey_year, iso3, country, published_rank, median_rank, rank_p05, rank_p95,
	   round(share_in_same_level::numeric, 3) AS share
  FROM egov.rank_uncertainty_edition(2014, 500, 0.05, 3) LIMIT 3;
-- spread 0: every interval collapses on the equal-weight rank at the
-- published precision, which in 2022 is the published rank (Iceland 5th,
-- tied with Sweden at 0.9175)
SELECT count(*) FILTER (WHERE rank_p05 <> rank_p95) AS not_collapsed,
       count(*) FILTER (WHERE median_rank <> published_rank) AS not_published_rank,
       string_agg(format('%s %s', iso3, median_rank), ', ' ORDER BY iso3)
           FILTER (WHERE iso3 IN ('ISL', 'SWE')) AS tied
  FROM egov.rank_uncertainty_edition(2022, 10, 0, 1);
SELECT * FROM egov.rank_uncertainty_edition(1999);
SELECT * FROM egov.rank_uncertainty_edition(2022, 0);
SELECT * FROM egov.rank_uncertainty_edition(2022, 10, 0.5);

DROP EXTENSION egov;
