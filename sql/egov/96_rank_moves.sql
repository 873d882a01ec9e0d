-- What moves a rank: the rank effect of leaving each indicator out
-- (src/rank_drop_one.c), and for the UN editions the smallest improvement
-- of each component that lifts a country into the next group or rating
-- class.

CREATE FUNCTION @extschema@.rank_drop_one(indicators float8[], weights float8[] DEFAULT NULL,
                                          normalisation text DEFAULT 'none',
                                          method text DEFAULT 'mean')
RETURNS int[]
AS 'MODULE_PATHNAME', 'egov_rank_drop_one'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_drop_one(float8[], float8[], text, text) IS
'Window function (COINr remove_elements): element j is the row''s competition rank (highest '
'composite first) with indicator j left out (its weight 0, the others renormalised) minus its '
'rank with every indicator: positive when the row falls without it. The composite is '
'normalisation (''none'', the default: as given; ''minmax'', ''rank'', ''zscore'' as in '
'egov.composite_rank_uncertainty) then method (''mean'', ''geometric_mean'', ''harmonic_mean'', '
'''median''); a row''s absent indicators are left out. NULL for a row without indicators, an '
'element NULL when the row has none left. Bad names or weights raise 22023';

CREATE FUNCTION @extschema@.egdi_next_step(edition int)
RETURNS TABLE (iso3 text, egdi numeric, level @extschema@.level, rating_class text,
               component text, value float8, to_next_level float8, to_next_class float8)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM @extschema@.egdi_report AS r
					WHERE r.survey_year = edition AND r.assessed) THEN
		RAISE EXCEPTION 'egov.egdi_next_step: no edition % with assessed countries in egov.egdi_report', edition
			USING ERRCODE = '22023',
				  HINT = 'SELECT DISTINCT survey_year FROM egov.egdi_report WHERE assessed lists them.';
	END IF;
	RETURN QUERY
	WITH r AS (
		SELECT e.iso3, e.egdi, e.level, e.rating_class,
			   e.osi::float8 AS osi, e.hci::float8 AS hci, e.tii::float8 AS tii,
			   @extschema@.egdi(e.osi::float8, e.hci::float8, e.tii::float8, e.survey_year) AS computed,
			   e.survey_year
		  FROM @extschema@.egdi_report AS e
		 WHERE e.survey_year = edition AND e.level IS NOT NULL
		   AND e.osi BETWEEN 0 AND 1 AND e.hci BETWEEN 0 AND 1 AND e.tii BETWEEN 0 AND 1
	), targets AS (
		SELECT r.*,
			   CASE r.level WHEN 'Low' THEN 0.25 WHEN 'Middle' THEN 0.5 WHEN 'High' THEN 0.75 END
				   AS next_level_egdi,
			   (SELECT min(o.egdi::float8) FROM r AS o
				 WHERE o.level = r.level AND o.rating_class <> r.rating_class AND o.egdi > r.egdi)
				   AS next_class_egdi
		  FROM r
	)
	SELECT t.iso3, t.egdi, t.level, t.rating_class, c.component, c.value,
		   CASE WHEN c.value + (t.next_level_egdi - t.computed) / c.weight <= 1
				THEN greatest((t.next_level_egdi - t.computed) / c.weight, 0) END,
		   CASE WHEN t.rating_class IS NULL THEN NULL
				WHEN c.value + (coalesce(t.next_class_egdi, t.next_level_egdi) - t.computed) / c.weight <= 1
				THEN greatest((coalesce(t.next_class_egdi, t.next_level_egdi) - t.computed) / c.weight, 0) END
	  FROM targets AS t
	 CROSS JOIN LATERAL (VALUES
			('OSI', t.osi, @extschema@.egdi(1, 0, 0, t.survey_year)),
			('HCI', t.hci, @extschema@.egdi(0, 1, 0, t.survey_year)),
			('TII', t.tii, @extschema@.egdi(0, 0, 1, t.survey_year))) AS c(component, value, weight)
	 ORDER BY t.egdi DESC, t.iso3, c.component;
END
$$;

COMMENT ON FUNCTION @extschema@.egdi_next_step(int) IS
'For each assessed country of an edition and each component (OSI, HCI, TII): its value, and '
'the smallest increase of that component alone (the others and every other country fixed) '
'that lifts its EGDI into the next group (to the band 0.25, 0.5 or 0.75 above it) and into '
'the next rating class (to the EGDI of the lowest country of the class above in its group, '
'ties going to the higher class; from a group''s top class, the next group): '
'(target - EGDI) / w with w the component''s weight in the edition''s EGDI, from the EGDI '
'computed from the components. NULL where the component would have to exceed 1, in the '
'top group, and for the rating class before 2020. An edition without assessed countries '
'raises 22023';
