-- Reporting views over the survey tables: the EGDI report by edition and
-- country, and per-edition summaries by group and by region.
--
-- Only assessed rows (egov.survey_score.assessed) with an EGDI enter ranks,
-- groups, rating classes and statistics; other rows are listed with those
-- and their EGDI NULL (the table keeps what the UN published, often 0).
-- A row outside a function's domain (the two 2003 HCI source errors above
-- 1) is left out of that function's computation, never passed to it.
-- (CREATE OR REPLACE: this file also runs when a 0.3.0 database is updated.)
-- The views read whole tables of a few thousand rows; survey_score's
-- primary key (survey_year, iso3) and survey_score_iso3_idx serve the
-- joins and per-edition or per-country filters.

CREATE OR REPLACE VIEW @extschema@.egdi_report AS
WITH scored AS (
	SELECT s.survey_year, s.iso3, c.name AS country, c.region, c.subregion,
		   s.osi, s.hci, s.tii, s.epi,
		   -- the 2003 HCI source errors lie outside egov.egdi's domain
		   CASE WHEN s.osi BETWEEN 0 AND 1 AND s.hci BETWEEN 0 AND 1 AND s.tii BETWEEN 0 AND 1 THEN
				@extschema@.egdi(s.osi::float8, s.hci::float8, s.tii::float8, s.survey_year)
		   END AS egdi_computed,
		   s.egdi AS egdi_published,
		   e.egdi_decimals, s.egdi_rank, s.assessed, s.source_note, e.provenance
	  FROM @extschema@.survey_score AS s
	  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
	  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
), valued AS (
	SELECT sc.*,
		   CASE WHEN sc.assessed THEN
				pg_catalog.round(coalesce(sc.egdi_published,
										  pg_catalog.round(sc.egdi_computed::numeric, sc.egdi_decimals)),
								 sc.egdi_decimals)
		   END AS egdi,
		   sc.assessed AND coalesce(sc.egdi_published::float8, sc.egdi_computed) IS NOT NULL AS scored
	  FROM scored AS sc
), ranked AS (
	SELECT v.*,
		   CASE WHEN v.scored THEN @extschema@.egdi_level(v.egdi::float8) END AS level,
		   CASE WHEN v.survey_year >= 2020 THEN
				@extschema@.rating_class(CASE WHEN v.scored THEN v.egdi::float8 END)
					OVER (PARTITION BY v.survey_year)
		   END AS rating_class,
		   -- competition ranks on the EGDI at the edition's published precision
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored
										ORDER BY v.egdi DESC)
		   END AS world_rank,
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored, v.region
										ORDER BY v.egdi DESC)
		   END AS region_rank,
		   CASE WHEN v.scored THEN
				pg_catalog.rank() OVER (PARTITION BY v.survey_year, v.scored, v.subregion
										ORDER BY v.egdi DESC)
		   END AS subregion_rank,
		   pg_catalog.count(*) FILTER (WHERE v.scored) OVER (PARTITION BY v.survey_year) AS coverage
	  FROM valued AS v
), changes AS (
	-- against the previous edition in which the country was assessed, if
	-- that edition's coverage is comparable: the smaller of the two counts
	-- of assessed countries at least 90 % of the larger (a rank among 10 is
	-- no rank among 193)
	SELECT c.survey_year, c.iso3,
		   CASE WHEN c.comparable THEN c.rank_change END AS rank_change,
		   CASE WHEN c.comparable THEN c.level_change END AS level_change
	  FROM (SELECT r.survey_year, r.iso3,
				   pg_catalog.lag(r.world_rank) OVER w - r.world_rank AS rank_change,
				   pg_catalog.array_position(pg_catalog.enum_range(NULL::@extschema@.level), r.level)
				   - pg_catalog.array_position(pg_catalog.enum_range(NULL::@extschema@.level),
											   pg_catalog.lag(r.level) OVER w) AS level_change,
				   10 * LEAST(r.coverage, pg_catalog.lag(r.coverage) OVER w)
				   >= 9 * GREATEST(r.coverage, pg_catalog.lag(r.coverage) OVER w) AS comparable
			  FROM ranked AS r
			 WHERE r.scored
			WINDOW w AS (PARTITION BY r.iso3 ORDER BY r.survey_year)) AS c
)
-- For BI tools: index columns of a fixed precision and scale (numeric(6,5):
-- [0, 1], the 2003 HCI source errors, the UN's 5 decimals at most) with the
-- edition's decimals to format them, a sort key beside each label, and the
-- map keys ISO alpha-2 and M49 beside ISO3 (doc/bi-tools.md).
SELECT r.survey_year, r.iso3, cc.iso2, cc.m49, r.country, r.region, r.subregion,
	   r.osi::numeric(6,5) AS osi, r.hci::numeric(6,5) AS hci, r.tii::numeric(6,5) AS tii,
	   r.epi::numeric(6,5) AS epi, r.egdi::numeric(6,5) AS egdi,
	   LEAST(r.egdi_decimals, 5) AS decimals,
	   r.egdi_computed,
	   r.level, @extschema@._level_order(r.level) AS level_order,
	   r.rating_class, @extschema@._rating_class_order(r.rating_class) AS rating_class_order,
	   r.world_rank::integer AS world_rank,
	   r.region_rank::integer AS region_rank,
	   r.subregion_rank::integer AS subregion_rank,
	   ch.rank_change::integer AS rank_change,
	   ch.level_change,
	   r.egdi_rank AS published_rank,
	   r.scored AS assessed,
	   r.source_note,
	   r.provenance
  FROM ranked AS r
  LEFT JOIN changes AS ch ON ch.survey_year = r.survey_year AND ch.iso3 = r.iso3
  LEFT JOIN @extschema@.country_code AS cc ON cc.iso3 = r.iso3;

COMMENT ON VIEW @extschema@.egdi_report IS
'EGDI report: one row per edition and country with components, EGDI, group, rating class, '
'world, regional and sub-regional ranks and the change since the country''s previous assessed '
'edition.  Ranks are competition ranks (rank()) on the EGDI at the edition''s published '
'precision; rows not assessed are listed with NULL EGDI, group, class and ranks. Column '
'provenance says whether the edition is a UN one or users'' own';
COMMENT ON COLUMN @extschema@.egdi_report.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.egdi_report.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.egdi_report.iso2 IS
'ISO 3166-1 alpha-2 code (egov.country_code; Namibia''s is NA); NULL for a country without one';
COMMENT ON COLUMN @extschema@.egdi_report.m49 IS
'UN M49 code, three digits (egov.country_code); NULL for a country without one';
COMMENT ON COLUMN @extschema@.egdi_report.country IS 'Common English name';
COMMENT ON COLUMN @extschema@.egdi_report.region IS 'UN region';
COMMENT ON COLUMN @extschema@.egdi_report.subregion IS 'UN sub-region';
COMMENT ON COLUMN @extschema@.egdi_report.osi IS 'Online Service Index, as published (numeric(6,5), see decimals)';
COMMENT ON COLUMN @extschema@.egdi_report.hci IS 'Human Capital Index, as published (numeric(6,5), see decimals)';
COMMENT ON COLUMN @extschema@.egdi_report.tii IS 'Telecommunication Infrastructure Index, as published (numeric(6,5), see decimals)';
COMMENT ON COLUMN @extschema@.egdi_report.epi IS 'E-Participation Index, as published (numeric(6,5), see decimals)';
COMMENT ON COLUMN @extschema@.egdi_report.egdi IS
'EGDI as published; where none is published, egov.egdi(osi, hci, tii, survey_year) rounded '
'to the edition''s precision (egov.edition.egdi_decimals); NULL for a row not assessed '
'(the UN publishes 0 for those, which egov.survey_score keeps).  numeric(6,5) like the other '
'index columns: a fixed scale BI drivers report as it is; a user edition with finer values shows '
'them rounded to 5 decimals (ranks use the stored precision; egov.survey_score keeps it)';
COMMENT ON COLUMN @extschema@.egdi_report.decimals IS
'Decimals the edition publishes its indices to (egov.edition.egdi_decimals: 5 through 2016, 4 '
'from 2018), at most 5, the index columns'' scale: format osi, hci, tii, epi and egdi with it';
COMMENT ON COLUMN @extschema@.egdi_report.egdi_computed IS
'egov.egdi(osi, hci, tii, survey_year) from the published components, unrounded; NULL where '
'a component is missing or outside [0, 1] (the 2003 HCI source errors)';
COMMENT ON COLUMN @extschema@.egdi_report.level IS 'EGDI group (egov.egdi_level); NULL if not assessed';
COMMENT ON COLUMN @extschema@.egdi_report.level_order IS
'Sort key of level: 1 = Low, 2 = Middle, 3 = High, 4 = Very High (a BI tool sorts level as text)';
COMMENT ON COLUMN @extschema@.egdi_report.rating_class IS
'Rating class within the group (egov.rating_class over the edition), editions 2020 on; NULL before';
COMMENT ON COLUMN @extschema@.egdi_report.rating_class_order IS
'Sort key of rating_class: 1 = L1 (lowest) to 16 = VH (highest)';
COMMENT ON COLUMN @extschema@.egdi_report.world_rank IS
'Competition rank of the EGDI among the edition''s assessed countries (ties share a rank)';
COMMENT ON COLUMN @extschema@.egdi_report.region_rank IS 'Competition rank within the region';
COMMENT ON COLUMN @extschema@.egdi_report.subregion_rank IS 'Competition rank within the sub-region';
COMMENT ON COLUMN @extschema@.egdi_report.rank_change IS
'World rank in the previous edition in which the country was assessed minus this one: '
'positive = moved up; NULL for a first assessment, or when the two editions'' coverage is '
'not comparable (the smaller count of assessed countries below 90 % of the larger)';
COMMENT ON COLUMN @extschema@.egdi_report.level_change IS
'Groups moved since the previous assessed edition: +1 = one group up (e.g. High to Very High), '
'-1 = one down, 0 = same; NULL for a first assessment or editions of incomparable coverage '
'(as rank_change)';
COMMENT ON COLUMN @extschema@.egdi_report.published_rank IS 'EGDI rank as published';
COMMENT ON COLUMN @extschema@.egdi_report.assessed IS
'Assessed (egov.survey_score.assessed, and an EGDI known): only such rows enter ranks, groups '
'and statistics';
COMMENT ON COLUMN @extschema@.egdi_report.source_note IS 'Known source error kept as published';
COMMENT ON COLUMN @extschema@.egdi_report.provenance IS
'Where the edition comes from (egov.edition.provenance): un-bundled, un-import or user; only '
'un-bundled and un-import editions are figures as the UN published them';


CREATE OR REPLACE VIEW @extschema@.level_summary AS
SELECT y.survey_year, l.level, @extschema@._level_order(l.level) AS level_order,
	   count(r.iso3)::integer AS countries,
	   (count(r.iso3)::numeric / NULLIF(y.assessed, 0))::numeric(5,4) AS share
  FROM (SELECT survey_year, count(*) FILTER (WHERE assessed) AS assessed
		  FROM @extschema@.egdi_report GROUP BY survey_year) AS y
 CROSS JOIN pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.level)) AS l(level)
  LEFT JOIN @extschema@.egdi_report AS r
		 ON r.survey_year = y.survey_year AND r.level = l.level
 GROUP BY y.survey_year, l.level, y.assessed;

COMMENT ON VIEW @extschema@.level_summary IS
'Assessed countries by edition and EGDI group, every group listed (0 where empty)';
COMMENT ON COLUMN @extschema@.level_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.level_summary.level IS 'EGDI group';
COMMENT ON COLUMN @extschema@.level_summary.level_order IS
'Sort key of level: 1 = Low, 2 = Middle, 3 = High, 4 = Very High';
COMMENT ON COLUMN @extschema@.level_summary.countries IS 'Assessed countries in the group';
COMMENT ON COLUMN @extschema@.level_summary.share IS
'Fraction of the edition''s assessed countries in the group (0 to 1), to 4 decimals '
'(numeric(5,4): BI tools see a fixed scale)';


CREATE OR REPLACE VIEW @extschema@.region_summary AS
SELECT g.survey_year, g.region,
	   (g.stats).countries, (g.stats).mean::numeric(5,4) AS mean_egdi,
	   g.mean_osi::numeric(5,4) AS mean_osi, g.mean_hci::numeric(5,4) AS mean_hci,
	   g.mean_tii::numeric(5,4) AS mean_tii,
	   (g.stats).very_high, (g.stats).high, (g.stats).middle, (g.stats).low
  FROM (SELECT r.survey_year,
			   CASE WHEN GROUPING(r.region) = 1 THEN 'World' ELSE r.region END AS region,
			   @extschema@.egdi_stats(r.egdi::float8) AS stats,
			   pg_catalog.avg(r.osi::float8) AS mean_osi,
			   pg_catalog.avg(r.hci::float8) AS mean_hci,
			   pg_catalog.avg(r.tii::float8) AS mean_tii
		  FROM @extschema@.egdi_report AS r
		 WHERE r.assessed
		 GROUP BY GROUPING SETS ((r.survey_year, r.region), (r.survey_year))) AS g;

COMMENT ON VIEW @extschema@.region_summary IS
'Per edition and UN region, and for the world (region ''World''): assessed countries, mean '
'EGDI, OSI, HCI and TII and the group counts, from egov.egdi_stats over egov.egdi_report';
COMMENT ON COLUMN @extschema@.region_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.region_summary.region IS 'UN region, or World for all countries';
COMMENT ON COLUMN @extschema@.region_summary.countries IS 'Assessed countries';
COMMENT ON COLUMN @extschema@.region_summary.mean_egdi IS
'Mean EGDI of the assessed countries, to 4 decimals as the UN publishes regional means '
'(numeric(5,4), rounded from the exact mean of egov.egdi_stats)';
COMMENT ON COLUMN @extschema@.region_summary.mean_osi IS
'Mean OSI of the assessed countries, to 4 decimals (numeric(5,4))';
COMMENT ON COLUMN @extschema@.region_summary.mean_hci IS
'Mean HCI of the assessed countries, to 4 decimals (numeric(5,4); 2003 includes the Micronesia '
'source error, as published)';
COMMENT ON COLUMN @extschema@.region_summary.mean_tii IS
'Mean TII of the assessed countries, to 4 decimals (numeric(5,4))';
COMMENT ON COLUMN @extschema@.region_summary.very_high IS 'Countries in the Very High group';
COMMENT ON COLUMN @extschema@.region_summary.high IS 'Countries in the High group';
COMMENT ON COLUMN @extschema@.region_summary.middle IS 'Countries in the Middle group';
COMMENT ON COLUMN @extschema@.region_summary.low IS 'Countries in the Low group';

-- The published survey is public: every role may read the report.
GRANT SELECT ON @extschema@.egdi_report, @extschema@.level_summary,
	@extschema@.region_summary TO PUBLIC;
