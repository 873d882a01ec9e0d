-- Errors of egov's PL/pgSQL functions raised again with a short CONTEXT
-- (src/reraise.c says why).

CREATE FUNCTION @extschema@._reraise(sqlstate text, message text, detail text, hint text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'egov_reraise'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._reraise(text, text, text, text) IS
'Helper of egov''s PL/pgSQL functions: raises the error sqlstate with message, detail and hint '
'(empty: none), so that a caught error reaches the user with only the calling function '
'as CONTEXT.  Always raises (the boolean result, never returned, lets an assignment call it); '
'a sqlstate that is no error''s raises 22023.  STRICT like every C function of egov: callers pass '
'SQLSTATE, SQLERRM and the fields of GET STACKED DIAGNOSTICS, which are never NULL';
