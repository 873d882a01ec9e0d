-- Numeric edges of egov.winsorise and egov.winsorise_report: data whose
-- mean is not exact (it used to loop for ever, uncancellable), shift
-- invariance and huge outliers.
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

DROP EXTENSION egov;
