-- Numeric edges: winsorise on data whose mean is not exact (it used to loop
-- for ever, uncancellable), shift invariance and huge outliers in
-- winsorise_report, zscore with a population flag that varies, and
-- egdi_stats' mean against the exactly rounded mean.
CREATE EXTENSION egov;
SET statement_timeout = '10s';

-- ten equal values whose mean is not exactly 0.1: nothing to treat, at once
SELECT egov.winsorise(x, 5, 1, -10) OVER () AS treated, count(*) OVER () AS n
FROM (SELECT 0.1::float8 AS x FROM generate_series(1, 10)) AS s LIMIT 1;
SELECT (egov.winsorise_report(x) OVER ()).*
FROM (SELECT 0.1::float8 AS x FROM generate_series(1, 10)) AS s LIMIT 1;
-- thresholds every distribution fails: the loop stops when one value is left
SELECT winsorised_low + winsorised_high AS moved, skew_after, passes
FROM (SELECT (egov.winsorise_report(x, 1000, 0, -10) OVER ()).*
      FROM generate_series(1, 200) AS x) AS r LIMIT 1;

-- skewness and kurtosis do not change when every value is shifted
SELECT s, round(skew_before::numeric, 10) AS skew, round(kurt_before::numeric, 10) AS kurt,
       winsorised_high, round(skew_after::numeric, 10) AS skew_after
FROM (SELECT s, (egov.winsorise_report(x + s) OVER (PARTITION BY s)).*
      FROM unnest('{1,2,3,4,5,6,7,8,9,10,30,100}'::float8[]) AS x,
           unnest('{0,1e6,-1e9,1e12}'::float8[]) AS s) AS r
GROUP BY 1, 2, 3, 4, 5 ORDER BY s;
-- a huge finite outlier is measured and treated, never NaN
SELECT round(skew_before::numeric, 6) AS skew, round(kurt_before::numeric, 6) AS kurt,
       winsorised_high, passes
FROM (SELECT (egov.winsorise_report(x) OVER ()).*
      FROM unnest('{1,2,3,4,5,6,7,8,9,10,1e300}'::float8[]) AS x) AS r LIMIT 1;
SELECT round(skew_before::numeric, 6) AS skew, round(kurt_before::numeric, 6) AS kurt
FROM (SELECT (egov.winsorise_report(x) OVER ()).*
      FROM unnest('{-1.7e308,1,2,3,4,5,1.7e308}'::float8[]) AS x) AS r LIMIT 1;

-- zscore: the population flag must be the same on every row (NULL rows give NULL)
\set VERBOSITY default
SELECT x, egov.zscore(x, x > 1) OVER () FROM generate_series(1, 3) AS x;
SELECT x, egov.zscore(x, CASE WHEN x = 2 THEN NULL ELSE true END) OVER () AS z
FROM generate_series(1, 3) AS x;

-- egdi_stats: the mean is the exact mean of the float8 scores, correctly
-- rounded.  The reference converts each score to numeric exactly (as two
-- integers: the float8 cast would give its 15-digit decimal) and divides.
SELECT setseed(0.15);
CREATE TEMP TABLE scores AS
SELECT g, round(random()::numeric, 4)::float8 AS x
FROM generate_series(1, 100) AS g
CROSS JOIN LATERAL generate_series(1, CASE g WHEN 1 THEN 52747
                                             ELSE (1 + 20000 * random() ^ 3 + 0 * g)::int END);
CREATE FUNCTION pg_temp.exact(x float8) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT
RETURN floor(x * 2 ^ 30)::bigint::numeric / 1073741824
       + ((x * 2 ^ 30 - floor(x * 2 ^ 30)) * 2 ^ 36)::bigint::numeric / 73786976294838206464;
SELECT count(DISTINCT g) AS groups, count(*) AS scores FROM scores;
SELECT g, count(*) AS n
FROM scores GROUP BY g
HAVING (egov.egdi_stats(x)).mean <> (sum(pg_temp.exact(x)) / count(*))::float8
ORDER BY g;
-- and so in a parallel plan
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT (egov.egdi_stats(x)).mean = (sum(pg_temp.exact(x)) / count(*))::float8 AS exact_in_parallel
FROM scores;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;

DROP EXTENSION egov;
