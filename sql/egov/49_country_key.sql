-- The key country and city names are compared by (src/country_key.c).  It
-- is stored in unique indexes and in the primary key of
-- egov.country_alias, so it is computed on Unicode code points with fixed
-- tables and Unicode normalisation, never with the database's locale: the
-- same name gives the same key under C, C.UTF-8 or an ICU locale, and a
-- dump restores into a database of any of them.  Kept in a file of its own,
-- before the tables that use it, so that a fresh install and the update
-- from 0.3.0 (when it was a SQL function folding by LC_CTYPE) run the same
-- definition.  Its COST is what it takes: a few microseconds a call, tens of
-- times a text comparison.  At the default COST 1 the planner, once
-- egov.country is analysed, scans and re-keys every country for each name
-- egov.country_iso3 looks up instead of using the key indexes (some 600 us
-- a lookup instead of under 100).

CREATE OR REPLACE FUNCTION @extschema@.country_key(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'egov_country_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION @extschema@.country_key(text) IS
'Country or city name as egov compares it, the same in every locale: Unicode compatibility '
'forms made plain (NFKD), accents and invisible characters dropped, æ ø ł đ ı ß œ þ spelled '
'in ASCII, Latin, Greek and Cyrillic capitals made small, typographic apostrophes and dashes '
'made '' and -, every Unicode space a space, surrounding and repeated spaces removed '
'(Côte d''Ivoire, "COTE D’IVOIRE " and Cote d''Ivoire with a no-break space give the same key)';

CREATE OR REPLACE FUNCTION @extschema@.visible_text(value text)
RETURNS text
AS 'MODULE_PATHNAME', 'egov_visible_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.visible_text(text) IS
'The text with every character that cannot be told apart by looking at it written as '
'<U+XXXX>: controls, spaces other than U+0020, invisible format characters, combining accents, '
'private-use characters (egov.visible_text(E''Ireland\u2009'') is Ireland<U+2009>)';
