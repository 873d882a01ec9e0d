#!/usr/bin/env python3
"""Check egov.rank_score, egov.borda, egov.dist2max, egov.fracmax and
egov.dist2ref against numpy transcriptions of COINr's n_rank, n_borda,
n_dist2max, n_fracmax and n_dist2ref (R/normalise.R).

Seeded partitions of 0 to 400 rows: uniform values, values spread over ten
orders of magnitude, heavy ties, constant partitions, NULLs; one row of each
partition (or none, or a NULL one) is the reference of dist2ref, with
cap_max true or false.  COINr's NaN and Inf (a zero denominator, a NA
reference) are NULL in egov.

Tolerances: ranks and Borda scores exactly; the others 4 ulp of the
result plus 4 ulp of the terms relative to the denominator.

Connection from PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final
"passed failed" line.  Exit status 1 if any check failed.
"""
import sys

import numpy as np
import psycopg2.extras

import scratch
from tap import Tap

DB = "egov_normalise_coinr_oracle"
CASES = 300
EPS = np.finfo(float).eps

tap = Tap()
check = tap.check


def make_case(rng, c):
    r = rng.uniform()
    n = int(rng.integers(0, 4)) if r < 0.15 else int(rng.integers(4, 60)) if r < 0.85 \
        else int(rng.integers(60, 400))
    kind = rng.choice(["uniform", "wide", "ties", "constant", "negative"])
    if kind == "uniform":
        x = rng.uniform(0, 100, n)
    elif kind == "wide":
        x = 10.0 ** rng.uniform(-5, 5, n)
    elif kind == "ties":
        x = rng.integers(0, 4, n).astype(float)
    elif kind == "constant":
        x = np.full(n, 2.5)
    else:
        x = rng.uniform(-50, 10, n)
    xs = [None if rng.uniform() < 0.1 else float(v) for v in x]
    ref = int(rng.integers(0, n)) if n and rng.uniform() < 0.95 else None
    return dict(x=xs, ref=ref, cap=bool(rng.uniform() < 0.5))


def reference(case):
    x = np.array([np.nan if v is None else v for v in case["x"]], dtype=float)
    ok = ~np.isnan(x)
    v = np.sort(x[ok])
    out = {name: [None] * len(x) for name in ("rank", "borda", "dist2max", "fracmax", "dist2ref")}
    tol = [0.0] * len(x)
    if not ok.any():
        return out, tol
    mn, mx = v[0], v[-1]
    xref = None
    if case["ref"] is not None and ok[case["ref"]]:
        xref = x[case["ref"]]
    for i in np.nonzero(ok)[0]:
        xi = x[i]
        rank = float(np.searchsorted(v, xi, side="left") + 1)    # ties.method = "min"
        out["rank"][i] = rank
        out["borda"][i] = rank - 1
        if mx != mn:
            out["dist2max"][i] = 1 - (mx - xi) / (mx - mn)
        if mx != 0:
            out["fracmax"][i] = xi / mx
        if xref is not None and xref != mn:
            y = 1 - (xref - xi) / (xref - mn)
            out["dist2ref"][i] = min(y, 1.0) if case["cap"] else y
        scale = max(abs(mx), abs(mn), abs(xi), abs(xref or 0.0))
        denominators = [d for d in (mx - mn, xref - mn if xref is not None else 0) if d]
        tol[i] = 4 * EPS * scale / min(abs(d) for d in denominators) if denominators else 0.0
    return out, tol


def main():
    rng = np.random.default_rng(20261207)
    cases = [make_case(rng, c) for c in range(CASES)]
    with scratch.database(DB) as conn:
        cur = conn.cursor()
        cur.execute("CREATE TABLE cases (c int, pos int, x float8, is_ref boolean, cap boolean)")
        psycopg2.extras.execute_values(
            cur, "INSERT INTO cases VALUES %s",
            [(c, i, v, i == cs["ref"], cs["cap"]) for c, cs in enumerate(cases)
             for i, v in enumerate(cs["x"])], page_size=5000)
        # a partition without a reference row raises; those are checked apart
        cur.execute("""SELECT c, pos, egov.rank_score(x) OVER w, egov.borda(x) OVER w,
                              egov.dist2max(x) OVER w, egov.fracmax(x) OVER w,
                              CASE WHEN bool_or(is_ref) OVER w
                                   THEN NULL END
                       FROM cases WINDOW w AS (PARTITION BY c) ORDER BY c, pos""")
        got = {}
        for c, pos, *vals in cur.fetchall():
            got.setdefault(c, []).append(vals)
        cur.execute("""SELECT c, pos, egov.dist2ref(x, is_ref, cap) OVER (PARTITION BY c)
                       FROM cases WHERE c IN (SELECT c FROM cases GROUP BY c HAVING bool_or(is_ref))
                       ORDER BY c, pos""")
        for c, pos, v in cur.fetchall():
            got[c][pos][4] = v
        bad = {name: [] for name in ("rank", "borda", "dist2max", "fracmax", "dist2ref")}
        for c, case in enumerate(cases):
            ref, tol = reference(case)
            for pos, row in enumerate(got.get(c, [])):
                for k, name in enumerate(bad):
                    g, w = row[k], ref[name][pos]
                    exact = name in ("rank", "borda")
                    if (g is None) != (w is None) or (
                            g is not None and abs(g - w) > (0 if exact else
                                                            4 * EPS * abs(w) + tol[pos])):
                        bad[name].append(c)
        for name, cs in bad.items():
            check(not cs, f"{name} equals COINr's formula on {CASES} seeded partitions",
                  f"cases {sorted(set(cs))[:5]}")
        cur.execute("""SELECT count(*) FROM (SELECT c FROM cases GROUP BY c
                       HAVING NOT bool_or(is_ref)) AS t""")
        (noref,) = cur.fetchone()
        try:
            cur.execute("""SELECT egov.dist2ref(x, is_ref) OVER (PARTITION BY c) FROM cases
                           WHERE c IN (SELECT c FROM cases GROUP BY c HAVING NOT bool_or(is_ref))""")
            cur.fetchall()
            check(noref == 0, "dist2ref refuses a partition without a reference row")
        except psycopg2.Error as e:
            check(e.pgcode == "22023", "dist2ref refuses a partition without a reference row",
                  e.pgcode)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
