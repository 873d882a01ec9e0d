-- Schema conc for the concurrency test: the editions the writers import
-- (filled by test/concurrency/run), the digests a reader may see, and what
-- readers and writers record.  Run as superuser in the test database.
\set ON_ERROR_STOP 1
CREATE SCHEMA conc;

-- version A (as published) or B (every index halved) of a year's table
CREATE TABLE conc.edition (year integer, version text, csv text, PRIMARY KEY (year, version));

-- per relation and year, the digest of its rows under each version
CREATE TABLE conc.expected (rel text, y integer, version text, d text);

-- a reader's statement that saw a year neither wholly A nor wholly B
CREATE TABLE conc.mix (at timestamptz, rel text, y integer, d text);

-- every import a writer attempted, with its outcome
CREATE TABLE conc.write_log (at timestamptz, year integer, version text, sqlstate text, message text);

-- The relations readers check: egov's tables and views that have a
-- survey_year column.
CREATE VIEW conc.checked AS
SELECT c.oid::regclass::text AS rel
FROM pg_class AS c
WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'v', 'm')
  AND EXISTS (SELECT FROM pg_attribute AS a
              WHERE a.attrelid = c.oid AND a.attname = 'survey_year' AND NOT a.attisdropped);

-- A row of relation t as text, with floating-point columns rounded to 9
-- decimals (a float sum or mean depends in its last bits on the order the
-- rows are read in, which an import changes) and without the columns that
-- describe another edition.
CREATE FUNCTION conc.row_text(rel regclass) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT 'concat_ws('','', ' || string_agg(CASE
		WHEN a.atttypid IN ('float8'::regtype, 'float4'::regtype)
			THEN format('coalesce(round(t.%I::numeric, 9)::text, ''-'')', a.attname)
		ELSE format('coalesce(t.%I::text, ''-'')', a.attname) END, ', ' ORDER BY a.attnum) || ')'
	FROM pg_attribute AS a
	WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
	  -- egdi_report's rank_change and level_change compare with the previous
	  -- edition: they change with another year's import, rightly
	  AND a.attname !~ '_change$'
$$;
-- One SELECT that digests every checked relation per year: what a reader
-- runs (inside its INSERT) and what fills conc.expected.
CREATE FUNCTION conc.digest_sql() RETURNS text LANGUAGE sql STABLE AS $$
	SELECT string_agg(format(
		'SELECT %L::text AS rel, t.survey_year::integer AS y, '
		'md5(string_agg(%s, ''|'' ORDER BY %s)) AS d '
		'FROM %s AS t WHERE t.survey_year IN (SELECT DISTINCT year FROM conc.edition) GROUP BY t.survey_year',
		rel, conc.row_text(rel::regclass), conc.row_text(rel::regclass), rel), ' UNION ALL ' ORDER BY rel)
	FROM conc.checked
$$;

-- The reader: in one statement (one snapshot), every checked relation and
-- year must match a digest of A or of B, and all relations must agree on the
-- version of a year (where A and B digests differ).  Anything else is
-- recorded in conc.mix.
CREATE FUNCTION conc.reader_sql() RETURNS text LANGUAGE sql STABLE AS $$
	SELECT format($f$
WITH seen AS (%s),
known AS (
	SELECT s.rel, s.y, s.d, e.version
	FROM seen AS s LEFT JOIN conc.expected AS e USING (rel, y, d)),
telling AS (
	-- digests that name one version only
	SELECT k.* FROM known AS k
	WHERE k.version IS NOT NULL
	  AND (SELECT count(DISTINCT version) FROM conc.expected AS e
	       WHERE e.rel = k.rel AND e.y = k.y AND e.d = k.d) = 1)
INSERT INTO conc.mix
SELECT clock_timestamp(), rel, y, d FROM known WHERE version IS NULL
UNION ALL
SELECT clock_timestamp(), 'versions differ between relations', y, string_agg(rel || '=' || version, ' ')
FROM telling GROUP BY y HAVING count(DISTINCT version) > 1
$f$, conc.digest_sql())
$$;

-- The writer: imports version A or B of a year (pick 0 .. 2 * years - 1);
-- an error is recorded, not raised, so that every writer keeps writing and
-- every error is counted.
CREATE FUNCTION conc.write(pick integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	e record;
BEGIN
	SELECT * INTO e FROM conc.edition ORDER BY year, version OFFSET pick LIMIT 1;
	BEGIN
		PERFORM egov.import_un_csv(e.csv);
		INSERT INTO conc.write_log VALUES (clock_timestamp(), e.year, e.version, '00000', NULL);
	EXCEPTION WHEN OTHERS THEN
		INSERT INTO conc.write_log VALUES (clock_timestamp(), e.year, e.version, SQLSTATE, SQLERRM);
	END;
	RETURN e.year || e.version;
END
$$;
