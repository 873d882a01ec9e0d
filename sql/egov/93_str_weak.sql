-- A unit's strengths and weaknesses: its best- and worst-ranked indicators
-- within the partition (COINr get_str_weak), as window functions returning
-- the indicators' numbers (src/str_weak.c).

CREATE FUNCTION @extschema@.strengths(indicators float8[], n int DEFAULT 3)
RETURNS int[]
AS 'MODULE_PATHNAME', 'egov_strengths'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.strengths(float8[], int) IS
'Window function (COINr get_str_weak, strengths): the 1-based numbers of the row''s n '
'indicators with the best ranks within the partition, best first. Each indicator ranks '
'the rows where it is present, highest value first, ties sharing the best rank (1 + the '
'number of rows with a greater value); equal ranks go by indicator number. An indicator '
'NULL on the row, or with fewer than two distinct values in the partition, is not listed, '
'so fewer than n may come back; a NULL array gives NULL. Arrays of different lengths, '
'non-finite values, n < 1 or n varying over the partition raise 22023; the window''s '
'ORDER BY and frame are ignored';

CREATE FUNCTION @extschema@.weaknesses(indicators float8[], n int DEFAULT 3)
RETURNS int[]
AS 'MODULE_PATHNAME', 'egov_weaknesses'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.weaknesses(float8[], int) IS
'Window function (COINr get_str_weak, weaknesses): the 1-based numbers of the row''s n '
'indicators with the worst ranks within the partition, worst first; ranks, ties, NULLs, '
'constant indicators and errors as for egov.strengths';
