-- An unknown country's name suggests the nearest known countries
-- (egov.name_distance over egov.country_key keys), and the loaders' error
-- hint names them.
CREATE EXTENSION egov;
\i test/sql/include/try.sql

-- The distance: insertions, deletions, substitutions and swaps of two
-- neighbours, over characters (a two-byte letter is one edit), symmetric.
SELECT a, b, egov.name_distance(a, b) AS ab, egov.name_distance(b, a) AS ba
  FROM (VALUES ('Kenia', 'Kenya'), ('Kenya', 'Kenya'), ('', ''), ('', 'Chad'),
			   ('Mlata', 'Malta'), ('ca', 'abc'), ('Turkey', 'Türkiye'),
			   ('Türkiye', 'Turkiye'), ('Gaon', 'Gabon'), ('kitten', 'sitting'),
			   ('Samoa', 'Somalia')) AS t(a, b);
-- bounded length: 1000 characters, in characters and not bytes
SELECT egov.name_distance(repeat('é', 1000), repeat('e', 1000)) AS thousand_accents;
SELECT pg_temp.try(format('SELECT egov.name_distance(%L, ''x'')', repeat('a', 1001)));
SELECT egov.name_distance(NULL, 'x') IS NULL AS strict;

-- The suggestions: nearest first, each country once, by common name.
SELECT n, egov.country_suggestions(n) AS suggestions
  FROM unnest(ARRAY['Kenia', 'KENIA', 'Gaon', 'Untied Kingdom', 'Tukrey', 'Türkye',
		'Viet Nma', 'Cote d’Ivorie', 'Bolivia (Plurinational State)', 'Czechai',
		'Nigeria', 'Niger ', 'Sudna', 'Austira', 'Xyzzy', '', '  ']) AS n;
-- at most max; none for max 0; a name too long for the distance suggests
-- nothing (the suggestions serve another error's hint)
SELECT egov.country_suggestions('Guinea', 5) AS five, egov.country_suggestions('Guinea', 1) AS one,
	   egov.country_suggestions('Guinea', 0) AS none,
	   egov.country_suggestions(repeat('Kenya', 300)) AS too_long;
SELECT pg_temp.try('SELECT egov.country_suggestions(''Kenia'', -1)');
-- a user's alias is a spelling like any other
INSERT INTO egov.country_alias (alias, iso3) VALUES ('Ruritania', 'AUT');
SELECT egov.country_suggestions('Ruritanja') AS alias_suggested;

-- The hint of the unknown-country error, with and without a suggestion.
SELECT egov._unknown_country_hint('Kenia') AS hint;
SELECT egov._unknown_country_hint('Atlantis') AS hint;
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT egov.import_cities(E'Country,City\nKenia,Nairobi\n');
SELECT egov.import_cities(E'Country,City\nAtlantis,Poseidonis\n');

DROP EXTENSION egov;
