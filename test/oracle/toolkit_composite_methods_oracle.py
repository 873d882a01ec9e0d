#!/usr/bin/env python3
"""Check every method of egov.composite, with and without the final min-max,
under each missing-value rule, against numpy.

Seeded partitions of positive indicators (uniform, spread over ten orders of
magnitude, ties, constant indicators, tiny partitions), equal or given
weights, NULL arrays and NULL indicators.  Each partition is computed with
one (method, minmax, missing) triple and compared with the definitions:

    x_j as given ('mean', 'geometric_mean'), or z_j = (x_j - mean_j) / sd_j
        ('zscore_mean'; sample sd over the rows where indicator j counts,
        z = 0 for an indicator without spread or with fewer than 2 values);
    rows: 'drop' keeps the rows without any NULL, and only they count for
        the z-score statistics; 'reweight' keeps every row with one present
        indicator, and indicator j counts on the rows where it is present;
    c = sum(w_j v_j) / sum(w_j) over the row's present indicators
        (geometric: exp(sum(w_j log x_j) / sum(w_j))); NULL when their
        weights are all 0;
    minmax: (c - min c) / (max c - min c), NULL when c does not vary (beyond
        the documented rounding band); otherwise c.

Tolerances: 1e-12 relative to the magnitude of the terms, plus the
conditioning of the min-max, as in toolkit_composite_oracle.py.  Also: the
aliases 'arithmetic' and 'geometric' give the same bits as 'zscore_mean' and
'geometric_mean'; the defaults are 'zscore_mean', minmax, 'drop'; weights
scaled by 2^1000 give the same bits (no overflow: {1e308, 1e308});
missing => 'error' refuses a NULL with 22004 naming the row and indicator
and equals 'drop' where there is none; 10^6 indicators work with 'mean' and
give 54000 naming the limit with 'zscore_mean'.

Connection from PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final
"passed failed" line.  Exit status 1 if any check failed.
"""
import math
import sys

import numpy as np
import psycopg2
import psycopg2.extras

import scratch
from tap import Tap
from toolkit_composite_oracle import column  # the same indicator columns

DB = "egov_composite_methods_oracle"
CASES = 360
TOL = 1e-12
EPS = np.finfo(float).eps
METHODS = ["zscore_mean", "mean", "geometric_mean"]

tap = Tap()
check = tap.check


KINDS = ["uniform", "uniform", "wide", "ties", "constant"]


def make_case(rng, c):
    r = rng.uniform()
    n = int(rng.integers(0, 4)) if r < 0.15 else int(rng.integers(4, 40)) if r < 0.85 \
        else int(rng.integers(40, 800))
    k = int(rng.integers(1, 6))
    cols = [column(rng, n, rng.choice(KINDS)) for _ in range(k)]
    ind = [[float(cols[j][i]) for j in range(k)] for i in range(n)]
    null_frac = rng.choice([0.0, 0.1, 0.3])
    for i in range(n):
        if rng.uniform() < null_frac:
            if rng.uniform() < 0.3:
                ind[i] = None
            else:
                for j in rng.choice(k, int(rng.integers(1, k + 1)), replace=False):
                    ind[i][int(j)] = None
    w = None if rng.uniform() < 0.4 else [float(v) for v in
                                           rng.choice([0.0, 1.0, 2.0, 0.25, 3.5], k)]
    if w is not None and sum(w) == 0:
        w[0] = 1.0
    method = METHODS[c % 3]
    minmax = bool((c // 3) % 2)
    missing = "reweight" if (c // 6) % 2 else "drop"
    return dict(ind=ind, w=w, method=method, minmax=minmax, missing=missing)


def fsum_stats(values):
    """Mean and sample sd, accurately (correctly rounded sums, two passes)."""
    n = len(values)
    mean = math.fsum(values) / n
    d = [v - mean for v in values]
    r = math.fsum(d) / n
    ss = math.fsum((v - r) ** 2 for v in d)
    return mean + r, math.sqrt(ss / (n - 1))


def reference(case):
    """(values, tolerances) of one partition; None = NULL."""
    ind, w, method = case["ind"], case["w"], case["method"]
    n = len(ind)
    out = [None] * n
    tol = [0.0] * n
    rows = []
    for i in range(n):
        if ind[i] is None:
            continue
        present = [v is not None for v in ind[i]]
        if case["missing"] == "drop" and not all(present):
            continue
        if any(present):
            rows.append((i, present))
    if not rows:
        return out, tol
    k = len(ind[rows[0][0]])
    weights = [1.0] * k if w is None else w
    stats = [None] * k
    if method == "zscore_mean":
        for j in range(k):
            vals = [ind[i][j] for i, p in rows if p[j]]
            if len(vals) < 2 or min(vals) == max(vals):
                stats[j] = None     # z = 0
            else:
                stats[j] = fsum_stats(vals)
    comp = {}
    mags = {}
    for i, present in rows:
        ws = [weights[j] for j in range(k) if present[j]]
        if not sum(ws) > 0:
            continue
        if method == "zscore_mean":
            vals = [0.0 if stats[j] is None else (ind[i][j] - stats[j][0]) / stats[j][1]
                    for j in range(k) if present[j]]
        elif method == "mean":
            vals = [ind[i][j] for j in range(k) if present[j]]
        else:
            vals = [math.log(ind[i][j]) for j in range(k) if present[j]]
        ws = np.array(ws)
        vals = np.array(vals)
        comp[i] = float(ws @ vals / ws.sum())
        mags[i] = float(ws @ np.abs(vals) / ws.sum())
    if not comp:
        return out, tol
    if not case["minmax"]:
        for i, c in comp.items():
            if method == "geometric_mean":
                out[i] = math.exp(c)
                tol[i] = TOL * out[i] * (1 + mags[i])
            else:
                out[i] = c
                tol[i] = TOL * max(1.0, mags[i]) if method == "zscore_mean" \
                    else TOL * mags[i]
        return out, tol
    magnitude = max(mags.values())
    if method == "geometric_mean":
        g = {i: math.exp(c) for i, c in comp.items()}
        gmin, gmax = min(g.values()), max(g.values())
        spread = gmax - gmin
        magnitude += 1
        if not spread / gmax > 16 * EPS * (k + 2) * magnitude:
            return out, tol
        for i, v in g.items():
            out[i] = (v - gmin) / spread
            tol[i] = TOL + 64 * EPS * (k + 2) * magnitude * gmax / spread
        return out, tol
    cmin, cmax = min(comp.values()), max(comp.values())
    spread = cmax - cmin
    if not spread > 16 * EPS * (k + 2) * magnitude:
        return out, tol
    for i, c in comp.items():
        out[i] = (c - cmin) / spread
        tol[i] = TOL + 64 * EPS * (k + 2) * max(magnitude, 1.0) / spread
    return out, tol


def load(cur, cases):
    cur.execute("CREATE TABLE cases (c int, pos int, ind float8[], w float8[], "
                "method text, minmax boolean, missing text)")
    psycopg2.extras.execute_values(
        cur, "INSERT INTO cases VALUES %s",
        [(c, i, row, cs["w"], cs["method"], cs["minmax"], cs["missing"])
         for c, cs in enumerate(cases) for i, row in enumerate(cs["ind"])],
        page_size=5000)


def check_methods(cur, cases):
    cur.execute("""SELECT c, pos, egov.composite(ind, w, method, minmax, missing)
                          OVER (PARTITION BY c)
                   FROM cases ORDER BY c, pos""")
    got = {}
    for c, pos, v in cur.fetchall():
        got.setdefault(c, []).append(v)
    worst = {}
    values = 0
    for c, case in enumerate(cases):
        ref, tol = reference(case)
        res = got.get(c, [])
        ok = len(res) == len(ref)
        detail = ""
        for pos, (g, r, t) in enumerate(zip(res, ref, tol)):
            if (g is None) != (r is None):
                ok = False
                detail = f"row {pos + 1}: got {g}, want {r}"
            elif g is not None:
                values += 1
                if abs(g - r) > t:
                    ok = False
                    detail = f"row {pos + 1}: got {g!r}, want {r!r} (tolerance {t:.1e})"
                key = (case["method"], case["minmax"])
                worst[key] = max(worst.get(key, 0.0), abs(g - r) / t if t else 0.0)
        check(ok, f"partition {c}: {case['method']}, minmax {case['minmax']}, "
                  f"missing {case['missing']}, {len(case['ind'])} rows, "
                  f"{'equal' if case['w'] is None else 'given'} weights", detail)
    print(f"# {values} values compared; largest difference / tolerance: "
          + ", ".join(f"{m}{'' if mm else ' without min-max'} {v:.1e}"
                      for (m, mm), v in sorted(worst.items())))


def same_bits(cur, a, b, what):
    cur.execute(f"""SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b), count(*) FROM (
                      SELECT {a} OVER (PARTITION BY c) a, {b} OVER (PARTITION BY c) b
                        FROM cases) t""")
    differ, total = cur.fetchone()
    check(differ == 0 and total > 0, what, f"{differ} of {total} rows differ")


def check_aliases_and_scaling(cur):
    same_bits(cur, "egov.composite(ind, w, 'arithmetic', minmax, missing)",
              "egov.composite(ind, w, 'zscore_mean', minmax, missing)",
              "'arithmetic' is 'zscore_mean', bit for bit")
    same_bits(cur, "egov.composite(ind, w, 'geometric', minmax, missing)",
              "egov.composite(ind, w, 'geometric_mean', minmax, missing)",
              "'geometric' is 'geometric_mean', bit for bit")
    same_bits(cur, "egov.composite(ind, w)",
              "egov.composite(ind, w, 'zscore_mean', true, 'drop')",
              "the defaults are 'zscore_mean', minmax, 'drop'")
    for m in METHODS:
        same_bits(cur, f"egov.composite(ind, w, '{m}', minmax, missing)",
                  f"egov.composite(ind, (SELECT array_agg(v * 2 ^ 1000 ORDER BY o) "
                  f"FROM unnest(w) WITH ORDINALITY u(v, o)), '{m}', minmax, missing)",
                  f"{m}: weights times 2^1000 give the same bits")
    cur.execute("""SELECT egov.composite(x, '{1e308,1e308}') OVER ()
                   FROM (VALUES ('{1,2}'::float8[]), ('{2,1}'), ('{3,3}')) t(x)""")
    check([r[0] for r in cur.fetchall()] == [0.0, 0.0, 1.0],
          "weights {1e308,1e308} are equal weights (no overflow)")


def check_missing_error(cur, cases):
    clean = [c for c, cs in enumerate(cases)
             if all(r is not None and None not in r for r in cs["ind"])]
    cur.execute(f"""SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b), count(*) FROM (
                      SELECT egov.composite(ind, w, method, minmax, 'error') OVER (PARTITION BY c) a,
                             egov.composite(ind, w, method, minmax, 'drop') OVER (PARTITION BY c) b
                        FROM cases WHERE c = ANY(%s)) t""", (clean,))
    differ, total = cur.fetchone()
    check(differ == 0 and total > 0, "'error' equals 'drop' on partitions without NULLs",
          f"{differ} of {total} differ")
    for sql, want in (
            ("SELECT egov.composite(x, missing => 'error') OVER () FROM "
             "(VALUES ('{1,2}'::float8[]), ('{2,NULL}')) t(x)", "indicator 2 is NULL"),
            ("SELECT egov.composite(x, missing => 'error') OVER () FROM "
             "(VALUES ('{1,2}'::float8[]), (NULL)) t(x)", "the indicators array is NULL")):
        try:
            cur.execute(sql)
            check(False, f"missing => 'error': {want}", "no error")
        except psycopg2.Error as e:
            check(e.pgcode == "22004" and want in e.pgerror and "Row 2" in e.pgerror,
                  f"missing => 'error' raises 22004: {want}, row 2", e.pgerror)


def check_many_indicators(cur):
    big = "(SELECT array_agg(g::float8) x FROM generate_series(1, 1000000) g) s"
    cur.execute(f"SELECT egov.composite(x, method => 'mean', minmax => false) OVER () FROM {big}")
    v = cur.fetchone()[0]
    check(abs(v - 500000.5) <= 1e-12 * 500000.5, "10^6 indicators: 'mean' works", v)
    try:
        cur.execute(f"SELECT egov.composite(x) OVER () FROM {big}")
        check(False, "10^6 indicators: 'zscore_mean' raises 54000", "no error")
    except psycopg2.Error as e:
        check(e.pgcode == "54000" and "at most 100000" in e.pgerror,
              "10^6 indicators: 'zscore_mean' raises 54000 naming the limit", e.pgerror)


def main():
    rng = np.random.default_rng(20261130)
    with scratch.database(DB) as conn:
        cur = conn.cursor()
        cases = [make_case(rng, c) for c in range(CASES)]
        load(cur, cases)
        check_methods(cur, cases)
        check_aliases_and_scaling(cur)
        check_missing_error(cur, cases)
        check_many_indicators(cur)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
