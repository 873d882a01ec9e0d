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


-- A loader's refusal: the SQLSTATE and message of a problem written
-- "SSSSS message" (as the set-based checks write them), with a hint and a
-- detail where given.
CREATE OR REPLACE FUNCTION @extschema@._import_raise(problem text, hint text, detail text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- egov._reraise leaves out an empty detail or hint (RAISE would print it)
	PERFORM @extschema@._reraise(left(problem, 5), substr(problem, 7), coalesce(detail, ''), coalesce(hint, ''));
END
$$;

COMMENT ON FUNCTION @extschema@._import_raise(text, text, text) IS
'Loader helper: raises a problem written "SSSSS message" with that SQLSTATE, and its hint and '
'detail where not NULL';


-- Decisions, documented in doc/methodology.md (Loading a UN table):
--   * precision: the decimals the values are written to (trailing zeros do
--     not count: the 2022 export writes 0.43830 for a 4-decimal 0.4383),
--     all but the finest 1% of the EGDI, OSI, HCI and TII values, so that
--     one stray value (an HCI of 5e-16) does not make a 4-decimal edition a
--     15-decimal one; stored in egov.edition.egdi_decimals;
--   * consistency: a published EGDI of an assessed row is refused only when
--     it differs from egov.egdi(osi, hci, tii, year) by more than 10 units
--     of its last published decimal (a shifted or swapped column, a wrong
--     year, a typo in the leading digits), unless keep_inconsistent, which
--     stores it as published with a note; a smaller difference is the UN's
--     own arithmetic (the tables show up to 3.7 units, rounding explains 1)
--     and is stored as published, with one NOTICE when a row exceeds 1 unit;
--   * values are judged as written, then rounded to 15 decimals;
--   * assessed: the Assessed column where the file has one, else the rule of
--     egov._assessed_by_rule (an EGDI known and not 0); never the rank;
--   * provenance: un-bundled inside CREATE EXTENSION, else the caller's
--     choice, by default un-import for a file with the UN export's rank and
--     EGDI columns and user for one without;
--   * dry_run: every problem of the file in one error, nothing stored.
CREATE OR REPLACE FUNCTION @extschema@.import_un_csv(
	csv text,
	delimiter text DEFAULT ',',
	provenance text DEFAULT NULL,
	keep_inconsistent boolean DEFAULT false,
	survey_year integer DEFAULT NULL,
	dry_run boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	err_detail text;			-- of an error caught below, raised again
	err_hint text;
	err_raised boolean;
	-- accepted spellings of each column, the first one naming it in messages
	-- (the second spellings of ranks to ISO3 are the UNU-EGOV tables')
	wanted constant text[] := ARRAY[
		'Survey Year|Year',
		'Country Name|country-name|Country',
		'E-Government Rank|e-gov-rank|EGDI Rank|E-Government Development Index Rank|Rank',
		'E-Government Index|e-gov-index|E-Government Development Index|EGDI',
		'E-Participation Index|e-pat-index|EPI',
		'Online Service Index|osi',
		'Human Capital Index|hci',
		'Telecommunication Infrastructure Index|tii',
		'ISO3|country-code|ISO Code|ISO3 Code|Country Code',
		'Assessed'];
	optional constant text[] := ARRAY['Survey Year', 'Country Name', 'E-Government Rank', 'E-Government Index',
									  'E-Participation Index', 'ISO3', 'Assessed'];
	-- a field written with a decimal comma
	decimal_comma constant text := '^\s*[+-]?[0-9]*,[0-9]+\s*$';
	names text[];
	pos integer[];
	rec record;
	j integer;
	year integer;
	origin text;
	decimals integer;
	egdi_decimals integer;
	tolerance numeric;
	bad record;
	prev record;
	n_assessed integer;
	n_before integer;
	-- dry_run: the problems found (listed by line at the end), and the
	-- lines no later check reads
	listed text[];
	hints text[];
	problems text[] := '{}';
	skip integer[] := '{}';
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
	IF keep_inconsistent IS NULL OR dry_run IS NULL THEN
		RAISE EXCEPTION '% must not be NULL', CASE WHEN dry_run IS NULL THEN 'dry_run' ELSE 'keep_inconsistent' END
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF provenance IS NOT NULL AND provenance NOT IN ('un-import', 'user') THEN
		RAISE EXCEPTION 'provenance must be un-import or user, got "%"', provenance
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'un-bundled is for the editions CREATE EXTENSION loads.';
	END IF;
	IF import_un_csv.survey_year NOT BETWEEN 2001 AND 2999 THEN
		RAISE EXCEPTION 'survey_year % is out of range (2001 to 2999)', import_un_csv.survey_year
			USING ERRCODE = 'numeric_value_out_of_range';
	END IF;
	-- one line naming a file: the caller passed a path, not the file's text
	IF csv !~ '[\n\r]' AND btrim(csv) ~* '(^(/|~|\.\.?/|[a-z]:[\\/])|\.(csv|tsv|txt)$)' THEN
		RAISE EXCEPTION 'the CSV text "%" looks like a file path, not the contents of a file', btrim(csv)
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Pass the file''s text: in psql \set csv `cat FILE` and then '
						 'SELECT egov.import_un_csv(:''csv''); the server does not read files for you.';
	END IF;
	names := ARRAY(SELECT split_part(w, '|', 1) FROM unnest(wanted) AS w);

	-- the header, in a statement of its own: egov._csv_body checks the
	-- whole text (field counts) before any row is judged
	BEGIN
		SELECT b.line_no, b.fields INTO rec
		  FROM @extschema@._csv_body(csv, delimiter) AS b
		 LIMIT 1;
	EXCEPTION WHEN invalid_text_representation THEN
		-- "0,98474" unquoted in a comma-separated file splits every number
		IF delimiter = ',' AND csv ~ '(^|[,;\s])[01],[0-9]{3,}([,;\s]|$)' THEN
			RAISE EXCEPTION '%', SQLERRM
				USING ERRCODE = 'invalid_text_representation',
					  HINT = 'The numbers look written with a decimal comma (such as 0,98474), which splits each '
							 'in two fields: write decimal points, or save the file separated by ";" and '
							 'pass delimiter => '';''.';
		END IF;
		RAISE;
	END;
	-- columns are found by name; others (the Region of some exports) are ignored
	pos := @extschema@._csv_header(rec.fields, wanted, optional, rec.line_no);
	IF pos[2] IS NULL AND pos[9] IS NULL THEN
		RAISE EXCEPTION 'line %: column "%" is missing from the header', rec.line_no, names[2]
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'A country is named by a Country Name or an ISO3 column.';
	END IF;
	IF pos[1] IS NULL AND import_un_csv.survey_year IS NULL THEN
		RAISE EXCEPTION 'line %: column "%" is missing from the header', rec.line_no, names[1]
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'For a table without a year column, say which edition it is: survey_year => 2016.';
	END IF;

	-- The row checks, set-based (a loop in PL/pgSQL costs more than all of
	-- them): every check of every row, each a SQLSTATE and a message or
	-- NULL, in line order and, within a line, in the order listed (a check
	-- row by row would stop at the first).  Each CASE guards its cast.
	-- Values are judged as written, before any rounding.
	SELECT array_agg(p.problem ORDER BY r.l, p.k), array_agg(p.hint ORDER BY r.l, p.k),
		   array_agg(DISTINCT r.l)
	  INTO listed, hints, skip
	  FROM (SELECT b.line_no AS l, b.fields AS f,
				   coalesce(btrim(b.fields[pos[1]]), import_un_csv.survey_year::text) AS year_text,
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
		SELECT 3, CASE WHEN r.year_text ~ '^[0-9]{4}$' THEN
					  CASE WHEN import_un_csv.survey_year IS NOT NULL AND r.year_text::integer <> import_un_csv.survey_year THEN
				'22023 ' || format('line %s, column "%s": %s differs from survey_year => %s',
								   r.l, names[1], r.year_text::integer, import_un_csv.survey_year)
						   WHEN r.first_year ~ '^[0-9]{4}$' AND r.year_text::integer <> r.first_year::integer THEN
				'22023 ' || format('line %s, column "%s": %s differs from %s on line %s',
								   r.l, names[1], r.year_text::integer, r.first_year::integer, r.first_line) END END,
			   CASE WHEN import_un_csv.survey_year IS NOT NULL THEN 'The file''s year column and survey_year must agree.'
					ELSE 'One file holds one edition; import each year separately.' END
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
		-- range as written (an HCI above 1 is judged once the country is
		-- known: two 2003 source errors are kept); a field has at most one
		-- problem
		SELECT 2 * x.j,
			   CASE WHEN @extschema@._csv_number_problem(r.f[pos[x.j]], r.l, names[x.j]) IS NOT NULL
						THEN @extschema@._csv_number_problem(r.f[pos[x.j]], r.l, names[x.j])
					WHEN nullif(btrim(r.f[pos[x.j]]), '')::numeric < 0
						 OR (nullif(btrim(r.f[pos[x.j]]), '')::numeric > 1 AND x.j <> 7) THEN
				'22003 ' || format('line %s, column "%s": %s is out of range (0 to 1)', r.l, names[x.j], btrim(r.f[pos[x.j]])) END,
			   CASE WHEN r.f[pos[x.j]] ~ decimal_comma THEN
				'The number is written with a decimal comma: write a decimal point (0.98474 for 0,98474).' END
		  FROM generate_series(4, 8) AS x(j)
		UNION ALL
		SELECT 20, CASE WHEN lower(btrim(r.f[pos[10]])) NOT IN ('', 'true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', '1', '0') THEN
				'22P02 ' || format('line %s, column "%s": "%s" is not yes or no', r.l, names[10], r.f[pos[10]]) END,
			   'Write true/false, yes/no or 1/0; empty applies the rule (an EGDI known and not 0).'
	 ) AS p
	 WHERE p.problem IS NOT NULL;
	IF listed IS NOT NULL THEN
		IF NOT dry_run THEN
			PERFORM @extschema@._import_raise(listed[1], hints[1], NULL);
		END IF;
		problems := problems || listed;
	END IF;
	skip := coalesce(skip, '{}');

	-- the rows that passed: their values, column by column, in line order
	-- (judged as written above, rounded to 15 decimals here)
	SELECT min(coalesce(btrim(b.fields[pos[1]])::integer, import_un_csv.survey_year)),
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
	 WHERE b.n > 1 AND b.line_no <> ALL (skip);
	year := coalesce(year, import_un_csv.survey_year);
	r_line := coalesce(r_line, '{}');

	-- the countries, set-based: each spelling once (an ISO3 code, else any
	-- name egov.country_iso3 knows; MATERIALIZED, so that the lookup runs
	-- once a spelling and not once a row; the code probed as egov._csv_country
	-- probes it), then the unknown ones by line
	WITH spelling AS MATERIALIZED (
		SELECT d.name,
			   coalesce((SELECT c.iso3 FROM @extschema@.country AS c WHERE c.iso3 = upper(btrim(d.name) COLLATE "C") COLLATE "default"),
						@extschema@.country_iso3(d.name)) AS code
		  FROM (SELECT DISTINCT x.name FROM unnest(r_name) AS x(name)) AS d)
	SELECT array_agg(k.code ORDER BY u.n) INTO r_iso3
	  FROM unnest(r_name) WITH ORDINALITY AS u(name, n)
	  JOIN spelling AS k ON k.name = u.name;
	SELECT array_agg('23503 ' || format('line %s, column "%s": unknown country "%s"', t.l, names[t.col], t.name) ORDER BY t.n),
		   array_agg(@extschema@._unknown_country_hint(btrim(t.name)) ORDER BY t.n)
	  INTO listed, hints
	  FROM unnest(r_line, r_name, r_col, r_iso3) WITH ORDINALITY AS t(l, name, col, code, n)
	 WHERE t.code IS NULL;
	IF listed IS NOT NULL THEN
		IF NOT dry_run THEN
			PERFORM @extschema@._import_raise(listed[1], hints[1], NULL);
		END IF;
		problems := problems || listed;
	END IF;
	-- an HCI above 1: only the two 2003 source errors (judged as written)
	SELECT array_agg('22003 ' || format('line %s, column "%s": %s is out of range (0 to 1)', r_line[t.n], names[7], t.hci_text)
					 ORDER BY t.n)
	  INTO listed
	  FROM unnest(r_iso3, r_text_hci) WITH ORDINALITY AS t(code, hci_text, n)
	 WHERE t.code IS NOT NULL AND nullif(t.hci_text, '')::numeric > 1
	   AND @extschema@._source_note(year, t.code, NULL::numeric, nullif(t.hci_text, '')::numeric) IS NULL;
	IF listed IS NOT NULL THEN
		IF NOT dry_run THEN
			PERFORM @extschema@._import_raise(listed[1], NULL, NULL);
		END IF;
		problems := problems || listed;
	END IF;
	SELECT array_agg(@extschema@._source_note(year, t.code, t.egdi, t.hci) ORDER BY t.n) INTO r_note
	  FROM unnest(r_iso3, r_egdi, r_hci) WITH ORDINALITY AS t(code, egdi, hci, n);

	-- a country twice, in any spelling: the repeats by line
	SELECT array_agg('23505 ' || format('line %s, column "%s": "%s" is %s, which line %s already gave',
										u.l, names[u.col], u.name, u.code, u.first_line) ORDER BY u.l)
	  INTO listed
	  FROM (SELECT t.l, t.name, t.code, t.col, first_value(t.l) OVER w AS first_line,
				   row_number() OVER w AS n
			  FROM unnest(r_line, r_name, r_iso3, r_col) AS t(l, name, code, col)
			 WHERE t.code IS NOT NULL
			WINDOW w AS (PARTITION BY t.code ORDER BY t.l)) AS u
	 WHERE u.n > 1;
	IF listed IS NOT NULL THEN
		IF NOT dry_run THEN
			PERFORM @extschema@._import_raise(listed[1], NULL, NULL);
		END IF;
		problems := problems || listed;
	END IF;

	-- the published precision, from the data (at least 1, at most 15): the
	-- decimals of all but the finest 1% of the values
	SELECT least(15, greatest(1, percentile_disc(0.99) WITHIN GROUP (ORDER BY min_scale(v.x))))
	  INTO decimals
	  FROM unnest(r_egdi || r_osi || r_hci || r_tii) AS v(x);
	SELECT least(15, greatest(1, percentile_disc(0.99) WITHIN GROUP (ORDER BY min_scale(v.x))))
	  INTO egdi_decimals
	  FROM unnest(r_egdi) AS v(x);
	decimals := coalesce(decimals, 1);
	egdi_decimals := coalesce(egdi_decimals, decimals);
	tolerance := 10 * power(10::numeric, -egdi_decimals);

	-- assessed, and the published EGDI against the formula, in units of its
	-- last published decimal: beyond 10 refused (unless kept), beyond 1
	-- counted for one NOTICE
	SELECT pg_catalog.array_agg(coalesce(t.a, @extschema@._assessed_by_rule(t.e, t.o, t.h, t.t, year)) ORDER BY t.n)
	  INTO r_assessed
	  FROM unnest(r_assessed, r_egdi, r_osi, r_hci, r_tii) WITH ORDINALITY AS t(a, e, o, h, t, n);
	WITH judged AS (
		SELECT u.*, abs(u.e - u.computed) AS diff
		  FROM (SELECT v.*, CASE WHEN v.o BETWEEN 0 AND 1 AND v.h BETWEEN 0 AND 1 AND v.t BETWEEN 0 AND 1 THEN
								 @extschema@.egdi(v.o::float8, v.h::float8, v.t::float8, year)::numeric
							END AS computed
				  FROM unnest(r_line, r_name, r_iso3, r_egdi, r_osi, r_hci, r_tii, r_assessed, r_note)
					   WITH ORDINALITY AS v(l, name, code, e, o, h, t, a, note, n)) AS u
		 WHERE u.a AND u.note IS NULL AND u.code IS NOT NULL AND u.e IS NOT NULL AND u.computed IS NOT NULL)
	SELECT (SELECT array_agg('22023 ' || format('line %s: %s (%s) has published EGDI %s, but egov.egdi(OSI, HCI, TII) gives %s',
												j.l, btrim(j.name), j.code, j.e, round(j.computed, decimals + 1)) ORDER BY j.l)
			  FROM judged AS j WHERE j.diff > tolerance) AS refused,
		   (SELECT array_agg(j.n ORDER BY j.l) FROM judged AS j WHERE j.diff > tolerance) AS refused_rows,
		   (SELECT count(*) FROM judged AS j WHERE j.diff > power(10::numeric, -egdi_decimals)) AS beyond_rounding,
		   big.l AS big_line, btrim(big.name) AS big_name, big.code AS big_code, big.e AS big_egdi,
		   round(big.computed, decimals + 1) AS big_computed
	  INTO bad
	  FROM (SELECT 1) AS one
	  LEFT JOIN LATERAL (SELECT j.* FROM judged AS j ORDER BY j.diff DESC, j.l LIMIT 1) AS big ON true;
	IF bad.refused IS NOT NULL AND NOT keep_inconsistent THEN
		IF NOT dry_run THEN
			PERFORM @extschema@._import_raise(bad.refused[1],
				'Check the file''s columns and year; if the row is as published, correct it or pass '
				'keep_inconsistent => true to store it as published, with a source note.',
				format('A published EGDI may differ from the mean of its published components by at most '
					   '10 units of its last decimal (%s at %s decimals): more is not rounding but a '
					   'column shifted or swapped, a wrong year or a mistyped digit.',
					   trim_scale(tolerance), egdi_decimals));
		END IF;
		problems := problems || bad.refused;
	ELSIF bad.refused IS NOT NULL THEN
		SELECT pg_catalog.array_agg(
				   CASE WHEN t.n = ANY (bad.refused_rows)
						THEN 'published EGDI does not follow from the published OSI, HCI and TII (kept on import)'
						ELSE t.note END ORDER BY t.n)
		  INTO r_note
		  FROM unnest(r_note) WITH ORDINALITY AS t(note, n);
	END IF;

	IF dry_run THEN
		IF cardinality(problems) > 0 THEN
			RAISE EXCEPTION 'dry run: the file has % problem%, nothing stored', cardinality(problems),
				CASE WHEN cardinality(problems) > 1 THEN 's' ELSE '' END
				USING ERRCODE = left(problems[1], 5),
					  DETAIL = (SELECT string_agg(substr(u.p, 7), E'\n'
												  ORDER BY substring(u.p FROM '^\S+ line ([0-9]+)')::integer, u.n)
								  FROM unnest(problems) WITH ORDINALITY AS u(p, n));
		END IF;
		RAISE NOTICE 'dry run: the file holds edition % with % rows, nothing stored', year, cardinality(r_line);
		RETURN cardinality(r_line);
	END IF;

	IF bad.beyond_rounding > 0 AND NOT @extschema@.loading_bundled_data() THEN
		RAISE NOTICE 'edition %: % from egov.egdi(OSI, HCI, TII) by more than 1 unit of the last published decimal; the largest: line %, % (%), published %, computed %',
			year, CASE WHEN bad.beyond_rounding > 1 THEN bad.beyond_rounding || ' published EGDIs differ' ELSE '1 published EGDI differs' END,
			bad.big_line, bad.big_name, bad.big_code, bad.big_egdi, bad.big_computed
			USING DETAIL = 'Stored as published: the UN ranks on its published EGDI, and only a difference '
						   'of more than 10 units is refused.';
	END IF;

	-- an edition without a method row is computed with the latest edition's
	IF NOT EXISTS (SELECT FROM @extschema@.edition_method AS m WHERE m.survey_year = year)
	   AND NOT @extschema@.loading_bundled_data() THEN
		RAISE NOTICE 'edition %: egov.edition_method has no row for it, so the method of % (the latest) applies',
			year, (SELECT max(m.survey_year) FROM @extschema@.edition_method AS m)
			USING HINT = 'For a method of its own: INSERT INTO egov.edition_method (survey_year, osi_weight, '
						 'hci_weight, tii_weight) VALUES (...), before the import.';
	END IF;

	origin := CASE WHEN @extschema@.loading_bundled_data() THEN 'un-bundled'
				   WHEN provenance IS NOT NULL THEN provenance
				   WHEN pos[3] IS NOT NULL AND pos[4] IS NOT NULL THEN 'un-import'
				   ELSE 'user' END;

	-- all checked: replace the edition's rows.  Imports of one year take
	-- turns on the edition's row, locked FOR UPDATE (a new year's row is
	-- inserted first; a concurrent insert of the same year waits for it).
	-- Only a role that may write egov.edition can take that lock, so no
	-- other role can hold imports up (an advisory lock anyone could).  At
	-- READ COMMITTED each statement below then sees the rows an earlier
	-- import committed; under REPEATABLE READ the later import fails with a
	-- serialisation error to retry.  Imports of different years run in
	-- parallel.  lock_timeout ends a wait with a message saying what it was.
	BEGIN
		PERFORM FROM @extschema@.edition AS e WHERE e.survey_year = year FOR UPDATE;
		IF NOT FOUND THEN
			BEGIN
				INSERT INTO @extschema@.edition (survey_year, egdi_decimals, provenance)
				VALUES (year, decimals, origin);
			EXCEPTION WHEN unique_violation THEN
				-- a concurrent import created the year and committed
				PERFORM FROM @extschema@.edition AS e WHERE e.survey_year = year FOR UPDATE;
				IF NOT FOUND THEN
					RAISE EXCEPTION 'edition %: a concurrent import created it after this transaction''s snapshot', year
						USING ERRCODE = 'serialization_failure', HINT = 'Retry the import.';
				END IF;
			END;
		END IF;
		SELECT count(*) INTO n_before FROM @extschema@.survey_score AS s WHERE s.survey_year = year;
		UPDATE @extschema@.edition AS e
		   SET egdi_decimals = decimals, provenance = origin
		 WHERE e.survey_year = year
		   AND (e.egdi_decimals, e.provenance) IS DISTINCT FROM (decimals, origin);
		DELETE FROM @extschema@.survey_score AS s WHERE s.survey_year = year;
	EXCEPTION WHEN lock_not_available THEN
		RAISE EXCEPTION 'edition %: another transaction is writing it (an import of the same year, or a change to its rows), and lock_timeout (%) ended the wait',
			year, current_setting('lock_timeout')
			USING ERRCODE = 'lock_not_available',
				  HINT = 'Retry when that transaction has ended; pg_stat_activity shows it.';
	END;
	INSERT INTO @extschema@.survey_score
		(survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note)
	SELECT year, u.*
	  FROM unnest(r_iso3, r_rank, r_egdi, r_epi, r_osi, r_hci, r_tii, r_assessed, r_note) AS u;
	GET DIAGNOSTICS stored = ROW_COUNT;
	IF n_before > 0 AND NOT @extschema@.loading_bundled_data() THEN
		RAISE NOTICE 'edition % replaced: % rows before, % now', year, n_before, stored;
	END IF;

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
EXCEPTION WHEN OTHERS THEN
	-- the same error, without this function's statements as CONTEXT
	GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
	err_raised := @extschema@._reraise(SQLSTATE, SQLERRM, err_detail, err_hint);
END
$$;

COMMENT ON FUNCTION @extschema@.import_un_csv(text, text, text, boolean, integer, boolean) IS
'Loads one edition of the UN E-Government Survey from CSV (a UN Data-Center export with or '
'without its Region column, a UNU-EGOV table with ISO3 codes, or an edition users built: rank, '
'EGDI, EPI and ISO3 columns optional, an optional Assessed column) into egov.survey_score and '
'returns the rows stored; survey_year names the edition of a file without a year column (one '
'whose year column disagrees is refused); replaces the rows of that year already present '
'(NOTICE with both counts; concurrent imports of one year take turns) and records the '
'edition''s precision (from the data) and provenance (un-import or user; by default un-import '
'when the file has the rank and EGDI columns).  NOTICE when an EGDI differs from '
'egov.egdi(osi, hci, tii) by more than 1 unit of the last published decimal, and when the '
'edition assesses fewer countries than the one before.  All or nothing: a malformed line or '
'wrong field count (22P02), a missing column, mixed years or a published EGDI that '
'egov.egdi(osi, hci, tii) contradicts by more than 10 units of the last published decimal '
'(22023; kept with a note when keep_inconsistent), an unknown country (23503), a repeated '
'country (23505), a value that is not a number (22P02) or outside [0, 1] as written (22003) '
'is refused naming the line, the column and the value; dry_run => true stores nothing and '
'refuses with every problem of the file at once, or returns the rows it would store';
