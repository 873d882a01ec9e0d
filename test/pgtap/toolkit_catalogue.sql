-- Catalogue properties of the composite-indicator toolkit.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(16);

-- goalpost(x, lo, hi)
SELECT has_function('egov', 'goalpost', ARRAY['double precision', 'double precision', 'double precision']);
SELECT function_returns('egov', 'goalpost', ARRAY['double precision', 'double precision', 'double precision'], 'double precision');
SELECT function_lang_is('egov', 'goalpost', ARRAY['double precision', 'double precision', 'double precision'], 'c');
SELECT volatility_is('egov', 'goalpost', ARRAY['double precision', 'double precision', 'double precision'], 'immutable');
SELECT is_strict('egov', 'goalpost', ARRAY['double precision', 'double precision', 'double precision']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.goalpost(float8, float8, float8)'::regprocedure),
          's'::"char", 'egov.goalpost is PARALLEL SAFE');
SELECT isnt(obj_description('egov.goalpost(float8, float8, float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.goalpost has a comment');
SELECT throws_ok('SELECT egov.goalpost(1, 2, 2)', '22023',
                 'goalposts must differ, got lo = hi = 2', 'equal goalposts raise 22023');

-- distance_to_target(x, target)
SELECT has_function('egov', 'distance_to_target', ARRAY['double precision', 'double precision']);
SELECT function_returns('egov', 'distance_to_target', ARRAY['double precision', 'double precision'], 'double precision');
SELECT function_lang_is('egov', 'distance_to_target', ARRAY['double precision', 'double precision'], 'c');
SELECT volatility_is('egov', 'distance_to_target', ARRAY['double precision', 'double precision'], 'immutable');
SELECT is_strict('egov', 'distance_to_target', ARRAY['double precision', 'double precision']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.distance_to_target(float8, float8)'::regprocedure),
          's'::"char", 'egov.distance_to_target is PARALLEL SAFE');
SELECT isnt(obj_description('egov.distance_to_target(float8, float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.distance_to_target has a comment');
SELECT throws_ok('SELECT egov.distance_to_target(1, 0)', '22023',
                 'target must be a finite non-zero number, got 0', 'zero target raises 22023');

SELECT * FROM finish();
ROLLBACK;
