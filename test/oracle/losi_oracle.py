#!/usr/bin/env python3
"""Oracle for egov's assessment scores (LOSI / OSI), computed another way.

The reference reads the CSV files themselves (not the database), holds the
points in a numpy matrix (subjects x indicators) and works with exact
fractions, rounding half up to the edition's 4 decimals as PostgreSQL's
round(numeric) does.  Compared, with tolerance 0 at 4 decimals:
  * the synthetic example edition (data/example-losi): egov.losi_report
    (sub-scores, LOSI, level, rank, rank within country) and
    egov.losi_criterion_summary;
  * seeded random editions with weighted indicators, fractional points and
    missing assessments, loaded through egov's CSV loaders: assessment_scores
    with 'share' and 'minmax', assessment_criterion_scores, and the
    missing => 'refuse' rule; one OSI edition of countries.
Prints TAP-like "ok - ..." / "not ok - ..." lines and "PASSED FAILED" to
the file named by argv[2].

Usage: losi_oracle.py DBNAME COUNTS_FILE   (PGHOST, PGPORT, PGUSER from env)
"""
import csv
import io
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

import numpy as np
import psycopg2

import scratch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "data", "example-losi")
passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + what)
    else:
        failed += 1
        print("not ok - " + what + (": " + detail if detail else ""))


def round4(x):
    """Exact fraction -> Decimal with 4 places, half up (numeric's rule)."""
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_UP) if isinstance(x, Fraction) else \
        Decimal(x).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def exact_div(a, b):
    return Fraction(a) / Fraction(b)


def level(v):
    return ("Very High" if v >= Decimal("0.75") else "High" if v >= Decimal("0.5")
            else "Middle" if v >= Decimal("0.25") else "Low")


def competition_ranks(values, groups=None):
    """1 + the number of strictly greater values (in the same group)."""
    v = np.array([float(x) for x in values])  # 4-dp decimals: exact as floats for comparison
    g = np.array(groups if groups is not None else [0] * len(values), dtype=object)
    return [int(1 + np.sum((v > v[i]) & (g == g[i]))) for i in range(len(v))]


def reference(indicators, points, normalisation):
    """indicators: list of (code, criterion, max Fraction);
    points: {subject: {code: Fraction}} (missing codes absent).
    Returns {subject: dict(criteria, points, possible, missing, score, level, rank, crank)}."""
    subjects = sorted(points)
    codes = [c for c, _, _ in indicators]
    maxes = np.array([m for _, _, m in indicators], dtype=object)
    # subjects x indicators; a missing assessment scores 0
    mat = np.array([[points[s].get(c, Fraction(0)) for c in codes] for s in subjects], dtype=object)
    crits = sorted({k for _, k, _ in indicators})
    out = {}
    shares = []
    for i, s in enumerate(subjects):
        sub = {}
        for k in crits:
            idx = [j for j, (_, kk, _) in enumerate(indicators) if kk == k]
            sub[k] = exact_div(sum(mat[i, idx]), sum(maxes[idx]))
        total = sum(mat[i, :])
        possible = sum(maxes)
        shares.append(exact_div(total, possible))
        out[s] = dict(sub=sub, points=total, possible=possible,
                      missing=sum(1 for c in codes if c not in points[s]))
    lo, hi = min(shares), max(shares)
    for i, s in enumerate(subjects):
        exact = shares[i] if normalisation == "share" else (shares[i] - lo) / (hi - lo)
        out[s]["exact"] = exact
        out[s]["score"] = round4(exact)
        out[s]["level"] = level(out[s]["score"])
    ranks = competition_ranks([out[s]["score"] for s in subjects])
    cranks = competition_ranks([out[s]["score"] for s in subjects], [s[0] for s in subjects])
    for i, s in enumerate(subjects):
        out[s]["rank"], out[s]["crank"] = ranks[i], cranks[i]
    return out, crits


def compare(cur, edition, ref, crits, normalisation, label):
    cur.execute("SELECT iso3, city, criteria, points, points_possible, missing_indicators, "
                "score, level::text, score_rank, country_rank "
                "FROM egov.assessment_scores(%s, normalisation => %s)", (edition, normalisation))
    rows = {(r[0], r[1]): r for r in cur.fetchall()}
    check(set(rows) == set(ref), f"{label}: the same {len(ref)} subjects",
          f"db {len(rows)}, reference {len(ref)}")
    bad = {"sub-scores": [], "points": [], "missing": [], "score": [], "level": [], "rank": [],
           "country rank": []}
    for s, r in ref.items():
        if s not in rows:
            continue
        d = rows[s]
        if set(d[2]) != set(crits) or any(Decimal(str(d[2][k])) != round4(r["sub"][k]) for k in crits):
            bad["sub-scores"].append(s)
        if Fraction(d[3]) != r["points"] or Fraction(d[4]) != r["possible"]:
            bad["points"].append(s)
        if d[5] != r["missing"]:
            bad["missing"].append(s)
        if d[6] != r["score"]:
            bad["score"].append((s, d[6], r["score"]))
        if d[7] != r["level"]:
            bad["level"].append(s)
        if d[8] != r["rank"]:
            bad["rank"].append((s, d[8], r["rank"]))
        if d[9] != r["crank"]:
            bad["country rank"].append(s)
    for what, lst in bad.items():
        check(not lst, f"{label}: {what} agree for every subject", str(lst[:3]))
    ties = len(ref) - len({r["score"] for r in ref.values()})
    return ties


def example(cur):
    with open(os.path.join(EXAMPLE, "indicators.csv"), newline="") as f:
        ind = [(r["Code"], r["Criterion"], Fraction(r["Max Points"])) for r in csv.DictReader(f)]
    pts = {}
    with open(os.path.join(EXAMPLE, "assessments.csv"), newline="") as f:
        for r in csv.DictReader(f):
            pts.setdefault((r["Country"], r["City"]), {})[r["Indicator"]] = Fraction(r["Points"])
    cur.execute("SELECT egov.load_losi_example()")
    check(cur.fetchone()[0] == 8600, "the example loads 8600 assessments")
    ref, crits = reference(ind, pts, "share")
    check(len(ref) == 100 and len(ind) == 86, "the example has 100 cities and 86 indicators")
    counts = {k: sum(1 for _, kk, _ in ind if kk == k) for k in crits}
    check(counts == {"Institutional framework": 8, "Content provision": 25, "Services provision": 18,
                     "Participation and engagement": 17, "Technology": 18},
          "the example has the 2022 criterion counts 8/25/18/17/18", str(counts))
    ties = compare(cur, "example-losi-2022", ref, crits, "share", "example edition")
    check(ties > 0, f"the example has tied cities ({ties}), so competition ranks are exercised")

    # the report view carries the same figures
    cur.execute("SELECT iso3, city, losi, losi_rank, country_rank, losi_level::text, synthetic "
                "FROM egov.losi_report WHERE edition = 'example-losi-2022'")
    rows = cur.fetchall()
    check(all((r[2], r[3], r[4], r[5]) == (ref[(r[0], r[1])]["score"], ref[(r[0], r[1])]["rank"],
                                           ref[(r[0], r[1])]["crank"], ref[(r[0], r[1])]["level"])
              and r[6] for r in rows) and len(rows) == 100,
          "egov.losi_report agrees with the reference and flags every row synthetic")

    cur.execute("SELECT criterion, indicators, cities, mean_sub_score, min_sub_score, max_sub_score "
                "FROM egov.losi_criterion_summary WHERE edition = 'example-losi-2022'")
    summ = {r[0]: r[1:] for r in cur.fetchall()}
    bad = []
    for k in crits:
        subs = [r["sub"][k] for r in ref.values()]
        want = (counts[k], 100, round4(sum(subs) / len(subs)), round4(min(subs)), round4(max(subs)))
        if summ.get(k) != want:
            bad.append((k, summ.get(k), want))
    check(not bad, "egov.losi_criterion_summary: indicators, cities, mean, min, max per criterion",
          str(bad[:2]))


def random_edition(cur, seed, kind):
    rng = random.Random(seed)
    edition = f"oracle-{kind.lower()}-{seed}"
    cur.execute("SELECT iso3 FROM egov.country ORDER BY iso3")
    isos = [r[0] for r in cur.fetchall()]
    ncrit = 3 + int(rng.random() * 4)
    indicators = []
    for k in range(ncrit):
        for j in range(1 + int(rng.random() * 20)):
            m = [Fraction(1), Fraction(2), Fraction(3), Fraction(1, 2), Fraction(5, 2)][int(rng.random() * 5)]
            indicators.append((f"K{k}I{j:02d}", f"Criterion {chr(65 + k)}", m))
    subjects = []
    if kind == "LOSI":
        for n in range(40):
            subjects.append((isos[int(rng.random() * 12)], f"Oracle City {seed}-{n:02d}"))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["Country", "City"])
        w.writerows(subjects)
        cur.execute("SELECT egov.import_cities(%s)", (buf.getvalue(),))
    else:
        subjects = [(iso, None) for iso in isos[:60]]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Edition", "Index", "Year", "Code", "Criterion", "Max Points"])
    w.writerows([(edition, kind, 2030, c, k, str(float(m))) for c, k, m in indicators])
    cur.execute("SELECT egov.import_losi_indicators(%s)", (buf.getvalue(),))

    points = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Edition", "Country", "City", "Indicator", "Points"])
    for iso, city in subjects:
        points[(iso, city)] = {}
        for c, _, m in indicators:
            if rng.random() < 0.05:
                continue            # not assessed: scores 0 by default
            p = Fraction(int(rng.random() * (2 * m + 1)), 2)   # 0, 0.5, ... up to m
            points[(iso, city)][c] = p
            w.writerow([edition, iso, city or "", c, str(float(p))])
    cur.execute("SELECT egov.import_losi_assessments(%s)", (buf.getvalue(),))
    return edition, indicators, points


def random_editions(cur):
    for seed, kind in ((1, "LOSI"), (2, "LOSI"), (3, "LOSI"), (4, "OSI")):
        edition, ind, pts = random_edition(cur, seed, kind)
        label = f"{kind} edition {edition} ({len(pts)} subjects, {len(ind)} indicators)"
        for norm in ("share", "minmax"):
            ref, crits = reference(ind, pts, norm)
            compare(cur, edition, ref, crits, norm, f"{label}, {norm}")
        # criterion rows: points and points possible, exactly
        cur.execute("SELECT iso3, city, criterion, indicators, assessed, points, points_possible "
                    "FROM egov.assessment_criterion_scores(%s)", (edition,))
        bad = 0
        for iso, city, k, n, assessed, p, possible in cur.fetchall():
            codes = [c for c, kk, _ in ind if kk == k]
            got = pts[(iso, city)]
            if (n != len(codes) or assessed != sum(1 for c in codes if c in got)
                    or Fraction(p) != sum(got.get(c, Fraction(0)) for c in codes)
                    or Fraction(possible) != sum(m for c, kk, m in ind if kk == k)):
                bad += 1
        check(bad == 0, f"{label}: criterion points, points possible, indicators assessed", f"{bad} rows")
        # missing => 'refuse' names a subject when one lacks an indicator
        cur.execute("SAVEPOINT s")
        try:
            cur.execute("SELECT count(*) FROM egov.assessment_scores(%s, missing => 'refuse')", (edition,))
            check(False, f"{label}: missing => 'refuse' raises 22023", "it returned rows")
        except psycopg2.Error as e:
            check(e.pgcode == "22023", f"{label}: missing => 'refuse' raises 22023", e.pgcode)
        cur.execute("ROLLBACK TO SAVEPOINT s")


def main():
    conn = scratch.connect(sys.argv[1], autocommit=False)
    cur = conn.cursor()
    try:
        example(cur)
        random_editions(cur)
    except Exception as e:          # a crash is one failure, not a silent pass
        check(False, "the oracle ran to the end", repr(e))
    conn.rollback()
    with open(sys.argv[2], "w") as f:
        f.write(f"{passed} {failed}\n")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
