-- COINr's other normalisations as window functions: egov.rank_score,
-- egov.borda, egov.dist2max, egov.fracmax, egov.dist2ref.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
\i test/sql/include/try.sql

-- ties share the lowest rank; NULLs are neither ranked nor counted; a
-- constant partition has no spread (NULL distance to the maximum) but a
-- fraction of it; an all-NULL partition gives NULL
SELECT g, x, egov.rank_score(x) OVER w AS rank, egov.borda(x) OVER w AS borda,
       egov.dist2max(x) OVER w AS dist2max, egov.fracmax(x) OVER w AS fracmax
FROM (VALUES (1, 3.0::float8), (1, 1), (1, NULL), (1, 3), (1, 2), (1, 7),
             (2, 5), (2, 5), (3, NULL), (4, -2), (4, 0)) AS v(g, x)
WINDOW w AS (PARTITION BY g)
ORDER BY g, x NULLS LAST;

-- rank_score is rank() over the non-NULL rows
CREATE TEMP TABLE nr AS
SELECT id, id % 30 AS g,
       CASE WHEN id % 11 = 0 THEN NULL ELSE ((id * 7919) % 17)::float8 / 4 END AS x
FROM generate_series(1, 1200) AS id;
SELECT count(*) FILTER (WHERE a.r IS DISTINCT FROM b.r) AS mismatches
FROM (SELECT id, egov.rank_score(x) OVER (PARTITION BY g) AS r FROM nr) AS a
LEFT JOIN (SELECT id, rank() OVER (PARTITION BY g ORDER BY x)::float8 AS r
           FROM nr WHERE x IS NOT NULL) AS b USING (id);

-- dist2max against its formula in plain SQL
SELECT count(*) FILTER (WHERE abs(d - (1 - (mx - x) / (mx - mn))) > 1e-15) AS mismatches
FROM (SELECT x, egov.dist2max(x) OVER (PARTITION BY g) AS d,
             max(x) OVER (PARTITION BY g) AS mx, min(x) OVER (PARTITION BY g) AS mn
      FROM nr) AS t WHERE x IS NOT NULL;

-- distance to a reference unit: 'b' scores 1, the minimum 0, 'c' above
-- the reference more than 1 unless capped
SELECT u, x, egov.dist2ref(x, u = 'b') OVER () AS d,
       egov.dist2ref(x, u = 'b', true) OVER () AS capped
FROM (VALUES ('a', 1.0::float8), ('b', 5), ('c', 9), ('d', NULL), ('e', 3)) AS v(u, x)
ORDER BY u;
-- a NULL reference value gives NULL; the minimum as the reference too
SELECT egov.dist2ref(x, u = 'd') OVER () AS null_ref, egov.dist2ref(x, u = 'a') OVER () AS min_ref
FROM (VALUES ('a', 1.0::float8), ('b', 5), ('d', NULL)) AS v(u, x) LIMIT 1;
-- no overflow across the whole float8 range
SELECT egov.dist2max(x) OVER () AS d
FROM (VALUES (-1e308::float8), (0), (1e308)) AS v(x);

-- refusals
SELECT pg_temp.try($$SELECT egov.dist2ref(x, false) OVER () FROM (VALUES (1.0::float8)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.dist2ref(x, true) OVER () FROM (VALUES (1.0::float8), (2)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.dist2ref(x, x = 1, x = 1) OVER () FROM (VALUES (1.0::float8), (2)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.dist2ref(x, x = 1, NULL) OVER () FROM (VALUES (1.0::float8)) v(x)$$);
SELECT pg_temp.try($$SELECT egov.rank_score(x) OVER () FROM (VALUES (1.0::float8), ('NaN')) v(x)$$);
SELECT pg_temp.try($$SELECT egov.fracmax(x) OVER () FROM (VALUES ('-Infinity'::float8)) v(x)$$);

DROP EXTENSION egov;
