-- egov.composite's method argument: the geometric method's values, its
-- scale, and every error with its SQLSTATE.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(29);

SELECT has_function('egov', 'composite', ARRAY['double precision[]', 'double precision[]', 'text', 'boolean', 'text'],
                    'egov.composite(indicators, weights, method, minmax, missing)');
SELECT hasnt_function('egov', 'composite', ARRAY['double precision[]', 'double precision[]', 'text'],
                      'no three-argument egov.composite beside it (composite(x) stays unambiguous)');
SELECT hasnt_function('egov', 'composite', ARRAY['double precision[]', 'double precision[]'],
                      'no two-argument egov.composite beside it (composite(x) stays unambiguous)');
SELECT is((SELECT pg_get_function_arguments('egov.composite(float8[], float8[], text, boolean, text)'::regprocedure)),
          'indicators double precision[], weights double precision[] DEFAULT NULL::double precision[], method text DEFAULT ''zscore_mean''::text, minmax boolean DEFAULT true, missing text DEFAULT ''drop''::text',
          'egov.composite(indicators, weights DEFAULT NULL, method DEFAULT ''zscore_mean'', minmax DEFAULT true, missing DEFAULT ''drop'')');
SELECT alike(obj_description('egov.composite(float8[], float8[], text, boolean, text)'::regprocedure, 'pg_proc'),
            '%''geometric''%', 'the comment describes the geometric method');

-- geometric means 1, 2, 4, 8 -> 0, 1/7, 3/7, 1
SELECT is((SELECT array_agg(round((c * 7)::numeric, 12) ORDER BY i)
           FROM (SELECT i, egov.composite(arr, NULL, 'geometric') OVER () c
                 FROM (VALUES (1, ARRAY[1, 1]::float8[]), (2, ARRAY[1, 4]), (3, ARRAY[4, 4]),
                              (4, ARRAY[4, 16])) t(i, arr)) s),
          ARRAY[0, 1, 3, 7]::numeric[], 'geometric: weighted geometric mean, min-max');
-- weights 1 and 3: 1, 4^(3/4), 4 -> 0, (4^(3/4) - 1) / 3, 1
SELECT ok((SELECT abs(c - (4 ^ 0.75 - 1) / 3) < 1e-15
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'geometric') OVER () c
                 FROM (VALUES (1, ARRAY[1, 1]::float8[]), (2, ARRAY[1, 4]), (3, ARRAY[4, 4])) t(i, arr)) s
           WHERE i = 2),
          'geometric: weights normalised like the arithmetic method');
SELECT is((SELECT count(*) FROM (SELECT egov.composite(arr, NULL, 'geometric') OVER () c
           FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[NULL, -1]), (NULL), (ARRAY[3, 1])) t(arr)) s
           WHERE c IS NULL),
          2::bigint, 'geometric: rows with a NULL indicator give NULL and are not checked');
SELECT is((SELECT count(c) FROM (SELECT egov.composite(arr, NULL, 'geometric') OVER () c
           FROM (VALUES (ARRAY[2, 8]::float8[]), (ARRAY[8, 2]), (ARRAY[4, 4])) t(arr)) s),
          0::bigint, 'geometric: a composite that does not vary is NULL');
SELECT is((SELECT array_agg(c ORDER BY x) FROM (SELECT x, egov.composite(ARRAY[x], NULL, 'geometric') OVER () c
           FROM (VALUES (1e-300::float8), (1e300)) t(x)) s),
          ARRAY[0, 1]::float8[], 'geometric: no overflow from 1e-300 to 1e300');

SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 0]::float8[], NULL, 'geometric') OVER ()$$,
                 '22023', 'egov.composite: the geometric method needs positive indicators, indicator 2 is 0',
                 'geometric refuses a zero indicator');
SELECT throws_ok($$SELECT egov.composite(ARRAY[-2, 1]::float8[], NULL, 'geometric') OVER ()$$,
                 '22023', 'egov.composite: the geometric method needs positive indicators, indicator 1 is -2',
                 'geometric refuses a negative indicator');
SELECT throws_ok($$SELECT egov.composite(ARRAY[m], NULL, 'geometric') OVER ()
                   FROM (SELECT egov.minmax(x) OVER () m FROM (VALUES (1::float8), (2)) t(x)) s$$,
                 '22023', 'egov.composite: the geometric method needs positive indicators, indicator 1 is 0',
                 'geometric refuses the 0 that egov.minmax gives the partition minimum');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, 'harmonic') OVER ()$$,
                 '22023', 'egov.composite: unknown method "harmonic"',
                 'an unknown method is refused');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], NULL, NULL) OVER ()$$,
                 '22023', 'egov.composite: method must not be NULL',
                 'a NULL method is refused');
SELECT throws_ok($$SELECT egov.composite(ARRAY[a], NULL, m) OVER ()
                   FROM (VALUES (1::float8, 'arithmetic'), (2, 'geometric')) t(a, m)$$,
                 '22023', 'egov.composite: the method must be the same for every row of the partition, got "geometric_mean" after "zscore_mean"',
                 'the method may not change within a partition');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], ARRAY[1, -1], 'geometric') OVER ()$$,
                 '22023', 'egov.composite: weight 2 must not be negative, got -1',
                 'geometric checks weights like the arithmetic method');

-- the methods named for what they do, min-max or not, the missing-value rules
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, 1])) t(i, arr)) s),
          ARRAY[4, 1.5]::float8[], 'mean, minmax => false: the weighted mean as given');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, 1]), (3, ARRAY[2, 2])) t(i, arr)) s),
          ARRAY[1, 0, 0.2]::float8[], 'mean: min-maxed by default');
SELECT is((SELECT array_agg(round(c::numeric, 12) ORDER BY i)
           FROM (SELECT i, egov.composite(arr, NULL, 'geometric_mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 4]::float8[]), (2, ARRAY[2, 8])) t(i, arr)) s),
          ARRAY[2, 4]::numeric[], 'geometric_mean, minmax => false: the geometric mean as given');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'zscore_mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 10]::float8[]), (2, ARRAY[2, 30]), (3, ARRAY[3, 20])) t(i, arr)) s),
          ARRAY[-1, 0.75, 0.25]::float8[], 'zscore_mean, minmax => false: the weighted mean of z-scores');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false, 'reweight') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL]), (3, ARRAY[NULL, NULL]::float8[]),
                              (4, NULL)) t(i, arr)) s),
          ARRAY[4, 3, NULL, NULL]::float8[], 'reweight: the present indicators, their weights renormalised');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[1, 3], 'mean', false) OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL])) t(i, arr)) s),
          ARRAY[4, NULL]::float8[], 'drop (the default): a row with a NULL indicator gives NULL');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, ARRAY[0, 1], 'mean', false, 'reweight') OVER () c
                 FROM (VALUES (1, ARRAY[1, 5]::float8[]), (2, ARRAY[3, NULL])) t(i, arr)) s),
          ARRAY[5, NULL]::float8[], 'reweight: NULL when the present indicators weigh nothing');
SELECT throws_ok($$SELECT egov.composite(arr, missing => 'error') OVER ()
                   FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, NULL])) t(arr)$$,
                 '22004', 'egov.composite: indicator 2 is NULL',
                 'missing => ''error'' refuses a NULL indicator');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], missing => 'skip') OVER ()$$,
                 '22023', 'egov.composite: unknown missing-value rule "skip"',
                 'an unknown missing-value rule raises 22023');
SELECT throws_ok($$SELECT egov.composite(ARRAY[1, 2]::float8[], minmax => NULL) OVER ()$$,
                 '22023', 'egov.composite: minmax must not be NULL',
                 'a NULL minmax raises 22023');
SELECT throws_ok($$SELECT egov.composite(ARRAY[a], NULL, 'mean', mm) OVER ()
                   FROM (VALUES (1::float8, true), (2, false)) t(a, mm)$$,
                 '22023', 'egov.composite: minmax must be the same for every row of the partition',
                 'minmax may not change within a partition');
SELECT is((SELECT array_agg(c ORDER BY i)
           FROM (SELECT i, egov.composite(arr, '{1e308,1e308}') OVER () c
                 FROM (VALUES (1, ARRAY[1, 2]::float8[]), (2, ARRAY[2, 1]), (3, ARRAY[3, 3])) t(i, arr)) s),
          ARRAY[0, 0, 1]::float8[], 'weights {1e308,1e308} do not overflow');

SELECT * FROM finish();
ROLLBACK;
