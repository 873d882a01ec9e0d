-- CSV errors name the right line and whole characters, and say when the
-- file uses another delimiter.
CREATE EXTENSION egov;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- a quote left open on line 2 is reported on line 2, not where it closes
SELECT * FROM egov.csv_records(E'a,b\n"open,1\n"next",2\n');
SELECT * FROM egov.csv_records(E'a,b\n1,2\n"never closed,3\n4,5\n');
-- a multi-byte character after a closing quote is quoted whole
SELECT * FROM egov.csv_records(E'a,b\n"x"é,1\n');
SELECT * FROM egov.csv_records(E'a,b\n"x"\u20ac,1\n');
-- ... so the message converts to any client encoding
\i test/sql/include/try.sql
SELECT convert_from(convert_to(
	pg_temp.try($$SELECT count(*) FROM egov.csv_records(E'a,b\n"x"éé,1\n')$$),
	'WIN1252'), 'WIN1252') AS message;
-- a semicolon-separated file read with the comma: a word about the delimiter
SELECT * FROM egov.csv_records(E'a;b\n2022;"Ireland";3\n');
SELECT * FROM egov.csv_records(E'a\tb\n2022\t"Ireland"\t3\n');
-- with its delimiter it reads
SELECT * FROM egov.csv_records(E'a;b\n2022;"Ireland";3\n', ';');

-- a record of more fields than any survey file has: 54000 with its line,
-- not an allocation error (100000 fields pass, one more does not)
SELECT line_no, array_length(fields, 1) AS fields
FROM egov.csv_records(E'a\n' || repeat(',', 99999) || E'\n');
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records(E'a\nb\n' || repeat(',', 100000))$$);

-- what a message quotes from the file is shown as egov.visible_text shows
-- it: a line end, a zero-width or a combining character is <U+XXXX>
SELECT pg_temp.try($$SELECT egov.csv_records('a', E'\n')$$);
SELECT pg_temp.try($$SELECT egov.csv_records(E'a\n"x"\u0301,1\n')$$);
SELECT pg_temp.try($$SELECT egov.import_cities(E'Country,City,Population\nDNK,Aarhus,1\u200B\n')$$);
SELECT pg_temp.try($$SELECT egov.import_cities(E'Country,City\nAtlantis\u0301,Aarhus\n')$$);
SELECT pg_temp.try($$SELECT egov.import_cities(E'Country\u200B;City\nDNK;Aarhus\n')$$);

-- every loader says the same about a semicolon header
SELECT egov.import_cities(E'Country;City\nDNK;Aarhus');

-- the growth of the loaders is tested by suite 48-loader-growth (time per
-- row at 10^3, 10^4 and 10^5 rows); here, that a large file of repeats is
-- refused at its first repeat by line
SELECT egov.import_cities(E'Country,City\n' ||
  (SELECT string_agg(format('DNK,Town %s', i % 3000), E'\n' ORDER BY i) FROM generate_series(1, 5000) AS i));

DROP EXTENSION egov;
