-- Which country a spelling names.  Kept apart from the tables
-- (50_survey_tables.sql) so that a changed definition runs the same in a
-- fresh install and in the update from an earlier version.

-- An alias first (users' additions win), then the ISO 3166-1 alpha-3 code
-- in any case (DNK, dnk), then the common name, then the official name;
-- all compared by egov.country_key.  NULL if none.
CREATE OR REPLACE FUNCTION @extschema@.country_iso3(name text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT m.iso3
	FROM (SELECT a.iso3, 1 AS pref
			FROM @extschema@.country_alias AS a
			WHERE a.alias_key = @extschema@.country_key(country_iso3.name)
		  UNION ALL
		  -- the key of a code is its lower case; upper() under "C" is ASCII
		  -- only, and its result compared under the column's collation so
		  -- that the primary key finds it
		  SELECT c.iso3, 2
			FROM @extschema@.country AS c
			WHERE c.iso3 = pg_catalog.upper(@extschema@.country_key(country_iso3.name) COLLATE "C") COLLATE "default"
		  UNION ALL
		  SELECT c.iso3, 3
			FROM @extschema@.country AS c
			WHERE @extschema@.country_key(c.name) = @extschema@.country_key(country_iso3.name)
		  UNION ALL
		  SELECT c.iso3, 4
			FROM @extschema@.country AS c
			WHERE @extschema@.country_key(c.official_name) = @extschema@.country_key(country_iso3.name)
		 ) AS m
	ORDER BY m.pref, m.iso3
	LIMIT 1;
END;

COMMENT ON FUNCTION @extschema@.country_iso3(text) IS
'ISO3 code of a country given by its code (any case) or a name in any known spelling '
'(egov.country_alias, then the ISO3 code, then the common name, then the official name, '
'compared by egov.country_key); NULL if unknown';
