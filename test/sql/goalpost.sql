-- egov.goalpost(x, lo, hi) and egov.distance_to_target(x, target).
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- goalposts: inside, on the posts, beyond them (clipped)
SELECT x, egov.goalpost(x, 20, 70) AS g
FROM unnest(ARRAY[-5, 20, 32.5, 45, 70, 71, 1e300]::float8[]) AS x;

-- hi < lo: lower is better, the scale is inverted (x = hi scores 1)
SELECT x, egov.goalpost(x, 70, 20) AS inverted
FROM unnest(ARRAY[-5, 20, 32.5, 45, 70, 71]::float8[]) AS x;

-- infinite x is clipped; NULL anywhere gives NULL (STRICT)
SELECT egov.goalpost('Infinity', 0, 1) AS pos_inf, egov.goalpost('-Infinity', 0, 1) AS neg_inf,
       egov.goalpost('Infinity', 1, 0) AS pos_inf_inverted,
       egov.goalpost(NULL, 0, 1) IS NULL AS x_null, egov.goalpost(0.5, NULL, 1) IS NULL AS lo_null,
       egov.goalpost(0.5, 0, NULL) IS NULL AS hi_null;

-- posts so far apart that hi - lo overflows still give the right fraction
SELECT egov.goalpost(0, -1.5e308, 1.5e308) AS middle_of_huge_range;

-- against the formula in plain SQL on generated data (both directions)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE abs(egov.goalpost(x, lo, hi)
             - least(1, greatest(0, (x - lo) / (hi - lo)))) > 1e-15) AS mismatches
FROM (SELECT (i * 7919 % 1000) / 10.0 - 10 AS x,
             CASE WHEN i % 2 = 0 THEN 15.0 ELSE 85.0 END::float8 AS lo,
             CASE WHEN i % 2 = 0 THEN 85.0 ELSE 15.0 END::float8 AS hi
      FROM generate_series(1, 2000) AS i) AS g;

-- errors
\set VERBOSITY sqlstate
SELECT egov.goalpost(1, 2, 2);
\set VERBOSITY default
SELECT egov.goalpost(1, 2, 2);
SELECT egov.goalpost(1, 'NaN', 2);
SELECT egov.goalpost(1, 0, 'Infinity');
SELECT egov.goalpost(1, '-Infinity', 0);
SELECT egov.goalpost('NaN', 0, 1);

-- distance to target: 1 at the target, falling linearly on both sides
SELECT x, round(egov.distance_to_target(x, 0.8)::numeric, 12) AS d
FROM unnest(ARRAY[0, 0.2, 0.4, 0.8, 1.0, 1.6, 2.0, 'Infinity', '-Infinity']::float8[]) AS x;
-- a negative target measures the distance in units of |target|
SELECT egov.distance_to_target(-3, -4) AS neg_target, egov.distance_to_target(-6, -4) AS neg_overshoot;
SELECT egov.distance_to_target(NULL, 1) IS NULL AS x_null, egov.distance_to_target(1, NULL) IS NULL AS target_null;

-- against the formula in plain SQL on generated data
SELECT count(*) AS rows,
       count(*) FILTER (WHERE abs(egov.distance_to_target(x, t)
             - greatest(0, 1 - abs(t - x) / abs(t))) > 1e-15) AS mismatches
FROM (SELECT (i * 7919 % 1000) / 100.0 - 2 AS x,
             (i % 7 - 3.5)::float8 AS t
      FROM generate_series(1, 2000) AS i) AS g;

-- COINr's n_dist2targ(x, targ, cap_max = TRUE) = 1 - (targ - x)/(targ - min x),
-- capped at 1, is egov.goalpost(x, min(x) OVER (), targ)
WITH v(x) AS (VALUES (1.0::float8), (2), (3), (4), (5), (6), (7), (8), (9), (10))
SELECT x, round(egov.goalpost(x, min(x) OVER (), 8)::numeric, 12) AS dist2targ,
       abs(egov.goalpost(x, min(x) OVER (), 8)
           - least(1, 1 - (8 - x) / (8 - min(x) OVER ()))) < 1e-15 AS same_as_coinr
FROM v ORDER BY x;

\set VERBOSITY sqlstate
SELECT egov.distance_to_target(1, 0);
\set VERBOSITY default
SELECT egov.distance_to_target(1, 0);
SELECT egov.distance_to_target(1, 'NaN');
SELECT egov.distance_to_target(1, '-Infinity');
SELECT egov.distance_to_target('NaN', 1);

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- equal goalposts raise 22023
SELECT pg_temp.try('SELECT egov.goalpost(1, 2, 2)');
-- zero target raises 22023
SELECT pg_temp.try('SELECT egov.distance_to_target(1, 0)');

-- the signatures: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('goalpost', 'distance_to_target')
ORDER BY 1::text;

DROP EXTENSION egov;
