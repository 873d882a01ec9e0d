# bin/egov-report: the HTML page it writes from egov's views on the test
# cluster (well-formed, self-contained, every figure of the views in it,
# names escaped), what headless Chromium makes of it (a screenshot that is
# not blank, the headings in the DOM), its defaults and its errors.
#
# EGOV_REPORT_PNG=FILE keeps the 2022/Denmark screenshot as FILE (how
# doc/report.png is made).
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
trap 'finish >/dev/null' EXIT

export PGOPTIONS="-c client_min_messages=warning"
db=egov_report
work=$EGOV_WORK/report
rm -rf "$work" && mkdir -p "$work/home" || exit 1
"$PG_BIN/dropdb" --if-exists "$db" && "$PG_BIN/createdb" "$db" || exit 1
"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION egov' || exit 1
psql() { "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "$@"; }

export PSQL=$PG_BIN/psql
report() { bin/egov-report --dbname "$db" "$@"; }
page() { /usr/bin/python3 test/report/check_page.py "$@"; }
tap() {	# tap COMMAND...: run a TAP-printing check program, count its lines
	local out
	out=$("$@" 2>&1)
	echo "$out"
	count_tap "$out"
	grep -q '^ok ' <<<"$out" || fail "$1 ran" "$out"
}

# --- the page for Denmark 2022 --------------------------------------------
html=$work/report.html
check "egov-report --year 2022 --country DNK writes the page" \
	report --year 2022 --country DNK --out "$html"
[ -s "$html" ] || { fail "the page exists"; exit 1; }
headings=(--h2 "World map of EGDI groups, 2022" --h2 "EGDI groups by edition" --h2 "Regional mean EGDI by edition"
		  --h2 "Top 20 in 2022" --h2 "Denmark across editions")
tap page "$html" --svg 5 "${headings[@]}" \
	--text "Denmark (Europe) in 2022: EGDI 0.9717, world rank 1 of 193, group Very High" \
	--absent "<details" --text "Top 20 figures"
check "the page has print rules (nothing collapsed, colours kept)" grep -qF '@media print' "$html"

# every figure of the views is in the page: the bars' and points' tooltips
# and the tables, as the views give them (index values at the edition's
# decimals)
expected=$work/expected.txt
psql -o "$expected" <<'SQL' || exit 1
SELECT format('<title>%s %s: %s countries</title>', survey_year, level, countries)
  FROM egov.level_summary WHERE countries > 0;
SELECT format('<title>%s %s: mean EGDI %s (%s countries)</title>', region, survey_year,
			  round(mean_egdi::numeric, 4), countries)
  FROM egov.region_summary;
SELECT format('<td>%s</td><td class="name">%s</td><td class="name">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>',
			  world_rank, country, region, round(egdi, decimals), round(osi, decimals),
			  round(hci, decimals), round(tii, decimals))
  FROM egov.egdi_report WHERE survey_year = 2022 AND world_rank <= 20;
SELECT format('<tr%s><td>%s</td><td>%s</td>', CASE WHEN survey_year = 2022 THEN ' class="chosen"' END,
			  survey_year, world_rank)
  FROM egov.egdi_report WHERE iso3 = 'DNK';
SQL
want=$(wc -l < "$expected")
check "all $want figures of level_summary, region_summary and egdi_report in the page (none of them missing)" \
	bash -c 'while IFS= read -r line; do grep -qF -- "$line" "$1" || { echo "missing: $line"; exit 1; }; done < "$2"' _ "$html" "$expected"
check "the expected figures are many (4 groups x 11 editions, 6 x 11 means, 20, 11)" test "$want" -ge 100
check "top 20 of 2022: 20 bars of each component" \
	test "$(grep -o '<title>[^<]* OSI [0-9.]*</title>' "$html" | wc -l)" = 20

report --year 2022 --country DNK --out "$work/again.html" 2>/dev/null
check "the same database gives the same page" cmp "$html" "$work/again.html"

# the copy make install put into PostgreSQL's bindir (test/run installed
# egov), run from / with no PSQL: its files from the share directory
installed=$("$PG_CONFIG" --bindir)/egov-report
check "make install put egov-report into $("$PG_CONFIG" --bindir)" test -x "$installed"
check "make install put its SQL and map data into $("$PG_CONFIG" --sharedir)/extension/egov" \
	cmp data/naturalearth/countries.tsv "$("$PG_CONFIG" --sharedir)/extension/egov/countries.tsv"
check "the installed egov-report, run from /, writes the same page" \
	bash -c 'cd / && env -u PSQL "$1" --dbname "$2" -y 2022 -c DNK -o "$3/installed.html" 2>/dev/null &&
		cmp "$3/installed.html" "$4"' _ "$installed" "$db" "$work" "$html"
check "the installed egov-report's --help names its files in the share directory" \
	bash -c '"$1" --help | grep -qF "$2/extension/egov/egov-report.sql"' _ "$installed" "$("$PG_CONFIG" --sharedir)"

# the world map: each assessed country in its EGDI group's colour
map_expected() {	# map_expected YEAR FILE: "ISO3 <tab> group colour" of the edition's assessed countries
	psql -F $'\t' -o "$2" -c "SELECT iso3, CASE level WHEN 'Very High' THEN '#0072b2'
		WHEN 'High' THEN '#56b4e9' WHEN 'Middle' THEN '#e69f00' ELSE '#d55e00' END
		FROM egov.egdi_report WHERE survey_year = $1 AND assessed"
}
map_expected 2022 "$work/map2022.tsv" || exit 1
shapes=data/naturalearth/countries.tsv
tap /usr/bin/python3 test/report/check_map.py "$html" "$work/map2022.tsv" "$shapes"
tap /usr/bin/python3 test/report/check_layout.py "$html"
# the shapes are what the committed scripts make of Natural Earth's data
if command -v Rscript >/dev/null; then
	check "data/naturalearth: extract.R and convert.py remake countries.tsv byte for byte" \
		bash -c 'Rscript data/naturalearth/extract.R > "$1/ne50.txt" &&
			/usr/bin/python3 data/naturalearth/convert.py "$1/ne50.txt" 2>/dev/null | cmp - "$2"' _ "$work" "$shapes"
else
	fail "Rscript is installed (r-cran-rnaturalearthdata, test/lib/packages-report)"
fi
# 2003: 20 Member States not assessed, grey on the map
report --year 2003 --country USA --out "$work/y2003.html" 2>/dev/null
map_expected 2003 "$work/map2003.tsv" || exit 1
tap /usr/bin/python3 test/report/check_map.py "$work/y2003.html" "$work/map2003.tsv" "$shapes"
check "2003: the countries not assessed are marked (grey, 'not assessed in 2003')" \
	test "$(grep -o 'fill="#9e9e9e"[^>]*><title>[^<]*: not assessed in 2003</title>' "$work/y2003.html" | wc -l)" -ge 20

# --- headless Chromium ------------------------------------------------------
# The page is a local file that loads nothing; Chromium's sandbox needs
# kernel features containers often lack, hence --no-sandbox.  No display:
# DISPLAY and WAYLAND_DISPLAY are unset; HOME and the profile are scratch.
chromium_run() {
	env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
		XDG_CACHE_HOME="$work/home/.cache" timeout -k 10 120 chromium --headless --no-sandbox \
		--disable-gpu --disable-dev-shm-usage --no-first-run --disable-extensions \
		--hide-scrollbars --user-data-dir="$work/profile" --window-size=1280,3300 "$@" \
		2> >(grep -v -e dbus -e Fontconfig -e '^/usr/bin/chromium: [0-9]*: \[:' >&2)
}
if ! command -v chromium >/dev/null; then
	fail "chromium is installed (test/lib/packages-report)"
else
	png=$work/report.png
	chromium_run --screenshot="$png" "file://$html" >/dev/null
	check "chromium writes a screenshot" test -s "$png"
	[ -s "$png" ] && tap /usr/bin/python3 test/report/check_png.py "$png" 1280 3300
	if [ -n "${EGOV_REPORT_PNG:-}" ] && [ -s "$png" ]; then
		# 256 colours: the charts are flat fills, the file a third the size
		/usr/bin/python3 -c 'import sys; from PIL import Image
Image.open(sys.argv[1]).convert("RGB").quantize(256).save(sys.argv[2], optimize=True)' \
			"$png" "$EGOV_REPORT_PNG" && echo "# screenshot kept as $EGOV_REPORT_PNG"
	fi
	chromium_run --dump-dom "file://$html" > "$work/dom.html"
	check "chromium dumps the DOM" test -s "$work/dom.html"
	tap page "$work/dom.html" --svg 5 "${headings[@]}" --text "Denmark" --text "Top 20 figures"
	# what Chromium made of the page: the map and the layout rules
	tap /usr/bin/python3 test/report/check_map.py "$work/dom.html" "$work/map2022.tsv" "$shapes"
	tap /usr/bin/python3 test/report/check_layout.py "$work/dom.html"
fi

# --- names with apostrophes, accents and markup -----------------------------
civ=$work/civ.html
check "--country takes a name in any case: côte d'ivoire" \
	report --year 2022 --country "CÔte d'ivoire" --out "$civ"
tap page "$civ" --svg 5 --h2 "World map of EGDI groups, 2022" --h2 "EGDI groups by edition" --h2 "Regional mean EGDI by edition" \
	--h2 "Top 20 in 2022" --h2 "Côte d'Ivoire across editions" \
	--text "Côte d'Ivoire (Africa) in 2022" --absent "d'Ivoire"
if command -v chromium >/dev/null; then
	chromium_run --dump-dom "file://$civ" > "$work/civ-dom.html"
	check "Chromium shows Côte d'Ivoire's heading" grep -qF "<h2>Côte d'Ivoire across editions</h2>" "$work/civ-dom.html"
fi

# any spelling egov.country_iso3 knows: an alias, the official name
report --year=2022 --country=Türkiye --out="$work/tur.html"
check "--country Türkiye (an alias) is Turkey" grep -qF '<h2>Turkey across editions</h2>' "$work/tur.html"
report -y 2022 -c "kingdom of denmark" -o "$work/dnk.html"
check "--country 'kingdom of denmark' (the official name) is Denmark" \
	grep -qF '<h2>Denmark across editions</h2>' "$work/dnk.html"

# a name that is markup: escaped wherever it appears (changed in a
# database of its own)
esc_db=egov_report_esc
"$PG_BIN/dropdb" --if-exists "$esc_db" && "$PG_BIN/createdb" "$esc_db" || exit 1
"$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d "$esc_db" -c 'CREATE EXTENSION egov' \
	-c $'UPDATE egov.country SET name = $$Den<b>"mark" & \'Co\'</b>$$ WHERE iso3 = \'DNK\'' || exit 1
check "a country name with markup renders" \
	bin/egov-report --dbname "$esc_db" --country dnk --out "$work/esc.html"
tap page "$work/esc.html" --svg 5 --text $'Den<b>"mark" & \'Co\'</b> across editions' \
	--absent '<b>"mark"' --absent "& 'Co'"
"$PG_BIN/dropdb" "$esc_db"

# --- defaults ---------------------------------------------------------------
(cd "$work" && PGDATABASE=$db "$EGOV_ROOT/bin/egov-report" 2>/dev/null)
check "defaults: libpq's PGDATABASE, the latest edition, its first-ranked country, egov-report.html" \
	grep -qF '<h1>UN E-Government Development Index – 2024 report</h1>' "$work/egov-report.html"
check "defaults: Denmark, first in 2024" grep -qF '<h2>Denmark across editions</h2>' "$work/egov-report.html"
check "--out - writes to standard output" \
	bash -c 'bin/egov-report --dbname "$1" -y 2003 -c USA -o - | grep -qF "<h2>United States across editions</h2>"' _ "$db"

# --- errors: a message naming what is wrong, no page -------------------------
expect_error() {	# expect_error STATUS MESSAGE ARGS...: fails with STATUS saying MESSAGE
	local status=$1 message=$2 err rc
	shift 2
	rm -f "$work/bad.html"
	err=$(bin/egov-report --out "$work/bad.html" "$@" 2>&1 >/dev/null)
	rc=$?
	if [ $rc -eq "$status" ] && grep -qF -- "$message" <<<"$err" && [ ! -e "$work/bad.html" ]; then
		pass "$* → exit $status: $message"
	else
		fail "$* → exit $status: $message" "exit $rc: $err$( [ -e "$work/bad.html" ] && echo ' (page written)')"
	fi
}
expect_error 1 "no edition 1999 in egov.egdi_report (editions held: 2003, 2004, 2005, 2008" \
	--dbname "$db" --year 1999
expect_error 1 "unknown country 'XYZ'" --dbname "$db" --country XYZ
expect_error 1 "unknown country 'Atlantis'" --dbname "$db" --year 2022 --country Atlantis
expect_error 1 "--year must be a four-digit year, got '22; DROP'" --dbname "$db" --year "22; DROP"
expect_error 1 "unknown argument '--colour'" --dbname "$db" --colour
expect_error 1 "option --country needs a value" --dbname "$db" --country
expect_error 1 "option --country needs a value" --dbname "$db" --country=
expect_error 1 "option -y needs a value" --dbname "$db" -y ''
expect_error 1 'egov is not installed in database "postgres" (run CREATE EXTENSION egov)' --dbname postgres
expect_error 2 'database "egov_report_none" does not exist' --dbname egov_report_none
check "after the errors no temporary file is left" \
	bash -c '! ls -A "$1" | grep -q "^\.egov-report\."' _ "$work"
check "--help describes every option, PSQL and the exit status" \
	bash -c 'h=$(bin/egov-report --help) && for o in "-y, --year YEAR" "-c, --country COUNTRY" "-o, --out FILE" \
		"-d, --dbname DB" "-h, --help" PSQL "Exit status"; do grep -qF -- "$o" <<<"$h" || exit 1; done'

"$PG_BIN/dropdb" "$db"
trap - EXIT
finish
