#!/usr/bin/env python3
"""egov on Citus: the bench workloads on one node and on a coordinator with
one and with two workers (run through bench/citus, which provides the
cluster).

For each size the synthetic survey table of data.py is loaded three times
on the coordinator: `one`, a local table (PostgreSQL's own planner, nothing
distributed); `w1`, distributed by g with every shard on the first worker;
`w2`, distributed by g with the shards spread over both workers.  Every
workload runs on the three, results checked against `one` (row for row,
1e-12), then timed `reps` times round-robin after an untimed run.

Time is the coordinator's execution time from EXPLAIN ANALYZE (wall clock
on the server, rows produced but not sent to the client).  For the
distributed tables EXPLAIN ANALYZE also gives every task's execution time on
its worker (citus.explain_all_tasks) and the bytes the coordinator received:
the sum of task times is the work done on the workers, what is left of the
wall clock is the coordinator's share (planning the tasks, connections,
receiving and merging rows).  Writes <out>/<tag>.csv and <tag>.md with the
plan of each workload.
"""

import argparse
import csv
import datetime
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data        # noqa: E402
import measure     # noqa: E402

# Values agree within 1e-12 times max(1, |value|): a sum over 10^6 rows
# added up shard by shard differs from the serial sum in its last bits.
TOLERANCE = 1e-12
T0 = time.monotonic()

# (key, title, query with {t}, key column for the comparison, expected shape)
WORKLOADS = [
    ("scalar", "scalar `sum(egdi(osi, hci, tii, year))`",
     "SELECT 0 AS k, sum(egov.egdi(osi, hci, tii, year)) AS v FROM {t}"),
    ("minmax", "`minmax(x) OVER (PARTITION BY g)`",
     "SELECT g * 1000 + country AS k, egov.minmax(x) OVER (PARTITION BY g) AS v FROM {t}"),
    ("zscore", "`zscore(x) OVER (PARTITION BY g)`",
     "SELECT g * 1000 + country AS k, egov.zscore(x) OVER (PARTITION BY g) AS v FROM {t}"),
    ("composite", "`composite(ARRAY[a,b,c,d]) OVER (PARTITION BY g)`",
     "SELECT g * 1000 + country AS k, egov.composite(ARRAY[a, b, c, d]) OVER (PARTITION BY g) AS v "
     "FROM {t}"),
    ("rating", "`rating_class(egdi) OVER (PARTITION BY g)`",
     "SELECT g * 1000 + country AS k, egov.rating_class(egdi) OVER (PARTITION BY g) AS v FROM {t}"),
    ("aggregate", "`egdi_stats(egdi) GROUP BY g` (the distribution column)",
     "SELECT g AS k, egov.egdi_stats(egdi) AS v FROM {t} GROUP BY g"),
    ("aggregate-other", "`egdi_stats(egdi) GROUP BY country` (not the distribution column)",
     "SELECT country AS k, egov.egdi_stats(egdi) AS v FROM {t} GROUP BY country"),
    ("window-other", "`minmax(x) OVER (PARTITION BY country)` (not the distribution column)",
     "SELECT g * 1000 + country AS k, egov.minmax(x) OVER (PARTITION BY country) AS v FROM {t}"),
]
TABLES = [("one", "one node (local table)"), ("w1", "coordinator + 1 worker"),
          ("w2", "coordinator + 2 workers")]


def log(msg):
    print(f"[{time.monotonic() - T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def run(conn, sql, args=None):
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall() if cur.description else None


def load(conn, rows, seed, shards, worker_ports):
    start = time.monotonic()
    with conn.cursor() as cur:
        cur.execute(data.create_sql("one", rows, seed))
        cur.execute(data.finish_sql("one"))
        cur.execute("SET citus.shard_count = %s", (shards,))
        for t in ("w1", "w2"):
            cur.execute(f"DROP TABLE IF EXISTS {t}")
            cur.execute(f"CREATE TABLE {t} (LIKE one)")
        # w1: the second worker takes no shards while w1 is created
        cur.execute("SELECT citus_set_node_property('127.0.0.1', %s, 'shouldhaveshards', false)",
                    (worker_ports[1],))
        cur.execute("SELECT create_distributed_table('w1', 'g', colocate_with => 'none')")
        cur.execute("SELECT citus_set_node_property('127.0.0.1', %s, 'shouldhaveshards', true)",
                    (worker_ports[1],))
        cur.execute("SELECT create_distributed_table('w2', 'g', colocate_with => 'none')")
        for t in ("w1", "w2"):
            cur.execute(f"INSERT INTO {t} SELECT * FROM one")
            cur.execute(f"VACUUM (FREEZE, ANALYZE) {t}")
        cur.execute("""SELECT table_name::text, count(DISTINCT nodeport), count(*)
                         FROM citus_shards WHERE table_name IN ('w1'::regclass, 'w2'::regclass)
                        GROUP BY 1 ORDER BY 1""")
        placement = {t: (nodes, shards) for t, nodes, shards in cur.fetchall()}
    log(f"loaded {rows} rows into one, w1, w2 ({time.monotonic() - start:.1f}s); "
        f"placement {placement}")
    return placement


def compare(conn, sql):
    """(rows, differing, max |diff|) of sql on w1 and w2 against one."""
    out = []
    with conn.cursor() as cur:
        cur.execute(f"SELECT k, to_jsonb(v) FROM ({sql.format(t='one')}) AS s")
        ref = dict(cur.fetchall())
        for t in ("w1", "w2"):
            cur.execute(f"SELECT k, to_jsonb(v) FROM ({sql.format(t=t)}) AS s")
            got = dict(cur.fetchall())
            bad, worst = 0, 0.0
            for k in ref.keys() | got.keys():
                ok, d = close(ref.get(k, KeyError), got.get(k, KeyError))
                bad += not ok
                worst = max(worst, d)
            out.append((t, len(ref.keys() | got.keys()), bad, worst))
    return out


def close(a, b):
    """(equal within TOLERANCE, largest numeric difference)"""
    if isinstance(a, bool) or isinstance(b, bool) or a is KeyError or b is KeyError:
        return a == b, 0.0
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= TOLERANCE * max(1.0, abs(a)), abs(a - b)
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return False, 0.0
        parts = [close(a[k], b[k]) for k in a]
        return all(p[0] for p in parts), max((p[1] for p in parts), default=0.0)
    return a == b, 0.0


def explain(conn, sql):
    with conn.cursor() as cur:
        cur.execute("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) " + sql)
        plan = cur.fetchone()[0]
    return json.loads(plan)[0] if isinstance(plan, str) else plan[0]


UNITS = {"bytes": 1, "kB": 2**10, "MB": 2**20, "GB": 2**30, "TB": 2**40}


def task_figures(node, acc):
    """Sum the tasks' execution times and the bytes received over a plan."""
    job = node.get("Distributed Query", {}).get("Job", {})
    if job:
        n, unit = str(job.get("Tuple data received from nodes", "0 bytes")).split()
        acc["bytes"] += int(n) * UNITS[unit]
        acc["tasks"] += job.get("Task Count", 0)
        for task in job.get("Tasks", []):
            for rp in task.get("Remote Plan", []):
                for p in rp if isinstance(rp, list) else [rp]:
                    acc["task_ms"] += p.get("Execution Time", 0)
                    acc["slowest_ms"] = max(acc["slowest_ms"], p.get("Execution Time", 0))
    for child in node.get("Plans", []):
        task_figures(child, acc)
    return acc


def time_client(conn, sql):
    """Wall clock at the client, for a query EXPLAIN ANALYZE cannot run."""
    with conn.cursor() as cur:
        start = time.perf_counter()
        cur.execute(sql)
        cur.fetchall()
        ms = (time.perf_counter() - start) * 1e3
    return {"exec_ms": ms, "bytes": 0, "tasks": 0, "task_ms": 0.0, "slowest_ms": 0.0}


# EXPLAIN ANALYZE of a partial aggregate (worker_partial_agg, whose result is
# a cstring) fails in Citus 13.2 ("column field_1 has pseudo-type cstring"):
# these workloads are timed at the client (a few hundred result rows).
CLIENT_TIMED = {"aggregate-other"}


def time_one(conn, sql, key=None):
    if key in CLIENT_TIMED:
        return time_client(conn, sql)
    # EXPLAIN ANALYZE of a distributed query with a composite result column
    # (egdi_stats) fails in Citus 13.2 with its binary protocol (22P02 on the
    # workers' rows); the aggregates' results are a few hundred rows, so text
    # costs them nothing
    binary = "off" if "egdi_stats" in sql else "on"
    run(conn, "SELECT set_config('citus.enable_binary_protocol', %s, false)", (binary,))
    plan = explain(conn, sql)
    acc = task_figures(plan["Plan"], {"bytes": 0, "tasks": 0, "task_ms": 0.0, "slowest_ms": 0.0})
    return {"exec_ms": plan["Execution Time"], **acc}


def plan_text(conn, sql):
    with conn.cursor() as cur:
        cur.execute("SET citus.explain_all_tasks = off")
        cur.execute("EXPLAIN (COSTS OFF) " + sql)
        text = "\n".join(r[0] for r in cur.fetchall())
        cur.execute("SET citus.explain_all_tasks = on")
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--rows", type=int, nargs="+", required=True)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--workers", type=int, nargs=2, required=True, help="the workers' ports")
    ap.add_argument("--out", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--command", default="bench/citus")
    args = ap.parse_args()

    load_start = os.getloadavg()
    conn = measure.connect(args.db, {"citus.explain_all_tasks": "on"})
    server_version, egov_version, citus_version = run(conn, """
        SELECT current_setting('server_version'),
               (SELECT extversion FROM pg_extension WHERE extname = 'egov'),
               (SELECT extversion FROM pg_extension WHERE extname = 'citus')""")[0]
    records, plans = [], {}
    for rows in sorted(set(args.rows)):
        log(f"== {rows} rows")
        placement = load(conn, rows, args.seed, args.shards, args.workers)
        for key, _, sql in WORKLOADS:
            for t, n, bad, worst in compare(conn, sql):
                log(f"  {key} {t}: {'agree' if bad == 0 else 'DISAGREE'} "
                    f"({bad} of {n} differ, max |diff| {worst:.3g})")
                records.append(dict(kind="check", rows=rows, workload=key, table=t,
                                    compared=n, differing=bad, max_diff=worst))
            if key not in plans:
                plans[key] = {t: plan_text(conn, sql.format(t=t)) for t, _ in TABLES}
            for t, _ in TABLES:          # untimed run
                time_one(conn, sql.format(t=t), key)
            runs = {t: [] for t, _ in TABLES}
            for _ in range(args.reps):
                for t, _ in TABLES:
                    runs[t].append(time_one(conn, sql.format(t=t), key))
            for t, _ in TABLES:
                rs = runs[t]
                best = min(rs, key=lambda r: r["exec_ms"])
                rec = dict(kind="time", rows=rows, workload=key, table=t, runs=len(rs),
                           basis="client" if key in CLIENT_TIMED else "server",
                           min_ms=best["exec_ms"],
                           median_ms=statistics.median(r["exec_ms"] for r in rs),
                           task_ms=best["task_ms"], slowest_ms=best["slowest_ms"],
                           tasks=best["tasks"],
                           bytes=best["bytes"],
                           nodes=placement.get(t, (0, 0))[0] if t != "one" else 1)
                records.append(rec)
                log(f"  {key} / {t}: min {rec['min_ms']:.1f} ms, median {rec['median_ms']:.1f} ms"
                    + (f", tasks {rec['task_ms']:.1f} ms in {rec['tasks']}, "
                       f"{rec['bytes'] / 2**20:.1f} MiB received" if t != "one" else ""))
        for t in ("one", "w1", "w2"):
            run(conn, f"DROP TABLE {t}")
    conn.close()
    meta = dict(date=args.tag, command=args.command, server_version=server_version,
                egov_version=egov_version, citus_version=citus_version, cpus=os.cpu_count(),
                sizes=sorted(set(args.rows)), reps=args.reps, shards=args.shards,
                seed=args.seed, load_start=load_start, load_end=os.getloadavg(),
                elapsed_s=time.monotonic() - T0,
                generated=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    os.makedirs(args.out, exist_ok=True)
    write_csv(records, os.path.join(args.out, args.tag + ".csv"))
    write_md(records, plans, meta, os.path.join(args.out, args.tag + ".md"))
    log(f"wrote {args.out}/{args.tag}.md and .csv")
    return 1 if any(r["kind"] == "check" and r["differing"] for r in records) else 0


FIELDS = ["kind", "rows", "workload", "table", "runs", "basis", "min_ms", "median_ms", "task_ms",
          "slowest_ms", "tasks",
          "bytes", "nodes", "compared", "differing", "max_diff"]


def write_csv(records, path):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(records)


def shape(plan):
    """Where a plan (EXPLAIN COSTS OFF on the distributed table) runs egov."""
    first = plan.splitlines()[0].strip()
    if first.startswith("Custom Scan"):
        return "on the workers, whole"
    if first.startswith("WindowAgg"):
        return "rows pulled, window on the coordinator"
    if "Aggregate" in first:
        return "partial on the workers, combined on the coordinator"
    return first


def write_md(records, plans, meta, path):
    titles = {k: t for k, t, _ in WORKLOADS}
    names = dict(TABLES)
    L = [f"# egov on Citus, {meta['date'].removesuffix('-citus')}", ""]
    L.append(f"`{meta['command']}` — PostgreSQL {meta['server_version']}, Citus "
             f"{meta['citus_version']}, egov {meta['egov_version']}, {meta['cpus']} CPUs shared "
             f"by the coordinator and both workers, sizes "
             f"{', '.join(f'{s:,}' for s in meta['sizes'])} rows, {meta['shards']} shards, "
             f"{meta['reps']} timed runs per variant, seed {meta['seed']}, "
             f"{meta['elapsed_s'] / 60:.1f} min in all, {meta['generated']}; load average "
             f"{meta['load_start'][0]:.1f} at the start, {meta['load_end'][0]:.1f} at the end.")
    L.append("")
    L.append("The table of `bench/py/data.py` (editions of 193 rows, g the edition) three times "
             "on the coordinator: **one node** a local table (PostgreSQL's own plan, nothing "
             "distributed); **1 worker** distributed by g with every shard on the first worker; "
             "**2 workers** distributed by g, the shards spread over both. *Time* is the "
             "coordinator's execution time from `EXPLAIN ANALYZE` (wall clock, rows produced "
             "on the coordinator but not sent to the client; minimum and median of the runs). "
             "*Tasks ms* is the sum of the shards' execution times on their workers "
             "(`citus.explain_all_tasks`), *slowest task* the longest of them; *received* is "
             "what the coordinator fetched from the workers. Every result equals the one-node result "
             "(row for row, values within 1e-12; see Agreement).")
    L.append("")
    L.append("**What this machine can show.** All three servers share the same 2 CPUs, so "
             "the second worker brings no CPU of its own: a speed-up from it cannot appear "
             "here, and none is claimed. What the figures do show is where the time goes: "
             "the work done in the shards (which on a real cluster is what more workers "
             "divide), the coordinator's share (starting tasks, receiving rows, for "
             "window functions every row of the table), and that the distributed plans give "
             "the one-node result. Other work on the machine during the run shows in the "
             "load average above and in the spread between minimum and median.")
    L.append("")
    n = meta["sizes"][-1]
    L.append(f"## Summary at {n:,} rows")
    L.append("")
    L.append("| workload | where Citus runs egov (2 workers) | one node ms | 1 worker ÷ one node | "
             "2 workers ÷ one node | 2 workers ÷ 1 worker | received MiB |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for key, title, _ in WORKLOADS:
        rs = {r["table"]: r for r in records if r["kind"] == "time" and r["rows"] == n
              and r["workload"] == key}
        if not all(t in rs for t, _ in TABLES):
            continue
        one, w1, w2 = rs["one"]["min_ms"], rs["w1"]["min_ms"], rs["w2"]["min_ms"]
        L.append(f"| {title} | {shape(plans[key]['w2'])} | {one:.0f} | {w1 / one:.2f} | "
                 f"{w2 / one:.2f} | {w2 / w1:.2f} | "
                 + (f"{rs['w2']['bytes'] / 2**20:.2f} |" if rs["w2"]["basis"] == "server" else " |"))
    L.append("")
    L.append("Ratios of the minimum times; below 1 is faster than one node. Where the shards' "
             "tasks do the work and send little back (the aggregates, the scalar sum), the "
             "8 tasks run at once on both CPUs, while the one-node plan is serial (as in "
             "`bench/run`, no parallel workers): that is the whole of their gain here. "
             "A window function returns a row "
             "per input row, so every row crosses from the workers to the coordinator; on "
             "one machine that costs more than the computation it spreads. A window on a "
             "column that is not the distribution column moves every input row to the "
             "coordinator and computes there, after the shards' scans. The second worker "
             "shares the same 2 CPUs, so what it changes here is within the run-to-run "
             "spread; on machines of their own, the shards' work (the tasks columns below) "
             "is what a second worker halves, and the coordinator's share is what it does "
             "not.")
    L.append("")
    L.append("## Times")
    L.append("")
    for key, title, _ in WORKLOADS:
        L.append(f"### {title}")
        L.append("")
        L.append("| rows | where | time min ms | time median ms | tasks | tasks ms (sum) | "
                 "slowest task ms | received MiB | coordinator's share ms | ÷ one node |")
        L.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for rows in meta["sizes"]:
            rs = {r["table"]: r for r in records if r["kind"] == "time" and r["rows"] == rows
                  and r["workload"] == key}
            base = rs.get("one", {}).get("min_ms")
            for t, _ in TABLES:
                r = rs.get(t)
                if not r:
                    continue
                dist = t != "one" and r["basis"] == "server"
                share = r["min_ms"] - r["slowest_ms"] if dist else None
                where = names[t] + (" [client]" if r["basis"] == "client" else "")
                L.append(f"| {rows:,} | {where} | {r['min_ms']:.1f} | {r['median_ms']:.1f} | "
                         + (f"{r['tasks']} | {r['task_ms']:.1f} | {r['slowest_ms']:.1f} | "
                            f"{r['bytes'] / 2**20:.2f} | " if dist else " |  |  |  | ")
                         + (f"{share:.1f} | " if dist and share is not None else " | ")
                         + (f"{r['min_ms'] / base:.2f} |" if base else " |"))
        L.append("")
    L.append("The tasks run at the same time, one connection each, on the 2 CPUs: their sum "
             "exceeding the wall clock is that overlap (on one node the same plan is serial). "
             "The coordinator's share is the wall clock minus the slowest task: the time not "
             "spent waiting for the workers' computation — starting the tasks, receiving and "
             "merging the rows, and for a window on another column sorting and computing "
             "every row on the coordinator. "
             "*[client]*: wall clock at the client (query and fetch of the few hundred result "
             "rows), because Citus 13.2 cannot `EXPLAIN ANALYZE` a partial aggregate "
             "(`worker_partial_agg` returns a cstring: \"column field_1 has pseudo-type "
             "cstring\"); the same query runs normally. For the same reason of Citus's, "
             "`EXPLAIN ANALYZE` of `egdi_stats` grouped by g, whose result column is a "
             "composite type, runs with `citus.enable_binary_protocol = off` (with it on, "
             "Citus reads the binary row as text: 22P02).")
    L.append("")
    L.append("## Plans")
    L.append("")
    L.append("`EXPLAIN (COSTS OFF)` on the coordinator, 2 workers (one task shown of "
             f"{meta['shards']}).")
    L.append("")
    for key, title, _ in WORKLOADS:
        L.append(f"### {title}")
        L.append("")
        L.append("```")
        L.append(plans[key]["w2"])
        L.append("```")
        L.append("")
    L.append("## Agreement")
    L.append("")
    L.append("| rows | workload | where | compared | differing | max abs difference |")
    L.append("| ---: | --- | --- | ---: | ---: | ---: |")
    for r in records:
        if r["kind"] == "check":
            L.append(f"| {r['rows']:,} | {r['workload']} | {names[r['table']]} | "
                     f"{r['compared']:,} | {r['differing']} | {r['max_diff']:.3g} |")
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    sys.exit(main())
