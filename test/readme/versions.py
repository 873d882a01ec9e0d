#!/usr/bin/python3
"""The versions the documentation names agree with egov.control.

Reads default_version from egov.control and the released versions from
test/upgrade/egov--<version>.sql.gz, then checks README.md and doc/*.md:

* a file name of egov with a version (egov-0.5.0.zip, the directory
  egov-0.5.0, postgresql-15-egov_0.5.0_amd64.deb) names the current version;
* "the current (development) version is X" says the current version, and a
  source list named beside it (sql/upgrade/A--B) exists and ends at it;
* a chain of updates (0.1.0 -> 0.2.0 -> ...) ends at the current version, and
  an extversion shown in an example is the current version;
* every egov version named (0.x.y) is a release or the current version, so a
  version that does not exist cannot be documented (0.0.0 is the version the
  upgrade harness's self-test plays).
The README must name the current version's package and zip (so the checks
have something to check).

Usage: versions.py   TAP lines, one per document; exits 1 on a mismatch.
"""

import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "oracle"))
from examples import ROOT, documents  # noqa: E402
from tap import Tap  # noqa: E402
V = r"\d+\.\d+\.\d+"
FILE_NAME = re.compile(rf"\begov[-_]({V})(?![\d.]*\d)")
CURRENT = re.compile(rf"current (?:development )?version is ({V})")
SOURCE_LIST = re.compile(rf"current (?:development )?version is ({V})[^`]*`(sql/upgrade/({V})--({V}))`")
CHAIN = re.compile(rf"{V}(?:\s*(?:->|→)\s*{V})+")
EXTVERSION = re.compile(rf"extversion\b.*--\s*({V})\s*$")
EGOV_VERSION = re.compile(r"(?<![\w.])0\.\d+\.\d+(?![\w.]*\d)")


def current_version():
    with open(os.path.join(ROOT, "egov.control"), encoding="utf-8") as f:
        m = re.search(r"^default_version\s*=\s*'([^']+)'", f.read(), re.M)
    if not m:
        raise SystemExit("versions.py: no default_version in egov.control")
    return m.group(1)


def released():
    return {re.sub(r"^egov--|\.sql\.gz$", "", os.path.basename(p))
            for p in glob.glob(os.path.join(ROOT, "test", "upgrade", "egov--*.sql.gz"))}


def problems(text, current, known):
    found = []
    for n, line in enumerate(text.split("\n"), 1):
        for m in FILE_NAME.finditer(line):
            if m.group(1) != current:
                found.append(f"line {n}: file name {m.group(0)} (current {current})")
        for m in CURRENT.finditer(line):
            if m.group(1) != current:
                found.append(f"line {n}: {m.group(0)!r} (current {current})")
        for m in CHAIN.finditer(line):
            if not m.group(0).endswith(current):
                found.append(f"line {n}: update chain {m.group(0)!r} does not end at {current}")
        m = EXTVERSION.search(line)
        if m and m.group(1) != current:
            found.append(f"line {n}: extversion shown as {m.group(1)} (current {current})")
        for m in EGOV_VERSION.finditer(line):
            if m.group(0) not in known:
                found.append(f"line {n}: version {m.group(0)} is neither released nor current")
    flat = " ".join(text.split())
    for m in SOURCE_LIST.finditer(flat):
        if m.group(4) != current or not os.path.exists(os.path.join(ROOT, m.group(2))):
            found.append(f"source list {m.group(2)}: must exist and end at {current}")
    return found



def main():
    current = current_version()
    known = released() | {current, "0.0.0"}
    tap = Tap()
    for doc in documents():
        with open(os.path.join(ROOT, doc), encoding="utf-8") as f:
            text = f.read()
        found = problems(text, current, known)
        tap.check(not found, f"{doc}: the versions it names agree with egov.control ({current})",
                  "; ".join(found))
        if doc == "README.md":
            wanted = [f"postgresql-15-egov_{current}_", f"egov-{current}.zip"]
            missing = [w for w in wanted if w not in text]
            tap.check(not missing, f"README.md names the {current} package and zip",
                      "missing " + ", ".join(missing))
    print(f"# {tap.passed} passed, {tap.failed} failed")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
