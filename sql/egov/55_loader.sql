-- egov.import_un_csv: load one edition of the UN E-Government Survey from
-- CSV, a UN Data-Center export or an edition users built themselves.
--
-- Built on the loaders' shared pipeline (54_csv.sql): egov._csv_body
-- splits and counts fields, egov._csv_header finds the columns, and every
-- judgement is made here, where an error can name the line, the column and
-- the value.  Every check is set-based (the checks of a row, then those
-- across rows: countries, duplicates, consistency) and reports the first
-- line that fails, as a check row by row in line order would.  Everything is checked before anything is written, and the
-- function runs inside one statement, so a refused file leaves the tables
-- as they were.  (CREATE OR REPLACE: this file also runs when a 0.3.0
-- database is updated.)

-- The known errors of the published tables that egov keeps as published
-- (data/NOTICE.md); NULL for any other row.
CREATE OR REPLACE FUNCTION @extschema@._source_note(survey_year integer, iso3 text, egdi numeric, hci numeric)
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


-- Decisions, documented in doc/survey-data.md (Loading a UN Data-Center export):
--   * precision: the most significant decimals of any EGDI, OSI, HCI or TII
--     value in the file (trailing zeros do not count: the 2022 export writes
--     0.43830 for a 4-decimal 0.4383), stored in egov.edition.egdi_decimals;
--   * consistency: a published EGDI of an assessed row may differ from
--     egov.egdi(osi, hci, tii, year) by at most 3 units in its last published
--     decimal (the rounding of the EGDI and of the components it averages;
--     the 2014 table differs by up to 2.3), else the file is refused unless
--     keep_inconsistent, which stores the row as published with a note;
--   * assessed: the Assessed column where the file has one, else the rule of
--     egov._assessed_by_rule (an EGDI known and not 0); never the rank;
--   * provenance: un-bundled inside CREATE EXTENSION, else the caller's
--     choice, by default un-import for a file with the UN export's rank and
--     EGDI columns and user for one without.
CREATE OR REPLACE FUNCTION @extschema@.import_un_csv(
	csv text,
	delimiter text DEFAULT ',',
	provenance text DEFAULT NULL,
	keep_inconsistent boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- accepted spellings of each column, the first one naming it in messages
	wanted constant text[] := ARRAY[
		'Survey Year|Year',
		'Country Name|Country',
		'E-Government Rank|EGDI Rank|E-Government Development Index Rank|Rank',
		'E-Government Index|E-Government Development Index|EGDI',
		'E-Participation Index',
		'Online Service Index',
		'Human Capital Index',
		'Telecommunication Infrastructure Index',
		'ISO3|ISO Code|ISO3 Code|Country Code',
		'Assessed'];
	optional constant text[] := ARRAY['Country Name', 'E-Government Rank', 'E-Government Index',
									  'E-Participation Index', 'ISO3', 'Assessed'];
	names text[];
	pos integer[];
	rec record;
	j integer;
	year integer;
	origin text;
	decimals integer;
	egdi_decimals integer;
	bad record;
	prev record;
	n_assessed integer;
	-- the validated rows, column by column
	r_line integer[];
	r_name text[];
	r_col integer[];
	r_text_hci text[];
	r_iso3 text[];
	r_rank integer[];
	r_egdi numeric[];
	r_epi numeric[];
	r_osi numeric[];
	r_hci numeric[];
	r_tii numeric[];
	r_assessed boolean[];
	r_note text[];
	stored integer;
BEGIN
	IF csv IS NULL THEN
		RAISE EXCEPTION 'CSV text must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF keep_inconsistent IS NULL THEN
		RAISE EXCEPTION 'keep_inconsistent must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF provenance IS NOT NULL AND provenance NOT IN ('un-import', 'user') THEN
		RAISE EXCEPTION 'provenance must be un-import or user, got "%"', provenance
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'un-bundled is for the editions CREATE EXTENSION loads.';
	END IF;
	names := ARRAY(SELECT split_part(w, '|', 1) FROM unnest(wanted) AS w);

	-- the header, in a statement of its own: egov._csv_body checks the
	-- whole text (field counts) before any row is judged
	SELECT b.line_no, b.fields INTO rec
	  FROM @extschema@._csv_body(csv, delimiter) AS b
	 LIMIT 1;
	-- columns are found by name; others are ignored
	pos := @extschema@._csv_header(rec.fields, wanted, optional, rec.line_no);
	IF pos[2] IS NULL AND pos[9] IS NULL THEN
		RAISE EXCEPTION 'line %: column "%" is missing from the header', rec.line_no, names[2]
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'A country is named by a Country Name or an ISO3 column.';
	END IF;

	-- The row checks, set-based (a loop in PL/pgSQL costs more than all of
	-- them): every check of every row, each a SQLSTATE and a message or
	-- NULL, then the first problem by line and, within a line, in the order
	-- listed.  Each CASE guards its cast.
	SELECT p.problem, p.hint INTO bad
	  FROM (SELECT b.line_no AS l, b.fields AS f, btrim(b.fields[pos[1]]) AS year_text,
				   first_value(btrim(b.fields[pos[1]])) OVER (ORDER BY b.line_no) AS first_year,
				   first_value(b.line_no) OVER (ORDER BY b.line_no) AS first_line
			  FROM @extschema@._csv_body(csv, delimiter) WITH ORDINALITY AS b(line_no, fields, n)
			 WHERE b.n > 1) AS r
	 CROSS JOIN LATERAL (
		-- one file, one edition
		SELECT 1 AS k, CASE WHEN r.year_text !~ '^[0-9]{4}$' THEN
				'22P02 ' || format('line %s, column "%s": "%s" is not a survey year', r.l, names[1], r.f[pos[1]]) END AS problem,
			   NULL AS hint
		UNION ALL
		SELECT 2, CASE WHEN r.year_text ~ '^[0-9]{4}$' THEN CASE WHEN r.year_text::integer NOT BETWEEN 2001 AND 2999 THEN
				'22003 ' || format('line %s, column "%s": %s is out of range (2001 to 2999)', r.l, names[1], r.year_text::integer) END END,
			   NULL
		UNION ALL
		SELECT 3, CASE WHEN r.year_text ~ '^[0-9]{4}$' AND r.first_year ~ '^[0-9]{4}$' THEN
					  CASE WHEN r.year_text::integer <> r.first_year::integer THEN
				'22023 ' || format('line %s, column "%s": %s differs from %s on line %s',
								   r.l, names[1], r.year_text::integer, r.first_year::integer, r.first_line) END END,
			   'One file holds one edition; import each year separately.'
		UNION ALL
		-- the country: the ISO3 column where given, else the name
		SELECT 4, CASE WHEN coalesce(btrim(r.f[pos[9]]), '') = '' AND coalesce(btrim(r.f[pos[2]]), '') = '' THEN
				'22P02 ' || format('line %s, column "%s": the country name is empty', r.l, names[2]) END,
			   NULL
		UNION ALL
		-- some exports write ranks as floats ("136.0")
		SELECT 5, CASE WHEN btrim(r.f[pos[3]]) <> '' AND btrim(r.f[pos[3]]) !~ '^[0-9]{1,9}(\.0*)?$' THEN
				'22P02 ' || format('line %s, column "%s": "%s" is not a rank', r.l, names[3], r.f[pos[3]]) END,
			   NULL
		UNION ALL
		SELECT 6, CASE WHEN btrim(r.f[pos[3]]) ~ '^[0-9]{1,9}(\.0*)?$' THEN
					  CASE WHEN split_part(btrim(r.f[pos[3]]), '.', 1)::integer < 1 THEN
				'22003 ' || format('line %s, column "%s": rank %s is out of range (at least 1)',
								   r.l, names[3], split_part(btrim(r.f[pos[3]]), '.', 1)::integer) END END,
			   NULL
		UNION ALL
		-- EGDI, EPI, OSI, HCI, TII (columns 4 .. 8): a number, then its
		-- range (an HCI above 1 is judged once the country is known: two
		-- 2003 source errors are kept); a field has at most one problem
		SELECT 2 * x.j,
			   CASE WHEN @extschema@._csv_number_problem(r.f[pos[x.j]], r.l, names[x.j]) IS NOT NULL
						THEN @extschema@._csv_number_problem(r.f[pos[x.j]], r.l, names[x.j])
					WHEN @extschema@._csv_decimal(r.f[pos[x.j]]) < 0
						 OR (@extschema@._csv_decimal(r.f[pos[x.j]]) > 1 AND x.j <> 7) THEN
				'22003 ' || format('line %s, column "%s": %s is out of range (0 to 1)', r.l, names[x.j], btrim(r.f[pos[x.j]])) END,
			   NULL
		  FROM generate_series(4, 8) AS x(j)
		UNION ALL
		SELECT 20, CASE WHEN lower(btrim(r.f[pos[10]])) NOT IN ('', 'true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', '1', '0') THEN
				'22P02 ' || format('line %s, column "%s": "%s" is not yes or no', r.l, names[10], r.f[pos[10]]) END,
			   'Write true/false, yes/no or 1/0; empty applies the rule (an EGDI known and not 0).'
	 ) AS p
	 WHERE p.problem IS NOT NULL
	 ORDER BY r.l, p.k
	 LIMIT 1;
	IF FOUND AND bad.hint IS NULL THEN
		RAISE EXCEPTION '%', substr(bad.problem, 7) USING ERRCODE = left(bad.problem, 5);
	ELSIF FOUND THEN
		RAISE EXCEPTION '%', substr(bad.problem, 7) USING ERRCODE = left(bad.problem, 5), HINT = bad.hint;
	END IF;

	-- every row passed: its values, column by column, in line order
	SELECT min(btrim(b.fields[pos[1]])::integer),
		   array_agg(b.line_no ORDER BY b.line_no),
		   array_agg(CASE WHEN coalesce(btrim(b.fields[pos[9]]), '') <> '' THEN b.fields[pos[9]]
						  ELSE b.fields[pos[2]] END ORDER BY b.line_no),
		   array_agg(CASE WHEN coalesce(btrim(b.fields[pos[9]]), '') <> '' THEN 9 ELSE 2 END ORDER BY b.line_no),
		   array_agg(btrim(b.fields[pos[7]]) ORDER BY b.line_no),
		   array_agg(split_part(nullif(btrim(b.fields[pos[3]]), ''), '.', 1)::integer ORDER BY b.line_no),
		   array_agg(@extschema@._csv_decimal(b.fields[pos[4]]) ORDER BY b.line_no),
		   array_agg(@extschema@._csv_decimal(b.fields[pos[5]]) ORDER BY b.line_no),
		   array_agg(@extschema@._csv_decimal(b.fields[pos[6]]) ORDER BY b.line_no),
		   array_agg(@extschema@._csv_decimal(b.fields[pos[7]]) ORDER BY b.line_no),
		   array_agg(@extschema@._csv_decimal(b.fields[pos[8]]) ORDER BY b.line_no),
		   array_agg(nullif(lower(btrim(b.fields[pos[10]])), '')::boolean ORDER BY b.line_no)
	  INTO year, r_line, r_name, r_col, r_text_hci, r_rank, r_egdi, r_epi, r_osi, r_hci, r_tii, r_assessed
	  FROM @extschema@._csv_body(csv, delimiter) WITH ORDINALITY AS b(line_no, fields, n)
	 WHERE b.n > 1;

	-- the countries, set-based: each spelling once (an ISO3 code, else any
	-- name egov.country_iso3 knows; MATERIALIZED, so that the lookup runs
	-- once a spelling and not once a row; the code probed as egov._csv_country
	-- probes it), then the first unknown one by line
	WITH spelling AS MATERIALIZED (
		SELECT d.name,
			   coalesce((SELECT c.iso3 FROM @extschema@.country AS c WHERE c.iso3 = upper(btrim(d.name) COLLATE "C") COLLATE "default"),
						@extschema@.country_iso3(d.name)) AS code
		  FROM (SELECT DISTINCT x.name FROM unnest(r_name) AS x(name)) AS d)
	SELECT array_agg(k.code ORDER BY u.n) INTO r_iso3
	  FROM unnest(r_name) WITH ORDINALITY AS u(name, n)
	  JOIN spelling AS k ON k.name = u.name;
	j := array_position(r_iso3, NULL);
	IF j IS NOT NULL THEN
		RAISE EXCEPTION 'line %, column "%": unknown country "%"', r_line[j], names[r_col[j]], r_name[j]
			USING ERRCODE = 'foreign_key_violation',
				  HINT = format('Give an ISO3 code, or add the spelling: INSERT INTO egov.country_alias (alias, iso3) VALUES (%L, ''ISO'').',
								btrim(r_name[j]));
	END IF;
	-- an HCI above 1: only the two 2003 source errors, the first other by line
	SELECT t.n INTO j
	  FROM unnest(r_iso3, r_hci) WITH ORDINALITY AS t(code, hci, n)
	 WHERE t.hci > 1 AND @extschema@._source_note(year, t.code, NULL::numeric, t.hci) IS NULL
	 ORDER BY t.n
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %, column "%": % is out of range (0 to 1)', r_line[j], names[7], r_text_hci[j]
			USING ERRCODE = 'numeric_value_out_of_range';
	END IF;
	SELECT array_agg(@extschema@._source_note(year, t.code, t.egdi, t.hci) ORDER BY t.n) INTO r_note
	  FROM unnest(r_iso3, r_egdi, r_hci) WITH ORDINALITY AS t(code, egdi, hci, n);

	-- a country twice, in any spelling: the first repeat by line
	SELECT u.l, u.name, u.code, u.col, u.first_line INTO bad
	  FROM (SELECT t.l, t.name, t.code, t.col, first_value(t.l) OVER w AS first_line,
				   row_number() OVER w AS n
			  FROM unnest(r_line, r_name, r_iso3, r_col) AS t(l, name, code, col)
			WINDOW w AS (PARTITION BY t.code ORDER BY t.l)) AS u
	 WHERE u.n = 2
	 ORDER BY u.l
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'line %, column "%": "%" is %, which line % already gave',
			bad.l, names[bad.col], bad.name, bad.code, bad.first_line
			USING ERRCODE = 'unique_violation';
	END IF;

	-- the published precision, from the data (at least 1, at most 15)
	SELECT least(15, greatest(1, max(greatest(min_scale(t.e), min_scale(t.o), min_scale(t.h), min_scale(t.t))))),
		   least(15, greatest(1, max(min_scale(t.e))))
	  INTO decimals, egdi_decimals
	  FROM unnest(r_egdi, r_osi, r_hci, r_tii) AS t(e, o, h, t);
	egdi_decimals := coalesce(egdi_decimals, decimals);

	-- assessed, and the published EGDI against the formula: the first
	-- inconsistent row by line
	SELECT pg_catalog.array_agg(coalesce(t.a, @extschema@._assessed_by_rule(t.e, t.o, t.h, t.t, year)) ORDER BY t.n)
	  INTO r_assessed
	  FROM unnest(r_assessed, r_egdi, r_osi, r_hci, r_tii) WITH ORDINALITY AS t(a, e, o, h, t, n);
	SELECT t.l, t.name, t.code, t.e, t.computed, t.n INTO bad
	  FROM (SELECT u.*, CASE WHEN u.o BETWEEN 0 AND 1 AND u.h BETWEEN 0 AND 1 AND u.t BETWEEN 0 AND 1 THEN
							 round(@extschema@.egdi(u.o::float8, u.h::float8, u.t::float8, year)::numeric, decimals + 1)
						END AS computed
			  FROM unnest(r_line, r_name, r_iso3, r_egdi, r_osi, r_hci, r_tii, r_assessed, r_note)
				   WITH ORDINALITY AS u(l, name, code, e, o, h, t, a, note, n)) AS t
	 WHERE t.a AND t.note IS NULL
	   AND abs(t.e - t.computed) > 3 * power(10::numeric, -egdi_decimals)
	 ORDER BY t.l
	 LIMIT 1;
	IF FOUND AND NOT keep_inconsistent THEN
		RAISE EXCEPTION 'line %: % (%) has published EGDI %, but egov.egdi(OSI, HCI, TII) gives %',
			bad.l, btrim(bad.name), bad.code, bad.e, bad.computed
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('The published precision (%s decimals) allows a difference of at most %s.',
								  egdi_decimals, trim_scale(3 * power(10::numeric, -egdi_decimals))),
				  HINT = 'Correct the row, or pass keep_inconsistent => true to store it as published, with a source note.';
	ELSIF FOUND THEN
		SELECT pg_catalog.array_agg(
				   CASE WHEN t.a AND t.note IS NULL AND t.o BETWEEN 0 AND 1 AND t.h BETWEEN 0 AND 1 AND t.t BETWEEN 0 AND 1
							 AND abs(t.e - round(@extschema@.egdi(t.o::float8, t.h::float8, t.t::float8, year)::numeric, decimals + 1))
								 > 3 * power(10::numeric, -egdi_decimals)
						THEN 'published EGDI does not follow from the published OSI, HCI and TII (kept on import)'
						ELSE t.note END ORDER BY t.n)
		  INTO r_note
		  FROM unnest(r_egdi, r_osi, r_hci, r_tii, r_assessed, r_note) WITH ORDINALITY AS t(e, o, h, t, a, note, n);
	END IF;

	origin := CASE WHEN @extschema@.loading_bundled_data() THEN 'un-bundled'
				   WHEN provenance IS NOT NULL THEN provenance
				   WHEN pos[3] IS NOT NULL AND pos[4] IS NOT NULL THEN 'un-import'
				   ELSE 'user' END;

	-- all checked: replace the edition's rows.  Imports of one year take
	-- turns (a transaction-scoped advisory lock keyed on the year): at READ
	-- COMMITTED each statement below then sees the rows an earlier import
	-- committed, instead of colliding with them on the primary key; under
	-- REPEATABLE READ the later import fails with a serialisation error to
	-- retry.  Imports of different years run in parallel.
	PERFORM pg_catalog.pg_advisory_xact_lock(
		pg_catalog.hashtext('egov.import_un_csv'), year);
	IF NOT EXISTS (SELECT FROM @extschema@.edition AS e WHERE e.survey_year = year) THEN
		INSERT INTO @extschema@.edition (survey_year, egdi_decimals, provenance)
		VALUES (year, decimals, origin);
	ELSE
		UPDATE @extschema@.edition AS e
		   SET egdi_decimals = decimals, provenance = origin
		 WHERE e.survey_year = year
		   AND (e.egdi_decimals, e.provenance) IS DISTINCT FROM (decimals, origin);
	END IF;
	DELETE FROM @extschema@.survey_score AS s WHERE s.survey_year = year;
	INSERT INTO @extschema@.survey_score
		(survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note)
	SELECT year, u.*
	  FROM unnest(r_iso3, r_rank, r_egdi, r_epi, r_osi, r_hci, r_tii, r_assessed, r_note) AS u;
	GET DIAGNOSTICS stored = ROW_COUNT;

	-- a smaller edition than the one before it is worth a word
	SELECT e.survey_year, e.countries_assessed INTO prev
	  FROM @extschema@.edition AS e
	 WHERE e.survey_year < year
	 ORDER BY e.survey_year DESC
	 LIMIT 1;
	SELECT e.countries_assessed INTO n_assessed FROM @extschema@.edition AS e WHERE e.survey_year = year;
	IF prev.countries_assessed > n_assessed THEN
		RAISE NOTICE 'edition % assesses % countries, fewer than the % of edition %',
			year, n_assessed, prev.countries_assessed, prev.survey_year
			USING HINT = 'Its rank and group changes are compared only with an edition of comparable coverage.';
	END IF;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.import_un_csv(text, text, text, boolean) IS
'Loads one edition of the UN E-Government Survey from CSV (a UN Data-Center export, or an '
'edition users built: rank, EGDI, EPI and ISO3 columns optional, an optional Assessed column) '
'into egov.survey_score and returns the rows stored; replaces the rows of that year already '
'present (concurrent imports of one year take turns) and records the edition''s precision '
'(from the data) and provenance (un-import or user; by default un-import when the file has '
'the rank and EGDI columns).  NOTICE when the edition assesses fewer countries than the one '
'before.  All or nothing: a malformed line or wrong field count (22P02), a missing column, '
'mixed years or a published EGDI that egov.egdi(osi, hci, tii) contradicts beyond the '
'published precision (22023; kept with a note when keep_inconsistent), an unknown country '
'(23503), a repeated country (23505), a value that is not a number (22P02) or outside [0, 1] '
'(22003) is refused naming the line, the column and the value';
