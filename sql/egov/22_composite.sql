-- A composite index from each row's indicators, in one window function: the
-- UN recipe (z-scores, weighted mean), a weighted arithmetic or geometric
-- mean of the indicators as given; min-maxed to [0, 1] or not; NULL
-- indicators dropped, refused or re-weighted.  Also the harmonic,
-- generalised (power) and median aggregations, and the pairwise Copeland
-- score (src/composite_means.c, src/copeland.c).

CREATE FUNCTION @extschema@.composite(indicators float8[], weights float8[] DEFAULT NULL,
                                      method text DEFAULT 'zscore_mean',
                                      minmax boolean DEFAULT true,
                                      missing text DEFAULT 'drop',
                                      power float8 DEFAULT NULL)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_composite'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite(float8[], float8[], text, boolean, text, float8) IS
'Window function: a composite index over the partition. method ''zscore_mean'' '
'(alias ''arithmetic''; the UN recipe, the default) z-scores each indicator '
'(sample deviation; a constant indicator gives 0) and takes the weighted mean '
'of the z-scores: it re-standardises its inputs; ''mean'' is the weighted '
'arithmetic mean and ''geometric_mean'' (alias ''geometric'', COINr a_gmean) '
'the weighted geometric mean of the indicators as given (which must then be '
'positive, 22023 otherwise); ''harmonic_mean'' (COINr a_hmean) and '
'''generalised_mean'' with power p (COINr a_genmean; p = 0: geometric, -1: '
'harmonic) the weighted power mean (sum w x^p / sum w)^(1/p) of positive '
'indicators; ''median'' the weighted median (the value where the cumulative '
'weight reaches one half, the mean of two values when it meets exactly '
'there); ''copeland'' (COINr a_copeland) the number of rows a row outranks '
'minus the number that outrank it, row i outranking row j when the weight '
'of the indicators (present in both) on which i is greater exceeds that on '
'which it is smaller (same weights on every row; at most 100000 rows, 54000 '
'otherwise). power must be NULL for every other method, |p| <= 1e6 (22003). Weights are normalised to sum 1, NULL = equal. '
'minmax (default true) min-maxes the result over the partition to [0, 1] '
'(NULL when it does not vary); false returns it as it is. missing: ''drop'' '
'(default) gives a row with a NULL array or indicator NULL and leaves it out; '
'''error'' raises 22004; ''reweight'' uses the present indicators with their '
'weights renormalised (z-scores over the rows where each is present). Bad '
'arrays, weights or options raise 22023; ''zscore_mean'' over more than 100000 '
'indicators raises 54000';
