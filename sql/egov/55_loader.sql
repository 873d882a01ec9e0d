-- egov.import_un_csv: load one UN E-Government Data-Center export.
--
-- The C parser (egov.csv_records) only splits the text; every judgement is
-- made here, where an error can name the line, the column and the value.
-- Everything is checked before anything is written, and the function runs
-- inside one statement, so a refused file leaves the tables as they were.

-- A number as written in a UN export: plain decimal or exponent notation.
-- NULL for an empty field (not published); 22P02 for anything else,
-- including NaN and Infinity, which numeric would accept.
CREATE FUNCTION @extschema@._csv_number(value text, line_no integer, column_name text)
RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v text := btrim(value);
BEGIN
	IF v IS NULL OR v = '' THEN
		RETURN NULL;
	END IF;
	IF v !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$' THEN
		RAISE EXCEPTION 'line %, column "%": "%" is not a number', line_no, column_name, value
			USING ERRCODE = 'invalid_text_representation';
	END IF;
	RETURN v::numeric;
END
$$;

COMMENT ON FUNCTION @extschema@._csv_number(text, integer, text) IS
'Loader helper: a CSV field as numeric, NULL if empty, 22P02 naming line and column if not a number';


-- The known errors of the published tables that egov keeps as published
-- (data/NOTICE.md); NULL for any other row.
CREATE FUNCTION @extschema@._source_note(survey_year integer, iso3 text, egdi numeric, hci numeric)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
	WHEN survey_year = 2003 AND ((iso3 = 'FSM' AND hci = 1.422) OR (iso3 = 'TUV' AND hci = 1.03))
		THEN 'HCI above 1 as published by UN DESA (a source error, kept as published)'
	WHEN survey_year = 2008 AND ((iso3 = 'CMR' AND egdi = 0.2734) OR (iso3 = 'KHM' AND egdi = 0.2989))
		THEN 'published EGDI does not follow from the published OSI, HCI and TII (a source error)'
END;

COMMENT ON FUNCTION @extschema@._source_note(integer, text, numeric, numeric) IS
'Loader helper: the note for a known source error kept as published (2003 HCI of '
'Micronesia and Tuvalu, 2008 EGDI of Cameroon and Cambodia), else NULL';


CREATE FUNCTION @extschema@.import_un_csv(csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wanted constant text[] := ARRAY[
		'Survey Year', 'Country Name', 'E-Government Rank', 'E-Government Index',
		'E-Participation Index', 'Online Service Index', 'Human Capital Index',
		'Telecommunication Infrastructure Index'];
	pos integer[] := ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL]::integer[];
	header text[];
	rec record;
	i integer;
	j integer;
	f text[];
	year integer;
	year_line integer;
	row_year integer;
	name text;
	code text;
	rank_text text;
	rank integer;
	vals numeric[];
	seen jsonb := '{}';
	-- the validated rows, column by column
	r_iso3 text[] := '{}';
	r_rank integer[] := '{}';
	r_egdi numeric[] := '{}';
	r_epi numeric[] := '{}';
	r_osi numeric[] := '{}';
	r_hci numeric[] := '{}';
	r_tii numeric[] := '{}';
	r_note text[] := '{}';
	stored integer;
BEGIN
	IF csv IS NULL THEN
		RAISE EXCEPTION 'CSV text must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;

	FOR rec IN
		SELECT r.line_no, r.fields
		  FROM @extschema@.csv_records(csv) WITH ORDINALITY AS r(line_no, fields, n)
		 ORDER BY r.n
	LOOP
		f := rec.fields;

		IF header IS NULL THEN
			-- columns are found by name; others are ignored
			header := f;
			FOR i IN 1 .. cardinality(f) LOOP
				FOR j IN 1 .. cardinality(wanted) LOOP
					IF lower(btrim(f[i])) = lower(wanted[j]) THEN
						IF pos[j] IS NOT NULL THEN
							RAISE EXCEPTION 'line %: column "%" appears twice in the header (fields % and %)',
								rec.line_no, wanted[j], pos[j], i
								USING ERRCODE = 'invalid_parameter_value';
						END IF;
						pos[j] := i;
					END IF;
				END LOOP;
			END LOOP;
			FOR j IN 1 .. cardinality(wanted) LOOP
				IF pos[j] IS NULL THEN
					RAISE EXCEPTION 'line %: column "%" is missing from the header', rec.line_no, wanted[j]
						USING ERRCODE = 'invalid_parameter_value',
							  HINT = 'A UN Data-Center export has the columns ' || array_to_string(wanted, ', ') || '.';
				END IF;
			END LOOP;
			CONTINUE;
		END IF;

		-- a line of empty fields (",,,,") carries nothing
		IF btrim(array_to_string(f, '')) = '' THEN
			CONTINUE;
		END IF;
		IF cardinality(f) <> cardinality(header) THEN
			RAISE EXCEPTION 'line %: % fields, but the header has %', rec.line_no, cardinality(f), cardinality(header)
				USING ERRCODE = 'invalid_text_representation';
		END IF;

		-- one file, one edition
		IF btrim(f[pos[1]]) !~ '^[0-9]{4}$' THEN
			RAISE EXCEPTION 'line %, column "%": "%" is not a survey year', rec.line_no, wanted[1], f[pos[1]]
				USING ERRCODE = 'invalid_text_representation';
		END IF;
		row_year := btrim(f[pos[1]])::integer;
		IF row_year NOT BETWEEN 2001 AND 2999 THEN
			RAISE EXCEPTION 'line %, column "%": % is out of range (2001 to 2999)', rec.line_no, wanted[1], row_year
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		IF year IS NULL THEN
			year := row_year;
			year_line := rec.line_no;
		ELSIF row_year <> year THEN
			RAISE EXCEPTION 'line %, column "%": % differs from % on line %', rec.line_no, wanted[1], row_year, year, year_line
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'One file holds one edition; import each year separately.';
		END IF;

		name := f[pos[2]];
		IF btrim(name) = '' THEN
			RAISE EXCEPTION 'line %, column "%": the country name is empty', rec.line_no, wanted[2]
				USING ERRCODE = 'invalid_text_representation';
		END IF;
		code := @extschema@.country_iso3(name);
		IF code IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": unknown country "%"', rec.line_no, wanted[2], name
				USING ERRCODE = 'foreign_key_violation',
					  HINT = 'Add the spelling to egov.country_alias: INSERT INTO egov.country_alias (alias, iso3) VALUES (''...'', ''ISO'').';
		END IF;
		IF seen ? code THEN
			RAISE EXCEPTION 'line %, column "%": "%" is %, which line % already gave', rec.line_no, wanted[2], name, code, seen ->> code
				USING ERRCODE = 'unique_violation';
		END IF;
		seen := seen || jsonb_build_object(code, rec.line_no);

		rank_text := btrim(f[pos[3]]);
		rank := NULL;
		IF rank_text <> '' THEN
			-- some exports write ranks as floats ("136.0")
			IF rank_text !~ '^[0-9]{1,9}(\.0*)?$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not a rank', rec.line_no, wanted[3], f[pos[3]]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			rank := split_part(rank_text, '.', 1)::integer;
			IF rank < 1 THEN
				RAISE EXCEPTION 'line %, column "%": rank % is out of range (at least 1)', rec.line_no, wanted[3], rank
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
		END IF;

		-- EGDI, EPI, OSI, HCI, TII (wanted[4] .. wanted[8])
		vals := ARRAY[]::numeric[];
		FOR j IN 4 .. 8 LOOP
			vals := vals || @extschema@._csv_number(f[pos[j]], rec.line_no, wanted[j]);
			IF (vals[j - 3] < 0 OR vals[j - 3] > 1)
			   AND NOT (j = 7 AND @extschema@._source_note(year, code, NULL::numeric, vals[j - 3]) IS NOT NULL) THEN
				RAISE EXCEPTION 'line %, column "%": % is out of range (0 to 1)', rec.line_no, wanted[j], btrim(f[pos[j]])
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
		END LOOP;

		r_iso3 := r_iso3 || code;
		r_rank := r_rank || rank;
		r_egdi := r_egdi || vals[1];
		r_epi := r_epi || vals[2];
		r_osi := r_osi || vals[3];
		r_hci := r_hci || vals[4];
		r_tii := r_tii || vals[5];
		r_note := r_note || @extschema@._source_note(year, code, vals[1], vals[4]);
	END LOOP;

	IF header IS NULL THEN
		RAISE EXCEPTION 'the CSV text is empty: no header line'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF year IS NULL THEN
		RAISE EXCEPTION 'the CSV has a header but no data lines'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	-- all checked: replace the edition's rows.  Imports of one year take
	-- turns (a transaction-scoped advisory lock keyed on the year): at READ
	-- COMMITTED each statement below then sees the rows an earlier import
	-- committed, instead of colliding with them on the primary key; under
	-- REPEATABLE READ the later import fails with a serialisation error to
	-- retry.  Imports of different years run in parallel.
	PERFORM pg_catalog.pg_advisory_xact_lock(
		pg_catalog.hashtext('egov.import_un_csv'), year);
	IF NOT EXISTS (SELECT FROM @extschema@.edition AS e WHERE e.survey_year = year) THEN
		INSERT INTO @extschema@.edition (survey_year, egdi_decimals)
		VALUES (year, CASE WHEN year >= 2018 THEN 4 ELSE 5 END);
	END IF;
	DELETE FROM @extschema@.survey_score AS s WHERE s.survey_year = year;
	INSERT INTO @extschema@.survey_score
		(survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, source_note)
	SELECT year, u.*
	  FROM unnest(r_iso3, r_rank, r_egdi, r_epi, r_osi, r_hci, r_tii, r_note) AS u;
	GET DIAGNOSTICS stored = ROW_COUNT;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_un_csv(text) IS
'Loads one UN E-Government Data-Center CSV export (one edition) into egov.survey_score and '
'returns the rows stored; replaces the rows of that year already present (concurrent '
'imports of one year take turns).  All or nothing: '
'a malformed line or wrong field count (22P02), a missing column or mixed years (22023), '
'an unknown country (23503), a repeated country (23505), a value that is not a number '
'(22P02) or outside [0, 1] (22003) is refused naming the line, the column and the value';
