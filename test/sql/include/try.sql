-- pg_temp.try(statement): runs a statement that returns rows and gives
-- 'ok ' and the first column of its first row, or, if it raises, the
-- SQLSTATE and the message: a refusal shows as one line with its code.
-- Included by the regression tests (\i test/sql/include/try.sql).
CREATE FUNCTION pg_temp.try(statement text) RETURNS text
LANGUAGE plpgsql AS $try$
DECLARE
	result text;
BEGIN
	EXECUTE statement INTO result;
	RETURN 'ok ' || coalesce(result, '(null)');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END
$try$;
