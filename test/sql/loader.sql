-- egov.import_un_csv: one UN Data-Center export, all or nothing.
CREATE EXTENSION egov;

-- The state of the survey tables, to prove that a refused file changed nothing.
CREATE FUNCTION pg_temp.fingerprint()
RETURNS text LANGUAGE sql AS $$
	SELECT format('%s scores, %s editions, %s aliases, %s withdrawn, md5 %s',
		(SELECT count(*) FROM egov.survey_score),
		(SELECT count(*) FROM egov.edition),
		(SELECT count(*) FROM egov.country_alias),
		(SELECT count(*) FROM egov.withdrawn_bundled_row),
		(SELECT left(md5(string_agg(s::text, '|' ORDER BY survey_year, iso3)), 12)
		   FROM egov.survey_score AS s))
$$;
-- An import's result (rows stored), or its SQLSTATE and message.
\i test/sql/include/try.sql

\set csv2022 `cat data/un-desa/EGOV_DATA_2022.csv`
\set csv2003 `cat data/un-desa/EGOV_DATA_2003.csv`
SELECT pg_temp.fingerprint() AS bundled \gset
SELECT :'bundled';

-- Each bad file is refused with its SQLSTATE and a message naming line,
-- column and value, and the tables stay exactly as they were.
CREATE TEMP TABLE bad (what text, csv text);
INSERT INTO bad VALUES
 ('unknown country', replace(:'csv2022', '"Ireland "', '"Atlantis"')),
 ('value above 1', replace(:'csv2022', '0.85670,0.68180,0.77960', '0.85670,0.68180,1.77960')),
 ('negative value', replace(:'csv2022', '0.85670,0.68180,0.77960', '0.85670,-0.1,0.77960')),
 ('not a number', replace(:'csv2022', '0.85670,0.68180,0.77960', '0.85670,abc,0.77960')),
 ('NaN', replace(:'csv2022', '0.85670,0.68180,0.77960', '0.85670,NaN,0.77960')),
 ('Infinity', replace(:'csv2022', '0.85670,0.68180,0.77960', 'Infinity,0.68180,0.77960')),
 ('HCI above 1 outside the 2003 source errors',
  replace(:'csv2003', '"Ireland ",17,0.69651,0.58620,0.61572,0.96000', '"Ireland ",17,0.69651,0.58620,0.61572,1.422')),
 ('duplicated country (another spelling)', :'csv2022' || E'\n2022,"  IRELAND",30,0.85670,0.68180,0.77960,0.96180,0.82870'),
 ('missing column', replace(:'csv2022', ',Human Capital Index', ',Human Capital')),
 ('column twice', replace(:'csv2022', ',Human Capital Index', ',Online Service Index')),
 ('mixed survey years', replace(:'csv2022', '2022,"Ireland "', '2020,"Ireland "')),
 ('survey year not a year', replace(:'csv2022', '2022,"Ireland "', '22,"Ireland "')),
 ('survey year before the first survey', replace(:'csv2022', '2022,"Ireland "', '1999,"Ireland "')),
 ('unterminated quote', :'csv2022' || E'\n2022,"Nowhere,1,0.5,0.5,0.5,0.5,0.5\n'),
 ('text after a closing quote', replace(:'csv2022', '"Ireland "', '"Ireland"x')),
 ('quote inside a field', replace(:'csv2022', '"Ireland "', 'Ire"land')),
 ('too few fields', replace(:'csv2022', '"Ireland ",30,', '"Ireland ",')),
 ('too many fields', replace(:'csv2022', '"Ireland ",30,', '"Ireland ",30,30,')),
 ('rank not a number', replace(:'csv2022', '"Ireland ",30,', '"Ireland ",thirty,')),
 ('rank 0', replace(:'csv2022', '"Ireland ",30,', '"Ireland ",0,')),
 ('empty country name', replace(:'csv2022', '"Ireland "', '" "')),
 ('header only', split_part(:'csv2022', E'\n', 1)),
 ('empty text', ''),
 ('NULL', NULL);

SELECT what, pg_temp.try(format('SELECT egov.import_un_csv(%L)', csv)) AS result, pg_temp.fingerprint() = :'bundled' AS unchanged
  FROM bad ORDER BY what COLLATE "C";

-- the same, uncaught: the error as psql shows it, with its hint
\set SHOW_CONTEXT never
SELECT egov.import_un_csv(replace(:'csv2022', '"Ireland "', '"Atlantis"'));
SELECT egov.import_un_csv(replace(:'csv2022', 'Human Capital Index', 'Human Capital'));
SELECT pg_temp.fingerprint() = :'bundled' AS unchanged;

-- Re-importing a year replaces its rows: same content, no duplicates, and
-- the rows become user rows (the bundled ones are recorded as withdrawn).
SELECT md5(string_agg(s::text, '|' ORDER BY iso3)) AS before_2022
  FROM (SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note
          FROM egov.survey_score WHERE survey_year = 2022) AS s \gset
SELECT egov.import_un_csv(:'csv2022') AS stored;
SELECT egov.import_un_csv(:'csv2022') AS stored_again;
SELECT count(*) AS rows_2022, count(*) FILTER (WHERE bundled) AS bundled
  FROM egov.survey_score WHERE survey_year = 2022;
SELECT count(*) AS withdrawn FROM egov.withdrawn_bundled_row;
SELECT md5(string_agg(s::text, '|' ORDER BY iso3)) = :'before_2022' AS same_content
  FROM (SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note
          FROM egov.survey_score WHERE survey_year = 2022) AS s;

-- A CRLF file with a byte-order mark, columns in another order and an
-- extra column loads the same values.
SELECT md5(string_agg(s::text, '|' ORDER BY iso3)) AS before_2018
  FROM (SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii
          FROM egov.survey_score WHERE survey_year = 2018) AS s \gset
\set csv2018 `cat data/un-desa/EGOV_DATA_2018.csv`
SELECT egov.import_un_csv(E'\uFEFF' || replace(:'csv2018', E'\n', E'\r\n')) AS crlf_bom;
SELECT md5(string_agg(s::text, '|' ORDER BY iso3)) = :'before_2018' AS same_2018
  FROM (SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii
          FROM egov.survey_score WHERE survey_year = 2018) AS s;
SELECT egov.import_un_csv(
	(SELECT string_agg(concat_ws(',', f[8], f[7], '"extra, ignored"', f[6], f[5], f[4], f[3], quote_ident(f[2]), f[1]),
					   E'\r\n' ORDER BY line_no)
	   FROM egov.csv_records(:'csv2018') AS r(line_no, f))) AS reordered;
SELECT md5(string_agg(s::text, '|' ORDER BY iso3)) = :'before_2018' AS same_2018
  FROM (SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii
          FROM egov.survey_score WHERE survey_year = 2018) AS s;

-- Spellings: aliases, accents, case and spaces resolve; users add aliases.
SELECT n, egov.country_iso3(n)
  FROM unnest(ARRAY['Türkiye', 'Turkey', 'North Macedonia',
		'The former Yugoslav Republic of Macedonia', 'Côte d''Ivoire', 'Cote d''Ivoire',
		'COTE D’IVOIRE ', 'Viet Nam', 'Vietnam', '  viet   nam ', 'Iraq ',
		'Sao Tome and Principe', 'United Republic of Tanzania', 'Atlantis']) AS n;
INSERT INTO egov.country_alias (alias, iso3) VALUES ('Éire', 'IRL');
SELECT alias, alias_key, iso3, bundled FROM egov.country_alias WHERE iso3 = 'IRL';
SELECT egov.import_un_csv(E'Survey Year,Country Name,E-Government Rank,E-Government Index,'
	'E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	'2024,EIRE,1,0.9,0.8,0.9,0.9,0.9\n'
	'2024,Turkey,2,0.8,0.8,0.8,0.8,0.8\n'
	'2024,Cote d''Ivoire,3,0.5,0.5,0.5,0.5,0.5\n'
	'2024,Vietnam,,,,,,\n') AS stored_2024;
SELECT * FROM egov.edition WHERE survey_year = 2024;
SELECT survey_year, iso3, egdi_rank, egdi, osi, assessed, bundled
  FROM egov.survey_score WHERE survey_year = 2024 ORDER BY iso3;
-- an alias that names the same key twice is a duplicate
INSERT INTO egov.country_alias (alias, iso3) VALUES ('EIRE ', 'GBR');

-- The 2003 source errors are kept as published, and flagged.
SELECT survey_year, iso3, hci, egdi, source_note FROM egov.survey_score
 WHERE source_note IS NOT NULL ORDER BY 1, 2;
-- ... and the table refuses any other HCI above 1.
UPDATE egov.survey_score SET hci = 1.03 WHERE survey_year = 2003 AND iso3 = 'IRL';
UPDATE egov.survey_score SET hci = 1.5 WHERE survey_year = 2003 AND iso3 = 'TUV';

-- The row checks run set-based: the first problem by line wins, and within a
-- line the first in the order of the columns' checks (year, country, rank,
-- EGDI .. TII, Assessed), whatever the order the problems are found in.
SELECT pg_temp.try(format('SELECT egov.import_un_csv(%L)', E'Survey Year,Country Name,E-Government Rank,E-Government Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	'2022,Denmark,1,0.9,0.9,0.9,0.9\n'
	'2022,Finland,x,2,0.9,0.9,0.9\n'
	'20x2,Norway,3,0.9,0.9,0.9,0.9\n')) AS problem_order;
SELECT pg_temp.try(format('SELECT egov.import_un_csv(%L)', E'Survey Year,Country Name,E-Government Rank,E-Government Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	'2022,Denmark,1,0.9,abc,0.9,0.9\n'
	'2022,Finland,2,1.5,0.9,0.9,0.9\n')) AS number_before_range;
SELECT pg_temp.try(format('SELECT egov.import_un_csv(%L)', E'Survey Year,Country Name,E-Government Rank,E-Government Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	'2022,Denmark,1,1.5,abc,0.9,0.9\n')) AS column_order;

DROP EXTENSION egov;
