-- LOSI reports over every LOSI edition in egov.assessment_edition, with each
-- edition's own normalisation and the missing-indicator rule 'zero' (see
-- 84_assessment_scores.sql).

CREATE VIEW @extschema@.losi_report AS
SELECT e.edition,
	   e.survey_year,
	   e.synthetic,
	   s.city,
	   s.iso3,
	   cc.iso2,
	   cc.m49,
	   c.name AS country,
	   s.criteria,
	   s.points,
	   s.points_possible,
	   s.missing_indicators,
	   s.score::numeric(6,5) AS losi,
	   LEAST(e.decimals, 5) AS decimals,
	   s.level AS losi_level,
	   @extschema@._level_order(s.level) AS losi_level_order,
	   s.score_rank AS losi_rank,
	   s.country_rank
  FROM @extschema@.assessment_edition AS e
 CROSS JOIN LATERAL @extschema@.assessment_scores(e.edition) AS s
  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
  LEFT JOIN @extschema@.country_code AS cc ON cc.iso3 = s.iso3
 WHERE e.index_kind = 'LOSI';

COMMENT ON VIEW @extschema@.losi_report IS
'Local Online Service Index per LOSI edition and city: criterion sub-scores, LOSI on [0, 1] '
'(the edition''s normalisation), level (EGDI bands, inferred) and competition ranks in the '
'edition and within the country; indicators without an assessment score 0';
COMMENT ON COLUMN @extschema@.losi_report.edition IS 'Assessment edition';
COMMENT ON COLUMN @extschema@.losi_report.survey_year IS 'Year of the edition';
COMMENT ON COLUMN @extschema@.losi_report.synthetic IS 'True for generated example data, not a real assessment';
COMMENT ON COLUMN @extschema@.losi_report.city IS 'City';
COMMENT ON COLUMN @extschema@.losi_report.iso3 IS 'Country of the city (ISO3)';
COMMENT ON COLUMN @extschema@.losi_report.iso2 IS
'ISO 3166-1 alpha-2 code of the country (egov.country_code); NULL for a country without one';
COMMENT ON COLUMN @extschema@.losi_report.m49 IS
'UN M49 code of the country, three digits (egov.country_code); NULL for a country without one';
COMMENT ON COLUMN @extschema@.losi_report.country IS 'Country name';
COMMENT ON COLUMN @extschema@.losi_report.criteria IS
'Sub-score per criterion, {criterion: points obtained / points possible}, rounded to the edition''s decimals';
COMMENT ON COLUMN @extschema@.losi_report.points IS 'Points obtained over all indicators';
COMMENT ON COLUMN @extschema@.losi_report.points_possible IS 'Points possible over all indicators';
COMMENT ON COLUMN @extschema@.losi_report.missing_indicators IS 'Indicators without an assessment row (scored 0)';
COMMENT ON COLUMN @extschema@.losi_report.losi IS
'LOSI on [0, 1], rounded to the edition''s decimals (numeric(6,5): an edition of more than 5 '
'decimals shows 5; ranks use its own precision)';
COMMENT ON COLUMN @extschema@.losi_report.decimals IS
'Decimals of the edition (egov.assessment_edition.decimals), at most 5: format losi with it';
COMMENT ON COLUMN @extschema@.losi_report.losi_level IS 'LOSI level on the EGDI bands (inferred)';
COMMENT ON COLUMN @extschema@.losi_report.losi_level_order IS
'Sort key of losi_level: 1 = Low, 2 = Middle, 3 = High, 4 = Very High';
COMMENT ON COLUMN @extschema@.losi_report.losi_rank IS 'Competition rank of the LOSI in the edition (1 = highest)';
COMMENT ON COLUMN @extschema@.losi_report.country_rank IS 'Competition rank of the LOSI among the edition''s cities of the same country';


CREATE VIEW @extschema@.losi_criterion_summary AS
SELECT e.edition,
	   e.survey_year,
	   e.synthetic,
	   s.criterion,
	   pg_catalog.min(s.indicators) AS indicators,
	   pg_catalog.min(s.points_possible) AS points_possible,
	   pg_catalog.count(*)::integer AS cities,
	   pg_catalog.round(pg_catalog.avg(s.sub_score), e.decimals)::numeric(6,5) AS mean_sub_score,
	   pg_catalog.round(pg_catalog.min(s.sub_score), e.decimals)::numeric(6,5) AS min_sub_score,
	   pg_catalog.round(pg_catalog.max(s.sub_score), e.decimals)::numeric(6,5) AS max_sub_score,
	   LEAST(e.decimals, 5) AS decimals
  FROM @extschema@.assessment_edition AS e
 CROSS JOIN LATERAL @extschema@.assessment_criterion_scores(e.edition) AS s
 WHERE e.index_kind = 'LOSI'
 GROUP BY e.edition, e.survey_year, e.synthetic, e.decimals, s.criterion;

COMMENT ON VIEW @extschema@.losi_criterion_summary IS
'Per LOSI edition and criterion: indicators, points possible, cities assessed and the mean, '
'lowest and highest criterion sub-score (rounded to the edition''s decimals)';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.edition IS 'Assessment edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.survey_year IS 'Year of the edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.synthetic IS 'True for generated example data';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.criterion IS 'Criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.indicators IS 'Indicators in the criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.points_possible IS 'Points possible in the criterion';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.cities IS 'Cities assessed in the edition';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.mean_sub_score IS 'Mean sub-score over the cities';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.min_sub_score IS 'Lowest sub-score';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.max_sub_score IS 'Highest sub-score';
COMMENT ON COLUMN @extschema@.losi_criterion_summary.decimals IS
'Decimals of the edition, at most 5 (the sub-scores are numeric(6,5)): format them with it';

GRANT SELECT ON @extschema@.losi_report, @extschema@.losi_criterion_summary TO PUBLIC;
