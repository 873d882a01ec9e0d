-- egov.rating_class(egdi) OVER (PARTITION BY ...): the UN rating classes on
-- hand-made partitions and on the 2022 survey, the tie rule, independence of
-- the window's ORDER BY, errors.
CREATE EXTENSION egov;
\set VERBOSITY default

CREATE TEMP TABLE rated (g text, i int, egdi float8);
INSERT INTO rated VALUES
  -- one to five countries in a group: quarters sized like ntile(4)
  ('one', 1, 0.9),
  ('two', 1, 0.9), ('two', 2, 0.8),
  ('three', 1, 0.9), ('three', 2, 0.8), ('three', 3, 0.76),
  ('five', 1, 0.99), ('five', 2, 0.95), ('five', 3, 0.9), ('five', 4, 0.85), ('five', 5, 0.8),
  -- the band edges belong to the upper group; 0 and 1 are valid
  ('edges', 1, 1), ('edges', 2, 0.75), ('edges', 3, 0.7499999999), ('edges', 4, 0.5),
  ('edges', 5, 0.25), ('edges', 6, 0.2499), ('edges', 7, 0),
  -- a tie across a quarter boundary goes to the higher class
  ('tie', 1, 0.9), ('tie', 2, 0.85), ('tie', 3, 0.85), ('tie', 4, 0.8),
  ('tie', 5, 0.78), ('tie', 6, 0.77), ('tie', 7, 0.76), ('tie', 8, 0.76),
  -- NULLs get NULL and do not count
  ('nulls', 1, NULL), ('nulls', 2, 0.6), ('nulls', 3, NULL), ('nulls', 4, 0.55),
  ('all-null', 1, NULL);

-- the plain-SQL statement of the rule, to compare with: quarters like
-- ntile(4) within each group by EGDI descending, a tie taking the quarter of
-- its first position (the smallest ntile among equal values)
CREATE TEMP VIEW rated_reference AS
SELECT g, i, egdi,
       (ARRAY[ARRAY['LM','L3','L2','L1'], ARRAY['MH','M3','M2','M1'],
              ARRAY['HV','H3','H2','H1'], ARRAY['VH','V3','V2','V1']])
         [lvl + 1][min(q) OVER (PARTITION BY g, lvl, egdi)] AS class
FROM (SELECT *, ntile(4) OVER (PARTITION BY g, lvl ORDER BY egdi DESC) AS q
      FROM (SELECT *, CASE WHEN egdi >= 0.75 THEN 3 WHEN egdi >= 0.5 THEN 2
                           WHEN egdi >= 0.25 THEN 1 ELSE 0 END AS lvl
            FROM rated WHERE egdi IS NOT NULL) l) n;

SELECT g, i, egdi, egov.rating_class(egdi) OVER (PARTITION BY g) AS class
FROM rated ORDER BY g, i;

-- the same as the plain-SQL rule, whatever the window's ORDER BY or frame
SELECT count(*) AS rows,
       count(*) FILTER (WHERE c1 IS NOT DISTINCT FROM r.class
                          AND c2 IS NOT DISTINCT FROM r.class
                          AND c3 IS NOT DISTINCT FROM r.class) AS agree
FROM (SELECT g, i,
             egov.rating_class(egdi) OVER (PARTITION BY g) AS c1,
             egov.rating_class(egdi) OVER (PARTITION BY g ORDER BY egdi) AS c2,
             egov.rating_class(egdi) OVER (PARTITION BY g ORDER BY i DESC
                                           ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c3
      FROM rated) c
LEFT JOIN rated_reference r USING (g, i);

-- empty input
SELECT egov.rating_class(egdi) OVER () FROM rated WHERE false;

-- generated editions: 40 partitions of 1..500 countries, EGDI rounded to
-- 2 decimals so that ties abound; every row agrees with the plain-SQL rule
TRUNCATE rated;
INSERT INTO rated
SELECT 'gen' || p, r,
       CASE WHEN hashint4(p * 7 + r) % 13 = 0 THEN NULL
            ELSE round((abs(hashint4(p * 1009 + r))::float8 / 2147483648.0)::numeric, 2)::float8
       END
FROM generate_series(1, 40) p, generate_series(1, 1 + (p * 53) % 500) r;
SELECT count(*) AS rows, count(egdi) AS rated,
       count(*) FILTER (WHERE c IS NOT DISTINCT FROM r.class) AS agree
FROM (SELECT g, i, egov.rating_class(egdi) OVER (PARTITION BY g ORDER BY hashint4(i)) AS c
      FROM rated) c
LEFT JOIN rated_reference r USING (g, i);

-- errors: EGDI outside [0, 1], NaN or infinite anywhere in the partition
\set VERBOSITY sqlstate
SELECT egov.rating_class(egdi) OVER () FROM (VALUES (0.5::float8), (1.5)) t(egdi);
\set VERBOSITY default
SELECT egov.rating_class(egdi) OVER () FROM (VALUES (0.5::float8), (1.5)) t(egdi);
SELECT egov.rating_class(egdi) OVER () FROM (VALUES (-0.01::float8)) t(egdi);
SELECT egov.rating_class(egdi) OVER () FROM (VALUES (0.5::float8), ('NaN')) t(egdi);
SELECT egov.rating_class(egdi) OVER () FROM (VALUES ('Infinity'::float8)) t(egdi);

-- the 2022 survey: 193 Member States, all scored
CREATE TEMP TABLE survey_raw (year text, country text, egdi_rank text, egdi text,
                              epi text, osi text, hci text, tii text);
\copy survey_raw FROM 'data/un-desa/EGOV_DATA_2022.csv' csv header
CREATE TEMP TABLE survey AS
SELECT year::int AS year, trim(country) AS country, egdi_rank::int AS egdi_rank,
       egdi::float8 AS egdi
FROM survey_raw WHERE egdi_rank <> '' AND egdi::float8 > 0;
SELECT count(*) AS countries FROM survey;

-- VH is exactly the top 15 of the 60 Very High countries, Denmark to Malta
SELECT egdi_rank, country, egdi, egov.rating_class(egdi) OVER (PARTITION BY year) AS class
FROM survey ORDER BY egdi DESC, country LIMIT 16;

-- class sizes against the ntile(4) quarter sizes of each group; they differ
-- only where a tie straddles a boundary (High: Gabon and Bhutan, both
-- 0.5521, are the last of H2 and the first of H1 by ntile; both are H2)
SELECT c.class, c.countries, n.countries AS ntile_quarter, c.lowest, c.highest
FROM (SELECT class, count(*) AS countries, min(egdi) AS lowest, max(egdi) AS highest
      FROM (SELECT egdi, egov.rating_class(egdi) OVER (PARTITION BY year) AS class
            FROM survey) s GROUP BY class) c
JOIN (SELECT lvl, q, count(*) AS countries
      FROM (SELECT lvl, ntile(4) OVER (PARTITION BY lvl ORDER BY egdi DESC) AS q
            FROM (SELECT egdi, CASE WHEN egdi >= 0.75 THEN 3 WHEN egdi >= 0.5 THEN 2
                                    WHEN egdi >= 0.25 THEN 1 ELSE 0 END AS lvl
                  FROM survey) l) t
      GROUP BY lvl, q) n
  ON c.class = (ARRAY[ARRAY['LM','L3','L2','L1'], ARRAY['MH','M3','M2','M1'],
                      ARRAY['HV','H3','H2','H1'], ARRAY['VH','V3','V2','V1']])[n.lvl + 1][n.q]
ORDER BY c.highest DESC;
SELECT * FROM (SELECT country, egdi, egdi_rank,
                     egov.rating_class(egdi) OVER (PARTITION BY year) AS class
               FROM survey) s
WHERE egdi BETWEEN 0.5519 AND 0.5521 ORDER BY egdi DESC, country;

-- the same classes with the window ordered at random, by EGDI ascending,
-- or not at all
SELECT count(*) AS countries,
       count(*) FILTER (WHERE a = b AND a = c) AS same
FROM (SELECT egov.rating_class(egdi) OVER (PARTITION BY year) AS a,
             egov.rating_class(egdi) OVER (PARTITION BY year ORDER BY random()) AS b,
             egov.rating_class(egdi) OVER (PARTITION BY year ORDER BY egdi) AS c
      FROM survey) s;

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- egov.rating_class refuses an EGDI above 1
SELECT pg_temp.try($$SELECT egov.rating_class(x) OVER () FROM (VALUES (0.5::float8), (1.5)) t(x)$$);
-- egov.rating_class refuses NaN
SELECT pg_temp.try($$SELECT egov.rating_class(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$);
-- egov.rating_class: a lone country is the top class of its group
SELECT (SELECT string_agg(c, ' ' ORDER BY x DESC) FROM (SELECT x, egov.rating_class(x) OVER () c
           FROM (VALUES (0.9::float8), (0.6), (0.3), (0.1), (NULL)) t(x)) s) AS result;
-- egov.rating_class: five countries split 2/1/1/1 like ntile(4)
SELECT (SELECT string_agg(c, ' ' ORDER BY x DESC) FROM (SELECT x, egov.rating_class(x) OVER () c
           FROM (VALUES (0.95::float8), (0.9), (0.85), (0.8), (0.76)) t(x)) s) AS result;

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('rating_class')
ORDER BY 1::text;

DROP EXTENSION egov;
