-- The survey's country groupings beside regions and income groups: Least
-- Developed Countries (LDC), Landlocked Developing Countries (LLDC) and
-- Small Island Developing States (SIDS), from the UN's lists
-- (data/un-ohrlls/country-groups.csv, data/NOTICE.md).  LDC membership
-- changes (graduations, additions), so a membership row gives the first and
-- last calendar years in which the country was on the list at mid-year,
-- when the survey is published: Vanuatu, graduated on 4 December 2020, counts
-- as an LDC in 2020 and not in 2022.  These are reference lists, read by
-- everyone and changed only by a release of egov.

CREATE TABLE @extschema@.country_group (
	group_code text PRIMARY KEY,
	name text NOT NULL
);

COMMENT ON TABLE @extschema@.country_group IS
'The survey''s country groupings: LDC (Least Developed Countries), LLDC (Landlocked '
'Developing Countries), SIDS (Small Island Developing States)';
COMMENT ON COLUMN @extschema@.country_group.group_code IS 'LDC, LLDC or SIDS';
COMMENT ON COLUMN @extschema@.country_group.name IS 'The grouping''s name';

INSERT INTO @extschema@.country_group VALUES
	('LDC', 'Least Developed Countries'),
	('LLDC', 'Landlocked Developing Countries'),
	('SIDS', 'Small Island Developing States');

CREATE TABLE @extschema@.country_group_member (
	group_code text NOT NULL REFERENCES @extschema@.country_group,
	iso3 text NOT NULL REFERENCES @extschema@.country ON UPDATE CASCADE ON DELETE CASCADE,
	first_year integer CHECK (first_year BETWEEN 1971 AND 2999),
	last_year integer CHECK (last_year BETWEEN 1971 AND 2999),
	note text,
	PRIMARY KEY (group_code, iso3),
	CHECK (first_year <= last_year)
);

COMMENT ON TABLE @extschema@.country_group_member IS
'Members of each country grouping, with the years of their membership where it changed '
'(UN-OHRLLS and UN DESA lists); one row a country and grouping';
COMMENT ON COLUMN @extschema@.country_group_member.group_code IS 'Grouping (egov.country_group)';
COMMENT ON COLUMN @extschema@.country_group_member.iso3 IS 'Member State';
COMMENT ON COLUMN @extschema@.country_group_member.first_year IS
'First year in which the country was a member at mid-year; NULL for a member since before the '
'first survey';
COMMENT ON COLUMN @extschema@.country_group_member.last_year IS
'Last year in which the country was a member at mid-year (the year of an LDC''s graduation, '
'or the year before it when it took effect in the first half); NULL for a member still';
COMMENT ON COLUMN @extschema@.country_group_member.note IS
'When the membership began or ended, as the UN list records it';

INSERT INTO @extschema@.country_group_member (group_code, iso3, first_year, last_year, note)
SELECT r.fields[1], r.fields[2], nullif(r.fields[3], '')::integer,
	   nullif(r.fields[4], '')::integer, nullif(r.fields[5], '')
  FROM @extschema@.csv_records(@data:data/un-ohrlls/country-groups.csv@) AS r
 WHERE r.line_no > 1;

CREATE INDEX country_group_member_iso3_idx ON @extschema@.country_group_member (iso3);


-- The income group beside these groupings is one value for every edition;
-- its comment says of which year (it replaces the comment of
-- 50_survey_tables.sql, here so that the update from 0.4.0 sets it too).
COMMENT ON COLUMN @extschema@.country.income_group IS
'World Bank income group: Low, Lower-Middle, Upper-Middle or High, as of 2018 (the UN '
'Knowledgebase''s country pages at the 2018 edition), one value for every edition';

-- A membership row's years, as a predicate: was the country a member in
-- year?  NULL ends are open.  A body parsed at creation and no SET clause,
-- so that the planner inlines it into the views' joins.
CREATE OR REPLACE FUNCTION @extschema@._group_member_in(first_year integer, last_year integer, year integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN year >= coalesce(first_year, year) AND year <= coalesce(last_year, year);

COMMENT ON FUNCTION @extschema@._group_member_in(integer, integer, integer) IS
'Helper: whether a membership from first_year to last_year (NULL: open) covers the year';

-- Every country of every edition, with its groupings that year.
CREATE OR REPLACE VIEW @extschema@.country_group_membership AS
SELECT e.survey_year, c.iso3, c.name AS country,
	   coalesce(pg_catalog.bool_or(m.group_code = 'LDC'), false) AS ldc,
	   coalesce(pg_catalog.bool_or(m.group_code = 'LLDC'), false) AS lldc,
	   coalesce(pg_catalog.bool_or(m.group_code = 'SIDS'), false) AS sids
  FROM @extschema@.edition AS e
 CROSS JOIN @extschema@.country AS c
  LEFT JOIN @extschema@.country_group_member AS m
		 ON m.iso3 = c.iso3
		AND @extschema@._group_member_in(m.first_year, m.last_year, e.survey_year)
 GROUP BY e.survey_year, c.iso3, c.name;

COMMENT ON VIEW @extschema@.country_group_membership IS
'Every country for every edition, with whether it was a Least Developed Country, a Landlocked '
'Developing Country and a Small Island Developing State that year (egov.country_group_member)';
COMMENT ON COLUMN @extschema@.country_group_membership.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.country_group_membership.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.country_group_membership.country IS 'Common English name';
COMMENT ON COLUMN @extschema@.country_group_membership.ldc IS 'A Least Developed Country that year';
COMMENT ON COLUMN @extschema@.country_group_membership.lldc IS 'A Landlocked Developing Country that year';
COMMENT ON COLUMN @extschema@.country_group_membership.sids IS 'A Small Island Developing State that year';


-- As egov.region_summary, by grouping: the assessed members of the year.
CREATE OR REPLACE VIEW @extschema@.group_summary AS
SELECT g.survey_year, g.group_code,
	   (g.stats).countries, (g.stats).mean::numeric(5,4) AS mean_egdi,
	   g.mean_osi::numeric(5,4) AS mean_osi, g.mean_hci::numeric(5,4) AS mean_hci,
	   g.mean_tii::numeric(5,4) AS mean_tii,
	   (g.stats).very_high, (g.stats).high, (g.stats).middle, (g.stats).low
  FROM (SELECT r.survey_year, m.group_code,
			   @extschema@.egdi_stats(r.egdi::float8) AS stats,
			   pg_catalog.avg(r.osi::float8) AS mean_osi,
			   pg_catalog.avg(r.hci::float8) AS mean_hci,
			   pg_catalog.avg(r.tii::float8) AS mean_tii
		  FROM @extschema@.egdi_report AS r
		  JOIN @extschema@.country_group_member AS m
			ON m.iso3 = r.iso3
		   AND @extschema@._group_member_in(m.first_year, m.last_year, r.survey_year)
		 WHERE r.assessed
		 GROUP BY r.survey_year, m.group_code) AS g;

COMMENT ON VIEW @extschema@.group_summary IS
'Per edition and country grouping (LDC, LLDC, SIDS; members that year): assessed countries, '
'mean EGDI, OSI, HCI and TII and the group counts, as egov.region_summary';
COMMENT ON COLUMN @extschema@.group_summary.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.group_summary.group_code IS 'Grouping: LDC, LLDC or SIDS';
COMMENT ON COLUMN @extschema@.group_summary.countries IS 'Assessed members';
COMMENT ON COLUMN @extschema@.group_summary.mean_egdi IS
'Mean EGDI of the assessed members, to 4 decimals (numeric(5,4), from egov.egdi_stats)';
COMMENT ON COLUMN @extschema@.group_summary.mean_osi IS 'Mean OSI of the assessed members, to 4 decimals';
COMMENT ON COLUMN @extschema@.group_summary.mean_hci IS 'Mean HCI of the assessed members, to 4 decimals';
COMMENT ON COLUMN @extschema@.group_summary.mean_tii IS 'Mean TII of the assessed members, to 4 decimals';
COMMENT ON COLUMN @extschema@.group_summary.very_high IS 'Members in the Very High group';
COMMENT ON COLUMN @extschema@.group_summary.high IS 'Members in the High group';
COMMENT ON COLUMN @extschema@.group_summary.middle IS 'Members in the Middle group';
COMMENT ON COLUMN @extschema@.group_summary.low IS 'Members in the Low group';

-- Reference lists and the published survey: every role may read them.
GRANT SELECT ON @extschema@.country_group, @extschema@.country_group_member,
	@extschema@.country_group_membership, @extschema@.group_summary TO PUBLIC;
