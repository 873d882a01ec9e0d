-- Catalogue properties of egov.egdi(osi, hci, tii, survey_year), egov.level
-- and egov.egdi_level(score).
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(24);

-- egov.egdi(float8, float8, float8, int)
SELECT has_function('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision', 'integer']);
SELECT function_lang_is('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision', 'integer'], 'c');
SELECT function_returns('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision', 'integer'], 'double precision');
SELECT volatility_is('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision', 'integer'], 'immutable');
SELECT is_strict('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision', 'integer']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.egdi(float8, float8, float8, int)'::regprocedure),
          's'::"char", 'egov.egdi(osi, hci, tii, survey_year) is PARALLEL SAFE');
SELECT isnt(obj_description('egov.egdi(float8, float8, float8, int)'::regprocedure, 'pg_proc'), NULL,
            'egov.egdi(osi, hci, tii, survey_year) has a comment');
SELECT throws_ok('SELECT egov.egdi(0.5, 0.5, 0.5, 2000)', '22023',
                 'there is no E-Government Survey for year 2000', 'a year before 2001 raises 22023');
SELECT throws_ok('SELECT egov.egdi(0.5, 1.03, 0.5, 2003)', '22003',
                 'HCI must be between 0 and 1, got 1.03', 'out-of-range HCI raises 22003');
SELECT is(egov.egdi(1, 0, 0, 2008), 0.34::float8, '2008 gives OSI weight 0.34');
SELECT is(egov.egdi(1, 0, 0, 2012), egov.egdi(1, 0, 0), '2012 weights equally');

-- egov.level
SELECT has_type('egov', 'level', 'egov.level exists');
SELECT has_enum('egov', 'level', 'egov.level is an enum');
SELECT enum_has_labels('egov', 'level', ARRAY['Low', 'Middle', 'High', 'Very High'],
                       'egov.level has the labels Low < Middle < High < Very High');
SELECT isnt(obj_description('egov.level'::regtype, 'pg_type'), NULL, 'egov.level has a comment');

-- egov.egdi_level(float8)
SELECT has_function('egov', 'egdi_level', ARRAY['double precision']);
SELECT function_lang_is('egov', 'egdi_level', ARRAY['double precision'], 'c');
SELECT function_returns('egov', 'egdi_level', ARRAY['double precision'], 'egov.level');
SELECT volatility_is('egov', 'egdi_level', ARRAY['double precision'], 'immutable');
SELECT is_strict('egov', 'egdi_level', ARRAY['double precision']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.egdi_level(float8)'::regprocedure),
          's'::"char", 'egov.egdi_level is PARALLEL SAFE');
SELECT isnt(obj_description('egov.egdi_level(float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.egdi_level has a comment');
SELECT throws_ok('SELECT egov.egdi_level(''NaN'')', '22003',
                 'EGDI must be between 0 and 1, got NaN', 'NaN score raises 22003');
SELECT results_eq(
    'SELECT egov.egdi_level(s) FROM unnest(ARRAY[0, 0.25, 0.5, 0.75, 1]::float8[]) WITH ORDINALITY AS t(s, i) ORDER BY i',
    $$VALUES ('Low'::egov.level), ('Middle'), ('High'), ('Very High'), ('Very High')$$,
    'band edges belong to the group above');

SELECT * FROM finish();
ROLLBACK;
