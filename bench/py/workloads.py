"""The workloads: for each, the egov form, its plain-SQL competitor and the
floor (the cheapest query that reads, sorts or groups the same rows), and
one query that computes the egov form and the competitor side by side and
counts the rows where they disagree.

Every query text has {t} for the table.  `needs` lists the egov functions
(as regprocedure text) without which the workload is "not available".
"""

# Two float results agree when they differ by at most this (absolute; the
# values compared are in [0, 1] or are z-scores of a few units).
TOLERANCE = 1e-9

SERIAL = {"max_parallel_workers_per_gather": "0"}
# Force a parallel plan with two workers whatever the cost model thinks.
PARALLEL2 = {
    "max_parallel_workers_per_gather": "2",
    "parallel_setup_cost": "0",
    "parallel_tuple_cost": "0",
    "min_parallel_table_scan_size": "0",
    "parallel_leader_participation": "on",
}


class Variant:
    def __init__(self, name, role, sql, settings=None):
        self.name = name          # e.g. "egov", "plain SQL", "floor"
        self.role = role          # "egov", "sql" or "floor"
        self.sql = sql
        self.settings = dict(SERIAL, **(settings or {}))


class Workload:
    def __init__(self, key, title, needs, variants, check, check_parallel=False):
        self.key = key
        self.title = title
        self.needs = needs
        self.variants = variants
        self.check = check        # returns (max_diff, mismatches, compared)
        # (label, settings) under which the check runs: serial, and with
        # two workers too where the workload has parallel variants
        self.checks = [("egov vs plain SQL", SERIAL)]
        if check_parallel:
            self.checks.append(("egov vs plain SQL with 2 workers", dict(SERIAL, **PARALLEL2)))

    def variant(self, role):
        return next((v for v in self.variants if v.role == role), None)


def float_check(pairs):
    """Compare columns e (egov) and p (plain SQL) of the query `pairs`."""
    return f"""
SELECT max(abs(e - p)),
       count(*) FILTER (WHERE (e IS NULL) <> (p IS NULL) OR abs(e - p) > {TOLERANCE}),
       count(*)
FROM ({pairs}) AS pairs"""


EGDI_SQL = ("CASE WHEN year IN (2008, 2010) "
            "THEN 0.34::float8 * osi + 0.33::float8 * hci + 0.33::float8 * tii "
            "ELSE (osi + hci + tii) / 3 END")

MINMAX_SQL = "(x - min(x) OVER w) / NULLIF(max(x) OVER w - min(x) OVER w, 0)"
ZSCORE_SQL = "(x - avg(x) OVER w) / NULLIF(stddev_samp(x) OVER w, 0)"


def _z(col):
    return f"({col} - avg({col}) OVER w) / NULLIF(stddev_samp({col}) OVER w, 0)"


# z-score each indicator over the edition, average them (inner query), then
# min-max the average over the edition (outer query, same partitioning, so
# no second sort).
COMPOSITE_MEAN = f"({_z('a')} + {_z('b')} + {_z('c')} + {_z('d')}) / 4"
COMPOSITE_SQL = """SELECT (m - min(m) OVER w) / NULLIF(max(m) OVER w - min(m) OVER w, 0)
FROM (SELECT g, {mean} AS m FROM {{t}} WINDOW w AS (PARTITION BY g)) AS z
WINDOW w AS (PARTITION BY g)""".format(mean=COMPOSITE_MEAN)

# Rating classes in plain SQL: the EGDI group, ntile(4) within (edition,
# group) by EGDI descending, and a tie at a quarter boundary to the higher
# class: the smallest ntile among equal scores (the peers of the ordering,
# so the outer window reuses the inner sort).
LEVEL_SQL = ("CASE WHEN egdi >= 0.75 THEN 3 WHEN egdi >= 0.5 THEN 2 "
             "WHEN egdi >= 0.25 THEN 1 ELSE 0 END")
LABELS_SQL = ("(CASE lvl WHEN 3 THEN '{{VH,V3,V2,V1}}'::text[] "
              "WHEN 2 THEN '{{HV,H3,H2,H1}}'::text[] "
              "WHEN 1 THEN '{{MH,M3,M2,M1}}'::text[] "
              "ELSE '{{LM,L3,L2,L1}}'::text[] END)[q]")
RATING_INNER = f"""SELECT g, egdi, lvl{{extra}},
       ntile(4) OVER (PARTITION BY g, lvl ORDER BY egdi DESC) AS t
FROM (SELECT *, {LEVEL_SQL} AS lvl FROM {{{{t}}}}) AS l"""
RATING_OUTER = """SELECT {labels} AS p{extra}
FROM (SELECT lvl{extra},
             min(t) OVER (PARTITION BY g, lvl ORDER BY egdi DESC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW) AS q
      FROM ({inner}) AS n) AS m"""
RATING_SQL = RATING_OUTER.format(labels=LABELS_SQL, extra="",
                                 inner=RATING_INNER.format(extra=""))
RATING_CHECK = """
SELECT NULL::float8, count(*) FILTER (WHERE e::text IS DISTINCT FROM p), count(*)
FROM ({pairs}) AS pairs""".format(pairs=RATING_OUTER.format(
    labels=LABELS_SQL, extra=", e",
    inner=RATING_INNER.format(
        extra=", egov.rating_class(egdi) OVER (PARTITION BY g) AS e")))

STATS_EGOV = "SELECT g, egov.egdi_stats(egdi) AS s FROM {t} GROUP BY g"
STATS_SQL = """SELECT g, count(egdi) AS countries, avg(egdi) AS mean,
       min(egdi) AS min, max(egdi) AS max,
       count(*) FILTER (WHERE egdi >= 0.75) AS very_high,
       count(*) FILTER (WHERE egdi >= 0.5 AND egdi < 0.75) AS high,
       count(*) FILTER (WHERE egdi >= 0.25 AND egdi < 0.5) AS middle,
       count(*) FILTER (WHERE egdi < 0.25) AS low
FROM {t} GROUP BY g"""
STATS_CHECK = f"""
SELECT greatest(max(abs((e.s).mean - p.mean)), max(abs((e.s).min - p.min)),
                max(abs((e.s).max - p.max))),
       count(*) FILTER (WHERE e.g IS NULL OR p.g IS NULL
                        OR (e.s).countries <> p.countries
                        OR abs((e.s).mean - p.mean) > {TOLERANCE}
                        OR (e.s).min <> p.min OR (e.s).max <> p.max
                        OR (e.s).very_high <> p.very_high OR (e.s).high <> p.high
                        OR (e.s).middle <> p.middle OR (e.s).low <> p.low),
       count(*)
FROM ({STATS_EGOV}) AS e FULL JOIN ({STATS_SQL}) AS p ON e.g = p.g"""


def window_floor(cols):
    """Sort by edition and keep each edition in the window's tuplestore,
    carrying the same columns as the workload, computing nothing else."""
    return f"SELECT {cols}, count(*) OVER (PARTITION BY g) FROM {{t}}"


WORKLOADS = [
    Workload(
        "scalar", "1. scalar: egdi(osi, hci, tii, year)",
        ["egov.egdi(float8,float8,float8,integer)"],
        [Variant("egov", "egov", "SELECT sum(egov.egdi(osi, hci, tii, year)) FROM {t}"),
         Variant("plain SQL", "sql", f"SELECT sum({EGDI_SQL}) FROM {{t}}"),
         Variant("floor sum(osi)", "floor", "SELECT sum(osi) FROM {t}")],
        float_check(f"SELECT egov.egdi(osi, hci, tii, year) AS e, {EGDI_SQL} AS p FROM {{t}}")),
    Workload(
        "minmax", "2a. normalisation: minmax(x) OVER (PARTITION BY g)",
        ["egov.minmax(float8)"],
        [Variant("egov", "egov", "SELECT egov.minmax(x) OVER (PARTITION BY g) FROM {t}"),
         Variant("plain SQL", "sql", f"SELECT {MINMAX_SQL} FROM {{t}} WINDOW w AS (PARTITION BY g)"),
         Variant("floor count(*) OVER", "floor", window_floor("x"))],
        float_check(f"SELECT egov.minmax(x) OVER w AS e, {MINMAX_SQL} AS p "
                     "FROM {t} WINDOW w AS (PARTITION BY g)")),
    Workload(
        "zscore", "2b. normalisation: zscore(x) OVER (PARTITION BY g)",
        ["egov.zscore(float8,boolean)"],
        [Variant("egov", "egov", "SELECT egov.zscore(x) OVER (PARTITION BY g) FROM {t}"),
         Variant("plain SQL", "sql", f"SELECT {ZSCORE_SQL} FROM {{t}} WINDOW w AS (PARTITION BY g)"),
         Variant("floor count(*) OVER", "floor", window_floor("x"))],
        float_check(f"SELECT egov.zscore(x) OVER w AS e, {ZSCORE_SQL} AS p "
                     "FROM {t} WINDOW w AS (PARTITION BY g)")),
    Workload(
        "composite", "3. composite(ARRAY[a,b,c,d]) OVER (PARTITION BY g)",
        ["egov.composite(float8[],float8[],text,boolean,text)"],
        [Variant("egov", "egov",
                 "SELECT egov.composite(ARRAY[a, b, c, d]) OVER (PARTITION BY g) FROM {t}"),
         Variant("plain SQL", "sql", COMPOSITE_SQL),
         Variant("floor count(*) OVER", "floor", window_floor("a, b, c, d"))],
        float_check(f"""SELECT e, (m - min(m) OVER w) / NULLIF(max(m) OVER w - min(m) OVER w, 0) AS p
FROM (SELECT g, egov.composite(ARRAY[a, b, c, d]) OVER w AS e, {COMPOSITE_MEAN} AS m
      FROM {{t}} WINDOW w AS (PARTITION BY g)) AS z
WINDOW w AS (PARTITION BY g)""")),
    Workload(
        "rating", "4. rating_class(egdi) OVER (PARTITION BY g)",
        ["egov.rating_class(float8)"],
        [Variant("egov", "egov", "SELECT egov.rating_class(egdi) OVER (PARTITION BY g) FROM {t}"),
         Variant("plain SQL", "sql", RATING_SQL),
         Variant("floor count(*) OVER", "floor", window_floor("egdi"))],
        RATING_CHECK),
    Workload(
        "aggregate", "5. egdi_stats(egdi) GROUP BY g",
        ["egov.egdi_stats(float8)"],
        [Variant("egov", "egov", STATS_EGOV),
         Variant("plain SQL", "sql", STATS_SQL),
         Variant("floor count(*)", "floor", "SELECT g, count(*) FROM {t} GROUP BY g"),
         Variant("egov, 2 workers", "egov-parallel", STATS_EGOV, PARALLEL2),
         Variant("plain SQL, 2 workers", "sql-parallel", STATS_SQL, PARALLEL2)],
        STATS_CHECK, check_parallel=True),
]

# The egov form of the analyst's job in workload 6 (computed in the
# database, fetched by the client).
OUTSIDE_NEEDS = ["egov.minmax(float8)", "egov.zscore(float8,boolean)",
                 "egov.composite(float8[],float8[],text,boolean,text)"]
OUTSIDE_INDB = """SELECT g, country, egov.minmax(x) OVER w AS minmax, egov.zscore(x) OVER w AS zscore,
       egov.composite(ARRAY[a, b, c, d]) OVER w AS composite
FROM {t} WINDOW w AS (PARTITION BY g)"""
OUTSIDE_FETCH = "SELECT g, country, x, a, b, c, d FROM {t}"
