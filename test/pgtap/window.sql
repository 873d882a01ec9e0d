-- Catalogue properties of egov's window functions, and their errors.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(41);

-- name, argument types, result type of every window function
CREATE TEMP TABLE egov_window_functions (name text, args text[], returns text) ON COMMIT DROP;
INSERT INTO egov_window_functions VALUES
  ('minmax', ARRAY['double precision'], 'double precision'),
  ('zscore', ARRAY['double precision', 'boolean'], 'double precision'),
  ('rating_class', ARRAY['double precision'], 'text'),
  ('composite', ARRAY['double precision[]', 'double precision[]', 'text', 'boolean', 'text'], 'double precision');

SELECT has_function('egov', name, args) FROM egov_window_functions ORDER BY name;
SELECT function_lang_is('egov', name, args, 'c') FROM egov_window_functions ORDER BY name;
SELECT function_returns('egov', name, args, returns) FROM egov_window_functions ORDER BY name;
SELECT volatility_is('egov', name, args, 'immutable') FROM egov_window_functions ORDER BY name;
SELECT is(p.prokind, 'w'::"char", 'egov.' || f.name || ' is a window function')
FROM egov_window_functions f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;
SELECT is(p.proparallel, 's'::"char", 'egov.' || f.name || ' is PARALLEL SAFE')
FROM egov_window_functions f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;
SELECT isnt(obj_description(p.oid, 'pg_proc'), NULL, 'egov.' || f.name || ' has a comment')
FROM egov_window_functions f
JOIN pg_proc p ON p.proname = f.name AND p.pronamespace = 'egov'::regnamespace
ORDER BY f.name;

-- defaults: zscore's population flag is optional and false
SELECT is((SELECT pg_get_function_arguments('egov.zscore(float8, boolean)'::regprocedure)),
          'x double precision, population boolean DEFAULT false',
          'egov.zscore(x, population DEFAULT false)');

SELECT is((SELECT pg_get_function_arguments('egov.composite(float8[], float8[], text, boolean, text)'::regprocedure)),
          'indicators double precision[], weights double precision[] DEFAULT NULL::double precision[], method text DEFAULT ''zscore_mean''::text, minmax boolean DEFAULT true, missing text DEFAULT ''drop''::text',
          'egov.composite(indicators, weights DEFAULT NULL, method DEFAULT ''zscore_mean'', minmax DEFAULT true, missing DEFAULT ''drop'')');

-- values and errors
SELECT is((SELECT array_agg(m ORDER BY x) FROM (SELECT x, egov.minmax(x) OVER () m
           FROM (VALUES (2::float8), (4), (NULL), (10)) t(x)) s),
          ARRAY[0, 0.25, 1, NULL]::float8[], 'egov.minmax scales to [0, 1] and keeps NULL');
SELECT is((SELECT array_agg(z ORDER BY x) FROM (SELECT x, egov.zscore(x) OVER () z
           FROM (VALUES (1::float8), (2), (3)) t(x)) s),
          ARRAY[-1, 0, 1]::float8[], 'egov.zscore uses the sample deviation by default');
SELECT throws_ok($$SELECT egov.minmax(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$,
                 '22023', 'egov.minmax: input must be finite, got NaN', 'egov.minmax refuses NaN');
SELECT throws_ok($$SELECT egov.zscore(x) OVER () FROM (VALUES (1::float8), ('-Infinity')) t(x)$$,
                 '22023', 'egov.zscore: input must be finite, got -Infinity',
                 'egov.zscore refuses -Infinity');
SELECT throws_ok($$SELECT egov.rating_class(x) OVER () FROM (VALUES (0.5::float8), (1.5)) t(x)$$,
                 '22003', 'egov.rating_class: EGDI must be between 0 and 1, got 1.5',
                 'egov.rating_class refuses an EGDI above 1');
SELECT throws_ok($$SELECT egov.rating_class(x) OVER () FROM (VALUES ('NaN'::float8)) t(x)$$,
                 '22003', 'egov.rating_class: EGDI must be between 0 and 1, got NaN', 'egov.rating_class refuses NaN');
SELECT is((SELECT string_agg(c, ' ' ORDER BY x DESC) FROM (SELECT x, egov.rating_class(x) OVER () c
           FROM (VALUES (0.9::float8), (0.6), (0.3), (0.1), (NULL)) t(x)) s),
          'VH HV MH LM', 'egov.rating_class: a lone country is the top class of its group');
SELECT is((SELECT string_agg(c, ' ' ORDER BY x DESC) FROM (SELECT x, egov.rating_class(x) OVER () c
           FROM (VALUES (0.95::float8), (0.9), (0.85), (0.8), (0.76)) t(x)) s),
          'VH VH V3 V2 V1', 'egov.rating_class: five countries split 2/1/1/1 like ntile(4)');

SELECT is((SELECT array_agg(c ORDER BY i) FROM (SELECT i, egov.composite(arr, ARRAY[1, 3]) OVER () c
           FROM (VALUES (1, ARRAY[1, 10]::float8[]), (2, ARRAY[2, 30]), (3, ARRAY[3, 20])) t(i, arr)) s),
          ARRAY[0, 1, 1.25 / 1.75]::float8[], 'egov.composite: weighted mean of z-scores, min-max');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[0, 0]) OVER ()$$,
                 '22023', 'egov.composite: weights must not all be zero',
                 'egov.composite refuses all-zero weights');
SELECT throws_ok($$SELECT egov.composite(arr) OVER () FROM (VALUES (ARRAY[1]::float8[]), (ARRAY[1, 2])) t(arr)$$,
                 '22023', 'egov.composite: this row has 2 indicators, earlier rows have 1',
                 'egov.composite refuses arrays of different lengths');

SELECT * FROM finish();
ROLLBACK;
