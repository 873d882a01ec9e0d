-- Exactness against every published edition, 2003-2024: egov.egdi with the
-- edition's weights reproduces the published EGDI, egov.egdi_level the
-- published group counts, egov.egdi_stats the published regional and world
-- means.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- The UN DESA Data-Center exports, as published (text, then typed)
CREATE TEMP TABLE export_raw (
    survey_year text, country text, rank text, egdi text,
    epi text, osi text, hci text, tii text);
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2003.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2004.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2005.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2008.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2010.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2012.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2014.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2016.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2018.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2020.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2022.csv' csv header
\copy export_raw FROM 'data/un-desa/EGOV_DATA_2024.csv' csv header

-- assessed: a rank and an EGDI above 0 (an empty rank is "not assessed";
-- EGDI 0 marks no online presence or missing data, with a shared last rank)
CREATE TEMP TABLE published AS
SELECT survey_year::int AS survey_year,
       btrim(country) AS country,
       nullif(btrim(rank), '')::int AS rank,
       egdi::float8 AS egdi, osi::float8 AS osi, hci::float8 AS hci, tii::float8 AS tii,
       nullif(btrim(rank), '') IS NOT NULL AND egdi::float8 > 0 AS assessed
FROM export_raw;

SELECT survey_year, count(*) AS members, count(*) FILTER (WHERE assessed) AS assessed,
       count(*) FILTER (WHERE rank IS NULL) AS not_assessed,
       count(*) FILTER (WHERE rank IS NOT NULL AND egdi = 0) AS egdi_zero,
       count(DISTINCT country) AS names
FROM published GROUP BY survey_year ORDER BY survey_year;

-- Components outside [0, 1]: two 2003 source errors.  egov.egdi refuses
-- both; Micronesia's published EGDI is the mean with its HCI of 1.422,
-- Tuvalu is not scored (EGDI 0) in 2003 anyway.
SELECT survey_year, country, rank, egdi, osi, hci, tii,
       round((osi + hci + tii)::numeric / 3, 5) AS mean_as_published, assessed
FROM published
WHERE NOT (osi BETWEEN 0 AND 1 AND hci BETWEEN 0 AND 1 AND tii BETWEEN 0 AND 1)
ORDER BY survey_year, country;
\set VERBOSITY sqlstate
SELECT egov.egdi(osi, hci, tii, survey_year) FROM published
WHERE survey_year = 2003 AND country = 'Micronesia (Federated States of)';
\set VERBOSITY default
SELECT egov.egdi(osi, hci, tii, survey_year) FROM published
WHERE survey_year = 2003 AND country = 'Micronesia (Federated States of)';
SELECT egov.egdi(osi, hci, tii, survey_year) FROM published
WHERE survey_year = 2003 AND country = 'Tuvalu';

-- Every assessed country with components in [0, 1]: |egov.egdi - published|
-- per edition.  Rows that miss 1e-4 are listed below, not dropped silently.
CREATE TEMP TABLE checked AS
SELECT p.*, egov.egdi(osi, hci, tii, survey_year) AS computed,
       abs(egov.egdi(osi, hci, tii, survey_year) - egdi) AS diff
FROM published AS p
WHERE assessed AND osi <= 1 AND hci <= 1 AND tii <= 1;

SELECT survey_year, count(*) AS rows_checked,
       count(*) FILTER (WHERE diff <= 1e-4) AS within_1e_4,
       round(max(diff) FILTER (WHERE diff <= 1e-4)::numeric, 7) AS max_diff_of_those,
       round(max(diff)::numeric, 7) AS max_diff
FROM checked GROUP BY survey_year ORDER BY survey_year;

-- The misses: exactly the two 2008 data errors.  Their published EGDI
-- follows neither from the 2008 weights nor from equal thirds.
SELECT survey_year, country, egdi AS published, osi, hci, tii,
       round(computed::numeric, 5) AS weights_2008,
       round(egov.egdi(osi, hci, tii)::numeric, 5) AS equal_thirds,
       round(diff::numeric, 5) AS diff
FROM checked WHERE diff > 1e-4 ORDER BY survey_year, country;

-- Equal thirds for 2008 and 2010 would not do: most rows would miss
SELECT survey_year, count(*) AS rows_checked,
       count(*) FILTER (WHERE abs(egov.egdi(osi, hci, tii) - egdi) <= 1e-4) AS equal_thirds_within_1e_4
FROM checked WHERE survey_year IN (2008, 2010)
GROUP BY survey_year ORDER BY survey_year;

-- The published groups: egov.egdi_level of the published EGDI
SELECT survey_year,
       count(*) FILTER (WHERE l = 'Very High') AS very_high,
       count(*) FILTER (WHERE l = 'High') AS high,
       count(*) FILTER (WHERE l = 'Middle') AS middle,
       count(*) FILTER (WHERE l = 'Low') AS low
FROM (SELECT survey_year, egov.egdi_level(egdi) AS l FROM published WHERE assessed) AS t
GROUP BY survey_year ORDER BY survey_year;
SELECT array_agg(survey_year ORDER BY survey_year) AS editions_matching_published_groups
FROM (SELECT survey_year, egov.egdi_stats(egdi) AS s FROM published WHERE assessed
      GROUP BY survey_year) AS t
JOIN (VALUES (2016, 29, 65, 67, 32), (2018, 40, 71, 66, 16),
             (2020, 57, 69, 59, 8), (2022, 60, 73, 53, 7), (2024, 76, 62, 44, 11))
     AS g(survey_year, very_high, high, middle, low) USING (survey_year)
WHERE ((s).very_high, (s).high, (s).middle, (s).low) = (g.very_high, g.high, g.middle, g.low);

-- Regions: the UNU-EGOV list (';'-separated, UTF-8 with BOM, CRLF, a last
-- line of empty fields); the header line is skipped, so the BOM with it
CREATE TEMP TABLE countries_raw (
    code text, common_name text, official_name text, region text,
    sub_region text, income text, status text);
\copy countries_raw FROM 'data/unu-egov/countries-data_EN.csv' csv header delimiter ';'
CREATE TEMP TABLE countries AS
SELECT code, regexp_replace(common_name, '\s+', ' ', 'g') AS common_name,
       regexp_replace(official_name, '\s+', ' ', 'g') AS official_name, region
FROM countries_raw WHERE code IS NOT NULL;
SELECT region, count(*) FROM countries GROUP BY region ORDER BY region;

-- Export names are UNU common or official names (spaces collapsed:
-- "United Republic  of Tanzania"), but for six, mapped by hand
CREATE TEMP TABLE name_alias (country, code) AS
VALUES ('Gambia', 'GMB'), ('Georgia (Country)', 'GEO'), ('Iran (Islamic Republic of)', 'IRN'),
       ('Micronesia (Federated States of)', 'FSM'), ('Sao Tome and Principe', 'STP'),
       ('Türkiye', 'TUR');
CREATE TEMP TABLE country_region AS
SELECT n.country, c.code, c.region,
       CASE WHEN a.code IS NOT NULL THEN 'alias'
            WHEN n.country = c.common_name THEN 'common name'
            ELSE 'official name' END AS matched_by
FROM (SELECT DISTINCT country FROM published) AS n
LEFT JOIN name_alias AS a USING (country)
JOIN countries AS c
  ON c.code = coalesce(a.code,
                       (SELECT code FROM countries WHERE common_name = n.country),
                       (SELECT code FROM countries WHERE official_name = n.country));
SELECT n.country AS unmatched FROM (SELECT DISTINCT country FROM published) AS n
WHERE NOT EXISTS (SELECT FROM country_region AS cr WHERE cr.country = n.country);
SELECT count(*) AS names, count(DISTINCT code) AS codes,
       count(*) FILTER (WHERE matched_by = 'common name') AS by_common_name,
       count(*) FILTER (WHERE matched_by = 'official name') AS by_official_name,
       count(*) FILTER (WHERE matched_by = 'alias') AS by_alias
FROM country_region;
SELECT cr.country, cr.matched_by, c.common_name AS unu_common_name
FROM country_region AS cr JOIN countries AS c USING (code)
WHERE cr.matched_by <> 'common name' ORDER BY cr.matched_by, cr.country;

-- Regional and world means of the assessed, to 4 dp, with the published
-- figures beside them
SELECT r.survey_year, r.region, (r.s).countries,
       round((r.s).mean::numeric, 4) AS mean, m.published,
       round((r.s).mean::numeric, 4) = m.published AS matches
FROM (SELECT survey_year, coalesce(region, 'World') AS region, egov.egdi_stats(egdi) AS s
      FROM published JOIN country_region USING (country)
      WHERE assessed AND survey_year IN (2014, 2018, 2020, 2024)
      GROUP BY GROUPING SETS ((survey_year, region), (survey_year))) AS r
LEFT JOIN (VALUES (2018, 'Europe', 0.7727), (2018, 'Americas', 0.5898), (2018, 'Asia', 0.5779),
                  (2018, 'Oceania', 0.4611), (2018, 'Africa', 0.3423),
                  (2020, 'Europe', 0.8170), (2020, 'Asia', 0.6373), (2020, 'Americas', 0.6341),
                  (2020, 'Oceania', 0.5106), (2020, 'Africa', 0.3914),
                  (2024, 'Europe', 0.8493), (2024, 'Asia', 0.6990), (2024, 'Americas', 0.6701),
                  (2024, 'Oceania', 0.5289), (2024, 'Africa', 0.4247),
                  (2014, 'World', 0.4712), (2018, 'World', 0.5491), (2020, 'World', 0.5988),
                  (2024, 'World', 0.6382))
          AS m(survey_year, region, published) USING (survey_year, region)
ORDER BY r.survey_year, r.region = 'World', mean DESC;

-- Against plain SQL over every edition, region and the world: count, min
-- and max equal, means within 1e-15 (egov.egdi_stats compensates its sum,
-- avg does not)
SELECT count(*) AS groups,
       count(*) FILTER (WHERE abs((s).mean - plain_avg) <= 1e-15) AS means_agree,
       count(*) FILTER (WHERE (s).countries = n AND (s).min = lo AND (s).max = hi) AS count_min_max_agree
FROM (SELECT egov.egdi_stats(egdi) AS s, avg(egdi) AS plain_avg, count(egdi) AS n,
             min(egdi) AS lo, max(egdi) AS hi
      FROM published JOIN country_region USING (country)
      WHERE assessed GROUP BY GROUPING SETS ((survey_year, region), (survey_year))) AS t;

DROP EXTENSION egov;
