-- egov 0.1.0 -> 0.2.0, frozen as released (generated then from sql/egov/23_recipes.sql, 77_toolkit_grants.sql, 88_owner_grants.sql).
\echo Use "ALTER EXTENSION egov UPDATE" to load this file. \quit

-- sql/egov/23_recipes.sql
-- The UN DESA component recipes (OSI, EPI, HCI, TII) as window functions
-- over an edition: egov.minmax and egov.composite with the edition's method
-- fixed.  Open points of the method (methodology.md) are named in the
-- comments.

CREATE FUNCTION @extschema@.osi(points float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_osi'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.osi(float8) IS
'Window function: Online Service Index from raw assessment points, '
'(x - min) / (max - min) over the partition (the edition), as egov.minmax; '
'the UN method as read for 2014-2022: min-max over the edition (open point: '
'min-max versus divide-by-max is not confirmed in primary text; min-max '
'matches "top performer = 1"); NULL for a NULL x and for a partition without '
'two distinct values; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.epi(points float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_epi'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.epi(float8) IS
'Window function: E-Participation Index from raw assessment points, '
'(x - min) / (max - min) over the partition (the edition), as egov.minmax; '
'the UN method as read for 2014-2022: min-max over the edition (open point: '
'min-max versus divide-by-max is not confirmed in primary text); NULL for a '
'NULL x and for a partition without two distinct values; NaN or infinite '
'input raises 22023';

CREATE FUNCTION @extschema@.hci(adult_literacy float8, gross_enrolment float8,
                                expected_schooling_years float8,
                                mean_schooling_years float8)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_hci'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.hci(float8, float8, float8, float8) IS
'Window function: Human Capital Index, the 2014+ recipe: z-score each of '
'adult literacy, gross enrolment ratio, expected and mean years of schooling '
'over the partition (sample deviation), weights 1/9, 2/9, 2/9, 2/9 '
'(methodology.md: widely cited, open in primary text), min-max to [0, 1]; '
'equal to egov.composite(ARRAY[a, b, c, d], ARRAY[1, 2, 2, 2]); a row with a '
'NULL indicator gives NULL and is left out; NaN or infinite input raises 22023';

CREATE FUNCTION @extschema@.tii(indicators float8[], cap float8 DEFAULT NULL)
RETURNS float8
AS 'MODULE_PATHNAME', 'egov_tii'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tii(float8[], float8) IS
'Window function: Telecommunication Infrastructure Index from the edition''s '
'indicators per 100 inhabitants (the list changes by edition): each capped at '
'cap when given (the UN applies 120 from 2020 on; NULL = no cap), then '
'z-scores over the partition, equal weights, min-max to [0, 1], as '
'egov.composite; a row with a NULL indicator gives NULL and is left out; a '
'NaN or non-positive cap, bad arrays or NaN/infinite indicators raise 22023 '
'naming the row';

-- sql/egov/77_toolkit_grants.sql
-- Every role may read the toolkit's reports, like the survey views they are
-- built on (new in 0.2.0: the 0.1.0 views had no grant).
GRANT SELECT ON @extschema@.rank_uncertainty_report TO PUBLIC;
GRANT SELECT ON @extschema@.component_sensitivity TO PUBLIC;

-- sql/egov/88_owner_grants.sql
-- The role that installs egov may write its tables, also when it installed
-- egov as a trusted extension without being superuser: the script then runs
-- as the bootstrap superuser, who owns the tables (new in 0.2.0).
GRANT INSERT, UPDATE, DELETE ON
	@extschema@.edition, @extschema@.country, @extschema@.country_alias,
	@extschema@.survey_score, @extschema@.withdrawn_bundled_row,
	@extschema@.assessment_edition, @extschema@.city,
	@extschema@.assessment_indicator, @extschema@.assessment
TO @extowner@;
