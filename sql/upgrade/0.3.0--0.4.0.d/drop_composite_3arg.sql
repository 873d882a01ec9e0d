-- egov.composite gained the arguments minmax and missing: the three-argument
-- function is replaced (an overload would make composite(x) ambiguous).
DROP FUNCTION @extschema@.composite(pg_catalog.float8[], pg_catalog.float8[], pg_catalog.text);
