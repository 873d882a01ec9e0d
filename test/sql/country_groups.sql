-- The survey's country groupings: LDC, LLDC and SIDS membership by year
-- (graduations and additions), and their means and counts per edition.
CREATE EXTENSION egov;

SELECT group_code, name, count(m.iso3) AS rows
  FROM egov.country_group AS g LEFT JOIN egov.country_group_member AS m USING (group_code)
 GROUP BY group_code, name ORDER BY group_code;

-- Members per edition: LDCs fall from 49 (2003; Timor-Leste joined in
-- December 2003) by each graduation; LLDC 32 and SIDS 38 throughout.  Every
-- Member State is in the view every edition.
SELECT survey_year, count(*) AS countries, count(*) FILTER (WHERE ldc) AS ldc,
	   count(*) FILTER (WHERE lldc) AS lldc, count(*) FILTER (WHERE sids) AS sids,
	   count(*) FILTER (WHERE ldc AND lldc) AS ldc_lldc, count(*) FILTER (WHERE ldc AND sids) AS ldc_sids
  FROM egov.country_group_membership
 GROUP BY survey_year ORDER BY survey_year;

-- The changes in LDC membership, edition by edition.
SELECT survey_year, string_agg(CASE WHEN ldc THEN '+' ELSE '-' END || iso3, ' ' ORDER BY iso3) AS ldc_changes
  FROM (SELECT survey_year, iso3, ldc,
			   lag(ldc) OVER (PARTITION BY iso3 ORDER BY survey_year) AS before
		  FROM egov.country_group_membership) AS t
 WHERE ldc IS DISTINCT FROM before AND before IS NOT NULL
 GROUP BY survey_year ORDER BY survey_year;
-- membership rules by year: the last year of a member, graduated in December,
-- is its graduation year; one graduated on 1 January left the year before
SELECT group_code, iso3, first_year, last_year, note FROM egov.country_group_member
 WHERE first_year IS NOT NULL OR last_year IS NOT NULL
 ORDER BY coalesce(last_year, first_year), iso3, group_code;
SELECT survey_year, iso3, ldc, lldc, sids FROM egov.country_group_membership
 WHERE iso3 IN ('VUT', 'BTN', 'MDV', 'SSD', 'BWA') AND survey_year IN (2010, 2012, 2014, 2020, 2022)
 ORDER BY iso3, survey_year;

-- Means and counts per edition and grouping; the counts are of assessed
-- members, the groups add up to them.
SELECT * FROM egov.group_summary ORDER BY survey_year, group_code;
SELECT count(*) AS inconsistent FROM egov.group_summary
 WHERE very_high + high + middle + low <> countries;
-- the means agree with a plain average over the members of the year
SELECT count(*) AS differing
  FROM egov.group_summary AS s
  JOIN (SELECT r.survey_year, 'LDC' AS group_code, round(avg(r.egdi), 4) AS mean
		  FROM egov.egdi_report AS r JOIN egov.country_group_membership AS m USING (survey_year, iso3)
		 WHERE r.assessed AND m.ldc GROUP BY r.survey_year
		UNION ALL
		SELECT r.survey_year, 'SIDS', round(avg(r.egdi), 4)
		  FROM egov.egdi_report AS r JOIN egov.country_group_membership AS m USING (survey_year, iso3)
		 WHERE r.assessed AND m.sids GROUP BY r.survey_year) AS p USING (survey_year, group_code)
 WHERE s.mean_egdi <> p.mean;

-- The lists are read by everyone and written by egov's releases only.
SELECT has_table_privilege('public', 'egov.country_group_member', 'SELECT') AS public_reads,
	   has_table_privilege('public', 'egov.country_group_member', 'INSERT') AS public_writes;

DROP EXTENSION egov;
