-- Catalogue properties of the E-Participation objects.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(14);

SELECT has_function('egov', 'epi_level', ARRAY['double precision']);
SELECT function_returns('egov', 'epi_level', ARRAY['double precision'], 'egov.level');
SELECT function_lang_is('egov', 'epi_level', ARRAY['double precision'], 'c');
SELECT volatility_is('egov', 'epi_level', ARRAY['double precision'], 'immutable');
SELECT is_strict('egov', 'epi_level', ARRAY['double precision']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'egov.epi_level(float8)'::regprocedure),
          's'::"char", 'egov.epi_level is PARALLEL SAFE');
SELECT isnt(obj_description('egov.epi_level(float8)'::regprocedure, 'pg_proc'), NULL,
            'egov.epi_level has a comment');
SELECT throws_ok('SELECT egov.epi_level(''NaN'')', '22003',
                 'EPI must be between 0 and 1, got NaN', 'NaN EPI raises 22003');

SELECT has_view('egov', 'epi_report', 'view egov.epi_report exists');
SELECT columns_are('egov', 'epi_report',
                   ARRAY['survey_year', 'iso3', 'country', 'region', 'epi', 'epi_level',
                         'epi_rank', 'region_epi_rank']);
SELECT isnt(obj_description('egov.epi_report'::regclass, 'pg_class'), NULL,
            'egov.epi_report has a comment');
SELECT has_view('egov', 'epi_region_summary', 'view egov.epi_region_summary exists');
SELECT isnt(obj_description('egov.epi_region_summary'::regclass, 'pg_class'), NULL,
            'egov.epi_region_summary has a comment');
SELECT is((SELECT epi_rank FROM egov.epi_report WHERE survey_year = 2020 AND iso3 = 'CHN'),
          9, 'China 2020 has the published EPI rank 9');

SELECT * FROM finish();
ROLLBACK;
