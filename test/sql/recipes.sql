-- The UN component recipes egov.osi, egov.epi, egov.hci, egov.tii: each
-- equals its reference form (egov.minmax, egov.composite) on generated data
-- with NULLs, ties and a constant partition; the published 2022 components
-- are fixed points; every error carries the recipe's own name.
CREATE EXTENSION egov;
\set VERBOSITY default

-- groups: 'mixed' (NULLs, ties, values above 120), 'few' (two rows),
-- 'same' (a constant partition), 'one' (a single row)
CREATE TEMP TABLE gen (g text, i int, a float8, b float8, c float8, d float8);
INSERT INTO gen
SELECT 'mixed', i,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 37 % 101) * 1.7 END,
       (i * 53 % 97) * 1.3,                       -- up to 124.8
       CASE WHEN i % 13 = 5 THEN NULL ELSE (i % 7) * 25.5 END,   -- ties
       (i * 29 % 89) / 3.0
FROM generate_series(1, 200) i;
INSERT INTO gen VALUES
  ('few', 1, 1, 150, 3, 8), ('few', 2, 2, 100, 1, 4),
  ('same', 1, 5, 130, 5, 5), ('same', 2, 5, 130, 5, 5), ('same', 3, 5, 130, 5, 5),
  ('one', 1, 1, 2, 3, 4);

-- osi and epi are egov.minmax, bit for bit
SELECT g, count(*) AS rows, count(osi) AS osi_values,
       count(*) FILTER (WHERE osi IS DISTINCT FROM mm) AS osi_differ,
       count(*) FILTER (WHERE epi IS DISTINCT FROM mm) AS epi_differ,
       min(osi) AS min, max(osi) AS max
FROM (SELECT g, egov.osi(a) OVER w AS osi, egov.epi(a) OVER w AS epi,
             egov.minmax(a) OVER w AS mm
      FROM gen WINDOW w AS (PARTITION BY g)) s
GROUP BY g ORDER BY g;

-- hci is egov.composite with weights 3, 2, 2, 2 (1/3, 2/9, 2/9, 2/9) by
-- default, bit for bit
SELECT g, count(*) AS rows, count(hci) AS hci_values,
       count(*) FILTER (WHERE hci IS DISTINCT FROM ref) AS differ,
       min(hci) AS min, max(hci) AS max
FROM (SELECT g, egov.hci(a, b, c, d) OVER w AS hci,
             egov.composite(ARRAY[a, b, c, d], ARRAY[3, 2, 2, 2]) OVER w AS ref
      FROM gen WINDOW w AS (PARTITION BY g)) s
GROUP BY g ORDER BY g;

-- other weights, e.g. the earlier reading 1/9, 2/9, 2/9, 2/9: again
-- egov.composite with those weights, bit for bit, and other values than the
-- default; NULL weights are equal weights, as for egov.composite
SELECT count(*) AS rows,
       count(*) FILTER (WHERE h IS DISTINCT FROM ref) AS differ,
       count(*) FILTER (WHERE abs(h - dflt) > 1e-6) > 100 AS other_than_default,
       count(*) FILTER (WHERE eq IS DISTINCT FROM ref_eq) AS equal_differ
FROM (SELECT egov.hci(a, b, c, d, weights => '{1,2,2,2}') OVER w AS h,
             egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 2]) OVER w AS ref,
             egov.hci(a, b, c, d) OVER w AS dflt,
             egov.hci(a, b, c, d, NULL) OVER w AS eq,
             egov.composite(ARRAY[a, b, c, d]) OVER w AS ref_eq
      FROM gen WHERE g = 'mixed' WINDOW w AS (PARTITION BY g)) s;

-- the weights matter: equal weights give other values
SELECT count(*) FILTER (WHERE abs(hci - eq) > 1e-6) > 100 AS weights_matter
FROM (SELECT egov.hci(a, b, c, d) OVER w AS hci,
             egov.composite(ARRAY[a, b, c, d]) OVER w AS eq
      FROM gen WHERE g = 'mixed' WINDOW w AS (PARTITION BY g)) s;

-- tii is egov.composite of the capped indicators (CASE, not least(): least
-- ignores a NULL and would turn a missing indicator into the cap), and
-- without a cap egov.composite itself
SELECT g, count(*) AS rows, count(capped) AS values,
       count(*) FILTER (WHERE capped IS DISTINCT FROM capped_ref) AS capped_differ,
       count(*) FILTER (WHERE uncapped IS DISTINCT FROM uncapped_ref) AS uncapped_differ,
       count(*) FILTER (WHERE inf IS DISTINCT FROM uncapped_ref) AS infinite_cap_differ,
       count(*) FILTER (WHERE abs(capped - uncapped) > 1e-6) AS cap_changes
FROM (SELECT g,
             egov.tii(ARRAY[a, b, c, d], cap => 120) OVER w AS capped,
             egov.composite(ARRAY[CASE WHEN a > 120 THEN 120 ELSE a END,
                                  CASE WHEN b > 120 THEN 120 ELSE b END,
                                  CASE WHEN c > 120 THEN 120 ELSE c END,
                                  CASE WHEN d > 120 THEN 120 ELSE d END]) OVER w AS capped_ref,
             egov.tii(ARRAY[a, b, c, d]) OVER w AS uncapped,
             egov.tii(ARRAY[a, b, c, d], 'Infinity') OVER w AS inf,
             egov.composite(ARRAY[a, b, c, d]) OVER w AS uncapped_ref
      FROM gen WINDOW w AS (PARTITION BY g)) s
GROUP BY g ORDER BY g;

-- a cap that flattens an indicator makes it constant (z = 0): b is capped
-- to 50, 50 and the index is that of a alone; a cap below every value
-- leaves nothing that varies (NULL)
SELECT i, a, b, egov.tii(ARRAY[a, b], cap => 50) OVER () AS tii_cap_50,
       egov.tii(ARRAY[a, b], cap => 0.5) OVER () AS tii_cap_half,
       egov.minmax(a) OVER () AS minmax_a
FROM gen WHERE g = 'few' ORDER BY i;

-- the window's ORDER BY and frame change nothing
SELECT count(*) AS rows,
       count(*) FILTER (WHERE x.h IS DISTINCT FROM y.h OR x.t IS DISTINCT FROM y.t
                        OR x.o IS DISTINCT FROM y.o) AS differ
FROM (SELECT g, i, egov.hci(a, b, c, d) OVER w AS h,
             egov.tii(ARRAY[a, b, c, d], 120) OVER w AS t, egov.osi(b) OVER w AS o
      FROM gen WINDOW w AS (PARTITION BY g)) x
JOIN (SELECT g, i, egov.hci(a, b, c, d) OVER w AS h,
             egov.tii(ARRAY[a, b, c, d], 120) OVER w AS t, egov.osi(b) OVER w AS o
      FROM gen WINDOW w AS (PARTITION BY g ORDER BY hashint4(i) ROWS CURRENT ROW)) y
USING (g, i);

-- published 2022 components, all 193 Member States assessed, span [0, 1]:
-- min-max (osi, epi) and a one-indicator composite (tii, hci) give them back
CREATE TEMP TABLE un2022 (survey_year int, country text, egdi_rank int,
  egdi float8, epi float8, osi float8, hci float8, tii float8);
\copy un2022 FROM 'data/un-desa/EGOV_DATA_2022.csv' csv header
SELECT count(*) AS countries,
       max(abs(osi_again - osi)) < 1e-4 AS osi_ok,
       max(abs(epi_again - epi)) < 1e-4 AS epi_ok,
       max(abs(tii_minmax - tii)) < 1e-4 AS tii_minmax_ok,
       max(abs(tii_again - tii)) < 1e-4 AS tii_ok,
       max(abs(tii_capped - tii)) < 1e-4 AS tii_capped_ok,
       max(abs(hci_again - hci)) < 1e-4 AS hci_ok
FROM (SELECT osi, epi, tii, hci,
             egov.osi(osi) OVER w AS osi_again,
             egov.epi(epi) OVER w AS epi_again,
             egov.osi(tii) OVER w AS tii_minmax,
             egov.tii(ARRAY[tii]) OVER w AS tii_again,
             egov.tii(ARRAY[tii], cap => 120) OVER w AS tii_capped,
             egov.hci(hci, hci, hci, hci) OVER w AS hci_again
      FROM un2022 WINDOW w AS (PARTITION BY survey_year)) s;

-- NULL in, NULL out; a NULL cap is no cap
SELECT egov.osi(NULL) OVER (), egov.epi(NULL) OVER (),
       egov.hci(1, 2, NULL, 4) OVER (), egov.tii(NULL) OVER ();

-- errors name the recipe and the row
\set VERBOSITY sqlstate
SELECT egov.tii(ARRAY[1, 2]::float8[], 'NaN') OVER ();
\set VERBOSITY default
SELECT egov.tii(ARRAY[1, 2]::float8[], 'NaN') OVER ();
SELECT egov.tii(ARRAY[1, 2]::float8[], 0) OVER ();
SELECT egov.tii(ARRAY[1, 2]::float8[], -120) OVER ();
-- the cap is checked on rows whose indicators are NULL too
SELECT egov.tii(arr, -1) OVER () FROM (VALUES (NULL::float8[])) t(arr);
SELECT egov.tii(arr, 120) OVER () FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 'Infinity'::float8])) t(arr);
SELECT egov.tii(arr) OVER () FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 2, 3])) t(arr);
SELECT egov.tii(arr) OVER () FROM (VALUES ('{}'::float8[])) t(arr);
SELECT egov.hci(a, 1, 2, 3) OVER () FROM (VALUES (1::float8), ('NaN')) t(a);
-- hci's weights are checked like egov.composite's
SELECT egov.hci(1, 2, 3, 4, '{1,2,2}') OVER ();
SELECT egov.hci(1, 2, 3, 4, '{1,2,-2,2}') OVER ();
SELECT egov.hci(1, 2, 3, 4, '{0,0,0,0}') OVER ();
SELECT egov.osi(x) OVER () FROM (VALUES (1::float8), ('Infinity')) t(x);
SELECT egov.epi(x) OVER () FROM (VALUES ('-Infinity'::float8)) t(x);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- egov.osi is min-max over the partition
SELECT (SELECT array_agg(v ORDER BY x) FROM (SELECT x, egov.osi(x) OVER () v
           FROM (VALUES (20::float8), (40), (NULL), (100)) t(x)) s) AS result;
-- egov.epi is min-max over the partition, ties kept
SELECT (SELECT array_agg(v ORDER BY x) FROM (SELECT x, egov.epi(x) OVER () v
           FROM (VALUES (3::float8), (3), (7)) t(x)) s) AS result;
-- egov.hci: weighted z-scores, min-max
SELECT (SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.hci(a, b, c, d) OVER () v
           FROM (VALUES (1, 1::float8, 1::float8, 1::float8, 3::float8),
                        (2, 2, 2, 2, 2), (3, 3, 3, 3, 1)) t(i, a, b, c, d)) s) AS result;
-- egov.hci: literacy weighs 3/2 as much as mean schooling (1/3 against 2/9): (3 z_a + 2 z_d) / 9 = -3/9, -2/9, 5/9
SELECT (SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.hci(a, 1, 1, d) OVER () v
           FROM (VALUES (1, 1::float8, 2::float8), (2, 2, 1), (3, 3, 3)) t(i, a, d)) s) AS result;
-- egov.tii: indicators above the cap count as the cap
SELECT (SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.tii(arr, cap => 120) OVER () v
           FROM (VALUES (1, ARRAY[10, 150]::float8[]), (2, ARRAY[20, 130]),
                        (3, ARRAY[30, 120])) t(i, arr)) s) AS result;
-- egov.tii refuses a NaN cap
SELECT pg_temp.try($$SELECT egov.tii(ARRAY[1, 2]::float8[], 'NaN') OVER ()$$);
-- egov.tii refuses a zero cap
SELECT pg_temp.try($$SELECT egov.tii(ARRAY[1, 2]::float8[], 0) OVER ()$$);
-- egov.hci refuses Infinity
SELECT pg_temp.try($$SELECT egov.hci(1, 2, 3, x) OVER () FROM (VALUES ('Infinity'::float8)) t(x)$$);
-- egov.osi refuses NaN under its own name
SELECT pg_temp.try($$SELECT egov.osi(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$);
-- egov.epi refuses NaN under its own name
SELECT pg_temp.try($$SELECT egov.epi(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$);
-- egov.tii refuses arrays of different lengths
SELECT pg_temp.try($$SELECT egov.tii(arr) OVER () FROM (VALUES (ARRAY[1]::float8[]), (ARRAY[1, 2])) t(arr)$$);
-- egov.tii takes at most 100000 indicators (it has no method to name or change)
SELECT pg_temp.try($$SELECT egov.tii(arr) OVER () FROM (SELECT array_agg(g::float8) FROM generate_series(1, 100001) g) t(arr)$$);
-- each recipe's comment names its method
SELECT proname, strpos(obj_description(oid, 'pg_proc'), method) > 0 AS names_its_method
FROM pg_proc
JOIN (VALUES ('osi', 'divide-by-max'), ('epi', 'divide-by-max'), ('hci', '1/3, 2/9, 2/9, 2/9'),
             ('tii', '120')) AS v(proname, method) USING (proname)
WHERE pronamespace = 'egov'::regnamespace ORDER BY proname;

-- the signatures: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('osi', 'epi', 'hci', 'tii')
ORDER BY 1::text;

DROP EXTENSION egov;
