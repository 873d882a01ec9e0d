-- Catalogue properties of egov.egdi(osi, hci, tii).
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(9);

SELECT has_schema('egov');
SELECT has_function('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision']);
SELECT function_lang_is('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision'], 'c');
SELECT function_returns('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision'], 'double precision');
SELECT volatility_is('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision'], 'immutable');
SELECT is_strict('egov', 'egdi', ARRAY['double precision', 'double precision', 'double precision']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.egdi(float8, float8, float8)'::regprocedure),
          's'::"char", 'egov.egdi is PARALLEL SAFE');
SELECT isnt(obj_description('egov.egdi(float8, float8, float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.egdi has a comment');
SELECT throws_ok('SELECT egov.egdi(1.2, 0.5, 0.5)', '22003',
                 'OSI must be between 0 and 1, got 1.2', 'out-of-range OSI raises 22003');

SELECT * FROM finish();
ROLLBACK;
