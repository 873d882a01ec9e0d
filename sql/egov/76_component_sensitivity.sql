-- What each component decides: groups with one component dropped, on the
-- edition's bands (egov.edition_method).
-- (CREATE OR REPLACE: the update from 0.4.0 runs this file too.)

CREATE OR REPLACE VIEW @extschema@.component_sensitivity AS
WITH scored AS (
	SELECT s.survey_year, s.osi::float8 AS osi, s.hci::float8 AS hci, s.tii::float8 AS tii,
		   @extschema@.egdi_level(coalesce(s.egdi::float8,
										   @extschema@.egdi(s.osi::float8, s.hci::float8,
															s.tii::float8, s.survey_year)),
								   s.survey_year) AS level
	  FROM @extschema@.survey_score AS s
	 WHERE s.assessed
	   AND s.osi IS NOT NULL AND s.hci IS NOT NULL AND s.tii IS NOT NULL
	   -- the two 2003 HCI source errors lie outside [0, 1]
	   AND s.hci <= 1
), dropped AS (
	SELECT sc.survey_year, d.component, sc.level,
		   @extschema@.egdi_level(d.egdi_without, sc.survey_year) AS level_without
	  FROM scored AS sc
	 CROSS JOIN LATERAL (VALUES ('OSI', (sc.hci + sc.tii) / 2),
								('HCI', (sc.osi + sc.tii) / 2),
								('TII', (sc.osi + sc.hci) / 2)) AS d(component, egdi_without)
)
SELECT d.survey_year, d.component,
	   pg_catalog.count(*)::integer AS countries,
	   pg_catalog.count(*) FILTER (WHERE d.level_without <> d.level)::integer AS level_changes,
	   pg_catalog.count(*) FILTER (WHERE d.level_without > d.level)::integer AS moved_up,
	   pg_catalog.count(*) FILTER (WHERE d.level_without < d.level)::integer AS moved_down
  FROM dropped AS d
 GROUP BY d.survey_year, d.component;

COMMENT ON VIEW @extschema@.component_sensitivity IS
'For each edition and each component (OSI, HCI, TII): how many assessed countries change EGDI '
'group when that component is dropped and EGDI is the mean of the other two, against the group '
'of the edition''s EGDI (published, else computed). Rows with a missing component and the two '
'2003 HCI source errors are left out';
COMMENT ON COLUMN @extschema@.component_sensitivity.survey_year IS 'Edition';
COMMENT ON COLUMN @extschema@.component_sensitivity.component IS 'The component dropped: OSI, HCI or TII';
COMMENT ON COLUMN @extschema@.component_sensitivity.countries IS 'Assessed countries with all three components';
COMMENT ON COLUMN @extschema@.component_sensitivity.level_changes IS
'Countries whose EGDI group differs without the component';
COMMENT ON COLUMN @extschema@.component_sensitivity.moved_up IS
'Countries in a higher group without the component (it held them back)';
COMMENT ON COLUMN @extschema@.component_sensitivity.moved_down IS
'Countries in a lower group without the component (it lifted them)';

-- Every role may read it, like the survey views it is built on.
GRANT SELECT ON @extschema@.component_sensitivity TO PUBLIC;
