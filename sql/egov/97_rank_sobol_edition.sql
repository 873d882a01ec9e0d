-- Which uncertain choice moves each country's EGDI rank: egov.rank_sobol
-- over one UN edition's components (as egov.rank_uncertainty_edition is for
-- egov.rank_uncertainty).

CREATE FUNCTION @extschema@.rank_sobol_edition(edition int, base_samples int DEFAULT 1000,
                                               weight_spread float8 DEFAULT 0.25,
                                               methods text[] DEFAULT '{mean}',
                                               seed int DEFAULT 1)
RETURNS TABLE (iso3 text, published_rank int, factors text[],
               first_order float8[], total_effect float8[],
               mars_first_order float8[], mars_total_effect float8[])
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM @extschema@.survey_score AS s
					WHERE s.survey_year = edition AND s.assessed) THEN
		RAISE EXCEPTION 'egov.rank_sobol_edition: no edition % with assessed countries in egov.survey_score', edition
			USING ERRCODE = '22023';
	END IF;
	RETURN QUERY
	SELECT a.iso3, a.egdi_rank,
		   ARRAY['OSI weight', 'HCI weight', 'TII weight', 'normalisation', 'method', 'imputation'],
		   (a.r).first_order, (a.r).total_effect, (a.r).mars_first_order, (a.r).mars_total_effect
	  FROM (SELECT s.iso3, s.egdi_rank,
				   @extschema@.rank_sobol(ARRAY[s.osi, s.hci, s.tii]::float8[],
										  ARRAY[@extschema@.egdi(1, 0, 0, edition),
												@extschema@.egdi(0, 1, 0, edition),
												@extschema@.egdi(0, 0, 1, edition)],
										  base_samples, weight_spread, '{none}', methods, false, seed)
					   OVER () AS r
			  FROM @extschema@.survey_score AS s
			 WHERE s.survey_year = edition AND s.assessed
			   AND s.osi BETWEEN 0 AND 1 AND s.hci BETWEEN 0 AND 1 AND s.tii BETWEEN 0 AND 1) AS a
	 ORDER BY a.egdi_rank, a.iso3;
END
$$;

COMMENT ON FUNCTION @extschema@.rank_sobol_edition(int, int, float8, text[], int) IS
'egov.rank_sobol for one edition: for every assessed country with its three components in '
'[0, 1], the Sobol first-order and total-effect indices of its EGDI rank and of the mean '
'absolute rank shift with respect to the OSI, HCI and TII weights (the edition''s, each '
'within weight_spread) and the aggregation method (methods, the components as given; '
'normalisation and imputation are fixed, indices 0; ''geometric_mean'' and ''harmonic_mean'' '
'need every component positive, 22023 otherwise), by base_samples base samples from '
'seed. Ordered by published rank. An edition without assessed countries raises 22023; the '
'other arguments are checked as by egov.rank_sobol';
