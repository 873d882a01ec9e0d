#!/usr/bin/python3
"""Write the two versions of each edition the concurrency and crash tests
import in turn, so that a reader can tell which one it sees:

  A  the edition as published (for a new year: the 2022 table relabelled);
  B  the same with every index (EGDI, EPI, OSI, HCI, TII) halved, and the
     EGDI of an assessed row the halved components' mean to 5 decimals (the
     loader refuses an EGDI its components contradict beyond the published
     precision; these years weigh the components equally).

    editions.py DATA_DIR OUT_DIR YEAR[:SOURCE_YEAR] ...

writes OUT_DIR/<year>-A.csv and OUT_DIR/<year>-B.csv.
"""
import csv
import io
import os
import sys
from decimal import Decimal

INDEXES = ["E-Government Index", "E-Participation Index", "Online Service Index",
           "Human Capital Index", "Telecommunication Infrastructure Index"]


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for spec in sys.argv[3:]:
        year, _, source = spec.partition(":")
        source = source or year
        with open(os.path.join(data, f"EGOV_DATA_{source}.csv"), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        fields = list(rows[0].keys())
        for version in ("A", "B"):
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            for r in rows:
                r = dict(r)
                r["Survey Year"] = year
                if version == "B":
                    for k in INDEXES:
                        if r[k].strip():
                            r[k] = str(Decimal(r[k].strip()) / 2)
                    parts = [r[k].strip() for k in INDEXES[2:]]
                    if r["E-Government Index"].strip() and Decimal(r["E-Government Index"]) != 0 and all(parts):
                        r["E-Government Index"] = str((sum(Decimal(x) for x in parts) / 3).quantize(Decimal("0.00001")))
                w.writerow(r)
            with open(os.path.join(out, f"{year}-{version}.csv"), "w", encoding="utf-8") as fh:
                fh.write(buf.getvalue())


if __name__ == "__main__":
    main()
