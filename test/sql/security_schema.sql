-- After a trusted install by a role that is not superuser, that role cannot
-- add anything to schema egov: a superuser who then runs the README's
-- examples, or works with search_path = egov, public, gets egov's functions.
\set VERBOSITY default
\set SHOW_CONTEXT never
DROP SCHEMA IF EXISTS egov;
CREATE ROLE regress_egov_installer;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_egov_installer', current_database()); END $$;
SET ROLE regress_egov_installer;
CREATE EXTENSION egov;
-- a better match for a numeric literal than egov.egdi_level(float8)
CREATE FUNCTION egov.egdi_level(numeric) RETURNS text
LANGUAGE sql AS $$ SELECT 'planted' $$;
-- an exact match for round(float8, int), which pg_catalog lacks
CREATE FUNCTION egov.round(double precision, integer) RETURNS double precision
LANGUAGE sql AS $$ SELECT 42::double precision $$;
CREATE TABLE egov.planted (x int);
-- nor can it give the schema away, rename it or grant on it
ALTER SCHEMA egov OWNER TO regress_egov_installer;
ALTER SCHEMA egov RENAME TO egov_old;
GRANT CREATE ON SCHEMA egov TO PUBLIC;
SELECT has_schema_privilege('egov', 'CREATE') AS installer_may_create,
       has_schema_privilege('egov', 'USAGE') AS installer_may_use;
RESET ROLE;
-- the bootstrap superuser owns it; PUBLIC may only use it
SELECT n.nspowner = 10 AS owner_is_bootstrap_superuser,
       array_agg(a.grantee::regrole || ':' || a.privilege_type ORDER BY 1, 2)
         FILTER (WHERE a.grantee <> n.nspowner) AS others_privileges
FROM pg_namespace AS n, aclexplode(n.nspacl) AS a WHERE n.nspname = 'egov' GROUP BY n.nspowner;
-- the superuser runs the README's examples
SELECT egov.egdi_level(0.75), egov.egdi_level(0.7499);
SET search_path = egov, public;
SELECT round(egdi(0.67558, 0.99315, 0.52170, 2008)::numeric, 5) AS ireland_2008;
-- 42883: there is no round(float8, int) to run
SELECT round(egdi(0.9059, 0.7396, 0.7388), 4);
RESET search_path;
-- nothing in schema egov is not egov's own (no rows)
SELECT p.oid::regprocedure FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace
  AND NOT EXISTS (SELECT FROM pg_depend AS d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e');
SET ROLE regress_egov_installer;
DROP EXTENSION egov;
RESET ROLE;
DROP SCHEMA egov;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_egov_installer', current_database()); END $$;
DROP ROLE regress_egov_installer;
