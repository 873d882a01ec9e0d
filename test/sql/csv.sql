-- egov.csv_records: the CSV splitter under the loader.
CREATE EXTENSION egov;

-- quoted fields, "" inside quotes, a delimiter and a line end inside quotes
SELECT * FROM egov.csv_records(E'a,b,c\n"x, y","say ""hi""","two\nlines"\n1,,3');
-- BOM dropped, CRLF and a lone CR end records, empty lines skipped, no final line end
SELECT * FROM egov.csv_records(E'\uFEFFh1;h2\r\n\r\nv1;v2\rw1;w2', ';');
-- spaces kept as written; a trailing delimiter gives an empty last field
SELECT * FROM egov.csv_records(E' a , b ,\n');
-- nothing at all
SELECT count(*) FROM egov.csv_records('');
SELECT count(*) FROM egov.csv_records(E'\n\r\n');
SELECT * FROM egov.csv_records(NULL);

-- errors as SQLSTATE and message
\i test/sql/include/try.sql
-- not CSV: 22P02 naming the line and field
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records(E'a,b\n1,"open\n2,3\n')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records(E'a,b\n1,2\n3,"x"y\n')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records(E'a,b\n1,2\n3,x"y\n')$$);
-- the delimiter must be one ASCII character, not a quote or a line end: 22023
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records('a', ',,')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records('a', '"')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records('a', '')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov.csv_records('a', E'\n')$$);

-- the loaders' helper egov._csv_columns: the wanted columns in the order
-- wanted names them, found by header name (any case, either spelling of
-- "A|B"), NULL for an absent optional column, empty lines skipped
SELECT * FROM egov._csv_columns(E'City, NATION ,Extra\nOslo,NOR,x\n\nBergen,NOR,y\n',
                                ',', ARRAY['Country|Nation', 'City', 'Population'], ARRAY['Population']);
-- and the errors of the header and the body
SELECT pg_temp.try($$SELECT count(*) FROM egov._csv_columns(E'City\nOslo\n', ',', ARRAY['Country', 'City'], '{}')$$);
SELECT pg_temp.try($$SELECT count(*) FROM egov._csv_columns(E'Country,City\nNOR\n', ',', ARRAY['Country', 'City'], '{}')$$);

DROP EXTENSION egov;
