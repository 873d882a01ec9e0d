#!/usr/bin/env python3
"""Fixed-size time targets (run by bench/run after the row-scaling
workloads): each is one query on the bundled data, timed on one core
(no parallel workers) as the best of `reps` runs after a warm-up, against
a bound in seconds.  Prints a Markdown table to stdout and appends it to
<out>/<tag>-targets.md; exits 1 when a target is missed.

    sobol-193: egov.rank_sobol over the 193 countries of the latest UN
        edition, 1000 base samples, every factor varied (3 weights within
        0.3, two normalisations, two methods, imputation): 1000 x 8 = 8000
        rankings of 193 rows, under 5 s.

FLOOR_RATIOS are targets of the row-scaling workloads (bench/py/
toolkit_workloads.py), read by report.py at the largest size: egov's time
at most `limit` times the floor's measured in the same run.  The toolkit's
aggregates keep a float8[] state updated in place, so a row should cost
little more than the grouped scan that builds its indicator array and
counts it.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import measure   # noqa: E402

TARGETS = [
    ("sobol-193",
     "Sobol indices of 193 ranks, 1000 base samples, 6 factors",
     """SELECT count((s).first_order)
        FROM (SELECT egov.rank_sobol(ARRAY[osi, hci, tii]::float8[], NULL, 1000, 0.3,
                     '{minmax,rank}', '{mean,geometric_mean}', true, 1) OVER () AS s
              FROM egov.survey_score
              WHERE survey_year = (SELECT max(survey_year) FROM egov.survey_score)) t""",
     5.0),
]

# (workload key, limit): egov ÷ floor ≤ limit
FLOOR_RATIOS = [
    ("missing", 1.3),
    ("corr", 1.3),
    ("cronbach", 1.3),
    ("moments", 1.3),
    ("pca_weights", 1.3),
    ("pca_variance", 1.3),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    conn = measure.connect(args.db, {"max_parallel_workers_per_gather": "0"})
    lines = ["| target | what | best of %d (s) | bound (s) | met |" % args.reps,
             "| --- | --- | --- | --- | --- |"]
    missed = 0
    with conn.cursor() as cur:
        for key, what, sql, bound in TARGETS:
            cur.execute(sql)     # warm-up
            best = None
            for _ in range(args.reps):
                t = time.perf_counter()
                cur.execute(sql)
                cur.fetchall()
                took = time.perf_counter() - t
                best = took if best is None else min(best, took)
            met = best <= bound
            missed += not met
            lines.append(f"| {key} | {what} | {best:.3f} | {bound:g} | {'yes' if met else 'NO'} |")
    conn.close()
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(args.out, f"{args.tag}-targets.md"), "a") as f:
        f.write(text)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
