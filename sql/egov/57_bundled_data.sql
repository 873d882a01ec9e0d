-- The bundled data: the UNU-EGOV country list, the spellings of the UN
-- exports that differ from it, and the eleven UN DESA Data-Center exports
-- 2003-2022 (2024 follows in 59_bundled_2024.sql), loaded through
-- egov.import_un_csv like any user file.
-- Each "@data:" token (path, closing at-sign) is replaced by make with the
-- file's bytes as a dollar-quoted literal (see the Makefile).  Source and
-- attribution of the data: data/NOTICE.md.

INSERT INTO @extschema@.country
	(iso3, name, official_name, region, subregion, income_group, development_status)
SELECT pg_catalog.btrim(r.fields[1]),
	   pg_catalog.btrim(r.fields[2]),
	   -- one official name has a doubled space ("United Republic  of Tanzania"):
	   -- spaces made one as the loaders make them (54_csv.sql)
	   @extschema@._csv_name(r.fields[3]),
	   pg_catalog.btrim(r.fields[4]),
	   pg_catalog.btrim(r.fields[5]),
	   pg_catalog.btrim(r.fields[6]),
	   pg_catalog.btrim(r.fields[7])
  FROM @extschema@.csv_records(@data:data/unu-egov/countries-data_EN.csv@, ';') AS r
 WHERE r.line_no > 1
   -- the file ends with an empty ";;;;;;" line
   AND pg_catalog.btrim(pg_catalog.array_to_string(r.fields, '')) <> '';

-- Spellings that neither the common nor the official name covers: the UN
-- exports' names, former names and ISO 3166 forms.  Accents, case and
-- spaces need no alias (egov.country_key folds them).
INSERT INTO @extschema@.country_alias (alias, iso3) VALUES
	('Bolivia (Plurinational State of)', 'BOL'),
	('Bolivia, Plurinational State of', 'BOL'),
	('Cape Verde', 'CPV'),
	('Congo, Democratic Republic of the', 'COD'),
	('Czech Republic', 'CZE'),
	('Gambia', 'GMB'),
	('Georgia (Country)', 'GEO'),
	('Iran (Islamic Republic of)', 'IRN'),
	('Iran, Islamic Republic of', 'IRN'),
	('Ivory Coast', 'CIV'),
	('Korea, Democratic People''s Republic of', 'PRK'),
	('Korea, Republic of', 'KOR'),
	('Micronesia (Federated States of)', 'FSM'),
	('Micronesia, Federated States of', 'FSM'),
	('Moldova, Republic of', 'MDA'),
	('Netherlands (Kingdom of the)', 'NLD'),
	('Swaziland', 'SWZ'),
	('Tanzania, United Republic of', 'TZA'),
	('The former Yugoslav Republic of Macedonia', 'MKD'),
	('Türkiye', 'TUR'),
	('Venezuela (Bolivarian Republic of)', 'VEN'),
	('Venezuela, Bolivarian Republic of', 'VEN'),
	('Vietnam', 'VNM');

SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2003.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2004.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2005.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2008.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2010.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2012.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2014.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2016.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2018.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2020.csv@);
SELECT @extschema@.import_un_csv(@data:data/un-desa/EGOV_DATA_2022.csv@);
