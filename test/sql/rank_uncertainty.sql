-- egov.rank_uncertainty(osi, hci, tii, draws, weight_spread, seed, decimals) OVER w
-- on the 2022 survey and on small generated tables.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- the 2022 edition; assessed countries: a rank and an EGDI above 0
CREATE TEMP TABLE raw_2022 (survey_year text, country text, rank text, egdi text,
                            epi text, osi text, hci text, tii text);
\copy raw_2022 FROM 'data/un-desa/EGOV_DATA_2022.csv' csv header
CREATE TEMP TABLE e AS
SELECT survey_year::int AS year, trim(country) AS country, rank::int AS rank,
       egdi::float8 AS egdi, osi::float8 AS osi, hci::float8 AS hci, tii::float8 AS tii
FROM raw_2022
WHERE rank <> '' AND egdi::float8 > 0;
SELECT count(*) AS assessed FROM e;

-- weight_spread 0: every interval collapses onto the rank by equal-weight
-- EGDI, and every country stays in its group in every draw
WITH r AS (
    SELECT country, rank,
           egov.rank_uncertainty(osi, hci, tii, weight_spread => 0) OVER (PARTITION BY year) AS u,
           rank() OVER (PARTITION BY year ORDER BY egov.egdi(osi, hci, tii) DESC) AS eq_rank
    FROM e)
SELECT count(*) AS countries,
       count(*) FILTER (WHERE (u).median_rank = eq_rank AND (u).rank_p05 = eq_rank
                          AND (u).rank_p95 = eq_rank) AS collapsed_on_equal_weight_rank,
       count(*) FILTER (WHERE (u).share_in_same_level = 1) AS always_same_level,
       count(*) FILTER (WHERE (u).median_rank = rank) AS equal_to_published_rank
FROM r;

-- the equal-weight rank is the published rank except where the published
-- EGDI (4 dp) ties two countries that full precision tells apart...
WITH r AS (
    SELECT country, rank, egdi,
           rank() OVER (ORDER BY egov.egdi(osi, hci, tii) DESC) AS eq_rank,
           rank() OVER (ORDER BY round(egov.egdi(osi, hci, tii)::numeric, 4) DESC) AS eq_rank_4dp
    FROM e)
SELECT country, rank AS published_rank, eq_rank, egdi AS published_egdi,
       (SELECT string_agg(o.country, ', ') FROM e AS o
        WHERE o.egdi = r.egdi AND o.country <> r.country) AS tied_at_4dp_with
FROM r WHERE eq_rank <> rank ORDER BY rank;
-- ...and ranking the equal-weight EGDI rounded to 4 dp gives every published rank
SELECT count(*) AS mismatches FROM (
    SELECT rank, rank() OVER (ORDER BY round(egov.egdi(osi, hci, tii)::numeric, 4) DESC) AS r4
    FROM e) AS s
WHERE r4 <> rank;

-- the default run (1000 draws, weights 1/3 +/- 0.1, seed 1)
CREATE TEMP TABLE ru AS
SELECT country, rank, (u).*
FROM (SELECT country, rank, egov.rank_uncertainty(osi, hci, tii) OVER (PARTITION BY year) AS u
      FROM e) AS s;
SELECT * FROM ru WHERE rank <= 5 ORDER BY rank, country;
SELECT median_rank AS denmark_median_rank FROM ru WHERE country = 'Denmark';
-- every interval holds its median
SELECT count(*) FILTER (WHERE NOT (rank_p05 <= median_rank AND median_rank <= rank_p95)) AS bad_intervals,
       count(*) FILTER (WHERE NOT (share_in_same_level BETWEEN 0 AND 1)) AS bad_shares
FROM ru;
-- intervals widen towards the middle of the table
SELECT round(avg(rank_p95 - rank_p05) FILTER (WHERE rank <= 20), 2) AS mean_width_top_20,
       round(avg(rank_p95 - rank_p05) FILTER (WHERE rank BETWEEN 80 AND 110), 2) AS mean_width_ranks_80_110,
       avg(rank_p95 - rank_p05) FILTER (WHERE rank <= 20)
         < avg(rank_p95 - rank_p05) FILTER (WHERE rank BETWEEN 80 AND 110) AS middle_is_wider
FROM ru;
-- countries near a group boundary are the ones that may change group
SELECT country, rank, round(egdi::numeric, 4) AS egdi, share_in_same_level
FROM ru JOIN e USING (country, rank)
WHERE share_in_same_level < 0.9 ORDER BY rank;

-- the same seed gives the same result; another seed a slightly different one
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b) AS same_seed_differs,
       count(*) FILTER (WHERE a IS DISTINCT FROM c) > 0 AS other_seed_differs,
       max(abs((a).median_rank - (c).median_rank)) <= 2 AS medians_within_2
FROM (SELECT egov.rank_uncertainty(osi, hci, tii, 1000, 0.1, 1) OVER () AS a,
             egov.rank_uncertainty(osi, hci, tii, 1000, 0.1, 1) OVER (ORDER BY country DESC) AS b,
             egov.rank_uncertainty(osi, hci, tii, 1000, 0.1, 2) OVER () AS c
      FROM e) AS s;

-- generated: ties share ranks, a NULL component gives NULL and leaves the
-- row out of everyone else's ranking; partitions are independent
CREATE TEMP TABLE g (part int, id int, osi float8, hci float8, tii float8);
INSERT INTO g VALUES
  (1, 1, 0.9, 0.8, 0.7), (1, 2, 0.9, 0.8, 0.7), (1, 3, 0.5, 0.95, 0.6),
  (1, 4, 0.7, 0.7, 0.7), (1, 5, NULL, 0.5, 0.5), (1, 6, 0.2, 0.3, 0.26),
  (1, 7, 0.76, 0.74, 0.75),
  (2, 1, 0.4, 0.4, 0.4), (2, 2, 0.4, 0.4, 0.4),
  (3, 1, 0.3, NULL, 0.9);
SELECT part, id, (egov.rank_uncertainty(osi, hci, tii, 500, 0.2, 7) OVER (PARTITION BY part)).*
FROM g ORDER BY part, id;
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differ_without_null_row
FROM (SELECT id, egov.rank_uncertainty(osi, hci, tii, 500, 0.2, 7) OVER () AS a
      FROM g WHERE part = 1) AS x
JOIN (SELECT id, egov.rank_uncertainty(osi, hci, tii, 500, 0.2, 7) OVER () AS b
      FROM g WHERE part = 1 AND osi IS NOT NULL) AS y USING (id);
-- one draw: every percentile is that draw's rank
SELECT id, (egov.rank_uncertainty(osi, hci, tii, 1, 0.3, 3) OVER ()).*
FROM g WHERE part = 1 AND osi IS NOT NULL ORDER BY id;

-- errors
\set VERBOSITY sqlstate
SELECT egov.rank_uncertainty(osi, hci, tii, 0) OVER () FROM g;
SELECT egov.rank_uncertainty(1.2, hci, tii) OVER () FROM g;
\set VERBOSITY default
SELECT egov.rank_uncertainty(osi, hci, tii, 0) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 1000001) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, -0.01) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, 0.34) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, 'NaN') OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, NULL) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, 0.1, NULL) OVER () FROM g;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, 0.1, id) OVER () FROM g WHERE part = 1;
SELECT egov.rank_uncertainty(osi, hci, tii, 10, id / 10.0) OVER () FROM g WHERE part = 1;
SELECT egov.rank_uncertainty(osi, hci, tii) OVER ()
FROM (VALUES (0.5, 0.5, 0.5), (0.5, 1.2, 0.5)) AS v(osi, hci, tii);
SELECT egov.rank_uncertainty(osi, hci, tii) OVER ()
FROM (VALUES (0.5, 0.5, 'NaN'::float8)) AS v(osi, hci, tii);
-- weight_spread 1/3 exactly is allowed (a weight may reach 0)
SELECT (egov.rank_uncertainty(osi, hci, tii, 10, 1.0 / 3) OVER ()).median_rank
FROM g WHERE part = 2;

-- More values, and errors with their SQLSTATE (pg_temp.try), one case each.
\i test/sql/include/try.sql
-- zero draws raise 22023
SELECT pg_temp.try('SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, 0) OVER ()');
-- a component below 0 raises 22003
SELECT pg_temp.try('SELECT egov.rank_uncertainty(0.5, -0.5, 0.5) OVER ()');
-- median ranks of three well-separated countries
SELECT (egov.rank_uncertainty(o, 0.5, 0.5, 200, 0.1, 5) OVER ()).median_rank
                   FROM (VALUES (0.9::float8), (0.1), (0.5)) AS v(o);

-- decimals: each draw ranked at the published precision, as the views rank.
-- With weight_spread 0 the 2022 ranks are the published ones, ties
-- included (Iceland and Sweden share 5th: 0.9175 both; unrounded, Iceland
-- is 6th)
WITH r AS (
    SELECT country, rank,
           egov.rank_uncertainty(osi, hci, tii, weight_spread => 0, decimals => 4)
               OVER (PARTITION BY year) AS u,
           egov.rank_uncertainty(osi, hci, tii, weight_spread => 0) OVER (PARTITION BY year) AS raw
    FROM e)
SELECT count(*) AS countries,
       count(*) FILTER (WHERE (u).median_rank = rank AND (u).rank_p05 = rank
                          AND (u).rank_p95 = rank) AS published_rank_at_4_decimals,
       string_agg(format('%s %s (unrounded %s)', country, (u).median_rank, (raw).median_rank), ', '
                  ORDER BY country) FILTER (WHERE country IN ('Iceland', 'Sweden')) AS tied
FROM r;
-- rounded as round(x::numeric, 4): 0.12345 (written; its float8 lies just
-- below) is 0.1235 and ties with 0.1235; 0.12344 is 0.1234
SELECT v.x, (egov.rank_uncertainty(v.x, v.x, v.x, 1, 0, 1, 4) OVER ()).median_rank AS at_4,
       (egov.rank_uncertainty(v.x, v.x, v.x, 1, 0, 1, 5) OVER ()).median_rank AS at_5,
       (egov.rank_uncertainty(v.x, v.x, v.x, 1, 0, 1) OVER ()).median_rank AS unrounded
FROM (VALUES (0.12345::float8), (0.1235), (0.12344), (0), (1)) AS v(x) ORDER BY 1;
-- decimals outside 0..15, or varying, raise 22023
SELECT pg_temp.try('SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, decimals => -1) OVER ()');
SELECT pg_temp.try('SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, decimals => 16) OVER ()');
SELECT pg_temp.try('SELECT egov.rank_uncertainty(0.5, 0.5, 0.5, decimals => i) OVER () FROM generate_series(1, 2) AS i');

-- the signature: argument names, defaults, result
SELECT p.oid::regprocedure AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result
FROM pg_proc AS p
WHERE p.pronamespace = 'egov'::regnamespace AND p.proname IN ('rank_uncertainty')
ORDER BY 1::text;
-- the fields of egov.rank_uncertainty
SELECT attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute WHERE attrelid = 'egov.rank_uncertainty'::regclass AND attnum > 0 ORDER BY attnum;

DROP EXTENSION egov;
