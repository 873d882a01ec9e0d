#!/usr/bin/python3
"""Check egov's META.json: JSON syntax, the PGXN Meta Spec 1.0.0 (through a
JSON schema written from the spec), and agreement with egov.control and the
files in the tree.  Then check that the checker rejects broken variants, so
that a passing run means something.

Usage: check_meta.py ROOT   (ROOT holds META.json and egov.control)
Prints TAP-style "ok"/"not ok" lines; exits 1 if any is "not ok".
"""

import copy
import json
import os
import re
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATH = os.path.join(HERE, "pgxn-meta-1.0.0.schema.json")

REQUIRED_TYPES = {
    "name": str,
    "abstract": str,
    "description": str,
    "version": str,
    "maintainer": (str, list),
    "license": (str, list, dict),
    "provides": dict,
    "prereqs": dict,
    "tags": list,
    "meta-spec": dict,
}


def reject_duplicates(pairs):
    keys = [k for k, _ in pairs]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    if dups:
        raise ValueError("duplicate key(s) %s" % ", ".join(dups))
    return dict(pairs)


def control_settings(root):
    """egov.control as a dict (values without quotes)."""
    settings = {}
    with open(os.path.join(root, "egov.control"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*(\w+)\s*=\s*'?(.*?)'?\s*$", line)
            if m and not line.lstrip().startswith("#"):
                settings[m.group(1)] = m.group(2)
    return settings


def problems(meta, root, validator):
    """Every way meta falls short, as a list of messages (empty: fine)."""
    out = ["schema: %s at /%s" % (e.message, "/".join(map(str, e.absolute_path)))
           for e in validator.iter_errors(meta)]
    if not isinstance(meta, dict):
        return out + ["META.json is not a JSON object"]
    for key, typ in REQUIRED_TYPES.items():
        if key not in meta:
            out.append("missing key %s" % key)
        elif not isinstance(meta[key], typ):
            out.append("key %s has type %s" % (key, type(meta[key]).__name__))
    control = control_settings(root)
    want = control.get("default_version")
    if not want:
        out.append("egov.control has no default_version")
    if meta.get("name") != "egov":
        out.append("name is %r, not 'egov'" % meta.get("name"))
    if meta.get("version") != want:
        out.append("version %r differs from default_version %r" % (meta.get("version"), want))
    if meta.get("license") != "postgresql":
        out.append("license is %r, not 'postgresql'" % meta.get("license"))
    ext = meta.get("provides", {}).get("egov") if isinstance(meta.get("provides"), dict) else None
    if not isinstance(ext, dict):
        out.append("provides has no extension egov")
    else:
        if ext.get("version") != want:
            out.append("provides.egov.version %r differs from default_version %r"
                       % (ext.get("version"), want))
        for key in ("file", "docfile"):
            path = ext.get(key)
            if not isinstance(path, str) or not os.path.isfile(os.path.join(root, path)):
                out.append("provides.egov.%s %r is not a file in the tree" % (key, path))
    try:
        pg = meta["prereqs"]["runtime"]["requires"]["PostgreSQL"]
        if pg != "15.0.0":
            out.append("prereqs.runtime.requires.PostgreSQL is %r, not '15.0.0'" % pg)
    except (KeyError, TypeError):
        out.append("prereqs.runtime.requires.PostgreSQL missing")
    return out


def mutations(meta):
    """(description, broken copy) pairs that the checker must reject."""
    def edit(fn):
        m = copy.deepcopy(meta)
        fn(m)
        return m
    return [
        ("without license", edit(lambda m: m.pop("license"))),
        ("without provides", edit(lambda m: m.pop("provides"))),
        ("without meta-spec", edit(lambda m: m.pop("meta-spec"))),
        ("with an unknown licence name", edit(lambda m: m.update(license="PostgreSQL Licence"))),
        ("with version 0.1", edit(lambda m: m.update(version="0.1"))),
        ("with a version other than default_version", edit(lambda m: m.update(version="9.9.9"))),
        ("with a provides version other than default_version",
         edit(lambda m: m["provides"]["egov"].update(version="9.9.9"))),
        ("with provides.file naming a missing file",
         edit(lambda m: m["provides"]["egov"].update(file="sql/no-such-file.sql"))),
        ("with a numeric abstract", edit(lambda m: m.update(abstract=1))),
        ("with tags as a string", edit(lambda m: m.update(tags="egdi"))),
        ("with an unknown top-level key", edit(lambda m: m.update(homepage="x"))),
        ("with meta-spec version 2.0.0", edit(lambda m: m["meta-spec"].update(version="2.0.0"))),
        ("with PostgreSQL 14 as prerequisite",
         edit(lambda m: m["prereqs"]["runtime"]["requires"].update(PostgreSQL="14.0.0"))),
    ]


def main():
    root = sys.argv[1]
    results = []
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    try:
        with open(os.path.join(root, "META.json"), encoding="utf-8") as f:
            meta = json.load(f, object_pairs_hook=reject_duplicates)
        results.append((True, "META.json is valid JSON", []))
    except (OSError, ValueError) as e:
        results.append((False, "META.json is valid JSON", [str(e)]))
        meta = None

    if meta is not None:
        found = problems(meta, root, validator)
        results.append((not found, "META.json meets the spec and matches egov.control", found))
        if not found:
            for what, broken in mutations(meta):
                caught = problems(broken, root, validator)
                results.append((bool(caught), "a META.json %s is rejected" % what,
                                [] if caught else ["accepted"]))

    for n, (good, what, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if good else "not ok", n, what))
        for line in detail:
            print("#   " + line)
    return 0 if all(good for good, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
