-- egov.composite gained the argument power (for method 'generalised_mean'):
-- the five-argument function is replaced (an overload would make
-- composite(x) ambiguous).
DROP FUNCTION @extschema@.composite(pg_catalog.float8[], pg_catalog.float8[], pg_catalog.text,
                                    pg_catalog.bool, pg_catalog.text);
