#!/usr/bin/python3
"""What a BI tool sees of egov's survey report through the PostgreSQL ODBC
driver, read with unixODBC's isql and iusql: column names and ODBC types
(SQLColumns, as tools browse a view), values of a few published 2022 rows,
and EGDI groups counted on the client from the level column.

Usage: odbc_check.py DSN VIEW COLUMNS EXPECTED LEVELS
  DSN       ODBC data source (ODBCINI/ODBCSYSINI set); its ConnSettings put
            VIEW's schema first on the search_path
  VIEW      the report view without schema, e.g. egdi_report
  COLUMNS, EXPECTED, LEVELS as for EgovJdbcCheck.java
Prints "ok - ..." / "not ok - ..." lines; exits 1 if any check fails.
"""

import subprocess
import sys
from collections import Counter
from decimal import Decimal

SEP = "|"
# ODBC SQL types (sql.h, sqlext.h, sqlucode.h) that fit each kind.  Text
# must not be SQL_LONGVARCHAR (-1) or SQL_WLONGVARCHAR (-10): BI tools treat
# those as memo fields they cannot group by.
KIND_TYPES = {
    "integer": {4, 5, -5},          # SQL_INTEGER, SQL_SMALLINT, SQL_BIGINT
    "numeric": {2, 3},              # SQL_NUMERIC, SQL_DECIMAL
    "float": {6, 7, 8},             # SQL_FLOAT, SQL_REAL, SQL_DOUBLE
    "text": {1, 12, -8, -9},        # SQL_CHAR, SQL_VARCHAR, SQL_WCHAR, SQL_WVARCHAR
}

failed = 0


def check(good, what, detail=""):
    global failed
    print(("ok - " if good else "not ok - ") + what)
    if not good:
        failed += 1
        for line in str(detail).splitlines() or [""]:
            print("#   " + line)


def spec_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def run(tool, dsn, sql, encoding):
    """Rows (lists of fields; the first is the header) of one statement run
    by isql or iusql in batch mode.  iusql prints each UTF-16 code unit as
    one byte, so its output decodes as Latin-1."""
    proc = subprocess.run([tool, dsn, "-b", "-c", "-d" + SEP], input=sql + "\n",
                          capture_output=True, timeout=60,
                          encoding=encoding, errors="replace")
    out = proc.stdout + proc.stderr
    if proc.returncode != 0 or "ERROR" in out:
        raise RuntimeError("%s exited %d: %s" % (tool, proc.returncode, out.strip()))
    return [line.split(SEP) for line in proc.stdout.splitlines() if line != ""]


def same(kind, got, want, tolerance):
    if kind == "text":
        return got == want
    try:
        return abs(Decimal(got) - Decimal(want)) <= Decimal(tolerance or "0")
    except ArithmeticError:
        return False


def main():
    dsn, view = sys.argv[1], sys.argv[2]
    kinds = dict(l.split() for l in spec_lines(sys.argv[3]))
    expected = [l.split("|") for l in spec_lines(sys.argv[4])]
    levels = {l.split("|")[0]: int(l.split("|")[1]) for l in spec_lines(sys.argv[5])}
    countries = sorted({e[0] for e in expected})

    # SQLColumns on the view, as a BI tool browsing the database sees it
    try:
        rows = run("isql", dsn, "help " + view, "utf-8")
        head, body = rows[0], rows[1:]
        cols = [dict(zip(head, r)) for r in body]
        names = [c["COLUMN_NAME"] for c in cols]
        check(names == list(kinds), "SQLColumns lists the columns of " + view,
              "got %s" % names)
        for c in cols:
            kind = kinds.get(c["COLUMN_NAME"])
            if kind:
                check(int(c["DATA_TYPE"]) in KIND_TYPES[kind],
                      "%s is browsed through ODBC as %s" % (c["COLUMN_NAME"], kind),
                      "DATA_TYPE %s (%s)" % (c["DATA_TYPE"], c["TYPE_NAME"]))
    except (RuntimeError, IndexError, KeyError, ValueError) as e:
        check(False, "SQLColumns on " + view, e)

    query = ("SELECT * FROM %s WHERE survey_year = 2022 AND iso3 IN (%s) ORDER BY iso3"
             % (view, ", ".join("'%s'" % c for c in countries)))
    for tool, encoding in (("isql", "utf-8"), ("iusql", "latin-1")):
        try:
            rows = run(tool, dsn, query, encoding)
        except RuntimeError as e:
            check(False, "%s reads %s" % (tool, view), e)
            continue
        head = rows[0]
        check(head == list(kinds), "%s: columns of %s" % (tool, view), "got %s" % head)
        by_iso3 = {r[head.index("iso3")]: dict(zip(head, r)) for r in rows[1:]
                   if "iso3" in head and len(r) == len(head)}
        check(sorted(by_iso3) == countries, "%s: one 2022 row for each of %s" % (tool, countries),
              "got %s" % sorted(by_iso3))
        for e in expected:
            iso3, col, want = e[0], e[1], e[2]
            tol = e[3] if len(e) > 3 else None
            got = by_iso3.get(iso3, {}).get(col)
            check(got is not None and same(kinds.get(col, "text"), got, want, tol),
                  "%s: %s %s = %s%s" % (tool, iso3, col, want, " within " + tol if tol else ""),
                  "got %r" % got)

    # a BI tool groups on the client: count the 2022 countries by level
    try:
        rows = run("isql", dsn, "SELECT level FROM %s WHERE survey_year = 2022" % view, "utf-8")
        counted = Counter(r[0] for r in rows[1:])
        check(dict(counted) == levels, "2022 countries grouped by level on the client",
              "got %s, want %s" % (dict(counted), levels))
    except RuntimeError as e:
        check(False, "isql reads the levels", e)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
