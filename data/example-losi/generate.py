#!/usr/bin/env python3
"""Generate egov's synthetic LOSI example edition (seeded, reproducible).

SYNTHETIC DATA: the cities are fictitious ("Example City 001" ...) and every
point is drawn at random.  Nothing here is a UN DESA assessment; the real LOSI
city scores are not bundled with egov.  The shape follows the 2022 LOSI
(UN E-Government Survey 2022; publicadministration.un.org/egovkb, "Local
Online Service Index"): 86 binary indicators in five criteria with the 2022
counts, here for 100 cities.

Writes, next to this script, in the CSV formats egov's loaders read:
  cities.csv       Country,City,Population
  indicators.csv   Edition,Index,Year,Code,Criterion,Description,Max Points
  assessments.csv  Edition,Country,City,Indicator,Points

Run: python3 data/example-losi/generate.py   (same output on every run)
"""
import csv
import os
import random

SEED = 20220928
EDITION = "example-losi-2022"
YEAR = 2022
CITIES = 100
# criterion, code prefix, number of indicators (2022 LOSI counts)
CRITERIA = [
    ("Institutional framework", "IF", 8),
    ("Content provision", "CP", 25),
    ("Services provision", "SP", 18),
    ("Participation and engagement", "PE", 17),
    ("Technology", "TE", 18),
]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def countries():
    """ISO3 codes of the UNU-EGOV country list, in file order."""
    path = os.path.join(ROOT, "data", "unu-egov", "countries-data_EN.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    return [r[0].strip() for r in rows[1:] if r and r[0].strip()]


def main():
    # random.random() alone: its sequence for an integer seed is stable
    # across Python 3 versions, unlike randrange/choice/shuffle helpers.
    rng = random.Random(SEED)
    pool = countries()
    # 98 countries; the first two get a second city (rank within country)
    picked = []
    while len(picked) < CITIES - 2:
        iso3 = pool[int(rng.random() * len(pool))]
        if iso3 not in picked:
            picked.append(iso3)
    city_countries = picked[:2] + picked

    cities = []
    for n, iso3 in enumerate(city_countries, start=1):
        population = ""
        if rng.random() < 0.8:          # "where known": some are left empty
            population = str(int(200 + rng.random() * 20000) * 1000)
        cities.append((iso3, "Example City %03d" % n, population))

    indicators = []
    for criterion, prefix, count in CRITERIA:
        for i in range(1, count + 1):
            code = "%s%02d" % (prefix, i)
            indicators.append((code, criterion,
                               "Synthetic indicator %s (%s)" % (code, criterion.lower()),
                               # easiness: shifts every city's chance of the point
                               rng.random() * 0.5 - 0.25))

    assessments = []
    for iso3, city, _ in cities:
        ability = 0.10 + rng.random() * 0.85
        for code, _, _, easiness in indicators:
            p = min(0.98, max(0.02, ability + easiness))
            assessments.append((iso3, city, code, 1 if rng.random() < p else 0))

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("cities.csv", ["Country", "City", "Population"], cities)
    write("indicators.csv",
          ["Edition", "Index", "Year", "Code", "Criterion", "Description", "Max Points"],
          [(EDITION, "LOSI", YEAR, c, k, d, 1) for c, k, d, _ in indicators])
    write("assessments.csv", ["Edition", "Country", "City", "Indicator", "Points"],
          [(EDITION, iso3, city, code, pts) for iso3, city, code, pts in assessments])


if __name__ == "__main__":
    main()
