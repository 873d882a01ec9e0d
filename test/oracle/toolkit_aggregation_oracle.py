#!/usr/bin/env python3
"""Check egov.composite's methods 'harmonic_mean', 'generalised_mean',
'median' and 'copeland', and egov.strengths / egov.weaknesses, against
written-out Python versions of their definitions.

Seeded random partitions: 0 to 40 rows (single rows and empty partitions
included), 1 to 6 positive indicators, ties (small integers), constant
indicators, NULL arrays and NULL elements, equal or given weights, missing
=> 'drop' or 'reweight'.

    generalised mean: (sum w x^p / sum w)^(1/p) over the present indicators
        with a weight (harmonic: p = -1); NULL when none;
    median: the present indicators with a positive weight sorted by value;
        the first whose cumulative weight reaches half the total, the mean of
        it and the next when it meets half exactly;
    copeland: for every pair of usable rows, the weight of the indicators
        present in both on which one is greater against the weight on which
        it is smaller; wins minus losses (min-maxed: (s - min) / (max - min));
    strengths / weaknesses: competition ranks per indicator (highest first,
        ties the best rank) over the rows where it is present, indicators
        with fewer than two distinct values left out; the n best (worst)
        ranks, ties by indicator number.

Tolerances: 1e-12 relative for the means (they are computed from
logarithms), 1e-15 relative for the median (one halving), exact for
Copeland scores and for the strengths and weaknesses.  Connection from
PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final "passed failed"
line.  Exit status 1 if any check failed.
"""
import math
import sys

import numpy as np
import psycopg2.extras

import scratch
from tap import Tap

DB = "egov_aggregation_oracle"
CASES = 300
tap = Tap()
check = tap.check


def make_case(rng, c):
    r = rng.uniform()
    n = int(rng.integers(0, 3)) if r < 0.15 else int(rng.integers(3, 41))
    k = int(rng.integers(1, 7))
    cols = []
    for j in range(k):
        kind = rng.choice(["uniform", "ties", "constant", "wide"])
        if kind == "uniform":
            v = rng.uniform(0.5, 100.0, n)
        elif kind == "ties":
            v = rng.integers(1, 5, n).astype(float)
        elif kind == "constant":
            v = np.full(n, 3.0)
        else:
            v = 10.0 ** rng.uniform(-5, 5, n)
        cols.append(v)
    rows = []
    for i in range(n):
        if rng.uniform() < 0.05:
            rows.append(None)
            continue
        rows.append([None if rng.uniform() < 0.1 else float(cols[j][i]) for j in range(k)])
    w = None if rng.uniform() < 0.4 else [float(rng.choice([0.0, 0.5, 1.0, 2.0, 3.0]))
                                          if rng.uniform() < 0.5 else float(rng.uniform(0.1, 3))
                                          for _ in range(k)]
    if w is not None and sum(w) == 0:
        w[0] = 1.0
    method = ["harmonic_mean", "generalised_mean", "median", "copeland"][c % 4]
    power = float(rng.choice([-2.0, -0.5, 0.5, 2.0, 3.0])) if method == "generalised_mean" else None
    missing = "drop" if rng.uniform() < 0.5 else "reweight"
    return dict(c=c, rows=rows, w=w, method=method, power=power, missing=missing,
                minmax=bool(rng.uniform() < 0.3), n=int(rng.integers(1, k + 2)))


def usable(row, missing):
    if row is None:
        return False
    if missing == "drop":
        return all(v is not None for v in row)
    return any(v is not None for v in row)


def weights(case, k):
    return case["w"] if case["w"] is not None else [1.0] * k


def genmean(row, w, p):
    terms = [(x, wj) for x, wj in zip(row, w) if x is not None and wj > 0]
    if not terms:
        return None
    ws = math.fsum(wj for _, wj in terms)
    if p == 0:
        return math.exp(math.fsum(wj * math.log(x) for x, wj in terms) / ws)
    return (math.fsum(wj * x ** p for x, wj in terms) / ws) ** (1.0 / p)


def median(row, w):
    terms = sorted((x, wj) for x, wj in zip(row, w) if x is not None and wj > 0)
    if not terms:
        return None
    total = sum(wj for _, wj in terms)
    cum = 0.0
    for i, (x, wj) in enumerate(terms):
        cum += wj
        if abs(cum - total / 2) <= 64 * 2.220446049250313e-16 * total and i + 1 < len(terms):
            return x / 2 + terms[i + 1][0] / 2
        if cum >= total / 2:
            return x


def copeland(rows, ok, w):
    wsum = sum(w)
    w = [wj / wsum for wj in w]
    score = [0 if u else None for u in ok]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if not (ok[i] and ok[j]):
                continue
            gt = lt = common = 0.0
            for a, b, wc in zip(rows[i], rows[j], w):
                if a is None or b is None:
                    continue
                common += wc
                gt += wc if a > b else 0.0
                lt += wc if a < b else 0.0
            if gt - lt > 64 * 2.220446049250313e-16 * common:
                score[i] += 1
                score[j] -= 1
            elif lt - gt > 64 * 2.220446049250313e-16 * common:
                score[i] -= 1
                score[j] += 1
    return score


def reference(case):
    rows, m = case["rows"], case["method"]
    k = next((len(r) for r in rows if r is not None), 0)
    w = weights(case, k)
    ok = [usable(r, case["missing"]) for r in rows]
    if m == "copeland":
        out = copeland(rows, ok, w) if k else [None] * len(rows)
    else:
        p = -1.0 if m == "harmonic_mean" else case["power"]
        out = [None if not u else median(r, w) if m == "median" else genmean(r, w, p)
               for r, u in zip(rows, ok)]
    if case["minmax"]:
        vals = [v for v in out if v is not None]
        lo, hi = (min(vals), max(vals)) if vals else (0, 0)
        rel = 0 if m == "copeland" else 1e-13 * max(abs(lo), abs(hi))
        out = [None if v is None or not hi - lo > rel else (v - lo) / (hi - lo) for v in out]
    return out


def ranks(rows, k):
    """competition ranks per indicator, None where not listed"""
    r = [[None] * k for _ in rows]
    for j in range(k):
        vals = [row[j] for row in rows if row is not None and row[j] is not None]
        if len(set(vals)) < 2:
            continue
        for i, row in enumerate(rows):
            if row is not None and row[j] is not None:
                r[i][j] = 1 + sum(1 for v in vals if v > row[j])
    return r


def str_weak(case):
    rows = case["rows"]
    k = next((len(r) for r in rows if r is not None), 0)
    rk = ranks(rows, k)
    out = []
    for i, row in enumerate(rows):
        if row is None:
            out.append((None, None))
            continue
        listed = [(rk[i][j], j + 1) for j in range(k) if rk[i][j] is not None]
        best = [j for _, j in sorted(listed)][:case["n"]]
        worst = [j for _, j in sorted((-r, j) for r, j in listed)][:case["n"]]
        out.append((best, worst))
    return out


def close(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-300)


def main():
    rng = np.random.default_rng(20261207)
    cases = [make_case(rng, c) for c in range(CASES)]
    with scratch.database(DB) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE cases (c int, pos int, ind float8[], w float8[], method text, "
                    "power float8, missing text, minmax boolean, n int)")
        psycopg2.extras.execute_values(cur, "INSERT INTO cases VALUES %s", [
            (cs["c"], i, r, cs["w"], cs["method"], cs["power"], cs["missing"], cs["minmax"], cs["n"])
            for cs in cases for i, r in enumerate(cs["rows"])])
        cur.execute("""SELECT c, pos,
                              egov.composite(ind, w, method, minmax, missing, power) OVER p,
                              egov.strengths(ind, n) OVER p, egov.weaknesses(ind, n) OVER p
                       FROM cases WINDOW p AS (PARTITION BY c) ORDER BY c, pos""")
        got = {}
        for c, pos, comp, s, wk in cur.fetchall():
            got.setdefault(c, []).append((comp, s, wk))
    bad = {"composite": [], "strengths": []}
    for cs in cases:
        g = got.get(cs["c"], [])
        ref = reference(cs)
        tol = 1e-15 if cs["method"] == "median" else 0 if cs["method"] == "copeland" and not cs["minmax"] \
            else 1e-12
        for i, (want, have) in enumerate(zip(ref, [x[0] for x in g])):
            if not close(want, have, tol) and not (tol == 0 and want == have):
                bad["composite"].append(f"case {cs['c']} ({cs['method']}, {cs['missing']}, "
                                        f"minmax {cs['minmax']}) row {i + 1}: {have} != {want}")
        for i, (want, have) in enumerate(zip(str_weak(cs), [(x[1], x[2]) for x in g])):
            if list(want) != list(have):
                bad["strengths"].append(f"case {cs['c']} row {i + 1}: {have} != {want}")
    for method in ["harmonic_mean", "generalised_mean", "median", "copeland"]:
        mine = [b for b in bad["composite"] if f"({method}," in b]
        check(not mine, f"composite method {method} equals its definition on "
              f"{sum(1 for cs in cases if cs['method'] == method)} partitions", "; ".join(mine[:3]))
    check(not bad["strengths"], f"strengths and weaknesses equal their definition on {CASES} partitions",
          "; ".join(bad["strengths"][:3]))
    check(sum(len(cs["rows"]) for cs in cases) > 3000, "the cases have rows")
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
