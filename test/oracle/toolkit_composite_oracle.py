#!/usr/bin/env python3
"""Check egov.composite's geometric method against numpy.

Generates a few hundred partitions of positive indicators (uniform, spread
over ten orders of magnitude, a large common offset 1e9 + noise, ties,
constant indicators, whole constant partitions, tiny partitions, NULL rows
and NULL indicators), with equal or per-partition weights, computes
egov.composite(ind, w, 'geometric') OVER (PARTITION BY c) and compares every
value with the definition in numpy float64:

    g = exp(sum(w * log(x)) / sum(w)) for each row without a NULL;
    (g - min g) / (max g - min g)

Tolerance: 1e-12 plus the conditioning of the min-max, 64 * eps * (k + 2) *
M * max g / (max g - min g), where M = max over the rows of
1 + sum(w |log x|) / sum(w) is the scale of the rounding error of g relative
to g.  The documented rule for a composite that does not vary: NULL when
(max g - min g) / max g <= 16 * eps * (k + 2) * M.  It also checks that
the arithmetic method is the default and that 0 and negative indicators
raise 22023.

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

DB = "egov_composite_oracle"
CASES = 400
TOL = 1e-12
EPS = np.finfo(float).eps

tap = Tap()
check = tap.check


def column(rng, n, kind):
    if kind == "uniform":
        return rng.uniform(0.5, 100, n)
    if kind == "wide":              # 1e-5 .. 1e5
        return 10.0 ** rng.uniform(-5, 5, n)
    if kind == "offset":            # large common offset + small noise
        return 1e9 + rng.uniform(0, 1, n) * rng.choice([1.0, 1e-3])
    if kind == "ties":
        return rng.choice(rng.uniform(1, 10, int(rng.integers(1, 4))), n)
    if kind == "constant":
        return np.full(n, rng.choice([0.1, 1.0, 42.0]))
    raise ValueError(kind)


KINDS = ["uniform", "wide", "offset", "ties", "constant"]


def make_case(rng):
    r = rng.uniform()
    n = int(rng.integers(0, 4)) if r < 0.15 else int(rng.integers(4, 40)) if r < 0.8 \
        else int(rng.integers(40, 2000))
    k = int(rng.integers(1, 6))
    if rng.uniform() < 0.1:         # a whole constant partition
        row = column(rng, k, "uniform")
        cols = [np.full(n, row[j]) for j in range(k)]
    else:
        cols = [column(rng, n, rng.choice(KINDS)) for _ in range(k)]
    ind = [[float(cols[j][i]) for j in range(k)] for i in range(n)]
    null_frac = rng.choice([0.0, 0.0, 0.1, 0.5])
    for i in range(n):
        if rng.uniform() < null_frac:
            if rng.uniform() < 0.5:
                ind[i] = None
            else:
                j = int(rng.integers(0, k))
                ind[i][j] = None
                if k > 1:   # a row left out is not checked: the rest may be anything
                    ind[i][(j + 1) % k] = -1.0
    w = None if rng.uniform() < 0.4 else [float(v) for v in
                                           rng.choice([0.0, 1.0, 2.0, 0.25, 3.5], k)]
    if w is not None and sum(w) == 0:
        w[0] = 1.0
    return ind, w


def reference(ind, w):
    """(values, tolerance) of the geometric composite; None = NULL."""
    n = len(ind)
    rows = [i for i in range(n) if ind[i] is not None and None not in ind[i]]
    out = [None] * n
    if not rows:
        return out, 0.0
    k = len(ind[rows[0]])
    weights = np.ones(k) if w is None else np.array(w)
    logs = np.log(np.array([ind[i] for i in rows]))
    g = np.exp(logs @ weights / weights.sum())
    magnitude = (1 + np.abs(logs) @ weights / weights.sum()).max()
    gmin, gmax = g.min(), g.max()
    spread = gmax - gmin
    if not spread / gmax > 16 * EPS * (k + 2) * magnitude:
        return out, 0.0
    for i, v in zip(rows, (g - gmin) / spread):
        out[i] = float(v)
    return out, TOL + 64 * EPS * (k + 2) * magnitude * gmax / spread


def check_geometric(cur, rng):
    cases = [make_case(rng) for _ in range(CASES)]
    cur.execute("CREATE TABLE cases (c int, pos int, ind float8[], w float8[])")
    psycopg2.extras.execute_values(
        cur, "INSERT INTO cases VALUES %s",
        [(c, i, row, w) for c, (ind, w) in enumerate(cases) for i, row in enumerate(ind)],
        page_size=5000)
    cur.execute("""SELECT c, pos, egov.composite(ind, w, 'geometric') OVER (PARTITION BY c)
                   FROM cases ORDER BY c, pos""")
    got = {}
    for c, pos, v in cur.fetchall():
        got.setdefault(c, []).append(v)
    worst = 0.0            # largest |difference| where the min-max is well
    worst_share = 0.0      # conditioned (tolerance < 1e-9); largest share of it
    bad = []
    for c, (ind, w) in enumerate(cases):
        ref, tol = reference(ind, w)
        res = got.get(c, [])
        ok = len(res) == len(ref)
        for g, r in zip(res, ref):
            if (g is None) != (r is None):
                ok = False
            elif g is not None:
                if tol < 1e-9:
                    worst = max(worst, abs(g - r))
                worst_share = max(worst_share, abs(g - r) / tol)
                ok = ok and abs(g - r) <= tol
        if not ok:
            bad.append(c)
        check(ok, f"geometric composite, partition {c} ({len(ind)} rows, "
                  f"{'equal' if w is None else 'given'} weights)")
    print(f"# {CASES} partitions, {sum(len(i) for i, _ in cases)} rows; "
          f"largest difference {worst:.2e} where the tolerance is below 1e-9; "
          f"largest difference / tolerance {worst_share:.2f}"
          + (f"; differ: {bad[:10]}" if bad else ""))


def check_defaults_and_errors(cur):
    cur.execute("""SELECT bool_and(a IS NOT DISTINCT FROM b) FROM (
                     SELECT egov.composite(ind, w) OVER (PARTITION BY c) a,
                            egov.composite(ind, w, 'arithmetic') OVER (PARTITION BY c) b
                     FROM cases) t""")
    check(cur.fetchone()[0] is True, "the arithmetic method is the default")
    for value in ("0", "-1", "-0"):
        try:
            cur.execute(f"SELECT egov.composite(ARRAY[2, {value}]::float8[], NULL, 'geometric') OVER ()")
            check(False, f"indicator {value} raises 22023", "no error")
        except psycopg2.Error as e:
            check(e.pgcode == "22023" and "indicator 2" in e.pgerror,
                  f"indicator {value} raises 22023 naming the indicator", e.pgerror)


def main():
    rng = np.random.default_rng(20261125)
    with scratch.database(DB) as conn:
        cur = conn.cursor()
        check_geometric(cur, rng)
        check_defaults_and_errors(cur)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
