-- egov.egdi(osi, hci, tii, survey_year): edition weights, NULLs, errors.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- 2008 and 2010 weight OSI 0.34 and HCI, TII 0.33 each
-- (Ireland 2008: published 0.72960)
SELECT round(egov.egdi(0.67558, 0.99315, 0.52170, 2008)::numeric, 5) AS ireland_2008,
       round(egov.egdi(0.67558, 0.99315, 0.52170)::numeric, 5) AS ireland_equal_thirds;
SELECT egov.egdi(1, 0, 0, 2008) AS osi_2008, egov.egdi(0, 1, 0, 2008) AS hci_2008,
       egov.egdi(0, 0, 1, 2010) AS tii_2010, egov.egdi(1, 1, 1, 2010) AS all_2010;

-- every other year, before and after, uses equal thirds, bit for bit the
-- same as the three-argument form
SELECT y AS survey_year,
       egov.egdi(0.9059, 0.7396, 0.7388, y) AS egdi,
       egov.egdi(0.9059, 0.7396, 0.7388, y) = egov.egdi(0.9059, 0.7396, 0.7388) AS equal_thirds
FROM unnest(ARRAY[2001, 2002, 2003, 2004, 2005, 2007, 2008, 2009, 2010, 2011,
                  2012, 2014, 2016, 2018, 2020, 2022, 2024, 2100]) AS y;

-- NULL in any argument gives NULL (STRICT)
SELECT egov.egdi(NULL, 0.5, 0.5, 2020) IS NULL AS osi_null,
       egov.egdi(0.5, NULL, 0.5, 2020) IS NULL AS hci_null,
       egov.egdi(0.5, 0.5, NULL, 2020) IS NULL AS tii_null,
       egov.egdi(0.5, 0.5, 0.5, NULL) IS NULL AS year_null;

-- a year before the first survey (2001) gives 22023, components 22003
\set VERBOSITY sqlstate
SELECT egov.egdi(0.5, 0.5, 0.5, 2000);
SELECT egov.egdi(0.5, 0.5, 1.5, 2008);
\set VERBOSITY default
SELECT egov.egdi(0.5, 0.5, 0.5, 2000);
SELECT egov.egdi(0.5, 0.5, 0.5, 0);
SELECT egov.egdi(0.5, 0.5, 0.5, -2147483648);
SELECT egov.egdi(1.422, 0.5, 0.5, 2003);
SELECT egov.egdi(0.5, 1.422, 0.5, 2003);
SELECT egov.egdi(0.5, 0.5, 'NaN', 2010);
SELECT egov.egdi(0.5, '-Infinity', 0.5, 2022);
-- the year is checked before the components
SELECT egov.egdi(2, 2, 2, 1999);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- a year before 2001 raises 22023
SELECT pg_temp.try('SELECT egov.egdi(0.5, 0.5, 0.5, 2000)');
-- out-of-range HCI raises 22003
SELECT pg_temp.try('SELECT egov.egdi(0.5, 1.03, 0.5, 2003)');
-- 2008 gives OSI weight 0.34
SELECT egov.egdi(1, 0, 0, 2008) AS result;
-- 2012 weights equally
SELECT egov.egdi(1, 0, 0, 2012) IS NOT DISTINCT FROM egov.egdi(1, 0, 0) AS same;

DROP EXTENSION egov;
