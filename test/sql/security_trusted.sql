-- egov is a trusted extension: a role that is not superuser but may CREATE
-- in the database installs it.  The script then runs as the bootstrap
-- superuser, so the objects, and schema egov (which the script takes over
-- from the installer), belong to that superuser while the extension belongs
-- to the installer.  A role
-- with no grant of its own cannot change the survey tables, directly or
-- through the loader.
-- (earlier tests' DROP EXTENSION leaves the empty schema egov behind: a
-- schema that CREATE EXTENSION creates is not a member of the extension)
DROP SCHEMA IF EXISTS egov;
CREATE ROLE regress_egov_installer;
CREATE ROLE regress_egov_nobody;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_egov_installer', current_database()); END $$;

SET ROLE regress_egov_installer;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION egov;
SELECT extowner::regrole AS extension_owner, extversion = (
           SELECT default_version FROM pg_available_extensions WHERE name = 'egov') AS default_version
FROM pg_extension WHERE extname = 'egov';
SELECT nspowner = 10 AS schema_owner_is_bootstrap_superuser FROM pg_namespace WHERE nspname = 'egov';
RESET ROLE;

-- every member object is owned by the bootstrap superuser (no rows)
SELECT pg_describe_object(d.classid, d.objid, 0) AS object, o.owner::regrole
FROM pg_depend AS d
CROSS JOIN LATERAL (
	SELECT proowner FROM pg_proc WHERE d.classid = 'pg_proc'::regclass AND oid = d.objid
	UNION ALL SELECT relowner FROM pg_class WHERE d.classid = 'pg_class'::regclass AND oid = d.objid
	UNION ALL SELECT typowner FROM pg_type WHERE d.classid = 'pg_type'::regclass AND oid = d.objid
) AS o(owner)
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'egov')
  AND o.owner <> 10
ORDER BY 1;

-- the installer computes with it, and loads data into it
SET ROLE regress_egov_installer;
SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 4) AS china_2020;
SELECT egov.import_un_csv(
'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
2030,Denmark,1,0.9,0.9,0.9,0.9,0.9
') AS installer_imports;
RESET ROLE;

-- a role without grants changes no table of the extension, directly or
-- through the loader: every attempt fails with 42501 (no rows)
CREATE TEMP TABLE attempt (what text, sqlstate text);
GRANT INSERT ON attempt TO regress_egov_nobody;
SET ROLE regress_egov_nobody;
DO $$
DECLARE
	t record;
	stmt text;
BEGIN
	FOR t IN SELECT c.oid::regclass AS rel,
	                (SELECT quote_ident(attname) FROM pg_attribute
	                 WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped
	                   AND attgenerated = '' ORDER BY attnum LIMIT 1) AS col
	         FROM pg_class AS c
	         WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'p')
	LOOP
		FOREACH stmt IN ARRAY ARRAY[
			format('INSERT INTO %s DEFAULT VALUES', t.rel),
			format('UPDATE %1$s SET %2$s = %2$s', t.rel, t.col),
			format('DELETE FROM %s', t.rel),
			format('TRUNCATE %s', t.rel)]
		LOOP
			BEGIN
				EXECUTE stmt;
				INSERT INTO attempt VALUES (stmt, '00000');
			EXCEPTION WHEN OTHERS THEN
				INSERT INTO attempt VALUES (stmt, SQLSTATE);
			END;
		END LOOP;
	END LOOP;
	IF to_regproc('egov.import_un_csv') IS NOT NULL THEN
		BEGIN
			PERFORM egov.import_un_csv(
				E'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,'
				'Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
				'2030,France,1,0.9,0.9,0.9,0.9,0.9\n');
			INSERT INTO attempt VALUES ('egov.import_un_csv', '00000');
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO attempt VALUES ('egov.import_un_csv', SQLSTATE);
		END;
	END IF;
END
$$;
RESET ROLE;
SELECT count(*) > 0 AS attempted FROM attempt;
SELECT * FROM attempt WHERE sqlstate <> '42501' ORDER BY 1;

SET ROLE regress_egov_installer;
DROP EXTENSION egov;
RESET ROLE;
-- the schema stays, empty; it belongs to the superuser who ran the script
DROP SCHEMA egov;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_egov_installer', current_database()); END $$;
DROP TABLE attempt;
DROP ROLE regress_egov_installer;
DROP ROLE regress_egov_nobody;
