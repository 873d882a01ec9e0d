-- A hostile role plants look-alikes of common functions, aggregates and
-- operators in public, and temporary tables named like egov's tables; a
-- victim (here a superuser) who puts public first in search_path must get
-- from every egov function, aggregate, window function, view, table and the
-- loader exactly what a clean search_path gives, and no planted object may
-- run.  The probes are found from the catalogue, so functions added later
-- are covered; every probe runs in a subtransaction that is rolled back.
CREATE EXTENSION egov;
SET statement_timeout = '120s';
-- the 2022 edition relabelled 2023: a new year loads in a second, while
-- replacing a bundled year takes several
\set csv `sed 's/^2022,/2023,/' data/un-desa/EGOV_DATA_2022.csv`

CREATE SCHEMA regress_sec;
CREATE TABLE regress_sec.probe (item text PRIMARY KEY, sql text NOT NULL, after text);
CREATE TABLE regress_sec.result (phase text, item text, result text);

-- A value of each argument type, written with casts and array subscripts
-- only (no operator, no unqualified name).  For calls over rows (window
-- functions, aggregates) the value depends on the row number i in 1..6.
CREATE FUNCTION regress_sec.arg(t oid, k integer, argname text, per_row boolean)
RETURNS text LANGUAGE sql STABLE AS $$
SELECT CASE
	WHEN t IN ('float8'::regtype, 'numeric'::regtype, 'float4'::regtype) AND per_row
		THEN format('(%L::%s[])[i]',
		            (ARRAY['{0.9,0.1,0.5,0.7,0.3,0.5}', '{0.2,0.4,0.6,0.8,0.6,0.4}',
		                   '{0.55,0.35,0.75,0.15,0.95,0.45}'])[k % 3 + 1], t::regtype)
	WHEN t IN ('float8'::regtype, 'numeric'::regtype, 'float4'::regtype)
		THEN format('%L::%s', (ARRAY['0.5', '0.25', '0.75', '0.6', '0.4'])[k % 5 + 1], t::regtype)
	WHEN t IN ('float8[]'::regtype, 'numeric[]'::regtype) AND per_row
		THEN format('(%L::%s)[i:i+2]', '{0.2,0.5,0.9,0.4,0.6,0.1,0.8,0.3}', t::regtype)
	WHEN t IN ('float8[]'::regtype, 'numeric[]'::regtype)
		THEN format('%L::%s', '{0.2,0.5,0.9}', t::regtype)
	WHEN t IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
		THEN format('2022::%s', t::regtype)
	WHEN t = 'text'::regtype AND argname ILIKE '%csv%' THEN '$1'
	WHEN t = 'text'::regtype THEN quote_literal('  Côte d’Ivoire ')
	WHEN t = 'bool'::regtype THEN 'true'
	WHEN (SELECT typtype = 'e' FROM pg_type WHERE oid = t)
		THEN format('%L::%s', (SELECT enumlabel FROM pg_enum WHERE enumtypid = t
		                       ORDER BY enumsortorder LIMIT 1), t::regtype)
	ELSE format('NULL::%s', t::regtype)
END
$$;

DO $$
DECLARE
	f record;
	args text;
	per_row text;
BEGIN
	FOR f IN
		SELECT p.oid, p.proname, p.prokind, p.proretset, p.proargtypes::oid[] AS types,
		       p.proargnames AS names
		FROM pg_proc AS p
		WHERE p.pronamespace = 'egov'::regnamespace AND p.prokind IN ('f', 'a', 'w')
		  AND p.prorettype NOT IN ('trigger'::regtype, 'internal'::regtype)
	LOOP
		SELECT string_agg(regress_sec.arg(t, k::integer, f.names[k], false), ', ' ORDER BY k),
		       string_agg(regress_sec.arg(t, k::integer, f.names[k], true), ', ' ORDER BY k)
		INTO args, per_row
		FROM unnest(f.types) WITH ORDINALITY AS a(t, k);
		INSERT INTO regress_sec.probe (item, sql) VALUES (
			f.oid::regprocedure::text,
			CASE
			WHEN f.prokind = 'w' THEN format(
				'SELECT pg_catalog.string_agg(r::text, %L ORDER BY i) FROM (SELECT i, egov.%I(%s) OVER (ORDER BY i) AS r FROM pg_catalog.generate_series(1, 6) AS i) AS s',
				',', f.proname, coalesce(per_row, ''))
			WHEN f.prokind = 'a' THEN format(
				'SELECT egov.%I(%s)::text FROM pg_catalog.generate_series(1, 6) AS i',
				f.proname, coalesce(per_row, ''))
			WHEN f.proretset THEN format(
				'SELECT pg_catalog.string_agg(t::text, %L) FROM egov.%I(%s) AS t',
				'|', f.proname, coalesce(args, ''))
			ELSE format('SELECT egov.%I(%s)::text', f.proname, coalesce(args, ''))
			END);
	END LOOP;

	-- the contents of every table and view, floating-point columns at 9
	-- decimals.  A float mean (avg(float8) in egov.region_summary) depends in
	-- its last bits on the order rows reach it, which the plan decides, and
	-- the plan may change between the phases: the loader probes leave dead
	-- rows, the tables grow, and PostgreSQL 18 (merge joins over incremental
	-- sorts) then plans region_summary differently.  A planted object's
	-- answer (42, 'pwned', the opposite) differs far beyond 1e-9.
	INSERT INTO regress_sec.probe (item, sql)
	SELECT c.oid::regclass::text,
	       format('SELECT pg_catalog.md5(pg_catalog.string_agg(r, %L ORDER BY r)) FROM (SELECT ROW(%s)::pg_catalog.text AS r FROM %s AS t) AS s',
	              '|', cols.list, c.oid::regclass)
	FROM pg_class AS c
	CROSS JOIN LATERAL (
		SELECT string_agg(CASE WHEN a.atttypid IN ('float8'::regtype, 'float4'::regtype)
		                       THEN format('pg_catalog.round(t.%I::pg_catalog.numeric, 9)', a.attname)
		                       ELSE format('t.%I', a.attname) END, ', ' ORDER BY a.attnum)
		FROM pg_attribute AS a
		WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols(list)
	WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'v', 'm');

	-- the loader on a good file, on upper case and odd spacing, on an unknown
	-- country: the result and the scores afterwards
	IF to_regproc('egov.import_un_csv') IS NOT NULL THEN
		INSERT INTO regress_sec.probe (item, sql, after)
		SELECT 'loader: ' || v.what, format('SELECT egov.import_un_csv(%s)::text', v.arg),
		       'SELECT pg_catalog.md5(pg_catalog.string_agg(t::text, ''|'' ORDER BY t::text)) FROM egov.survey_score AS t'
		FROM (VALUES
			('as published', '$1'),
			('upper case, a name respaced',
			 'pg_catalog.upper(pg_catalog.replace($1, ''"France "'', ''"  fRANCE   "''))'),
			('unknown country', 'pg_catalog.replace($1, ''"France "'', ''"Frankreich"'')')
		) AS v(what, arg);
	END IF;
END
$$;

-- Runs every probe under the caller's search_path (no SET clause, and no
-- unqualified operator or function of its own), each in a subtransaction
-- that an exception always rolls back.
CREATE PROCEDURE regress_sec.run(phase text, csv text)
LANGUAGE plpgsql AS $$
DECLARE
	p record;
	v text;
	w text;
BEGIN
	FOR p IN SELECT * FROM regress_sec.probe ORDER BY item LOOP
		BEGIN
			EXECUTE p.sql INTO v USING csv;
			IF p.after IS NOT NULL THEN
				EXECUTE p.after INTO w;
				v := pg_catalog.concat(v, ' / ', w);
			END IF;
			RAISE EXCEPTION USING ERRCODE = 'EGV01', MESSAGE = pg_catalog.quote_nullable(v);
		EXCEPTION WHEN OTHERS THEN
			v := pg_catalog.concat(SQLSTATE, ' ', SQLERRM);
		END;
		INSERT INTO regress_sec.result VALUES (phase, p.item, v);
	END LOOP;
END
$$;

CALL regress_sec.run('clean', :'csv');

-- The hostile role and its traps: each records that it ran, then answers
-- wrongly.  Their own bodies call only qualified names.
CREATE ROLE regress_egov_hostile;
GRANT CREATE ON SCHEMA public TO regress_egov_hostile;
SET ROLE regress_egov_hostile;
-- a warning, not a row: every probe is rolled back, a warning still shows
CREATE FUNCTION public.pwn(what text) RETURNS void LANGUAGE plpgsql
AS $$ BEGIN RAISE WARNING 'planted % ran as %', what, pg_catalog.current_user(); END $$;

DO $$
DECLARE
	s text[];
BEGIN
	FOREACH s SLICE 1 IN ARRAY ARRAY[
		-- name, arguments, return type, wrong answer
		['lower', 'text', 'text', '''pwned'''],
		['upper', 'text', 'text', '''pwned'''],
		['btrim', 'text', 'text', '''pwned'''],
		['btrim', 'text, text', 'text', '''pwned'''],
		['ltrim', 'text', 'text', '''pwned'''],
		['rtrim', 'text', 'text', '''pwned'''],
		['length', 'text', 'integer', '-1'],
		['replace', 'text, text, text', 'text', '''pwned'''],
		['split_part', 'text, text, integer', 'text', '''pwned'''],
		['translate', 'text, text, text', 'text', '''pwned'''],
		['regexp_replace', 'text, text, text', 'text', '''pwned'''],
		['regexp_replace', 'text, text, text, text', 'text', '''pwned'''],
		['concat_ws', 'text, text', 'text', '''pwned'''],
		['round', 'double precision', 'double precision', '42'],
		['round', 'numeric', 'numeric', '42'],
		['round', 'numeric, integer', 'numeric', '42'],
		['trunc', 'double precision', 'double precision', '42'],
		['abs', 'double precision', 'double precision', '42'],
		['sqrt', 'double precision', 'double precision', '42'],
		['greatest', 'double precision, double precision', 'double precision', '42'],
		['array_length', 'anyarray, integer', 'integer', '42'],
		['array_upper', 'anyarray, integer', 'integer', '42'],
		['cardinality', 'anyarray', 'integer', '42'],
		['array_to_string', 'anyarray, text', 'text', '''pwned'''],
		['now', '', 'timestamptz', '''1970-01-01'''],
		['to_number', 'text, text', 'numeric', '42']
	] LOOP
		EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE sql AS %L',
			s[1], s[2], s[3],
			format('SELECT public.pwn(%L); SELECT %s::%s', s[1] || '(' || s[2] || ')', s[4], s[3]));
	END LOOP;
END
$$;

-- operators: answer the opposite, or nonsense
CREATE FUNCTION public.evil_text_eq(a text, b text) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('text = text'); SELECT NOT pg_catalog.texteq(a, b) $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_eq);
CREATE FUNCTION public.evil_text_ne(a text, b text) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('text <> text'); SELECT pg_catalog.texteq(a, b) $$;
CREATE OPERATOR public.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_ne);
CREATE FUNCTION public.evil_text_cat(a text, b text) RETURNS text LANGUAGE sql
AS $$ SELECT public.pwn('text || text'); SELECT 'pwned'::text $$;
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_cat);
CREATE FUNCTION public.evil_text_match(a text, b text) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('text ~ text'); SELECT NOT pg_catalog.textregexeq(a, b) $$;
CREATE OPERATOR public.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_match);
CREATE FUNCTION public.evil_text_nomatch(a text, b text) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('text !~ text'); SELECT pg_catalog.textregexeq(a, b) $$;
CREATE OPERATOR public.!~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_nomatch);
CREATE FUNCTION public.evil_float8_eq(a float8, b float8) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('float8 = float8'); SELECT NOT pg_catalog.float8eq(a, b) $$;
CREATE OPERATOR public.= (LEFTARG = float8, RIGHTARG = float8, FUNCTION = public.evil_float8_eq);
CREATE FUNCTION public.evil_float8_lt(a float8, b float8) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('float8 < float8'); SELECT pg_catalog.float8ge(a, b) $$;
CREATE OPERATOR public.< (LEFTARG = float8, RIGHTARG = float8, FUNCTION = public.evil_float8_lt);
CREATE FUNCTION public.evil_float8_plus(a float8, b float8) RETURNS float8 LANGUAGE sql
AS $$ SELECT public.pwn('float8 + float8'); SELECT 42::float8 $$;
CREATE OPERATOR public.+ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = public.evil_float8_plus);
CREATE FUNCTION public.evil_float8_div(a float8, b float8) RETURNS float8 LANGUAGE sql
AS $$ SELECT public.pwn('float8 / float8'); SELECT 42::float8 $$;
CREATE OPERATOR public./ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = public.evil_float8_div);
CREATE FUNCTION public.evil_numeric_eq(a numeric, b numeric) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('numeric = numeric'); SELECT NOT pg_catalog.numeric_eq(a, b) $$;
CREATE OPERATOR public.= (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = public.evil_numeric_eq);
CREATE FUNCTION public.evil_numeric_lt(a numeric, b numeric) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('numeric < numeric'); SELECT pg_catalog.numeric_ge(a, b) $$;
CREATE OPERATOR public.< (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = public.evil_numeric_lt);
CREATE FUNCTION public.evil_int_eq(a integer, b integer) RETURNS boolean LANGUAGE sql
AS $$ SELECT public.pwn('integer = integer'); SELECT NOT pg_catalog.int4eq(a, b) $$;
CREATE OPERATOR public.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.evil_int_eq);

-- aggregates
CREATE FUNCTION public.evil_sfunc(s float8, v float8) RETURNS float8 LANGUAGE sql
AS $$ SELECT public.pwn('aggregate'); SELECT 42::float8 $$;
CREATE AGGREGATE public.avg(float8) (SFUNC = public.evil_sfunc, STYPE = float8);
CREATE AGGREGATE public.sum(float8) (SFUNC = public.evil_sfunc, STYPE = float8);
CREATE AGGREGATE public.max(float8) (SFUNC = public.evil_sfunc, STYPE = float8);
CREATE AGGREGATE public.min(float8) (SFUNC = public.evil_sfunc, STYPE = float8);
CREATE FUNCTION public.evil_nsfunc(s numeric, v numeric) RETURNS numeric LANGUAGE sql
AS $$ SELECT public.pwn('aggregate'); SELECT 42::numeric $$;
CREATE AGGREGATE public.avg(numeric) (SFUNC = public.evil_nsfunc, STYPE = numeric);
CREATE AGGREGATE public.sum(numeric) (SFUNC = public.evil_nsfunc, STYPE = numeric);

RESET ROLE;

-- empty tables named like egov's, in public (given to the hostile role) and
-- in pg_temp (the victim's session: pg_temp is searched first for relations
-- unless search_path names it)
DO $$
DECLARE
	c record;
BEGIN
	FOR c IN SELECT relname, oid::regclass AS rel FROM pg_class
	         WHERE relnamespace = 'egov'::regnamespace AND relkind IN ('r', 'v', 'm')
	LOOP
		EXECUTE format('CREATE TABLE public.%I (LIKE %s)', c.relname, c.rel);
		EXECUTE format('ALTER TABLE public.%I OWNER TO regress_egov_hostile', c.relname);
		EXECUTE format('CREATE TEMP TABLE %I (LIKE %s)', c.relname, c.rel);
	END LOOP;
END
$$;

SET search_path = public, pg_catalog;
CALL regress_sec.run('hostile', :'csv');
RESET search_path;

-- the same answers, probe by probe (no rows; a planted object that ran would
-- also have left a warning above)
SELECT count(*) > 0 AS probes_ran FROM regress_sec.result WHERE phase = 'clean';
SELECT c.item, c.result AS clean, h.result AS hostile
FROM regress_sec.result AS c
FULL JOIN (SELECT * FROM regress_sec.result WHERE phase = 'hostile') AS h USING (item)
WHERE c.phase = 'clean' AND c.result IS DISTINCT FROM h.result
ORDER BY 1;

SET client_min_messages = warning;
DISCARD TEMP;
DROP SCHEMA regress_sec CASCADE;
DROP OWNED BY regress_egov_hostile;
DROP ROLE regress_egov_hostile;
DROP EXTENSION egov;
