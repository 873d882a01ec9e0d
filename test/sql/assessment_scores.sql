-- Assessment model and scoring on a small hand-made fixture whose answers
-- are worked out in the comments.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- Edition "t-losi": criterion A = a1 (max 1) + a2 (max 1); criterion B =
-- b1 (max 2); 4 points possible.
INSERT INTO egov.assessment_edition (edition, index_kind, survey_year, normalisation)
VALUES ('t-losi', 'LOSI', 2024, 'share');
INSERT INTO egov.assessment_indicator (edition, code, criterion, max_points) VALUES
    ('t-losi', 'a1', 'A', 1), ('t-losi', 'a2', 'A', 1), ('t-losi', 'b1', 'B', 2);
INSERT INTO egov.city (iso3, name, population) VALUES
    ('FRA', 'Paris', 2100000), ('FRA', 'Lyon', NULL), ('DEU', 'Berlin', 3600000),
    ('ITA', 'Roma', NULL), ('ESP', 'Madrid', NULL);
-- Paris 1+1+2 = 4/4 = 1        A 1    B 1
-- Lyon  1+0+1 = 2/4 = 0.5      A 0.5  B 0.5
-- Berlin 0+1+1 = 2/4 = 0.5     A 0.5  B 0.5   (ties Lyon: both rank 2)
-- Roma  0+0+0.5 = 0.5/4        A 0    B 0.25  (rank 4)
-- Madrid a1 = 1 only, a2 and b1 missing: 1/4 with missing => 'zero'
INSERT INTO egov.assessment (edition, iso3, city, indicator, points) VALUES
    ('t-losi', 'FRA', 'Paris', 'a1', 1), ('t-losi', 'FRA', 'Paris', 'a2', 1), ('t-losi', 'FRA', 'Paris', 'b1', 2),
    ('t-losi', 'FRA', 'Lyon', 'a1', 1), ('t-losi', 'FRA', 'Lyon', 'a2', 0), ('t-losi', 'FRA', 'Lyon', 'b1', 1),
    ('t-losi', 'DEU', 'Berlin', 'a1', 0), ('t-losi', 'DEU', 'Berlin', 'a2', 1), ('t-losi', 'DEU', 'Berlin', 'b1', 1),
    ('t-losi', 'ITA', 'Roma', 'a1', 0), ('t-losi', 'ITA', 'Roma', 'a2', 0), ('t-losi', 'ITA', 'Roma', 'b1', 0.5),
    ('t-losi', 'ESP', 'Madrid', 'a1', 1);

SELECT iso3, city, criterion, indicators, assessed, points, points_possible, sub_score
FROM egov.assessment_criterion_scores('t-losi') ORDER BY iso3, city, criterion;

-- the report: LOSI = points / points possible, competition ranks (Lyon and
-- Berlin share rank 2, the next is 4), rank within the country
SELECT city, iso3, criteria, points, points_possible, missing_indicators,
       losi, losi_level, losi_rank, country_rank
FROM egov.losi_report WHERE edition = 't-losi' ORDER BY losi_rank, city;

-- Missing indicators: scored 0 by default (Madrid above); refused on request
\set VERBOSITY sqlstate
SELECT * FROM egov.assessment_scores('t-losi', missing => 'refuse');
\set VERBOSITY default
SELECT * FROM egov.assessment_scores('t-losi', missing => 'refuse');
SELECT * FROM egov.assessment_scores('t-losi', missing => 'skip');
-- once Madrid is complete, 'refuse' and 'zero' agree
INSERT INTO egov.assessment (edition, iso3, city, indicator, points) VALUES
    ('t-losi', 'ESP', 'Madrid', 'a2', 0), ('t-losi', 'ESP', 'Madrid', 'b1', 0);
SELECT (SELECT array_agg(s ORDER BY s.iso3, s.city) FROM egov.assessment_scores('t-losi', missing => 'refuse') AS s)
     = (SELECT array_agg(s ORDER BY s.iso3, s.city) FROM egov.assessment_scores('t-losi') AS s) AS refuse_equals_zero;

-- min-max normalisation on request: (share - 0.125) / (1 - 0.125)
SELECT city, score, level, score_rank
FROM egov.assessment_scores('t-losi', normalisation => 'minmax') ORDER BY score_rank, city;
SELECT * FROM egov.assessment_scores('t-losi', normalisation => 'zscore');
SELECT * FROM egov.assessment_scores('no-such-edition');
SELECT * FROM egov.assessment_scores(NULL);

-- OSI from raw points with the same machinery: countries, min-max default
INSERT INTO egov.assessment_edition (edition, index_kind, survey_year, normalisation)
VALUES ('t-osi', 'OSI', 2024, 'minmax');
INSERT INTO egov.assessment_indicator (edition, code, criterion, max_points) VALUES
    ('t-osi', 's1', 'Services provision', 3), ('t-osi', 't1', 'Technology', 1);
INSERT INTO egov.assessment (edition, iso3, city, indicator, points) VALUES
    ('t-osi', 'DNK', NULL, 's1', 3), ('t-osi', 'DNK', NULL, 't1', 1),
    ('t-osi', 'EST', NULL, 's1', 2), ('t-osi', 'EST', NULL, 't1', 1),
    ('t-osi', 'KOR', NULL, 's1', 1), ('t-osi', 'KOR', NULL, 't1', 0);
-- shares 1, 0.75, 0.25 -> min-max 1, 0.6667, 0
SELECT iso3, city, criteria, points, score, level, score_rank
FROM egov.assessment_scores('t-osi') ORDER BY score_rank;
SELECT count(*) AS osi_rows_in_losi_report FROM egov.losi_report WHERE edition = 't-osi';
-- min-max of an edition whose subjects all have the same share is undefined
UPDATE egov.assessment SET points = 1 WHERE edition = 't-osi';
SELECT * FROM egov.assessment_scores('t-osi');
SELECT iso3, score FROM egov.assessment_scores('t-osi', normalisation => 'share') ORDER BY iso3;

-- criterion summary
SELECT criterion, indicators, points_possible, cities, mean_sub_score, min_sub_score, max_sub_score
FROM egov.losi_criterion_summary WHERE edition = 't-losi' ORDER BY criterion;

-- Constraints: every writer, not only the loaders
INSERT INTO egov.assessment VALUES ('t-losi', 'ITA', 'Roma', 'a1', 1);            -- duplicate
INSERT INTO egov.assessment VALUES ('t-losi', 'DEU', 'Hamburg', 'a1', 1);         -- unknown city
INSERT INTO egov.assessment VALUES ('t-losi', 'DEU', 'Berlin', 'zz', 1);          -- unknown indicator
UPDATE egov.assessment SET points = 3 WHERE edition = 't-losi' AND city = 'Paris' AND indicator = 'b1';
UPDATE egov.assessment SET points = -1 WHERE edition = 't-losi' AND city = 'Paris' AND indicator = 'b1';
UPDATE egov.assessment SET points = 'NaN' WHERE edition = 't-losi' AND city = 'Paris' AND indicator = 'b1';
INSERT INTO egov.assessment VALUES ('t-losi', 'DEU', NULL, 'a1', 1);              -- LOSI needs a city
INSERT INTO egov.assessment VALUES ('t-osi', 'FRA', 'Paris', 's1', 1);            -- OSI takes none
INSERT INTO egov.assessment VALUES ('t-osi', 'DNK', NULL, 's1', 1);               -- duplicate, NULL city
UPDATE egov.assessment_indicator SET max_points = 1 WHERE edition = 't-losi' AND code = 'b1';
UPDATE egov.assessment_edition SET index_kind = 'OSI' WHERE edition = 't-losi';
INSERT INTO egov.assessment_indicator VALUES ('t-losi', 'c1', 'C', NULL, 0);
INSERT INTO egov.city VALUES ('FRA', ' paris', NULL);
INSERT INTO egov.city VALUES ('FRA', 'PÂRIS', NULL);
INSERT INTO egov.city VALUES ('XXX', 'Nowhere', NULL);
INSERT INTO egov.assessment_edition VALUES ('bad name', 'LOSI', 2024, 'share');
INSERT INTO egov.assessment_edition VALUES ('t2', 'EPI', 2024, 'share');

-- renaming cascades; deleting an edition removes its catalogue and points
UPDATE egov.city SET name = 'Lyon Métropole' WHERE iso3 = 'FRA' AND name = 'Lyon';
SELECT count(*) AS lyon_rows FROM egov.assessment WHERE city = 'Lyon Métropole';
DELETE FROM egov.assessment_edition WHERE edition = 't-losi';
SELECT (SELECT count(*) FROM egov.assessment_indicator) AS indicators,
       (SELECT count(*) FROM egov.assessment) AS assessments,
       (SELECT count(*) FROM egov.city) AS cities_kept;

-- the assessment tables' structure: columns, keys (the assessment key treats NULL cities as equal), checks, indexes, triggers, pg_dump registration (whole tables), privileges
\i test/sql/include/describe.sql
SELECT * FROM pg_temp.describe('egov.assessment_edition');
SELECT * FROM pg_temp.describe('egov.city');
SELECT * FROM pg_temp.describe('egov.assessment_indicator');
SELECT * FROM pg_temp.describe('egov.assessment');

DROP EXTENSION egov;
