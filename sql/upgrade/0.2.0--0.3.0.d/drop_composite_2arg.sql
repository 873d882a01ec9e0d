-- egov.composite gained a third argument, method: the two-argument function
-- is replaced (an overload would make composite(x) ambiguous).
DROP FUNCTION @extschema@.composite(pg_catalog.float8[], pg_catalog.float8[]);
