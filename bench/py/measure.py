"""How a query is measured.

Time: the server's own "Execution Time" of EXPLAIN (ANALYZE, TIMING OFF,
SUMMARY ON), so neither planning nor sending rows to the client counts (the
rows are produced, window functions and projections evaluated, then
discarded).  TIMING OFF keeps per-node clock reads out of the figure.

Memory: every probe runs in a fresh connection; after the query the
backend's VmHWM (peak resident set, which includes the shared buffers it
touched) is read from /proc/<pg_backend_pid()>/status.  The server must
run on this machine and /proc/<pid> be readable by this user.
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


def execution_ms(conn, sql):
    """Server-side execution time of sql in milliseconds, and the plan's
    count of parallel workers launched (0 for a serial plan)."""
    with conn.cursor() as cur:
        cur.execute("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) " + sql)
        plan = cur.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Execution Time"], _workers_launched(plan[0]["Plan"])


def _workers_launched(node):
    n = node.get("Workers Launched", 0)
    for child in node.get("Plans", []):
        n += _workers_launched(child)
    return n


def summary(times):
    return min(times), statistics.median(times)


def peak_memory(dbname, sql, settings=None):
    """VmHWM in bytes of a fresh backend after running sql, or None when
    /proc/<pid>/status of the backend cannot be read."""
    conn = connect(dbname, settings)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            pid = cur.fetchone()[0]
        execution_ms(conn, sql)
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            return None
    finally:
        conn.close()
    return None
