-- Scores from assessments: criterion sub-scores, the index on [0, 1], its
-- level and competition ranks.  One machinery for LOSI (cities) and OSI
-- (countries) editions.
--
-- Documented choices (the UN text found leaves them open; see
-- doc/methodology.md, doc/losi.md and doc/reference.md):
--   * sub-score of a criterion = points obtained / points possible in it;
--   * index = points obtained / points possible over all indicators
--     ('share', the LOSI default: LOSI is the share of its 86 binary
--     indicators found), or the min-max of those shares over the edition
--     ('minmax', the OSI default, where the top subject scores 1);
--   * an indicator a subject has no assessment row for counts 0 points
--     ('zero': the LOSI rule that what researchers did not find scores 0)
--     unless missing => 'refuse', which raises 22023 naming the subject;
--   * level = the EGDI bands (inferred; the UN text gives no LOSI bands);
--   * ranks = competition ranks of the index rounded to the edition's decimals.

CREATE FUNCTION @extschema@._assessment_edition_row(edition text)
RETURNS @extschema@.assessment_edition
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition;
BEGIN
	IF edition IS NULL THEN
		RAISE EXCEPTION 'edition must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT * INTO e FROM @extschema@.assessment_edition AS x WHERE x.edition = _assessment_edition_row.edition;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'unknown assessment edition "%"', edition
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The editions are listed in egov.assessment_edition.';
	END IF;
	RETURN e;
END
$$;

COMMENT ON FUNCTION @extschema@._assessment_edition_row(text) IS
'Scoring helper: the egov.assessment_edition row of an edition; 22023 if there is none';


CREATE FUNCTION @extschema@.assessment_criterion_scores(edition text, missing text DEFAULT 'zero')
RETURNS TABLE (iso3 text, city text, criterion text,
			   indicators integer, assessed integer,
			   points numeric, points_possible numeric, sub_score numeric)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition := @extschema@._assessment_edition_row(edition);
	gap record;
BEGIN
	IF missing IS NULL OR missing NOT IN ('zero', 'refuse') THEN
		RAISE EXCEPTION 'missing must be ''zero'' or ''refuse'', got %', coalesce(quote_literal(missing), 'NULL')
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	IF missing = 'refuse' THEN
		SELECT s.iso3, s.city, count(*) AS n, min(i.code) AS first_code INTO gap
		  FROM (SELECT DISTINCT a.iso3, a.city FROM @extschema@.assessment AS a
				 WHERE a.edition = e.edition) AS s
		  CROSS JOIN @extschema@.assessment_indicator AS i
		 WHERE i.edition = e.edition
		   AND NOT EXISTS (SELECT FROM @extschema@.assessment AS a
							WHERE a.edition = e.edition AND a.indicator = i.code
							  AND a.iso3 = s.iso3 AND a.city IS NOT DISTINCT FROM s.city)
		 GROUP BY s.iso3, s.city
		 ORDER BY s.iso3, s.city
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'edition "%": % has no assessment for % indicator(s), first "%"',
				e.edition, coalesce(quote_literal(gap.city) || ' (' || gap.iso3 || ')', gap.iso3),
				gap.n, gap.first_code
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Assess every indicator, or score missing indicators 0 with missing => ''zero''.';
		END IF;
	END IF;

	RETURN QUERY
	SELECT s.iso3, s.city, i.criterion,
		   count(*)::integer,
		   count(a.points)::integer,
		   sum(coalesce(a.points, 0)),
		   sum(i.max_points),
		   sum(coalesce(a.points, 0)) / sum(i.max_points)
	  FROM (SELECT DISTINCT x.iso3, x.city FROM @extschema@.assessment AS x
			 WHERE x.edition = e.edition) AS s
	 CROSS JOIN @extschema@.assessment_indicator AS i
	  LEFT JOIN @extschema@.assessment AS a
		ON a.edition = e.edition AND a.indicator = i.code
	   AND a.iso3 = s.iso3 AND a.city IS NOT DISTINCT FROM s.city
	 WHERE i.edition = e.edition
	 GROUP BY s.iso3, s.city, i.criterion;
END
$$;

COMMENT ON FUNCTION @extschema@.assessment_criterion_scores(text, text) IS
'Criterion sub-scores of every subject of an assessment edition: points obtained / points '
'possible per criterion, with the indicators counted and those assessed.  An indicator '
'without an assessment row scores 0 (missing => ''zero'', default) or raises 22023 naming '
'the subject (missing => ''refuse''); an unknown edition raises 22023';


CREATE FUNCTION @extschema@.assessment_scores(edition text, normalisation text DEFAULT NULL,
											   missing text DEFAULT 'zero')
RETURNS TABLE (iso3 text, city text, criteria jsonb,
			   points numeric, points_possible numeric, missing_indicators integer,
			   score numeric, level @extschema@.level, score_rank integer, country_rank integer)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e @extschema@.assessment_edition := @extschema@._assessment_edition_row(edition);
	method text := coalesce(normalisation, e.normalisation);
	lo numeric;
	hi numeric;
BEGIN
	IF method NOT IN ('share', 'minmax') THEN
		RAISE EXCEPTION 'normalisation must be ''share'' or ''minmax'', got %', quote_literal(method)
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	IF method = 'minmax' THEN
		SELECT min(t.share), max(t.share) INTO lo, hi
		  FROM (SELECT sum(c.points) / sum(c.points_possible) AS share
				  FROM @extschema@.assessment_criterion_scores(e.edition, missing) AS c
				 GROUP BY c.iso3, c.city) AS t;
		IF lo = hi THEN
			RAISE EXCEPTION 'edition "%": every subject has the same share of points (%), so min-max is undefined',
				e.edition, round(lo, e.decimals)
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Use normalisation => ''share''.';
		END IF;
	END IF;

	RETURN QUERY
	WITH subject AS (
		SELECT c.iso3, c.city,
			   jsonb_object_agg(c.criterion, round(c.sub_score, e.decimals)) AS criteria,
			   sum(c.points) AS points,
			   sum(c.points_possible) AS points_possible,
			   (sum(c.indicators) - sum(c.assessed))::integer AS missing_indicators,
			   sum(c.points) / sum(c.points_possible) AS share
		  FROM @extschema@.assessment_criterion_scores(e.edition, missing) AS c
		 GROUP BY c.iso3, c.city
	), scored AS (
		SELECT t.*,
			   round(CASE method WHEN 'share' THEN t.share
								 ELSE (t.share - lo) / (hi - lo) END,
					 e.decimals) AS score
		  FROM subject AS t
	)
	SELECT r.iso3, r.city, r.criteria, r.points, r.points_possible,
		   r.missing_indicators, r.score,
		   @extschema@.egdi_level(r.score::float8),
		   (rank() OVER (ORDER BY r.score DESC))::integer,
		   (rank() OVER (PARTITION BY r.iso3 ORDER BY r.score DESC))::integer
	  FROM scored AS r;
END
$$;

COMMENT ON FUNCTION @extschema@.assessment_scores(text, text, text) IS
'Index of every subject of an assessment edition (LOSI: cities; OSI: countries): criterion '
'sub-scores as jsonb {criterion: sub-score}, points obtained and possible, indicators without '
'an assessment, the score on [0, 1] rounded to the edition''s decimals (normalisation: '
'''share'' = points / points possible, ''minmax'' = min-max of the shares over the edition; '
'NULL = the edition''s setting), its level on the EGDI bands (inferred) and competition ranks '
'in the edition and within the country.  22023 for an unknown edition or method, or min-max '
'of an edition whose subjects all have the same share';
