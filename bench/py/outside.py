"""Workload 6: the analyst's route outside the database against egov's.

pandas: fetch the raw rows with COPY ... TO STDOUT (CSV), the fastest way
psycopg2 offers, read them with pandas.read_csv, and compute the min-max and
z-score of x and the composite of a, b, c, d per edition with groupby
transforms (sample deviation, like egov's default).

in-database: the same client fetches the finished egov results the same way
(so it too is mostly the transfer and pandas' parsing of every row).

in-database, in the server: the server's execution time of the egov query,
nothing sent to the client, the route when what follows also runs in the
database.

fetch only: the pandas route's fetch alone, the floor of any round trip.

All are timed end to end at the client (wall clock, fetch + compute).
"""

import io
import time

import numpy as np
import pandas as pd

import measure
import workloads


def fetch(conn, sql):
    # bytes, not text: psycopg2 writes each row to the buffer, and decoding
    # every row to str doubled the client's share of the fetch
    buf = io.BytesIO()
    with conn.cursor() as cur:
        cur.copy_expert(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)", buf)
    buf.seek(0)
    return pd.read_csv(buf)


def _minmax(s, key):
    grouped = s.groupby(key)
    lo, hi = grouped.transform("min"), grouped.transform("max")
    return (s - lo) / (hi - lo).replace(0, np.nan)


def _zscore(s, key):
    grouped = s.groupby(key)
    return (s - grouped.transform("mean")) / grouped.transform("std").replace(0, np.nan)


def pandas_route(conn, table):
    df = fetch(conn, workloads.OUTSIDE_FETCH.format(t=table))
    key = df["g"]
    out = df[["g", "country"]].copy()
    out["minmax"] = _minmax(df["x"], key)
    out["zscore"] = _zscore(df["x"], key)
    mean = sum(_zscore(df[col], key) for col in "abcd") / 4
    out["composite"] = _minmax(mean, key)
    return out


def fetch_only(conn, table):
    """The floor of the pandas route: its fetch, without computing."""
    return fetch(conn, workloads.OUTSIDE_FETCH.format(t=table))


def indb_route(conn, table):
    return fetch(conn, workloads.OUTSIDE_INDB.format(t=table))


def indb_server(conn, table):
    """Server execution time (ms) of the egov query, its rows produced and
    discarded (EXPLAIN ANALYZE, as for workloads 1-5): nothing is sent, nor
    written to a table whose I/O would not be egov's."""
    with conn.cursor() as cur:
        plan = measure.explain_analyze(cur, workloads.OUTSIDE_INDB.format(t=table))
    return plan["Execution Time"]


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - start) * 1000, result


def compare(a, b):
    """(max abs difference, rows that disagree, rows) between two results,
    matched on (g, country)."""
    cols = ["minmax", "zscore", "composite"]
    m = a.merge(b, on=["g", "country"], how="outer", suffixes=("_p", "_e"),
                indicator=True)
    bad = (m["_merge"] != "both").to_numpy()
    worst = 0.0
    for col in cols:
        p, e = m[col + "_p"].to_numpy(float), m[col + "_e"].to_numpy(float)
        diff = np.abs(p - e)
        bad |= np.isnan(p) != np.isnan(e)
        bad |= np.nan_to_num(diff) > workloads.TOLERANCE
        if np.any(~np.isnan(diff)):
            worst = max(worst, float(np.nanmax(diff)))
    return worst, int(bad.sum()), len(m)
