-- CSV records with the line each starts on (parsed in C, src/csv.c), and
-- the helpers every loader (egov.import_un_csv, egov.import_cities,
-- egov.import_losi_indicators, egov.import_losi_assessments) builds on: one
-- pipeline, so every file is read, checked and reported alike.  The C
-- parser only splits; each judgement is made by these helpers and the
-- loaders, where an error can name the line, the column and the value.
-- (CREATE OR REPLACE: this file also runs when a 0.3.0 database is updated.)

CREATE OR REPLACE FUNCTION @extschema@.csv_records(csv text, delimiter text DEFAULT ',')
RETURNS TABLE (line_no integer, fields text[])
AS 'MODULE_PATHNAME', 'egov_csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 200;

COMMENT ON FUNCTION @extschema@.csv_records(text, text) IS
'Splits CSV text into records: line_no is the line a record starts on, fields its fields '
'as written.  Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, quoted fields '
'("" inside), a last line without a line end; skips empty lines.  An unterminated quote '
'(reported on the line the quote opens), a quote inside an unquoted field or text after a '
'closing quote raises 22P02 naming the line (with a hint when the line looks separated by '
'another delimiter); a delimiter other than one ASCII character raises 22023';


-- A number as written in a CSV file: plain decimal or exponent notation.
-- NULL for an empty field (not published); 22P02 for anything else,
-- including NaN and Infinity, which numeric would accept (the field shown
-- as egov.visible_text writes it: a line end or a zero-width character in
-- it is seen, not printed).  Rounded to 15
-- decimals: finer digits are no published figure (float8 holds no more),
-- and a numeric such as 1e-400 would no longer cast to float8 in the views.
-- 22003 for a magnitude of 1e300 or more, for the same reason.
--
-- egov._csv_number_problem states the rule and its messages, for checks
-- made set-based: NULL if the field is a number or empty, else the
-- SQLSTATE, a space and the message (inlined by the planner, as is
-- egov._csv_decimal: no function call per field; hence || and not
-- format(), which is only STABLE and would prevent it).
CREATE OR REPLACE FUNCTION @extschema@._csv_number_problem(value text, line_no integer, column_name text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
	WHEN pg_catalog.btrim(value) = '' THEN NULL
	WHEN pg_catalog.btrim(value) !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$'
		THEN '22P02 line ' || coalesce(line_no::text, '?') || ', column "' || coalesce(column_name, '?') || '": "' || @extschema@.visible_text(value) || '" is not a number'
	WHEN abs(pg_catalog.btrim(value)::numeric) >= 1e300
		THEN '22003 line ' || coalesce(line_no::text, '?') || ', column "' || coalesce(column_name, '?') || '": ' || pg_catalog.btrim(value)
			 || ' is out of range (magnitude below 1e300)'
END;

COMMENT ON FUNCTION @extschema@._csv_number_problem(text, integer, text) IS
'Loader helper: NULL if a CSV field is a number or empty, else the SQLSTATE, a space and the '
'message egov._csv_number raises for it (22P02 not a number, 22003 a magnitude of 1e300 or more)';


-- The value of a number field that egov._csv_number_problem accepts: NULL
-- if empty, else rounded to 15 decimals (inlined by the planner).
CREATE OR REPLACE FUNCTION @extschema@._csv_decimal(value text)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
	WHEN pg_catalog.btrim(value) = '' THEN NULL
	WHEN pg_catalog.scale(pg_catalog.btrim(value)::numeric) > 15
		THEN pg_catalog.trim_scale(pg_catalog.round(pg_catalog.btrim(value)::numeric, 15))
	ELSE pg_catalog.btrim(value)::numeric
END;

COMMENT ON FUNCTION @extschema@._csv_decimal(text) IS
'Loader helper: a CSV number field that egov._csv_number_problem accepts as numeric, rounded '
'to at most 15 decimals; NULL if empty';


-- One field at a time, for the loaders that read row by row.
CREATE OR REPLACE FUNCTION @extschema@._csv_number(value text, line_no integer, column_name text)
RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	problem text := @extschema@._csv_number_problem(value, line_no, column_name);
BEGIN
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION '%', substr(problem, 7) USING ERRCODE = left(problem, 5);
	END IF;
	RETURN @extschema@._csv_decimal(value);
END
$$;

COMMENT ON FUNCTION @extschema@._csv_number(text, integer, text) IS
'Loader helper: a CSV field as numeric rounded to at most 15 decimals, NULL if empty; 22P02 '
'naming line and column if not a number, 22003 for a magnitude of 1e300 or more';


-- Header positions of the wanted columns (1-based; NULL for an optional
-- column that is absent); 22023 for a missing required or repeated column.
-- A wanted entry may list accepted spellings separated by "|" (the first
-- names the column in messages); optional lists the first spellings.
CREATE OR REPLACE FUNCTION @extschema@._csv_header(header text[], wanted text[], optional text[], line_no integer)
RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	pos integer[] := array_fill(NULL::integer, ARRAY[cardinality(wanted)]);
	names text[];
	i integer;
	j integer;
	sep text;
BEGIN
	names := ARRAY(SELECT split_part(w, '|', 1) FROM unnest(wanted) AS w);
	FOR i IN 1 .. cardinality(header) LOOP
		FOR j IN 1 .. cardinality(wanted) LOOP
			-- case folded under "C" (ASCII only): in a Turkish database lower('I')
			-- is a dotless i, and a header in capitals would match nothing
			IF lower(btrim(header[i]) COLLATE "C") = ANY (string_to_array(lower(wanted[j] COLLATE "C"), '|')) THEN
				IF pos[j] IS NOT NULL THEN
					RAISE EXCEPTION 'line %: column "%" appears twice in the header (fields % and %)',
						line_no, names[j], pos[j], i
						USING ERRCODE = 'invalid_parameter_value';
				END IF;
				pos[j] := i;
			END IF;
		END LOOP;
	END LOOP;
	FOR j IN 1 .. cardinality(wanted) LOOP
		IF pos[j] IS NULL AND NOT names[j] = ANY (optional) THEN
			-- one field holding a separator: the file uses another delimiter
			sep := substring(header[1] FROM '[;\t|]');
			IF cardinality(header) = 1 AND sep IS NOT NULL THEN
				RAISE EXCEPTION 'line %: the header is one field "%", separated by "%" rather than the delimiter',
					line_no, @extschema@.visible_text(header[1]), CASE sep WHEN E'\t' THEN '\t' ELSE sep END
					USING ERRCODE = 'invalid_parameter_value',
						  HINT = format('Pass the delimiter: delimiter => %L.', sep);
			END IF;
			RAISE EXCEPTION 'line %: column "%" is missing from the header', line_no, names[j]
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'The columns are ' || array_to_string(names, ', ') || '.';
		END IF;
	END LOOP;
	RETURN pos;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_header(text[], text[], text[], integer) IS
'Loader helper: positions of the wanted columns in a CSV header ("A|B" accepts either '
'spelling; NULL for an absent optional column); 22023 naming the line for a missing or '
'repeated column, or for a one-field header separated by another delimiter';


-- The records of a CSV text that carry something: the header first, then
-- the data records, skipping lines of empty fields.  22P02 for a data record
-- whose field count differs from the header's, 22023 for a text without a
-- header or without data.  (A set of rows rather than a record of arrays, so
-- callers and tools see plain column types.)
CREATE OR REPLACE FUNCTION @extschema@._csv_body(csv text, delimiter text DEFAULT ',')
RETURNS TABLE (line_no integer, fields text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rec record;
	width integer;
	data_lines integer := 0;
BEGIN
	IF csv IS NULL THEN
		RAISE EXCEPTION 'CSV text must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF delimiter IS NULL THEN
		RAISE EXCEPTION 'the CSV delimiter must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	FOR rec IN
		SELECT r.line_no, r.fields
		  FROM @extschema@.csv_records(csv, delimiter) WITH ORDINALITY AS r(line_no, fields, n)
		 ORDER BY r.n
	LOOP
		IF width IS NULL THEN
			width := cardinality(rec.fields);
		ELSIF btrim(array_to_string(rec.fields, '')) = '' THEN
			CONTINUE;
		ELSIF cardinality(rec.fields) <> width THEN
			RAISE EXCEPTION 'line %: % fields, but the header has %',
				rec.line_no, cardinality(rec.fields), width
				USING ERRCODE = 'invalid_text_representation';
		ELSE
			data_lines := data_lines + 1;
		END IF;
		line_no := rec.line_no;
		fields := rec.fields;
		RETURN NEXT;
	END LOOP;
	IF width IS NULL THEN
		RAISE EXCEPTION 'the CSV text is empty: no header line'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF data_lines = 0 THEN
		RAISE EXCEPTION 'the CSV has a header but no data lines'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_body(text, text) IS
'Loader helper: the header and then the data records of a CSV text, skipping empty lines; '
'22P02 for a wrong field count, 22023 for a text without header or data, 22004 for NULL';


-- The data records of a CSV text with their fields in the order of wanted,
-- found by egov._csv_header (NULL for an absent optional column): a loader
-- reads the column wanted[k] names as fields[k].  The per-row loaders read
-- their files through it; egov.import_un_csv, set-based, through
-- egov._csv_body and egov._csv_header.
CREATE OR REPLACE FUNCTION @extschema@._csv_columns(csv text, delimiter text, wanted text[], optional text[])
RETURNS TABLE (line_no integer, fields text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rec record;
	pos integer[];
BEGIN
	FOR rec IN SELECT b.line_no, b.fields FROM @extschema@._csv_body(csv, delimiter) AS b LOOP
		IF pos IS NULL THEN
			pos := @extschema@._csv_header(rec.fields, wanted, optional, rec.line_no);
			CONTINUE;
		END IF;
		line_no := rec.line_no;
		fields := '{}';
		FOR k IN 1 .. cardinality(pos) LOOP
			fields := fields || rec.fields[pos[k]];
		END LOOP;
		RETURN NEXT;
	END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_columns(text, text, text[], text[]) IS
'Loader helper: the data records of a CSV text, each with the wanted columns in the order '
'wanted names them (NULL for an absent optional column), and the errors of egov._csv_body '
'and egov._csv_header';


-- A name as a loader stores it: each Unicode space (the Zs characters, the
-- line and paragraph separators, NEL) made a space, then every run of white
-- space one space, trimmed.  The same in every locale: a [[:space:]] class
-- follows the database's LC_CTYPE (under C.UTF-8 it takes a thin space but
-- not a no-break space, under C neither), so the class is read under "C",
-- where it is ASCII only, after the translation.  NULL stays NULL.  (The
-- spaces are written with chr(): a \u escape in the script would fail in a
-- database that is not UTF8 before egov could refuse it with 0A000; the
-- calls are folded to a constant where the function is inlined.)
CREATE OR REPLACE FUNCTION @extschema@._csv_name(value text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.btrim(pg_catalog.regexp_replace(
	pg_catalog.translate(value,
		pg_catalog.chr(133) || pg_catalog.chr(160) || pg_catalog.chr(5760) || pg_catalog.chr(8192) ||
		pg_catalog.chr(8193) || pg_catalog.chr(8194) || pg_catalog.chr(8195) ||
		pg_catalog.chr(8196) || pg_catalog.chr(8197) || pg_catalog.chr(8198) ||
		pg_catalog.chr(8199) || pg_catalog.chr(8200) || pg_catalog.chr(8201) ||
		pg_catalog.chr(8202) || pg_catalog.chr(8232) || pg_catalog.chr(8233) ||
		pg_catalog.chr(8239) || pg_catalog.chr(8287) || pg_catalog.chr(12288),
		'                   ') COLLATE "C",
	'[[:space:]]+', ' ', 'g'));

COMMENT ON FUNCTION @extschema@._csv_name(text) IS
'Loader helper: a name with every Unicode space made a space, runs of white space one space, '
'trimmed; the same in every locale';


-- A required text field: trimmed, 22023 naming line and column if empty.
CREATE OR REPLACE FUNCTION @extschema@._csv_required(value text, line_no integer, column_name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF value IS NULL OR btrim(value) = '' THEN
		RAISE EXCEPTION 'line %, column "%": the value is empty', line_no, column_name
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	RETURN btrim(value);
END
$$;

COMMENT ON FUNCTION @extschema@._csv_required(text, integer, text) IS
'Loader helper: a required CSV field, trimmed; 22023 naming line and column if empty';


-- A country as written in a file: an ISO3 code in egov.country, or any name
-- egov.country_iso3 knows; 23503 naming line and value if neither.
CREATE OR REPLACE FUNCTION @extschema@._csv_country(value text, line_no integer, column_name text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v text := @extschema@._csv_required(value, line_no, column_name);
	code text;
BEGIN
	SELECT c.iso3 INTO code FROM @extschema@.country AS c WHERE c.iso3 = upper(v COLLATE "C") COLLATE "default";
	IF code IS NULL THEN
		code := @extschema@.country_iso3(v);
	END IF;
	IF code IS NULL THEN
		RAISE EXCEPTION 'line %, column "%": unknown country "%"', line_no, column_name, @extschema@.visible_text(value)
			USING ERRCODE = 'foreign_key_violation',
				  HINT = @extschema@._unknown_country_hint(v);
	END IF;
	RETURN code;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_country(text, integer, text) IS
'Loader helper: ISO3 code of a country given by code or name; 23503 naming line and value if unknown';
