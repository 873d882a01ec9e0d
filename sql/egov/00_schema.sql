-- The extension's schema is created by CREATE EXTENSION (egov.control sets
-- schema = egov); every role may use what is in it.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
