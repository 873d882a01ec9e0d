-- The UN DESA component recipes (OSI, EPI, TII; HCI in 24_hci.sql) as
-- window functions over an edition: egov.minmax and egov.composite with the
-- edition's method fixed.  Open points of the method (doc/methodology.md)
-- are named in the comments.

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
