"""Workload 7: loading a UN table, egov.import_un_csv of a 10^5-row file
against COPY of the same file into a plain table with the file's columns,
typed (the floor of any load: split, convert, store; nothing checked).

The file is the bundled 2022 rows over and over, as suite 48-loader-growth
builds it (193 countries cannot make 10^5 distinct rows of one year): the
import splits and checks every row, resolves every country and is refused
at the first repeat (23505, line 195) before it writes anything, which is
all of its work a row but the final insert.  Both receive the file's text
from the client, and both are timed as the backend's CPU time
(/proc/<pid>/schedstat), every variant once untimed first, then `reps`
times round-robin.  The check: the import refused the file at line 195 and
COPY stored every row.

    loader.py --db DB [--reps K]   # this workload alone, its figures printed
"""

import argparse
import io
import time

import psycopg2
import psycopg2.errors

import measure

ROWS = 100_000
TABLE = "bench_loader_copy"

CSV_SQL = f"""
SELECT 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,'
       'Online Service Index,Human Capital Index,Telecommunication Infrastructure Index' || E'\\n' ||
       string_agg(format('2022,%s,%s,%s,%s,%s,%s,%s', c.name, s.egdi_rank, s.egdi, s.epi,
                         s.osi, s.hci, s.tii), E'\\n' ORDER BY i)
  FROM generate_series(1, {ROWS}) AS i
  JOIN (SELECT row_number() OVER (ORDER BY iso3) - 1 AS k, * FROM egov.survey_score
         WHERE survey_year = 2022) AS s ON s.k = i % 193
  JOIN egov.country AS c USING (iso3)"""

SETUP_SQL = f"""
DROP TABLE IF EXISTS {TABLE};
CREATE TABLE {TABLE} (year integer, name text, rank integer, egdi numeric, epi numeric,
                      osi numeric, hci numeric, tii numeric);
ANALYZE egov.country, egov.country_alias;"""

IMPORT_NEEDS = ["egov.import_un_csv(text,text,text,boolean,integer,boolean)"]


class Loader:
    def __init__(self, dbname):
        self.sess = measure.Session(dbname)
        with self.sess.conn.cursor() as cur:
            # the refusal would copy its statement, the whole file, into the server log
            cur.execute("SET log_min_error_statement = panic")
            cur.execute(SETUP_SQL)
            cur.execute(CSV_SQL)
            self.csv = cur.fetchone()[0]
        self.data = self.csv.encode()

    def _timed(self, run):
        before = measure._schedstat(self.sess.pid)
        start = time.perf_counter()
        result = run()
        wall = (time.perf_counter() - start) * 1000
        after = measure._schedstat(self.sess.pid)
        out = {"exec_ms": wall, "cpu_ms": None, "queued_ms": None, "result": result}
        if before and after:
            out["cpu_ms"] = (after[0] - before[0]) / 1e6
            out["queued_ms"] = (after[1] - before[1]) / 1e6
        return out

    def run_import(self):
        """The call a user makes, the file's text as a literal; its refusal
        (the expected end) is the result."""
        def run():
            with self.sess.conn.cursor() as cur:
                try:
                    cur.execute("SELECT egov.import_un_csv(%s)", (self.csv,))
                    return f"stored {cur.fetchone()[0]} rows"
                except psycopg2.errors.UniqueViolation as e:
                    return e.diag.message_primary
        return self._timed(run)

    def run_copy(self):
        with self.sess.conn.cursor() as cur:
            cur.execute(f"TRUNCATE {TABLE}")

        def run():
            with self.sess.conn.cursor() as cur:
                cur.copy_expert(f"COPY {TABLE} FROM STDIN WITH (FORMAT csv, HEADER)",
                                io.BytesIO(self.data))
        out = self._timed(run)
        with self.sess.conn.cursor() as cur:
            cur.execute(f"SELECT count(*) FROM {TABLE}")
            out["result"] = cur.fetchone()[0]
        return out

    def close(self):
        self.sess.close()


def time_loader(dbname, reps, records, log):
    """Time both variants; append a check and two time records."""
    ld = Loader(dbname)
    variants = [("import_un_csv", "egov", ld.run_import), ("COPY", "floor", ld.run_copy)]
    first = {name: run()["result"] for name, _, run in variants}
    runs = {name: [] for name, _, _ in variants}
    for _ in range(reps):
        for name, _, run in variants:
            runs[name].append(run())
    ld.close()

    refused = "line 195," in first["import_un_csv"]
    stored = first["COPY"] == ROWS
    agree = refused and stored
    log(f"  loader: import_un_csv {first['import_un_csv']!r}; COPY stored {first['COPY']} rows: "
        + ("as expected" if agree else "NOT as expected"))
    records.append(dict(kind="check", rows=ROWS, workload="loader",
                        variant="import_un_csv refused at line 195, COPY stored every row",
                        available=True, max_diff=None, mismatches=0 if agree else 1,
                        compared=ROWS, agree=agree))
    for name, role, _ in variants:
        rs = runs[name]
        cpu_min, cpu_med = measure.summary([r["cpu_ms"] for r in rs])
        wall_min, wall_med = measure.summary([r["exec_ms"] for r in rs])
        _, queued = measure.summary([r["queued_ms"] for r in rs])
        use_cpu = cpu_min is not None
        lo, med = (cpu_min, cpu_med) if use_cpu else (wall_min, wall_med)
        records.append(dict(kind="time", rows=ROWS, workload="loader", variant=name, role=role,
                            available=True, runs=len(rs), basis="cpu" if use_cpu else "wall",
                            min_ms=lo, median_ms=med, ns_per_row=lo * 1e6 / ROWS,
                            exec_min_ms=wall_min, exec_median_ms=wall_med, queued_ms=queued,
                            workers=0, note="wall clock at the client as execution"))
        log(f"  loader / {name}: {records[-1]['basis']} min {lo:.1f} ms, median {med:.1f} ms "
            f"({lo * 1e3 / ROWS:.2f} us a row, {ROWS / lo * 1e3:,.0f} rows/s)")
    egov, floor = records[-2]["min_ms"], records[-1]["min_ms"]
    log(f"  loader: import_un_csv / COPY = {egov / floor:.1f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    records = []
    time_loader(args.db, args.reps, records, print)
    return 0 if all(r["agree"] for r in records if r["kind"] == "check") else 1


if __name__ == "__main__":
    raise SystemExit(main())
