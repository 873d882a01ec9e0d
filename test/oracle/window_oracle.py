#!/usr/bin/python3
"""Check egov's window functions against references computed another way.

Generates a few thousand random partitions (sizes 0..10^4, NULL fractions
0..100 %, ties, constant partitions, a large common offset 1e9 + noise,
magnitudes from 1e-300 to 1e300), loads them into a scratch database,
computes egov.minmax, egov.zscore (sample and population), egov.composite
(with and without weights) and egov.rating_class over each, and compares
every value with:

- minmax: the same formula in numpy float64 (it is a handful of IEEE
  operations, so the results are expected bit for bit; checked to 1e-12);
- zscore: exact integer arithmetic (every float8 is an integer times
  2^-1074; the mean and the sum of squares are exact, only the square
  root and the final division round), so the reference is correct to
  ~2 ulp; checked to 1e-12 * max(1, |z|);
- composite: the exact z-scores, combined with numpy, min-max'd; checked
  to 1e-12 plus the conditioning of the final min-max (the rounding of the
  composite, a few ulp of its largest term, divided by its range), and
  with the documented rule that a composite whose range is within rounding
  error (16 * eps * (k + 2) * largest term) is constant (NULL);
- rating_class: the rule written out in numpy (quarters by count within
  each EGDI group like ntile(4), ties to the higher class); exact.

Each (partition, function) pair is one check.  Usage:
    window_oracle.py [COUNTS_FILE]      (PGHOST/PGPORT/PGUSER from the env)
writes "PASSED FAILED" to COUNTS_FILE and exits non-zero on any failure.
EGOV_ORACLE_CASES (default 2000) and EGOV_ORACLE_SEED change the workload.
"""
import io
import math
import os
import sys
import time

import numpy as np
import psycopg2

CASES = int(os.environ.get("EGOV_ORACLE_CASES", "2000"))
SEED = int(os.environ.get("EGOV_ORACLE_SEED", "20261125"))
TOL = 1e-12
EPS = np.finfo(float).eps
DB = "egov_oracle"
LEVEL_CODES = [["LM", "L3", "L2", "L1"], ["MH", "M3", "M2", "M1"],
               ["HV", "H3", "H2", "H1"], ["VH", "V3", "V2", "V1"]]


# ---------- data ----------

def values(rng, n, kind):
    """n finite float8 values of one kind."""
    if kind == "uniform":
        return rng.uniform(-50, 150, n)
    if kind == "normal":
        return rng.normal(3, 7, n)
    if kind == "ties":
        return rng.choice(rng.uniform(0, 10, int(rng.integers(1, 5))), n)
    if kind == "constant":
        return np.full(n, rng.choice([0.1, 42.0, -3.7e5, 0.0]))
    if kind == "offset":       # large common offset + small noise
        return 1e9 + rng.uniform(0, 1, n) * rng.choice([1.0, 1e-3])
    if kind == "offset_int":   # 1e15 + small integers: exact z-scores exist
        return 1e15 + rng.integers(0, 20, n).astype(float)
    if kind == "huge":
        return rng.uniform(-1, 1, n) * 1e300
    if kind == "tiny":
        return rng.uniform(0, 1, n) * 1e-300
    if kind == "wide":         # magnitudes 1e-300 .. 1e300 mixed, both signs
        return rng.choice([-1.0, 1.0], n) * 10.0 ** rng.uniform(-300, 300, n)
    if kind == "edge":         # the ends of float8
        return rng.choice([-1.7e308, 1.7e308, 0.0, 5e-324], n)
    raise ValueError(kind)


X_KINDS = ["uniform", "normal", "ties", "constant", "offset", "offset_int",
           "huge", "tiny", "wide", "edge"]
IND_KINDS = ["uniform", "normal", "ties", "constant", "offset"]


def egdi_values(rng, n):
    kind = rng.choice(["uniform", "round2", "round4", "edges"])
    v = rng.uniform(0, 1, n)
    if kind == "round2":
        v = np.round(v, 2)
    elif kind == "round4":
        v = np.round(v, 4)
    elif kind == "edges":
        v = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0, 0.2499, 0.7501], n)
    return v


def null_mask(rng, n):
    frac = rng.choice([0.0, 0.0, 0.05, 0.3, 0.9, 1.0, rng.uniform(0, 1)])
    return rng.uniform(0, 1, n) < frac


def partition_size(rng):
    r = rng.uniform()
    if r < 0.66:
        return int(rng.integers(0, 30))
    if r < 0.96:
        return int(rng.integers(30, 1000))
    return int(rng.integers(1000, 10001))


def make_cases(rng):
    cases = []
    for c in range(CASES):
        n = partition_size(rng)
        x = values(rng, n, rng.choice(X_KINDS)).tolist()
        for i in np.flatnonzero(null_mask(rng, n)):
            x[i] = None
        e = egdi_values(rng, n).tolist()
        for i in np.flatnonzero(null_mask(rng, n)):
            e[i] = None
        k = int(rng.integers(1, 5))
        cols = [values(rng, n, rng.choice(IND_KINDS)).tolist() for _ in range(k)]
        ind = [[cols[j][i] for j in range(k)] for i in range(n)]
        for i in np.flatnonzero(null_mask(rng, n)):
            if rng.uniform() < 0.5:
                ind[i] = None                       # the whole array
            else:
                ind[i][int(rng.integers(0, k))] = None  # one element
        if rng.uniform() < 0.4:
            w = None
        else:
            w = (rng.uniform(0, 3, k) * (rng.uniform(0, 1, k) < 0.8)).tolist()
            if not any(w):
                w[0] = 1.0
        cases.append((x, e, ind, w))
    return cases


def pg_float(v):
    return "\\N" if v is None else repr(float(v))


def pg_array(a):
    if a is None:
        return "\\N"
    return "{" + ",".join("NULL" if v is None else repr(float(v)) for v in a) + "}"


def load(cur, cases):
    cur.execute("CREATE TABLE cases (c int, pos int, x float8, egdi float8, "
                "ind float8[], w float8[])")
    buf = io.StringIO()
    for c, (x, e, ind, w) in enumerate(cases):
        for i in range(len(x)):
            buf.write(f"{c}\t{i}\t{pg_float(x[i])}\t{pg_float(e[i])}\t"
                      f"{pg_array(ind[i])}\t{pg_array(w)}\n")
    buf.seek(0)
    cur.copy_expert("COPY cases FROM STDIN", buf)


# ---------- references ----------

def exact_int(v):
    """v * 2^1074 as an exact integer (every finite float8 is one)."""
    p, q = float(v).as_integer_ratio()
    return p << (1074 - (q.bit_length() - 1))


def zscores_exact(vals, ddof):
    """z-scores of vals (floats) with exact sums; None where undefined."""
    n = len(vals)
    if n - ddof <= 0:
        return None
    X = [exact_int(v) for v in vals]
    S = sum(X)
    T = n * sum(x * x for x in X) - S * S     # n^2 * (sum of squares about mean)
    if T == 0:
        return None
    R = n * T
    k = max(0, (200 - R.bit_length()) // 2 + 1)
    s = math.isqrt(R << (2 * k))              # sqrt(R) * 2^k, to ~100 bits
    f = math.sqrt(n - ddof)
    return [((n * x - S) << k) / s * f for x in X]


def minmax_ref(x):
    v = [a for a in x if a is not None]
    if not v or max(v) == min(v):
        return [None] * len(x)
    lo, hi = min(v), max(v)
    rng = hi - lo
    if math.isinf(rng):
        rng = hi * 0.5 - lo * 0.5
        return [None if a is None else (a * 0.5 - lo * 0.5) / rng for a in x]
    return [None if a is None else (a - lo) / rng for a in x]


def zscore_ref(x, ddof):
    idx = [i for i, a in enumerate(x) if a is not None]
    z = zscores_exact([x[i] for i in idx], ddof)
    out = [None] * len(x)
    if z is not None:
        for i, zi in zip(idx, z):
            out[i] = zi
    return out


def level(e):
    return 3 if e >= 0.75 else 2 if e >= 0.5 else 1 if e >= 0.25 else 0


def rating_ref(egdi):
    out = [None] * len(egdi)
    rated = [(e, i) for i, e in enumerate(egdi) if e is not None]
    for lvl in range(4):
        group = sorted([(e, i) for e, i in rated if level(e) == lvl],
                       key=lambda t: -t[0])
        m = len(group)
        if m == 0:
            continue
        # ntile(4): the first m % 4 quarters have one row more
        sizes = [m // 4 + (1 if q < m % 4 else 0) for q in range(4)]
        quarter_at = np.repeat(np.arange(4), sizes)
        first = {}
        for r, (e, i) in enumerate(group):
            first.setdefault(e, r)          # first position holding the value
            out[i] = LEVEL_CODES[lvl][quarter_at[first[e]]]
    return out


def composite_ref(ind, w):
    """(values, tolerance per value) of the composite; None = NULL."""
    n = len(ind)
    rows = [i for i in range(n) if ind[i] is not None and None not in ind[i]]
    out = [None] * n
    if len(rows) < 2:
        return out, 0.0
    k = len(ind[rows[0]])
    weights = np.ones(k) if w is None else np.array(w, dtype=float)
    Z = np.zeros((len(rows), k))
    for j in range(k):
        z = zscores_exact([ind[i][j] for i in rows], 1)
        if z is not None:                   # no spread: z = 0
            Z[:, j] = z
    c = Z @ weights / weights.sum()
    magnitude = (np.abs(Z) @ weights / weights.sum()).max()
    spread = c.max() - c.min()
    if not spread > 16 * EPS * (k + 2) * magnitude:
        return out, 0.0
    scaled = (c - c.min()) / spread
    for i, v in zip(rows, scaled):
        out[i] = float(v)
    return out, TOL + 64 * EPS * (k + 2) * magnitude / spread


# ---------- comparison ----------

def compare_floats(got, ref, tol_of):
    """(ok, max error) over one partition's values."""
    worst = 0.0
    for g, r in zip(got, ref):
        if (g is None) != (r is None):
            return False, math.inf
        if g is None:
            continue
        err = abs(g - r)
        worst = max(worst, err / max(1.0, abs(r)))
        if not err <= tol_of(r):
            return False, worst
    return True, worst


def main():
    counts_file = sys.argv[1] if len(sys.argv) > 1 else None
    started = time.time()
    rng = np.random.default_rng(SEED)
    cases = make_cases(rng)
    rows = sum(len(c[0]) for c in cases)

    admin = psycopg2.connect(dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {DB}")
        cur.execute(f"CREATE DATABASE {DB}")
    conn = psycopg2.connect(dbname=DB)
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION egov")
    load(cur, cases)
    cur.execute("""
        SELECT c, pos,
               egov.minmax(x) OVER w, egov.zscore(x) OVER w, egov.zscore(x, true) OVER w,
               egov.rating_class(egdi) OVER w,
               egov.composite(ind) OVER w, egov.composite(ind, w) OVER w
        FROM cases WINDOW w AS (PARTITION BY c) ORDER BY c, pos""")
    got = {}
    for row in cur:
        got.setdefault(row[0], []).append(row[2:])
    conn.close()
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE {DB}")
    admin.close()
    loaded = time.time()

    names = ["minmax", "zscore", "zscore population", "rating_class",
             "composite", "composite weighted"]
    passed = dict.fromkeys(names, 0)
    failed = dict.fromkeys(names, 0)
    worst = dict.fromkeys(names, 0.0)
    examples = []

    def record(name, c, ok, err):
        if ok:
            passed[name] += 1
            worst[name] = max(worst[name], err)
        else:
            failed[name] += 1
            if len(examples) < 10:
                examples.append(f"case {c}: {name}")

    for c, (x, e, ind, w) in enumerate(cases):
        res = got.get(c, [])
        if len(res) != len(x):
            for name in names:
                record(name, c, False, math.inf)
            continue
        cols = list(zip(*res)) if res else [[]] * 6
        record("minmax", c, *compare_floats(cols[0], minmax_ref(x), lambda r: TOL))
        for name, col, ddof in (("zscore", 1, 1), ("zscore population", 2, 0)):
            record(name, c, *compare_floats(cols[col], zscore_ref(x, ddof),
                                            lambda r: TOL * max(1.0, abs(r))))
        record("rating_class", c, list(cols[3]) == rating_ref(e), 0.0)
        for name, col, weights in (("composite", 4, None), ("composite weighted", 5, w)):
            ref, tol = composite_ref(ind, weights)
            record(name, c, *compare_floats(cols[col], ref, lambda r: tol))

    print(f"# {CASES} partitions, {rows} rows (seed {SEED}); "
          f"database {loaded - started:.1f}s, references {time.time() - loaded:.1f}s")
    for name in names:
        print(f"{'ok' if failed[name] == 0 else 'not ok'} - {name}: "
              f"{passed[name]} partitions agree, {failed[name]} differ; "
              f"largest relative difference {worst[name]:.2e}")
    for line in examples:
        print("#   differs:", line)
    total_passed, total_failed = sum(passed.values()), sum(failed.values())
    print(f"# {total_passed} checks passed, {total_failed} failed")
    if counts_file:
        with open(counts_file, "w") as f:
            f.write(f"{total_passed} {total_failed}\n")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
