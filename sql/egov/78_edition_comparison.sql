-- Two editions side by side for every country.

CREATE FUNCTION @extschema@.edition_comparison(from_year int, to_year int)
RETURNS TABLE (iso3 text, country text, region text,
			   egdi_from numeric, egdi_to numeric, egdi_change numeric,
			   world_rank_from int, world_rank_to int, world_rank_change int,
			   region_rank_from int, region_rank_to int, region_rank_change int,
			   level_from @extschema@.level, level_to @extschema@.level, level_change int,
			   rating_class_from text, rating_class_to text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	y int;
BEGIN
	FOREACH y IN ARRAY ARRAY[from_year, to_year] LOOP
		IF NOT EXISTS (SELECT FROM @extschema@.egdi_report AS r
						WHERE r.survey_year = y AND r.assessed) THEN
			RAISE EXCEPTION 'egov.edition_comparison: no edition % with assessed countries in egov.egdi_report', y
				USING ERRCODE = '22023',
					  HINT = 'SELECT DISTINCT survey_year FROM egov.egdi_report WHERE assessed lists them.';
		END IF;
	END LOOP;
	-- only assessed rows count: a country not assessed in an edition has NULLs there
	RETURN QUERY
	WITH a AS (
		SELECT r.* FROM @extschema@.egdi_report AS r
		 WHERE r.survey_year = from_year AND r.assessed
	), b AS (
		SELECT r.* FROM @extschema@.egdi_report AS r
		 WHERE r.survey_year = to_year AND r.assessed
	)
	SELECT coalesce(b.iso3, a.iso3), coalesce(b.country, a.country),
		   coalesce(b.region, a.region),
		   a.egdi, b.egdi, b.egdi - a.egdi,
		   a.world_rank, b.world_rank, a.world_rank - b.world_rank,
		   a.region_rank, b.region_rank, a.region_rank - b.region_rank,
		   a.level, b.level,
		   array_position(enum_range(NULL::@extschema@.level), b.level)
		   - array_position(enum_range(NULL::@extschema@.level), a.level),
		   a.rating_class, b.rating_class
	  FROM a FULL JOIN b ON b.iso3 = a.iso3
	 ORDER BY b.world_rank NULLS LAST, a.world_rank NULLS LAST, 1;
END
$$;

COMMENT ON FUNCTION @extschema@.edition_comparison(int, int) IS
'Every country assessed in edition from_year or to_year (egov.egdi_report), with its EGDI, world '
'and region ranks, EGDI group and rating class at both and the changes: egdi_change = to - from; '
'rank changes = from - to, so positive means moved up; level_change = groups moved up (+1 High to '
'Very High). NULL where the country was not assessed in that edition. Either year may be the '
'later. An edition without assessed countries raises 22023. Ordered by the to_year world rank';
