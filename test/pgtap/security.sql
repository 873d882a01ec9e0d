-- Least privilege and search_path safety of everything the extension owns,
-- found from the catalogue (pg_depend deptype 'e'), so that objects added
-- later are checked too.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(11);

CREATE TEMP VIEW member_function AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.prosecdef, p.proconfig,
       l.lanname, p.prosqlbody IS NOT NULL AS body_bound
FROM pg_depend AS d
JOIN pg_proc AS p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
JOIN pg_language AS l ON l.oid = p.prolang
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov')
  AND d.deptype = 'e';

CREATE TEMP VIEW member_relation AS
SELECT c.oid, c.oid::regclass::text AS name, c.relkind, c.relacl
FROM pg_depend AS d
JOIN pg_class AS c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov')
  AND d.deptype = 'e';

SELECT is((SELECT trusted FROM pg_available_extension_versions AS v
           JOIN pg_available_extensions AS a USING (name)
           WHERE name = 'egov' AND v.version = a.default_version),
          true, 'egov is a trusted extension: a non-superuser with CREATE on the database may install it');

SELECT cmp_ok((SELECT count(*) FROM member_function), '>', 0::bigint,
              'the extension has member functions to check');

SELECT is(ARRAY(SELECT signature FROM member_function WHERE prosecdef ORDER BY 1),
          '{}'::text[], 'no function of the extension is SECURITY DEFINER');

-- A body parsed when it runs (plain SQL or PL/pgSQL text) resolves names on
-- the caller's search_path unless the function pins its own.  SQL-standard
-- bodies (RETURN ..., BEGIN ATOMIC) are bound at CREATE time and are safe.
SELECT is(ARRAY(SELECT signature FROM member_function
                WHERE lanname IN ('sql', 'plpgsql') AND NOT body_bound
                  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (proconfig), false)
                ORDER BY 1),
          '{}'::text[],
          'every SQL or PL/pgSQL function whose body is parsed at run time pins search_path = pg_catalog, pg_temp');

SELECT is(ARRAY(SELECT signature FROM member_function
                WHERE lanname NOT IN ('c', 'internal', 'sql', 'plpgsql') ORDER BY 1),
          '{}'::text[], 'every function is in C, SQL or PL/pgSQL (the languages the checks above cover)');

-- Nobody but the owner may change the survey tables: no INSERT, UPDATE,
-- DELETE, TRUNCATE or TRIGGER for PUBLIC on any table of the extension.
SELECT is(ARRAY(SELECT DISTINCT r.name || ': ' || a.privilege_type
                FROM member_relation AS r, aclexplode(r.relacl) AS a
                WHERE a.grantee = 0
                  AND a.privilege_type NOT IN ('SELECT', 'REFERENCES')
                ORDER BY 1),
          '{}'::text[], 'PUBLIC holds no write privilege on any table or view of the extension');

-- Every object of the extension lives in its schema.
SELECT is(ARRAY(SELECT signature FROM member_function AS f
                JOIN pg_proc AS p USING (oid)
                WHERE p.pronamespace <> 'egov'::regnamespace ORDER BY 1),
          '{}'::text[], 'every function of the extension is in schema egov');
SELECT is(ARRAY(SELECT name FROM member_relation AS r JOIN pg_class AS c USING (oid)
                WHERE c.relnamespace <> 'egov'::regnamespace ORDER BY 1),
          '{}'::text[], 'every relation of the extension is in schema egov');

-- Schema egov: only its owner, the owner of egov's objects, may create in
-- it, and everything in it is egov's (the script takes it over).
SELECT is((SELECT nspowner FROM pg_namespace WHERE nspname = 'egov'),
          (SELECT p.proowner FROM member_function AS f JOIN pg_proc AS p USING (oid) LIMIT 1),
          'schema egov belongs to the owner of egov''s objects');
SELECT is(ARRAY(SELECT a.grantee::regrole::text || ' ' || a.privilege_type
                FROM pg_namespace AS n, aclexplode(n.nspacl) AS a
                WHERE n.nspname = 'egov' AND a.grantee <> n.nspowner ORDER BY 1),
          ARRAY['- USAGE'], 'on schema egov others hold only USAGE, granted to PUBLIC');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc AS p
                WHERE p.pronamespace = 'egov'::regnamespace
                  AND p.oid NOT IN (SELECT oid FROM member_function) ORDER BY 1),
          '{}'::text[], 'every function in schema egov is egov''s');

SELECT * FROM finish();
ROLLBACK;
