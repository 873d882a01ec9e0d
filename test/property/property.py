#!/usr/bin/python3
"""Shift and scale invariances of egov's normalisations and statistics,
against numpy.

For seeded random data sets (4 to 3 000 values, multiples of 2^-10, some
ties and NULLs) every function is computed on the data and on transformed
copies, in one query per data set, each copy a window partition:

  transform             property checked (one check per data set, copy, function)
  x + b, a x (a > 0)    zscore (sample, population), minmax, pct_rank,
                        composite (arithmetic; each indicator transformed its
                        own way), winsorise_report's skewness and kurtosis:
                        unchanged; winsorise: transformed like x
  -x                    zscore and winsorise skewness change sign, minmax is
                        1 - minmax, kurtosis unchanged
  c x (c > 0)           composite 'geometric': unchanged
  band-preserving f     rating_class (only the order within an EGDI group
                        counts): unchanged
  x + b (in [0, 1])     egdi_stats' mean: the exact mean of the shifted
                        values, correctly rounded (Python fractions)

Shifts and scales are chosen so that the transformed values are exact
(integers and powers of two, offsets up to 2^40), so invariance is checked to
1e-12 (relative to max(1, |value|)); the untransformed values are checked
against numpy (z-scores, min-max, percentile ranks, G1 and G2) to 1e-9.

Usage: property.py [COUNTS_FILE] [--cases N] [--seed S]; connection through
the PG* environment (database egov_property is created and dropped).
"""

import io
import math
import os
import sys
from fractions import Fraction

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))
import scratch  # noqa: E402
from tap import Tap  # noqa: E402

DB = "egov_property"
TOL = 1e-12
NUMPY_TOL = 1e-9
# (name, a, b): x -> a x + b, exact for our data
AFFINE = [("identity", 1.0, 0.0), ("shift 1e6", 1.0, 1e6), ("shift -3e9", 1.0, -3e9),
          ("shift 2^40", 1.0, 2.0 ** 40), ("scale 2^-20", 2.0 ** -20, 0.0),
          ("scale 2^30, shift 7", 2.0 ** 30, 7.0), ("negate", -1.0, 0.0)]
BANDS = [0.0, 0.25, 0.5, 0.75, 1.0]


def close(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def band_preserving(e):
    """A strictly increasing map of [0, 1] onto itself that keeps every
    value in its EGDI band (squares the position within the band)."""
    for lo, hi in zip(BANDS, BANDS[1:]):
        if lo <= e < hi or (hi == 1.0 and e == 1.0):
            return lo + (hi - lo) * ((e - lo) / (hi - lo)) ** 2
    raise ValueError(e)


def g1_g2(x):
    n = x.size
    d = x - x.mean()
    m2 = (d ** 2).sum()
    if n < 4 or m2 == 0:
        return None, None
    g1 = math.sqrt(n) * (d ** 3).sum() / m2 ** 1.5
    g2 = n * (d ** 4).sum() / m2 ** 2
    return (g1 * math.sqrt(n * (n - 1)) / (n - 2),
            ((n + 1) * (g2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))


def pct_rank_ref(x):
    order = np.sort(x)
    m = x.size
    return [0.0 if m == 1 else float(np.searchsorted(order, v, "left")) / (m - 1) for v in x]


def data_set(rng):
    n = int(rng.integers(4, 3001))
    kind = rng.integers(0, 3)
    if kind == 0:
        x = rng.normal(0, 50, n)
    elif kind == 1:
        x = rng.exponential(20, n)          # skewed: winsorising acts
    else:
        x = rng.integers(0, 12, n).astype(float)   # many ties
    x = np.round(x * 1024) / 1024
    y = np.round(rng.normal(10, 3, n) * 1024) / 1024
    pos = np.round(rng.uniform(1, 100, (n, 2)) * 1024) / 1024
    egdi = np.round(rng.uniform(0, 0.9, n) * 1e4) / 1e4
    nulls = rng.random(n) < rng.choice([0.0, 0.05])
    return x, y, pos, egdi, nulls


def run_case(cur, tap, case, rng):
    x, y, pos, egdi, nulls = data_set(rng)
    rows = io.StringIO()
    for t, (_, a, b) in enumerate(AFFINE):
        # each indicator of the composite gets its own transform
        a2, b2 = AFFINE[(t + 3) % len(AFFINE)][1:]
        a2 = abs(a2)
        for i in range(x.size):
            if nulls[i]:
                rows.write(f"{t}\t{i}\t\\N\t\\N\t\\N\t\\N\t\\N\n")
                continue
            c = 2.0 ** (t - 3)
            rows.write(f"{t}\t{i}\t{a * x[i] + b!r}\t{a2 * y[i] + b2!r}\t"
                       f"{c * pos[i, 0]!r}\t{pos[i, 1]!r}\t"
                       f"{egdi[i] if t == 0 else band_preserving(egdi[i])!r}\n")
    cur.execute("TRUNCATE prop")
    rows.seek(0)
    cur.copy_from(rows, "prop", columns=("t", "i", "x", "y", "p", "q", "e"))
    cur.execute("""
        SELECT t, i, egov.zscore(x) OVER w, egov.zscore(x, true) OVER w,
               egov.minmax(x) OVER w, egov.pct_rank(x) OVER w,
               egov.composite(ARRAY[x, y]) OVER w,
               egov.composite(ARRAY[p, q], method => 'geometric') OVER w,
               egov.winsorise(x) OVER w,
               (egov.winsorise_report(x) OVER w).skew_before,
               (egov.winsorise_report(x) OVER w).kurt_before,
               egov.rating_class(e) OVER w
        FROM prop WINDOW w AS (PARTITION BY t) ORDER BY t, i""")
    res = {}
    for r in cur.fetchall():
        res.setdefault(r[0], []).append(r[2:])
    base = res[0]
    valid = ~nulls
    xv = x[valid]

    # the identity copy against numpy
    if xv.size >= 2 and xv.min() < xv.max():
        z = (xv - xv.mean()) / xv.std(ddof=1)
        got = [r[0] for r, ok in zip(base, valid) if ok]
        tap.check(all(close(g, e, NUMPY_TOL) for g, e in zip(got, z)),
                  f"case {case}: zscore against numpy")
        mm = (xv - xv.min()) / (xv.max() - xv.min())
        got = [r[2] for r, ok in zip(base, valid) if ok]
        tap.check(all(close(g, e, NUMPY_TOL) for g, e in zip(got, mm)),
                  f"case {case}: minmax against numpy")
    got = [r[3] for r, ok in zip(base, valid) if ok]
    tap.check(all(close(g, e, NUMPY_TOL) for g, e in zip(got, pct_rank_ref(xv))),
              f"case {case}: pct_rank against numpy")
    skew, kurt = g1_g2(xv)
    tap.check(close(base[0][7], skew, NUMPY_TOL) and close(base[0][8], kurt, NUMPY_TOL),
              f"case {case}: winsorise_report skewness and kurtosis against numpy",
              f"{base[0][7]}, {base[0][8]} vs {skew}, {kurt}")

    for t, (name, a, b) in enumerate(AFFINE):
        if t == 0:
            continue
        got = res[t]
        neg = a < 0
        sign = -1.0 if neg else 1.0

        def same(col, f=lambda v: v):
            return all(close(g[col], None if r[col] is None else f(r[col]), TOL)
                       for g, r in zip(got, base))
        tap.check(same(0, lambda v: sign * v) and same(1, lambda v: sign * v),
                  f"case {case}: zscore under {name}")
        tap.check(same(2, (lambda v: 1 - v) if neg else (lambda v: v)),
                  f"case {case}: minmax under {name}")
        if not neg:
            tap.check(same(3), f"case {case}: pct_rank under {name}")
        if not neg:
            tap.check(same(4), f"case {case}: composite (each indicator transformed) under {name}")
        tap.check(same(5), f"case {case}: geometric composite under scale 2^{t - 3}")
        tap.check(all(close(g[6], None if r[6] is None else a * r[6] + b, TOL)
                      for g, r in zip(got, base)),
                  f"case {case}: winsorise transforms like x under {name}")
        tap.check(close(got[0][7], None if base[0][7] is None else sign * base[0][7], 1e-9)
                  and close(got[0][8], base[0][8], 1e-9),
                  f"case {case}: skewness and kurtosis under {name}",
                  f"{got[0][7]}, {got[0][8]} vs {base[0][7]}, {base[0][8]}")
        tap.check(all(g[9] == r[9] for g, r in zip(got, base)),
                  f"case {case}: rating_class under a band-preserving map")

    # egdi_stats' mean of shifted scores: exact mean, correctly rounded
    e = egdi[valid]
    shift = float(rng.choice([0.0, 0.0625, 0.1, 0.05]))
    cur.execute("SELECT (egov.egdi_stats(e + %s)).mean FROM prop WHERE t = 0", (shift,))
    got = cur.fetchone()[0]
    shifted = [float(v) + shift for v in e]       # float8 addition, as in SQL
    exact = float(sum(Fraction(v) for v in shifted) / len(shifted)) if shifted else None
    tap.check(got == exact, f"case {case}: egdi_stats mean of scores + {shift} is exact",
              f"{got!r} vs {exact!r}")


def main():
    args = sys.argv[1:]
    cases = int(args[args.index("--cases") + 1]) if "--cases" in args else 60
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 20261130
    counts = args[0] if args and not args[0].startswith("--") else None
    rng = np.random.default_rng(seed)
    tap = Tap()
    with scratch.database(DB, "CREATE EXTENSION egov; CREATE TABLE prop (t int, i int, x float8, "
                              "y float8, p float8, q float8, e float8)") as conn:
        with conn.cursor() as cur:
            for case in range(cases):
                run_case(cur, tap, case, rng)
    print(f"# seed {seed}, {cases} data sets: {tap.passed} passed, {tap.failed} failed")
    if counts:
        with open(counts, "w") as f:
            f.write(f"{tap.passed} {tap.failed}\n")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
