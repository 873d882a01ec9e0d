-- The locale matrix (test/suites/33-locale.sh): every IMMUTABLE function,
-- window function or aggregate of egov that takes or returns text, called on a corpus of tricky names; one
-- output line per call, "function | argument varied | name | result or
-- SQLSTATE and message".  Run in databases of different locales, the
-- outputs must be equal.  The functions come from the catalogue, so one
-- added later is covered without touching this file.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
SET client_min_messages = warning;

CREATE TEMP TABLE corpus (n serial, name text NOT NULL);
INSERT INTO corpus (name) VALUES
	('Ireland'), (E'Ireland\u2009'), (E'\u00A0Ireland'), (E'Ire\u200Bland'), (E'\uFEFFIreland'),
	(E'Ire\u00ADland'), (E'New\u2009Zealand'), (E'New\u00A0Zealand'), (E'New\u202FZealand'),
	(E'New\u3000Zealand'), (E'New\u1680Zealand'), (E'New\u2028Zealand'), (E'New\u0085Zealand'),
	(E'New\tZealand\r\n'), (E'  New   Zealand  '),
	('Côte d''Ivoire'), (normalize('Côte d''Ivoire', NFD)), ('Côte d’Ivoire'), ('Côte d´Ivoire'),
	('COTE D''IVOIRE'), ('Türkiye'), (normalize('Türkiye', NFD)), ('TÜRKİYE'), ('türkıye'),
	('TURKIYE'), ('turkiye'), ('İstanbul'), ('ISTANBUL'), ('ıi'), ('Iİ'),
	('Curaçao'), (normalize('Curaçao', NFD)), ('São Tomé and Príncipe'),
	(normalize('São Tomé and Príncipe', NFD)), ('Straße'), ('STRASSE'), ('ẞ'), ('ﬁnland'),
	('Ｆｉｎｌａｎｄ'), ('Æbeltoft'), ('Œuvre'), ('Ĳssel'), ('Łódź'), ('Øresund'), ('Þórshöfn'),
	('Guinea-Bissau'), ('Guinea–Bissau'), (E'Guinea\u2011Bissau'), ('ΕΛΛΆΔΑ'), ('ελλάς'),
	('РОССИЯ'), ('Ёлка'), ('中国'), ('한국'), ('مصر'), (E'\u200Fمصر\u200E'), ('ᏣᎳᎩ'),
	('ǅemal'), ('ǈ'), ('K'), ('Ω'), ('½'), ('ﷺ'), (E'a\u0308\u0301'), (E'\uE000'),
	(''), (' '), (E'\u2009'), ('DNK'), ('dnk'), ('UK'), ('South Korea'),
	(E'Survey Year,Country Name\n2022,Ireland\u2009\n'), (E'a;b\n"c\u00A0";d'), (','), (';'),
	('0.5'), ('1e-400'), ('NaN'), ('Very High'), ('arithmetic'), ('GEOMETRIC');

-- Sample values for arguments that are not text; a function with another
-- argument type makes the run fail, so that the matrix is extended to it.
CREATE TEMP TABLE sample (type regtype PRIMARY KEY, literal text NOT NULL);
INSERT INTO sample VALUES
	('integer', '2022'), ('bigint', '1'), ('smallint', '1'), ('numeric', '0.5'),
	('double precision', '0.5'), ('real', '0.5'), ('boolean', 'true'),
	('double precision[]', '{0.5,0.25}'), ('numeric[]', '{0.5,0.25}'), ('integer[]', '{1,2}'),
	('text[]', '{Country,City}');

CREATE TEMP VIEW text_function AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.prokind,
	   -- an oidvector's subscripts start at 0
	   string_to_array(p.proargtypes::text, ' ')::oid[] AS argtypes
  FROM pg_proc AS p
 WHERE p.pronamespace = 'egov'::regnamespace AND p.prokind IN ('f', 'w', 'a') AND p.provolatile = 'i'
   AND ('text'::regtype = ANY (p.proargtypes::oid[]) OR p.prorettype = 'text'::regtype
		OR 'text'::regtype = ANY (p.proallargtypes));

-- the call of function f with the corpus name in text argument `varied`
-- (0: none varied) and the defaults or samples elsewhere
CREATE FUNCTION pg_temp.call(f oid, varied integer, name text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	args text[] := '{}';
	t oid;
	d text;
	i integer := 0;
	lit text;
	result text;
BEGIN
	FOREACH t IN ARRAY (SELECT argtypes FROM text_function WHERE oid = f) LOOP
		i := i + 1;
		d := pg_get_function_arg_default(f, i);
		IF i = varied THEN
			lit := quote_literal(name) || '::text';
		ELSIF t = 'text'::regtype THEN
			lit := coalesce(d, quote_literal(name) || '::text');
		ELSE
			SELECT quote_literal(s.literal) || '::' || s.type::text INTO lit FROM sample AS s WHERE s.type = t;
			IF lit IS NULL THEN
				RAISE EXCEPTION 'the locale matrix has no sample value of type % for %', t::regtype, f::regprocedure;
			END IF;
		END IF;
		args := args || lit;
	END LOOP;
	BEGIN
		IF (SELECT prokind FROM text_function WHERE oid = f) = 'f' THEN
			EXECUTE format('SELECT coalesce(string_agg(coalesce(r::text, %L), %L), %L) FROM %s(%s) AS r',
						   'NULL',
						   ' | ', '<no rows>', f::regproc, array_to_string(args, ', '))
			   INTO result;
		ELSE					-- window function or aggregate: over three rows
			EXECUTE format('SELECT string_agg(coalesce(r::text, %L), %L) FROM (SELECT %s(%s)%s AS r FROM generate_series(1, 3)) AS s',
						   'NULL',
						   ' | ', f::regproc, array_to_string(args, ', '),
						   CASE WHEN (SELECT prokind FROM text_function WHERE oid = f) = 'w' THEN ' OVER ()' ELSE '' END)
			   INTO result;
		END IF;
	EXCEPTION WHEN OTHERS THEN
		IF SQLSTATE = 'XX000' OR SQLSTATE LIKE '58%' THEN
			RAISE;				-- an internal error is no answer
		END IF;
		result := 'ERROR ' || SQLSTATE || ' ' || SQLERRM;
	END;
	RETURN result;
END
$$;

SELECT 'functions ' || count(*) || ': ' || string_agg(signature, ', ' ORDER BY signature) FROM text_function;
SELECT f.signature || ' | ' || v.varied || ' | ' || egov.visible_text(c.name) || ' | '
	   || egov.visible_text(pg_temp.call(f.oid, v.varied, c.name))
  FROM text_function AS f
 CROSS JOIN LATERAL (SELECT i AS varied FROM generate_subscripts(f.argtypes, 1) AS i
					  WHERE f.argtypes[i] = 'text'::regtype
					 UNION ALL SELECT 0 WHERE NOT 'text'::regtype = ANY (f.argtypes)) AS v
 CROSS JOIN corpus AS c
 WHERE v.varied > 0 OR c.n = 1
 ORDER BY f.signature, v.varied, c.n;
