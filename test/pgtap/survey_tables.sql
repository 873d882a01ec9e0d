-- Catalogue facts of the survey tables: keys, references, checks, comments,
-- pg_dump registration, and the bundled data's shape.
BEGIN;
CREATE EXTENSION IF NOT EXISTS egov;
SELECT plan(46);

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

-- the bundled data
SELECT is((SELECT count(*)::int FROM egov.country), 193, '193 Member States');
SELECT results_eq(
  $$SELECT region, count(*)::int FROM egov.country GROUP BY 1 ORDER BY 1$$,
  $$VALUES ('Africa', 54), ('Americas', 35), ('Asia', 47), ('Europe', 43), ('Oceania', 14)$$,
  'countries by region');
SELECT results_eq(
  $$SELECT survey_year, count(*)::int, count(*) FILTER (WHERE assessed)::int
      FROM egov.survey_score GROUP BY 1 ORDER BY 1$$,
  $$VALUES (2003, 193, 173), (2004, 193, 178), (2005, 193, 179), (2008, 193, 182),
           (2010, 193, 183), (2012, 193, 190), (2014, 193, 193), (2016, 193, 193),
           (2018, 193, 193), (2020, 193, 193), (2022, 193, 193)$$,
  'eleven editions of 193 rows; assessed = ranked with EGDI above 0');
SELECT is((SELECT count(*)::int FROM egov.survey_score WHERE NOT bundled), 0,
          'CREATE EXTENSION loads bundled rows only');
SELECT results_eq(
  $$SELECT survey_year, egdi_decimals FROM egov.edition ORDER BY 1$$,
  $$VALUES (2003, 5), (2004, 5), (2005, 5), (2008, 5), (2010, 5), (2012, 5), (2014, 5),
           (2016, 5), (2018, 4), (2020, 4), (2022, 4)$$,
  'published EGDI precision by edition');
SELECT results_eq(
  $$SELECT iso3 FROM egov.survey_score WHERE NOT assessed AND egdi_rank IS NULL ORDER BY survey_year, iso3$$,
  $$VALUES ('MNE'), ('SSD'), ('MNE'), ('SSD'), ('MNE'), ('SSD'), ('SSD'), ('SSD')$$,
  'unranked: Montenegro and South Sudan 2003-2005, South Sudan 2008 and 2010');
SELECT is((SELECT count(*)::int FROM egov.survey_score WHERE hci > 1), 2,
          'two HCI values above 1 (2003 source errors), kept as published');

-- the checks refuse what the published data does not need
SELECT throws_ok($$UPDATE egov.survey_score SET hci = 1.03 WHERE survey_year = 2003 AND iso3 = 'IRL'$$,
                 '23514', NULL, 'HCI above 1 refused outside the two 2003 source errors');
SELECT throws_ok($$UPDATE egov.survey_score SET source_note = NULL WHERE survey_year = 2003 AND iso3 = 'FSM'$$,
                 '23514', NULL, 'the 2003 HCI source error must stay flagged');
SELECT throws_ok($$UPDATE egov.survey_score SET osi = 1.0001 WHERE survey_year = 2022 AND iso3 = 'DNK'$$,
                 '23514', NULL, 'OSI above 1 refused');
SELECT throws_ok($$INSERT INTO egov.country (iso3, name, region, subregion) VALUES ('xx1', 'X', 'Asia', 'Y')$$,
                 '23514', NULL, 'ISO3 must be three capitals');
SELECT throws_ok($$INSERT INTO egov.survey_score (survey_year, iso3) VALUES (2022, 'ZZZ')$$,
                 '23503', NULL, 'a score needs a known country');

SELECT * FROM finish();
ROLLBACK;
