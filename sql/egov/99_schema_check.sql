-- The check of 01_schema_guard.sql once more, at the end of the script:
-- an object put into schema egov while the script ran (before it took the
-- schema over) is refused as well.
DO $check$
DECLARE
	nsp oid := pg_catalog.to_regnamespace('@extschema@');
	ext oid := (SELECT e.oid FROM pg_catalog.pg_extension AS e WHERE e.extname = 'egov');
	foreign_objects text;
BEGIN
	SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(o.classid, o.objid, 0), ', '
	                             ORDER BY pg_catalog.pg_describe_object(o.classid, o.objid, 0))
	INTO foreign_objects
	FROM (SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid FROM pg_catalog.pg_proc AS p WHERE p.pronamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid FROM pg_catalog.pg_operator AS o WHERE o.oprnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_class AS c WHERE c.relnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid FROM pg_catalog.pg_type AS t WHERE t.typnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_collation AS c WHERE c.collnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_conversion AS c WHERE c.connamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_opclass AS c WHERE c.opcnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid FROM pg_catalog.pg_opfamily AS f WHERE f.opfnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_ts_config AS c WHERE c.cfgnamespace = nsp
	      UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, d.oid FROM pg_catalog.pg_ts_dict AS d WHERE d.dictnamespace = nsp
	     ) AS o(classid, objid)
	WHERE NOT EXISTS (
		SELECT FROM pg_catalog.pg_depend AS d
		WHERE d.classid OPERATOR(pg_catalog.=) o.classid AND d.objid OPERATOR(pg_catalog.=) o.objid
		  AND d.objsubid OPERATOR(pg_catalog.=) 0
		  AND ((d.deptype OPERATOR(pg_catalog.=) 'e'
		        AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
		        AND d.refobjid OPERATOR(pg_catalog.=) ext)
		       OR (d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::"char"[])
		           AND o.classid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.pg_class,pg_catalog.pg_type}'::pg_catalog.regclass[]))));
	IF foreign_objects IS NOT NULL THEN
		RAISE EXCEPTION 'schema % holds objects that are not part of egov: %', '@extschema@', foreign_objects
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      HINT = 'Anyone who calls egov''s functions could run them instead.  Move or drop them, then run the command again.';
	END IF;
END
$check$;
