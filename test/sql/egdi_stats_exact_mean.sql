-- egov.egdi_stats' mean against the exactly rounded mean, in a serial and
-- a parallel plan.
CREATE EXTENSION egov;
SET statement_timeout = '10s';
\set VERBOSITY default

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
