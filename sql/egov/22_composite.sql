-- A component index (TII, HCI ...) from raw indicators, the UN recipe in one
-- window function: z-scores, weighted mean, min-max to [0, 1]; or the
-- weighted geometric mean of positive indicators, min-max to [0, 1].

CREATE FUNCTION @extschema@.composite(indicators float8[], weights float8[] DEFAULT NULL,
                                      method text DEFAULT 'arithmetic')
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_composite'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite(float8[], float8[], text) IS
'Window function: a composite index over the partition, min-maxed to [0, 1]. '
'method ''arithmetic'' (the UN recipe): z-score each indicator (sample '
'deviation; a constant indicator gives 0), take the weighted mean of the '
'z-scores; method ''geometric'' (COINr a_gmean): the weighted geometric mean of '
'the indicators as given, which must all be positive (22023 naming the row, '
'the indicator and its value otherwise). Weights are normalised to sum 1, NULL '
'= equal; a row with a NULL indicator gives NULL and is left out; NULL when the '
'composite does not vary; bad arrays or weights, a NULL or unknown method raise '
'22023';
