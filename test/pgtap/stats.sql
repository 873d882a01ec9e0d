-- Catalogue properties of the aggregate egov.egdi_stats and its parts.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(27);

SELECT has_type('egov', 'egdi_stats', 'egov.egdi_stats composite type exists');
SELECT has_composite('egov', 'egdi_stats', 'egov.egdi_stats is a composite type');
SELECT columns_are('egov', 'egdi_stats',
                   ARRAY['countries', 'mean', 'min', 'max', 'very_high', 'high', 'middle', 'low'],
                   'egov.egdi_stats has its eight fields in order');
SELECT col_type_is('egov', 'egdi_stats', 'countries', 'integer', 'countries is int');
SELECT col_type_is('egov', 'egdi_stats', 'mean', 'double precision', 'mean is float8');
SELECT col_type_is('egov', 'egdi_stats', 'low', 'integer', 'low is int');
SELECT isnt(obj_description('egov.egdi_stats'::regtype, 'pg_type'), NULL, 'egov.egdi_stats type has a comment');

SELECT has_function('egov', 'egdi_stats', ARRAY['double precision']);
SELECT is_aggregate('egov', 'egdi_stats', ARRAY['double precision'], 'egov.egdi_stats is an aggregate');
SELECT function_returns('egov', 'egdi_stats', ARRAY['double precision'], 'egov.egdi_stats');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.egdi_stats(float8)'::regprocedure),
          's'::"char", 'the aggregate is PARALLEL SAFE');
SELECT isnt(obj_description('egov.egdi_stats(float8)'::regprocedure, 'pg_proc'), NULL,
            'the aggregate has a comment');
SELECT is((SELECT aggcombinefn::regprocedure::text FROM pg_aggregate
           WHERE aggfnoid = 'egov.egdi_stats(float8)'::regprocedure),
          'egov.egdi_stats_combine(double precision[],double precision[])',
          'the aggregate has a combine function');
SELECT is((SELECT aggtranstype::regtype::text FROM pg_aggregate
           WHERE aggfnoid = 'egov.egdi_stats(float8)'::regprocedure),
          'double precision[]', 'the state is float8[], not internal');
SELECT is((SELECT agginitval FROM pg_aggregate
           WHERE aggfnoid = 'egov.egdi_stats(float8)'::regprocedure),
          '{0,0,0,0,0,0,0,0,0}', 'the state starts at zero');

-- support functions: C, immutable, strict, parallel safe, commented
SELECT function_lang_is('egov', 'egdi_stats_accum', ARRAY['double precision[]', 'double precision'], 'c');
SELECT function_lang_is('egov', 'egdi_stats_combine', ARRAY['double precision[]', 'double precision[]'], 'c');
SELECT function_lang_is('egov', 'egdi_stats_final', ARRAY['double precision[]'], 'c');
SELECT volatility_is('egov', 'egdi_stats_accum', ARRAY['double precision[]', 'double precision'], 'immutable');
SELECT volatility_is('egov', 'egdi_stats_combine', ARRAY['double precision[]', 'double precision[]'], 'immutable');
SELECT volatility_is('egov', 'egdi_stats_final', ARRAY['double precision[]'], 'immutable');
SELECT is_strict('egov', 'egdi_stats_accum', ARRAY['double precision[]', 'double precision']);
SELECT is_strict('egov', 'egdi_stats_combine', ARRAY['double precision[]', 'double precision[]']);
SELECT is_strict('egov', 'egdi_stats_final', ARRAY['double precision[]']);
SELECT is((SELECT count(*)::int FROM pg_proc
           WHERE pronamespace = 'egov'::regnamespace AND proname LIKE 'egdi\_stats\_%'
             AND proparallel = 's' AND obj_description(oid, 'pg_proc') IS NOT NULL),
          3, 'the three support functions are PARALLEL SAFE and commented');

SELECT throws_ok('SELECT egov.egdi_stats(x) FROM unnest(ARRAY[0.5, 1.5]::float8[]) AS x', '22003',
                 'EGDI must be between 0 and 1, got 1.5', 'out-of-range score raises 22003');
SELECT results_eq(
    $$SELECT (s).countries, (s).mean, (s).very_high, (s).low
      FROM (SELECT egov.egdi_stats(x) AS s FROM unnest(ARRAY[0.25, NULL, 1]::float8[]) AS x) AS t$$,
    $$VALUES (2, 0.625::float8, 1, 0)$$,
    'NULLs are ignored; 0.25 is Middle, 1 is Very High');

SELECT * FROM finish();
ROLLBACK;
