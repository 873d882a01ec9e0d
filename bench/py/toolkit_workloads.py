"""The composite-indicator toolkit's workloads: the diagnostics and weights
aggregates, imputation, COINr's further normalisations and the composite's
median and generalised mean, each with the plain SQL a user would write
where there is one, and the floor.

The aggregates' floor is the grouped scan that builds the same indicator
array and only counts it, `count(ARRAY[a, b, c, d]) ... GROUP BY g` (the
array is the functions' interface, and building it costs more than the
aggregate's own work: 149 against 84 ms for count(*) at 10^6 rows); the
window functions' is `count(*) OVER (PARTITION BY g)` carrying the same
columns, as workloads.window_floor.  The bench table has no NULLs, so the
imputation workloads and the missing-value count read x with every tenth
country's value taken out (GAPPED), their competitor and floor too.

PCA has no plain-SQL form: it is timed against the floor only, and checked
on two indicators, where the first component is known in closed form
(loadings (1, sign r) / sqrt 2, explained share (1 + |r|) / 2, r their
correlation).  EM imputation of one gapped indicator from another is the
complete-case regression (the maximum-likelihood estimate for a monotone
pattern), which plain SQL writes with regr_slope and regr_intercept; EM
stops at 1e-10 in standardised units, so that check allows 1e-6.
"""

from workloads import TOLERANCE, Variant, Workload, float_check

GAPPED = ("(SELECT g, country, x, a, b, c, "
          "CASE WHEN country % 10 = 3 THEN NULL ELSE x END AS xn FROM {t}) AS s")


def agg_floor(array, src="{t}"):
    return Variant(f"floor count({array})", "floor", f"SELECT g, count({array}) FROM {src} GROUP BY g")


ABCD = "ARRAY[a, b, c, d]"
EM_TOLERANCE = 1e-6


def joined_check(egov, sql, pairs, tolerance=TOLERANCE):
    """Compare the grouped results egov (columns g, e…) and sql (g, p…)
    joined on g (a group missing on one side counts as a difference), or
    egov's alone when sql is None; pairs is the select list of e and p
    (arrays unnested in step)."""
    src = f"({egov}) AS eg" + (f" FULL JOIN ({sql}) AS sq USING (g)" if sql else "")
    return f"""
SELECT max(abs(e - p)),
       count(*) FILTER (WHERE e IS NULL OR p IS NULL OR abs(e - p) > {tolerance}),
       count(*)
FROM (SELECT {pairs} FROM {src}) AS pairs"""


def power_sums(col):
    return (f"count({col})::float8 AS n_{col}, avg({col}) AS m_{col}, avg({col} ^ 2) AS s2_{col}, "
            f"avg({col} ^ 3) AS s3_{col}, avg({col} ^ 4) AS s4_{col}")


def g1_g2(col):
    """Sample skewness G1 and excess kurtosis G2 of col from its power sums."""
    n, m, s2, s3, s4 = (f"{p}_{col}" for p in ("n", "m", "s2", "s3", "s4"))
    m2 = f"({s2} - {m} ^ 2)"
    m3 = f"({s3} - 3 * {m} * {s2} + 2 * {m} ^ 3)"
    m4 = f"({s4} - 4 * {m} * {s3} + 6 * {m} ^ 2 * {s2} - 3 * {m} ^ 4)"
    g1 = f"{m3} / {m2} ^ 1.5 * sqrt({n} * ({n} - 1)) / ({n} - 2)"
    g2 = f"(({n} + 1) * ({m4} / {m2} ^ 2 - 3) + 6) * ({n} - 1) / (({n} - 2) * ({n} - 3))"
    return g1, g2


MISSING_EGOV = f"SELECT g, egov.missing_counts(ARRAY[xn, a, b, c]) AS e FROM {GAPPED} GROUP BY g"
MISSING_SQL = (f"SELECT g, ARRAY[count(*) - count(xn), count(*) - count(a), count(*) - count(b), "
               f"count(*) - count(c)] AS p FROM {GAPPED} GROUP BY g")

CORR_PAIRS = [(1, 2, "a", "b"), (1, 3, "a", "c"), (1, 4, "a", "d"),
              (2, 3, "b", "c"), (2, 4, "b", "d"), (3, 4, "c", "d")]
CORR_EGOV = "SELECT g, egov.correlation_matrix(ARRAY[a, b, c, d]) AS m FROM {t} GROUP BY g"
CORR_SQL = ("SELECT g, " + ", ".join(f"corr({u}, {v}) AS {u}{v}" for _, _, u, v in CORR_PAIRS)
            + " FROM {t} GROUP BY g")

ALPHA_EGOV = "SELECT g, egov.cronbach_alpha(ARRAY[a, b, c, d]) AS e FROM {t} GROUP BY g"
ALPHA_SQL = ("SELECT g, 4.0::float8 / 3 * (1 - (var_samp(a) + var_samp(b) + var_samp(c) + var_samp(d))"
             " / var_samp(a + b + c + d)) AS p FROM {t} GROUP BY g")

MOMENTS_EGOV = ("SELECT g, egov.skewness(ARRAY[a, c]) AS sk, egov.kurtosis(ARRAY[a, c]) AS ku "
                "FROM {t} GROUP BY g")
(G1_A, G2_A), (G1_C, G2_C) = g1_g2("a"), g1_g2("c")
MOMENTS_SQL = (f"SELECT g, {G1_A} AS g1_a, {G1_C} AS g1_c, {G2_A} AS g2_a, {G2_C} AS g2_c "
               f"FROM (SELECT g, {power_sums('a')}, {power_sums('c')} FROM {{t}} GROUP BY g) AS ps")

PCA2 = ("SELECT g, egov.pca_weights(ARRAY[a, c]) AS w, egov.pca_variance(ARRAY[a, c]) AS v, "
        "corr(a, c) AS r FROM {t} GROUP BY g")

IMPUTE_SQL = "coalesce(xn, avg(xn) OVER w)"
EM_SQL = "coalesce(xn, regr_intercept(xn, a) OVER w + regr_slope(xn, a) OVER w * a)"


def window(key, title, needs, egov, sql, cols="x", src="{t}", check=None):
    """A window workload over src: egov's call and plain SQL's expression,
    both OVER w (PARTITION BY g); checked row by row within TOLERANCE."""
    return Workload(
        key, title, needs,
        [Variant("egov", "egov", f"SELECT {egov} OVER (PARTITION BY g) FROM {src}"),
         Variant("plain SQL", "sql", f"SELECT {sql} FROM {src} WINDOW w AS (PARTITION BY g)"),
         Variant("floor count(*) OVER", "floor",
                 f"SELECT {cols}, count(*) OVER (PARTITION BY g) FROM {src}")],
        check or float_check(f"SELECT {egov} OVER w AS e, {sql} AS p FROM {src} WINDOW w AS (PARTITION BY g)"))


WORKLOADS = [
    Workload(
        "missing", "7a. missing_counts(ARRAY[xn, a, b, c]) GROUP BY g",
        ["egov.missing_counts(double precision[])"],
        [Variant("egov", "egov", MISSING_EGOV), Variant("plain SQL", "sql", MISSING_SQL),
         agg_floor("ARRAY[xn, a, b, c]", GAPPED)],
        f"""
SELECT NULL::float8, count(*) FILTER (WHERE e IS DISTINCT FROM p), count(*)
FROM ({MISSING_EGOV}) AS eg FULL JOIN ({MISSING_SQL}) AS sq USING (g)"""),
    Workload(
        "corr", "7b. correlation_matrix(ARRAY[a, b, c, d]) GROUP BY g",
        ["egov.correlation_matrix(double precision[])"],
        [Variant("egov", "egov", CORR_EGOV), Variant("plain SQL: 6 corr()", "sql", CORR_SQL),
         agg_floor(ABCD)],
        joined_check(CORR_EGOV, CORR_SQL,
                     "unnest(ARRAY[" + ", ".join(f"m[{i}][{j}]" for i, j, _, _ in CORR_PAIRS)
                     + "]) AS e, unnest(ARRAY[" + ", ".join(u + v for _, _, u, v in CORR_PAIRS)
                     + "]) AS p")),
    Workload(
        "cronbach", "7c. cronbach_alpha(ARRAY[a, b, c, d]) GROUP BY g",
        ["egov.cronbach_alpha(double precision[])"],
        [Variant("egov", "egov", ALPHA_EGOV), Variant("plain SQL: var_samp", "sql", ALPHA_SQL),
         agg_floor(ABCD)],
        joined_check(ALPHA_EGOV, ALPHA_SQL, "e, p")),
    Workload(
        "moments", "7d. skewness(ARRAY[a, c]), kurtosis(ARRAY[a, c]) GROUP BY g",
        ["egov.skewness(double precision[])", "egov.kurtosis(double precision[])"],
        [Variant("egov", "egov", MOMENTS_EGOV),
         Variant("plain SQL: power sums", "sql", MOMENTS_SQL), agg_floor("ARRAY[a, c]")],
        joined_check(MOMENTS_EGOV, MOMENTS_SQL,
                     "unnest(sk || ku) AS e, unnest(ARRAY[g1_a, g1_c, g2_a, g2_c]) AS p")),
    Workload(
        "pca_weights", "7e. pca_weights(ARRAY[a, b, c, d]) GROUP BY g",
        ["egov.pca_weights(double precision[])"],
        [Variant("egov", "egov", "SELECT g, egov.pca_weights(ARRAY[a, b, c, d]) FROM {t} GROUP BY g"),
         agg_floor(ABCD)],
        joined_check(PCA2, None,
                     "unnest(w) AS e, unnest(ARRAY[1 / sqrt(2), sign(r) / sqrt(2)]) AS p")),
    Workload(
        "pca_variance", "7f. pca_variance(ARRAY[a, b, c, d]) GROUP BY g",
        ["egov.pca_variance(double precision[])"],
        [Variant("egov", "egov", "SELECT g, egov.pca_variance(ARRAY[a, b, c, d]) FROM {t} GROUP BY g"),
         agg_floor(ABCD)],
        joined_check(PCA2, None, "v AS e, (1 + abs(r)) / 2 AS p")),
    window("impute", "8a. impute(xn, 'mean') OVER (PARTITION BY g)",
           ["egov.impute(double precision,text)"],
           "egov.impute(xn, 'mean')", IMPUTE_SQL, "xn", GAPPED),
    window("impute_em", "8b. impute_em(ARRAY[a, xn]) OVER (PARTITION BY g)",
           ["egov.impute_em(double precision[])"],
           "egov.impute_em(ARRAY[a, xn])", EM_SQL, "a, xn", GAPPED,
           f"""
SELECT max(abs(e - p)), count(*) FILTER (WHERE (e IS NULL) <> (p IS NULL) OR abs(e - p) > {EM_TOLERANCE}),
       count(*)
FROM (SELECT (egov.impute_em(ARRAY[a, xn]) OVER w)[2] AS e, {EM_SQL} AS p
      FROM {GAPPED} WINDOW w AS (PARTITION BY g)) AS pairs"""),
    window("rank_score", "8c. rank_score(x) OVER (PARTITION BY g)", ["egov.rank_score(double precision)"],
           "egov.rank_score(x)", "rank() OVER (w ORDER BY x)"),
    window("borda", "8d. borda(x) OVER (PARTITION BY g)", ["egov.borda(double precision)"],
           "egov.borda(x)", "rank() OVER (w ORDER BY x) - 1"),
    window("dist2max", "8e. dist2max(x) OVER (PARTITION BY g)", ["egov.dist2max(double precision)"],
           "egov.dist2max(x)",
           "1 - (max(x) OVER w - x) / NULLIF(max(x) OVER w - min(x) OVER w, 0)"),
    window("fracmax", "8f. fracmax(x) OVER (PARTITION BY g)", ["egov.fracmax(double precision)"],
           "egov.fracmax(x)", "x / NULLIF(max(x) OVER w, 0)"),
    window("dist2ref", "8g. dist2ref(x, country = 0) OVER (PARTITION BY g)",
           ["egov.dist2ref(double precision,boolean,boolean)"], "egov.dist2ref(x, country = 0)",
           "1 - (max(x) FILTER (WHERE country = 0) OVER w - x) "
           "/ NULLIF(max(x) FILTER (WHERE country = 0) OVER w - min(x) OVER w, 0)",
           "x, country"),
    window("median", "8h. composite(ARRAY[a, b, c], method => 'median', minmax => false) OVER (PARTITION BY g)",
           ["egov.composite(double precision[],double precision[],text,boolean,text,double precision)"],
           "egov.composite(ARRAY[a, b, c], method => 'median', minmax => false)",
           "a + b + c - greatest(a, b, c) - least(a, b, c)", "a, b, c"),
    window("genmean", "8i. composite(ARRAY[a, b, c], method => 'generalised_mean', power => 2, "
           "minmax => false) OVER (PARTITION BY g)",
           ["egov.composite(double precision[],double precision[],text,boolean,text,double precision)"],
           "egov.composite(ARRAY[a, b, c], method => 'generalised_mean', power => 2, minmax => false)",
           "sqrt((a ^ 2 + b ^ 2 + c ^ 2) / 3)", "a, b, c"),
]

# one reference row per edition: none in the one-partition memory probe's table
next(w for w in WORKLOADS if w.key == "dist2ref").probe_memory = False

# report.py's headings: number, then the call as code
TITLES = {w.key: "{} `{}`".format(*w.title.split(" ", 1)) for w in WORKLOADS}
COLOURS = {"missing": "#17becf", "corr": "#bcbd22", "cronbach": "#7f7f7f", "moments": "#aec7e8",
           "pca_weights": "#ffbb78", "pca_variance": "#98df8a", "impute": "#ff9896",
           "impute_em": "#c5b0d5", "rank_score": "#c49c94", "borda": "#f7b6d2",
           "dist2max": "#dbdb8d", "fracmax": "#9edae5", "dist2ref": "#393b79",
           "median": "#637939", "genmean": "#8c6d31"}
