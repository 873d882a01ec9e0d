-- The examples in doc/reference.md of egov.composite's methods, as printed there.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 2]) OVER ()
  FROM (VALUES (1.0, 10.0), (2, 30), (3, 20)) AS t(a, b);
SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 3], 'mean', minmax => false) OVER ()
  FROM (VALUES (0.25, 0.75), (0.5, 0.125), (1, 1)) AS t(a, b);
SELECT round((egov.composite(arr, method => 'geometric_mean') OVER () * 7)::numeric, 12) AS times_7
  FROM (VALUES (ARRAY[1, 1]::float8[]), (ARRAY[1, 4]), (ARRAY[4, 4]), (ARRAY[4, 16])) AS t(arr);
CREATE TEMP TABLE t AS SELECT g, a, b
  FROM (VALUES (1, 0.0, 3.0), (1, 1, 1), (1, 2, 2), (2, 5, 5), (2, 6, 9)) AS v(g, a, b);
SELECT egov.composite(ARRAY[1 + 99 * ma, 1 + 99 * mb], method => 'geometric_mean') OVER w
  FROM (SELECT g, egov.minmax(a) OVER w AS ma, egov.minmax(b) OVER w AS mb
          FROM t WINDOW w AS (PARTITION BY g)) AS s
WINDOW w AS (PARTITION BY g);
SELECT a, b, egov.composite(ARRAY[a, b], ARRAY[1, 3], 'mean', false, 'reweight') OVER ()
  FROM (VALUES (1.0, 5.0), (3, NULL), (NULL, NULL)) AS t(a, b);
SELECT egov.composite(ARRAY[a, b], missing => 'error') OVER ()
  FROM (VALUES (1.0, 5.0), (2, 4), (3, 3), (4, 1), (5, NULL)) AS t(a, b);

DROP EXTENSION egov;
