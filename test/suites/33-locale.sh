# The locale matrix: egov's IMMUTABLE text functions (egov.country_key and
# every other, taken from the catalogue by test/locale/matrix.sql) give the
# same results on a corpus of tricky names in databases of the C, C.UTF-8
# and ICU (en-US, tr-TR) locales; the loader takes codes, short, spaced and
# NFD names in each; cities and aliases that differ only in a
# Unicode space are one name in each of them; and a dump of one restores
# into each other with every row.
cd "$EGOV_ROOT" || exit 1
source test/lib/checks.sh
trap finish EXIT
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# database name and the locale clause it is created with
dbs=(egov_loc_c egov_loc_cutf8 egov_loc_icu egov_loc_icutr)
declare -A locale=(
	[egov_loc_c]="LOCALE 'C'"
	[egov_loc_cutf8]="LOCALE 'C.UTF-8'"
	[egov_loc_icu]="LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
	[egov_loc_icutr]="LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'tr-TR'"
)
# A PostgreSQL built without ICU (configure --without-icu) has no ICU
# locales (initdb imports them as *-x-icu collations; 16 defines "unicode"
# in every build): the matrix is then C and C.UTF-8, and says so.
icu=$(psql -d postgres -At -c "SELECT EXISTS (SELECT FROM pg_collation WHERE collname LIKE '%-x-icu')")
if [ "$icu" != t ]; then
	echo "# this PostgreSQL was built without ICU: the ICU databases are left out"
	dbs=(egov_loc_c egov_loc_cutf8)
fi
create() {	# create DB: an empty UTF8 database of DB's locale
	"$PG_BIN/dropdb" --if-exists "$1" &&
		psql -d postgres -c "CREATE DATABASE $1 ENCODING 'UTF8' ${locale[$1]} TEMPLATE template0"
}
for db in "${dbs[@]}"; do
	create "$db" && psql -d "$db" -c 'CREATE EXTENSION egov' || exit 1
done

# The databases do differ where a locale can show: a regex class and lower().
probe() { psql -d "$1" -At -c "SELECT E'\u2009' ~ '[[:space:]]', lower('I')"; }
if [ "$icu" = t ]; then
	check "the matrix spans locales that differ (C: thin space no regex space; tr-TR: lower('I') = ı)" \
		test "$(probe egov_loc_c) $(probe egov_loc_cutf8) $(probe egov_loc_icutr)" = "f|i t|i t|ı"
else
	check "the matrix spans locales that differ (C: thin space no regex space)" \
		test "$(probe egov_loc_c) $(probe egov_loc_cutf8)" = "f|i t|i"
fi

# 1. Every IMMUTABLE text function, every corpus name, every database.
for db in "${dbs[@]}"; do
	psql -d "$db" -f test/locale/matrix.sql > "$EGOV_WORK/matrix.$db" 2> "$EGOV_WORK/matrix.$db.err"
	check "$db: the matrix runs ($(wc -l < "$EGOV_WORK/matrix.$db") calls)" \
		test $? -eq 0 -a -s "$EGOV_WORK/matrix.$db"
done
functions=$(head -1 "$EGOV_WORK/matrix.egov_loc_c")
echo "$functions"
has_keys() { grep -q 'egov\.country_key(text)' <<<"$functions" && grep -q 'egov\.visible_text(text)' <<<"$functions"; }
check "the catalogue gives the matrix egov.country_key and egov.visible_text" has_keys
calls() {	# calls FUNCTION DB: the matrix lines of one function
	awk -v f="$1 | " 'index($0, f) == 1' "$EGOV_WORK/matrix.$2"
}
# one line per function, in the order the matrix lists them
while read -r f; do
	check "$f: called on every name ($(calls "$f" egov_loc_c | wc -l) calls)" \
		test "$(calls "$f" egov_loc_c | wc -l)" -gt 0
	for db in "${dbs[@]:1}"; do
		check "$f: $db gives what egov_loc_c gives" \
			diff <(calls "$f" egov_loc_c) <(calls "$f" "$db")
	done
done < <(sed -n '1s/^functions [0-9]*: //p' "$EGOV_WORK/matrix.egov_loc_c" | sed 's/), /)\n/g')
check "no other line in the matrix" \
	test "$(grep -vc '^egov\.' "$EGOV_WORK/matrix.egov_loc_c")" = 1

# 2. Names that differ only in a Unicode space or in their normal form are
# one name in every locale: the second is refused, by the loader and by the
# table.
for db in "${dbs[@]}"; do
	out=$(psql -d "$db" -At 2>&1 <<'SQL'
SELECT egov.import_cities(E'Country,City\nMUS,Port Louis\n');
SELECT egov.import_cities(E'Country,City\nMUS,Port\u2009Louis\n');
SQL
	)
	check "$db: import_cities refuses Port<U+2009>Louis beside Port Louis (23505)" \
		grep -q 'ERROR:  .*Port' <<<"$out"
	check "$db: import_un_csv takes a code, a short name, a thin space and an NFD name" \
		test "$(psql -d "$db" -At -c "SELECT egov.import_un_csv(E'Survey Year,Country Name,E-Government Rank,'
			'E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,'
			'Telecommunication Infrastructure Index\n2030,DNK,1,0.9,0.9,0.9,0.9,0.9\n2030,UK,2,0.8,0.8,0.8,0.8,0.8\n'
			'2030,Ireland\u2009,3,0.7,0.7,0.7,0.7,0.7\n2030,' || normalize('Côte d''Ivoire', NFD) || E',4,0.6,0.6,0.6,0.6,0.6\n')")" = 4
	check "$db: the table refuses it too" \
		test "$(psql -d "$db" -At -c "DO \$\$ BEGIN INSERT INTO egov.city (iso3, name) VALUES ('MUS', E'Port\u00A0Louis');
			EXCEPTION WHEN unique_violation THEN RAISE NOTICE 'refused'; END \$\$" 2>&1)" = "NOTICE:  refused"
	psql -d "$db" -c "INSERT INTO egov.city (iso3, name) VALUES ('CIV', normalize('Abobo Gare', NFC))" \
		-c "INSERT INTO egov.country_alias (alias, iso3) VALUES (E'Ire\u2009land', 'IRL'), (normalize('Éire', NFD), 'IRL')" ||
		fail "$db: the cities and aliases are inserted"
	check "$db: the cities and aliases stored" \
		test "$(psql -d "$db" -At -c "SELECT count(*) FROM egov.city") $(psql -d "$db" -At -c "SELECT count(*) FROM egov.country_alias WHERE NOT bundled")" = "2 2"
	check "$db: country_iso3 finds them whatever the spelling" \
		test "$(psql -d "$db" -At -c "SELECT string_agg(coalesce(egov.country_iso3(n), '?'), ' ')
			FROM unnest(ARRAY['Ireland', E'Ireland\u2009', E'IRE\u00A0LAND', 'éire', normalize('ÉIRE', NFD), 'irl']) n")" = \
			"IRL IRL IRL IRL IRL IRL"
	check "$db: a header in capitals and the kind in small letters are read alike (no dotless i)" \
		test "$(psql -d "$db" -At -c "SELECT egov.import_losi_indicators(E'EDITION,INDEX,YEAR,CODE,CRITERION,MAX POINTS\n'
			'loc-check,losi,2024,i1,Content,1\nloc-check,Losi,2024,i2,Content,1\n')")" = 2
	check "$db: a city's Unicode spaces are stored as spaces, the same in every locale" \
		test "$(psql -d "$db" -At -c "SELECT egov.import_cities(E'Country,City\nMUS,Rose\u00A0Hill\u2009Town\n')" \
			-c "SELECT egov.visible_text(name) FROM egov.city WHERE name LIKE 'Rose%'")" = "1
Rose Hill Town"
done

# 3. A dump of each database restores into a database of every other locale
# with every row, the keys included.
rows() {
	psql -d "$1" -At -c "SELECT 'city', c::text FROM egov.city c ORDER BY 2" \
		-c "SELECT 'alias', a::text FROM egov.country_alias a ORDER BY 2" \
		-c "SELECT 'key', egov.country_key(name) FROM egov.city ORDER BY 2"
}
for src in egov_loc_c egov_loc_cutf8; do
	"$PG_BIN/pg_dump" -Fc -f "$EGOV_WORK/$src.dump" "$src" || exit 1
	rows "$src" > "$EGOV_WORK/$src.rows"
	for dst in "${dbs[@]}"; do
		[ "$dst" = "$src" ] && continue
		tmp=${dst}_restored
		locale[$tmp]=${locale[$dst]}
		create "$tmp" || exit 1
		"$PG_BIN/pg_restore" --exit-on-error -d "$tmp" "$EGOV_WORK/$src.dump"
		check "dump of $src restores into a ${dst#egov_loc_} database" test $? -eq 0
		check "dump of $src into ${dst#egov_loc_}: every row, the same keys" \
			diff "$EGOV_WORK/$src.rows" <(rows "$tmp")
		"$PG_BIN/dropdb" "$tmp"
	done
done

for db in "${dbs[@]}"; do "$PG_BIN/dropdb" "$db"; done
[ "$checks_failed" -eq 0 ]
