#!/usr/bin/python3
"""Check egov's window functions and egdi_stats against references computed
another way.

Generates 2000 random partitions, seeded: fixed edge sizes 0, 1, 2 and
10^5 (the last with a large common offset), the others mostly small
(65 % of 0-29 rows, 32 % log-uniform 30-999) and a few large (log-uniform
1000-9999 and 10^4-10^5); NULL fractions 0..100 %, ties, constant
partitions, a large common offset 1e9 + noise, magnitudes from 1e-300 to
1e300 and the ends of float8.  Loads them with COPY into a scratch database
(work_mem as configured: the 10^5-row partitions spill to disk), computes
egov.minmax, egov.zscore (sample and population), egov.composite (with and
without weights) and egov.rating_class over each partition and
egov.egdi_stats grouped by partition (in a parallel plan, so that partial
states are combined), and compares every value with:

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
  each EGDI group like ntile(4), ties to the higher class); exact;
- egdi_stats: count, min, max and group counts exact; the mean to 1e-12
  relative against the exact sum, correctly rounded.

Each (partition, function) pair is one check: 7 per partition.  Usage:
    window_oracle.py [COUNTS_FILE]      (PGHOST/PGPORT/PGUSER from the env)
prints the sizes, tolerances, timings and the largest relative difference
per function, writes "PASSED FAILED" to COUNTS_FILE and exits non-zero on
any failure.  EGOV_ORACLE_CASES (default 2000) and EGOV_ORACLE_SEED change
the workload.
"""
import io
import math
import os
import sys
import time

import numpy as np

import scratch

CASES = int(os.environ.get("EGOV_ORACLE_CASES", "2000"))
SEED = int(os.environ.get("EGOV_ORACLE_SEED", "20261125"))
MAX_SIZE = 100000
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


def log_uniform(rng, lo, hi):
    """An integer from lo to hi, log-uniformly."""
    return min(hi, int(math.exp(rng.uniform(math.log(lo), math.log(hi + 1)))))


SIZE_LAW = ("65 % uniform over 0-29, 32 % log-uniform over 30-999, 2.9 % over "
            "1000-9999, 0.1 % over 10^4-10^5")


def partition_size(rng):
    """Mostly small partitions (where the edge cases live), a few large:
    SIZE_LAW."""
    r = rng.uniform()
    if r < 0.65:
        return int(rng.integers(0, 30))
    if r < 0.97:
        return log_uniform(rng, 30, 999)
    if r < 0.999:
        return log_uniform(rng, 1000, 9999)
    return log_uniform(rng, 10000, MAX_SIZE)


class Case:
    """One partition: x (minmax, zscore), egdi (rating_class, egdi_stats),
    an indicator array per row (composite) and the weights.  Values are
    float64 arrays with boolean masks for NULL; an indicator row is NULL as
    a whole (ind_null) or holds one NULL element (elem_null)."""

    def __init__(self, rng, n, x_kind=None):
        self.n = n
        self.x_kind = x_kind or rng.choice(X_KINDS)
        self.x = values(rng, n, self.x_kind)
        self.x_null = null_mask(rng, n)
        self.egdi = egdi_values(rng, n)
        self.egdi_null = null_mask(rng, n)
        k = int(rng.integers(1, 5))
        self.ind = np.column_stack([values(rng, n, rng.choice(IND_KINDS))
                                    for _ in range(k)]).reshape(n, k)
        hit = null_mask(rng, n)
        self.ind_null = hit & (rng.uniform(0, 1, n) < 0.5)
        self.elem_null = np.zeros((n, k), dtype=bool)
        one = np.flatnonzero(hit & ~self.ind_null)
        self.elem_null[one, rng.integers(0, k, len(one))] = True
        if rng.uniform() < 0.4:
            self.w = None
        else:
            w = rng.uniform(0, 3, k) * (rng.uniform(0, 1, k) < 0.8)
            if not w.any():
                w[0] = 1.0
            self.w = w.tolist()

    @staticmethod
    def with_nulls(v, null):
        out = v.tolist()
        for i in np.flatnonzero(null):
            out[i] = None
        return out

    def x_list(self):
        return self.with_nulls(self.x, self.x_null)

    def egdi_list(self):
        return self.with_nulls(self.egdi, self.egdi_null)

    def copy_lines(self, c):
        """The partition's rows in COPY text format (floats as repr: exact)."""
        def column(v, null, null_text):
            out = [repr(a) for a in v.tolist()]
            for i in np.flatnonzero(null):
                out[i] = null_text
            return out
        xs = column(self.x, self.x_null, "\\N")
        es = column(self.egdi, self.egdi_null, "\\N")
        cols = [column(self.ind[:, j], self.elem_null[:, j], "NULL")
                for j in range(self.ind.shape[1])]
        inds = ["{" + ",".join(t) + "}" for t in zip(*cols)]
        for i in np.flatnonzero(self.ind_null):
            inds[i] = "\\N"
        return "".join(map(f"{c}\t{{}}\t{{}}\t{{}}\t{{}}\n".format,
                           range(self.n), xs, es, inds))


# Fixed edge sizes first (the largest with the numerically hardest kind of x:
# a large common offset), then random partitions.
EDGE_CASES = [(0, None), (1, None), (2, None), (MAX_SIZE, "offset")]


def make_cases(rng):
    cases = [Case(rng, n, kind) for n, kind in EDGE_CASES]
    while len(cases) < CASES:
        cases.append(Case(rng, partition_size(rng)))
    return cases


def load(cur, cases):
    """COPY the rows into cases, the weights (one row a partition) into weights."""
    cur.execute("CREATE TABLE cases (c int, pos int, x float8, egdi float8, ind float8[])")
    cur.execute("CREATE TABLE weights (c int PRIMARY KEY, w float8[])")
    buf = io.StringIO()
    for c, case in enumerate(cases):
        buf.write(case.copy_lines(c))
    buf.seek(0)
    cur.copy_expert("COPY cases FROM STDIN", buf)
    buf = io.StringIO()
    for c, case in enumerate(cases):
        if case.w is not None:
            buf.write(f"{c}\t{{{','.join(map(repr, case.w))}}}\n")
    buf.seek(0)
    cur.copy_expert("COPY weights FROM STDIN", buf)
    cur.execute("ANALYZE cases")


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


def minmax_ref(case):
    """The formula in numpy float64: (x - min) / (max - min), halves when the
    range overflows; (values, NULL mask)."""
    v = case.x[~case.x_null]
    null = case.x_null.copy()
    if v.size == 0 or v.max() == v.min():
        return np.zeros(case.n), np.ones(case.n, dtype=bool)
    lo, hi = v.min(), v.max()
    with np.errstate(over="ignore"):
        spread = hi - lo
        if np.isinf(spread):
            return (case.x * 0.5 - lo * 0.5) / (hi * 0.5 - lo * 0.5), null
        return (case.x - lo) / spread, null


def zscore_ref(case, ddof):
    """Exact z-scores; (values, NULL mask)."""
    rows = np.flatnonzero(~case.x_null)
    z = zscores_exact(case.x[rows].tolist(), ddof)
    out = np.zeros(case.n)
    null = np.ones(case.n, dtype=bool)
    if z is not None:
        out[rows] = z
        null[rows] = False
    return out, null


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


def composite_ref(case, w):
    """(values, NULL mask, tolerance) of the composite."""
    n, k = case.ind.shape
    rows = np.flatnonzero(~case.ind_null & ~case.elem_null.any(axis=1))
    out = np.zeros(n)
    null = np.ones(n, dtype=bool)
    if len(rows) < 2:
        return out, null, 0.0
    weights = np.ones(k) if w is None else np.array(w, dtype=float)
    Z = np.zeros((len(rows), k))
    for j in range(k):
        z = zscores_exact(case.ind[rows, j].tolist(), 1)
        if z is not None:                   # no spread: z = 0
            Z[:, j] = z
    c = Z @ weights / weights.sum()
    magnitude = (np.abs(Z) @ weights / weights.sum()).max()
    spread = c.max() - c.min()
    if not spread > 16 * EPS * (k + 2) * magnitude:
        return out, null, 0.0
    out[rows] = (c - c.min()) / spread
    null[rows] = False
    return out, null, TOL + 64 * EPS * (k + 2) * magnitude / spread


def egdi_stats_ref(case):
    """(countries, mean, min, max, very_high, high, middle, low): the mean
    from the exact sum, correctly rounded; None where SQL gives NULL."""
    v = case.egdi[~case.egdi_null]
    if v.size == 0:
        return (0, None, None, None, 0, 0, 0, 0)
    exact_sum = sum(exact_int(a) for a in v.tolist())
    mean = exact_sum / (v.size << 1074)
    counts = [int(np.count_nonzero((v >= lo) & (v < hi)))
              for lo, hi in ((0.75, 2), (0.5, 0.75), (0.25, 0.5), (-1, 0.25))]
    return (int(v.size), mean, float(v.min()), float(v.max()), *counts)


# ---------- comparison ----------

def as_array(column):
    """A result column (floats or None) as (values, NULL mask)."""
    null = np.fromiter((g is None for g in column), dtype=bool, count=len(column))
    got = np.fromiter((0.0 if g is None else g for g in column), dtype=float,
                      count=len(column))
    return got, null


def compare_floats(column, ref, tol):
    """(ok, largest relative difference) of one partition's values: NULL in
    the same rows, |got - ref| <= tol, where tol is a number or a function
    of the reference values."""
    got, null = as_array(column)
    r, r_null = ref
    if not np.array_equal(null, r_null):
        return False, math.inf
    g, r = got[~null], r[~null]
    if g.size == 0:
        return True, 0.0
    err = np.abs(g - r)
    worst = float((err / np.maximum(1.0, np.abs(r))).max())
    limit = tol(r) if callable(tol) else tol
    return bool(np.all(err <= limit)), worst


def compare_stats(got, ref):
    """egdi_stats: counts, min and max exact, the mean to TOL relative."""
    if got is None or ref is None:
        return got == ref, 0.0
    exact = [0, 2, 3, 4, 5, 6, 7]
    if any(got[i] != ref[i] for i in exact):
        return False, math.inf
    if ref[1] is None:
        return got[1] is None, 0.0
    if got[1] is None:
        return False, math.inf
    err = abs(got[1] - ref[1]) / abs(ref[1]) if ref[1] else abs(got[1])
    return err <= TOL, err


TOLERANCE_TEXT = f"""\
# tolerances: minmax |diff| <= {TOL:g} (values in [0, 1]); zscore |diff| <= {TOL:g} * max(1, |z|)
#   against exact integer sums; composite |diff| <= {TOL:g} + 64 eps (k+2) max|term| / range
#   (the conditioning of its final min-max); egdi_stats mean relative diff <= {TOL:g}
#   against the exact sum; rating_class, egdi_stats counts, min and max exactly equal"""


def query(cur):
    """egov's values of every case: per-row window values, egdi_stats per
    case, and whether egdi_stats ran in a parallel plan."""
    cur.execute("""
        SELECT c, pos,
               egov.minmax(x) OVER p, egov.zscore(x) OVER p, egov.zscore(x, true) OVER p,
               egov.rating_class(egdi) OVER p,
               egov.composite(ind) OVER p, egov.composite(ind, w) OVER p
        FROM cases LEFT JOIN weights USING (c)
        WINDOW p AS (PARTITION BY c) ORDER BY c, pos""")
    got = {}
    for row in cur:
        got.setdefault(row[0], []).append(row[2:])
    # egdi_stats in a parallel plan where the planner allows one, so that
    # partial states meet in the combine function
    cur.execute("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
                "SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2")
    stats_sql = "SELECT c, (egov.egdi_stats(egdi)).* FROM cases GROUP BY c"
    cur.execute("EXPLAIN " + stats_sql)
    parallel = any("Partial" in line for (line,) in cur.fetchall())
    cur.execute(stats_sql)
    got_stats = {row[0]: tuple(row[1:]) for row in cur}
    return got, got_stats, parallel


def main():
    counts_file = sys.argv[1] if len(sys.argv) > 1 else None
    started = time.time()
    rng = np.random.default_rng(SEED)
    cases = make_cases(rng)
    sizes = np.array([case.n for case in cases])

    # one transaction, egov's installation included
    with scratch.database(DB, autocommit=False) as conn:
        cur = conn.cursor()
        load(cur, cases)
        loaded = time.time()
        got, got_stats, parallel = query(cur)
    queried = time.time()

    names = ["minmax", "zscore", "zscore population", "rating_class",
             "composite", "composite weighted", "egdi_stats"]
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
                examples.append(f"case {c} ({cases[c].n} rows, x {cases[c].x_kind}): {name}")

    for c, case in enumerate(cases):
        res = got.get(c, [])
        record("egdi_stats", c, *compare_stats(got_stats.get(c),
                                               egdi_stats_ref(case) if case.n else None))
        if len(res) != case.n:
            for name in names[:-1]:
                record(name, c, False, math.inf)
            continue
        cols = list(zip(*res)) if res else [()] * 6
        record("minmax", c, *compare_floats(cols[0], minmax_ref(case), TOL))
        for name, col, ddof in (("zscore", 1, 1), ("zscore population", 2, 0)):
            record(name, c, *compare_floats(cols[col], zscore_ref(case, ddof),
                                            lambda r: TOL * np.maximum(1.0, np.abs(r))))
        record("rating_class", c, list(cols[3]) == rating_ref(case.egdi_list()), 0.0)
        for name, col, weights in (("composite", 4, None), ("composite weighted", 5, case.w)):
            ref, null, tol = composite_ref(case, weights)
            record(name, c, *compare_floats(cols[col], (ref, null), tol))

    large = sizes[sizes >= 10000]
    print(f"# {CASES} partitions, {sizes.sum()} rows (seed {SEED}); sizes {sizes.min()} to "
          f"{sizes.max()}: fixed {', '.join(str(n) for n, _ in EDGE_CASES)}, then {SIZE_LAW}; "
          f"{len(large)} of 10^4 rows or more ({', '.join(map(str, sorted(large)))})")
    print(f"# NULL fractions 0 to 100 %; x kinds: {', '.join(X_KINDS)}")
    print(TOLERANCE_TEXT)
    print(f"# egdi_stats plan: {'parallel (partial states combined)' if parallel else 'serial'}")
    print(f"# time {time.time() - started:.1f}s: generate and load {loaded - started:.1f}s, "
          f"query {queried - loaded:.1f}s, references {time.time() - queried:.1f}s")
    for name in names:
        print(f"{'ok' if failed[name] == 0 else 'not ok'} - {name}: "
              f"{passed[name]} partitions agree, {failed[name]} differ; "
              f"largest relative difference {worst[name]:.2e}")
    for line in examples:
        print("#   differs:", line)
    total_passed, total_failed = sum(passed.values()), sum(failed.values())
    print(f"# {total_passed + total_failed} checks ({CASES} partitions x {len(names)} functions): "
          f"{total_passed} passed, {total_failed} failed")
    if counts_file:
        with open(counts_file, "w") as f:
            f.write(f"{total_passed} {total_failed}\n")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
