#!/usr/bin/python3
"""Every SQL example of the documentation, run.

Finds every fenced ```sql block of README.md and doc/*.md (also indented
ones, inside lists) and runs each, in document order, through psql with
ON_ERROR_STOP in a fresh database per document: README.md's in database
"mydb" (the name its examples use), each doc/*.md in its own.  README's
first example installs egov as a role that is not superuser; the others'
databases get egov from the runner.

An HTML comment on the line before a block (invisible on the rendered page)
may say
  <!-- example setup: SQL -->   run SQL first, in the same session
  <!-- example skip: why -->    a sketch, not meant to run (counted as skip)
A line ending in "-- as ROLE" runs as that role (SET ROLE), one ending in
"-- as a superuser" as the connecting superuser.

Usage: examples.py [--list] [--keep] [--only FILE] [--installer ROLE]
  --list       print the blocks and exit
  --keep       keep the databases
  --installer  egov is installed in the doc/*.md databases by ROLE (which
               then gets CREATE on the database), not by the superuser
As a module: run(hook=FUNC) calls FUNC(db, doc, phase, tap, where) with
phase "before" ahead of every block (where: "doc:line") and "after" once a
document is done (where: None; the
security suite plants its traps and checks for them so).
Connection through the PG* environment.  TAP lines, one per block; exits 1
if a block fails.
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "oracle"))
from tap import Tap  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
DIRECTIVE = re.compile(r"^\s*<!--\s*example\s+(setup|skip):\s*(.*?)\s*-->\s*$", re.S)
AS_ROLE = re.compile(r"--\s*as\s+(a superuser|[a-z_][a-z0-9_]*)\b.*$")


def documents():
    docs = ["README.md"]
    docdir = os.path.join(ROOT, "doc")
    docs += sorted("doc/" + f for f in os.listdir(docdir) if f.endswith(".md"))
    return docs


def blocks(doc):
    """(line, sql, directives) for every ```sql block of doc, in order."""
    with open(os.path.join(ROOT, doc), encoding="utf-8") as f:
        lines = f.read().split("\n")
    found = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m or m.group(2) != "sql":
            # skip over other fenced blocks whole
            if m and m.group(2):
                j = i + 1
                while j < len(lines) and not FENCE.match(lines[j]):
                    j += 1
                i = j + 1
                continue
            i += 1
            continue
        indent = len(m.group(1))
        directives = {}
        k = i - 1
        while k >= 0 and lines[k].rstrip().endswith("-->"):
            start = k
            while start > 0 and not lines[start].lstrip().startswith("<!--"):
                start -= 1
            d = DIRECTIVE.match("\n".join(lines[start:k + 1]))
            if not d:
                break
            directives[d.group(1)] = d.group(2)
            k = start - 1
        j = i + 1
        body = []
        while j < len(lines) and not FENCE.match(lines[j]):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j])
            j += 1
        found.append((i + 1, "\n".join(body), directives))
        i = j + 1
    return found


def with_roles(sql):
    """Put SET ROLE / RESET ROLE before lines that say whom they run as."""
    out = []
    for line in sql.split("\n"):
        m = AS_ROLE.search(line)
        if m:
            who = m.group(1)
            out.append("RESET ROLE;" if who == "a superuser" else f"SET ROLE {who};")
        out.append(line)
    return "\n".join(out)


def psql(db, sql, stop=True):
    args = ["psql", "-X", "-q", "-d", db, "-v", "VERBOSITY=default"]
    if stop:
        args += ["-v", "ON_ERROR_STOP=1"]
    return subprocess.run(args, input=sql, text=True, capture_output=True)


def admin(sql):
    r = psql("postgres", sql)
    if r.returncode != 0:
        raise SystemExit(f"examples.py: {sql!r}: {r.stderr.strip()}")


def db_name(doc):
    return "mydb" if doc == "README.md" else \
        "egov_example_" + re.sub(r"\W", "_", os.path.basename(doc)[:-3])


def run(only=None, keep=False, hook=None, tap=None, installer=None):
    tap = tap or Tap()
    for doc in documents():
        if only and doc != only:
            continue
        found = blocks(doc)
        if not found:
            continue
        db = db_name(doc)
        admin(f'DROP DATABASE IF EXISTS "{db}"')
        admin(f'CREATE DATABASE "{db}"')
        if doc != "README.md":
            install = "CREATE EXTENSION egov"
            if installer:
                install = (f'GRANT CREATE ON DATABASE "{db}" TO {installer};\n'
                           f"SET ROLE {installer};\n{install};\nRESET ROLE;")
            r = psql(db, install)
            if r.returncode != 0:
                raise SystemExit(f"examples.py: CREATE EXTENSION egov in {db}: {r.stderr}")
        for line, sql, directives in found:
            where = f"{doc}:{line}"
            if hook:
                hook(db, doc, "before", tap, where)
            if "skip" in directives:
                print(f"ok {tap.passed + tap.failed + 1} - {where} # SKIP {directives['skip']}")
                tap.passed += 1
                continue
            script = (directives.get("setup", "") + "\n" + with_roles(sql)).strip() + "\n"
            r = psql(db, script)
            tap.check(r.returncode == 0, f"{where} runs",
                      " ".join(r.stderr.split())[:400])
        if hook:
            hook(db, doc, "after", tap, None)
        if not keep:
            admin(f'DROP DATABASE IF EXISTS "{db}"')
    return tap


def main():
    args = sys.argv[1:]
    only = installer = None
    if "--only" in args:
        only = args[args.index("--only") + 1]
    if "--installer" in args:
        installer = args[args.index("--installer") + 1]
    if "--list" in args:
        for doc in documents():
            for line, sql, directives in blocks(doc):
                print(f"== {doc}:{line} {directives or ''}\n{sql}")
        return 0
    tap = run(only, "--keep" in args, installer=installer)
    print(f"# {tap.passed} passed, {tap.failed} failed")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
