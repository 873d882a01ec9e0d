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

CREATE FUNCTION @extschema@.rank_uncertainty(
    osi float8, hci float8, tii float8,
    draws int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.1,
    seed int DEFAULT 1)
RETURNS @extschema@.rank_uncertainty
AS 'MODULE_PATHNAME', 'egov_rank_uncertainty'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_uncertainty(float8, float8, float8, int, float8, int) IS
'Window function, one partition per edition: draws Monte Carlo samples of the OSI, HCI, '
'TII weights, each uniform on [1/3 - weight_spread, 1/3 + weight_spread] then renormalised '
'to sum 1 (pg_prng seeded with seed, so deterministic); per draw every country''s EGDI and '
'competition rank (ties share) are recomputed; returns the nearest-rank median, 5th and 95th '
'percentile rank and the share of draws in the equal-weight EGDI group. A NULL component '
'gives NULL and leaves the row out of the ranking; a component outside [0, 1] raises 22003; '
'draws outside 1..1000000, weight_spread outside [0, 1/3], NULL or varying parameters raise 22023';
