#!/usr/bin/env python3
"""Check egov's multivariate toolkit against references computed in numpy.

Seeded partitions of indicator arrays (correlated normal data, large common
offsets, ties, constant indicators, NULL elements and NULL arrays, partitions
of 0 to 300 rows, one row included) and, for each, the definitions:

  correlation_matrix  numpy.corrcoef of the complete rows; an indicator
                      without spread has a NULL row and column;
  cronbach_alpha      k / (k - 1) (1 - trace(C) / sum(C)), C = numpy.cov;
  pca_weights         the eigenvector of the largest eigenvalue of the
                      correlation matrix of the indicators with spread
                      (numpy.linalg.eigh), unit length, summing to > 0
                      (a sum within 1e-9 of 0: the first loading beyond
                      1e-9 positive), 0 for an indicator without spread; NULL when the two
                      largest eigenvalues are within 1e-10 of each other;
  pca_variance        that eigenvalue over the number of such indicators;
  skewness, kurtosis  e1071 type 2 from numpy central moments, per indicator
                      over its non-NULL values;
  missing_counts      NULL elements per indicator (NULL arrays skipped);
  impute              numpy.mean / numpy.median of the non-NULL values;
  impute_em           a written-out EM for the multivariate normal model
                      (em_reference below), the same start, stopping rule
                      and cap, numpy.linalg.pinv for the regressions.

  correlation_weights no reference optimiser: the objective
                      f(w) = sum_i (rho_i / sum rho - 1 / m)^2 recomputed
                      with numpy.corrcoef at the returned weights must be
                      no larger (beyond 1e-12) than at equal weights and at
                      500 random points of the simplex, the weights >= 0
                      summing to 1, 0 for an indicator without spread.

Then EM on one seeded data set of 200 rows and 5 correlated indicators with
20 % of the values missing; and every aggregate in a forced parallel plan
(partial states combined) equal to its serial result and to numpy.

Tolerances (stated where used): 1e-10 relative for correlations, alpha
and the explained variance, 1e-8 for skewness and kurtosis, each plus
1e-13 times the partition's condition (the largest |mean| / sd of an
indicator: the data's own rounding relative to its spread, which a common
offset of 1e6 on a spread of 1e-3 makes 1e9); for eigenvectors that too
plus 1e-13 over the relative gap of the two largest eigenvalues (a vector
is that ill-conditioned); EM 1e-7 in units of each indicator's standard
deviation plus 4 ulp of the value, compared where the partition has more
rows with an observed value than indicators with spread (with fewer the
covariance estimate is singular and its maximum not unique: only the
observed values passing unchanged are checked).

Connection from PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final
"passed failed" line.  Exit status 1 if any check failed.
"""
import math
import sys

import numpy as np
import psycopg2.extras

import scratch
from tap import Tap

DB = "egov_multivariate_oracle"
CASES = 240
EM_MAX_ITERATIONS = 1000
EM_TOLERANCE = 1e-10
PCA_GAP = 1e-10

tap = Tap()
check = tap.check


# ---------------------------------------------------------------- data
def make_case(rng, c):
    r = rng.uniform()
    n = int(rng.integers(0, 4)) if r < 0.15 else int(rng.integers(4, 40)) if r < 0.8 \
        else int(rng.integers(40, 300))
    k = int(rng.integers(1, 7))
    mix = rng.normal(size=(k, k)) * rng.choice([0.2, 1.0, 3.0])
    x = rng.normal(size=(n, k)) @ (np.eye(k) + mix)
    x = x * rng.choice([1e-3, 1.0, 1e4]) + rng.choice([0.0, 5.0, 1e6])
    if rng.uniform() < 0.3:
        x = np.round(x, 0 if rng.uniform() < 0.5 else 1)     # ties
    if k > 1 and rng.uniform() < 0.15:
        x[:, int(rng.integers(0, k))] = 3.25                  # constant
    ind = [[float(v) for v in row] for row in x]
    null_frac = rng.choice([0.0, 0.05, 0.2])
    for i in range(n):
        if rng.uniform() < null_frac:
            if rng.uniform() < 0.2:
                ind[i] = None
            else:
                ind[i][int(rng.integers(0, k))] = None
    return dict(ind=ind, k=k, method="mean" if c % 2 else "median")


def matrix(case):
    """rows x k float array, NaN for NULL; NULL arrays left out."""
    rows = [[np.nan if v is None else v for v in row] for row in case["ind"]
            if row is not None]
    return np.array(rows, dtype=float).reshape(len(rows), case["k"])


def complete(case):
    x = matrix(case)
    return x[~np.isnan(x).any(axis=1)]


# ---------------------------------------------------------------- references
def ref_correlation(x):
    if len(x) < 2:
        return None
    c = np.cov(x, rowvar=False, ddof=1).reshape(x.shape[1], x.shape[1])
    d = np.diag(c).copy()
    spread = np.array([np.ptp(x[:, j]) > 0 for j in range(x.shape[1])])
    r = np.full_like(c, np.nan)
    for i in range(len(d)):
        for j in range(len(d)):
            if spread[i] and spread[j]:
                r[i, j] = 1.0 if i == j else c[i, j] / math.sqrt(d[i] * d[j])
    return r


def ref_cronbach(x):
    k = x.shape[1]
    if k < 2 or len(x) < 2:
        return None
    c = np.cov(x, rowvar=False, ddof=1)
    total = c.sum()
    if not total > 1e-300 or np.ptp(x.sum(axis=1)) == 0:
        return None
    return k / (k - 1) * (1 - np.trace(c) / total)


def ref_pca(x):
    """(weights, variance, gap) or (None, None, None)."""
    if len(x) < 2:
        return None, None, None
    k = x.shape[1]
    cols = [j for j in range(k) if np.ptp(x[:, j]) > 0]
    if not cols:
        return None, None, None
    r = np.corrcoef(x[:, cols], rowvar=False).reshape(len(cols), len(cols))
    vals, vecs = np.linalg.eigh(r)
    lam = vals[::-1]
    v = vecs[:, -1]
    if abs(v.sum()) > 1e-9:
        v = v if v.sum() > 0 else -v
    else:
        v = v if v[np.abs(v) > 1e-9][0] > 0 else -v
    w = np.zeros(k)
    w[cols] = v
    gap = 1.0 if len(cols) == 1 else (lam[0] - lam[1]) / lam[0]
    return w, min(1.0, lam[0] / len(cols)), gap


def ref_moments(case):
    x = matrix(case)
    skew, kurt = [], []
    for j in range(case["k"]):
        v = x[:, j][~np.isnan(x[:, j])] if len(x) else np.array([])
        n = len(v)
        if n < 3 or np.ptp(v) == 0:
            skew.append(None)
            kurt.append(None)
            continue
        d = v - v.mean()
        m2, m3, m4 = (d ** 2).sum(), (d ** 3).sum(), (d ** 4).sum()
        g1 = math.sqrt(n) * m3 / m2 ** 1.5
        skew.append(g1 * math.sqrt(n * (n - 1)) / (n - 2))
        if n < 4:
            kurt.append(None)
        else:
            g2 = n * m4 / m2 ** 2
            kurt.append(((n + 1) * (g2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))
    return skew, kurt


def ref_missing(case):
    if all(row is None for row in case["ind"]):
        return None
    counts = [0] * case["k"]
    for row in case["ind"]:
        for j in range(case["k"]):
            if row is not None and row[j] is None:
                counts[j] += 1
    return counts


def em_reference(x):
    """EM for the multivariate normal model on x (NaN missing), written out
    row by row: indicators standardised by their observed mean and
    population sd; no value: stays NaN; no spread: filled with its value;
    start mu = 0, sigma = I; stop when no mean or covariance changes by more
    than EM_TOLERANCE, or after EM_MAX_ITERATIONS; rows with nothing
    observed are left out of the estimate and get the means."""
    x = x.copy()
    n, k = x.shape
    active = []
    for j in range(k):
        obs = x[:, j][~np.isnan(x[:, j])]
        if len(obs) == 0:
            continue
        if np.ptp(obs) == 0:
            x[np.isnan(x[:, j]), j] = obs[0]
            continue
        active.append((j, obs.mean(), obs.std()))
    if not active:
        return x
    cols = [a[0] for a in active]
    center = np.array([a[1] for a in active])
    scale = np.array([a[2] for a in active])
    z = (x[:, cols] - center) / scale
    used = ~np.isnan(z).all(axis=1)
    zu = z[used]
    p = len(cols)
    mu, sigma = np.zeros(p), np.eye(p)

    def conditional(row, mu, sigma):
        m = np.isnan(row)
        o = ~m
        filled = row.copy()
        resid = np.zeros((p, p))
        if m.any():
            b = sigma[np.ix_(m, o)] @ np.linalg.pinv(sigma[np.ix_(o, o)], rcond=1e-12,
                                                     hermitian=True) \
                if o.any() else np.zeros((m.sum(), 0))
            filled[m] = mu[m] + b @ (row[o] - mu[o])
            resid[np.ix_(m, m)] = sigma[np.ix_(m, m)] - b @ sigma[np.ix_(o, m)]
        return filled, resid

    if np.isnan(zu).any():
        for _ in range(EM_MAX_ITERATIONS):
            t1, t2 = np.zeros(p), np.zeros((p, p))
            for row in zu:
                f, c = conditional(row, mu, sigma)
                t1 += f
                t2 += np.outer(f, f) + c
            new_mu = t1 / len(zu)
            new_sigma = t2 / len(zu) - np.outer(new_mu, new_mu)
            change = max(np.abs(new_mu - mu).max(), np.abs(new_sigma - sigma).max())
            mu, sigma = new_mu, new_sigma
            if change <= EM_TOLERANCE:
                break
    for i in range(n):
        if used[i]:
            f, _ = conditional(z[i], mu, sigma)
        else:
            f = mu.copy()
        z[i] = np.where(np.isnan(z[i]), f, z[i])
    x[:, cols] = center + scale * z
    return x


# ---------------------------------------------------------------- comparison
def close(got, want, tol, scale=1.0):
    if want is None or (isinstance(want, float) and math.isnan(want)):
        return got is None
    return got is not None and abs(got - want) <= tol * max(scale, abs(want), 1e-300)


def condition(x):
    """largest |mean| / sd over the indicators with spread (1 if none)"""
    x = x[:, [j for j in range(x.shape[1]) if (~np.isnan(x[:, j])).sum() > 1
              and np.nanstd(x[:, j]) > 0]] if len(x) else x
    if not x.size:
        return 1.0
    return max(1.0, float(np.max(np.abs(np.nanmean(x, axis=0)) / np.nanstd(x, axis=0))))


def close_list(got, want, tol):
    if want is None:
        return got is None
    if got is None or len(got) != len(want):
        return False
    return all(close(g, w, tol) for g, w in zip(got, want))


def load(cur, cases):
    cur.execute("CREATE TABLE cases (c int, pos int, ind float8[], method text)")
    psycopg2.extras.execute_values(
        cur, "INSERT INTO cases VALUES %s",
        [(c, i, row, cs["method"]) for c, cs in enumerate(cases)
         for i, row in enumerate(cs["ind"])], page_size=5000)


AGGREGATES = """SELECT c, egov.correlation_matrix(ind), egov.cronbach_alpha(ind),
                       egov.pca_weights(ind), egov.pca_variance(ind),
                       egov.skewness(ind), egov.kurtosis(ind), egov.missing_counts(ind)
                FROM cases GROUP BY c"""


def check_aggregates(cur, cases):
    cur.execute(AGGREGATES)
    got = {row[0]: row[1:] for row in cur.fetchall()}
    bad = {name: [] for name in ("correlation_matrix", "cronbach_alpha", "pca_weights",
                                 "pca_variance", "skewness", "kurtosis", "missing_counts")}
    weights_compared = 0
    for c, case in enumerate(cases):
        if not case["ind"]:
            continue            # no rows: no group
        corr, alpha, w, var, skew, kurt, miss = got[c]
        x = complete(case)
        cond = 1e-13 * condition(matrix(case))
        r = ref_correlation(x)
        if r is None:
            ok = corr is None
        else:
            ok = corr is not None and all(
                close(corr[i][j], r[i, j], 1e-10 + cond, 1.0) for i in range(case["k"])
                for j in range(case["k"]))
        if not ok:
            bad["correlation_matrix"].append(c)
        a = ref_cronbach(x)
        if not (close(alpha, a, 1e-10 + cond, 1.0) if a is not None else alpha is None):
            bad["cronbach_alpha"].append(c)
        rw, rv, gap = ref_pca(x)
        if rw is None:
            if w is not None:
                bad["pca_weights"].append(c)
        elif gap > 1e-6:
            weights_compared += 1
            tol = 1e-10 + cond + 1e-13 / gap
            if w is None or any(abs(g - e) > tol for g, e in zip(w, rw)) \
                    or abs(math.fsum(v * v for v in w) - 1) > 1e-12:
                bad["pca_weights"].append(c)
        if not close(var, rv, 1e-10 + cond):
            bad["pca_variance"].append(c)
        rs, rk = ref_moments(case)
        if not close_list(skew, rs, 1e-8 + cond):
            bad["skewness"].append(c)
        if not close_list(kurt, rk, 1e-8 + cond):
            bad["kurtosis"].append(c)
        if miss != ref_missing(case):
            bad["missing_counts"].append(c)
    for name, cs in bad.items():
        check(not cs, f"{name} equals numpy on {len(cases)} seeded partitions",
              f"cases {cs[:5]}")
    print(f"# pca_weights compared on {weights_compared} partitions with a determined component")


def balance_objective(x, w):
    index = x @ w / w.sum()
    if np.ptp(index) == 0:
        return math.inf
    r = np.array([np.corrcoef(x[:, i], index)[0, 1] for i in range(x.shape[1])])
    return float(((r / r.sum() - 1 / len(r)) ** 2).sum())


def check_correlation_weights(cur, cases):
    rng = np.random.default_rng(99)
    cur.execute("SELECT c, egov.correlation_weights(ind) FROM cases GROUP BY c")
    got = dict(cur.fetchall())
    bad, compared = [], 0
    for c, case in enumerate(cases):
        if not case["ind"]:
            continue
        x = complete(case)
        w = got[c]
        spread = [j for j in range(case["k"]) if len(x) >= 2 and np.ptp(x[:, j]) > 0]
        if not spread:
            if w is not None:
                bad.append(c)
            continue
        if w is None or any(v < 0 for v in w) or abs(sum(w) - 1) > 1e-12 \
                or any(w[j] != 0 for j in range(case["k"]) if j not in spread):
            bad.append(c)
            continue
        if len(spread) < 2 or condition(x) > 1e6:
            continue
        xs = x[:, spread]
        ws = np.array([w[j] for j in spread])
        f = balance_objective(xs, ws)
        trials = [np.ones(len(spread))] + list(rng.dirichlet(np.ones(len(spread)), 500))
        best = min(balance_objective(xs, t) for t in trials)
        compared += 1
        if not f <= best + 1e-12:
            bad.append(c)
    check(not bad, f"correlation_weights beat equal and 500 random weights on {compared} partitions",
          f"cases {bad[:5]}")


def check_impute(cur, cases):
    cur.execute("""SELECT c, pos, ind[1], egov.impute(ind[1], method) OVER (PARTITION BY c)
                   FROM cases ORDER BY c, pos""")
    got = {}
    for c, pos, x, v in cur.fetchall():
        got.setdefault(c, []).append((x, v))
    bad = []
    for c, case in enumerate(cases):
        vals = [row[0] for row in case["ind"] if row is not None and row[0] is not None]
        fill = None if not vals else (float(np.mean(vals)) if case["method"] == "mean"
                                      else float(np.median(vals)))
        for (x, v) in got.get(c, []):
            want = x if x is not None else fill
            if not close(v, want, 1e-12, max(abs(f) for f in vals) if vals else 1.0):
                bad.append(c)
                break
    check(not bad, "impute mean and median equal numpy", f"cases {bad[:5]}")


def check_em_cases(cur, cases):
    cur.execute("""SELECT c, pos, egov.impute_em(ind) OVER (PARTITION BY c)
                   FROM cases ORDER BY c, pos""")
    got = {}
    for c, pos, v in cur.fetchall():
        got.setdefault(c, []).append(v)
    bad = []
    for c, case in enumerate(cases):
        x = matrix(case)
        ref = em_reference(x) if len(x) else x
        sd = np.array([np.nanstd(x[:, j]) if len(x) and (~np.isnan(x[:, j])).any() else 1.0
                       for j in range(case["k"])])
        sd[~(sd > 0)] = 1.0
        nactive = sum(1 for j in range(case["k"]) if len(x) and np.nanstd(x[:, j]) > 0)
        comparable = len(x) and (~np.isnan(x).all(axis=1)).sum() > nactive
        r = 0
        for row, g in zip(case["ind"], got.get(c, [])):
            if row is None:
                if g is not None:
                    bad.append(c)
                continue
            want = ref[r]
            r += 1
            for j in range(case["k"]):
                if math.isnan(want[j]):
                    ok = g[j] is None
                elif row[j] is not None:
                    ok = g[j] == row[j]          # observed values pass unchanged
                elif comparable:
                    ok = g[j] is not None and abs(g[j] - want[j]) <= \
                        1e-7 * sd[j] + 4 * np.spacing(abs(want[j]))
                else:
                    ok = g[j] is not None and math.isfinite(g[j])
                if not ok:
                    bad.append(c)
                    break
    check(not bad, "impute_em equals the numpy EM on the seeded partitions",
          f"cases {sorted(set(bad))[:5]}")


def check_em_20pct(cur):
    rng = np.random.default_rng(24)
    n, k = 200, 5
    a = rng.normal(size=(k, k))
    x = rng.normal(size=(n, k)) @ a + np.array([10, -3, 0.5, 100, 7])
    mask = rng.uniform(size=(n, k)) < 0.2
    xm = x.copy()
    xm[mask] = np.nan
    cur.execute("CREATE TABLE em20 (pos int, ind float8[])")
    psycopg2.extras.execute_values(
        cur, "INSERT INTO em20 VALUES %s",
        [(i, [None if math.isnan(v) else float(v) for v in row]) for i, row in enumerate(xm)])
    cur.execute("SELECT pos, egov.impute_em(ind) OVER () FROM em20 ORDER BY pos")
    got = np.array([row[1] for row in cur.fetchall()], dtype=float)
    ref = em_reference(xm)
    sd = np.nanstd(xm, axis=0)
    err = (np.abs(got - ref) / sd)[mask].max()
    check(err <= 1e-7, f"impute_em with {mask.mean():.0%} missing of {n} x {k} equals numpy's EM",
          f"largest error {err:.3g} sd")
    check(np.array_equal(got[~mask], x[~mask]), "impute_em leaves observed values unchanged")
    # the EM fill beats the column means on the true values (a sanity check
    # of the model, not of equality)
    mean_fill = np.where(mask, np.nanmean(xm, axis=0), xm)
    check(np.abs(got - x)[mask].mean() < np.abs(mean_fill - x)[mask].mean(),
          "impute_em is closer to the hidden values than mean imputation")


def check_parallel(cur):
    rng = np.random.default_rng(7)
    n, k = 200000, 4
    x = rng.normal(size=(n, k)) @ rng.normal(size=(k, k)) + 50
    x[rng.uniform(size=(n, k)) < 0.01] = np.nan
    cur.execute("CREATE TABLE big (g int, ind float8[])")
    psycopg2.extras.execute_values(
        cur, "INSERT INTO big VALUES %s",
        [(i % 3, [None if math.isnan(v) else float(v) for v in row]) for i, row in enumerate(x)],
        page_size=10000)
    cur.execute("ANALYZE big")
    query = """SELECT egov.correlation_matrix(ind), egov.cronbach_alpha(ind),
                      egov.pca_weights(ind), egov.pca_variance(ind),
                      egov.skewness(ind), egov.kurtosis(ind), egov.missing_counts(ind)
               FROM big"""
    cur.execute("SET max_parallel_workers_per_gather = 0")
    cur.execute(query)
    serial = cur.fetchone()
    cur.execute("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
                "SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2")
    cur.execute("EXPLAIN " + query)
    plan = "\n".join(line for (line,) in cur.fetchall())
    check("Partial Aggregate" in plan, "the aggregates run in a parallel plan", plan)
    cur.execute(query)
    par = cur.fetchone()
    cur.execute("RESET max_parallel_workers_per_gather")

    def flat(v):
        if v is None:
            return []
        if isinstance(v, list):
            return [e for item in v for e in flat(item)]
        return [v]

    same = all(len(flat(a)) == len(flat(b)) and
               all(abs(p - q) <= 1e-10 * max(1.0, abs(q)) for p, q in zip(flat(a), flat(b)))
               for a, b in zip(par, serial))
    check(same, "parallel results equal the serial ones within 1e-10")
    xc = x[~np.isnan(x).any(axis=1)]
    rw, rv, _ = ref_pca(xc)
    check(np.abs(np.array(par[2]) - rw).max() <= 1e-9, "parallel pca_weights equal numpy",
          f"{par[2]} vs {rw}")
    check(np.abs(np.array(par[0]) - np.corrcoef(xc, rowvar=False)).max() <= 1e-10,
          "parallel correlation_matrix equals numpy")
    check(par[6] == [int(v) for v in np.isnan(x).sum(axis=0)],
          "parallel missing_counts equal numpy")


def main():
    rng = np.random.default_rng(20261207)
    with scratch.database(DB) as conn:
        cur = conn.cursor()
        cases = [make_case(rng, c) for c in range(CASES)]
        load(cur, cases)
        check_aggregates(cur, cases)
        check_correlation_weights(cur, cases)
        check_impute(cur, cases)
        check_em_cases(cur, cases)
        check_em_20pct(cur)
        check_parallel(cur)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
