#!/usr/bin/env python3
"""Check the rank simulations and the Sobol analysis against numpy.

- The design: egov.saltelli_sample(N, d, seed) has N (d + 2) rows; blocks 2..d+1
  are block 0 with one coordinate from block 1; every coordinate in [0, 1).
- The estimators: egov.sobol_indices on the Ishigami function
  f = sin x1 + a sin^2 x2 + b x3^4 sin x1 (a = 7, b = 0.1, x uniform on
  [-pi, pi]^3), N = 20000, against the analytical indices
  S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437): each within 4
  of its reported standard errors plus 0.005 (the standard errors take V as
  known); and against numpy's Jansen estimators on the same outputs (1e-9).
- The model: egov.composite_rank_draws on seeded random partitions (NULL
  elements and arrays, a single row, constant indicators), every
  normalisation, method and imputation; draws 2j - 1 and 2j use the points
  A_j and B_j of egov.saltelli_sample with the same seed, so numpy
  evaluates the same configurations: ranks must be equal.
- egov.composite_rank_uncertainty: its median, band and shares from those
  draws, exactly.
- egov.rank_drop_one: numpy's ranks with each weight set to 0, minus the
  ranks with every indicator, exactly.
- egov.rank_sobol: numpy evaluates the model on the design and applies
  the Jansen estimators; indices equal within 1e-9.

Connection from PGHOST, PGPORT, PGUSER; prints TAP-like lines and a final
"passed failed" line.  Exit status 1 if any check failed.
"""
import math
import sys

import numpy as np
import psycopg2.extras

import scratch
from tap import Tap
from toolkit_aggregation_oracle import median as wmedian  # the same definition

DB = "egov_sensitivity_oracle"
np.seterr(invalid="ignore", divide="ignore")  # 0/0: a row without a composite (NaN)
tap = Tap()
check = tap.check
NORMS = ["minmax", "rank", "zscore", "none"]
METHODS = ["mean", "geometric_mean", "harmonic_mean", "median"]


def design(cur, n, d, seed):
    cur.execute("SELECT sample, block, x FROM egov.saltelli_sample(%s, %s, %s) ORDER BY sample, block",
                (n, d, seed))
    rows = cur.fetchall()
    return np.array([r[2] for r in rows]).reshape(n, d + 2, d)


def jansen(y, d):
    """y: N x (d + 2) outputs; returns S1, ST"""
    ya, yb = y[:, 0], y[:, 1]
    v = np.var(np.concatenate([ya, yb]))
    if not v > 0:
        return np.zeros(d), np.zeros(d)
    s1 = np.array([(v - np.mean((yb - y[:, 2 + i]) ** 2) / 2) / v for i in range(d)])
    st = np.array([np.mean((ya - y[:, 2 + i]) ** 2) / 2 / v for i in range(d)])
    return s1, st


def normalise(x, present, norm):
    n, k = x.shape
    out = np.zeros_like(x)
    mean = np.zeros(k)
    for j in range(k):
        idx = np.where(present[:, j])[0]
        if len(idx) == 0:
            continue
        v = x[idx, j]
        if norm == "minmax":
            lo, rng = v.min(), v.max() - v.min()
            o = 1 + 99 * ((v - lo) / rng) if rng > 0 else np.full(len(v), 50.5)
        elif norm == "rank":
            order = np.argsort(v, kind="stable")
            o = np.zeros(len(v))
            sv = v[order]
            r = 0
            while r < len(v):
                e = r
                while e + 1 < len(v) and sv[e + 1] == sv[r]:
                    e += 1
                o[order[r:e + 1]] = 1 + 99 * ((r + e) / 2) / (len(v) - 1) if len(v) > 1 else 50.5
                r = e + 1
        elif norm == "none":
            o = v.copy()
        else:
            mu = v.mean()
            sd = v.std(ddof=1) if len(v) > 1 else 0.0
            o = (v - mu) / sd if sd > 0 else np.zeros(len(v))
        out[idx, j] = o
        mean[j] = o.mean()
    return out, mean


class Model:
    def __init__(self, rows, w, spread, norms, methods, impute):
        self.k = next(len(r) for r in rows if r is not None)
        self.null = np.array([r is None for r in rows])
        self.x = np.array([[0.0 if r is None or v is None else v for v in (r or [None] * self.k)]
                           for r in rows])
        self.present = np.array([[r is not None and v is not None for v in (r or [None] * self.k)]
                                 for r in rows])
        w = np.ones(self.k) if w is None else np.array(w, float)
        self.w = w / w.sum()
        self.spread, self.norms, self.methods, self.impute = spread, norms, methods, impute
        self.norm = {nm: normalise(self.x, self.present, nm) for nm in set(norms)}

    def ranks(self, u):
        k = self.k
        nm = self.norms[min(int(u[k] * len(self.norms)), len(self.norms) - 1)]
        me = self.methods[min(int(u[k + 1] * len(self.methods)), len(self.methods) - 1)]
        imp = self.impute and u[k + 2] >= 0.5
        w = self.w * (1 + self.spread * (2 * np.asarray(u[:k]) - 1))
        v, mean = self.norm[nm]
        score = np.full(len(self.x), np.nan)
        for i in range(len(self.x)):
            if self.null[i] or not self.present[i].any():
                continue
            use = self.present[i] | imp
            vals = np.where(self.present[i], v[i], mean)[use]
            ww = w[use]
            if me == "mean":
                score[i] = np.sum(ww * vals) / ww.sum()
            elif me == "geometric_mean":
                score[i] = np.exp(np.sum(ww * np.log(vals)) / ww.sum())
            elif me == "harmonic_mean":
                score[i] = ww.sum() / np.sum(ww / vals)
            else:
                score[i] = wmedian(vals, ww)
        ok = ~np.isnan(score)
        rank = np.zeros(len(score), int)
        for i in np.where(ok)[0]:
            rank[i] = 1 + np.sum(score[ok] > score[i])
        return rank

    def nominal(self):
        return self.ranks([0.5] * self.k + [0.0, 0.0, 0.0])


def make_rows(rng, n, k):
    cols = [rng.uniform(0.5, 10, n) if rng.uniform() < 0.85 else np.full(n, 2.0) for _ in range(k)]
    rows = []
    for i in range(n):
        if rng.uniform() < 0.05:
            rows.append(None)
        else:
            rows.append([None if rng.uniform() < 0.12 else float(cols[j][i]) for j in range(k)])
    if all(r is None for r in rows):
        rows[0] = [1.0] * k
    return rows


def ishigami(cur):
    n, d = 20000, 3
    x = design(cur, n, d, 1)
    check(x.shape == (n, d + 2, d) and (x >= 0).all() and (x < 1).all(),
          "saltelli_sample: N (d + 2) points in [0, 1)^d")
    same = all((x[:, 2 + i, c] == (x[:, 1, c] if c == i else x[:, 0, c])).all()
               for i in range(d) for c in range(d))
    check(same, "saltelli_sample: block 1 + i is block 0 with coordinate i from block 1")
    z = -math.pi + 2 * math.pi * x
    y = np.sin(z[..., 0]) + 7 * np.sin(z[..., 1]) ** 2 + 0.1 * z[..., 2] ** 4 * np.sin(z[..., 0])
    cur.execute("SELECT (s).* FROM (SELECT egov.sobol_indices(%s, 3) AS s) t", (y.ravel().tolist(),))
    s1, st, s1se, stse, v = cur.fetchone()
    ref_s1, ref_st = jansen(y, d)
    check(np.allclose(s1, ref_s1, rtol=0, atol=1e-9) and np.allclose(st, ref_st, rtol=0, atol=1e-9),
          "sobol_indices equals numpy's Jansen estimators", f"{s1} {st} vs {ref_s1} {ref_st}")
    true_s1, true_st = [0.3139, 0.4424, 0.0], [0.5576, 0.4424, 0.2437]
    for i in range(d):
        check(abs(s1[i] - true_s1[i]) <= 4 * s1se[i] + 0.005,
              f"Ishigami S{i + 1} = {s1[i]:.4f} ± {s1se[i]:.4f}, analytical {true_s1[i]}")
        check(abs(st[i] - true_st[i]) <= 4 * stse[i] + 0.005,
              f"Ishigami ST{i + 1} = {st[i]:.4f} ± {stse[i]:.4f}, analytical {true_st[i]}")
    check(max(s1se + stse) < 0.02, "the standard errors at N = 20000 are below 0.02")


def simulations(cur, rng):
    cases = []
    for c in range(24):
        n = 1 if c == 0 else int(rng.integers(2, 30))
        k = int(rng.integers(1, 5))
        norms = list(rng.choice(NORMS, int(rng.integers(1, 3)), replace=False))
        methods = list(rng.choice(["mean", "median"] if "zscore" in norms else METHODS,
                                  int(rng.integers(1, 3)), replace=False))
        cases.append(dict(c=c, rows=make_rows(rng, n, k), k=k,
                          w=None if rng.uniform() < 0.5 else list(rng.uniform(0.2, 2, k)),
                          spread=float(rng.choice([0.0, 0.3, 0.9])), norms=norms, methods=methods,
                          impute=bool(rng.uniform() < 0.5), seed=int(rng.integers(1, 1000))))
    cur.execute("CREATE TABLE sim (c int, pos int, x float8[])")
    psycopg2.extras.execute_values(cur, "INSERT INTO sim VALUES %s",
                                   [(cs["c"], i, r) for cs in cases for i, r in enumerate(cs["rows"])])
    draws_bad, summary_bad, sobol_bad, drop_bad = [], [], [], []
    for cs in cases:
        # leave-one-out under the first normalisation and method
        norm, method = cs["norms"][0], cs["methods"][0]
        cur.execute("""SELECT pos, egov.rank_drop_one(x, %s, %s, %s) OVER () FROM sim WHERE c = %s
                       ORDER BY pos""", (cs["w"], norm, method, cs["c"]))
        fixed = Model(cs["rows"], cs["w"], 0.0, [norm], [method], False)
        base = fixed.nominal()
        without = []
        for j in range(cs["k"]):
            keep = fixed.w[j]
            fixed.w[j] = 0.0
            without.append(fixed.nominal())
            fixed.w[j] = keep
        for pos, got_drop in cur.fetchall():
            want = None if base[pos] == 0 else \
                [None if without[j][pos] == 0 else int(without[j][pos] - base[pos]) for j in range(cs["k"])]
            if got_drop != want:
                drop_bad.append(f"case {cs['c']} ({norm}, {method}) row {pos + 1}: {got_drop} != {want}")
        args = (cs["w"], 40, cs["spread"], cs["norms"], cs["methods"], cs["impute"])
        cur.execute("""SELECT pos, egov.composite_rank_draws(x, %s, %s, %s, %s, %s, %s, %s) OVER (),
                              (egov.composite_rank_uncertainty(x, %s, %s, %s, %s, %s, %s, 3, %s) OVER ()).*
                       FROM sim WHERE c = %s ORDER BY pos""",
                    args + (cs["seed"],) + args + (cs["seed"], cs["c"]))
        got = cur.fetchall()
        model = Model(cs["rows"], cs["w"], cs["spread"], cs["norms"], cs["methods"], cs["impute"])
        d = cs["k"] + 3
        x = design(cur, 20, d, cs["seed"])
        points = [x[j, b] for j in range(20) for b in (0, 1)]
        ranks = np.array([model.ranks(u) for u in points])     # draws x rows
        nominal = model.nominal()
        for pos, draws, nom, med, p05, p95, ptop, pchange in got:
            want = None if nominal[pos] == 0 else [int(r) for r in ranks[:, pos]]
            if draws != want:
                draws_bad.append(f"case {cs['c']} row {pos + 1}: {draws} != {want}")
                continue
            if want is None:
                continue
            s = sorted(want)
            ref = (int(nominal[pos]), s[math.ceil(0.5 * 40) - 1], s[math.ceil(0.05 * 40) - 1],
                   s[math.ceil(0.95 * 40) - 1], sum(r <= 3 for r in want) / 40)
            if (nom, med, p05, p95, ptop) != ref:
                summary_bad.append(f"case {cs['c']} row {pos + 1}: {(nom, med, p05, p95, ptop)} != {ref}")
        # rank_sobol on the same model, 30 base samples
        cur.execute("""SELECT pos, (egov.rank_sobol(x, %s, 30, %s, %s, %s, %s, %s) OVER ()).*
                       FROM sim WHERE c = %s ORDER BY pos""",
                    (cs["w"], cs["spread"], cs["norms"], cs["methods"], cs["impute"], cs["seed"], cs["c"]))
        got = cur.fetchall()
        x = design(cur, 30, d, cs["seed"])
        y = np.array([[model.ranks(x[j, b]) for b in range(d + 2)] for j in range(30)])  # N x blocks x rows
        ranked = nominal > 0
        shift = np.where(ranked & (y > 0), np.abs(y - nominal), 0).sum(axis=2) / \
            np.maximum((ranked & (y > 0)).sum(axis=2), 1)
        m1, mt = jansen(shift, d)
        for row in got:
            pos, factors, ms1, mst, s1, st = row[:6]
            if nominal[pos] == 0:
                if s1 is not None:
                    sobol_bad.append(f"case {cs['c']} row {pos + 1}: not NULL")
                continue
            r1, rt = jansen(y[:, :, pos].astype(float), d)
            if not (np.allclose(s1, r1, atol=1e-9) and np.allclose(st, rt, atol=1e-9)
                    and np.allclose(ms1, m1, atol=1e-9) and np.allclose(mst, mt, atol=1e-9)
                    and len(factors) == d):
                sobol_bad.append(f"case {cs['c']} row {pos + 1}: {s1} {st} vs {r1} {rt}")
    check(not drop_bad, "rank_drop_one equals numpy's model on 24 partitions", "; ".join(drop_bad[:3]))
    check(not draws_bad, "composite_rank_draws equals numpy's model on 24 partitions", "; ".join(draws_bad[:3]))
    check(not summary_bad, "composite_rank_uncertainty summarises those draws", "; ".join(summary_bad[:3]))
    check(not sobol_bad, "rank_sobol equals numpy's model and Jansen estimators", "; ".join(sobol_bad[:3]))


def main():
    rng = np.random.default_rng(20261207)
    with scratch.database(DB) as conn, conn.cursor() as cur:
        ishigami(cur)
        simulations(cur, rng)
    print(f"{tap.passed} {tap.failed}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
