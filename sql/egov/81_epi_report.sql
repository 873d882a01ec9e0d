-- E-Participation: per-country report with level and ranks, and regional
-- summaries, over the published scores in egov.survey_score.
--
-- Only assessed rows with a published EPI take part (rows not assessed are
-- not scores; see egov.survey_score.assessed).  Ranks are competition ranks
-- (ties share a rank and the next rank is skipped), computed on the EPI
-- rounded to the edition's published precision (egov.edition.egdi_decimals,
-- which the Data-Center exports use for every index of an edition).  The UN
-- exports carry EPI values but not EPI ranks; the ranks agree with the
-- published ones where those are known (China 2020: EPI 0.9643, rank 9).
-- (CREATE OR REPLACE: this file also runs when a 0.3.0 database is updated.)

CREATE OR REPLACE VIEW @extschema@.epi_report AS
SELECT s.survey_year,
	   s.iso3,
	   cc.iso2,
	   cc.m49,
	   c.name AS country,
	   c.region,
	   s.epi::numeric(6,5) AS epi,
	   LEAST(e.egdi_decimals, 5) AS decimals,
	   @extschema@.epi_level(s.epi::float8) AS epi_level,
	   @extschema@._level_order(@extschema@.epi_level(s.epi::float8)) AS epi_level_order,
	   pg_catalog.rank() OVER (PARTITION BY s.survey_year
							   ORDER BY pg_catalog.round(s.epi, e.egdi_decimals) DESC)::integer
		   AS epi_rank,
	   pg_catalog.rank() OVER (PARTITION BY s.survey_year, c.region
							   ORDER BY pg_catalog.round(s.epi, e.egdi_decimals) DESC)::integer
		   AS region_epi_rank
  FROM @extschema@.survey_score AS s
  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
  LEFT JOIN @extschema@.country_code AS cc ON cc.iso3 = s.iso3
 WHERE s.assessed AND s.epi IS NOT NULL;

COMMENT ON VIEW @extschema@.epi_report IS
'E-Participation Index per edition and assessed country: the published EPI, its level '
'(egov.epi_level, EGDI bands) and competition ranks in the world and in the region, on the '
'EPI at the edition''s published precision (ties share a rank)';
COMMENT ON COLUMN @extschema@.epi_report.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.epi_report.iso3 IS 'Country (ISO 3166-1 alpha-3)';
COMMENT ON COLUMN @extschema@.epi_report.iso2 IS
'ISO 3166-1 alpha-2 code (egov.country_code; Namibia''s is NA); NULL for a country without one';
COMMENT ON COLUMN @extschema@.epi_report.m49 IS
'UN M49 code, three digits (egov.country_code); NULL for a country without one';
COMMENT ON COLUMN @extschema@.epi_report.country IS 'Country name (egov.country.name)';
COMMENT ON COLUMN @extschema@.epi_report.region IS 'UN region (egov.country.region)';
COMMENT ON COLUMN @extschema@.epi_report.epi IS
'Published E-Participation Index (numeric(6,5); a user edition''s finer values rounded to 5 '
'decimals, as in egov.egdi_report)';
COMMENT ON COLUMN @extschema@.epi_report.decimals IS
'Decimals the edition publishes its indices to (egov.edition.egdi_decimals), at most 5: format '
'epi with it';
COMMENT ON COLUMN @extschema@.epi_report.epi_level IS
'EPI level on the EGDI bands (inferred: the UN publishes no EPI thresholds)';
COMMENT ON COLUMN @extschema@.epi_report.epi_level_order IS
'Sort key of epi_level: 1 = Low, 2 = Middle, 3 = High, 4 = Very High';
COMMENT ON COLUMN @extschema@.epi_report.epi_rank IS
'Competition rank of the EPI among the edition''s assessed countries (1 = highest)';
COMMENT ON COLUMN @extschema@.epi_report.region_epi_rank IS
'Competition rank of the EPI among the assessed countries of the same region';


CREATE OR REPLACE VIEW @extschema@.epi_region_summary AS
SELECT r.survey_year,
	   CASE WHEN GROUPING(r.region) = 1 THEN 'World' ELSE r.region END AS region,
	   pg_catalog.count(*)::integer AS countries,
	   pg_catalog.avg(r.epi::float8)::numeric(5,4) AS mean_epi,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Very High')::integer AS very_high,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'High')::integer AS high,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Middle')::integer AS middle,
	   pg_catalog.count(*) FILTER (WHERE r.epi_level = 'Low')::integer AS low
  FROM @extschema@.epi_report AS r
 GROUP BY GROUPING SETS ((r.survey_year, r.region), (r.survey_year));

COMMENT ON VIEW @extschema@.epi_region_summary IS
'E-Participation per edition and UN region, and for the world (region ''World''): assessed '
'countries, mean EPI and the count of countries at each EPI level (companion of egov.region_summary)';
COMMENT ON COLUMN @extschema@.epi_region_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.epi_region_summary.region IS 'UN region, or World for all countries';
COMMENT ON COLUMN @extschema@.epi_region_summary.countries IS 'Assessed countries with a published EPI';
COMMENT ON COLUMN @extschema@.epi_region_summary.mean_epi IS
'Mean EPI of those countries, to 4 decimals (numeric(5,4))';
COMMENT ON COLUMN @extschema@.epi_region_summary.very_high IS 'Countries with EPI >= 0.75';
COMMENT ON COLUMN @extschema@.epi_region_summary.high IS 'Countries with 0.50 <= EPI < 0.75';
COMMENT ON COLUMN @extschema@.epi_region_summary.middle IS 'Countries with 0.25 <= EPI < 0.50';
COMMENT ON COLUMN @extschema@.epi_region_summary.low IS 'Countries with EPI < 0.25';

GRANT SELECT ON @extschema@.epi_report, @extschema@.epi_region_summary TO PUBLIC;
