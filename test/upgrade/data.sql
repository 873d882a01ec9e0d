-- The data of every table and view of egov, one line per relation: row
-- count and a digest of the sorted rows (as text).  With :full set to 1,
-- the rows themselves, for a diff.
\pset format unaligned
\pset tuples_only on
SET search_path = pg_catalog, pg_temp;
SET extra_float_digits = 3;
SELECT CASE WHEN :'full' = '1'
	THEN format('SELECT %L || '' '' || t::text FROM %s AS t ORDER BY t::text COLLATE "C"', c.oid::regclass, c.oid::regclass)
	ELSE format('SELECT %L || '' rows '' || count(*) || '' md5 '' || coalesce(md5(string_agg(t::text, E''\n'' ORDER BY t::text COLLATE "C")), ''-'') FROM %s AS t',
	            c.oid::regclass, c.oid::regclass)
	END
FROM pg_class AS c
WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p')
ORDER BY c.relname COLLATE "C" \gexec
