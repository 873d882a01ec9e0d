-- The HTML page bin/egov-report writes: run by psql with -At (each value
-- printed as it is) and the variables year (an edition held) and iso3 (a
-- country held), both checked by bin/egov-report beforehand, and
-- shapes_file (the world map's country shapes).
--
-- Everything comes from egov's reporting views (egdi_report, level_summary,
-- region_summary); the charts are plain SVG drawn here, so the page needs
-- nothing but a browser: no script, font, stylesheet or image from elsewhere.
-- Text from the database goes through the same five replacements (& < > " ')
-- wherever it enters the page.
-- The views give index values as numeric(6,5); the page prints them at the
-- edition's published decimals, round(x, decimals).

\set ON_ERROR_STOP 1

-- The editions a view holds, placed in proportion to their years (see the
-- frame below): i = years since the first edition + 0.5 of n = the years
-- spanned + 2 slots, so the first and last editions sit one slot from the
-- axes; k numbers the editions in order (0, 1, ...); dy moves every second
-- label of editions one year apart (2003, 2004, 2005) a line down.
\set editions_level_summary '(SELECT survey_year, survey_year - min(survey_year) OVER () + 0.5 AS i, max(survey_year) OVER () - min(survey_year) OVER () + 2 AS n, (row_number() OVER (ORDER BY survey_year) - 1)::int AS k, CASE WHEN row_number() OVER (ORDER BY survey_year) % 2 = 0 AND (survey_year - lag(survey_year) OVER (ORDER BY survey_year) < 2 OR lead(survey_year) OVER (ORDER BY survey_year) - survey_year < 2) THEN 11 ELSE 0 END AS dy FROM (SELECT DISTINCT survey_year FROM egov.level_summary) AS d)'
\set editions_region_summary '(SELECT survey_year, survey_year - min(survey_year) OVER () + 0.5 AS i, max(survey_year) OVER () - min(survey_year) OVER () + 2 AS n, (row_number() OVER (ORDER BY survey_year) - 1)::int AS k, CASE WHEN row_number() OVER (ORDER BY survey_year) % 2 = 0 AND (survey_year - lag(survey_year) OVER (ORDER BY survey_year) < 2 OR lead(survey_year) OVER (ORDER BY survey_year) - survey_year < 2) THEN 11 ELSE 0 END AS dy FROM (SELECT DISTINCT survey_year FROM egov.region_summary) AS d)'
\set editions_egdi_report '(SELECT survey_year, survey_year - min(survey_year) OVER () + 0.5 AS i, max(survey_year) OVER () - min(survey_year) OVER () + 2 AS n, (row_number() OVER (ORDER BY survey_year) - 1)::int AS k, CASE WHEN row_number() OVER (ORDER BY survey_year) % 2 = 0 AND (survey_year - lag(survey_year) OVER (ORDER BY survey_year) < 2 OR lead(survey_year) OVER (ORDER BY survey_year) - survey_year < 2) THEN 11 ELSE 0 END AS dy FROM (SELECT DISTINCT survey_year FROM egov.egdi_report) AS d)'

-- Colours: the Okabe-Ito palette, safe for the common colour-vision
-- deficiencies; EGDI groups from blue (Very High) to vermillion (Low).
-- Regions: a colour and a marker each (the lines cross), the world black and dashed.
\set region_styles '(VALUES (0, ''Africa'', ''#e69f00'', ''M-3.5,0a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0Z''), (1, ''Americas'', ''#cc79a7'', ''M-3.2,-3.2h6.4v6.4h-6.4Z''), (2, ''Asia'', ''#009e73'', ''M0,-4.6L4.2,2.7L-4.2,2.7Z''), (3, ''Europe'', ''#0072b2'', ''M0,-4.6L4.6,0L0,4.6L-4.6,0Z''), (4, ''Oceania'', ''#d55e00'', ''M0,4.6L4.2,-2.7L-4.2,-2.7Z''), (5, ''World'', ''#000000'', ''M-2.5,0a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0Z''))'
\set group_colours '(VALUES (0, ''Very High'', ''#0072b2''), (1, ''High'', ''#56b4e9''), (2, ''Middle'', ''#e69f00''), (3, ''Low'', ''#d55e00''))'

SET search_path = pg_catalog, pg_temp;

-- head, title and a one-line summary of the chosen country in the chosen edition
SELECT concat(
'<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EGDI report ', :year, ' – ', h.country, '</title>
<style>
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #222;
       background: #fff; margin: 0 auto; max-width: 920px; padding: 16px 20px 40px; }
h1 { font-size: 24px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 1px solid #ddd; padding-bottom: 3px; }
p { margin: 4px 0 8px; line-height: 1.4; }
.note { color: #555; font-size: 13px; }
svg { display: block; font-family: inherit; }
svg text { fill: #333; font-size: 12px; }
svg .axis-title { font-size: 13px; fill: #222; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { padding: 3px 8px; border-bottom: 1px solid #e4e4e4; text-align: right; }
th { background: #f3f5f8; }
td.name, th.name { text-align: left; }
tr.chosen td { background: #fff6d5; font-weight: bold; }
h3 { font-size: 15px; margin: 14px 0 4px; }
svg .label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
@media print {
  body { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  svg, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<h1>UN E-Government Development Index – ', :year, ' report</h1>
<p>', h.country, ' (', h.region, ') in ', :year, ': ',
CASE WHEN r.assessed THEN
	concat('EGDI <b>', round(r.egdi, r.decimals), '</b>, world rank <b>', r.world_rank,
		   '</b> of ', (SELECT count(*) FROM egov.egdi_report
						 WHERE survey_year = (:year)::int AND assessed),
		   ', group <b>', r.level, '</b>',
		   CASE WHEN r.rating_class IS NOT NULL THEN concat(', rating class ', r.rating_class) END,
		   '.')
ELSE 'not assessed in this edition.' END,
'</p>
<p class="note">',
-- what the figures are: the UN's, or an edition users built (egov.edition.provenance)
CASE WHEN (SELECT e.provenance FROM egov.edition AS e WHERE e.survey_year = (:year)::int) = 'user'
	THEN concat('Edition ', :year, ' was built by egov''s users, not published by the UN: its figures are theirs. ',
				'Other editions: figures as published in the UN E-Government Surveys.')
	ELSE 'Figures as published in the UN E-Government Surveys.' END,
' Read from egov''s views
egov.egdi_report, egov.level_summary and egov.region_summary. Ranks are competition ranks on the
EGDI at the edition''s published precision.</p>')
  FROM egov.egdi_report AS r
 CROSS JOIN LATERAL (SELECT
		replace(replace(replace(replace(replace(r.country,
			'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS country,
		replace(replace(replace(replace(replace(r.region,
			'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS region) AS h
 WHERE r.survey_year = (:year)::int AND r.iso3 = :'iso3';


-- (0) the chosen edition on a world map: every country in its EGDI group's
-- colour, grey where there is no figure.  The shapes are Natural Earth's
-- (data/naturalearth/countries.tsv: ISO3, name, SVG path in a frame 860 x
-- 382, made by data/naturalearth/convert.py), read by psql from the file
-- bin/egov-report names, so the page carries them inline.
\set shapes `cat :'shapes_file'`
-- Areas Natural Earth draws apart that have no code of their own in ISO 3166
-- or UN M49 take the colour of the Member State the UN counts them under, as
-- on a UN map (Kosovo: Security Council resolution 1244); their tooltip says
-- so.  Siachen, claimed by two, stays grey; Taiwan, Western Sahara and
-- Palestine have codes of their own and are not in the survey.
\set counted_under '(VALUES (''SOL'', ''SOM''), (''CYN'', ''CYP''), (''KOS'', ''SRB''), (''ATC'', ''AUS''))'
SELECT concat(
'<h2>World map of EGDI groups, ', :year, '</h2>
<p class="note">Every country in the colour of its EGDI group in ', :year, ' (egov.egdi_report);
small states are drawn as dots. Boundaries: Natural Earth (public domain), Equal Earth projection;
they imply no position on any territory.</p>
<svg width="880" height="420" viewBox="0 0 880 420" role="img" aria-label="World map of EGDI groups">
<g transform="translate(10 4)">',
string_agg(format('<path class="country" data-iso3="%s" fill="%s" stroke="#ffffff" stroke-width="0.3" d="%s"><title>%s</title></path>',
				  m.iso3, m.fill, m.d, m.title), '' ORDER BY m.iso3),
'</g>',
'<text class="axis-title" x="10" y="407">EGDI group</text>',
(SELECT string_agg(format('<rect x="%s" y="396" width="14" height="14" fill="%s" stroke="#888" stroke-width="0.5"/><text x="%s" y="407">%s</text>',
						  x, fill, x + 19, label), '' ORDER BY x)
   FROM (SELECT (ARRAY[100, 195, 260, 340])[c.k + 1] AS x, c.fill, c.level AS label
		   FROM :group_colours AS c(k, level, fill)
		 UNION ALL VALUES (400, '#9e9e9e', concat('not assessed in ', :year)),
						  (570, '#e0e0e0', 'not in the survey')) AS l),
'</svg>')
  FROM (SELECT s.iso3, s.d,
			   coalesce(c.fill, CASE WHEN r.iso3 IS NOT NULL THEN '#9e9e9e' ELSE '#e0e0e0' END) AS fill,
			   concat(replace(replace(replace(replace(replace(
						  CASE WHEN u.member IS NULL THEN coalesce(r.country, s.name)
							   ELSE concat(s.name, ' (counted under ', coalesce(r.country, u.member), ')') END,
						  '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'),
					  ': ',
					  CASE WHEN r.level IS NOT NULL THEN concat('EGDI ', r.egdi, ', ', r.level)
						   WHEN r.iso3 IS NOT NULL THEN concat('not assessed in ', :year)
						   ELSE 'not in the survey' END) AS title
		  FROM (SELECT split_part(l, E'\t', 1) AS iso3, split_part(l, E'\t', 2) AS name,
					   split_part(l, E'\t', 3) AS d
				  FROM regexp_split_to_table(:'shapes', E'\n') AS l
				 WHERE l <> '') AS s
		  LEFT JOIN :counted_under AS u(area, member) ON u.area = s.iso3
		  LEFT JOIN (SELECT iso3, max(country) AS country,
							max(round(egdi, decimals)) FILTER (WHERE survey_year = (:year)::int AND assessed) AS egdi,
							max(level) FILTER (WHERE survey_year = (:year)::int AND assessed) AS level
					   FROM egov.egdi_report GROUP BY iso3) AS r ON r.iso3 = coalesce(u.member, s.iso3)
		  LEFT JOIN :group_colours AS c(k, level, fill) ON c.level = r.level::text) AS m;


-- The charts share one frame: an SVG 880 wide, the plot area from x 70 to
-- 710 and from y 20 to 250, the legend right of x 730.  The time axis is in
-- years: edition i of n (see above) is centred on x = 70 + (i + 0.5) * 640 / n,
-- one year being 640 / n wide.  Text that could meet data has class "label"
-- (a white halo) and is placed clear of it.

-- (1) assessed countries per EGDI group and edition: stacked bars, Low at
-- the bottom, the edition's assessed countries on top
SELECT concat(
'<h2>EGDI groups by edition</h2>
<p class="note">Assessed countries in each EGDI group (egov.level_summary).</p>
<svg width="880" height="300" viewBox="0 0 880 300" role="img" aria-label="Countries per EGDI group by edition">',
(SELECT string_agg(format('<line x1="70" x2="710" y1="%1$s" y2="%1$s" stroke="#e6e6e6"/>'
						  '<text x="62" y="%2$s" text-anchor="end">%3$s</text>',
						  round(250 - v * 230.0 / g.ymax, 1), round(254 - v * 230.0 / g.ymax, 1), v), '')
   FROM generate_series(0, g.ymax, 50) AS v),
(SELECT string_agg(format('<rect class="mark" x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#fff" stroke-width="0.5">'
						  '<title>%s %s: %s countries</title></rect>',
						  round(70 + (e.i + 0.15) * 640.0 / e.n, 1),
						  round(250 - b.top * 230.0 / g.ymax, 1),
						  round(0.7 * 640.0 / e.n, 1),
						  round(b.countries * 230.0 / g.ymax, 1),
						  c.fill, b.survey_year, b.level, b.countries), '' ORDER BY b.survey_year, b.level)
   FROM (SELECT ls.survey_year, ls.level, ls.countries,
				sum(ls.countries) OVER (PARTITION BY ls.survey_year ORDER BY ls.level) AS top
		   FROM egov.level_summary AS ls) AS b
   JOIN :editions_level_summary AS e USING (survey_year)
   JOIN :group_colours AS c(k, level, fill) ON c.level = b.level::text
  WHERE b.countries > 0),
(SELECT string_agg(format('<text class="label" x="%s" y="%s" text-anchor="middle" font-size="11">%s</text>',
						  round(70 + (e.i + 0.5) * 640.0 / e.n, 1),
						  round(245 - t.total * 230.0 / g.ymax, 1), t.total), '' ORDER BY e.i)
   FROM (SELECT survey_year, sum(countries) AS total
		   FROM egov.level_summary GROUP BY survey_year) AS t
   JOIN :editions_level_summary AS e USING (survey_year)),
-- edition labels under the bars, the chosen one in bold
(SELECT string_agg(format('<text class="year" x="%s" y="%s" text-anchor="middle" font-size="11"%s>%s</text>',
						  round(70 + (e.i + 0.5) * 640.0 / e.n, 1), 268 + e.dy,
						  CASE WHEN e.survey_year = (:year)::int THEN ' font-weight="bold"' END,
						  e.survey_year), '' ORDER BY e.i)
   FROM :editions_level_summary AS e),
'<line x1="70" x2="710" y1="250" y2="250" stroke="#555"/><line x1="70" x2="70" y1="20" y2="250" stroke="#555"/>',
'<text class="axis-title" x="390" y="292" text-anchor="middle">Edition</text>',
'<text class="axis-title" transform="translate(20 135) rotate(-90)" text-anchor="middle">Assessed countries</text>',
-- legend, top group first
'<text class="axis-title" x="730" y="30">EGDI group</text>',
(SELECT string_agg(format('<rect x="730" y="%s" width="14" height="14" fill="%s"/><text x="750" y="%s">%s</text>',
						  40 + k * 22, fill, 52 + k * 22, level), '' ORDER BY k)
   FROM :group_colours AS c(k, level, fill)),
'</svg>')
  FROM (SELECT greatest(50, ceil(max(t) / 50.0) * 50)::int AS ymax
		  FROM (SELECT sum(countries) AS t FROM egov.level_summary GROUP BY survey_year) AS s) AS g;


-- (2) mean EGDI per region and edition: one line per region, the world dashed
SELECT concat(
'<h2>Regional mean EGDI by edition</h2>
<p class="note">Mean EGDI of the assessed countries of each UN region and of the world (egov.region_summary).</p>
<svg width="880" height="300" viewBox="0 0 880 300" role="img" aria-label="Regional mean EGDI by edition">',
(SELECT string_agg(format('<line x1="70" x2="710" y1="%1$s" y2="%1$s" stroke="#e6e6e6"/>'
						  '<text x="62" y="%2$s" text-anchor="end">%3$s</text>',
						  250 - v * 23, 254 - v * 23, to_char(v / 10.0, 'FM0.0')), '')
   FROM generate_series(0, 10, 2) AS v),
(SELECT string_agg(format('<line x1="%1$s" x2="%1$s" y1="250" y2="%5$s" stroke="#555"/>'
						  '<text class="year" x="%1$s" y="%4$s" text-anchor="middle" font-size="11"%2$s>%3$s</text>',
						  round(70 + (e.i + 0.5) * 640.0 / e.n, 1),
						  CASE WHEN e.survey_year = (:year)::int THEN ' font-weight="bold"' END,
						  e.survey_year, 268 + e.dy, 255 + e.dy), '' ORDER BY e.i)
   FROM :editions_region_summary AS e),
(SELECT string_agg(l.svg, '' ORDER BY l.k)
   FROM (SELECT c.k, concat(
				format('<polyline class="mark" fill="none" stroke="%s" stroke-width="%s"%s points="%s"/>',
					   c.stroke, CASE WHEN c.region = 'World' THEN '1.8' ELSE '2.2' END,
					   CASE WHEN c.region = 'World' THEN ' stroke-dasharray="6 4"' END,
					   string_agg(format('%s,%s', round(70 + (e.i + 0.5) * 640.0 / e.n, 1),
										 round(250 - s.mean_egdi::numeric * 230, 1)), ' ' ORDER BY e.i)),
				string_agg(format('<path class="mark" transform="translate(%s %s)" d="%s" fill="%s" stroke="#fff" stroke-width="0.8"><title>%s %s: mean EGDI %s (%s countries)</title></path>',
								  round(70 + (e.i + 0.5) * 640.0 / e.n, 1),
								  round(250 - s.mean_egdi::numeric * 230, 1), c.marker, c.stroke, c.region,
								  s.survey_year, to_char(s.mean_egdi::numeric, 'FM0.0000'), s.countries),
						   '' ORDER BY e.i)) AS svg
		   FROM egov.region_summary AS s
		   JOIN :editions_region_summary AS e USING (survey_year)
		   JOIN :region_styles AS c(k, region, stroke, marker) ON c.region = s.region
		  WHERE s.mean_egdi IS NOT NULL
		  GROUP BY c.k, c.region, c.stroke) AS l),
'<line x1="70" x2="710" y1="250" y2="250" stroke="#555"/><line x1="70" x2="70" y1="20" y2="250" stroke="#555"/>',
'<text class="axis-title" x="390" y="292" text-anchor="middle">Edition</text>',
'<text class="axis-title" transform="translate(20 135) rotate(-90)" text-anchor="middle">Mean EGDI</text>',
'<text class="axis-title" x="730" y="30">Region</text>',
(SELECT string_agg(format('<line x1="730" x2="760" y1="%1$s" y2="%1$s" stroke="%2$s" stroke-width="2.2"%3$s/>'
						  '<path transform="translate(745 %1$s)" d="%6$s" fill="%2$s" stroke="#fff" stroke-width="0.8"/>'
						  '<text x="766" y="%4$s">%5$s</text>',
						  45 + k * 22, stroke, CASE WHEN region = 'World' THEN ' stroke-dasharray="6 4"' END,
						  49 + k * 22, region, marker), '' ORDER BY k)
   FROM :region_styles AS c(k, region, stroke, marker)),
'</svg>');


-- (3) the 20 highest EGDI of the chosen edition (ties at rank 20 included):
-- OSI, HCI and TII as grouped horizontal bars on a row of 22 px each, the
-- EGDI as a black tick and its value; the figures follow in a table
SELECT concat(
'<h2>Top 20 in ', :year, '</h2>
<p class="note">The highest EGDI of the edition and their components (egov.egdi_report); the black tick marks the EGDI.</p>
<svg width="880" height="', 76 + 22 * m.n, '" viewBox="0 0 880 ', 76 + 22 * m.n,
'" role="img" aria-label="Top 20 countries and their components">',
(SELECT string_agg(format('<line x1="%1$s" x2="%1$s" y1="20" y2="%2$s" stroke="#e6e6e6"/>'
						  '<text x="%1$s" y="%3$s" text-anchor="middle">%4$s</text>',
						  230 + v * 50, 24 + 22 * m.n, 40 + 22 * m.n, to_char(v / 10.0, 'FM0.0')), '')
   FROM generate_series(0, 10, 2) AS v),
string_agg(format(
	'<text x="30" y="%1$s" text-anchor="end"%2$s>%3$s</text><text x="38" y="%1$s"%2$s>%4$s</text>'
	'<rect class="mark" x="230" y="%5$s" width="%6$s" height="5" fill="#0072b2"><title>%4$s OSI %7$s</title></rect>'
	'<rect class="mark" x="230" y="%8$s" width="%9$s" height="5" fill="#009e73"><title>%4$s HCI %10$s</title></rect>'
	'<rect class="mark" x="230" y="%11$s" width="%12$s" height="5" fill="#e69f00"><title>%4$s TII %13$s</title></rect>'
	'<line class="mark" x1="%14$s" x2="%14$s" y1="%15$s" y2="%16$s" stroke="#111" stroke-width="2.5"><title>%4$s EGDI %17$s</title></line>'
	'<text x="738" y="%1$s">%17$s</text>',
	38 + 22 * t.k, CASE WHEN t.iso3 = :'iso3' THEN ' font-weight="bold"' END, t.world_rank, t.country,
	26 + 22 * t.k, round(least(t.osi, 1) * 500, 1), t.osi,
	31 + 22 * t.k, round(least(t.hci, 1) * 500, 1), t.hci,
	36 + 22 * t.k, round(least(t.tii, 1) * 500, 1), t.tii,
	round(230 + t.egdi * 500, 1), 24 + 22 * t.k, 43 + 22 * t.k, t.egdi), '' ORDER BY t.k),
format('<line x1="230" x2="230" y1="20" y2="%1$s" stroke="#555"/><line x1="230" x2="730" y1="%1$s" y2="%1$s" stroke="#555"/>',
	   24 + 22 * m.n),
format('<text class="axis-title" x="480" y="%s" text-anchor="middle">Index value (0 to 1)</text>', 64 + 22 * m.n),
'<text class="axis-title" x="738" y="14">EGDI</text>',
format('<text class="axis-title" x="790" y="%s">Component</text>', 34 + 22 * m.n - 90),
(SELECT string_agg(format('<rect x="790" y="%s" width="14" height="8" fill="%s"/><text x="810" y="%s">%s</text>',
						  22 * m.n - 40 + 18 * k, fill, 22 * m.n - 32 + 18 * k, component), '' ORDER BY k)
   FROM (VALUES (0, 'OSI', '#0072b2'), (1, 'HCI', '#009e73'), (2, 'TII', '#e69f00')) AS c(k, component, fill)),
format('<line x1="797" x2="797" y1="%s" y2="%s" stroke="#111" stroke-width="2.5"/><text x="810" y="%s">EGDI</text>',
	   22 * m.n + 13, 22 * m.n + 27, 22 * m.n + 24),
'</svg>
<h3>Top 20 figures</h3>
<table>
<tr><th>Rank</th><th class="name">Country</th><th class="name">Region</th><th>EGDI</th><th>OSI</th><th>HCI</th><th>TII</th><th class="name">Group</th></tr>
',
string_agg(format('<tr%s><td>%s</td><td class="name">%s</td><td class="name">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="name">%s</td></tr>',
				  CASE WHEN t.iso3 = :'iso3' THEN ' class="chosen"' END, t.world_rank, t.country, t.region,
				  t.egdi, t.osi, t.hci, t.tii, t.level), E'\n' ORDER BY t.k),
'
</table>')
  FROM (SELECT r.iso3, r.world_rank, round(r.egdi, r.decimals) AS egdi, round(r.osi, r.decimals) AS osi,
			   round(r.hci, r.decimals) AS hci, round(r.tii, r.decimals) AS tii, r.level,
			   (row_number() OVER (ORDER BY r.world_rank, r.country) - 1)::int AS k,
			   replace(replace(replace(replace(replace(r.country,
				   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS country,
			   replace(replace(replace(replace(replace(r.region,
				   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS region
		  FROM egov.egdi_report AS r
		 WHERE r.survey_year = (:year)::int AND r.assessed AND r.world_rank <= 20) AS t,
	   (SELECT count(*)::int AS n FROM egov.egdi_report
		 WHERE survey_year = (:year)::int AND assessed AND world_rank <= 20) AS m
 GROUP BY m.n;


-- (4) the chosen country across the editions: EGDI and its components as
-- lines, broken where the country was not assessed, its world rank above
-- each EGDI point, the chosen edition marked; then the figures as a table.
-- The plot area starts at y 40: the rank labels have a row of their own
-- above it, so they never meet a line or a point.
SELECT concat(
'<h2>', h.country, ' across editions</h2>
<p class="note">EGDI, OSI, HCI and TII of ', h.country, ' in every edition in which it was assessed (egov.egdi_report); the labels give its world rank.</p>
<svg width="880" height="300" viewBox="0 0 880 300" role="img" aria-label="Trajectory across editions">',
(SELECT string_agg(format('<line x1="70" x2="710" y1="%1$s" y2="%1$s" stroke="#e6e6e6"/>'
						  '<text x="62" y="%2$s" text-anchor="end">%3$s</text>',
						  round(250 - v * 210.0 / x.top, 1), round(254 - v * 210.0 / x.top, 1),
						  to_char(v, 'FM0.0')), '')
   FROM generate_series(0, x.top, 0.2) AS v),
(SELECT string_agg(format('<line x1="%1$s" x2="%1$s" y1="250" y2="%5$s" stroke="#555"/>'
						  '<text class="year" x="%1$s" y="%4$s" text-anchor="middle" font-size="11"%2$s>%3$s</text>',
						  round(70 + (e.i + 0.5) * 640.0 / e.n, 1),
						  CASE WHEN e.survey_year = (:year)::int THEN ' font-weight="bold"' END,
						  e.survey_year, 268 + e.dy, 255 + e.dy), '' ORDER BY e.i)
   FROM :editions_egdi_report AS e),
(SELECT format('<line x1="%1$s" x2="%1$s" y1="36" y2="250" stroke="#bbb" stroke-dasharray="3 3"/>',
			   round(70 + (e.i + 0.5) * 640.0 / e.n, 1))
   FROM :editions_egdi_report AS e
  WHERE e.survey_year = (:year)::int),
(SELECT string_agg(l.svg, '' ORDER BY l.k)
   FROM (SELECT c.k, concat(
				format('<path class="mark" fill="none" stroke="%s" stroke-width="%s" stroke-linejoin="round" d="%s"/>',
					   c.stroke, c.width,
					   string_agg(format('%s%s,%s', CASE WHEN p.joined THEN 'L' ELSE 'M' END,
										 round(70 + (p.i + 0.5) * 640.0 / p.n, 1),
										 round(250 - p.value * 210.0 / x.top, 1)), ' ' ORDER BY p.i)),
				string_agg(format('<circle class="mark" cx="%s" cy="%s" r="3.5" fill="%s"><title>%s %s: %s</title></circle>',
								  round(70 + (p.i + 0.5) * 640.0 / p.n, 1),
								  round(250 - p.value * 210.0 / x.top, 1), c.stroke, c.component,
								  p.survey_year, p.value), '' ORDER BY p.i)) AS svg
		   FROM (SELECT a.*, coalesce(a.k - lag(a.k) OVER (PARTITION BY a.component ORDER BY a.k) = 1,
									  false) AS joined
				   FROM (SELECT e.survey_year, e.i, e.n, e.k, v.component, v.value
						   FROM :editions_egdi_report AS e
						   JOIN egov.egdi_report AS r USING (survey_year)
						  CROSS JOIN LATERAL (VALUES ('EGDI', round(r.egdi, r.decimals)),
													 ('OSI', round(r.osi, r.decimals)),
													 ('HCI', round(r.hci, r.decimals)),
													 ('TII', round(r.tii, r.decimals))) AS v(component, value)
						  WHERE r.iso3 = :'iso3' AND r.assessed AND v.value IS NOT NULL) AS a) AS p
		   JOIN (VALUES (0, 'OSI', '#0072b2', 2), (1, 'HCI', '#009e73', 2), (2, 'TII', '#e69f00', 2),
						(3, 'EGDI', '#111111', 3.5)) AS c(k, component, stroke, width) USING (component)
		  GROUP BY c.k, c.component, c.stroke, c.width) AS l),
'<text x="62" y="30" text-anchor="end" font-size="11">rank</text>',
(SELECT string_agg(format('<text class="label rank" x="%s" y="30" text-anchor="middle" font-size="11" font-weight="bold">#%s</text>',
						  round(70 + (e.i + 0.5) * 640.0 / e.n, 1), r.world_rank), '' ORDER BY e.i)
   FROM :editions_egdi_report AS e
   JOIN egov.egdi_report AS r USING (survey_year)
  WHERE r.iso3 = :'iso3' AND r.assessed),
'<line x1="70" x2="710" y1="250" y2="250" stroke="#555"/><line x1="70" x2="70" y1="40" y2="250" stroke="#555"/>',
'<text class="axis-title" x="390" y="292" text-anchor="middle">Edition</text>',
'<text class="axis-title" transform="translate(20 135) rotate(-90)" text-anchor="middle">Index value</text>',
'<text class="axis-title" x="730" y="30">Index</text>',
'<line x1="730" x2="756" y1="45" y2="45" stroke="#111111" stroke-width="3.5"/><text x="762" y="49">EGDI</text>',
'<line x1="730" x2="756" y1="67" y2="67" stroke="#0072b2" stroke-width="2"/><text x="762" y="71">OSI</text>',
'<line x1="730" x2="756" y1="89" y2="89" stroke="#009e73" stroke-width="2"/><text x="762" y="93">HCI</text>',
'<line x1="730" x2="756" y1="111" y2="111" stroke="#e69f00" stroke-width="2"/><text x="762" y="115">TII</text>',
'<text x="730" y="140" font-weight="bold">#n</text><text x="752" y="140">world rank (top row)</text>',
'</svg>
<table>
<tr><th>Edition</th><th>World rank</th><th>Change</th><th>Region rank</th><th class="name">Group</th><th>EGDI</th><th>OSI</th><th>HCI</th><th>TII</th></tr>
',
(SELECT string_agg(
			CASE WHEN r.assessed THEN
				format('<tr%s><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="name">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
					   CASE WHEN r.survey_year = (:year)::int THEN ' class="chosen"' END,
					   r.survey_year, r.world_rank,
					   concat(CASE WHEN r.rank_change > 0 THEN '+' END, r.rank_change),
					   r.region_rank, r.level, round(r.egdi, r.decimals), round(r.osi, r.decimals),
					   round(r.hci, r.decimals), round(r.tii, r.decimals))
			ELSE
				format('<tr%s><td>%s</td><td colspan="8" class="name">not assessed</td></tr>',
					   CASE WHEN r.survey_year = (:year)::int THEN ' class="chosen"' END, r.survey_year)
			END, E'\n' ORDER BY r.survey_year)
   FROM egov.egdi_report AS r
  WHERE r.iso3 = :'iso3'),
'
</table>
<p class="note">Change: world ranks gained (+) or lost (−) since the country''s previous assessed edition.
Source: ',
CASE WHEN (SELECT e.provenance FROM egov.edition AS e WHERE e.survey_year = (:year)::int) = 'user'
	THEN concat('edition ', :year, ': its users (built with egov, not a UN publication); other editions: ')
END,
'United Nations Department of Economic and Social Affairs, UN E-Government Surveys.</p>
</body>
</html>')
  FROM (SELECT -- room above 1 only for the two 2003 HCI source errors
			   greatest(1.0, ceil(max(greatest(egdi, osi, hci, tii)) * 5) / 5.0) AS top
		  FROM egov.egdi_report WHERE iso3 = :'iso3' AND assessed) AS x,
	   (SELECT replace(replace(replace(replace(replace(country,
				   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS country
		  FROM egov.egdi_report WHERE iso3 = :'iso3' LIMIT 1) AS h;
