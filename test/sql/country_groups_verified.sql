-- The country groupings against the UN lists they were checked with
-- (data/NOTICE.md): UNCTAD's 49 LDCs of July 2008, and the LDC, LLDC and
-- SIDS columns of the UN M49 standard in 2018, 2020 and 2024.  Each row
-- names the edition, the grouping, the source's count and its members; a
-- list that drifts from them shows as missing or extra codes.
CREATE EXTENSION egov;

CREATE TEMP TABLE checked (survey_year int, group_code text, source text, members text);
INSERT INTO checked VALUES
 (2008, 'LDC', 'UNCTAD, July 2008',
  'AFG AGO BDI BEN BFA BGD BTN CAF COD COM DJI ERI ETH GIN GMB GNB GNQ HTI KHM KIR LAO LBR LSO MDG '
  'MDV MLI MMR MOZ MRT MWI NER NPL RWA SDN SEN SLB SLE SOM STP TCD TGO TLS TUV TZA UGA VUT WSM YEM ZMB'),
 (2018, 'LDC', 'M49, September 2018',
  'AFG AGO BDI BEN BFA BGD BTN CAF COD COM DJI ERI ETH GIN GMB GNB HTI KHM KIR LAO LBR LSO MDG MLI MMR '
  'MOZ MRT MWI NER NPL RWA SDN SEN SLB SLE SOM SSD STP TCD TGO TLS TUV TZA UGA VUT YEM ZMB'),
 (2020, 'LDC', 'M49, October 2020',
  'AFG AGO BDI BEN BFA BGD BTN CAF COD COM DJI ERI ETH GIN GMB GNB HTI KHM KIR LAO LBR LSO MDG MLI MMR '
  'MOZ MRT MWI NER NPL RWA SDN SEN SLB SLE SOM SSD STP TCD TGO TLS TUV TZA UGA VUT YEM ZMB'),
 (2024, 'LDC', 'M49, September 2024',
  'AFG AGO BDI BEN BFA BGD CAF COD COM DJI ERI ETH GIN GMB GNB HTI KHM KIR LAO LBR LSO MDG MLI MMR MOZ '
  'MRT MWI NER NPL RWA SDN SEN SLB SLE SOM SSD STP TCD TGO TLS TUV TZA UGA YEM ZMB'),
 (2024, 'LLDC', 'M49, September 2024',
  'AFG ARM AZE BDI BFA BOL BTN BWA CAF ETH KAZ KGZ LAO LSO MDA MKD MLI MNG MWI NER NPL PRY RWA SSD SWZ '
  'TCD TJK TKM UGA UZB ZMB ZWE'),
 (2024, 'SIDS', 'M49, September 2024 (Member States)',
  'ATG BHS BLZ BRB COM CPV CUB DMA DOM FJI FSM GNB GRD GUY HTI JAM KIR KNA LCA MDV MHL MUS NRU PLW PNG '
  'SGP SLB STP SUR SYC TLS TON TTO TUV VCT VUT WSM');
-- the LLDC and SIDS columns are the same in the 2018 and 2020 snapshots
INSERT INTO checked
SELECT y, group_code, replace(source, 'September 2024', CASE y WHEN 2018 THEN 'September 2018' ELSE 'October 2020' END), members
  FROM checked CROSS JOIN (VALUES (2018), (2020)) AS v(y)
 WHERE survey_year = 2024 AND group_code IN ('LLDC', 'SIDS');

SELECT c.survey_year, c.group_code, c.source,
       cardinality(string_to_array(c.members, ' ')) AS source_count,
       (SELECT count(*) FROM egov.country_group_membership AS m
         WHERE m.survey_year = c.survey_year
           AND CASE c.group_code WHEN 'LDC' THEN m.ldc WHEN 'LLDC' THEN m.lldc ELSE m.sids END) AS egov_count,
       (SELECT coalesce(string_agg(s, ' ' ORDER BY s), '')
          FROM unnest(string_to_array(c.members, ' ')) AS s
         WHERE NOT EXISTS (SELECT FROM egov.country_group_membership AS m
                            WHERE m.survey_year = c.survey_year AND m.iso3 = s
                              AND CASE c.group_code WHEN 'LDC' THEN m.ldc WHEN 'LLDC' THEN m.lldc ELSE m.sids END)) AS missing,
       (SELECT coalesce(string_agg(m.iso3, ' ' ORDER BY m.iso3), '')
          FROM egov.country_group_membership AS m
         WHERE m.survey_year = c.survey_year
           AND CASE c.group_code WHEN 'LDC' THEN m.ldc WHEN 'LLDC' THEN m.lldc ELSE m.sids END
           AND m.iso3 <> ALL (string_to_array(c.members, ' '))) AS extra
  FROM checked AS c
 ORDER BY c.survey_year, c.group_code;

-- Bahrain: a SIDS on the list of the early 2010s, not on the lists from 2017
SELECT survey_year, sids FROM egov.country_group_membership
 WHERE iso3 = 'BHR' AND survey_year IN (2012, 2016, 2018, 2024) ORDER BY survey_year;

DROP EXTENSION egov;
