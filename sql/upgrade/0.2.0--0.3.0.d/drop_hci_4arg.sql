-- egov.hci gained a fifth argument, weights (an open point of the method):
-- the four-argument function is replaced (an overload would make hci(a, b, c, d)
-- ambiguous).
DROP FUNCTION @extschema@.hci(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8);
