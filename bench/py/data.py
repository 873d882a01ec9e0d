"""Synthetic survey-shaped data, generated inside the database.

Row i belongs to edition g = i / 193 (193 countries per edition, like the
UN Member States) and is country i % 193.  Every value comes from
bench_u(i, k): hashint8extended(i, seed * 16 + k) reduced to 53 bits and
scaled to [0, 1), so the same seed gives the same rows on every run and
every machine of the same PostgreSQL major version.  Rows are stored in
generation order (edition by edition, as a survey table is loaded).
"""

COUNTRIES = 193
SURVEY_YEARS = (2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022)

# 2^53: the uniform value keeps the 53 low bits of the 64-bit hash.
_U = "(hashint8extended($1, {seed}::bigint * 16 + $2) & 9007199254740991)::float8 / 9007199254740992.0"


def create_sql(table, rows, seed, partitions=True):
    """SQL that (re)creates `table` with `rows` rows.  With partitions=False
    every row is in edition 0 (one big partition, for the memory probe)."""
    g = "i / %d" % COUNTRIES if partitions else "0"
    years = ",".join(str(y) for y in SURVEY_YEARS)
    return f"""
DROP TABLE IF EXISTS {table};
CREATE OR REPLACE FUNCTION pg_temp.bench_u(bigint, int) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT {_U.format(seed=int(seed))} $f$;
CREATE UNLOGGED TABLE {table} (
    g       int    NOT NULL,   -- edition: the window partition / group
    country int    NOT NULL,
    year    int    NOT NULL,   -- survey year of the edition
    osi     float8 NOT NULL,   -- components in [0, 1]
    hci     float8 NOT NULL,
    tii     float8 NOT NULL,
    x       float8 NOT NULL,   -- one raw indicator to normalise
    a       float8 NOT NULL,   -- four raw indicators for a composite
    b       float8 NOT NULL,
    c       float8 NOT NULL,
    d       float8 NOT NULL,
    egdi    float8 NOT NULL    -- EGDI of the row, rounded to 4 places (ties occur)
);
INSERT INTO {table}
SELECT g, country, year, osi, hci, tii, x, a, b, c, d,
       round(10000 * CASE WHEN year IN (2008, 2010)
                          THEN 0.34::float8 * osi + 0.33::float8 * hci + 0.33::float8 * tii
                          ELSE (osi + hci + tii) / 3 END) / 10000
FROM (SELECT {g} AS g,
             (i % {COUNTRIES})::int AS country,
             (ARRAY[{years}])[((i / {COUNTRIES}) % {len(SURVEY_YEARS)} + 1)::int] AS year,
             pg_temp.bench_u(i, 1) AS osi,
             0.15 + 0.85 * pg_temp.bench_u(i, 2) AS hci,
             pg_temp.bench_u(i, 3) * pg_temp.bench_u(i, 4) AS tii,
             100 * pg_temp.bench_u(i, 5) AS x,
             100 * pg_temp.bench_u(i, 6) AS a,
             exp(10 * pg_temp.bench_u(i, 7)) AS b,
             20 * pg_temp.bench_u(i, 8) AS c,
             pg_temp.bench_u(i, 9) AS d
      FROM generate_series(0::bigint, {int(rows) - 1}) AS i) AS s;
"""


def finish_sql(table):
    """Set hint bits and the visibility map, and gather statistics, so that
    no timed run pays for the first scan after loading."""
    return f"VACUUM (FREEZE, ANALYZE) {table}"
