-- A component index (TII, HCI ...) from raw indicators, the UN recipe in one
-- window function: z-scores, weighted mean, min-max to [0, 1].

CREATE FUNCTION @extschema@.composite(indicators float8[], weights float8[] DEFAULT NULL)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_composite'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite(float8[], float8[]) IS
'Window function: z-score each indicator over the partition (sample '
'deviation; a constant indicator gives 0), take the weighted mean of the '
'z-scores (weights normalised to sum 1, NULL = equal), min-max it over the '
'partition to [0, 1]; a row with a NULL indicator gives NULL and is left out; '
'bad arrays or weights raise 22023 naming the row';
