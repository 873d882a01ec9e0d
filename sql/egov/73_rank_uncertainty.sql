-- Monte Carlo rank uncertainty under perturbed component weights.

CREATE TYPE @extschema@.rank_uncertainty AS (
    median_rank          int,
    rank_p05             int,
    rank_p95             int,
    share_in_same_level  float8
);

COMMENT ON TYPE @extschema@.rank_uncertainty IS
'Result of egov.rank_uncertainty: nearest-rank median, 5th and 95th percentile of a '
'country''s competition rank over the Monte Carlo draws, and the share of draws that '
'leave it in its equal-weight EGDI group';
COMMENT ON COLUMN @extschema@.rank_uncertainty.median_rank IS
'Median competition rank over the draws (nearest rank: the ceil(draws / 2)-th smallest)';
COMMENT ON COLUMN @extschema@.rank_uncertainty.rank_p05 IS
'5th percentile rank over the draws (nearest rank: the ceil(0.05 draws)-th smallest): '
'the best rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty.rank_p95 IS
'95th percentile rank over the draws (nearest rank: the ceil(0.95 draws)-th smallest): '
'the worst rank plausible weights give';
COMMENT ON COLUMN @extschema@.rank_uncertainty.share_in_same_level IS
'Share of draws, 0 to 1, in which the country stays in its EGDI group at equal weights';

-- The window function that returns it: 73_rank_uncertainty_decimals.sql.
