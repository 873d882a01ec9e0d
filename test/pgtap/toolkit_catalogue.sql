-- Catalogue properties of the composite-indicator toolkit.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(36);

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

-- pct_rank(x) OVER w
SELECT has_function('egov', 'pct_rank', ARRAY['double precision']);
SELECT is((SELECT prokind FROM pg_proc WHERE oid = 'egov.pct_rank(float8)'::regprocedure),
          'w'::"char", 'egov.pct_rank is a window function');
SELECT function_returns('egov', 'pct_rank', ARRAY['double precision'], 'double precision');
SELECT volatility_is('egov', 'pct_rank', ARRAY['double precision'], 'immutable');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.pct_rank(float8)'::regprocedure),
          's'::"char", 'egov.pct_rank is PARALLEL SAFE');
SELECT isnt(obj_description('egov.pct_rank(float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.pct_rank has a comment');
SELECT throws_ok('SELECT egov.pct_rank(x) OVER () FROM (VALUES (1.0::float8), (''NaN'')) AS v(x)',
                 '22023', NULL, 'NaN in pct_rank raises 22023');

-- rank_uncertainty(osi, hci, tii, draws, weight_spread, seed) OVER w
SELECT has_type('egov', 'rank_uncertainty', 'composite type egov.rank_uncertainty exists');
SELECT columns_are('egov', 'rank_uncertainty',
                   ARRAY['median_rank', 'rank_p05', 'rank_p95', 'share_in_same_level']);
SELECT isnt(obj_description('egov.rank_uncertainty'::regtype, 'pg_type'), NULL,
            'type egov.rank_uncertainty has a comment');
SELECT has_function('egov', 'rank_uncertainty',
                    ARRAY['double precision', 'double precision', 'double precision',
                          'integer', 'double precision', 'integer']);
SELECT is((SELECT prokind FROM pg_proc
           WHERE oid = 'egov.rank_uncertainty(float8, float8, float8, int, float8, int)'::regprocedure),
          'w'::"char", 'egov.rank_uncertainty is a window function');
SELECT is((SELECT pronargdefaults FROM pg_proc
           WHERE oid = 'egov.rank_uncertainty(float8, float8, float8, int, float8, int)'::regprocedure),
          3::int2, 'draws, weight_spread and seed have defaults');
SELECT volatility_is('egov', 'rank_uncertainty',
                     ARRAY['double precision', 'double precision', 'double precision',
                           'integer', 'double precision', 'integer'], 'immutable');
SELECT isnt_strict('egov', 'rank_uncertainty',
                   ARRAY['double precision', 'double precision', 'double precision',
                         'integer', 'double precision', 'integer']);
SELECT is((SELECT proparallel FROM pg_proc
           WHERE oid = 'egov.rank_uncertainty(float8, float8, float8, int, float8, int)'::regprocedure),
          's'::"char", 'egov.rank_uncertainty is PARALLEL SAFE');
SELECT isnt(obj_description('egov.rank_uncertainty(float8, float8, float8, int, float8, int)'::regprocedure,
                            'pg_proc'), NULL, 'egov.rank_uncertainty has a comment');
SELECT throws_ok('SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, 0) OVER ()', '22023',
                 'egov.rank_uncertainty: draws must be between 1 and 1000000, got 0',
                 'zero draws raise 22023');
SELECT throws_ok('SELECT egov.rank_uncertainty(0.5, -0.5, 0.5) OVER ()', '22003', NULL,
                 'a component below 0 raises 22003');
SELECT results_eq('SELECT (egov.rank_uncertainty(o, 0.5, 0.5, 200, 0.1, 5) OVER ()).median_rank
                   FROM (VALUES (0.9::float8), (0.1), (0.5)) AS v(o)',
                  ARRAY[1, 3, 2], 'median ranks of three well-separated countries');

SELECT * FROM finish();
ROLLBACK;
