-- Catalogue facts of the reporting views (EGDI, E-Participation, toolkit).
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(20);

SELECT has_view('egov', 'egdi_report', 'view egov.egdi_report exists');
SELECT has_view('egov', 'level_summary', 'view egov.level_summary exists');
SELECT has_view('egov', 'region_summary', 'view egov.region_summary exists');
SELECT columns_are('egov', 'egdi_report', ARRAY[
  'survey_year', 'iso3', 'country', 'region', 'subregion', 'osi', 'hci', 'tii', 'epi',
  'egdi', 'egdi_computed', 'level', 'rating_class', 'world_rank', 'region_rank',
  'subregion_rank', 'rank_change', 'level_change', 'published_rank', 'assessed', 'source_note',
  'provenance'],
  'egdi_report columns');
SELECT columns_are('egov', 'level_summary', ARRAY['survey_year', 'level', 'countries', 'share'],
  'level_summary columns');
SELECT columns_are('egov', 'region_summary', ARRAY[
  'survey_year', 'region', 'countries', 'mean_egdi', 'mean_osi', 'mean_hci', 'mean_tii',
  'very_high', 'high', 'middle', 'low'], 'region_summary columns');
SELECT has_view('egov', 'epi_report', 'view egov.epi_report exists');
SELECT columns_are('egov', 'epi_report',
                   ARRAY['survey_year', 'iso3', 'country', 'region', 'epi', 'epi_level',
                         'epi_rank', 'region_epi_rank']);
SELECT has_view('egov', 'epi_region_summary', 'view egov.epi_region_summary exists');
SELECT has_view('egov', 'rank_uncertainty_report', 'view egov.rank_uncertainty_report exists');
SELECT columns_are('egov', 'rank_uncertainty_report',
                   ARRAY['survey_year', 'iso3', 'country', 'published_rank', 'median_rank',
                         'rank_p05', 'rank_p95', 'share_in_same_level', 'note']);
SELECT has_view('egov', 'component_sensitivity', 'view egov.component_sensitivity exists');
SELECT columns_are('egov', 'component_sensitivity',
                   ARRAY['survey_year', 'component', 'countries', 'level_changes', 'moved_up', 'moved_down']);
SELECT col_type_is('egov', 'egdi_report', 'level', 'egov.level', 'egdi_report.level is egov.level');
SELECT col_type_is('egov', 'egdi_report', 'world_rank', 'integer', 'world_rank is integer');
SELECT col_type_is('egov', 'egdi_report', 'egdi_computed', 'double precision', 'egdi_computed is float8');
SELECT col_type_is('egov', 'region_summary', 'mean_egdi', 'numeric(5,4)', 'mean_egdi is numeric(5,4): a fixed scale for BI tools');
SELECT is(array_agg(a.attname::text ORDER BY a.attnum), NULL, 'every view column has a comment')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
 WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
   AND col_description(c.oid, a.attnum) IS NULL;
SELECT ok(has_table_privilege('public', 'egov.egdi_report', 'SELECT'), 'every role may read egov.egdi_report');
SELECT ok(has_table_privilege('public', 'egov.survey_score', 'SELECT')
          AND NOT has_table_privilege('public', 'egov.survey_score', 'INSERT'),
          'every role may read egov.survey_score, not write it');

SELECT * FROM finish();
ROLLBACK;
