-- Numeric sort keys for the reporting views' group and class labels: BI
-- tools and pandas read an enum or a class code as text and sort it
-- alphabetically (High, Low, Middle, Very High), so every label column of a
-- view has an integer beside it that sorts like the label.  Both keys grow
-- with the EGDI, as egov.level's order and level_change do.

CREATE FUNCTION @extschema@._level_order(level @extschema@.level)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.array_position(pg_catalog.enum_range(NULL::@extschema@.level), level);

COMMENT ON FUNCTION @extschema@._level_order(@extschema@.level) IS
'View helper: sort key of an EGDI group, 1 = Low, 2 = Middle, 3 = High, 4 = Very High';

CREATE FUNCTION @extschema@._rating_class_order(rating_class text)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.array_position(
	ARRAY['L1', 'L2', 'L3', 'LM', 'M1', 'M2', 'M3', 'MH',
		  'H1', 'H2', 'H3', 'HV', 'V1', 'V2', 'V3', 'VH']::text[], rating_class);

COMMENT ON FUNCTION @extschema@._rating_class_order(text) IS
'View helper: sort key of a rating class (egov.rating_class), 1 = L1 (lowest) to 16 = VH '
'(highest); NULL for a text that is no class';
