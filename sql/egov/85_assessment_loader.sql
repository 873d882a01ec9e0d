-- Loaders for assessment data: cities, indicator catalogues, assessments.
--
-- Same pipeline as egov.import_un_csv (54_csv.sql): egov.csv_records splits
-- the text (delimiter a parameter, ',' by default),
-- every check is made here naming the line, the column and the value, all
-- checks run before anything is written, and each loader is one statement,
-- so a refused file stores nothing.  Columns are found by header name (case
-- and surrounding spaces do not count); other columns are ignored.
--   22P02 malformed CSV, wrong field count, a value that is not a number
--   22003 a number out of range (negative points, points above the maximum)
--   22023 missing column, empty file, a field that must not be empty, mixed editions
--   23503 unknown country, city, edition or indicator
--   23505 a row given twice, in the file or already stored (also when a load
--         running at the same time stored it after the checks: named as well)
--   54000 a city name longer than the 300 characters the name index takes
--
-- A number is checked as written, then stored as egov._csv_number rounds it
-- (15 decimals): Max Points 1e-300 is above 0 (refused as too small to
-- store), points 1.0000000000000002 exceed a maximum of 1.

-- The _csv_* helpers they share with egov.import_un_csv are in 54_csv.sql.

CREATE OR REPLACE FUNCTION @extschema@.import_cities(csv text, delimiter text DEFAULT ',')
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	err_detail text;			-- of an error caught below, raised again
	err_hint text;
	err_raised boolean;
	wanted constant text[] := ARRAY['Country', 'City', 'Population'];
	rec record;
	f text[];
	line integer;
	-- countries already looked up, by the text as written (a file repeats few)
	countries jsonb := '{}';
	country_code text;
	city_name text;
	pop numeric;
	dup record;
	r_line integer[] := '{}';
	r_iso3 text[] := '{}';
	r_name text[] := '{}';
	r_pop bigint[] := '{}';
	stored integer;
	attempt integer;
BEGIN
	-- row checks in line order; the records stream from egov._csv_columns
	FOR rec IN SELECT b.line_no, b.fields FROM @extschema@._csv_columns(csv, delimiter, wanted, ARRAY['Population']) AS b LOOP
		line := rec.line_no;
		f := rec.fields;
		country_code := countries ->> f[1];
		IF country_code IS NULL THEN
			country_code := @extschema@._csv_country(f[1], line, wanted[1]);
			countries := countries || jsonb_build_object(f[1], country_code);
		END IF;
		city_name := @extschema@._csv_required(@extschema@._csv_name(f[2]), line, wanted[2]);
		IF char_length(city_name) > 300 THEN
			RAISE EXCEPTION 'line %, column "%": a city name of % characters, more than 300 (%...)',
				line, wanted[2], char_length(city_name), @extschema@.visible_text(left(city_name, 40))
				USING ERRCODE = 'program_limit_exceeded';
		END IF;
		-- NULL, as an empty field, when the file has no Population column
		pop := @extschema@._csv_number(f[3], line, wanted[3]);
		IF pop <= 0 OR pop <> trunc(pop) OR pop > 9e15 THEN
			RAISE EXCEPTION 'line %, column "%": % is not a population (a whole number above 0)',
				line, wanted[3], btrim(f[3])
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		r_line := r_line || line;
		r_iso3 := r_iso3 || country_code;
		r_name := r_name || city_name;
		r_pop := r_pop || pop::bigint;
	END LOOP;

	-- checks across rows, set-based: the first repeat by line ...
	SELECT u.l, u.c, u.name, u.first_line INTO dup
	  FROM (SELECT t.l, t.c, t.name, first_value(t.l) OVER w AS first_line, row_number() OVER w AS n
			  FROM unnest(r_line, r_iso3, r_name) AS t(l, c, name)
			WINDOW w AS (PARTITION BY t.c, @extschema@.country_key(t.name) ORDER BY t.l)) AS u
	 WHERE u.n = 2
	 ORDER BY u.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %, column "%": city "%" of % is already on line %',
			dup.l, wanted[2], dup.name, dup.c, dup.first_line
			USING ERRCODE = 'unique_violation';
	END IF;
	-- ... and the first city already stored (city_name_key_idx finds it);
	-- checked again, so named, when a load running at the same time stored
	-- one after this check (the insert then waits for it and fails)
	FOR attempt IN 1 .. 2 LOOP
		SELECT t.l, t.c, t.name INTO dup
		  FROM unnest(r_line, r_iso3, r_name) AS t(l, c, name)
		 WHERE EXISTS (SELECT FROM @extschema@.city AS c
						WHERE c.iso3 = t.c AND @extschema@.country_key(c.name) = @extschema@.country_key(t.name))
		 ORDER BY t.l
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'line %, column "%": city "%" of % is already stored', dup.l, wanted[2], dup.name, dup.c
				USING ERRCODE = 'unique_violation';
		END IF;
		EXIT WHEN attempt = 2;
		BEGIN
			INSERT INTO @extschema@.city (iso3, name, population)
			SELECT * FROM unnest(r_iso3, r_name, r_pop);
			GET DIAGNOSTICS stored = ROW_COUNT;
			RETURN stored;
		EXCEPTION WHEN unique_violation THEN
			NULL;
		END;
	END LOOP;
	-- (under REPEATABLE READ the second check cannot see the other load)
	RAISE EXCEPTION 'a city of this file was stored by a load running at the same time'
		USING ERRCODE = 'unique_violation',
			  HINT = 'Load the file again to see which.';
EXCEPTION WHEN OTHERS THEN
	-- the same error, without this function's statements as CONTEXT
	GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
	err_raised := @extschema@._reraise(SQLSTATE, SQLERRM, err_detail, err_hint);
END
$$;

COMMENT ON FUNCTION @extschema@.import_cities(text, text) IS
'Loads cities from CSV (delimiter a parameter, comma by default; columns Country, City, optional Population) into egov.city and returns '
'the rows stored.  Country is an ISO3 code or a known name.  All or nothing: an unknown country '
'(23503), a city given twice or already stored (23505), an empty field (22023), a population '
'that is not a number (22P02) or not a whole number above 0 (22003) is refused naming the line';


CREATE OR REPLACE FUNCTION @extschema@.import_losi_indicators(csv text, delimiter text DEFAULT ',')
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	err_detail text;			-- of an error caught below, raised again
	err_hint text;
	err_raised boolean;
	wanted constant text[] := ARRAY['Edition', 'Index', 'Year', 'Code', 'Criterion',
									'Description', 'Max Points'];
	rec record;
	f text[];
	line integer;
	ed text;
	ed_line integer;
	kind text;
	year_text text;
	year integer;
	ind_code text;
	maxp numeric;
	known @extschema@.assessment_edition;
	dup record;
	r_line integer[] := '{}';
	r_code text[] := '{}';
	r_crit text[] := '{}';
	r_desc text[] := '{}';
	r_max numeric[] := '{}';
	stored integer;
	attempt integer;
BEGIN
	-- row checks in line order; the records stream from egov._csv_columns
	FOR rec IN SELECT b.line_no, b.fields FROM @extschema@._csv_columns(csv, delimiter, wanted, ARRAY['Description']) AS b LOOP
		line := rec.line_no;
		f := rec.fields;

		-- one file, one edition, of one kind and year
		IF ed IS NULL THEN
			ed := @extschema@._csv_required(f[1], line, wanted[1]);
			ed_line := line;
			IF ed !~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not an edition name (letters, digits, ".", "_", "-")',
					line, wanted[1], ed
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			-- upper() under "C": in a Turkish database upper('losi') would be LOSİ
			kind := upper(@extschema@._csv_required(f[2], line, wanted[2]) COLLATE "C");
			IF kind NOT IN ('LOSI', 'OSI') THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not an index kind (LOSI or OSI)', line, wanted[2], f[2]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			year_text := @extschema@._csv_required(f[3], line, wanted[3]);
			IF year_text !~ '^[0-9]{4}$' THEN
				RAISE EXCEPTION 'line %, column "%": "%" is not a year', line, wanted[3], f[3]
					USING ERRCODE = 'invalid_text_representation';
			END IF;
			year := year_text::integer;
			IF year NOT BETWEEN 2001 AND 2999 THEN
				RAISE EXCEPTION 'line %, column "%": % is out of range (2001 to 2999)', line, wanted[3], year
					USING ERRCODE = 'numeric_value_out_of_range';
			END IF;
			SELECT * INTO known FROM @extschema@.assessment_edition AS e WHERE e.edition = ed;
			IF FOUND AND (known.index_kind <> kind OR known.survey_year <> year) THEN
				RAISE EXCEPTION 'line %: edition "%" is stored as % %, not % %',
					line, ed, known.index_kind, known.survey_year, kind, year
					USING ERRCODE = 'invalid_parameter_value';
			END IF;
		ELSIF btrim(f[1]) <> ed OR upper(btrim(f[2]) COLLATE "C") <> kind OR btrim(f[3]) <> year_text THEN
			RAISE EXCEPTION 'line %: edition "%" (% %) differs from edition "%" (% %) on line %',
				line, btrim(f[1]), btrim(f[2]), btrim(f[3]), ed, kind, year, ed_line
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'One file holds the catalogue of one edition.';
		END IF;

		ind_code := @extschema@._csv_required(f[4], line, wanted[4]);
		IF ind_code !~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' THEN
			RAISE EXCEPTION 'line %, column "%": "%" is not an indicator code (letters, digits, ".", "_", "-")',
				line, wanted[4], ind_code
				USING ERRCODE = 'invalid_text_representation';
		END IF;

		maxp := @extschema@._csv_number(f[7], line, wanted[7]);
		IF maxp IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": the value is empty', line, wanted[7]
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		-- as written, not as rounded to be stored
		IF btrim(f[7])::numeric <= 0 THEN
			RAISE EXCEPTION 'line %, column "%": % is out of range (above 0)', line, wanted[7], btrim(f[7])
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		IF maxp = 0 THEN
			RAISE EXCEPTION 'line %, column "%": % is too small to store (0 at 15 decimals)', line, wanted[7], btrim(f[7])
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;

		r_line := r_line || line;
		r_code := r_code || ind_code;
		r_crit := r_crit || @extschema@._csv_required(@extschema@._csv_name(f[5]), line, wanted[5]);
		r_desc := r_desc || nullif(btrim(f[6]), '');
		r_max := r_max || maxp;
	END LOOP;

	-- checks across rows, set-based: the first repeat by line ...
	SELECT u.l, u.code, u.first_line INTO dup
	  FROM (SELECT t.l, t.code, first_value(t.l) OVER w AS first_line, row_number() OVER w AS n
			  FROM unnest(r_line, r_code) AS t(l, code)
			WINDOW w AS (PARTITION BY t.code ORDER BY t.l)) AS u
	 WHERE u.n = 2
	 ORDER BY u.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %, column "%": indicator "%" is already on line %', dup.l, wanted[4], dup.code, dup.first_line
			USING ERRCODE = 'unique_violation';
	END IF;
	-- ... and the first indicator already stored; checked again, so named,
	-- when a load running at the same time stored one after this check
	FOR attempt IN 1 .. 2 LOOP
		SELECT t.l, t.code INTO dup
		  FROM unnest(r_line, r_code) AS t(l, code)
		  JOIN @extschema@.assessment_indicator AS i ON i.edition = ed AND i.code = t.code
		 ORDER BY t.l
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'line %, column "%": indicator "%" of edition "%" is already stored', dup.l, wanted[4], dup.code, ed
				USING ERRCODE = 'unique_violation';
		END IF;
		EXIT WHEN attempt = 2;
		BEGIN
			-- all checked: the edition (if new; one a load running at the
			-- same time created must be of the same kind and year), then
			-- its indicators
			INSERT INTO @extschema@.assessment_edition (edition, index_kind, survey_year, normalisation)
			VALUES (ed, kind, year, CASE kind WHEN 'LOSI' THEN 'share' ELSE 'minmax' END)
			ON CONFLICT (edition) DO NOTHING;
			IF NOT FOUND AND known.edition IS NULL THEN
				SELECT * INTO known FROM @extschema@.assessment_edition AS e WHERE e.edition = ed;
				IF known.index_kind <> kind OR known.survey_year <> year THEN
					RAISE EXCEPTION 'line %: edition "%" is stored as % %, not % %',
						ed_line, ed, known.index_kind, known.survey_year, kind, year
						USING ERRCODE = 'invalid_parameter_value';
				END IF;
			END IF;
			INSERT INTO @extschema@.assessment_indicator (edition, code, criterion, description, max_points)
			SELECT ed, u.* FROM unnest(r_code, r_crit, r_desc, r_max) AS u;
			GET DIAGNOSTICS stored = ROW_COUNT;
			RETURN stored;
		EXCEPTION WHEN unique_violation THEN
			NULL;
		END;
	END LOOP;
	RAISE EXCEPTION 'an indicator of this file was stored by a load running at the same time'
		USING ERRCODE = 'unique_violation',
			  HINT = 'Load the file again to see which.';
EXCEPTION WHEN OTHERS THEN
	-- the same error, without this function's statements as CONTEXT
	GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
	err_raised := @extschema@._reraise(SQLSTATE, SQLERRM, err_detail, err_hint);
END
$$;

COMMENT ON FUNCTION @extschema@.import_losi_indicators(text, text) IS
'Loads the indicator catalogue of one assessment edition from CSV (delimiter a parameter; columns Edition, Index '
'(LOSI or OSI), Year, Code, Criterion, optional Description, Max Points) and returns the '
'indicators stored; creates the edition if new (normalisation share for LOSI, minmax for OSI) '
'and adds indicators to it if it exists.  All or nothing: mixed editions or an edition stored '
'with another kind or year (22023), an indicator given twice or already stored (23505), an '
'empty field (22023), a malformed name, kind or year (22P02), Max Points not a number (22P02) '
'or not above 0 (22003) is refused naming the line and column';


CREATE OR REPLACE FUNCTION @extschema@.import_losi_assessments(csv text, delimiter text DEFAULT ',')
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	err_detail text;			-- of an error caught below, raised again
	err_hint text;
	err_raised boolean;
	wanted constant text[] := ARRAY['Edition', 'Country', 'City', 'Indicator', 'Points'];
	rec record;
	f text[];
	line integer;
	ed text;
	-- lookups already made, by the text as written (a file repeats few
	-- editions, countries and indicators)
	kinds jsonb := '{}';
	countries jsonb := '{}';
	maxima jsonb := '{}';
	kind text;
	country_code text;
	city_name text;
	ind_code text;
	maxp numeric;
	pts numeric;
	dup record;
	r_line integer[] := '{}';
	r_ed text[] := '{}';
	r_iso3 text[] := '{}';
	r_city text[] := '{}';
	r_ind text[] := '{}';
	r_pts numeric[] := '{}';
	stored integer;
	attempt integer;
BEGIN
	-- row checks in line order; the records stream from egov._csv_columns
	FOR rec IN SELECT b.line_no, b.fields FROM @extschema@._csv_columns(csv, delimiter, wanted, '{}') AS b LOOP
		line := rec.line_no;
		f := rec.fields;

		ed := @extschema@._csv_required(f[1], line, wanted[1]);
		kind := kinds ->> ed;
		IF kind IS NULL THEN
			SELECT e.index_kind INTO kind FROM @extschema@.assessment_edition AS e WHERE e.edition = ed;
			IF kind IS NULL THEN
				RAISE EXCEPTION 'line %, column "%": unknown edition "%"', line, wanted[1], f[1]
					USING ERRCODE = 'foreign_key_violation',
						  HINT = 'Load the edition''s indicators first (egov.import_losi_indicators).';
			END IF;
			kinds := kinds || jsonb_build_object(ed, kind);
		END IF;

		country_code := countries ->> f[2];
		IF country_code IS NULL THEN
			country_code := @extschema@._csv_country(f[2], line, wanted[2]);
			countries := countries || jsonb_build_object(f[2], country_code);
		END IF;

		city_name := nullif(btrim(f[3]), '');
		IF kind = 'LOSI' AND city_name IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": edition "%" is a LOSI edition, whose subjects are cities, but the city is empty',
				line, wanted[3], ed
				USING ERRCODE = 'invalid_parameter_value';
		ELSIF kind = 'OSI' AND city_name IS NOT NULL THEN
			RAISE EXCEPTION 'line %, column "%": edition "%" is an OSI edition, whose subjects are countries, but city "%" is given',
				line, wanted[3], ed, city_name
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		IF city_name IS NOT NULL THEN
			-- the stored spelling ("Sao Paulo" finds "São Paulo"), by
			-- city_name_key_idx (no cache: a file may name any number of cities)
			SELECT c.name INTO city_name FROM @extschema@.city AS c
			 WHERE c.iso3 = country_code
			   AND @extschema@.country_key(c.name) = @extschema@.country_key(f[3]);
			IF NOT FOUND THEN
				RAISE EXCEPTION 'line %, column "%": unknown city "%" of %', line, wanted[3], btrim(f[3]), country_code
					USING ERRCODE = 'foreign_key_violation',
						  HINT = 'Load the city first (egov.import_cities).';
			END IF;
		END IF;

		ind_code := @extschema@._csv_required(f[4], line, wanted[4]);
		maxp := (maxima ->> (ed || '/' || ind_code))::numeric;
		IF maxp IS NULL THEN
			SELECT i.max_points INTO maxp FROM @extschema@.assessment_indicator AS i
			 WHERE i.edition = ed AND i.code = ind_code;
			IF NOT FOUND THEN
				RAISE EXCEPTION 'line %, column "%": unknown indicator "%" in edition "%"', line, wanted[4], ind_code, ed
					USING ERRCODE = 'foreign_key_violation';
			END IF;
			maxima := maxima || jsonb_build_object(ed || '/' || ind_code, maxp);
		END IF;

		pts := @extschema@._csv_number(f[5], line, wanted[5]);
		IF pts IS NULL THEN
			RAISE EXCEPTION 'line %, column "%": the value is empty', line, wanted[5]
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'An indicator not found on the portal scores 0.';
		END IF;
		-- as written, not as rounded to be stored
		IF btrim(f[5])::numeric < 0 THEN
			RAISE EXCEPTION 'line %, column "%": points % are out of range (0 to %)', line, wanted[5], btrim(f[5]), maxp
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;
		IF btrim(f[5])::numeric > maxp THEN
			RAISE EXCEPTION 'line %, column "%": points % exceed the maximum % of indicator "%"',
				line, wanted[5], btrim(f[5]), maxp, ind_code
				USING ERRCODE = 'numeric_value_out_of_range';
		END IF;

		r_line := r_line || line;
		r_ed := r_ed || ed;
		r_iso3 := r_iso3 || country_code;
		r_city := r_city || city_name;
		r_ind := r_ind || ind_code;
		r_pts := r_pts || pts;
	END LOOP;

	-- the same subject and indicator twice in the file
	SELECT u.l, u.first_line, u.e, u.i, u.c, u.city INTO dup
	  FROM (SELECT t.l, t.e, t.i, t.c, t.city,
				   first_value(t.l) OVER w AS first_line, row_number() OVER w AS n
			  FROM unnest(r_line, r_ed, r_iso3, r_city, r_ind) AS t(l, e, c, city, i)
			WINDOW w AS (PARTITION BY t.e, t.c, t.city, t.i ORDER BY t.l)) AS u
	 WHERE u.n = 2
	 ORDER BY u.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %: edition "%", % %, indicator "%" is already on line %',
			dup.l, dup.e, dup.c, coalesce(quote_literal(dup.city), '(country)'), dup.i, dup.first_line
			USING ERRCODE = 'unique_violation';
	END IF;
	-- ... or already stored; checked again, so named, when a load running at
	-- the same time stored one after this check
	FOR attempt IN 1 .. 2 LOOP
		SELECT t.l, t.e, t.i, t.c, t.city INTO dup
		  FROM unnest(r_line, r_ed, r_iso3, r_city, r_ind) AS t(l, e, c, city, i)
		  JOIN @extschema@.assessment AS a
			ON a.edition = t.e AND a.iso3 = t.c AND a.city IS NOT DISTINCT FROM t.city AND a.indicator = t.i
		 ORDER BY t.l
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'line %: edition "%", % %, indicator "%" is already stored',
				dup.l, dup.e, dup.c, coalesce(quote_literal(dup.city), '(country)'), dup.i
				USING ERRCODE = 'unique_violation',
					  HINT = 'Delete the stored assessments first to load them again.';
		END IF;
		EXIT WHEN attempt = 2;
		BEGIN
			INSERT INTO @extschema@.assessment (edition, iso3, city, indicator, points)
			SELECT * FROM unnest(r_ed, r_iso3, r_city, r_ind, r_pts);
			GET DIAGNOSTICS stored = ROW_COUNT;
			RETURN stored;
		EXCEPTION WHEN unique_violation THEN
			NULL;
		END;
	END LOOP;
	RAISE EXCEPTION 'an assessment of this file was stored by a load running at the same time'
		USING ERRCODE = 'unique_violation',
			  HINT = 'Load the file again to see which.';
EXCEPTION WHEN OTHERS THEN
	-- the same error, without this function's statements as CONTEXT
	GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
	err_raised := @extschema@._reraise(SQLSTATE, SQLERRM, err_detail, err_hint);
END
$$;

COMMENT ON FUNCTION @extschema@.import_losi_assessments(text, text) IS
'Loads assessments from CSV (delimiter a parameter; columns Edition, Country, City, Indicator, Points) into '
'egov.assessment and returns the rows stored.  Country is an ISO3 code or a known name; City '
'is required for a LOSI edition and empty for an OSI one.  All or nothing: an unknown edition, '
'country, city or indicator (23503), the same subject and indicator twice or already stored '
'(23505), points that are not a number (22P02), negative or above the indicator''s Max Points '
'(22003), an empty field or a subject of the wrong kind (22023) is refused naming the line';
