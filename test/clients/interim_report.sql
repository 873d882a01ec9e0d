-- Stand-in for egov.egdi_report until that view is part of egov: the same
-- columns, built from egov.egdi, egov.egdi_level and egov.rating_class over
-- the bundled survey tables.
CREATE SCHEMA clients;
CREATE VIEW clients.egdi_report AS
SELECT s.survey_year, s.iso3, c.name AS country, c.region, c.subregion,
       s.osi, s.hci, s.tii, s.epi, s.egdi,
       egov.egdi(s.osi::float8, s.hci::float8, s.tii::float8) AS egdi_computed,
       egov.egdi_level(s.egdi::float8) AS level,
       egov.rating_class(s.egdi::float8) OVER (PARTITION BY s.survey_year) AS rating_class,
       s.egdi_rank AS world_rank,
       rank() OVER (PARTITION BY s.survey_year, c.region ORDER BY s.egdi DESC) AS region_rank
  FROM egov.survey_score s
  JOIN egov.country c USING (iso3)
 WHERE s.survey_year >= 2008;   -- egov.egdi rejects the 2003 HCI above 1
