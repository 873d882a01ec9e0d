-- What bin/demo prints.
\pset footer off
\echo 'China, 2020 edition: EGDI from OSI 0.9059, HCI 0.7396, TII 0.7388 (published 0.7948)'
SELECT round(egov.egdi(0.9059, 0.7396, 0.7388)::numeric, 4) AS egdi;
