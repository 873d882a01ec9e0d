-- egov.rank_uncertainty takes a seventh argument, decimals (the edition's
-- published precision): the 0.4.0 function of six is dropped so that a call
-- with six arguments resolves to the new one (no view depends on it;
-- rank_uncertainty_edition calls it by name at run time).
DROP FUNCTION @extschema@.rank_uncertainty(float8, float8, float8, int, float8, int);
