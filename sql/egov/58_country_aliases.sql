-- Common short and former names of the Member States, beyond the spellings
-- the bundled files need (57_bundled_data.sql).  Neither ISO3 codes (USA,
-- gbr) nor differences of case, accents, apostrophes, dashes or spaces need
-- an alias: egov.country_iso3 takes the codes, egov.country_key folds the
-- rest.  Sources, per row:
--   former  a name the Member State bore until the year given (UN
--           Terminology Database, UNTERM);
--   short   the short form in common English usage (UN and ISO 3166-1 short
--           names, the conventional short forms of the CIA World Factbook);
--   WB      the country name of the World Bank's World Development
--           Indicators, the usual companion of the survey's data.
-- The Holy See (Vatican) and the State of Palestine are UN observer states,
-- not Member States: the survey does not assess them, so egov.country has no
-- row for an alias to name.
--
-- Rows written here are bundled (CREATE EXTENSION restores them, pg_dump
-- leaves them out).  On the update from an earlier version, an alias a user
-- already holds under the same key stays as the user set it.
INSERT INTO @extschema@.country_alias (alias, iso3) VALUES
	('UK', 'GBR'),									-- short
	('U.K.', 'GBR'),								-- short
	('Great Britain', 'GBR'),						-- short
	('Britain', 'GBR'),								-- short
	('US', 'USA'),									-- short
	('U.S.', 'USA'),								-- short
	('U.S.A.', 'USA'),								-- short
	('South Korea', 'KOR'),							-- short
	('Korea, South', 'KOR'),						-- short
	('Korea, Rep.', 'KOR'),							-- WB
	('North Korea', 'PRK'),							-- short
	('Korea, North', 'PRK'),						-- short
	('DPRK', 'PRK'),								-- short
	('Korea, Dem. People''s Rep.', 'PRK'),			-- WB
	('Burma', 'MMR'),								-- former, until 1989
	('East Timor', 'TLS'),							-- short, and its name before 2002
	('Timor Leste', 'TLS'),							-- short
	('Macedonia', 'MKD'),							-- former, until 2019
	('Republic of Macedonia', 'MKD'),				-- former, until 2019
	('Republic of Türkiye', 'TUR'),					-- official name since 2022
	('Zaire', 'COD'),								-- former, until 1997
	('DR Congo', 'COD'),							-- short
	('DRC', 'COD'),									-- short
	('Congo-Kinshasa', 'COD'),						-- short
	('Congo, Dem. Rep.', 'COD'),					-- WB
	('Republic of Congo', 'COG'),					-- short
	('Congo-Brazzaville', 'COG'),					-- short
	('Congo, Rep.', 'COG'),							-- WB
	('UAE', 'ARE'),									-- short
	('Bosnia', 'BIH'),								-- short
	('Guinea Bissau', 'GNB'),						-- short
	('The Netherlands', 'NLD'),						-- short
	('The Bahamas', 'BHS'),							-- short
	('Bahamas, The', 'BHS'),						-- WB
	('Gambia, The', 'GMB'),							-- WB
	('Egypt, Arab Rep.', 'EGY'),					-- WB
	('Iran, Islamic Rep.', 'IRN'),					-- WB
	('Yemen, Rep.', 'YEM'),							-- WB
	('Venezuela, RB', 'VEN'),						-- WB
	('Lao PDR', 'LAO'),								-- WB
	('Micronesia, Fed. Sts.', 'FSM'),				-- WB
	('St. Kitts and Nevis', 'KNA'),					-- WB
	('St. Lucia', 'LCA'),							-- WB
	('St. Vincent and the Grenadines', 'VCT')		-- WB
ON CONFLICT (alias_key) DO NOTHING;
