-- Every table of the survey's figures that egov holds, in each shape it is
-- published in, loads with default arguments (plus survey_year where the
-- file has no year column) and equals the bundled rows: the Data-Center
-- exports 2003-2024 (data/un-desa), the export with a Region column, and
-- UNU-EGOV's ISO3-coded tables 2010-2018 with their float noise
-- (test/data, see its NOTICE.md).
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never
SET client_min_messages = warning;
CREATE TEMP TABLE bundled AS
SELECT survey_year, iso3, egdi_rank, egdi, epi, osi, hci, tii, assessed, source_note
  FROM egov.survey_score;
CREATE TEMP TABLE loaded (file text, survey_year integer, stored integer);

-- load FILE CSV YEAR [PASS_YEAR]: import it (passing survey_year if
-- asked), and record the edition it stored
CREATE FUNCTION pg_temp.load(file text, csv text, year integer, pass_year boolean DEFAULT false) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO loaded
	VALUES (file, year, CASE WHEN pass_year THEN egov.import_un_csv(csv, survey_year => year)
							 ELSE egov.import_un_csv(csv) END)
$$;
\set f 'data/un-desa/EGOV_DATA_2003.csv'
\set csv `cat data/un-desa/EGOV_DATA_2003.csv`
SELECT pg_temp.load(:'f', :'csv', 2003);
\set f 'data/un-desa/EGOV_DATA_2004.csv'
\set csv `cat data/un-desa/EGOV_DATA_2004.csv`
SELECT pg_temp.load(:'f', :'csv', 2004);
\set f 'data/un-desa/EGOV_DATA_2005.csv'
\set csv `cat data/un-desa/EGOV_DATA_2005.csv`
SELECT pg_temp.load(:'f', :'csv', 2005);
\set f 'data/un-desa/EGOV_DATA_2008.csv'
\set csv `cat data/un-desa/EGOV_DATA_2008.csv`
SELECT pg_temp.load(:'f', :'csv', 2008);
\set f 'data/un-desa/EGOV_DATA_2010.csv'
\set csv `cat data/un-desa/EGOV_DATA_2010.csv`
SELECT pg_temp.load(:'f', :'csv', 2010);
\set f 'data/un-desa/EGOV_DATA_2012.csv'
\set csv `cat data/un-desa/EGOV_DATA_2012.csv`
SELECT pg_temp.load(:'f', :'csv', 2012);
\set f 'data/un-desa/EGOV_DATA_2014.csv'
\set csv `cat data/un-desa/EGOV_DATA_2014.csv`
SELECT pg_temp.load(:'f', :'csv', 2014);
\set f 'data/un-desa/EGOV_DATA_2016.csv'
\set csv `cat data/un-desa/EGOV_DATA_2016.csv`
SELECT pg_temp.load(:'f', :'csv', 2016);
\set f 'data/un-desa/EGOV_DATA_2018.csv'
\set csv `cat data/un-desa/EGOV_DATA_2018.csv`
SELECT pg_temp.load(:'f', :'csv', 2018);
\set f 'data/un-desa/EGOV_DATA_2020.csv'
\set csv `cat data/un-desa/EGOV_DATA_2020.csv`
SELECT pg_temp.load(:'f', :'csv', 2020);
\set f 'data/un-desa/EGOV_DATA_2022.csv'
\set csv `cat data/un-desa/EGOV_DATA_2022.csv`
SELECT pg_temp.load(:'f', :'csv', 2022);
\set f 'data/un-desa/EGOV_DATA_2024.csv'
\set csv `cat data/un-desa/EGOV_DATA_2024.csv`
SELECT pg_temp.load(:'f', :'csv', 2024);

-- the editions loaded against the bundled rows: equal, differing, and
-- differing beyond a value left empty where the bundled row has 0 (UNU-EGOV
-- leaves empty the HCI of nine countries the 2010 edition did not assess,
-- and every value of South Sudan, which the Data-Center writes as 0)
CREATE FUNCTION pg_temp.compare()
RETURNS TABLE (file text, survey_year integer, stored integer, equal bigint, differ bigint, differ_beyond_empty_for_0 bigint)
LANGUAGE sql AS $$
	SELECT l.file, l.survey_year, l.stored,
		   count(*) FILTER (WHERE (s.egdi_rank, s.egdi, s.epi, s.osi, s.hci, s.tii, s.assessed, s.source_note)
								  IS NOT DISTINCT FROM
								  (b.egdi_rank, b.egdi, b.epi, b.osi, b.hci, b.tii, b.assessed, b.source_note)),
		   count(*) FILTER (WHERE (s.egdi_rank, s.egdi, s.epi, s.osi, s.hci, s.tii, s.assessed, s.source_note)
								  IS DISTINCT FROM
								  (b.egdi_rank, b.egdi, b.epi, b.osi, b.hci, b.tii, b.assessed, b.source_note)),
		   count(*) FILTER (WHERE (s.egdi_rank, coalesce(s.egdi, 0), coalesce(s.epi, 0), coalesce(s.osi, 0),
								   coalesce(s.hci, 0), coalesce(s.tii, 0), s.assessed, s.source_note)
								  IS DISTINCT FROM
								  (b.egdi_rank, b.egdi, b.epi, b.osi, b.hci, b.tii, b.assessed, b.source_note))
	  FROM loaded AS l
	  JOIN egov.survey_score AS s ON s.survey_year = l.survey_year
	  FULL JOIN bundled AS b ON b.survey_year = s.survey_year AND b.iso3 = s.iso3
	 WHERE b.survey_year IS NULL OR b.survey_year IN (SELECT survey_year FROM loaded)
	 GROUP BY l.file, l.survey_year, l.stored
$$;
SELECT * FROM pg_temp.compare() ORDER BY survey_year;

-- the other shapes: the export with a Region column, and UNU-EGOV's tables
TRUNCATE loaded;
\set f 'test/data/un-desa/EGOV_WITH_REGIONS_DATA_2022.csv'
\set csv `cat test/data/un-desa/EGOV_WITH_REGIONS_DATA_2022.csv`
SELECT pg_temp.load(:'f', :'csv', 2022);
\set f 'test/data/unu-egov-egdi/egdi-2010.csv'
\set csv `cat test/data/unu-egov-egdi/egdi-2010.csv`
SELECT pg_temp.load(:'f', :'csv', 2010, pass_year => true);
\set f 'test/data/unu-egov-egdi/egdi-2012.csv'
\set csv `cat test/data/unu-egov-egdi/egdi-2012.csv`
SELECT pg_temp.load(:'f', :'csv', 2012, pass_year => true);
\set f 'test/data/unu-egov-egdi/egdi-2014.csv'
\set csv `cat test/data/unu-egov-egdi/egdi-2014.csv`
SELECT pg_temp.load(:'f', :'csv', 2014, pass_year => true);
\set f 'test/data/unu-egov-egdi/egdi-2016.csv'
\set csv `cat test/data/unu-egov-egdi/egdi-2016.csv`
SELECT pg_temp.load(:'f', :'csv', 2016, pass_year => true);
\set f 'test/data/unu-egov-egdi/egdi-2018.csv'
\set csv `cat test/data/unu-egov-egdi/egdi-2018.csv`
SELECT pg_temp.load(:'f', :'csv', 2018, pass_year => true);
SELECT * FROM pg_temp.compare() ORDER BY survey_year;
-- and each edition's precision is the bundled one (float noise is none)
SELECT survey_year, egdi_decimals FROM egov.edition WHERE survey_year BETWEEN 2010 AND 2022 ORDER BY 1;

DROP EXTENSION egov;
