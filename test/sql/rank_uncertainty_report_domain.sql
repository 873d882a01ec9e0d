-- egov.rank_uncertainty_report never raises on a published row: a
-- component outside [0, 1] (Micronesia's 2003 HCI 1.422, a UN source error)
-- is left out of the ranking and flagged.
CREATE EXTENSION egov;

-- asking for an older edition than the latest returns nothing, and raises nothing
SELECT count(*) AS rows_2003 FROM egov.rank_uncertainty_report WHERE survey_year = 2003;

-- with 2003 the latest UN edition held, the view covers it
BEGIN;
DELETE FROM egov.edition WHERE survey_year > 2003;
SELECT survey_year, count(*) AS countries, count(median_rank) AS ranked, count(note) AS flagged
  FROM egov.rank_uncertainty_report GROUP BY 1;
SELECT iso3, country, published_rank, median_rank, rank_p05, rank_p95, note
  FROM egov.rank_uncertainty_report WHERE note IS NOT NULL;
-- every other assessed country is ranked among the 172 in the domain
SELECT min(median_rank) AS best, max(rank_p95) AS worst
  FROM egov.rank_uncertainty_report WHERE note IS NULL;
ROLLBACK;

-- egov.rank_uncertainty_edition, which the view calls, takes 2003 directly and
-- gives the same rows as the view did with 2003 the latest
SELECT count(*) AS countries, count(median_rank) AS ranked, count(note) AS flagged
  FROM egov.rank_uncertainty_edition(2003);
SELECT iso3, country, published_rank, median_rank, note
  FROM egov.rank_uncertainty_edition(2003) WHERE note IS NOT NULL;

-- egdi_report leaves the same row out of egov.egdi and keeps its published EGDI
SELECT country, hci, egdi, egdi_computed, world_rank, source_note
  FROM egov.egdi_report WHERE survey_year = 2003 AND iso3 IN ('FSM', 'TUV') ORDER BY 1;

DROP EXTENSION egov;
