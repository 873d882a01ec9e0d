-- egov.strengths and egov.weaknesses: each row's best- and worst-ranked
-- indicators within the partition.  Ties, NULL elements and arrays, a
-- constant indicator (never listed), a single row, partitions, n, errors.
CREATE EXTENSION egov;
\set VERBOSITY default
\i test/sql/include/try.sql

-- indicator 4 is constant; indicator 2 ties rows 1-3 at rank 1; row 3 lacks
-- indicator 3; row 5 has no array
CREATE TEMP TABLE s (g text, i int, x float8[]);
INSERT INTO s VALUES
  ('a', 1, '{1,2,3,7}'), ('a', 2, '{3,2,1,7}'), ('a', 3, '{2,2,NULL,7}'), ('a', 4, '{4,1,5,7}'), ('a', 5, NULL),
  ('b', 1, '{5,6}'),
  ('c', 1, '{1,9}'), ('c', 2, '{2,8}');
SELECT g, i, x,
       egov.strengths(x) OVER w AS strengths,
       egov.weaknesses(x) OVER w AS weaknesses,
       egov.strengths(x, 1) OVER w AS best,
       egov.weaknesses(x, 1) OVER w AS worst
FROM s WINDOW w AS (PARTITION BY g ORDER BY i DESC) ORDER BY g, i;

SELECT pg_temp.try($$SELECT egov.strengths('{1}'::float8[], 0) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.strengths('{1}'::float8[], NULL) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.weaknesses(x) OVER () FROM (VALUES ('{1,2}'::float8[]), ('{1}')) t(x)$$);
SELECT pg_temp.try($$SELECT egov.weaknesses(x) OVER () FROM (VALUES ('{1,NaN}'::float8[])) t(x)$$);
SELECT pg_temp.try($$SELECT egov.weaknesses('{{1,2}}'::float8[]) OVER ()$$);
SELECT pg_temp.try($$SELECT egov.strengths('{1,2}'::float8[], n) OVER () FROM (VALUES (1), (2)) t(n)$$);

DROP EXTENSION egov;
