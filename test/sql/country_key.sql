-- Country names: egov.country_key is the same in every locale (the locale
-- matrix of test/suites/33-locale.sh runs it in C, C.UTF-8 and ICU
-- databases), ISO3 codes and common short and former names resolve.
CREATE EXTENSION egov;

-- ISO3 codes in any case, and the common short and former names.
SELECT n, egov.country_iso3(n)
  FROM unnest(ARRAY['DNK', 'dnk', ' Gbr ', 'USA', 'UK', 'U.K.', 'Great Britain', 'US',
		'U.S.A.', 'United States', 'South Korea', 'Korea, Rep.', 'North Korea', 'DPRK',
		'Burma', 'Myanmar', 'Czech Republic', 'Czechia', 'Swaziland', 'Eswatini',
		'Turkey', 'Türkiye', 'Turkiye', 'Republic of Türkiye', 'Ivory Coast',
		'Côte d''Ivoire', 'Cape Verde', 'Cabo Verde', 'East Timor', 'Timor-Leste',
		'Macedonia', 'North Macedonia', 'Laos', 'Lao PDR', 'Syria', 'Russia',
		'Russian Federation', 'Iran', 'Bolivia', 'Venezuela', 'Venezuela, RB', 'Tanzania',
		'Moldova', 'Republic of Moldova', 'Micronesia', 'Vietnam', 'Viet Nam', 'Brunei',
		'Brunei Darussalam', 'Zaire', 'DR Congo', 'Congo', 'Congo, Rep.', 'UAE',
		'The Gambia', 'Gambia, The', 'St. Lucia',
		-- not UN Member States: not in the survey
		'Vatican', 'Holy See', 'VAT', 'Palestine',
		-- not codes
		'DN', 'DNKK', 'XYZ']) AS n;

-- Every bundled alias names the country it was written for (none was lost
-- to another's key); only Czech Republic, an alias since 0.1.0 (the
-- official name in the UNU-EGOV list), is a spelling egov knows without it.
SELECT count(*) AS aliases, count(*) FILTER (WHERE egov.country_iso3(alias) = iso3) AS resolving
  FROM egov.country_alias;
SELECT a.alias, a.iso3, c.name, c.official_name
  FROM egov.country_alias AS a JOIN egov.country AS c USING (iso3)
 WHERE egov.country_key(a.alias) IN (egov.country_key(c.name), egov.country_key(c.official_name),
									 lower(c.iso3));

-- What the key folds: Unicode spaces and controls, invisible characters,
-- accents composed or not (NFC, NFD), compatibility forms, letters without
-- a decomposition, typographic apostrophes and dashes, capitals of Latin,
-- Greek and Cyrillic.
SELECT egov.visible_text(n) AS name, egov.country_key(n) AS key, egov.country_iso3(n) AS iso3
  FROM unnest(ARRAY[
		E'Ireland\u2009', E'\u00A0Ireland', E'Ire\u200Bland', E'Ire\u00ADland', E'\uFEFFIreland',
		E'New\u2009Zealand', E'New\u00A0\u00A0Zealand', E'New\u3000Zealand', E'New\tZealand',
		E'New\u1680Zealand', E'New\u202FZealand', E'New\u2028Zealand',
		normalize('Côte d''Ivoire', NFD), normalize('Côte d''Ivoire', NFC),
		normalize('São Tomé and Príncipe', NFD), normalize('TÜRKİYE', NFD),
		'TÜRKİYE', 'türkıye', 'Côte d’Ivoire', 'Côte d´Ivoire', 'Côte dʼIvoire',
		'Guinea–Bissau', E'Guinea\u2011Bissau', 'Ｆｉｎｌａｎｄ', 'ﬁnland',
		'Straße', 'STRASSE', 'Æbeltoft', 'Øresund', 'Łódź', 'Đakovo', 'Þórshöfn', 'Œuvre',
		'Curaçao', 'ΕΛΛΆΔΑ', 'Ελλάς', 'РОССИЯ', 'Ђакрица', 'İstanbul', 'ISTANBUL']) AS n;

-- The key of a key is the key (egov.country_alias's primary key needs it).
SELECT count(*) AS not_idempotent
  FROM (SELECT egov.country_key(n) AS k
		  FROM unnest(ARRAY[E'Ire\u2009land', normalize('São Tomé', NFD), 'ΣΊΣΥΦΟΣ', 'ǅemal',
				'Ŀlorenç', 'ŉ', '½', '㍿', 'ﷺ', E'a\u0308\u0301', 'Ǆ', 'ǈ', 'ﬀ', 'ẞ', 'Ω', 'K']) AS n
		UNION ALL
		SELECT egov.country_key(chr(c)) FROM generate_series(1, 55295) AS c
		UNION ALL
		SELECT egov.country_key(chr(c)) FROM generate_series(57344, 131071) AS c) AS s
 WHERE egov.country_key(k) <> k;

-- egov.visible_text spells out what the eye cannot tell apart.
SELECT egov.visible_text(E'Ireland\u2009') AS thin_space,
	   egov.visible_text(normalize('Côte d''Ivoire', NFD)) AS decomposed,
	   egov.visible_text(E'Ire\u200Bland\t') AS zero_width_and_tab,
	   egov.visible_text('Côte d''Ivoire') AS composed;

-- Two cities differing only in a Unicode space are one city: the second is
-- refused whatever the database's locale (a dump restores what was stored).
INSERT INTO egov.city (iso3, name) VALUES ('MUS', 'Port Louis');
INSERT INTO egov.city (iso3, name) VALUES ('MUS', E'Port\u2009Louis');
INSERT INTO egov.city (iso3, name) VALUES ('MUS', E'Port\u00A0Louis');
INSERT INTO egov.city (iso3, name) VALUES ('CIV', 'Yamoussoukro'), ('CIV', normalize('Abobo Gare', NFD));
-- ... and an alias the same
INSERT INTO egov.country_alias (alias, iso3) VALUES (E'Eire', 'IRL');
INSERT INTO egov.country_alias (alias, iso3) VALUES (normalize('Éire', NFD), 'GBR');
SELECT egov.visible_text(alias), alias_key, iso3, bundled FROM egov.country_alias WHERE iso3 = 'IRL';

-- The examples of doc/reference.md (Scalar functions).
SELECT egov.country_key(E' Côte d’Ivoire\u00A0') AS key;
SELECT egov.country_iso3('dnk') AS code, egov.country_iso3('South Korea') AS short,
	   egov.country_iso3('Burma') AS former, egov.country_iso3(E'Ireland\u2009') AS spaced;

-- Volatility as declared.
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc AS p
 WHERE p.oid IN ('egov.country_key(text)'::regprocedure, 'egov.visible_text(text)'::regprocedure,
				 'egov.country_iso3(text)'::regprocedure)
 ORDER BY 1::text;

-- A text far too long to be a name is refused with 54000, before any
-- allocation could fail; a long one is keyed.
DO $$
BEGIN
	PERFORM egov.country_key(repeat('é', 15000000));
EXCEPTION WHEN program_limit_exceeded THEN
	RAISE NOTICE '%: %', SQLSTATE, SQLERRM;
END $$;
SELECT length(egov.country_key(repeat('É ', 1000000))) AS keyed,
	   length(egov.visible_text(repeat(E'\u2009', 100000))) AS shown;

DROP EXTENSION egov;
