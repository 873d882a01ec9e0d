"""How a query is measured.

Timed runs share one connection per size, and every variant runs once
untimed first, so that no run pays for filling a new backend's caches,
loading libraries or faulting shared buffers into its address space (a
pooled connection would not).  Around each timed query, on the server:

- execution: the "Execution Time" of EXPLAIN (ANALYZE, TIMING OFF, SUMMARY
  ON) — wall clock on the server, without planning and without sending rows
  to the client (the rows are produced, window functions and projections
  evaluated, then discarded); TIMING OFF keeps per-node clock reads out;
- CPU: the backend's time on a CPU during the statement, from the first
  field of /proc/<pid>/schedstat (nanoseconds).  Unlike wall time it does not
  grow when other processes compete for the CPUs, so it is what the serial
  comparisons use; parallel workers' CPU is not in it;
- queued: the second field, time the backend was runnable but waiting for a
  CPU (a measure of how busy the machine was).

Peak memory: the untimed run of a variant at the largest size runs in a
fresh connection; VmHWM from /proc/<pid>/status afterwards is the peak
resident set of a backend that ran only that query (it includes the shared
buffers the backend touched).

The /proc figures need the server on this machine and /proc/<pid> readable
by this user; otherwise they are None and only the execution time is kept.
"""

import json
import statistics

import psycopg2

# Session settings of every bench connection: no JIT (its compile time is
# noise at these sizes), enough work_mem that sorts and tuplestores of the
# largest size stay in memory, serial plans unless a variant asks.
SESSION = {
    "jit": "off",
    "work_mem": "1GB",
    "max_parallel_workers_per_gather": "0",
}


def connect(dbname, settings=None):
    conn = psycopg2.connect(dbname=dbname, application_name="egov-bench")
    conn.autocommit = True
    apply_settings(conn, dict(SESSION, **(settings or {})))
    return conn


def apply_settings(conn, settings):
    with conn.cursor() as cur:
        for name, value in settings.items():
            cur.execute("SELECT set_config(%s, %s, false)", (name, value))


def _schedstat(pid):
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            on_cpu, queued = f.read().split()[:2]
        return int(on_cpu), int(queued)
    except (OSError, ValueError):
        return None


def _vmhwm(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _workers_launched(node):
    n = node.get("Workers Launched", 0)
    for child in node.get("Plans", []):
        n += _workers_launched(child)
    return n


def explain_analyze(cur, sql):
    cur.execute("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) " + sql)
    plan = cur.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]


class Session:
    """The connection that times queries."""

    def __init__(self, dbname):
        self.conn = connect(dbname)
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            self.pid = cur.fetchone()[0]

    def run(self, sql, settings):
        """Run sql once: dict of exec_ms, cpu_ms, queued_ms and workers
        (parallel workers launched)."""
        apply_settings(self.conn, dict(SESSION, **settings))
        with self.conn.cursor() as cur:
            before = _schedstat(self.pid)
            plan = explain_analyze(cur, sql)
            after = _schedstat(self.pid)
        out = {"exec_ms": plan["Execution Time"], "workers": _workers_launched(plan["Plan"]),
               "cpu_ms": None, "queued_ms": None}
        if before and after:
            out["cpu_ms"] = (after[0] - before[0]) / 1e6
            out["queued_ms"] = (after[1] - before[1]) / 1e6
        return out

    def close(self):
        self.conn.close()


def peak_memory(dbname, sql, settings=None):
    """VmHWM in bytes of a fresh backend after it ran sql, or None."""
    conn = connect(dbname, settings)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            pid = cur.fetchone()[0]
            # Load egov's library in every probe, so that its pages are part
            # of the floor's peak too and the difference is per-query memory.
            cur.execute("SELECT egov.egdi(0.5, 0.5, 0.5)")
            explain_analyze(cur, sql)
        return _vmhwm(pid)
    finally:
        conn.close()


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    return min(values), statistics.median(values)
