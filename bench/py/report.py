"""Results: the CSV of every measurement, the markdown report with the
targets, and the chart of time per row against rows (gnuplot)."""

import csv
import math
import os
import subprocess
import tempfile

import targets as fixed_targets
import toolkit_workloads

# min_ms, median_ms and ns_per_row are on the `basis`: "cpu" (the backend's
# CPU time, serial queries), "wall" (server execution time, parallel
# queries) or "client" (wall clock at the client, workload 6).
FIELDS = ["kind", "rows", "workload", "variant", "role", "available", "runs", "basis",
          "min_ms", "median_ms", "ns_per_row", "exec_min_ms", "exec_median_ms",
          "queued_ms", "workers", "max_diff", "mismatches", "compared", "agree",
          "peak_bytes", "bytes_per_row", "note"]

TITLES = {
    "scalar": "1. scalar `sum(egdi(osi, hci, tii, year))`",
    "minmax": "2a. normalisation `minmax(x) OVER (PARTITION BY g)`",
    "zscore": "2b. normalisation `zscore(x) OVER (PARTITION BY g)`",
    "composite": "3. composite `composite(ARRAY[a,b,c,d]) OVER (PARTITION BY g)`",
    "rating": "4. rating classes `rating_class(egdi) OVER (PARTITION BY g)`",
    "aggregate": "5. aggregate `egdi_stats(egdi) … GROUP BY g`",
    "outside": "6. outside the database: pandas vs egov, end to end",
    "loader": "7. loader `import_un_csv` of a 10^5-row file against `COPY` of it",
}
TITLES.update(toolkit_workloads.TITLES)
ORDER = list(TITLES)
COLOURS = {"scalar": "#1f77b4", "minmax": "#ff7f0e", "zscore": "#2ca02c",
           "composite": "#d62728", "rating": "#9467bd", "aggregate": "#8c564b",
           "outside": "#e377c2", "loader": "#7f7f7f", **toolkit_workloads.COLOURS}
# Parallel variants are not drawn: at small sizes worker start-up (wall
# clock) dwarfs every other line.
DASH = {"egov": 1, "sql": 2, "floor": 3, "pandas": 4}


def _fmt(v, spec):
    return "" if v is None else format(v, spec)


def write_csv(records, path):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, extrasaction="ignore")
        w.writeheader()
        for r in records:
            row = dict(r)
            for k in ("available", "agree"):
                if k in row and row[k] is not None:
                    row[k] = "yes" if row[k] else "no"
            w.writerow(row)


def _times(records, workload, rows):
    return {r["role"]: r for r in records
            if r["kind"] == "time" and r["workload"] == workload and r["rows"] == rows
            and r.get("available")}


def _ratio(a, b):
    if a is None or b is None or not b:
        return None
    return a / b


def _target(what, value, limit, at_most, unit="×", fmt=".2f"):
    if value is None:
        return (what, "not measured", None)
    met = value <= limit if at_most else value >= limit
    return (what, f"{value:{fmt}}{unit}", met)


def targets(records, meta):
    n = meta["sizes"][-1]
    out = []

    def t(wl, role):
        r = _times(records, wl, n).get(role)
        return r["min_ms"] if r else None

    out.append(_target("scalar: egov ÷ plain SQL ≤ 1.0×",
                       _ratio(t("scalar", "egov"), t("scalar", "sql")), 1.0, True))
    for wl in ("minmax", "zscore"):
        out.append(_target(f"normalisation {wl}: egov ÷ plain SQL ≤ 1.0×",
                           _ratio(t(wl, "egov"), t(wl, "sql")), 1.0, True))
        out.append(_target(f"normalisation {wl}: egov ÷ sort floor ≤ 1.3×",
                           _ratio(t(wl, "egov"), t(wl, "floor")), 1.3, True))
    out.append(_target("composite: plain SQL ÷ egov ≥ 2×",
                       _ratio(t("composite", "sql"), t("composite", "egov")), 2.0, False))
    out.append(_target("rating classes: plain SQL ÷ egov ≥ 1.5×",
                       _ratio(t("rating", "sql"), t("rating", "egov")), 1.5, False))
    out.append(_target("aggregate serial: egov ÷ plain SQL ≤ 1.0×",
                       _ratio(t("aggregate", "egov"), t("aggregate", "sql")), 1.0, True))
    def wall(wl, role):
        r = _times(records, wl, n).get(role)
        return r["exec_min_ms"] if r else None

    out.append(_target("aggregate: egov serial ÷ egov with 2 workers ≥ 1.6× (wall)",
                       _ratio(wall("aggregate", "egov"), wall("aggregate", "egov-parallel")),
                       1.6, False))
    m = max((s for s in meta["sizes"] if s <= meta["pandas_max"]), default=None)
    tm = _times(records, "outside", m)
    out.append(_target(f"outside: pandas round trip ÷ in-database ≥ 3× (at {m:,} rows)"
                       if m else "outside: pandas round trip ÷ in-database ≥ 3×",
                       _ratio(tm.get("pandas", {}).get("min_ms"),
                              tm.get("egov", {}).get("min_ms")), 3.0, False))
    # the goal, 10^5 rows in under 2 s, where COPY takes 0.1 s (2-CPU machine)
    ld = _times(records, "loader", 100_000)
    out.append(_target("loader: import_un_csv ÷ COPY of the same 10^5-row file ≤ 20×",
                       _ratio(ld.get("egov", {}).get("min_ms"),
                              ld.get("floor", {}).get("min_ms")), 20.0, True))
    lo = 100_000
    if lo in meta["sizes"] and n > lo:
        bound = math.log(n) / math.log(lo)
        for wl in ORDER:
            a, b = _times(records, wl, lo).get("egov"), _times(records, wl, n).get("egov")
            if a and b:
                out.append(_target(
                    f"{wl}: egov time per row {lo:,} → {n:,} grows ≤ n log n "
                    f"(× {bound:.2f})", b["ns_per_row"] / a["ns_per_row"], bound, True))
    for wl, limit in fixed_targets.FLOOR_RATIOS:
        out.append(_target(f"{wl}: egov ÷ floor ≤ {limit:g}×",
                           _ratio(t(wl, "egov"), t(wl, "floor")), limit, True))
    for w, egov, floor, rows in partition_memory(records):
        out.append(_target(f"{w}: egov's own memory ≤ 16 bytes per partition row",
                           (egov - floor) / rows, 16, True, unit=" B", fmt=".1f"))
    return out


def partition_memory(records):
    """(workload, egov VmHWM, floor VmHWM, rows) of the one-partition probe."""
    out = []
    for wl in ORDER:
        rs = {r["role"]: r for r in records
              if r["kind"] == "partition-memory" and r["workload"] == wl}
        if rs.get("egov", {}).get("peak_bytes") and rs.get("floor", {}).get("peak_bytes"):
            out.append((wl, rs["egov"]["peak_bytes"], rs["floor"]["peak_bytes"],
                        rs["egov"]["rows"]))
    return out


def _mark(met):
    return "n/a" if met is None else ("met" if met else "**not met**")


def write_md(records, meta, path, png_name):
    n = meta["sizes"][-1]
    L = []
    L.append(f"# egov benchmark, {meta['date']}")
    L.append("")
    reps = (f"{meta['reps']} timed runs per variant" if meta["reps"] else
            "5 timed runs per variant up to 100,000 rows, 3 at 1,000,000, 2 beyond")
    L.append(f"`{meta['command']}` — PostgreSQL {meta['server_version']}, egov "
             f"{meta['egov_version']}, {meta['cpus']} CPUs, sizes "
             f"{', '.join(f'{s:,}' for s in meta['sizes'])} rows, {reps}, "
             f"seed {meta['seed']}, {meta['elapsed_s'] / 60:.1f} min in all, "
             f"{meta['generated']}; load average {meta['load_start'][0]:.1f} at the start, "
             f"{meta['load_end'][0]:.1f} at the end.")
    L.append("")
    L.append("Each variant runs once untimed, then the timed runs share one connection. "
             "**Time** is the backend's CPU time for the "
             "statement (`/proc/<pid>/schedstat`; it does not grow when other processes "
             "compete for the CPUs) for serial queries, and the server's execution time "
             "(`EXPLAIN (ANALYZE, TIMING OFF)`: no planning, no transfer to the client) for "
             "parallel ones; *execution* is always the latter; *queued* is the median time "
             "the backend waited for a CPU. Minimum and median of the runs; ratios use the "
             "minimum. Workload 6 is wall clock at the client. Session: "
             + ", ".join(f"`{k}={v}`" for k, v in meta["settings"].items())
             + f"; server `shared_buffers={meta.get('shared_buffers', '?')}`"
             + f"; parallel variants force 2 workers. Results agree when every row "
             f"matches within {meta['tolerance']:g} (labels and counts exactly).")
    L.append("")
    L.append(f"![time per row against rows]({png_name})")
    L.append("")
    L.append(f"## Targets (at {n:,} rows)")
    L.append("")
    L.append("| target | measured | |")
    L.append("| --- | ---: | --- |")
    for what, measured, met in targets(records, meta):
        L.append(f"| {what} | {measured} | {_mark(met)} |")
    missing = [r for r in records if r["kind"] == "time" and not r.get("available")]
    if missing:
        L.append("")
        L.append("| workload | |")
        L.append("| --- | --- |")
        for r in missing:
            size = f" ({r['rows']:,} rows)" if r.get("rows") else ""
            L.append(f"| {TITLES.get(r['workload'], r['workload'])}{size} | {r['note']} |")
    L.append("")
    L.append("## Times")
    for wl in ORDER:
        rows_of = [r for r in records if r["kind"] == "time" and r["workload"] == wl
                   and r.get("available")]
        if not rows_of:
            continue
        L.append("")
        L.append(f"### {TITLES[wl]}")
        L.append("")
        L.append("| rows | variant | time min ms | time median ms | ns/row | execution min ms "
                 "| queued ms | egov ÷ competitor | egov ÷ floor | agree |")
        L.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for size in sorted({r["rows"] for r in rows_of}):
            ts = _times(records, wl, size)
            checks = {r["variant"]: r for r in records if r["kind"] == "check"
                      and r["workload"] == wl and r["rows"] == size}
            for r in [r for r in rows_of if r["rows"] == size]:
                ratio = fratio = None
                agree = ""
                extra = ""
                if r["role"].startswith("egov"):
                    parallel = r["role"] == "egov-parallel"
                    base = ts.get("pandas" if wl == "outside" else
                                  "sql-parallel" if parallel else "sql")
                    ratio = _ratio(r["min_ms"], base and base["min_ms"])
                    if not parallel:
                        fratio = _ratio(r["min_ms"], ts.get("floor", {}).get("min_ms"))
                    chk = [c for label, c in checks.items()
                           if ("2 workers" in label) == parallel]
                    if chk:
                        agree = "yes" if chk[0]["agree"] else f"**no** ({chk[0]['mismatches']} rows)"
                    if parallel and ts.get("egov"):
                        extra = (f" ({r['workers']} workers launched; speed-up over "
                                 "serial execution "
                                 f"{ts['egov']['exec_min_ms'] / r['exec_min_ms']:.3g}×)")
                elif r.get("workers"):
                    extra = f" ({r['workers']} workers launched)"
                basis = "" if r["basis"] == "cpu" else f" [{r['basis']}]"
                L.append(f"| {size:,} | {r['variant']}{extra}{basis} | {r['min_ms']:.2f} | "
                         f"{r['median_ms']:.2f} | {r['ns_per_row']:.1f} | "
                         f"{_fmt(r.get('exec_min_ms'), '.2f')} | "
                         f"{_fmt(r.get('queued_ms'), '.1f')} | "
                         f"{_fmt(ratio, '.2f')} | {_fmt(fratio, '.2f')} | {agree} |")
    checks = [r for r in records if r["kind"] == "check"]
    if checks:
        L.append("")
        L.append("## Agreement")
        L.append("")
        L.append("| rows | workload | compared | rows differing | max abs difference | agree |")
        L.append("| ---: | --- | ---: | ---: | ---: | --- |")
        for r in checks:
            L.append(f"| {r['rows']:,} | {r['workload']} ({r['variant']}) | {r['compared']:,} | "
                     f"{r['mismatches']} | {_fmt(r['max_diff'], '.3g') or '—'} | "
                     f"{'yes' if r['agree'] else '**no**'} |")
    mem = [r for r in records if r["kind"] == "time" and r["rows"] == n
           and r.get("peak_bytes")]
    if mem:
        L.append("")
        L.append(f"## Peak memory at {n:,} rows")
        L.append("")
        L.append("VmHWM of a fresh backend after one run of the query (includes the shared "
                 "buffers the backend touched, the sort and the window tuplestore; `work_mem` "
                 "as above; for parallel plans the leader's only).")
        L.append("")
        L.append("| workload | variant | VmHWM MiB | bytes/row | − floor, bytes/row |")
        L.append("| --- | --- | ---: | ---: | ---: |")
        for r in mem:
            fl = next((m for m in mem if m["workload"] == r["workload"]
                       and m["role"] == "floor"), None)
            diff = None
            if fl and fl is not r and r["peak_bytes"] and fl["peak_bytes"]:
                diff = (r["peak_bytes"] - fl["peak_bytes"]) / r["rows"]
            note = ""
            L.append(f"| {r['workload']} | {r['variant']}{note} | "
                     f"{_fmt(r['peak_bytes'] and r['peak_bytes'] / 2**20, '.1f')} | "
                     f"{_fmt(r['bytes_per_row'], '.1f')} | {_fmt(diff, '.1f')} |")
    pm = partition_memory(records)
    if pm:
        L.append("")
        L.append(f"## egov's own memory: one partition of {pm[0][3]:,} rows")
        L.append("")
        L.append("The same window query over a table whose rows are all one partition; "
                 "egov's VmHWM minus the floor's (`count(*) OVER` carrying the same columns, "
                 "so the same sort and tuplestore) is what egov itself holds.")
        L.append("")
        L.append("| workload | egov VmHWM MiB | floor VmHWM MiB | egov's own, bytes per partition row |")
        L.append("| --- | ---: | ---: | ---: |")
        for wl, egov, floor, rows in pm:
            L.append(f"| {wl} | {egov / 2**20:.1f} | {floor / 2**20:.1f} | "
                     f"{(egov - floor) / rows:.1f} |")
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


def write_png(records, meta, path):
    series = []
    # the loader is timed at one size: no line to draw
    for wl in [w for w in ORDER if w != "loader"]:
        for role in DASH:
            pts = sorted((r["rows"], r["ns_per_row"]) for r in records
                         if r["kind"] == "time" and r["workload"] == wl
                         and r.get("role") == role and r.get("available")
                         and not r.get("note", "").startswith("same query"))
            if pts:
                name = next(r["variant"] for r in records if r["kind"] == "time"
                            and r["workload"] == wl and r.get("role") == role)
                series.append((f"{wl}: {name}", COLOURS[wl], DASH[role],
                               3 if role.startswith("egov") else 1.5, pts))
    if not series:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        dat = os.path.join(tmp, "series.dat")
        with open(dat, "w") as f:
            for _, _, _, _, pts in series:
                for x, y in pts:
                    f.write(f"{x} {y}\n")
                f.write("\n\n")
        plots = ", ".join(
            f"'{dat}' index {i} with linespoints lc rgb '{c}' dt {d} lw {w} pt 7 ps 0.6 "
            f"title '{t}'" for i, (t, c, d, w, _) in enumerate(series))
        script = f"""
set terminal pngcairo size 1280,800 font ',10'
set output '{path}'
set title 'egov benchmark {meta['date']}: time per row, min of runs (solid egov, dashed plain SQL or pandas, dotted floor; serial)'
set logscale xy
set xlabel 'rows'
set ylabel 'ns per row'
set format x '10^{{%L}}'
set grid
set key outside right top
plot {plots}
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
    return path


def write_all(records, meta, out, tag):
    paths = [os.path.join(out, f"{tag}.csv"), os.path.join(out, f"{tag}.md")]
    write_csv(records, paths[0])
    write_md(records, meta, paths[1], f"{tag}.png")
    png = write_png(records, meta, os.path.join(out, f"{tag}.png"))
    if png:
        paths.append(png)
    return paths
