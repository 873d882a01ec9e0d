-- Catalogue properties of the composite-indicator toolkit.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(56);

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
-- the executor ignores STRICT for window functions: the C handles NULL rows
SELECT isnt_strict('egov', 'pct_rank', ARRAY['double precision']);
SELECT is((SELECT array_agg(r ORDER BY o) FROM (SELECT o, egov.pct_rank(x) OVER () r
             FROM (VALUES (1, 1.0::float8), (2, NULL), (3, 3), (4, 2)) t(o, x)) s),
          ARRAY[0, NULL, 1, 0.5]::float8[], 'egov.pct_rank gives a NULL row NULL and does not count it');
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

-- winsorise(x, winmax, skew_thresh, kurt_thresh) and winsorise_report(...) OVER w
SELECT has_function('egov', 'winsorise', ARRAY['double precision', 'integer', 'double precision', 'double precision']);
SELECT is((SELECT prokind FROM pg_proc WHERE oid = 'egov.winsorise(float8, int, float8, float8)'::regprocedure),
          'w'::"char", 'egov.winsorise is a window function');
SELECT volatility_is('egov', 'winsorise', ARRAY['double precision', 'integer', 'double precision', 'double precision'],
                     'immutable');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.winsorise(float8, int, float8, float8)'::regprocedure),
          's'::"char", 'egov.winsorise is PARALLEL SAFE');
SELECT isnt(obj_description('egov.winsorise(float8, int, float8, float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.winsorise has a comment');
SELECT has_type('egov', 'winsorise_report', 'composite type egov.winsorise_report exists');
SELECT isnt(obj_description('egov.winsorise_report'::regtype, 'pg_type'), NULL,
            'type egov.winsorise_report has a comment');
SELECT is((SELECT prokind FROM pg_proc WHERE oid = 'egov.winsorise_report(float8, int, float8, float8)'::regprocedure),
          'w'::"char", 'egov.winsorise_report is a window function');
SELECT isnt(obj_description('egov.winsorise_report(float8, int, float8, float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.winsorise_report has a comment');
SELECT results_eq('SELECT egov.winsorise(x) OVER () FROM unnest(ARRAY[1,2,3,4,5,6,7,8,9,10,30,100]::float8[]) AS x',
                  'SELECT unnest(ARRAY[1,2,3,4,5,6,7,8,9,10,30,30]::float8[])',
                  'COINr''s example: 100 is winsorised to 30');
SELECT throws_ok('SELECT egov.winsorise(x, -1) OVER () FROM (VALUES (1.0::float8)) AS v(x)', '22023',
                 'egov.winsorise: winmax must not be negative, got -1', 'negative winmax raises 22023');

-- the views
SELECT has_view('egov', 'rank_uncertainty_report', 'view egov.rank_uncertainty_report exists');
SELECT columns_are('egov', 'rank_uncertainty_report',
                   ARRAY['survey_year', 'iso3', 'country', 'published_rank', 'median_rank',
                         'rank_p05', 'rank_p95', 'share_in_same_level', 'note']);
SELECT has_view('egov', 'component_sensitivity', 'view egov.component_sensitivity exists');
SELECT columns_are('egov', 'component_sensitivity',
                   ARRAY['survey_year', 'component', 'countries', 'level_changes', 'moved_up', 'moved_down']);
SELECT is((SELECT count(*)::int FROM pg_class
           WHERE oid IN ('egov.rank_uncertainty_report'::regclass, 'egov.component_sensitivity'::regclass)
             AND obj_description(oid, 'pg_class') IS NULL),
          0, 'both views have a comment');
SELECT is((SELECT count(*)::int FROM pg_attribute
           WHERE attrelid IN ('egov.rank_uncertainty_report'::regclass, 'egov.component_sensitivity'::regclass)
             AND attnum > 0 AND NOT attisdropped
             AND col_description(attrelid, attnum) IS NULL),
          0, 'every column of both views has a comment');
SELECT results_eq('SELECT median_rank FROM egov.rank_uncertainty_report WHERE iso3 = ''DNK''',
                  ARRAY[1], 'Denmark''s median rank in the latest edition is 1');

SELECT * FROM finish();
ROLLBACK;
