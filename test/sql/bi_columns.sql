-- What BI tools see of the reporting views: index columns of a fixed
-- precision and scale with the edition's decimals, sort keys beside group
-- and class labels, ISO alpha-2 and M49 codes beside ISO3; and errors that
-- name the function called and the row's values.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

-- Every numeric column of egov's views, with its type: the index columns
-- are numeric(6,5), the means and shares numeric(5,4); only the LOSI point
-- counts (sums of indicator points, no fixed scale) are unconstrained.
SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_class AS c
  JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind = 'v'
   AND a.atttypid = 'numeric'::regtype
 ORDER BY 1, a.attnum;

-- The codes: 249 ISO 3166 entities, every Member State among them.
SELECT count(*) AS codes, count(DISTINCT iso2) AS iso2, count(DISTINCT m49) AS m49,
       (SELECT count(*) FROM egov.country AS c
         WHERE NOT EXISTS (SELECT FROM egov.country_code AS k WHERE k.iso3 = c.iso3)) AS members_without
  FROM egov.country_code;
-- in every country-level view (Namibia's NA is a code; M49 keeps its zeros)
SELECT 'egdi_report' AS view, iso3, iso2, m49 FROM egov.egdi_report
 WHERE survey_year = 2022 AND iso3 IN ('AFG', 'NAM', 'DNK')
UNION ALL
SELECT 'epi_report', iso3, iso2, m49 FROM egov.epi_report
 WHERE survey_year = 2022 AND iso3 IN ('AFG', 'NAM', 'DNK')
UNION ALL
SELECT 'rank_uncertainty_report', iso3, iso2, m49 FROM egov.rank_uncertainty_report
 WHERE iso3 IN ('AFG', 'NAM', 'DNK')
ORDER BY 1, 2;
SELECT count(*) FILTER (WHERE iso2 IS NULL OR m49 IS NULL) AS rows_without_codes
  FROM egov.egdi_report;

-- Sort keys grow with the index: a higher key never holds a lower EGDI
-- (ties go to the higher class), and they number the labels in order.
SELECT level, egov._level_order(level) FROM unnest(enum_range(NULL::egov.level)) AS level;
SELECT string_agg(rating_class || '=' || rating_class_order, ' ' ORDER BY rating_class_order)
  FROM (SELECT DISTINCT rating_class, rating_class_order FROM egov.egdi_report
         WHERE survey_year = 2022 AND assessed) AS c;
SELECT count(*) AS order_violations
  FROM egov.egdi_report AS a
  JOIN egov.egdi_report AS b ON b.survey_year = a.survey_year
 WHERE a.assessed AND b.assessed
   AND (a.level_order > b.level_order OR a.rating_class_order > b.rating_class_order)
   AND a.egdi < b.egdi;
SELECT egov._rating_class_order('XX') AS not_a_class, egov._level_order(NULL) AS null_level;
SELECT level, level_order, countries FROM egov.level_summary WHERE survey_year = 2022
 ORDER BY level_order;
SELECT DISTINCT epi_level, epi_level_order FROM egov.epi_report ORDER BY 2;

-- The edition's decimals: 5 through 2016, 4 from 2018; every value has
-- scale 5 and no digit beyond the edition's decimals.
SELECT survey_year, min(decimals), max(decimals),
       bool_and(scale(egdi) = 5 AND egdi = round(egdi, decimals)
                AND scale(osi) = 5 AND osi = round(osi, decimals)) AS within
  FROM egov.egdi_report WHERE assessed AND survey_year IN (2016, 2018, 2022)
 GROUP BY 1 ORDER BY 1;
SELECT iso3, egdi, decimals, round(egdi, decimals) AS as_published
  FROM egov.egdi_report WHERE survey_year = 2022 AND iso3 = 'DNK';

-- An edition of users' own with 7 decimals: shown to 5 (decimals 5),
-- ranked at its own precision, so two rows that show the same EGDI rank
-- apart; egov.survey_score keeps the stored values.
INSERT INTO egov.edition (survey_year, egdi_decimals, provenance) VALUES (2031, 7, 'user');
INSERT INTO egov.survey_score (survey_year, iso3, egdi, osi, hci, tii, epi) VALUES
	(2031, 'DNK', 0.8123454, 0.8123454, 0.8123454, 0.8123454, 0.8123454),
	(2031, 'CHL', 0.8123451, 0.8123451, 0.8123451, 0.8123451, 0.8123451);
SELECT iso3, egdi, osi, decimals, world_rank FROM egov.egdi_report WHERE survey_year = 2031
 ORDER BY world_rank;
SELECT iso3, epi, decimals, epi_rank FROM egov.epi_report WHERE survey_year = 2031 ORDER BY epi_rank;
SELECT iso3, egdi FROM egov.survey_score WHERE survey_year = 2031 ORDER BY egdi DESC;
DELETE FROM egov.survey_score WHERE survey_year = 2031;
DELETE FROM egov.edition WHERE survey_year = 2031;

-- Errors of the PL/pgSQL functions users call have one CONTEXT line,
-- which names the function (not the query or helper that raised); line
-- numbers as N.  The context is the error's up to this test's own call.
CREATE FUNCTION pg_temp.error_context(statement text) RETURNS text
LANGUAGE plpgsql AS $f$
DECLARE
	msg text;
	ctx text;
BEGIN
	EXECUTE statement;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, ctx = PG_EXCEPTION_CONTEXT;
	RETURN msg || E'\n' || regexp_replace(split_part(ctx, E'\nSQL statement "' || statement, 1),
										  ' line [0-9]+ ', ' line N ', 'g');
END
$f$;
SELECT pg_temp.error_context('SELECT * FROM egov.rank_uncertainty_edition(2022, 0)');
SELECT pg_temp.error_context('SELECT * FROM egov.rank_uncertainty_edition(2022, 10, 0.5)');
SELECT pg_temp.error_context('SELECT * FROM egov.rank_uncertainty_edition(1999)');
SELECT pg_temp.error_context($$SELECT egov.import_un_csv(E'a,b\n1,2\n')$$);
SELECT pg_temp.error_context($$SELECT egov.import_un_csv(E'Survey Year,Country Name\n2030,"Denmark\n')$$);
SELECT pg_temp.error_context($$SELECT egov.import_cities(E'x,y\n1,2\n')$$);
SELECT pg_temp.error_context($$SELECT egov.import_losi_indicators(E'x,y\n1,2\n')$$);
SELECT pg_temp.error_context($$SELECT egov.import_losi_assessments(E'x,y\n1,2\n')$$);
SELECT pg_temp.try($$SELECT egov._reraise('01000', 'm', '', '')$$);
SELECT pg_temp.try($$SELECT egov._reraise('2201', 'm', '', '')$$);
SELECT pg_temp.try($$SELECT egov._reraise('22p02', 'm', '', '')$$);
SELECT pg_temp.try($$SELECT egov._reraise('22P02', 'a message', '', '')$$);
SELECT egov._reraise('22023', 'a message', 'a detail', 'a hint');
SELECT egov._reraise('22023', 'a message', '', 'only a hint');
SELECT egov._reraise(NULL, 'STRICT: no error', '', '') IS NULL AS strict;

-- A window function's row error shows the row's arguments.
SELECT egov.minmax(x) OVER () FROM (VALUES (0.5::float8), (0.2), ('NaN')) AS v(x);
SELECT egov.rank_uncertainty(o, h, t) OVER ()
  FROM (VALUES (0.5::float8, 0.5::float8, 0.5::float8), (0.2, 1.422, 0.3)) AS v(o, h, t);
SELECT egov.composite(i, w) OVER ()
  FROM (VALUES (ARRAY[0.1, 0.2]::float8[], ARRAY[1, 1]::float8[]),
               (ARRAY[0.3, 0.4]::float8[], ARRAY[1, -1]::float8[])) AS v(i, w);
-- a long value is cut
SELECT egov.composite(i) OVER ()
  FROM (VALUES (array_fill(0.123456789::float8, ARRAY[30])),
               (array_fill(0.123456789::float8, ARRAY[29]) || 'NaN'::float8)) AS v(i);

DROP EXTENSION egov;
