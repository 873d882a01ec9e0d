-- Catalogue properties of the component recipes egov.osi, egov.epi,
-- egov.hci, egov.tii, their values on a small case, and their errors.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(37);

CREATE TEMP TABLE egov_recipes (name text, args text[], comment_mentions text) ON COMMIT DROP;
INSERT INTO egov_recipes VALUES
  ('osi', ARRAY['double precision'], 'divide-by-max'),
  ('epi', ARRAY['double precision'], 'divide-by-max'),
  ('hci', ARRAY['double precision', 'double precision', 'double precision',
                'double precision', 'double precision[]'], '1/3, 2/9, 2/9, 2/9'),
  ('tii', ARRAY['double precision[]', 'double precision'], '120');

SELECT has_function('egov', name, args) FROM egov_recipes ORDER BY name;
SELECT function_returns('egov', name, args, 'double precision') FROM egov_recipes ORDER BY name;
SELECT volatility_is('egov', name, args, 'immutable') FROM egov_recipes ORDER BY name;
SELECT is(p.prokind, 'w'::"char", 'egov.' || f.name || ' is a window function')
FROM egov_recipes f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;
SELECT is(p.proparallel, 's'::"char", 'egov.' || f.name || ' is PARALLEL SAFE')
FROM egov_recipes f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;
SELECT ok(strpos(obj_description(p.oid, 'pg_proc'), f.comment_mentions) > 0,
          'egov.' || f.name || '''s comment names its method (' || f.comment_mentions || ')')
FROM egov_recipes f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;

SELECT is((SELECT pg_get_function_arguments('egov.tii(float8[], float8)'::regprocedure)),
          'indicators double precision[], cap double precision DEFAULT NULL::double precision',
          'egov.tii(indicators, cap DEFAULT NULL)');
SELECT is((SELECT pg_get_function_arguments('egov.hci(float8, float8, float8, float8, float8[])'::regprocedure)),
          'adult_literacy double precision, gross_enrolment double precision, '
          'expected_schooling_years double precision, mean_schooling_years double precision, '
          'weights double precision[] DEFAULT ''{3,2,2,2}''::double precision[]',
          'egov.hci names its four indicators; weights default to 3, 2, 2, 2');

-- values
SELECT is((SELECT array_agg(v ORDER BY x) FROM (SELECT x, egov.osi(x) OVER () v
           FROM (VALUES (20::float8), (40), (NULL), (100)) t(x)) s),
          ARRAY[0, 0.25, 1, NULL]::float8[], 'egov.osi is min-max over the partition');
SELECT is((SELECT array_agg(v ORDER BY x) FROM (SELECT x, egov.epi(x) OVER () v
           FROM (VALUES (3::float8), (3), (7)) t(x)) s),
          ARRAY[0, 0, 1]::float8[], 'egov.epi is min-max over the partition, ties kept');
-- z-scores: a, b, c (-1, 0, 1), d (1, 0, -1); with weights 3, 2, 2, 2 the
-- composites are (-3 - 2 - 2 + 2) / 9, 0, 5 / 9
SELECT is((SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.hci(a, b, c, d) OVER () v
           FROM (VALUES (1, 1::float8, 1::float8, 1::float8, 3::float8),
                        (2, 2, 2, 2, 2), (3, 3, 3, 3, 1)) t(i, a, b, c, d)) s),
          ARRAY[0, 0.5, 1]::float8[], 'egov.hci: weighted z-scores, min-max');
SELECT is((SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.hci(a, 1, 1, d) OVER () v
           FROM (VALUES (1, 1::float8, 2::float8), (2, 2, 1), (3, 3, 3)) t(i, a, d)) s),
          ARRAY[0, 0.125, 1]::float8[],
          'egov.hci: literacy weighs 3/2 as much as mean schooling (1/3 against 2/9): '
          '(3 z_a + 2 z_d) / 9 = -3/9, -2/9, 5/9');
SELECT is((SELECT array_agg(v ORDER BY i) FROM (SELECT i, egov.tii(arr, cap => 120) OVER () v
           FROM (VALUES (1, ARRAY[10, 150]::float8[]), (2, ARRAY[20, 130]),
                        (3, ARRAY[30, 120])) t(i, arr)) s),
          ARRAY[0, 0.5, 1]::float8[], 'egov.tii: indicators above the cap count as the cap');

-- errors
SELECT throws_ok($$SELECT egov.tii(ARRAY[1, 2]::float8[], 'NaN') OVER ()$$,
                 '22023', 'egov.tii: cap must be a positive number, got NaN', 'egov.tii refuses a NaN cap');
SELECT throws_ok($$SELECT egov.tii(ARRAY[1, 2]::float8[], 0) OVER ()$$,
                 '22023', 'egov.tii: cap must be a positive number, got 0', 'egov.tii refuses a zero cap');
SELECT throws_ok($$SELECT egov.hci(1, 2, 3, x) OVER () FROM (VALUES ('Infinity'::float8)) t(x)$$,
                 '22023', 'egov.hci: indicator 4 must be finite, got Infinity', 'egov.hci refuses Infinity');
SELECT throws_ok($$SELECT egov.osi(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$,
                 '22023', 'egov.osi: input must be finite, got NaN', 'egov.osi refuses NaN under its own name');
SELECT throws_ok($$SELECT egov.epi(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$,
                 '22023', 'egov.epi: input must be finite, got NaN', 'egov.epi refuses NaN under its own name');
SELECT throws_ok($$SELECT egov.tii(arr) OVER () FROM (VALUES (ARRAY[1]::float8[]), (ARRAY[1, 2])) t(arr)$$,
                 '22023', 'egov.tii: this row has 2 indicators, earlier rows have 1',
                 'egov.tii refuses arrays of different lengths');

SELECT * FROM finish();
ROLLBACK;
