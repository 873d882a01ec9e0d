-- How stable is each country's rank in the latest edition?

CREATE VIEW @extschema@.rank_uncertainty_report AS
WITH latest AS (
	SELECT pg_catalog.max(s.survey_year) AS survey_year
	  FROM @extschema@.survey_score AS s
	 WHERE s.assessed
), assessed AS (
	SELECT s.survey_year, s.iso3, c.name AS country, s.egdi_rank,
		   @extschema@.rank_uncertainty(s.osi::float8, s.hci::float8, s.tii::float8)
			   OVER (PARTITION BY s.survey_year) AS u
	  FROM @extschema@.survey_score AS s
	  JOIN latest AS l ON l.survey_year = s.survey_year
	  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
	 WHERE s.assessed
)
SELECT a.survey_year, a.iso3, a.country,
	   a.egdi_rank AS published_rank,
	   (a.u).median_rank, (a.u).rank_p05, (a.u).rank_p95,
	   (a.u).share_in_same_level
  FROM assessed AS a;

COMMENT ON VIEW @extschema@.rank_uncertainty_report IS
'Rank uncertainty in the latest edition held in egov.survey_score: for every assessed country, '
'egov.rank_uncertainty with its defaults (1000 draws of the OSI, HCI, TII weights, each uniform '
'on 1/3 +/- 0.1 then renormalised; seed 1, so the view is reproducible). Call the function '
'directly for other draws, spreads, seeds or editions';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.survey_year IS 'The latest edition with assessed rows';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.iso3 IS 'Country';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.country IS 'Country name';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.published_rank IS 'Published EGDI rank';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.median_rank IS
'Median competition rank over the draws (nearest rank: the 500th smallest of 1000)';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.rank_p05 IS
'5th percentile rank over the draws (the 50th smallest of 1000): the best rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.rank_p95 IS
'95th percentile rank over the draws (the 950th smallest of 1000): the worst rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.share_in_same_level IS
'Share of draws in which the country stays in its EGDI group at equal weights';
