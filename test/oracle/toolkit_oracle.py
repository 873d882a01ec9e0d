#!/usr/bin/env python3
"""Check egov's composite-indicator toolkit against references computed in numpy.

Each check generates data (with NULLs, ties, constant and tiny partitions),
runs the egov function in PostgreSQL and recomputes the result here from the
published definition:

  goalpost, distance_to_target  the formulas, vectorised;
  pct_rank                      (rank_min - 1) / (m - 1) via searchsorted;
  winsorise                     a line-by-line transcription of COINr's
                                winsorise() and check_SkewKurt() (R/treat.R);
  treat                         COINr's Treat.numeric() on top of it, with
                                its log_CT, log_CT_orig and boxcox (R/treat.R);
  rank_uncertainty              the same Monte Carlo driven by a Python copy
                                of PostgreSQL's pg_prng (xoroshiro128**
                                seeded by splitmix64), ranks by counting.

Connection from PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final
"passed failed" line.  Exit status 1 if any check failed.
"""
import math
import sys

import numpy as np

import scratch
from tap import Tap

DB = "egov_toolkit_oracle"
MASK64 = (1 << 64) - 1

tap = Tap()
check = tap.check


# ---------------------------------------------------------------- pg_prng
class PgPrng:
    """PostgreSQL 15 src/common/pg_prng.c: xoroshiro128**, splitmix64 seeding."""

    def __init__(self, seed):
        seed &= MASK64
        self.s0, seed = self._splitmix64(seed)
        self.s1, seed = self._splitmix64(seed)
        if self.s0 == 0 and self.s1 == 0:   # pg_prng_seed_check
            self.s0 = 0x5851F42D4C957F2D
            self.s1 = 0x14057B7EF767814F

    @staticmethod
    def _splitmix64(state):
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        val = state
        val = ((val ^ (val >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        val = ((val ^ (val >> 27)) * 0x94D049BB133111EB) & MASK64
        return val ^ (val >> 31), state

    @staticmethod
    def _rotl(x, k):
        return ((x << k) | (x >> (64 - k))) & MASK64

    def uint64(self):
        s0, s1 = self.s0, self.s1
        sx = s1 ^ s0
        val = (self._rotl((s0 * 5) & MASK64, 7) * 9) & MASK64
        self.s0 = self._rotl(s0, 24) ^ sx ^ ((sx << 16) & MASK64)
        self.s1 = self._rotl(sx, 37)
        return val

    def double(self):
        return math.ldexp(float(self.uint64() >> 12), -52)


# ---------------------------------------------------------------- helpers
def load(cur, rows, columns):
    """A temp table t(part int, id int, <columns float8>) holding rows."""
    cur.execute("DROP TABLE IF EXISTS t")
    cols = ", ".join(f"{c} float8" for c in columns)
    cur.execute(f"CREATE TEMP TABLE t (part int, id int, {cols})")
    ph = ", ".join(["%s"] * (2 + len(columns)))
    cur.executemany(f"INSERT INTO t VALUES ({ph})", rows)


def level_of(score):
    return np.where(score >= 0.75, 3, np.where(score >= 0.5, 2, np.where(score >= 0.25, 1, 0)))


# ---------------------------------------------------------------- goalpost
def check_scalars(cur, rng):
    x = rng.normal(50, 40, 3000)
    lo = np.where(np.arange(3000) % 2 == 0, 10.0, 90.0)
    hi = 100.0 - lo
    cur.execute("SELECT egov.goalpost(x, lo, hi) FROM unnest(%s::float8[], %s::float8[], %s::float8[]) "
                "WITH ORDINALITY AS u(x, lo, hi, i) ORDER BY i",
                (x.tolist(), lo.tolist(), hi.tolist()))
    got = np.array([r[0] for r in cur.fetchall()])
    want = np.clip((x - lo) / (hi - lo), 0, 1)
    check(np.max(np.abs(got - want)) <= 1e-15, "goalpost matches clip((x - lo)/(hi - lo), 0, 1), both directions",
          f"max diff {np.max(np.abs(got - want))}")

    t = np.where(np.arange(3000) % 3 == 0, -2.5, 7.0)
    cur.execute("SELECT egov.distance_to_target(x, t) FROM unnest(%s::float8[], %s::float8[]) "
                "WITH ORDINALITY AS u(x, t, i) ORDER BY i", (x.tolist(), t.tolist()))
    got = np.array([r[0] for r in cur.fetchall()])
    want = np.maximum(0, 1 - np.abs(t - x) / np.abs(t))
    check(np.max(np.abs(got - want)) <= 1e-15, "distance_to_target matches max(0, 1 - |t - x|/|t|)",
          f"max diff {np.max(np.abs(got - want))}")


# ---------------------------------------------------------------- pct_rank
def pct_rank_reference(values):
    v = np.array([x for x in values if x is not None], dtype=float)
    s = np.sort(v)
    out = []
    for x in values:
        if x is None:
            out.append(None)
        elif len(v) == 1:
            out.append(0.0)
        else:
            out.append(np.searchsorted(s, x, side="left") / (len(v) - 1))
    return out


def check_pct_rank(cur, rng):
    rows, parts = [], {}
    for p in range(60):
        n = int(rng.integers(0, 40)) if p > 2 else [1, 5, 0][p]
        kind = p % 4
        for i in range(n):
            if rng.random() < 0.15:
                x = None
            elif kind == 0:
                x = float(rng.integers(0, 6))           # heavy ties
            elif kind == 1 and p < 20:
                x = 3.25                                 # constant
            else:
                x = float(rng.normal())
            rows.append((p, i, x))
            parts.setdefault(p, []).append(x)
    load(cur, rows, ["x"])
    cur.execute("SELECT part, id, egov.pct_rank(x) OVER (PARTITION BY part ORDER BY id DESC) FROM t ORDER BY part, id")
    got = {(p, i): v for p, i, v in cur.fetchall()}
    bad = 0
    for p, vals in parts.items():
        for i, want in enumerate(pct_rank_reference(vals)):
            g = got[(p, i)]
            if (g is None) != (want is None) or (g is not None and abs(g - want) > 1e-15):
                bad += 1
    check(bad == 0, f"pct_rank matches numpy on {len(rows)} rows in {len(parts)} partitions", f"{bad} mismatches")


# ---------------------------------------------------------------- winsorise
def coinr_skew(x):
    """COINr skew(): e1071::skewness type 2."""
    n = len(x)
    d = x - x.mean()
    y = math.sqrt(n) * np.sum(d ** 3) / (np.sum(d ** 2) ** 1.5)
    return y * math.sqrt(n * (n - 1)) / (n - 2)


def coinr_kurt(x):
    """COINr kurt(): e1071::kurtosis type 2 (excess)."""
    n = len(x)
    d = x - x.mean()
    r = n * np.sum(d ** 4) / (np.sum(d ** 2) ** 2)
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))


def coinr_winsorise(x, winmax=5, skew_thresh=2.0, kurt_thresh=3.5):
    """COINr winsorise() with check_SkewKurt(), transcribed from R/treat.R."""
    x = np.array(x, dtype=float)

    def passing(v):
        return abs(coinr_skew(v)) < skew_thresh or coinr_kurt(v) < kurt_thresh

    ok = passing(x)
    nwin = 0
    imax = imin = np.array([], dtype=int)
    while not ok and nwin < winmax:
        if coinr_skew(x) >= 0:
            imax = np.flatnonzero(x == x.max())
            x[imax] = np.delete(x, imax).max()
        else:
            imin = np.flatnonzero(x == x.min())
            x[imin] = np.delete(x, imin).min()
        nwin = len(imax) + len(imin)
        ok = passing(x)
    return x, len(imin), len(imax)


def check_winsorise(cur, rng):
    rows, parts = [], {}
    for p in range(96):
        kind = p % 8
        n = int(rng.integers(4, 60))
        if kind == 0 and p % 16 == 0:
            v = np.concatenate([rng.normal(0, 1, n + 40), np.geomspace(20, 5000, 12)])  # too many outliers
        elif kind == 0:
            v = rng.lognormal(0, 1.5, n)                  # right tail
        elif kind == 1:
            v = -rng.lognormal(0, 1.5, n)                 # left tail
        elif kind == 2:
            v = np.concatenate([rng.normal(0, 1, n), [40.0, 40.0, 40.0]])   # tied outliers
        elif kind == 3:
            v = rng.normal(0, 1, n)                       # passes untouched
        elif kind == 4:
            v = np.round(rng.pareto(1.2, n) * 10)         # heavy tail with ties
        elif kind == 5:
            v = np.concatenate([rng.normal(0, 1, n), [-30.0, 25.0, 60.0]])  # both sides
        elif kind == 6:
            v = np.full(int(rng.integers(1, 6)), 2.5)     # constant
        else:
            v = rng.normal(0, 1, int(rng.integers(1, 4)))  # fewer than 4 values
        vals = [float(a) for a in v]
        for k in rng.choice(len(vals), size=len(vals) // 10, replace=False):
            vals[k] = None
        parts[p] = vals
        rows += [(p, i, x) for i, x in enumerate(vals)]
    load(cur, rows, ["x"])

    for winmax, skew_thresh, kurt_thresh in ((5, 2.0, 3.5), (2, 2.0, 3.5), (9, 1.5, 2.0)):
        cur.execute("SELECT part, id, egov.winsorise(x, %s, %s, %s) OVER w, "
                    "(egov.winsorise_report(x, %s, %s, %s) OVER w).* "
                    "FROM t WINDOW w AS (PARTITION BY part ORDER BY id DESC) ORDER BY part, id",
                    (winmax, skew_thresh, kurt_thresh) * 2)
        got = {}
        for r in cur.fetchall():
            got.setdefault(r[0], []).append(r)

        bad_values = bad_counts = bad_stats = treated = limited = 0
        for p, vals in parts.items():
            valid = [x for x in vals if x is not None]
            grows = got[p]
            if len(valid) < 4 or len(set(valid)) == 1:
                want_x, low, high = np.array(valid), 0, 0
                sk = None
            else:
                want_x, low, high = coinr_winsorise(valid, winmax, skew_thresh, kurt_thresh)
                sk = (coinr_skew(np.array(valid)), coinr_kurt(np.array(valid)),
                      coinr_skew(want_x), coinr_kurt(want_x))
            treated += (low + high) > 0
            got_x = [r[2] for r in grows if r[2] is not None]
            if len(got_x) != len(want_x) or any(a != b for a, b in zip(got_x, want_x)):
                bad_values += 1
            n, wlo, whi, sb, kb, sa, ka, passes = grows[0][3:]
            if (n, wlo, whi) != (len(valid), low, high):
                bad_counts += 1
            if sk is None:
                if any(v is not None for v in (sb, kb, sa, ka, passes)):
                    bad_stats += 1
            else:
                close = all(abs(a - b) <= 1e-9 * max(1.0, abs(b)) for a, b in zip((sb, kb, sa, ka), sk))
                want_pass = abs(sk[2]) < skew_thresh or sk[3] < kurt_thresh
                limited += not want_pass
                if not close or passes != want_pass:
                    bad_stats += 1
        setting = f"winmax {winmax}, thresholds {skew_thresh}/{kurt_thresh}"
        check(bad_values == 0, f"winsorise values match COINr's winsorise() in all {len(parts)} partitions ({setting})",
              f"{bad_values} partitions differ")
        check(bad_counts == 0, f"winsorise_report counts match COINr's, low and high ({setting})",
              f"{bad_counts} partitions differ")
        check(bad_stats == 0, f"winsorise_report skewness, kurtosis and verdict match COINr's ({setting})",
              f"{bad_stats} partitions differ")
        check(treated >= 20 and limited >= 2,
              f"the data exercises the rule ({treated} partitions treated, {limited} still failing at winmax)")
    return parts


def coinr_log_ct(x):
    """COINr log_CT(): log(x - min(x) + 0.01 (max(x) - min(x)))."""
    return np.log(x - x.min() + 0.01 * (x.max() - x.min()))


def coinr_log_ct_orig(x):
    """COINr log_CT_orig(): log(x - min(x) + 1)."""
    return np.log(x - x.min() + 1.0)


def coinr_boxcox(x, lam):
    """COINr boxcox(x, lambda, makepos = TRUE): x - min(x) + 1, then
    (x^lambda - 1) / lambda, or log for lambda 0."""
    y = x - x.min() + 1.0
    return np.log(y) if lam == 0 else (y ** lam - 1.0) / lam


def coinr_treat(x, winmax, skew_thresh, kurt_thresh, fallback, lam=None):
    """COINr Treat.numeric() with f1 = winsorise, f_pass = check_SkewKurt and
    combine_treat = FALSE, transcribed from R/treat.R: pass -> x; else
    winsorise; still failing -> f2 of the original x ('none': no f2)."""
    x = np.array(x, dtype=float)

    def passing(v):
        return abs(coinr_skew(v)) < skew_thresh or coinr_kurt(v) < kurt_thresh

    if passing(x):
        return x, False
    x1, _, _ = coinr_winsorise(x, winmax, skew_thresh, kurt_thresh)
    if passing(x1) or fallback == "none":
        return x1, False
    if fallback == "boxcox":
        return coinr_boxcox(x, lam), True
    f2 = coinr_log_ct if fallback == "log_CT" else coinr_log_ct_orig
    return f2(x), True


def check_treat(cur, parts):
    """egov.treat on the partitions check_winsorise loaded into t."""
    for winmax, skew_thresh, kurt_thresh, fallback, lam in (
            (5, 2.0, 3.5, "log_CT", None), (1, 2.0, 3.5, "log_CT_orig", None),
            (2, 1.5, 2.0, "boxcox", 0.5), (1, 2.0, 3.5, "boxcox", -0.25), (5, 2.0, 3.5, "boxcox", 0.0),
            (2, 1.5, 2.0, "none", None)):
        cur.execute("SELECT part, id, egov.treat(x, %s, %s, %s, %s, %s) OVER w "
                    "FROM t WINDOW w AS (PARTITION BY part ORDER BY id DESC) ORDER BY part, id",
                    (winmax, skew_thresh, kurt_thresh, fallback, lam))
        got = {}
        for p, _, v in cur.fetchall():
            got.setdefault(p, []).append(v)
        bad = fell_back = 0
        for p, vals in parts.items():
            valid = [x for x in vals if x is not None]
            nulls_kept = all((g is None) == (x is None) for g, x in zip(got[p], vals))
            if len(valid) < 4 or len(set(valid)) == 1:
                want, used = np.array(valid), False
            else:
                want, used = coinr_treat(valid, winmax, skew_thresh, kurt_thresh, fallback, lam)
            fell_back += used
            g = np.array([v for v in got[p] if v is not None], dtype=float)
            # the winsorised values are moved, not computed: equal; the logs to rounding
            tol = 1e-13 if used else 0.0
            if not nulls_kept or len(g) != len(want) or \
                    np.any(np.abs(g - want) > tol * np.maximum(1.0, np.abs(want))):
                bad += 1
        setting = f"winmax {winmax}, thresholds {skew_thresh}/{kurt_thresh}, fallback {fallback}" + \
            (f" lambda {lam}" if lam is not None else "")
        check(bad == 0, f"treat matches COINr's Treat() in all {len(parts)} partitions ({setting})",
              f"{bad} partitions differ")
        if fallback != "none":
            check(fell_back >= 2, f"the data exercises the fallback ({fell_back} partitions log-transformed, {setting})")


# ---------------------------------------------------------------- rank_uncertainty
def mc_reference(o, h, t, draws, spread, seed):
    o, h, t = (np.array(a, dtype=float) for a in (o, h, t))
    n = len(o)
    prng = PgPrng(seed)
    level0 = level_of((o + h + t) / 3.0)
    ranks = np.empty((draws, n), dtype=int)
    same = np.zeros(n, dtype=int)
    half = 3.0 * spread
    for d in range(draws):
        while True:
            uo = 1.0 + half * (2.0 * prng.double() - 1.0)
            uh = 1.0 + half * (2.0 * prng.double() - 1.0)
            ut = 1.0 + half * (2.0 * prng.double() - 1.0)
            s = uo + uh + ut
            if s > 0:
                break
        score = (uo * o + uh * h + ut * t) / s
        same += level_of(score) == level0
        ranks[d] = 1 + np.sum(score[None, :] > score[:, None], axis=1)
    ranks.sort(axis=0)

    def nearest(pct):
        return ranks[max(1, (pct * draws + 99) // 100) - 1]

    return nearest(50), nearest(5), nearest(95), same / draws


def check_rank_uncertainty(cur, rng):
    rows, parts = [], {}
    specs = [(1, 40, 300, 0.1, 1), (2, 25, 200, 0.3, -7), (3, 12, 101, 1 / 3, 42),
             (4, 30, 150, 0.0, 5), (5, 1, 10, 0.2, 3)]
    for part, n, draws, spread, seed in specs:
        comps = rng.random((n, 3))
        if n > 3:
            comps[::7] = comps[0]                 # exact ties
            comps[1::9, 0] = np.round(comps[1::9, 0], 1)
            comps[2] = [0.75, 0.75, 0.75]         # on a group boundary
            comps[-1] = [0.0, 1.0, 0.5]
        vals = [[float(c) for c in row] for row in comps]
        for k in range(0, n, 11):
            vals[k][int(k % 3)] = None if n > 1 else vals[k][int(k % 3)]
        parts[part] = (vals, draws, spread, seed)
        rows += [(part, i, *v) for i, v in enumerate(vals)]
    load(cur, rows, ["osi", "hci", "tii"])

    for part, (vals, draws, spread, seed) in parts.items():
        cur.execute("SELECT id, (egov.rank_uncertainty(osi, hci, tii, %s, %s, %s) OVER (ORDER BY id DESC)).* "
                    "FROM t WHERE part = %s ORDER BY id", (draws, spread, seed, part))
        got = cur.fetchall()
        keep = [i for i, v in enumerate(vals) if None not in v]
        o, h, t = ([vals[i][k] for i in keep] for k in range(3))
        med, p05, p95, share = mc_reference(o, h, t, draws, spread, seed)
        want = {i: (int(med[j]), int(p05[j]), int(p95[j]), float(share[j])) for j, i in enumerate(keep)}
        bad = 0
        for i, m, a, b, s in got:
            w = want.get(i)
            if w is None:
                bad += (m, a, b, s) != (None, None, None, None)
            else:
                bad += (m, a, b, s) != w
        check(bad == 0, f"rank_uncertainty matches the pg_prng Monte Carlo in numpy: {len(vals)} rows, "
              f"{draws} draws, spread {spread:.4g}, seed {seed}", f"{bad} rows differ")


def main():
    rng = np.random.default_rng(20221)
    with scratch.database(DB) as conn:
        cur = conn.cursor()
        check_scalars(cur, rng)
        check_pct_rank(cur, rng)
        check_treat(cur, check_winsorise(cur, rng))
        check_rank_uncertainty(cur, rng)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
