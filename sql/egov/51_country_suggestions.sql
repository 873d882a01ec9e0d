-- The known countries a name that is none probably means, for the hint of
-- the loaders' unknown-country error: "Kenia" suggests Kenya.  Distances
-- are taken between egov.country_key keys (so case, accents and
-- typographic apostrophes cost nothing) by egov.name_distance
-- (src/name_distance.c), against every country's name, official name and
-- alias.

CREATE OR REPLACE FUNCTION @extschema@.name_distance(name text, other text)
RETURNS integer
AS 'MODULE_PATHNAME', 'egov_name_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.name_distance(text, text) IS
'Edit distance between two texts over characters: the least number of insertions, deletions, '
'substitutions and swaps of two neighbouring characters turning one into the other (optimal '
'string alignment); egov.name_distance(''Kenia'', ''Kenya'') is 1.  Texts of at most 1000 '
'characters (54000 beyond)';

-- A candidate is near when its distance is at most a third of the name's
-- key length (at least 1): "Kenia" admits 1 edit, "Untied Kingdom" 4.  Each
-- country once, at its nearest spelling; nearest first, then by name.  A
-- name of more than 1000 characters suggests nothing rather than failing,
-- since the suggestions go into another error's hint.
CREATE OR REPLACE FUNCTION @extschema@.country_suggestions(name text, max integer DEFAULT 3)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT coalesce(array_agg(s.name ORDER BY s.distance, s.name), '{}')
	FROM (SELECT c.name, min(d.distance) AS distance
			FROM (SELECT k.iso3, @extschema@.name_distance(k.key, q.key) AS distance, q.key AS name_key
					FROM (SELECT @extschema@.country_key(country_suggestions.name) AS key) AS q,
						 (SELECT c.iso3, @extschema@.country_key(c.name) AS key FROM @extschema@.country AS c
						  UNION ALL
						  SELECT c.iso3, @extschema@.country_key(c.official_name) FROM @extschema@.country AS c
						   WHERE c.official_name IS NOT NULL
						  UNION ALL
						  SELECT a.iso3, a.alias_key FROM @extschema@.country_alias AS a) AS k
				   WHERE q.key <> '' AND length(q.key) <= 1000 AND length(k.key) <= 1000) AS d
			JOIN @extschema@.country AS c USING (iso3)
		   WHERE d.distance <= greatest(1, length(d.name_key) / 3)
		   GROUP BY c.iso3, c.name
		   ORDER BY min(d.distance), c.name
		   LIMIT country_suggestions.max) AS s;
END;

COMMENT ON FUNCTION @extschema@.country_suggestions(text, integer) IS
'Common names of the known countries nearest to a name (at most max, nearest first): '
'egov.name_distance between egov.country_key keys of the name and of every country''s name, '
'official name and alias, within a third of the name''s length; egov.country_suggestions(''Kenia'') '
'is {Kenya}.  Empty if none is near';

-- The hint of an unknown country's error: the suggestions with their codes,
-- and the alias that would make the name known.
CREATE OR REPLACE FUNCTION @extschema@._unknown_country_hint(name text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT CASE WHEN s.list IS NULL
				THEN format('Give an ISO3 code, or add the spelling: INSERT INTO egov.country_alias (alias, iso3) VALUES (%L, ''ISO'').',
							_unknown_country_hint.name)
				ELSE format('Did you mean %s?  Give an ISO3 code, or add the spelling: INSERT INTO egov.country_alias (alias, iso3) VALUES (%L, %L).',
							s.list, _unknown_country_hint.name, s.first_iso3)
		   END
	FROM (SELECT string_agg(format('%s (%s)', u.n, @extschema@.country_iso3(u.n)), ', ' ORDER BY u.i) AS list,
				 min(@extschema@.country_iso3(u.n)) FILTER (WHERE u.i = 1) AS first_iso3
			FROM unnest(@extschema@.country_suggestions(_unknown_country_hint.name)) WITH ORDINALITY AS u(n, i)) AS s;
END;

COMMENT ON FUNCTION @extschema@._unknown_country_hint(text) IS
'Loader helper: hint of the unknown-country error, naming the nearest known countries '
'(egov.country_suggestions) and the egov.country_alias insert that would make the name known';
