-- egov.rank_uncertainty, the Monte Carlo window function of result type
-- egov.rank_uncertainty (73_rank_uncertainty.sql).  decimals, the edition's
-- published precision, ranks each draw's EGDIs as the views rank them: with
-- weight_spread 0 the ranks are the published ones, ties included.  (Its own
-- file: it re-runs on update, after the 6-argument function of 0.4.0 is
-- dropped.)

CREATE OR REPLACE FUNCTION @extschema@.rank_uncertainty(
    osi float8, hci float8, tii float8,
    draws int DEFAULT 1000,
    weight_spread float8 DEFAULT 0.1,
    seed int DEFAULT 1,
    decimals int DEFAULT NULL)
RETURNS @extschema@.rank_uncertainty
AS 'MODULE_PATHNAME', 'egov_rank_uncertainty'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rank_uncertainty(float8, float8, float8, int, float8, int, int) IS
'Window function, one partition per edition: draws Monte Carlo samples of the OSI, HCI, '
'TII weights, each uniform on [1/3 - weight_spread, 1/3 + weight_spread] then renormalised '
'to sum 1 (pg_prng seeded with seed, so deterministic); per draw every country''s EGDI, '
'rounded as round(egdi::numeric, decimals) when decimals is given (the edition''s '
'egov.edition.egdi_decimals: ties at the published precision share a rank, as in the views), '
'and its competition rank (ties share) are recomputed; returns the nearest-rank median, 5th and '
'95th percentile rank and the share of draws in the equal-weight EGDI group. A NULL component '
'gives NULL and leaves the row out of the ranking; a component outside [0, 1] raises 22003; '
'draws outside 1..1000000, weight_spread outside [0, 1/3], decimals outside 0..15, NULL '
'(decimals: NULL on the first row means unrounded) or varying parameters raise 22023';
