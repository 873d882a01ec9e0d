#!/usr/bin/python3
"""Targeted fuzz of egov's own functions with edge inputs.

Every function, aggregate and window function in schema egov is discovered
from the catalogue and called with values from per-type edge pools (NaN,
+/-Infinity, +/-0, denormals, extremes, NULL; empty, NULL, NULL-holding,
multi-dimensional, offset-bound, mismatched and huge arrays; garbage text and
mutated survey CSV for text arguments), first one argument at a time, then
at random until the time is spent.  Aggregates and window functions run over
generated data sets: no rows, one row, constant, all NULL, edge mixes, many
one-row partitions, ties, several frames, and in parallel plans.

The only check is the one that matters for a server: every statement ends in
a value or an error, never a lost connection.  Errors are counted by SQLSTATE;
XX000 (internal error: elog, a can't-happen) is listed with its statement.

    edge.py --dsn DSN [--seconds 30] [--seed K] [--figures FILE]

Exit status 1 if the connection was ever lost (a backend crash), else 0.
"""

import argparse
import collections
import itertools
import os
import random
import sys
import time

import psycopg2

FLOAT8 = [
    "NULL::float8", "'NaN'::float8", "'Infinity'::float8", "'-Infinity'::float8",
    "0::float8", "'-0'::float8", "'5e-324'::float8", "'2.2250738585072014e-308'::float8",
    "'1.7976931348623157e308'::float8", "'-1.7976931348623157e308'::float8",
    "1::float8", "0.5::float8", "0.75::float8", "0.25::float8", "0.9999::float8",
    "'1.0000000000000002'::float8", "'0.49999999999999994'::float8", "-1::float8",
    "2::float8", "1e-10::float8",
]
FLOAT4 = [v.replace("::float8", "::float4") for v in FLOAT8[:12]]
NUMERIC = [
    "NULL::numeric", "'NaN'::numeric", "'Infinity'::numeric", "'-Infinity'::numeric",
    "0::numeric", "1::numeric", "0.5::numeric", "-1::numeric", "1e-300::numeric",
    "1e300::numeric", "0.99995::numeric",
]
FLOAT8_ARRAY = [
    "NULL::float8[]", "'{}'::float8[]", "'{NULL}'::float8[]", "'{NULL,NULL,NULL}'::float8[]",
    "'{0.5}'::float8[]", "'{0.5,0.5,0.5}'::float8[]", "'{1,0,1}'::float8[]",
    "'{0.34,0.33,0.33}'::float8[]", "'{1,NULL,0.5}'::float8[]",
    "'{NaN,Infinity,-Infinity}'::float8[]", "'{5e-324,-0,0}'::float8[]",
    "'{1e308,1e308,1e308}'::float8[]", "'{-1,2,0.5}'::float8[]", "'{1,2}'::float8[]",
    "'{0.1,0.2,0.3,0.4}'::float8[]", "'{{0.1,0.2},{0.3,0.4}}'::float8[]",
    "'{{{0.5}}}'::float8[]", "'[0:2]={0.2,0.3,0.5}'::float8[]",
    "'[-5:-3]={0.1,0.2,0.3}'::float8[]", "'{0,0,0}'::float8[]",
    "array_fill(0.5::float8, ARRAY[100000])", "array_fill(NULL::float8, ARRAY[1000])",
    "array_fill(0.5::float8, ARRAY[2000000])",
    "(SELECT array_agg(random()) FROM generate_series(1, 1000))",
]
INT = ["NULL::int4", "0", "1", "-1", "2", "3", "4", "100", "2003", "2022", "1999",
       "2147483647", "(-2147483647 - 1)"]
INT8 = [v + "::int8" if not v.startswith("NULL") else "NULL::int8" for v in INT] + [
    "9223372036854775807::int8"]
INT2 = ["NULL::int2", "0::int2", "1::int2", "-1::int2", "32767::int2"]
BOOL = ["NULL::bool", "true", "false"]
TEXT = [
    "NULL::text", "''", "' '", "'x'", "'NaN'", "'Very High'", "'VH'", "'L1'", "'Europe'",
    "'Türkiye'", "E'\\n'", "E'\\t,\\r\\n,,'", "'\"'", "repeat('x', 100000)",
    "'Survey Year,Country Name,E-Government Rank,E-Government Index'",
    "E'2022,\"Iraq \",146,0.43830,0.21590,0.20600,0.58880,0.52010\\n'",
]

# Mutations applied to a bundled edition to make CSV garbage.
CSV_JUNK = ['"', ",", "\n", "\r\n", "\r", "NaN", "-", "1e999", "-0", "\ufeff", "''",
            "Infinity", " ", "0.", ".5", "1,2", '""', "\\", "é", "\u2028", "9" * 40]


def csv_mutants(rng, editions):
    """An endless stream of mutated CSV texts (SQL literals)."""
    while True:
        text = rng.choice(editions)
        lines = text.split("\n")
        kind = rng.randrange(12)
        if kind == 0:
            text = text[: rng.randrange(len(text) + 1)]
        elif kind == 1:
            for _ in range(rng.randrange(1, 20)):
                i = rng.randrange(len(text) + 1)
                text = text[:i] + rng.choice(CSV_JUNK) + text[i:]
        elif kind == 2:
            for _ in range(rng.randrange(1, 20)):
                i = rng.randrange(max(1, len(text)))
                text = text[:i] + text[i + rng.randrange(1, 10):]
        elif kind == 3:
            dup = rng.choice(lines[1:] or lines)
            lines.insert(rng.randrange(len(lines) + 1), dup)
            text = "\n".join(lines)
        elif kind == 4:
            text = "\n".join(lines[1:])
        elif kind == 5:
            text = lines[0] + "\n"
        elif kind == 6:
            head = lines[0].split(",")
            rng.shuffle(head)
            text = "\n".join([",".join(head)] + lines[1:])
        elif kind == 7:
            text = "\n".join(line + "," + rng.choice(CSV_JUNK) for line in lines)
        elif kind == 8:
            text = "\n".join(",".join(line.split(",")[:-1]) for line in lines)
        elif kind == 9:
            text = text.replace("\n", "\r\n")
        elif kind == 10:
            text = text * rng.randrange(2, 4)
        else:
            fields = []
            for line in lines:
                cells = line.split(",")
                if cells and rng.random() < 0.3:
                    cells[rng.randrange(len(cells))] = rng.choice(CSV_JUNK)
                fields.append(",".join(cells))
            text = "\n".join(fields)
        yield "'" + text.replace("'", "''") + "'"


class Fuzzer:
    def __init__(self, dsn, seed, deadline):
        self.dsn = dsn
        self.rng = random.Random(seed)
        self.deadline = deadline
        self.statements = 0
        self.values = 0
        self.by_state = collections.Counter()
        self.by_function = collections.Counter()
        self.internal = []   # (statement, message)
        self.lost = []       # statements that lost the connection
        self.conn = None
        self.connect()

    def connect(self, wait=60):
        end = time.time() + wait
        while True:
            try:
                self.conn = psycopg2.connect(self.dsn)
                break
            except psycopg2.OperationalError:
                if time.time() > end:
                    raise
                time.sleep(0.5)
        with self.conn.cursor() as cur:
            cur.execute("SET statement_timeout = '20s'; SET client_min_messages = error")
        self.conn.commit()

    def run(self, sql, fname):
        """One statement in its own transaction, always rolled back."""
        self.statements += 1
        try:
            with self.conn.cursor() as cur:
                cur.execute(sql)
                if cur.description is not None:
                    cur.fetchall()
            self.values += 1
            self.conn.rollback()
        except psycopg2.Error as e:
            if self.conn.closed or e.pgcode in (None, "57P01", "57P02", "57P03"):
                self.lost.append(sql)
                print(f"connection lost: {str(e).strip()}\n  statement: {sql[:2000]}",
                      file=sys.stderr)
                try:
                    self.conn.close()
                except psycopg2.Error:
                    pass
                self.connect()
                return
            self.by_state[e.pgcode] += 1
            self.by_function[(fname, e.pgcode)] += 1
            if e.pgcode == "XX000":
                self.internal.append((sql, str(e).strip().splitlines()[0]))
            self.conn.rollback()

    def expired(self):
        return time.time() > self.deadline

    def query(self, sql):
        with self.conn.cursor() as cur:
            cur.execute(sql)
            rows = cur.fetchall()
        self.conn.rollback()
        return rows


def pools_for(fz, types, csv_args):
    """The value pool (SQL expressions) of each argument type."""
    pools = []
    for i, (typ, typtype) in enumerate(types):
        if i in csv_args:
            pools.append(None)      # filled from the CSV mutant stream
        elif typ == "double precision":
            pools.append(FLOAT8)
        elif typ == "real":
            pools.append(FLOAT4)
        elif typ == "numeric":
            pools.append(NUMERIC)
        elif typ == "double precision[]":
            pools.append(FLOAT8_ARRAY)
        elif typ == "integer":
            pools.append(INT)
        elif typ == "bigint":
            pools.append(INT8)
        elif typ == "smallint":
            pools.append(INT2)
        elif typ == "boolean":
            pools.append(BOOL)
        elif typ in ("text", "character varying", "name"):
            pools.append([v + "::" + typ if typ != "text" else v for v in TEXT])
        elif typtype == "e":
            labels = [r[0] for r in fz.query(f"SELECT unnest(enum_range(NULL::{typ}))::text")]
            pools.append([f"NULL::{typ}"] + [f"'{l}'::{typ}" for l in labels])
        else:
            pools.append([f"NULL::{typ}"])
    return pools


def calls(fz, pools, csv_stream):
    """Argument lists: each pool value in each position with the others at a
    typical value, then random combinations, for ever."""
    def typical(pool):
        valid = [v for v in pool if not v.startswith("NULL")] if pool else []
        return valid[min(len(valid) - 1, 6)] if valid else (pool[0] if pool else None)

    def pick(i, pool, value=None):
        if pool is None:
            return next(csv_stream)
        return value if value is not None else typical(pool)

    base = [typical(p) for p in pools]
    for i, pool in enumerate(pools):
        for v in (pool or [None] * 40):
            yield [pick(j, p, v if j == i else base[j]) for j, p in enumerate(pools)]
    while True:
        yield [next(csv_stream) if p is None else fz.rng.choice(p) for p in pools]


def datasets(fz, pools, csv_stream):
    """(name, rows) data sets for aggregates and window functions; a row is
    (partition, order, args...) as SQL expressions."""
    def row(g, o, vals):
        return [str(g), str(o)] + vals

    def rand_vals():
        return [next(csv_stream) if p is None else fz.rng.choice(p) for p in pools]

    def valid_vals():
        out = []
        for p in pools:
            if p is None:
                out.append(next(csv_stream))
                continue
            good = [v for v in p if not v.startswith("NULL") and "array_fill" not in v
                    and "1e308" not in v and "Infinity" not in v and "NaN" not in v]
            out.append(fz.rng.choice(good or p))
        return out

    one = valid_vals()
    yield "one row", [row(1, 1, one)]
    yield "two rows", [row(1, 1, one), row(1, 2, valid_vals())]
    yield "constant", [row(1, i, one) for i in range(20)]
    yield "all NULL", [row(1, i, [f"NULL::{t}" for t in fz.argtypes]) for i in range(5)]
    yield "ties", [row(1, i % 2, valid_vals()) for i in range(10)]
    yield "one-row partitions", [row(i, 1, valid_vals()) for i in range(30)]
    for p in range(len(pools)):
        if pools[p] is None:
            continue
        for v in pools[p]:
            if "2000000" in v:
                continue
            vals = valid_vals()
            vals[p] = v
            yield f"edge {v}", [row(1, i, valid_vals() if i != 3 else vals) for i in range(8)]
    while True:
        n = fz.rng.choice([1, 2, 3, 7, 50, 200])
        yield "random", [row(fz.rng.randrange(3), fz.rng.randrange(n), rand_vals())
                         for _ in range(n)]


FRAMES = [
    "ORDER BY o",
    "",
    "ORDER BY o DESC",
    "ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING",
    "ORDER BY o ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
    "ORDER BY o ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING",
    "ORDER BY o GROUPS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW",
    "ORDER BY o RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES",
]


def values_sql(rows, types):
    cols = ", ".join(f"a{i}" for i in range(len(types)))
    casted = []
    for r in rows:
        vals = r[:2] + [f"({v})::{t}" for v, t in zip(r[2:], types)]
        casted.append("(" + ", ".join(vals) + ")")
    return f"(VALUES {', '.join(casted)}) AS v(g, o{', ' + cols if cols else ''})", cols


def fuzz_function(fz, f, csv_stream, share):
    oid, name, kind, retset, types, typtypes, argnames = f
    fz.argtypes = types
    csv_args = {i for i, n in enumerate(argnames or [])
                if types[i] == "text" and n and "csv" in n.lower()}
    if "csv" in name and types == ["text"]:
        csv_args = {0}
    pools = pools_for(fz, list(zip(types, typtypes)), csv_args)
    qname = f"egov.{name}"
    deadline = time.time() + share
    if kind in ("f", "p"):
        gen = calls(fz, pools, csv_stream)
        for args in gen:
            if time.time() > deadline or fz.expired():
                break
            call = f"{qname}({', '.join(args)})"
            sql = f"SELECT * FROM {call}" if retset else f"SELECT {call}"
            fz.run(sql, name)
        return
    shapes = datasets(fz, pools, csv_stream)
    for dname, rows in shapes:
        if time.time() > deadline or fz.expired():
            break
        src, cols = values_sql(rows, types)
        if kind == "a":
            fz.run(f"SELECT {qname}({cols}) FROM {src}", name)
            fz.run(f"SELECT g, {qname}({cols}) FROM {src} GROUP BY g", name)
            fz.run(f"SELECT {qname}({cols}) FROM {src} WHERE false", name)
            fz.run(f"SELECT {qname}({cols}) OVER (PARTITION BY g ORDER BY o) FROM {src}", name)
        else:
            frame = fz.rng.choice(FRAMES)
            fz.run(f"SELECT g, o, {qname}({cols}) OVER (PARTITION BY g {frame}) FROM {src}",
                   name)
            fz.run(f"SELECT {qname}({cols}) OVER () FROM {src}", name)
            fz.run(f"SELECT {qname}({cols}) OVER (ORDER BY o) FROM {src} WHERE false", name)


def fuzz_parallel(fz, aggregates):
    """Aggregates in a parallel plan: partial states are combined, and
    serialised if the state is internal."""
    if not aggregates:
        return
    with fz.conn.cursor() as cur:
        # a real table: temporary ones are never scanned in parallel
        cur.execute("DROP TABLE IF EXISTS public.egov_edge_par")
        cur.execute("""
            CREATE TABLE public.egov_edge_par AS
            SELECT i % 5 AS g, random() AS x, random() AS y, random() AS z,
                   ARRAY[random(), random(), random()] AS a, (i % 3)::int AS n
            FROM generate_series(1, 200000) AS i""")
        cur.execute("ANALYZE public.egov_edge_par")
    fz.conn.commit()
    setup = ("SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0; "
             "SET LOCAL min_parallel_table_scan_size = 0; "
             "SET LOCAL max_parallel_workers_per_gather = 2; ")
    for oid, name, kind, retset, types, typtypes, argnames in aggregates:
        cols = []
        floats = iter(["x", "y", "z", "x", "y", "z"])
        for t in types:
            if t == "double precision":
                cols.append(next(floats))
            elif t == "double precision[]":
                cols.append("a")
            elif t in ("integer", "bigint", "smallint"):
                cols.append(f"n::{t}")
            else:
                cols = None
                break
        if cols is None:
            continue
        call = f"egov.{name}({', '.join(cols)})"
        fz.run(setup + f"SELECT {call} FROM public.egov_edge_par", name)
        fz.run(setup + f"SELECT g, {call} FROM public.egov_edge_par GROUP BY g", name)
    with fz.conn.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS public.egov_edge_par")
    fz.conn.commit()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", required=True)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                   "data", "un-desa"))
    ap.add_argument("--figures")
    opt = ap.parse_args()

    start = time.time()
    fz = Fuzzer(opt.dsn, opt.seed, start + opt.seconds)
    funcs = fz.query("""
        SELECT p.oid, p.proname, p.prokind, p.proretset,
               array(SELECT format_type(t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY AS a(t, k) ORDER BY k),
               array(SELECT typtype::text FROM unnest(p.proargtypes) WITH ORDINALITY AS a(t, k)
                     JOIN pg_type ON pg_type.oid = a.t ORDER BY k),
               -- the names of the input arguments only
               CASE WHEN p.proargnames IS NOT NULL THEN
               array(SELECT n FROM unnest(p.proargnames, coalesce(p.proargmodes, array_fill('i'::"char", ARRAY[cardinality(p.proargnames)])))
                     WITH ORDINALITY AS a(n, m, k) WHERE m IN ('i', 'b', 'v') ORDER BY k) END
        FROM pg_proc AS p
        WHERE p.pronamespace = 'egov'::regnamespace AND p.prokind IN ('f', 'a', 'w')
          AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
        ORDER BY p.proname, p.oid""")
    editions = []
    for fn in sorted(os.listdir(opt.data)):
        if fn.endswith(".csv"):
            with open(os.path.join(opt.data, fn), encoding="utf-8") as fh:
                editions.append(fh.read())
    csv_stream = csv_mutants(fz.rng, editions)

    print(f"edge fuzz: seed {opt.seed}, {len(funcs)} egov functions:",
          ", ".join(f"{f[1]}({', '.join(f[4])})" for f in funcs))
    aggregates = [f for f in funcs if f[2] == "a"]
    # two passes: the first gives every function its systematic cases, the
    # second spends the rest of the time at random
    for rnd in range(2):
        order = list(funcs)
        if rnd:
            fz.rng.shuffle(order)
        for i, f in enumerate(order):
            left = fz.deadline - time.time()
            if left <= 0:
                break
            share = left / (len(order) - i) if rnd else min(left, opt.seconds / (2 * len(funcs)))
            fuzz_function(fz, f, csv_stream, share)
        if rnd == 0:
            fuzz_parallel(fz, aggregates)

    elapsed = time.time() - start
    print(f"edge fuzz: {fz.statements} statements in {elapsed:.0f}s: {fz.values} values, "
          f"{sum(fz.by_state.values())} errors, {len(fz.lost)} connections lost")
    print("errors by SQLSTATE:", ", ".join(f"{s} {n}" for s, n in fz.by_state.most_common()))
    print("errors by function and SQLSTATE:")
    for (fname, state), n in sorted(fz.by_function.items()):
        print(f"  {fname} {state} {n}")
    if fz.internal:
        print(f"internal errors (XX000): {len(fz.internal)}; first ones:")
        for sql, msg in fz.internal[:10]:
            print(f"  {msg}\n    {sql[:500]}")
    for sql in fz.lost[:10]:
        print(f"LOST CONNECTION: {sql[:2000]}")
    if opt.figures:
        with open(opt.figures, "w") as fh:
            fh.write(f"statements {fz.statements}\nvalues {fz.values}\n"
                     f"errors {sum(fz.by_state.values())}\ninternal {len(fz.internal)}\n"
                     f"lost {len(fz.lost)}\nseconds {elapsed:.0f}\nseed {opt.seed}\n")
            for s, n in sorted(fz.by_state.items()):
                fh.write(f"sqlstate_{s} {n}\n")
    return 1 if fz.lost else 0


if __name__ == "__main__":
    sys.exit(main())
