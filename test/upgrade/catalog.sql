-- Everything the extension egov is, as sorted text free of OIDs: one line
-- per member (pg_depend deptype 'e') with its definition, then one line per
-- table column, composite type attribute, constraint, index, trigger, comment
-- (also on columns and attributes) and grant, then the
-- extension's version and configuration tables.  Two databases hold the same
-- extension exactly when this listing is the same.
\pset format unaligned
\pset tuples_only on
SET search_path = pg_catalog, pg_temp;

WITH ext AS (
	SELECT oid, extname, extversion, extconfig, extcondition FROM pg_extension WHERE extname = 'egov'
), member AS (
	SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS name
	FROM pg_depend AS d, ext
	WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), rel AS (
	SELECT m.name, c.* FROM member AS m JOIN pg_class AS c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
), fn AS (
	SELECT m.name, p.* FROM member AS m JOIN pg_proc AS p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
)
SELECT line FROM (
	SELECT 'extension ' || extname || ' version ' || extversion AS line FROM ext
	UNION ALL
	SELECT 'config table ' || c::regclass::text || ' where ' || coalesce(w, '')
	FROM ext, unnest(extconfig, extcondition) AS u(c, w)
	UNION ALL
	SELECT 'member ' || name FROM member
	UNION ALL
	-- functions and procedures: the whole CREATE statement
	SELECT 'function ' || name || E'\n' || pg_get_functiondef(oid) FROM fn WHERE prokind IN ('f', 'p', 'w')
	UNION ALL
	SELECT 'aggregate ' || fn.name || ': ' || concat_ws(' ', 'args', pg_get_function_arguments(fn.oid),
		'returns', pg_get_function_result(fn.oid),
		'sfunc', a.aggtransfn::regprocedure, 'stype', format_type(a.aggtranstype, NULL),
		'finalfn', nullif(a.aggfinalfn, 0)::regprocedure, 'combinefn', nullif(a.aggcombinefn, 0)::regprocedure,
		'serialfn', nullif(a.aggserialfn, 0)::regprocedure, 'deserialfn', nullif(a.aggdeserialfn, 0)::regprocedure,
		'msfunc', nullif(a.aggmtransfn, 0)::regprocedure, 'minvfunc', nullif(a.aggminvtransfn, 0)::regprocedure,
		'mfinalfn', nullif(a.aggmfinalfn, 0)::regprocedure, 'initcond', a.agginitval,
		'finalmodify', a.aggfinalmodify, 'kind', a.aggkind, 'parallel', fn.proparallel,
		'strict', fn.proisstrict, 'volatile', fn.provolatile)
	FROM fn JOIN pg_aggregate AS a ON a.aggfnoid = fn.oid
	UNION ALL
	SELECT 'acl ' || name || ': ' || coalesce(proacl::text, 'default') || ' owner ' || proowner::regrole FROM fn
	UNION ALL
	-- relations
	SELECT 'relation ' || name || ' kind ' || relkind::text || ' persistence ' || relpersistence::text
		|| ' owner ' || relowner::regrole || ' acl ' || coalesce(relacl::text, 'default')
		|| ' options ' || coalesce(reloptions::text, '-')
	FROM rel
	UNION ALL
	SELECT 'view ' || name || E'\n' || pg_get_viewdef(oid) FROM rel WHERE relkind IN ('v', 'm')
	UNION ALL
	SELECT format('column %s.%s %s%s%s%s%s%s', rel.name, a.attnum, a.attname, ' ' || format_type(a.atttypid, a.atttypmod),
		CASE WHEN a.attnotnull THEN ' not null' END,
		' default ' || pg_get_expr(ad.adbin, ad.adrelid),
		CASE a.attgenerated WHEN 's' THEN ' stored' END,
		' collation ' || nullif(a.attcollation, 0)::regcollation)
	FROM rel JOIN pg_attribute AS a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
	LEFT JOIN pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
	UNION ALL
	SELECT 'constraint ' || rel.name || ' ' || c.conname || ': ' || pg_get_constraintdef(c.oid)
	FROM rel JOIN pg_constraint AS c ON c.conrelid = rel.oid
	UNION ALL
	SELECT 'index ' || pg_get_indexdef(i.indexrelid)
	FROM rel JOIN pg_index AS i ON i.indrelid = rel.oid
	UNION ALL
	SELECT 'trigger ' || pg_get_triggerdef(t.oid)
	FROM rel JOIN pg_trigger AS t ON t.tgrelid = rel.oid AND NOT t.tgisinternal
	UNION ALL
	-- types: enum labels in order, composite attributes, domains' base
	SELECT 'type ' || m.name || ' ' || t.typtype::text || coalesce(' labels ' || (
		SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = t.oid), '')
		|| coalesce(' base ' || format_type(nullif(t.typbasetype, 0), t.typtypmod), '')
		|| ' owner ' || t.typowner::regrole || ' acl ' || coalesce(t.typacl::text, 'default')
	FROM member AS m JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	UNION ALL
	SELECT format('attribute %s.%s %s %s', m.name, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod))
	FROM member AS m JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	JOIN pg_attribute AS a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
	UNION ALL
	SELECT 'operator ' || m.name || ' ' || o.oprcode::regprocedure || ' commutator ' || o.oprcom::regoperator
		|| ' negator ' || o.oprnegate::regoperator
	FROM member AS m JOIN pg_operator AS o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
	UNION ALL
	SELECT 'cast ' || m.name || ' ' || coalesce(c.castfunc::regprocedure::text, '-') || ' ' || c.castcontext::text || c.castmethod::text
	FROM member AS m JOIN pg_cast AS c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
	UNION ALL
	-- comments of members, of their columns and of the schema
	SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': ' || d.description
	FROM pg_description AS d
	JOIN member AS m ON m.classid = d.classoid AND m.objid = d.objoid
	UNION ALL
	SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': ' || d.description
	FROM member AS m JOIN pg_type AS t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	JOIN pg_description AS d ON d.classoid = 'pg_class'::regclass AND d.objoid = t.typrelid
	UNION ALL
	SELECT 'schema egov owner ' || nspowner::regrole || ' acl ' || coalesce(nspacl::text, 'default')
	FROM pg_namespace WHERE nspname = 'egov'
) AS listing
ORDER BY line COLLATE "C";
