-- The data CREATE EXTENSION loads: the 193 Member States and eleven
-- editions, their precision, the unranked and the two 2003 source errors.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- 193 Member States
SELECT (SELECT count(*)::int FROM egov.country) AS result;
-- countries by region
SELECT region, count(*)::int FROM egov.country GROUP BY 1 ORDER BY 1;
-- eleven editions of 193 rows; assessed = ranked with EGDI above 0
SELECT survey_year, count(*)::int, count(*) FILTER (WHERE assessed)::int
      FROM egov.survey_score GROUP BY 1 ORDER BY 1;
-- CREATE EXTENSION loads bundled rows only
SELECT (SELECT count(*)::int FROM egov.survey_score WHERE NOT bundled) AS result;
-- published EGDI precision by edition
SELECT survey_year, egdi_decimals FROM egov.edition ORDER BY 1;
-- unranked: Montenegro and South Sudan 2003-2005, South Sudan 2008 and 2010
SELECT iso3 FROM egov.survey_score WHERE NOT assessed AND egdi_rank IS NULL ORDER BY survey_year, iso3;
-- two HCI values above 1 (2003 source errors), kept as published
SELECT (SELECT count(*)::int FROM egov.survey_score WHERE hci > 1) AS result;

DROP EXTENSION egov;
