-- CSV records with the line each starts on (parsed in C, src/csv.c).

CREATE FUNCTION @extschema@.csv_records(csv text, delimiter text DEFAULT ',')
RETURNS TABLE (line_no integer, fields text[])
AS 'MODULE_PATHNAME', 'egov_csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 200;

COMMENT ON FUNCTION @extschema@.csv_records(text, text) IS
'Splits CSV text into records: line_no is the line a record starts on, fields its fields '
'as written.  Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, quoted fields '
'("" inside), a last line without a line end; skips empty lines.  An unterminated quote, '
'a quote inside an unquoted field or text after a closing quote raises 22P02 naming the '
'line; a delimiter other than one ASCII character raises 22023';
