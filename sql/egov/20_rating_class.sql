-- Rating classes (UN E-Government Survey, 2020 on) as a window function over
-- one edition's countries.

CREATE FUNCTION @extschema@.rating_class(egdi float8)
RETURNS text
AS 'MODULE_PATHNAME', 'egov_rating_class'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rating_class(float8) IS
'Window function, used as rating_class(egdi) OVER (PARTITION BY edition): '
'the rating class VH V3 V2 V1, HV H3 H2 H1, MH M3 M2 M1 or LM L3 L2 L1 - '
'within each EGDI group the countries by EGDI descending split into quarters '
'by count like ntile(4), ties to the higher class; independent of the '
'window''s ORDER BY; NULL for a NULL EGDI (not counted); an EGDI outside '
'[0, 1] or NaN raises 22003';
