-- The examples in doc/reference.md of egov.rank_uncertainty and
-- egov.rank_uncertainty_edition, as printed there.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT c.name AS country, s.egdi_rank AS published_rank,
       (egov.rank_uncertainty(s.osi, s.hci, s.tii) OVER (PARTITION BY s.survey_year)).*
  FROM egov.survey_score AS s JOIN egov.country AS c USING (iso3)
 WHERE s.survey_year = 2022 AND s.assessed
 ORDER BY s.egdi_rank, country LIMIT 3;
SELECT country, published_rank, median_rank, rank_p05, rank_p95
  FROM egov.rank_uncertainty_edition(2018, draws => 5000, weight_spread => 0.15, seed => 42)
 LIMIT 3;

DROP EXTENSION egov;
