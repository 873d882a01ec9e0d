#!/usr/bin/python3
"""What a BI tool sees of one of egov's report views through the PostgreSQL
ODBC driver, read with unixODBC's isql and iusql: column names and ODBC
types (SQLColumns, as tools browse a view), values of a few published rows,
and optionally EGDI groups counted on the client from the level column.

Usage: odbc_check.py DSN VIEW KEY COLUMNS EXPECTED [LEVELS]
  DSN       ODBC data source (ODBCINI/ODBCSYSINI set) whose ConnSettings put
            VIEW's schema first on the search_path (SQLColumns looks there)
  VIEW, KEY, COLUMNS, EXPECTED, LEVELS as for EgovJdbcCheck.java
Prints "ok - ..." / "not ok - ..." lines; exits 1 if any check fails.
"""

import subprocess
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

SEP = "|"
# ODBC SQL types (sql.h, sqlext.h, sqlucode.h) that fit each kind.  Text
# must not be SQL_LONGVARCHAR (-1) or SQL_WLONGVARCHAR (-10): BI tools treat
# those as memo fields they cannot group by.
KIND_TYPES = {
    "integer": {4, 5, -5},          # SQL_INTEGER, SQL_SMALLINT, SQL_BIGINT
    "numeric": {2, 3},              # SQL_NUMERIC, SQL_DECIMAL
    "float": {6, 7, 8},             # SQL_FLOAT, SQL_REAL, SQL_DOUBLE
    "boolean": {-7},                # SQL_BIT
    "text": {1, 12, -8, -9},        # SQL_CHAR, SQL_VARCHAR, SQL_WCHAR, SQL_WVARCHAR
}
ODBC_BOOL = {"1": "true", "0": "false"}

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


def base(kind):
    """A kind without its "(P,S)"."""
    return kind.split("(")[0]


def precision_scale(kind):
    """(precision, scale) that a kind "numeric(P,S)" requires, or None."""
    if "(" not in kind:
        return None
    p, s = kind[kind.index("(") + 1:-1].split(",")
    return int(p), int(s)


def same(kind, got, want, tolerance):
    """isql prints NULL as an empty field; a numeric(P,S) value has S decimals."""
    if want == "NULL":
        return got == ""
    ps = precision_scale(kind)
    kind = base(kind)
    if ps and (len(got.partition(".")[2]) != ps[1]):
        return False
    if kind == "text":
        return got == want
    if kind == "boolean":
        return ODBC_BOOL.get(got) == want
    try:
        return abs(Decimal(got) - Decimal(want)) <= Decimal(tolerance or "0")
    except InvalidOperation:
        return False


def main():
    dsn, view, key = sys.argv[1:4]
    kinds = dict(l.split() for l in spec_lines(sys.argv[4]))
    expected = [l.split("|") for l in spec_lines(sys.argv[5])]
    levels = None
    if len(sys.argv) > 6:
        levels = {l.split("|")[0]: int(l.split("|")[1]) for l in spec_lines(sys.argv[6])}
    row_keys = sorted({(e[0], e[1]) for e in expected})

    # SQLColumns on the view, as a BI tool browsing the database sees it
    try:
        rows = run("isql", dsn, "help " + view.split(".")[-1], "utf-8")
        head = rows[0]
        cols = [dict(zip(head, r)) for r in rows[1:]]
        names = [c["COLUMN_NAME"] for c in cols]
        check(names == list(kinds), "%s: SQLColumns lists the columns" % view, "got %s" % names)
        for c in cols:
            kind = kinds.get(c["COLUMN_NAME"])
            if kind:
                check(int(c["DATA_TYPE"]) in KIND_TYPES[base(kind)],
                      "%s.%s is browsed through ODBC as %s" % (view, c["COLUMN_NAME"], kind),
                      "DATA_TYPE %s (%s)" % (c["DATA_TYPE"], c["TYPE_NAME"]))
                ps = precision_scale(kind)
                if ps:
                    # ODBC 3 names; an ODBC 2 application (isql) gets PRECISION and SCALE
                    size = c.get("COLUMN_SIZE", c.get("PRECISION"))
                    digits = c.get("DECIMAL_DIGITS", c.get("SCALE"))
                    check((size, digits) == tuple(str(v) for v in ps),
                          "%s.%s is browsed with precision %d and scale %d" % ((view, c["COLUMN_NAME"]) + ps),
                          "precision %s, scale %s (columns %s)" % (size, digits, sorted(c)))
    except (RuntimeError, IndexError, KeyError, ValueError) as e:
        check(False, "%s: SQLColumns" % view, e)

    query = ("SELECT * FROM %s WHERE (survey_year, %s) IN (%s)"
             % (view, key, ", ".join("(%d, '%s')" % (int(y), k.replace("'", "''"))
                                     for y, k in row_keys)))
    for tool, encoding in (("isql", "utf-8"), ("iusql", "latin-1")):
        try:
            rows = run(tool, dsn, query, encoding)
        except RuntimeError as e:
            check(False, "%s reads %s" % (tool, view), e)
            continue
        head = rows[0]
        check(head == list(kinds), "%s: %s: columns" % (tool, view), "got %s" % head)
        got_rows = {}
        if "survey_year" in head and key in head:
            for r in rows[1:]:
                if len(r) == len(head):
                    row = dict(zip(head, r))
                    got_rows[(row["survey_year"], row[key])] = row
        check(sorted(got_rows) == row_keys, "%s: %s: one row for each of %s" % (tool, view, row_keys),
              "got %s" % sorted(got_rows))
        for e in expected:
            year, k, col, want = e[:4]
            tol = e[4] if len(e) > 4 else None
            got = got_rows.get((year, k), {}).get(col)
            check(got is not None and same(kinds.get(col, "text"), got, want, tol),
                  "%s: %s: %s %s %s = %s%s" % (tool, view, year, k, col, want,
                                              " within " + tol if tol else ""),
                  "got %r" % got)

    # a BI tool groups on the client: count the 2022 countries by level
    if levels is not None:
        try:
            rows = run("isql", dsn, "SELECT level FROM %s WHERE survey_year = 2022 "
                       "AND level IS NOT NULL" % view, "utf-8")
            counted = Counter(r[0] for r in rows[1:])
            check(dict(counted) == levels, "%s: 2022 countries grouped by level on the client" % view,
                  "got %s, want %s" % (dict(counted), levels))
        except RuntimeError as e:
            check(False, "isql reads the levels of " + view, e)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
