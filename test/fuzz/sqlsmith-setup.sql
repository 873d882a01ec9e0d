-- The database sqlsmith fuzzes: egov (installed and loaded by the caller),
-- a table of edge values, and a role whose view of the catalogue is steered
-- towards egov.  Run as superuser in the fuzz database.
--
-- Steering.  sqlsmith 1.4 reads its routines and aggregates with the
-- unqualified query "... FROM pg_proc", so a schema placed before pg_catalog
-- in the role's search_path can answer it with a view: egov's functions plus
-- a few dozen pg_catalog functions of float8, int, text and bool.  The view also reports egov's window functions as aggregates:
-- sqlsmith never calls window functions otherwise, but it wraps aggregates
-- in OVER (PARTITION BY ... ORDER BY ...), which is how those are called.
-- Tables come from information_schema.tables, which lists only what the role
-- has privileges on; --exclude-catalog drops pg_catalog's.  Operators are
-- read schema-qualified, so all of them stay.
\set ON_ERROR_STOP 1

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'egov_smith') THEN
		CREATE ROLE egov_smith LOGIN;
	END IF;
END
$$;

CREATE SCHEMA fuzz;
CREATE TABLE fuzz.scores (
	id       integer,
	year     integer,
	region   text,
	osi      float8,
	hci      float8,
	tii      float8,
	egdi     float8,
	weights  float8[],
	vals     float8[],
	note     text
);

-- Every row mixes values from the edge pools below; the pools have coprime
-- lengths so that 210 rows pair most values with most others.
WITH f(v, i) AS (
	SELECT v, ordinality - 1 FROM unnest(ARRAY[
		0.0, -0.0, 1.0, 0.5, 0.75, 0.25, 0.4999999999999999, 1.0000000000000002,
		-1.0, 2.0, 'NaN', 'Infinity', '-Infinity', 5e-324, 2.2250738585072014e-308,
		1.7976931348623157e308, -1.7976931348623157e308, NULL, 1e-10, 0.9999
	]::float8[]) WITH ORDINALITY AS u(v, ordinality)),
a(v, i) AS (
	SELECT v, ordinality - 1 FROM unnest(ARRAY[
		NULL, '{}', '{NULL}', '{0.5}', '{0.5,0.5,0.5}', '{1,0,1}', '{NaN,Infinity}',
		'{-Infinity,0,1}', '{1,NULL,0.5}', '{0.3333,0.3333,0.3334}', '{5e-324,-0}',
		'{1e308,1e308}', '{{0.1,0.2},{0.3,0.4}}'
	]::text[]) WITH ORDINALITY AS u(v, ordinality)),
r(v, i) AS (
	SELECT v, ordinality - 1 FROM unnest(ARRAY[
		'Africa', 'Americas', 'Asia', 'Europe', 'Oceania', NULL, ''
	]) WITH ORDINALITY AS u(v, ordinality)),
t(v, i) AS (
	SELECT v, ordinality - 1 FROM unnest(ARRAY[
		'', 'x', 'Survey Year,Country Name', E'2022,"Iraq ",146,0.4383\n',
		'NaN', '-0', repeat('z', 10000), NULL, E'"\n"', 'Türkiye', E'\t,\r\n,,'
	]) WITH ORDINALITY AS u(v, ordinality))
INSERT INTO fuzz.scores
SELECT n, (ARRAY[2003, 2008, 2018, 2020, 2022, NULL, 0])[n % 7 + 1],
	(SELECT v FROM r WHERE r.i = n % 7),
	(SELECT v FROM f WHERE f.i = n % 20),
	(SELECT v FROM f WHERE f.i = (n * 7 + 3) % 20),
	(SELECT v FROM f WHERE f.i = (n * 11 + 5) % 20),
	(SELECT v FROM f WHERE f.i = (n * 13 + 1) % 20),
	(SELECT v::float8[] FROM a WHERE a.i = n % 13),
	(SELECT v::float8[] FROM a WHERE a.i = (n * 3 + 1) % 13),
	(SELECT v FROM t WHERE t.i = n % 11)
FROM generate_series(0, 209) AS n;
-- and plain, valid survey-like rows, so that not every call errors
INSERT INTO fuzz.scores
SELECT 1000 + n, 2020 + 2 * (n % 2), (ARRAY['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'])[n % 5 + 1],
	(n % 97) / 96.0, (n % 89) / 88.0, (n % 83) / 82.0, (n % 79) / 78.0,
	ARRAY[0.34, 0.33, 0.33], ARRAY[(n % 97) / 96.0, (n % 89) / 88.0, (n % 83) / 82.0], 'ok'
FROM generate_series(0, 99) AS n;
ANALYZE fuzz.scores;

-- One view per egov function that calls it over fuzz.scores, split into the
-- edge rows (id < 1000) and the valid ones: sqlsmith picks relations far
-- more often than it nests a given routine, so most statements that read
-- these views reach egov.  Arguments are columns of fuzz.scores chosen by
-- type; a function with an argument type not mapped here gets no view.
CREATE FUNCTION fuzz.arg_expr(t regtype, k integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN t = 'float8'::regtype THEN (ARRAY['osi', 'hci', 'tii', 'egdi'])[k % 4 + 1]
		WHEN t = 'float4'::regtype THEN (ARRAY['osi', 'hci', 'tii', 'egdi'])[k % 4 + 1] || '::float4'
		WHEN t = 'numeric'::regtype THEN (ARRAY['osi', 'hci', 'tii', 'egdi'])[k % 4 + 1] || '::numeric'
		WHEN t = 'float8[]'::regtype THEN (ARRAY['vals', 'weights'])[k % 2 + 1]
		WHEN t IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
			THEN (ARRAY['year', 'id'])[k % 2 + 1] || '::' || t::text
		WHEN t = 'text'::regtype THEN (ARRAY['note', 'region'])[k % 2 + 1]
		WHEN t = 'bool'::regtype THEN '(id % 2 = 0)'
		WHEN (SELECT typtype = 'e' FROM pg_catalog.pg_type WHERE oid = t)
			THEN format('(pg_catalog.enum_range(NULL::%1$s))[1 + id %% pg_catalog.cardinality(pg_catalog.enum_range(NULL::%1$s))]', t)
	END
$$;

DO $$
DECLARE
	f record;
	args text;
	call text;
	body text;
	part text;
	n integer := 0;
BEGIN
	FOR f IN
		SELECT p.oid, p.proname, p.prokind, p.proretset, p.prorettype, p.proargtypes::oid[] AS argtypes
		FROM pg_catalog.pg_proc AS p
		WHERE p.pronamespace = 'egov'::regnamespace AND p.prokind IN ('f', 'a', 'w')
		  -- no view over a function without a value (triggers, internal, the void schema check)
		  AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype, 'internal'::regtype, 'void'::regtype)
		ORDER BY p.proname, p.oid
	LOOP
		SELECT string_agg(fuzz.arg_expr(t::regtype, k::integer - 1), ', ' ORDER BY k)
		INTO args
		FROM unnest(f.argtypes) WITH ORDINALITY AS a(t, k);
		IF cardinality(f.argtypes) > 0 AND (args IS NULL OR EXISTS (
				SELECT FROM unnest(f.argtypes) WITH ORDINALITY AS a(t, k)
				WHERE fuzz.arg_expr(t::regtype, k::integer - 1) IS NULL)) THEN
			RAISE NOTICE 'no fuzz view for %: unmapped argument type', f.oid::regprocedure;
			CONTINUE;
		END IF;
		call := format('egov.%I(%s)', f.proname, coalesce(args, ''));
		body := CASE
			WHEN f.prokind = 'a' THEN
				format('SELECT year, region, %s AS r FROM fuzz.scores WHERE {where} GROUP BY year, region', call)
			WHEN f.prokind = 'w' THEN
				format('SELECT id, year, region, %s OVER (PARTITION BY year ORDER BY id) AS r FROM fuzz.scores WHERE {where}', call)
			-- a set, or a row of OUT parameters (a record cannot be a view's column)
			WHEN f.proretset OR f.prorettype = 'record'::regtype THEN
				format('SELECT s.id, s.year, r.* FROM fuzz.scores AS s, LATERAL %s AS r WHERE {where}', call)
			ELSE
				format('SELECT id, year, region, %s AS r FROM fuzz.scores WHERE {where}', call)
			END;
		FOREACH part IN ARRAY ARRAY['edge', 'valid'] LOOP
			EXECUTE format('CREATE VIEW fuzz.%I AS %s', f.proname || '_' || part || '_' || f.oid,
				replace(body, '{where}', CASE part WHEN 'edge' THEN 'id < 1000' ELSE 'id >= 1000' END));
		END LOOP;
		n := n + 1;
	END LOOP;
	RAISE NOTICE 'fuzz views for % egov functions', n;
END
$$;

GRANT USAGE ON SCHEMA fuzz TO egov_smith;
GRANT ALL ON ALL TABLES IN SCHEMA fuzz TO egov_smith;
-- sqlsmith rolls back every statement, so it may also write egov's tables:
-- that exercises their constraints and the loader.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA egov TO egov_smith;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA egov TO egov_smith;

CREATE SCHEMA smith_catalog;
DO $$
DECLARE
	cols text;
BEGIN
	SELECT string_agg(CASE attname
			WHEN 'prokind' THEN
				$c$CASE WHEN prokind = 'w' THEN 'a'::"char" ELSE prokind END AS prokind$c$
			ELSE quote_ident(attname) END, ', ' ORDER BY attnum)
	INTO cols
	FROM pg_catalog.pg_attribute
	WHERE attrelid = 'pg_catalog.pg_proc'::regclass AND attnum > 0 AND NOT attisdropped;

	EXECUTE format($v$
		CREATE VIEW smith_catalog.pg_proc AS
		SELECT %s FROM pg_catalog.pg_proc
		WHERE pronamespace = 'egov'::regnamespace
		   OR (pronamespace = 'pg_catalog'::regnamespace
		       AND prokind IN ('f', 'a')
		       AND proname IN (
		           'abs', 'round', 'trunc', 'ceil', 'floor', 'sqrt', 'ln', 'exp', 'power',
		           'sign', 'float8', 'int4', 'text', 'random', 'repeat', 'lower', 'btrim',
		           'substr', 'replace', 'length', 'sum', 'avg', 'min', 'max',
		           'stddev_samp', 'stddev_pop', 'corr', 'string_agg', 'bool_and')
		       -- concrete types only: sqlsmith binds polymorphic ones badly
		       AND NOT EXISTS (
		           SELECT FROM unnest(proargtypes::oid[] || prorettype) AS t
		           WHERE t NOT IN ('float8'::regtype, 'float8[]'::regtype, 'int4'::regtype,
		                           'text'::regtype, 'bool'::regtype)))
		-- OFFSET 0 keeps the view read-only, so sqlsmith writes no DML for it
		OFFSET 0
		$v$, cols);
END
$$;
GRANT USAGE ON SCHEMA smith_catalog TO egov_smith;
GRANT SELECT ON smith_catalog.pg_proc TO egov_smith;
SELECT format('ALTER ROLE egov_smith IN DATABASE %I SET search_path = smith_catalog, pg_catalog',
	current_database()) \gexec
