-- Update only: egov.country_key changed in 0.4.0 (49_country_key.sql), so the
-- keys stored under the old definition are computed again: the alias keys
-- and the indexes on country and city names.  The old key folded Unicode
-- spaces by LC_CTYPE and took decomposed accents as they were, so names that
-- were distinct under it can share a key now; the update then stops and
-- names them rather than drop one.
DO $$
DECLARE
	clash text;
BEGIN
	SELECT string_agg(format('%s %s', what, names), '; ') INTO clash
	FROM (
		SELECT 'aliases' AS what,
			   string_agg(pg_catalog.format('"%s" (%s)', @extschema@.visible_text(a.alias), a.iso3), ', '
						  ORDER BY a.alias COLLATE "C") AS names
		  FROM @extschema@.country_alias AS a
		 GROUP BY @extschema@.country_key(a.alias)
		HAVING count(*) > 1
		UNION ALL
		SELECT 'country names',
			   string_agg(pg_catalog.format('"%s" (%s)', @extschema@.visible_text(c.name), c.iso3), ', '
						  ORDER BY c.iso3 COLLATE "C")
		  FROM @extschema@.country AS c
		 GROUP BY @extschema@.country_key(c.name)
		HAVING count(*) > 1
		UNION ALL
		SELECT 'cities of ' || c.iso3,
			   string_agg(pg_catalog.format('"%s"', @extschema@.visible_text(c.name)), ', '
						  ORDER BY c.name COLLATE "C")
		  FROM @extschema@.city AS c
		 GROUP BY c.iso3, @extschema@.country_key(c.name)
		HAVING count(*) > 1
	) AS d;
	IF clash IS NOT NULL THEN
		RAISE EXCEPTION 'egov 0.4.0 compares names by a key that folds every Unicode space and accent: these names now share a key: %', clash
			USING ERRCODE = 'unique_violation',
				  HINT = 'Rename or delete all but one of each, then run ALTER EXTENSION egov UPDATE again.';
	END IF;
END
$$;

-- The alias key is filled in by a trigger; whether a row is bundled must not
-- change (the bundled-row trigger would mark every row bundled while the
-- update runs).
ALTER TABLE @extschema@.country_alias DISABLE TRIGGER bundled_row_update;
UPDATE @extschema@.country_alias SET alias = alias
 WHERE alias_key IS DISTINCT FROM @extschema@.country_key(alias);
ALTER TABLE @extschema@.country_alias ENABLE TRIGGER bundled_row_update;

REINDEX INDEX @extschema@.country_name_key_idx;
REINDEX INDEX @extschema@.country_official_name_key_idx;
REINDEX INDEX @extschema@.city_name_key_idx;
