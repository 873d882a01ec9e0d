-- Catalogue facts of the survey tables: keys, references, checks, comments,
-- pg_dump registration, and the bundled data's shape.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(34);

-- the survey tables exist (other egov tables, e.g. the assessment model, may too)
SELECT set_has(
  $$SELECT c.relname::text FROM pg_class c
     WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind = 'r'$$,
  $$VALUES ('edition'), ('country'), ('country_alias'), ('survey_score'),
           ('withdrawn_bundled_row')$$,
  'Schema egov has the survey tables');

SELECT col_is_pk('egov', 'edition', 'survey_year', 'edition keyed by survey_year');
SELECT col_is_pk('egov', 'country', 'iso3', 'country keyed by iso3');
SELECT col_is_pk('egov', 'country_alias', 'alias_key', 'alias keyed by its normalised spelling');
SELECT col_is_pk('egov', 'survey_score', ARRAY['survey_year', 'iso3'], 'one score per edition and country');
SELECT col_is_pk('egov', 'withdrawn_bundled_row', ARRAY['table_name', 'row_key'], 'withdrawn rows keyed by table and key');

SELECT fk_ok('egov', 'survey_score', 'survey_year', 'egov', 'edition', 'survey_year');
SELECT fk_ok('egov', 'survey_score', 'iso3', 'egov', 'country', 'iso3');
SELECT fk_ok('egov', 'country_alias', 'iso3', 'egov', 'country', 'iso3');

SELECT col_not_null('egov', 'survey_score', 'survey_year', 'survey_score.survey_year is NOT NULL');
SELECT col_not_null('egov', 'survey_score', 'iso3', 'survey_score.iso3 is NOT NULL');
SELECT col_not_null('egov', 'country', 'name', 'country.name is NOT NULL');
SELECT col_not_null('egov', 'country', 'region', 'country.region is NOT NULL');
SELECT col_not_null('egov', 'country', 'subregion', 'country.subregion is NOT NULL');
SELECT col_not_null('egov', 'survey_score', 'bundled', 'survey_score.bundled is NOT NULL');
SELECT col_has_check('egov', 'survey_score', 'egdi', 'survey_score.egdi has a CHECK');
SELECT col_has_check('egov', 'survey_score', 'osi', 'survey_score.osi has a CHECK');
SELECT ok(EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'egov.survey_score'::regclass
                   AND conname = 'survey_score_hci_range' AND contype = 'c'),
          'survey_score.hci has its CHECK (survey_score_hci_range)');
SELECT col_has_check('egov', 'survey_score', 'tii', 'survey_score.tii has a CHECK');
SELECT col_has_check('egov', 'survey_score', 'epi', 'survey_score.epi has a CHECK');
SELECT col_has_check('egov', 'survey_score', 'egdi_rank', 'survey_score.egdi_rank has a CHECK');
SELECT col_has_check('egov', 'country', 'iso3', 'country.iso3 has a CHECK');
SELECT col_has_check('egov', 'country', 'region', 'country.region has a CHECK');
SELECT index_is_unique('egov', 'country', 'country_name_key_idx',
                       'country names are unique after egov.country_key');
SELECT is((SELECT attgenerated FROM pg_attribute
            WHERE attrelid = 'egov.survey_score'::regclass AND attname = 'assessed'),
          ''::"char", 'assessed is a column of its own, not generated from the rank');

-- every table and every column has a comment
SELECT is(array_agg(c.relname ORDER BY c.relname), NULL, 'every table has a comment')
  FROM pg_class c
 WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'v')
   AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT is(array_agg(c.relname || '.' || a.attname ORDER BY 1), NULL, 'every column has a comment')
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'egov'::regnamespace AND c.relkind IN ('r', 'v')
   AND col_description(c.oid, a.attnum) IS NULL;
SELECT is(array_agg(p.oid::regprocedure::text ORDER BY 1), NULL, 'every function has a comment')
  FROM pg_proc p
 WHERE p.pronamespace = 'egov'::regnamespace AND obj_description(p.oid, 'pg_proc') IS NULL;

-- pg_dump keeps user rows only, and every withdrawn key
SELECT set_eq(
  $$SELECT c.relname::text, x.cond
      FROM pg_extension e,
           unnest(e.extconfig, e.extcondition) AS x(oid, cond)
      JOIN pg_class c ON c.oid = x.oid
     WHERE e.extname = 'egov'
       AND c.relname IN ('edition', 'country', 'country_alias', 'survey_score',
                         'withdrawn_bundled_row')$$,
  $$VALUES ('edition', 'WHERE NOT bundled'), ('country', 'WHERE NOT bundled'),
           ('country_alias', 'WHERE NOT bundled'), ('survey_score', 'WHERE NOT bundled'),
           ('withdrawn_bundled_row', '')$$,
  'survey tables registered with pg_extension_config_dump');
SELECT has_trigger('egov', 'survey_score', 'bundled_row_insert', 'survey_score.bundled_row_insert trigger exists');
SELECT has_trigger('egov', 'survey_score', 'bundled_row_update', 'survey_score.bundled_row_update trigger exists');
SELECT has_trigger('egov', 'survey_score', 'bundled_row_delete', 'survey_score.bundled_row_delete trigger exists');
SELECT has_trigger('egov', 'country', 'bundled_row_update', 'country.bundled_row_update trigger exists');
SELECT has_trigger('egov', 'withdrawn_bundled_row', 'withdrawn_bundled_row_delete', 'withdrawn_bundled_row.withdrawn_bundled_row_delete trigger exists');

SELECT * FROM finish();
ROLLBACK;
