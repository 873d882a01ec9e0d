-- The check of 01_schema_guard.sql once more, at the end of the script:
-- an object put into schema egov while the script ran (before it took the
-- schema over) is refused as well.
SELECT @extschema@._schema_check();
