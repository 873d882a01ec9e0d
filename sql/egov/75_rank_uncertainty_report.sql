-- How stable is each country's rank in the latest UN edition?
--
-- "Latest" is the latest edition whose provenance is a UN one (bundled or
-- an imported UN export) with assessed rows: an edition users built, often
-- of a few countries, is not the survey.  A row outside the domain of
-- egov.rank_uncertainty (a component above 1, such as Micronesia's
-- published 2003 HCI 1.422, or a missing one) is left out of the ranking
-- and listed with a note instead of making the view raise.  Each draw's
-- EGDIs are ranked at the edition's published precision (egdi_decimals),
-- as egov.egdi_report ranks them: with weight_spread 0 every median rank is
-- the published rank.
-- (CREATE OR REPLACE: this file also runs when a 0.3.0 database is updated.)

CREATE OR REPLACE FUNCTION @extschema@.rank_uncertainty_edition(edition int, draws int DEFAULT 1000,
															weight_spread float8 DEFAULT 0.1,
															seed int DEFAULT 1)
RETURNS TABLE (survey_year int, iso3 text, iso2 text, m49 text, country text, published_rank int,
			   median_rank int, rank_p05 int, rank_p95 int, share_in_same_level float8,
			   note text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	err_detail text;			-- of an error caught below, raised again
	err_hint text;
	err_raised boolean;
BEGIN
	IF NOT EXISTS (SELECT FROM @extschema@.survey_score AS s
					WHERE s.survey_year = edition AND s.assessed) THEN
		RAISE EXCEPTION 'egov.rank_uncertainty_edition: no edition % with assessed countries in egov.survey_score', edition
			USING ERRCODE = '22023';
	END IF;
	RETURN QUERY
	SELECT a.survey_year, a.iso3, cc.iso2, cc.m49, a.country, a.egdi_rank,
		   (a.u).median_rank, (a.u).rank_p05, (a.u).rank_p95, (a.u).share_in_same_level,
		   CASE WHEN a.in_domain IS NOT TRUE THEN
				concat('left out: ',
					concat_ws(', ',
						CASE WHEN a.osi IS NULL OR a.hci IS NULL OR a.tii IS NULL THEN 'a component is missing' END,
						CASE WHEN a.osi > 1 THEN format('OSI %s above 1', a.osi) END,
						CASE WHEN a.hci > 1 THEN format('HCI %s above 1', a.hci) END,
						CASE WHEN a.tii > 1 THEN format('TII %s above 1', a.tii) END))
		   END
	  FROM (SELECT s.survey_year, s.iso3, c.name AS country, s.egdi_rank, d.in_domain,
				   @extschema@.rank_uncertainty(CASE WHEN d.in_domain THEN s.osi::float8 END,
												CASE WHEN d.in_domain THEN s.hci::float8 END,
												CASE WHEN d.in_domain THEN s.tii::float8 END,
												draws, weight_spread, seed, e.egdi_decimals)
					   OVER (PARTITION BY s.survey_year) AS u,
				   s.osi, s.hci, s.tii
			  FROM @extschema@.survey_score AS s
			  JOIN @extschema@.country AS c ON c.iso3 = s.iso3
			  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
			 CROSS JOIN LATERAL (SELECT s.osi BETWEEN 0 AND 1 AND s.hci BETWEEN 0 AND 1
										AND s.tii BETWEEN 0 AND 1 AS in_domain) AS d
			 WHERE s.survey_year = edition AND s.assessed) AS a
	  LEFT JOIN @extschema@.country_code AS cc ON cc.iso3 = a.iso3
	 ORDER BY a.egdi_rank, a.iso3;
EXCEPTION WHEN OTHERS THEN
	-- the same error, without this function's statements as CONTEXT
	GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
	err_raised := @extschema@._reraise(SQLSTATE, SQLERRM, err_detail, err_hint);
END
$$;

COMMENT ON FUNCTION @extschema@.rank_uncertainty_edition(int, int, float8, int) IS
'The rank-uncertainty report (as the view egov.rank_uncertainty_report) for one chosen edition, '
'with chosen draws, weight_spread and seed (egov.rank_uncertainty''s defaults 1000, 0.1, 1): for '
'every assessed country its published rank, median rank, 5th and 95th percentile ranks (each '
'draw ranked at the edition''s published precision, egov.edition.egdi_decimals, so weight_spread '
'0 gives the published ranks), the '
'share of draws in its equal-weight EGDI group, and a note for a country left out of the ranking '
'(a component missing or outside [0, 1]; ranks NULL). Ordered by published rank. An edition '
'without assessed countries raises 22023; draws and weight_spread are checked as by '
'egov.rank_uncertainty';

-- The view is the function for the latest UN edition (none held: no rows).
CREATE OR REPLACE VIEW @extschema@.rank_uncertainty_report AS
SELECT r.survey_year, r.iso3, r.iso2, r.m49, r.country, r.published_rank, r.median_rank, r.rank_p05,
	   r.rank_p95, r.share_in_same_level, r.note
  FROM (SELECT pg_catalog.max(s.survey_year) AS survey_year
		  FROM @extschema@.survey_score AS s
		  JOIN @extschema@.edition AS e ON e.survey_year = s.survey_year
		 WHERE s.assessed AND e.provenance IN ('un-bundled', 'un-import')) AS latest
 CROSS JOIN LATERAL @extschema@.rank_uncertainty_edition(latest.survey_year) AS r;

COMMENT ON VIEW @extschema@.rank_uncertainty_report IS
'Rank uncertainty in the latest UN edition held in egov.survey_score (provenance un-bundled or '
'un-import; editions users built are not used): for every assessed country, '
'egov.rank_uncertainty with its defaults (1000 draws of the OSI, HCI, TII weights, each uniform '
'on 1/3 +/- 0.1 then renormalised; seed 1, so the view is reproducible).  A country with a '
'component missing or outside [0, 1] is left out of the ranking and listed with a note.  Call '
'the function directly for other draws, spreads, seeds or editions';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.survey_year IS 'The latest UN edition with assessed rows';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.iso3 IS 'Country';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.iso2 IS
'ISO 3166-1 alpha-2 code (egov.country_code); NULL for a country without one';
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.m49 IS
'UN M49 code, three digits (egov.country_code); NULL for a country without one';
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
COMMENT ON COLUMN @extschema@.rank_uncertainty_report.note IS
'NULL for a country ranked; for one left out of the ranking (ranks NULL), why: a component '
'missing or outside [0, 1] (Micronesia''s HCI 1.422 in 2003, a UN source error)';

-- Every role may read it, like the survey views it is built on (granted
-- since 0.2.0; this file re-runs on update, where the grant is a no-op).
GRANT SELECT ON @extschema@.rank_uncertainty_report TO PUBLIC;
