-- egov.zscore with a population flag that varies between rows.
CREATE EXTENSION egov;
SET statement_timeout = '10s';

-- zscore: the population flag must be the same on every row (NULL rows give NULL)
\set VERBOSITY default
SELECT x, egov.zscore(x, x > 1) OVER () FROM generate_series(1, 3) AS x;
SELECT x, egov.zscore(x, CASE WHEN x = 2 THEN NULL ELSE true END) OVER () AS z
FROM generate_series(1, 3) AS x;

DROP EXTENSION egov;
