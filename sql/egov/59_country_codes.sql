-- ISO 3166-1 alpha-2 and UN M49 codes beside each ISO3 code, for the BI
-- tools whose map visuals key countries by alpha-2 (Metabase, Superset) or
-- by M49.  From the ISO 3166 list with UN M49 codes bundled in data/iso-m49/
-- (source and licence: data/NOTICE.md); it covers the 193 Member States and
-- 56 other ISO 3166 entities, so a country users add to egov.country finds
-- its codes too.  A reference list, not survey data: users do not change it
-- and pg_dump leaves it to CREATE EXTENSION.

CREATE TABLE @extschema@.country_code (
	iso3 text PRIMARY KEY
		CHECK (iso3 ~ '^[A-Z]{3}$'),
	iso2 text NOT NULL UNIQUE
		CHECK (iso2 ~ '^[A-Z]{2}$'),
	m49 text NOT NULL UNIQUE
		CHECK (m49 ~ '^[0-9]{3}$')
);

COMMENT ON TABLE @extschema@.country_code IS
'ISO 3166-1 alpha-3, alpha-2 and UN M49 codes of the 249 ISO 3166 countries and territories '
'(the 193 Member States among them), bundled with egov; the reporting views join it on iso3';
COMMENT ON COLUMN @extschema@.country_code.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.country_code.iso2 IS
'ISO 3166-1 alpha-2 code (Namibia''s is NA: read it as text, not as a missing value)';
COMMENT ON COLUMN @extschema@.country_code.m49 IS
'UN M49 numeric code as the standard writes it, three digits with leading zeros (004 Afghanistan)';

-- name,alpha-2,alpha-3,country-code,... (the file's header line)
INSERT INTO @extschema@.country_code (iso3, iso2, m49)
SELECT r.fields[3], r.fields[2], r.fields[4]
  FROM @extschema@.csv_records(@data:data/iso-m49/all.csv@) AS r
 WHERE r.line_no > 1;

GRANT SELECT ON @extschema@.country_code TO PUBLIC;
