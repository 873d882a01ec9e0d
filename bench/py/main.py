#!/usr/bin/env python3
"""egov benchmark driver (run through bench/run, which provides the cluster).

For each size: generate the table, then for each workload check that the
egov form and its plain-SQL competitor agree, and time every variant
`reps` times, round-robin, after an untimed run that at the largest size
is in a fresh backend whose peak memory is kept (measure.py).  Then the
loader against COPY, on one file of 10^5 rows whatever the sizes
(loader.py).  Finally, on a table that is one big partition,
compare egov's peak memory with the floor's: egov's own memory per row.
Writes <out>/<tag>.csv, <tag>.md and <tag>.png.
"""

import argparse
import datetime
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data        # noqa: E402
import loader      # noqa: E402
import measure     # noqa: E402
import outside     # noqa: E402
import report      # noqa: E402
import toolkit_workloads  # noqa: E402
import workloads   # noqa: E402

TABLE = "bench_rows"
ONE_PARTITION_TABLE = "bench_one_partition"
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def available(conn, needs):
    with conn.cursor() as cur:
        for proc in needs:
            cur.execute("SELECT to_regprocedure(%s) IS NOT NULL", (proc,))
            if not cur.fetchone()[0]:
                return False, f"not available: {proc} does not exist"
    return True, ""


def record(records, **kw):
    records.append(kw)
    return kw


def load(conn, table, rows, seed, partitions=True):
    start = time.monotonic()
    with conn.cursor() as cur:
        cur.execute(data.create_sql(table, rows, seed, partitions))
        cur.execute(data.finish_sql(table))
    log(f"generated {rows} rows in {table} ({time.monotonic() - start:.1f}s)")


def check(conn, w, rows, records):
    for label, settings in w.checks:
        measure.apply_settings(conn, settings)
        with conn.cursor() as cur:
            cur.execute(w.check.format(t=TABLE))
            max_diff, mismatches, compared = cur.fetchone()
        agree = mismatches == 0 and compared > 0
        log(f"  {w.key} ({label}): {'agree' if agree else 'DISAGREE'} "
            f"({mismatches} of {compared} rows differ, max |diff| {max_diff})")
        record(records, kind="check", rows=rows, workload=w.key, variant=label,
               available=True, max_diff=max_diff, mismatches=mismatches,
               compared=compared, agree=agree)
    measure.apply_settings(conn, workloads.SERIAL)


def self_check(conn, records):
    """The comparison itself must be able to fail: rows that differ by more
    than the tolerance, or in NULL-ness, must be counted as disagreeing."""
    probe = workloads.float_check(
        f"SELECT 0.5::float8 AS e, 0.5 + {workloads.TOLERANCE * 10} AS p "
        "UNION ALL SELECT 0.25, 0.25 UNION ALL SELECT NULL, 0.5 UNION ALL SELECT 0.5, NULL")
    with conn.cursor() as cur:
        cur.execute(probe)
        _, mismatches, compared = cur.fetchone()
    ok = (mismatches, compared) == (3, 4)
    log(f"comparison self-check: {'ok' if ok else 'BROKEN'} ({mismatches} of {compared} "
        "planted disagreements found, 3 expected)")
    record(records, kind="check", rows=compared, workload="harness",
           variant="finds planted disagreements", available=True, max_diff=None,
           mismatches=0 if ok else 1, compared=compared, agree=ok)


def time_workload(sess, db, w, rows, reps, records, cache, probe_memory):
    """Run every variant once untimed (in a fresh backend whose peak memory
    is kept, when probe_memory), then time it `reps` times, round-robin.  A
    query already timed at this size (a floor shared by two workloads) is
    not run again."""
    key = lambda v: (v.sql, tuple(sorted(v.settings.items())))  # noqa: E731
    todo = [v for v in w.variants if key(v) not in cache]
    peaks = {}
    for v in todo:
        sql = v.sql.format(t=TABLE)
        if probe_memory:
            peaks[v.name] = measure.peak_memory(db, sql, v.settings)
        else:
            sess.run(sql, v.settings)
    runs = {v.name: [] for v in todo}
    for _ in range(reps):
        for v in todo:
            runs[v.name].append(sess.run(v.sql.format(t=TABLE), v.settings))
    for v in w.variants:
        note = ""
        if v.name in runs:
            cache[key(v)] = (runs[v.name], peaks.get(v.name))
        else:
            note = "same query as above"
        rs, peak = cache[key(v)]
        record(records, **summarise(rs, peak, rows, w.key, v, note))
        r = records[-1]
        log(f"  {w.key} / {v.name}: {r['basis']} min {r['min_ms']:.2f} ms, "
            f"median {r['median_ms']:.2f} ms (execution min {r['exec_min_ms']:.2f} ms"
            + (f", {r['workers']} workers" if r["workers"] else "") + ")"
            + (f", peak {peak / 2**20:.1f} MiB" if peak else ""))


def summarise(rs, peak, rows, workload, v, note):
    parallel = v.settings.get("max_parallel_workers_per_gather", "0") != "0"
    exec_min, exec_med = measure.summary([r["exec_ms"] for r in rs])
    cpu_min, cpu_med = measure.summary([r["cpu_ms"] for r in rs])
    _, queued = measure.summary([r["queued_ms"] for r in rs])
    # serial: the backend's CPU time; parallel: the wall clock (the point is
    # the elapsed time, and the workers' CPU is not the backend's)
    use_cpu = cpu_min is not None and not parallel
    lo, med = (cpu_min, cpu_med) if use_cpu else (exec_min, exec_med)
    return dict(kind="time", rows=rows, workload=workload, variant=v.name, role=v.role,
                available=True, runs=len(rs), basis="cpu" if use_cpu else "wall",
                min_ms=lo, median_ms=med, ns_per_row=lo * 1e6 / rows,
                exec_min_ms=exec_min, exec_median_ms=exec_med, queued_ms=queued,
                workers=max(r["workers"] for r in rs),
                peak_bytes=peak, bytes_per_row=peak / rows if peak else None, note=note)


def time_outside(conn, rows, reps, records):
    results = {}
    times = {"pandas": [], "in-database (egov)": [], "in-database, in the server": [],
             "fetch only": []}
    for _ in range(reps):
        ms, _ = outside.timed(outside.fetch_only, conn, TABLE)
        times["fetch only"].append(ms)
        ms, results["pandas"] = outside.timed(outside.pandas_route, conn, TABLE)
        times["pandas"].append(ms)
        ms, results["egov"] = outside.timed(outside.indb_route, conn, TABLE)
        times["in-database (egov)"].append(ms)
        times["in-database, in the server"].append(outside.indb_server(conn, TABLE))
    max_diff, mismatches, compared = outside.compare(results["pandas"], results["egov"])
    agree = mismatches == 0 and compared > 0
    log(f"  outside: {'agree' if agree else 'DISAGREE'} "
        f"({mismatches} of {compared} rows differ, max |diff| {max_diff})")
    record(records, kind="check", rows=rows, workload="outside",
           variant="egov vs pandas", available=True, max_diff=max_diff,
           mismatches=mismatches, compared=compared, agree=agree)
    for name, role, note in (
            ("in-database (egov)", "egov", "wall clock at the client, fetch + compute"),
            ("in-database, in the server", "egov-server",
             "server execution time of the egov query, nothing sent"),
            ("pandas", "pandas", "wall clock at the client, fetch + compute"),
            ("fetch only", "floor",
             "wall clock at the client, pandas' fetch of the raw rows, nothing computed")):
        lo, med = measure.summary(times[name])
        log(f"  outside / {name}: min {lo:.1f} ms, median {med:.1f} ms")
        record(records, kind="time", rows=rows, workload="outside", variant=name,
               role=role, available=True, runs=len(times[name]),
               basis="wall" if role == "egov-server" else "client",
               min_ms=lo, median_ms=med, ns_per_row=lo * 1e6 / rows,
               exec_min_ms=lo, exec_median_ms=med, note=note)


def probe_partition_memory(db, w, rows, records):
    """Peak memory of egov's form and of the floor over one partition."""
    for v in (w.variant("egov"), w.variant("floor")):
        peak = measure.peak_memory(db, v.sql.format(t=ONE_PARTITION_TABLE), v.settings)
        record(records, kind="partition-memory", rows=rows, workload=w.key, variant=v.name,
               role=v.role, available=True, peak_bytes=peak,
               bytes_per_row=None if peak is None else peak / rows)
        log(f"  {w.key} / {v.name}: VmHWM "
            + ("unreadable" if peak is None else f"{peak / 2**20:.1f} MiB"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--rows", type=int, nargs="+", required=True)
    ap.add_argument("--reps", type=int, default=None,
                    help="timed runs per variant at every size (default: 5 up to "
                         "10^5 rows, 3 at 10^6, 2 beyond, to keep a full run near 20 min)")
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--partition-rows", type=int, default=1_000_000,
                    help="rows of the one-partition memory probe (capped at the largest size)")
    ap.add_argument("--pandas-max", type=int, default=1_000_000,
                    help="largest size for workload 6 (pandas needs minutes at 10^7)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--command", default="bench/run")
    ap.add_argument("--workloads", nargs="+", default=None,
                    help="run only these workloads (keys; 'outside' for workload 6)")
    args = ap.parse_args()
    chosen = [w for w in workloads.WORKLOADS + toolkit_workloads.WORKLOADS
              if args.workloads is None or w.key in args.workloads]
    outside_chosen = args.workloads is None or "outside" in args.workloads

    load_start = os.getloadavg()
    sizes = sorted(set(args.rows))
    largest = sizes[-1]
    conn = measure.connect(args.db)
    with conn.cursor() as cur:
        cur.execute("SELECT current_setting('server_version'), "
                    "(SELECT extversion FROM pg_extension WHERE extname = 'egov'), "
                    "current_setting('shared_buffers')")
        server_version, egov_version, shared_buffers = cur.fetchone()
    records = []
    self_check(conn, records)
    status = {}
    for w in chosen:
        status[w.key] = available(conn, w.needs)
    if outside_chosen:
        status["outside"] = available(conn, workloads.OUTSIDE_NEEDS)
    status["loader"] = available(conn, loader.IMPORT_NEEDS)
    for key, (ok, why) in status.items():
        if not ok:
            log(f"{key}: {why}")
            record(records, kind="time", rows=None, workload=key, variant="egov",
                   role="egov", available=False, note=why)

    for rows in sizes:
        reps = args.reps or (5 if rows <= 100_000 else 3 if rows <= 1_000_000 else 2)
        log(f"== {rows} rows, {reps} runs per variant")
        load(conn, TABLE, rows, args.seed)
        cache = {}
        sess = measure.Session(args.db)
        for w in chosen:
            if not status[w.key][0]:
                continue
            check(sess.conn, w, rows, records)
            time_workload(sess, args.db, w, rows, reps, records, cache, rows == largest)
        sess.close()
        if outside_chosen and status["outside"][0]:
            if rows <= args.pandas_max:
                time_outside(conn, rows, reps, records)
            else:
                record(records, kind="time", rows=rows, workload="outside",
                       variant="pandas", role="pandas", available=False,
                       note=f"skipped: more than --pandas-max {args.pandas_max} rows")
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE {TABLE}")

    if status["loader"][0]:
        log(f"== loader: one file of {loader.ROWS:,} rows")
        loader.time_loader(args.db, args.reps or 5, records, log)

    one = min(args.partition_rows, largest)
    # (a workload whose argument holds once per edition, as dist2ref's
    # reference row, has no one-partition form: probe_memory False)
    window = [w for w in chosen
              if status[w.key][0] and getattr(w, "probe_memory", True)
              and w.variant("floor") and "OVER" in w.variant("floor").sql]
    if window:
        log(f"== egov's own memory: one partition of {one} rows")
        load(conn, ONE_PARTITION_TABLE, one, args.seed, partitions=False)
        for w in window:
            probe_partition_memory(args.db, w, one, records)
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE {ONE_PARTITION_TABLE}")
    conn.close()

    meta = {
        "date": args.tag, "sizes": sizes, "reps": args.reps,
        "seed": args.seed, "server_version": server_version, "egov_version": egov_version,
        "shared_buffers": shared_buffers,
        "cpus": os.cpu_count(), "command": args.command,
        "settings": measure.SESSION, "tolerance": workloads.TOLERANCE,
        "elapsed_s": time.monotonic() - T0, "load_start": load_start,
        "load_end": os.getloadavg(), "pandas_max": args.pandas_max,
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    os.makedirs(args.out, exist_ok=True)
    paths = report.write_all(records, meta, args.out, args.tag)
    for p in paths:
        log(f"wrote {p}")
    failed = [r for r in records if r["kind"] == "check" and not r["agree"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
