-- Rank uncertainty of any composite: Monte Carlo over the weights (within a
-- spread), the normalisation, the aggregation method and imputation
-- (src/rank_sim.c).  The EGDI-only egov.rank_uncertainty is unchanged.

CREATE TYPE @extschema@.composite_rank_uncertainty AS (
    nominal_rank     int,
    median_rank      int,
    rank_p05         int,
    rank_p95         int,
    p_top_k          float8,
    p_group_change   float8
);

COMMENT ON TYPE @extschema@.composite_rank_uncertainty IS
'Result of egov.composite_rank_uncertainty: a row''s rank under the nominal choices, the '
'nearest-rank median and 5-95 % band of its rank over the draws, and the shares of draws '
'that put it in the top k and in another group';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.nominal_rank IS
'Competition rank (highest composite first, ties share) under the nominal choices: the '
'given weights, the first normalisation and method, no imputation';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.median_rank IS
'Median rank over the draws (nearest rank: the ceil(draws / 2)-th smallest)';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.rank_p05 IS
'5th percentile rank over the draws (the ceil(0.05 draws)-th smallest): the best plausible rank';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.rank_p95 IS
'95th percentile rank over the draws (the ceil(0.95 draws)-th smallest): the worst plausible rank';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.p_top_k IS
'Share of draws, 0 to 1, in which the row ranks top_k or better';
COMMENT ON COLUMN @extschema@.composite_rank_uncertainty.p_group_change IS
'Share of draws, 0 to 1, in which the row''s group (bands 0.25, 0.5, 0.75 of the composite '
'min-maxed to [0, 1] over the partition, as EGDI''s groups) differs from its nominal group';

CREATE FUNCTION @extschema@.composite_rank_uncertainty(
    indicators float8[],
    weights float8[] DEFAULT NULL,
    draws int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.25,
    normalisations text[] DEFAULT '{minmax}',
    methods text[] DEFAULT '{mean}',
    vary_imputation boolean DEFAULT false,
    top_k int DEFAULT 10,
    seed int DEFAULT 1)
RETURNS @extschema@.composite_rank_uncertainty
AS 'MODULE_PATHNAME', 'egov_composite_rank_uncertainty'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite_rank_uncertainty(float8[], float8[], int, float8, text[], text[], boolean, int, int) IS
'Window function (COINr get_sensitivity, SA_type "UA"): Monte Carlo rank uncertainty of a '
'composite. Each draw (pg_prng seeded with seed) multiplies weight j by 1 + weight_spread '
'(2U - 1) and renormalises, picks a normalisation (''minmax'': 1 + 99 (x - min) / range; '
'''rank'': 1 + 99 (r - 1) / (m - 1), r the mid-rank; ''zscore''; ''none'': as given) and a method (''mean'', '
'''geometric_mean'', ''harmonic_mean'', ''median'') uniformly from the lists and, with '
'vary_imputation, fills absent values with the indicator''s mean half of the time (otherwise '
'the row''s present indicators are re-weighted); then ranks the rows. Returns the nominal '
'rank, median and 5-95 % band, P(rank <= top_k) and P(group changes); NULL for a row '
'without indicators. draws outside 1..1000000, weight_spread outside [0, 1), unknown '
'names, zscore with a geometric or harmonic mean, top_k < 1 raise 22023; over 10000 rows '
'54000; weights, lists, draws, spread, top_k and seed varying over the partition raise 22023';

CREATE FUNCTION @extschema@.composite_rank_draws(
    indicators float8[],
    weights float8[] DEFAULT NULL,
    draws int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.25,
    normalisations text[] DEFAULT '{minmax}',
    methods text[] DEFAULT '{mean}',
    vary_imputation boolean DEFAULT false,
    seed int DEFAULT 1)
RETURNS int[]
AS 'MODULE_PATHNAME', 'egov_composite_rank_draws'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.composite_rank_draws(float8[], float8[], int, float8, text[], text[], boolean, int) IS
'Window function: the draws of egov.composite_rank_uncertainty (the same draws for the same '
'arguments and seed): the row''s rank in each draw, in draw order; NULL for a row without '
'indicators; rows times draws above 100000000 raise 54000';
