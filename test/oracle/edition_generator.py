"""Future editions, built the way the UN builds them, loaded with
egov.import_un_csv's default arguments and checked against an oracle written
here: ranks, groups, rating classes and regional means.

    edition_generator.py [SEEDS] [FIRST_SEED]   (PGHOST/PGPORT/PGUSER from the env)

Each seed makes one edition of the 193 Member States (bundled country list,
data/unu-egov/countries-data_EN.csv, with the UN's current spellings for
some: Türkiye, Czechia, Viet Nam, Côte d’Ivoire with a typographic
apostrophe, Bolivia (Plurinational State of), and trailing spaces as the
exports have them):

- components min-maxed over the countries from correlated raw indicators
  (OSI from service points; HCI from four sub-indices weighted 1/3, 2/9,
  2/9, 2/9; TII from four; EPI from participation points), so each has a
  country at 0 and one at 1;
- an unrounded EGDI, the mean of the unrounded components, off by a few
  units of the last published decimal (the published tables differ from the
  mean of their published components by up to 3.7 units): at most
  MAX_OFF_UNITS from the mean of the *published* components;
- everything rounded to 5 or to 4 decimals, the 4-decimal editions written
  with a trailing zero (0.43830), without (0.4383) or mixed;
- ties at the published precision (a country whose published components are
  another's in another order has the same EGDI);
- one or two countries not assessed: empty rank and EGDI, the other fields
  empty or 0 as the older exports write them;
- a byte-order mark or not, CRLF or LF, rows in random order.

The oracle knows nothing of egov: ranks are competition ranks of the
published EGDI among the assessed countries; groups the bands 0.75, 0.50,
0.25; rating classes each group's countries, highest first, in quarters by
count sized like ntile(4) with a tie taking the class of its first position
(doc/methodology.md § Rating classes); regional means the exact mean of the
published EGDIs rounded half away from zero to 4 decimals (a mean within
1e-9 of a rounding boundary may go either way).  One TAP line per seed and
check.
"""
import csv
import io
import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import scratch  # noqa: E402
from tap import Tap  # noqa: E402

# The largest difference, in units of the last published decimal, between a
# generated EGDI and the mean of its published components: the loader
# refuses only a difference of more than 10 units (the rule derived from what
# the check is for; the UN's own tables differ by up to 3.7).
MAX_OFF_UNITS = 10

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
HEADER = ("Survey Year,Country Name,E-Government Rank,E-Government Index,"
          "E-Participation Index,Online Service Index,Human Capital Index,"
          "Telecommunication Infrastructure Index")
UN_SPELLINGS = {"TUR": "Türkiye", "CZE": "Czechia", "VNM": "Viet Nam",
                "CIV": "Côte d\u2019Ivoire", "BOL": "Bolivia (Plurinational State of)"}
BANDS = ((Decimal("0.75"), "Very High"), (Decimal("0.50"), "High"),
         (Decimal("0.25"), "Middle"), (Decimal(0), "Low"))
CLASSES = {"Very High": ("VH", "V3", "V2", "V1"), "High": ("HV", "H3", "H2", "H1"),
           "Middle": ("MH", "M3", "M2", "M1"), "Low": ("LM", "L3", "L2", "L1")}


def countries():
    """[(iso3, name as written, region)] of the bundled list."""
    path = os.path.join(ROOT, "data", "unu-egov", "countries-data_EN.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter=";") if r and r[0]]
    return [(r[0], UN_SPELLINGS.get(r[0], r[1]), r[3]) for r in rows[1:]]


def minmax(x):
    return (x - x.min()) / (x.max() - x.min())


def rounded(x, d):
    return Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-d), ROUND_HALF_UP)


class Edition:
    """One generated edition: its rows as published and its CSV text."""

    def __init__(self, seed, year, names):
        rng = np.random.default_rng(seed)
        n = len(names)
        self.year, self.seed = year, seed
        self.d = int(rng.choice([5, 4]))
        unit = Decimal(1).scaleb(-self.d)
        self.zero_style = str(rng.choice(["with", "without", "mixed"])) if self.d == 4 else "-"
        level = rng.normal(size=n)      # one development level per country
        raw = lambda spread: level + rng.normal(scale=spread, size=n)  # noqa: E731
        osi = minmax(np.exp(raw(0.6)))
        hci = minmax(raw(0.5)) / 3 + sum(minmax(raw(0.5)) for _ in range(3)) * 2 / 9
        tii = sum(minmax(np.tanh(raw(0.7))) for _ in range(4)) / 4
        epi = minmax(np.exp(raw(0.8)))
        comps = [[rounded(v, self.d) for v in c] for c in (osi, hci, tii)]
        epis = [rounded(v, self.d) for v in epi]
        limit = Fraction(MAX_OFF_UNITS) - Fraction(1, 10)
        egdi = []
        for i in range(n):
            unrounded = (osi[i] + hci[i] + tii[i]) / 3 + rng.uniform(-1, 1) * MAX_OFF_UNITS * float(unit)
            e = rounded(min(1.0, max(0.0, unrounded)), self.d)
            mean = sum(Fraction(c[i]) for c in comps) / 3
            # within the limit of the mean of the published components
            while abs(Fraction(e) - mean) / Fraction(unit) > limit:
                e += unit if Fraction(e) < mean else -unit
            egdi.append(e)
            self.max_off = max(getattr(self, "max_off", 0), abs(Fraction(e) - mean) / Fraction(unit))
        self.rows = [{"iso3": iso3, "name": name, "region": region, "egdi": egdi[i],
                      "osi": comps[0][i], "hci": comps[1][i], "tii": comps[2][i], "epi": epis[i],
                      "assessed": True}
                     for i, (iso3, name, region) in enumerate(names)]
        # ties: a country takes another's published components in another order
        order = sorted(range(n), key=lambda i: self.rows[i]["egdi"])
        self.ties = int(rng.integers(1, 6))
        for k in rng.choice(n - 1, size=self.ties, replace=False):
            a, b = self.rows[order[k]], self.rows[order[k + 1]]
            perm = rng.permutation(3)
            vals = [a["osi"], a["hci"], a["tii"]]
            b["osi"], b["hci"], b["tii"] = (vals[p] for p in perm)
            b["egdi"] = a["egdi"]
        # not assessed
        self.unassessed = int(rng.integers(1, 3))
        self.unassessed_style = str(rng.choice(["empty", "zeros"]))
        for i in rng.choice(n, size=self.unassessed, replace=False):
            self.rows[i]["assessed"] = False
        self.bom = bool(rng.integers(2))
        self.crlf = bool(rng.integers(2))
        self.rng = rng

    def number(self, v):
        text = format(v, "f")
        if self.d == 4 and (self.zero_style == "with"
                            or (self.zero_style == "mixed" and self.rng.integers(2))):
            text += "0"
        return text

    def csv(self):
        ranks = oracle_ranks(self.rows)
        lines = [HEADER]
        for i in self.rng.permutation(len(self.rows)):
            r = self.rows[i]
            name = r["name"] + (" " if self.rng.random() < 0.15 else "")
            if r["assessed"]:
                fields = [str(ranks[r["iso3"]])] + [self.number(r[k]) for k in ("egdi", "epi", "osi", "hci", "tii")]
            elif self.unassessed_style == "empty":
                fields = [""] * 6
            else:
                fields = ["", ""] + [self.number(Decimal(0).quantize(Decimal(1).scaleb(-self.d)))] * 4
            lines.append(",".join([str(self.year), '"%s"' % name] + fields))
        text = ("\r\n" if self.crlf else "\n").join(lines) + ("\r\n" if self.crlf else "\n")
        return ("\ufeff" if self.bom else "") + text

    def describe(self):
        return (f"seed {self.seed}, {self.year}: {self.d} decimals"
                + (f" (trailing zero: {self.zero_style})" if self.d == 4 else "")
                + f", {self.ties} ties, {self.unassessed} not assessed ({self.unassessed_style}),"
                f" {'BOM' if self.bom else 'no BOM'}, {'CRLF' if self.crlf else 'LF'},"
                f" off by up to {float(self.max_off):.2f} units")


# --- the oracle --------------------------------------------------------------

def oracle_ranks(rows):
    scores = [r["egdi"] for r in rows if r["assessed"]]
    return {r["iso3"]: 1 + sum(1 for s in scores if s > r["egdi"]) for r in rows if r["assessed"]}


def oracle_group(egdi):
    return next(name for bound, name in BANDS if egdi >= bound)


def oracle_classes(rows):
    classes = {}
    for group, codes in CLASSES.items():
        members = sorted((r for r in rows if r["assessed"] and oracle_group(r["egdi"]) == group),
                         key=lambda r: r["egdi"], reverse=True)
        n = len(members)
        sizes = [n // 4 + (1 if q < n % 4 else 0) for q in range(4)]
        ends = np.cumsum(sizes)     # quarter q holds positions below ends[q]
        first = {}
        for pos, r in enumerate(members):
            first.setdefault(r["egdi"], pos)
            classes[r["iso3"]] = codes[int(np.searchsorted(ends, first[r["egdi"]], side="right"))]
    return classes


def oracle_means(rows):
    """{region or World: (countries, mean EGDI as Fraction, [VH, H, M, L])}"""
    out = {}
    for region in sorted({r["region"] for r in rows}) + ["World"]:
        members = [r for r in rows if r["assessed"] and region in (r["region"], "World")]
        counts = [sum(1 for r in members if oracle_group(r["egdi"]) == g) for _, g in BANDS]
        out[region] = (len(members), sum(Fraction(r["egdi"]) for r in members) / len(members), counts)
    return out


def mean_agrees(got, exact):
    """Whether a published-style mean (numeric, 4 decimals) is the exact mean rounded."""
    scaled = exact * 10000
    whole = scaled.numerator // scaled.denominator
    if abs(scaled - whole - Fraction(1, 2)) < Fraction(1, 10**9):
        return Fraction(got) * 10000 in (whole, whole + 1)
    return Fraction(got) == round_half_up(exact)


def round_half_up(x):
    scaled = x * 10000
    whole = scaled.numerator // scaled.denominator
    return Fraction(whole + (1 if scaled - whole >= Fraction(1, 2) else 0), 10000)


# --- the checks --------------------------------------------------------------

def check_edition(cur, tap, ed):
    what = ed.describe()
    text = ed.csv()
    try:
        cur.execute("SELECT egov.import_un_csv(%s)", (text,))
        stored = cur.fetchone()[0]
    except Exception as e:      # noqa: BLE001 - the refusal is the finding
        cur.connection.rollback() if not cur.connection.autocommit else None
        tap.check(False, f"{what}: loads with default arguments", str(e).strip().replace("\n", " | "))
        return
    tap.check(stored == len(ed.rows), f"{what}: loads with default arguments, every row stored",
              f"{stored} rows stored")
    by_iso = {r["iso3"]: r for r in ed.rows}

    cur.execute("SELECT egdi_decimals FROM egov.edition WHERE survey_year = %s", (ed.year,))
    got = cur.fetchone()[0]
    tap.check(got == ed.d, f"{what}: precision {ed.d} decimals read from the data", f"got {got}")

    cur.execute("SELECT iso3, egdi, assessed FROM egov.survey_score WHERE survey_year = %s", (ed.year,))
    stored = {iso3: (egdi, assessed) for iso3, egdi, assessed in cur.fetchall()}
    wrong = [iso3 for iso3, r in by_iso.items()
             if iso3 not in stored or stored[iso3][1] != r["assessed"]
             or (r["assessed"] and stored[iso3][0] != r["egdi"])]
    tap.check(not wrong and len(stored) == len(by_iso),
              f"{what}: every country resolved, its EGDI and assessment stored as published",
              f"differ: {wrong[:5]}")

    cur.execute("""SELECT iso3, world_rank, level::text, rating_class
                     FROM egov.egdi_report WHERE survey_year = %s AND assessed""", (ed.year,))
    report = {iso3: (rank, level, cls) for iso3, rank, level, cls in cur.fetchall()}
    assessed = {iso3 for iso3, r in by_iso.items() if r["assessed"]}
    tap.check(set(report) == assessed, f"{what}: the assessed countries are the report's",
              f"{sorted(set(report) ^ assessed)[:5]}")
    ranks, classes = oracle_ranks(ed.rows), oracle_classes(ed.rows)
    for label, col, want in (("ranks", 0, ranks),
                             ("groups", 1, {i: oracle_group(by_iso[i]["egdi"]) for i in assessed}),
                             ("rating classes", 2, classes)):
        bad = [f"{i}: {report.get(i, (None,) * 3)[col]} not {want[i]}" for i in sorted(assessed)
               if report.get(i, (None,) * 3)[col] != want[i]]
        tap.check(not bad, f"{what}: {label} as the oracle's", "; ".join(bad[:5]))

    cur.execute("""SELECT region, countries, mean_egdi, very_high, high, middle, low
                     FROM egov.region_summary WHERE survey_year = %s""", (ed.year,))
    got = {r[0]: (r[1], r[2], list(r[3:])) for r in cur.fetchall()}
    want = oracle_means(ed.rows)
    bad = []
    for region, (count, mean, groups) in want.items():
        g = got.get(region)
        if g is None or g[0] != count or g[2] != groups or not mean_agrees(g[1], mean):
            bad.append(f"{region}: got {g}, want {count}, {float(mean):.6f}, {groups}")
    tap.check(not bad and set(got) == set(want),
              f"{what}: regional and world means and group counts as the oracle's", "; ".join(bad[:3]))


def main():
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    names = countries()
    tap = Tap()
    print(f"# {seeds} generated editions from seed {first}; published EGDI within "
          f"{MAX_OFF_UNITS} units of the mean of its published components")
    with scratch.database("egov_edition_generator") as conn:
        with conn.cursor() as cur:
            cur.execute("SET client_min_messages = warning")
            for k in range(seeds):
                seed = first + k
                check_edition(cur, tap, Edition(seed, 2026 + 2 * (seed % 480), names))
    print(f"# {tap.passed} passed, {tap.failed} failed")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
