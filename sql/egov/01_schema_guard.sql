-- Schema egov is trusted by whoever calls egov's functions: a superuser who
-- runs SELECT egov.egdi_level(0.75) must get egov's function, not one another
-- role put beside it (egov.egdi_level(numeric) would be the better match for
-- the literal).  CREATE EXTENSION creates the schema as the installing role,
-- which for a trusted install is not a superuser, or uses a schema of that
-- name that already exists, whoever made it.  So, while the script runs (as
-- the bootstrap superuser in a trusted install):
--
-- * a schema owned by a role other than the installer or a superuser is
--   refused (42501): its owner could add objects at any time;
-- * the schema is given to the role that runs the script, who owns every
--   object in it, and every privilege on it is revoked except USAGE for
--   PUBLIC: the installer can no longer create objects in it;
-- * a schema holding objects that are not egov's (not members of the
--   extension, or members owned by a role that is not superuser) is refused (55000) by
--   egov._schema_check(), defined and run here and run again at the end of
--   the script (99_schema_check.sql).
--
-- On ALTER EXTENSION egov UPDATE from a release that left the schema with
-- the installer, the same statements take it over.
DO $guard$
DECLARE
	nsp oid := pg_catalog.to_regnamespace('@extschema@');
	nsp_owner oid;
	ext_owner oid;
	grantee oid;
	planted oid;
BEGIN
	SELECT n.nspowner INTO nsp_owner FROM pg_catalog.pg_namespace AS n
	WHERE n.oid OPERATOR(pg_catalog.=) nsp;
	SELECT e.extowner INTO ext_owner FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'egov';
	IF nsp_owner OPERATOR(pg_catalog.<>) ext_owner
	   AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles AS r
	            WHERE r.oid OPERATOR(pg_catalog.=) nsp_owner) THEN
		RAISE EXCEPTION 'schema % belongs to role %, which neither installs egov nor is a superuser',
			'@extschema@', nsp_owner::pg_catalog.regrole
			USING ERRCODE = 'insufficient_privilege',
			      HINT = 'Drop or rename that schema first, or let its owner install egov.';
	END IF;

	EXECUTE pg_catalog.format('ALTER SCHEMA %I OWNER TO CURRENT_USER', '@extschema@');
	FOR grantee IN
		SELECT DISTINCT a.grantee
		FROM pg_catalog.pg_namespace AS n, pg_catalog.aclexplode(n.nspacl) AS a
		WHERE n.oid OPERATOR(pg_catalog.=) nsp AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
	LOOP
		EXECUTE pg_catalog.format('REVOKE ALL ON SCHEMA %I FROM %s', '@extschema@',
			CASE WHEN grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
			     ELSE grantee::pg_catalog.regrole::pg_catalog.text END);
	END LOOP;
	EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA %I TO PUBLIC', '@extschema@');

	-- The check that follows is egov's function _schema_check(): one of that
	-- name put here beforehand would stop its CREATE OR REPLACE with an
	-- error that does not say why, or (added to the extension by its owner)
	-- keep that owner, who could rewrite it, so it is refused here as the
	-- check would refuse it.
	planted := pg_catalog.to_regprocedure('@extschema@._schema_check()');
	IF planted IS NOT NULL AND NOT (EXISTS (
		SELECT FROM pg_catalog.pg_depend AS d, pg_catalog.pg_extension AS e
		WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
		  AND d.objid OPERATOR(pg_catalog.=) planted AND d.deptype OPERATOR(pg_catalog.=) 'e'
		  AND d.refobjid OPERATOR(pg_catalog.=) e.oid AND e.extname OPERATOR(pg_catalog.=) 'egov')
	  AND (SELECT r.rolsuper FROM pg_catalog.pg_proc AS p, pg_catalog.pg_roles AS r
	       WHERE p.oid OPERATOR(pg_catalog.=) planted AND r.oid OPERATOR(pg_catalog.=) p.proowner)) THEN
		RAISE EXCEPTION 'schema % holds objects that are not part of egov: %', '@extschema@',
			'function ' OPERATOR(pg_catalog.||) (pg_catalog.pg_identify_object(
				'pg_catalog.pg_proc'::pg_catalog.regclass, planted, 0)).identity
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      HINT = 'Move or drop it, then run the command again.';
	END IF;
END
$guard$;

-- Objects in the schema that are not egov's own: planted overloads and
-- look-alikes (indexes, sequences, row and array types that belong to
-- another object are not counted on their own).  Refused with 55000, here
-- and at the end of the script (99_schema_check.sql), on install and update
-- (CREATE OR REPLACE: this file runs again on update; the guard above has
-- refused a function of this name that is not egov's).
--
-- Membership alone does not make an object egov's: the role that owns the
-- extension may ALTER EXTENSION egov ADD any object it owns, and a release
-- that left it the schema let it create one there.  egov's own objects are
-- created by its scripts, which run as a superuser (the bootstrap superuser
-- in a trusted install), so a member owned by a role that is not superuser
-- was put there by that role, and is refused too.
CREATE OR REPLACE FUNCTION @extschema@._schema_check()
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $check$
DECLARE
	nsp oid := pg_catalog.to_regnamespace('@extschema@');
	ext oid := (SELECT e.oid FROM pg_catalog.pg_extension AS e WHERE e.extname = 'egov');
	foreign_objects text;
	members boolean;
BEGIN
	SELECT pg_catalog.string_agg(o.what, ', ' ORDER BY o.what), pg_catalog.bool_or(o.member)
	INTO foreign_objects, members
	FROM (SELECT pg_catalog.pg_describe_object(o.classid, o.objid, 0)
	             OPERATOR(pg_catalog.||) CASE WHEN o.member THEN
	                 ' (owned by ' OPERATOR(pg_catalog.||) o.owner::pg_catalog.regrole::pg_catalog.text
	                 OPERATOR(pg_catalog.||) ', added to the extension)' ELSE '' END,
	             o.member
	      FROM (SELECT o.classid, o.objid, o.owner, EXISTS (
	                SELECT FROM pg_catalog.pg_depend AS d
	                WHERE d.classid OPERATOR(pg_catalog.=) o.classid AND d.objid OPERATOR(pg_catalog.=) o.objid
	                  AND d.objsubid OPERATOR(pg_catalog.=) 0 AND d.deptype OPERATOR(pg_catalog.=) 'e'
	                  AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
	                  AND d.refobjid OPERATOR(pg_catalog.=) ext) AS member
	            FROM (SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, p.proowner FROM pg_catalog.pg_proc AS p WHERE p.pronamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprowner FROM pg_catalog.pg_operator AS o WHERE o.oprnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, c.relowner FROM pg_catalog.pg_class AS c WHERE c.relnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, t.typowner FROM pg_catalog.pg_type AS t WHERE t.typnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, c.oid, c.collowner FROM pg_catalog.pg_collation AS c WHERE c.collnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid, c.conowner FROM pg_catalog.pg_conversion AS c WHERE c.connamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, c.oid, c.opcowner FROM pg_catalog.pg_opclass AS c WHERE c.opcnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid, f.opfowner FROM pg_catalog.pg_opfamily AS f WHERE f.opfnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid, c.cfgowner FROM pg_catalog.pg_ts_config AS c WHERE c.cfgnamespace = nsp
	                  UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, d.oid, d.dictowner FROM pg_catalog.pg_ts_dict AS d WHERE d.dictnamespace = nsp
	                 ) AS o(classid, objid, owner)
	           ) AS o
	      WHERE NOT (o.member AND (SELECT r.rolsuper FROM pg_catalog.pg_roles AS r
	                               WHERE r.oid OPERATOR(pg_catalog.=) o.owner))
	        AND NOT (NOT o.member AND o.classid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.pg_class,pg_catalog.pg_type}'::pg_catalog.regclass[])
	                 AND EXISTS (SELECT FROM pg_catalog.pg_depend AS d
	                             WHERE d.classid OPERATOR(pg_catalog.=) o.classid AND d.objid OPERATOR(pg_catalog.=) o.objid
	                               AND d.objsubid OPERATOR(pg_catalog.=) 0
	                               AND d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::"char"[])))
	     ) AS o(what, member);
	IF foreign_objects IS NOT NULL THEN
		RAISE EXCEPTION 'schema % holds objects that are not part of egov: %', '@extschema@', foreign_objects
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      HINT = 'Anyone who calls egov''s functions could run them instead.  Move or drop them'
			             OPERATOR(pg_catalog.||) CASE WHEN members
			                 THEN ' (one added to the extension: ALTER EXTENSION egov DROP it first)' ELSE '' END
			             OPERATOR(pg_catalog.||) ', then run the command again.';
	END IF;
END
$check$;

COMMENT ON FUNCTION @extschema@._schema_check() IS
'Install and update check: raises 55000 naming every object in schema egov that is not part of '
'the extension (a planted overload or look-alike would be resolved by callers of egov''s functions)';
-- internal: run by the extension script only
REVOKE ALL ON FUNCTION @extschema@._schema_check() FROM PUBLIC;

SELECT @extschema@._schema_check();
