\set ECHO none
-- pg_temp.describe(relation): what \d+ shows of a table or view, one line
-- an item, the same on every PostgreSQL major: the columns (type, NOT NULL,
-- default, generated), the constraints (except NOT NULL, which PostgreSQL
-- 18 lists as constraints too), the indexes, the triggers, and whether
-- pg_dump dumps it as egov's configuration table (and which rows), and
-- what PUBLIC may do with it.  A regression test prints it, so any change
-- to an object's structure shows in its expected output.  Included by the
-- regression tests (\i test/sql/include/describe.sql); not echoed.
CREATE FUNCTION pg_temp.describe(rel regclass) RETURNS TABLE (item text)
LANGUAGE sql AS $describe$
SELECT d.item FROM (
	SELECT 1 AS k, a.attnum::integer AS n,
		   format('column %s %s%s%s%s', quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
				  CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
				  CASE WHEN a.attgenerated = '' THEN coalesce(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), '')
					   ELSE ' GENERATED ALWAYS AS ' || pg_get_expr(ad.adbin, ad.adrelid) END,
				  CASE WHEN a.attcollation NOT IN (0, t.typcollation) THEN ' COLLATE ' || a.attcollation::regcollation::text
					   ELSE '' END) AS item
	  FROM pg_attribute AS a
	  JOIN pg_type AS t ON t.oid = a.atttypid
	  LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
	 WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
	UNION ALL
	SELECT 2, 0, format('constraint %s %s', quote_ident(c.conname), pg_get_constraintdef(c.oid))
	  FROM pg_constraint AS c
	 WHERE c.conrelid = rel AND c.contype <> 'n'
	UNION ALL
	SELECT 3, 0, pg_get_indexdef(i.indexrelid)
	  FROM pg_index AS i
	 WHERE i.indrelid = rel
	UNION ALL
	SELECT 4, 0, pg_get_triggerdef(tg.oid)
	  FROM pg_trigger AS tg
	 WHERE tg.tgrelid = rel AND NOT tg.tgisinternal
	UNION ALL
	SELECT 5, 0, 'dumped by pg_dump as a configuration table' || coalesce(', ' || nullif(x.cond, ''), ', every row')
	  FROM pg_extension AS e, unnest(e.extconfig, e.extcondition) AS x(oid, cond)
	 WHERE x.oid = rel
	UNION ALL
	SELECT 6, 0, 'every role may ' || coalesce(string_agg(u.p, ', ' ORDER BY u.o), 'do nothing')
	  FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'])
		   WITH ORDINALITY AS u(p, o)
	 WHERE has_table_privilege('public', rel, u.p)
) AS d
ORDER BY d.k, d.n, d.item;
$describe$;
\set ECHO all
