-- Catalogue properties of the assessment model (LOSI and OSI).
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(33);

-- tables, keys, foreign keys
SELECT has_table('egov', t, 'table egov.' || t || ' exists')
FROM unnest(ARRAY['assessment_edition', 'city', 'assessment_indicator', 'assessment']) AS t;
SELECT has_pk('egov', 'assessment_edition', 'assessment_edition has a primary key');
SELECT col_is_pk('egov', 'assessment_edition', 'edition'::name, 'edition is the key of assessment_edition');
SELECT col_is_pk('egov', 'city', ARRAY['iso3', 'name']::name[], 'a city is keyed by country and name');
SELECT col_is_pk('egov', 'assessment_indicator', ARRAY['edition', 'code']::name[], 'an indicator is keyed by edition and code');
SELECT hasnt_pk('egov', 'assessment', 'assessment has no primary key: a country subject has a NULL city');
SELECT col_is_unique('egov', 'assessment', ARRAY['edition', 'iso3', 'city', 'indicator']::name[], 'one assessment per edition, subject and indicator');
SELECT is((SELECT indnullsnotdistinct FROM pg_index
           WHERE indexrelid = 'egov.assessment_subject_indicator_key'::regclass),
          true, 'the assessment key treats NULL cities as equal (NULLS NOT DISTINCT)');
SELECT fk_ok('egov', 'city', ARRAY['iso3']::name[], 'egov', 'country', ARRAY['iso3']::name[], 'a city belongs to a country');
SELECT fk_ok('egov', 'assessment_indicator', ARRAY['edition']::name[], 'egov', 'assessment_edition', ARRAY['edition']::name[], 'an indicator belongs to an edition');
SELECT fk_ok('egov', 'assessment', ARRAY['edition', 'indicator']::name[],
             'egov', 'assessment_indicator', ARRAY['edition', 'code']::name[], 'an assessment is of a catalogued indicator');
SELECT fk_ok('egov', 'assessment', ARRAY['iso3', 'city']::name[], 'egov', 'city', ARRAY['iso3', 'name']::name[], 'an assessed city is a known city');
SELECT fk_ok('egov', 'assessment', ARRAY['iso3']::name[], 'egov', 'country', ARRAY['iso3']::name[], 'an assessed country is a known country');
SELECT has_index('egov', 'city', 'city_name_key_idx', 'one city per spelling and country');
SELECT has_trigger('egov', 'assessment', 'assessment_check'::name, 'points are checked against the maximum');
SELECT has_trigger('egov', 'assessment_indicator', 'assessment_indicator_check'::name, 'a maximum cannot drop below given points');
SELECT has_trigger('egov', 'assessment_edition', 'assessment_edition_check'::name, 'an edition keeps its kind of subject');
SELECT col_has_check('egov', 'assessment', 'points'::name, 'points have a check');
SELECT col_has_check('egov', 'assessment_indicator', 'max_points'::name, 'max_points has a check');
SELECT col_has_check('egov', 'assessment_edition', 'index_kind'::name, 'index_kind has a check');

-- registered for pg_dump, whole tables (no bundled rows)
SELECT set_eq(
    $$SELECT c.relname::text, coalesce(x.cond, '')
      FROM pg_extension AS e,
           unnest(e.extconfig, e.extcondition) AS x(oid, cond)
      JOIN pg_class AS c ON c.oid = x.oid
      WHERE e.extname = 'egov'
        AND c.relname IN ('assessment_edition', 'city', 'assessment_indicator', 'assessment')$$,
    $$VALUES ('assessment_edition', ''), ('city', ''), ('assessment_indicator', ''), ('assessment', '')$$,
    'the assessment tables are extension configuration tables, dumped whole');

-- comments on every table, view, column and function of the model
SELECT is(
    (SELECT count(*)::integer FROM pg_class AS c
     WHERE c.relnamespace = 'egov'::regnamespace
       AND c.relname IN ('assessment_edition', 'city', 'assessment_indicator', 'assessment',
                         'losi_report', 'losi_criterion_summary')
       AND obj_description(c.oid, 'pg_class') IS NOT NULL),
    6, 'the tables and views have comments');
SELECT is(
    (SELECT array_agg(c.relname || '.' || a.attname ORDER BY 1) FROM pg_class AS c
     JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relnamespace = 'egov'::regnamespace
       AND c.relname IN ('assessment_edition', 'city', 'assessment_indicator', 'assessment',
                         'losi_report', 'losi_criterion_summary')
       AND col_description(c.oid, a.attnum) IS NULL),
    NULL, 'every column has a comment');
SELECT is(
    (SELECT array_agg(p.oid::regprocedure::text ORDER BY 1) FROM pg_proc AS p
     WHERE p.pronamespace = 'egov'::regnamespace
       AND p.proname IN ('assessment_scores', 'assessment_criterion_scores', 'import_cities',
                         'import_losi_indicators', 'import_losi_assessments', 'load_losi_example',
                         '_assessment_check', '_assessment_indicator_check', '_assessment_edition_check',
                         '_assessment_edition_row', '_csv_header', '_csv_body', '_csv_required', '_csv_country')
       AND obj_description(p.oid, 'pg_proc') IS NULL),
    NULL, 'every function has a comment');


-- views
SELECT has_view('egov', 'losi_report', 'view egov.losi_report exists');
SELECT columns_are('egov', 'losi_report',
    ARRAY['edition', 'survey_year', 'synthetic', 'city', 'iso3', 'country', 'criteria', 'points',
          'points_possible', 'missing_indicators', 'losi', 'losi_level', 'losi_rank', 'country_rank']);
SELECT col_type_is('egov', 'losi_report', 'criteria', 'jsonb', 'criteria is jsonb, keyed by criterion');
SELECT col_type_is('egov', 'losi_report', 'losi_level', 'egov', 'level', 'losi_level is an egov.level');
SELECT has_view('egov', 'losi_criterion_summary', 'view egov.losi_criterion_summary exists');
SELECT columns_are('egov', 'losi_criterion_summary',
    ARRAY['edition', 'survey_year', 'synthetic', 'criterion', 'indicators', 'points_possible',
          'cities', 'mean_sub_score', 'min_sub_score', 'max_sub_score']);

SELECT * FROM finish();
ROLLBACK;
