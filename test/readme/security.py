#!/usr/bin/python3
"""A hostile installer, then every documented example run by a superuser.

egov is installed by a role that is not superuser (README's first example
does so as "analyst"; the doc/*.md databases are installed by analyst too).
Once egov is there, analyst tries to plant, in schema egov and in public,
for every function of egov an overload that a call with literals would
prefer (numeric for float8, numeric[] for float8[], text for everything),
look-alikes of pg_catalog functions that lack an exact match for the
documented calls (round(float8, int), unnest(numeric[]), ...) and tables
named like egov's views.  CREATE on the database also lets analyst make the
schema named after the superuser who runs the examples, which "$user" puts
first on a default search_path: the same functions land there, with
look-alikes of the comparison and arithmetic operators for the mixed types
a literal meets (float8 against numeric, ...), so an unqualified call or
operator that lacks an exact match in pg_catalog would run analyst's code
(function bodies pin their search_path and are immune).  A planted
function, if it ever runs, records the
role it runs as in trap.log and tries to make analyst a superuser.  Then a
superuser runs every SQL example of README.md and doc/*.md
(test/readme/examples.py), and after each document:

* every example ran (the runner's own checks);
* nothing could be planted in schema egov, and the "$user" plants landed
  (else the run would prove nothing);
* no planted function ran (trap.log is empty) and analyst is no superuser.

--self-test first gives analyst CREATE on schema egov (the state before egov
took its schema over), so the plants land and the check must fail.
Connection through the PG* environment; TAP output; exit 1 on a failure.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))
import examples  # noqa: E402
from tap import Tap  # noqa: E402

INSTALLER = "analyst"
SELF_TEST = "--self-test" in sys.argv

# pg_catalog functions the documented calls use without an exact match
LOOKALIKES = [
    ("round", ["double precision", "integer"]),
    ("round", ["double precision"]),
    ("unnest", ["numeric[]"]),
    ("unnest", ["double precision[]"]),
    ("enum_range", ["egov.level"]),
    ("format", ["text", "numeric"]),
    ("array_length", ["numeric[]", "integer"]),
]
SWAP = {"double precision": "numeric", "double precision[]": "numeric[]",
        "integer": "numeric", "bigint": "numeric"}
# operators pg_catalog has only for equal types, planted for mixed ones
OPERATORS = [("=", "boolean"), ("<>", "boolean"), ("<", "boolean"), ("<=", "boolean"),
             (">", "boolean"), (">=", "boolean"), ("+", "numeric"), ("-", "numeric"),
             ("*", "numeric"), ("/", "numeric")]
MIXED = ["double precision", "numeric", "integer", "bigint"]
MIXED_OPERATORS = [(op, left, right, result) for op, result in OPERATORS
                   for left in MIXED for right in MIXED if left != right] + \
    [("||", left, right, "text") for t in MIXED for left, right in (("text", t), (t, "text"))]

state = {}


def q(db, sql):
    r = examples.psql(db, sql)
    if r.returncode != 0:
        raise SystemExit(f"security.py: {sql[:200]!r}: {r.stderr.strip()}")
    return r.stdout


def rows(db, sql):
    r = examples.subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t",
                                 "-v", "ON_ERROR_STOP=1", "-d", db],
                                input=sql, text=True, capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"security.py: {sql[:200]!r}: {r.stderr.strip()}")
    return [line.split("\t") for line in r.stdout.splitlines() if line]


def trap_body(label):
    return (f"LANGUAGE plpgsql AS $trap$ BEGIN "
            f"INSERT INTO trap.log VALUES (current_user, {examples_quote(label)}); "
            f"BEGIN EXECUTE 'ALTER ROLE {INSTALLER} SUPERUSER'; "
            f"EXCEPTION WHEN OTHERS THEN NULL; END; RETURN NULL; END $trap$")


def examples_quote(text):
    return "'" + text.replace("'", "''") + "'"


def plant(db):
    """Every trap analyst tries; returns (tried, planted) per schema."""
    q(db, "CREATE SCHEMA IF NOT EXISTS trap; "
          "CREATE TABLE IF NOT EXISTS trap.log (who name, what text); "
          "GRANT USAGE ON SCHEMA trap TO PUBLIC; GRANT INSERT ON trap.log TO PUBLIC;")
    if SELF_TEST:
        q(db, f"GRANT CREATE ON SCHEMA egov TO {INSTALLER}")
    functions = rows(db, """
        SELECT p.proname, coalesce(pg_catalog.array_to_string(ARRAY(
                 SELECT pg_catalog.format_type(t, NULL)
                 FROM pg_catalog.unnest(p.proargtypes::oid[]) AS t), ','), '')
        FROM pg_catalog.pg_proc AS p
        JOIN pg_catalog.pg_depend AS d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
             AND d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'egov'
        WHERE p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype""")
    candidates = set()
    for name, args in functions:
        types = [a for a in args.split(",") if a]
        candidates.add((name, tuple(SWAP.get(t, t) for t in types)))
        candidates.add((name, tuple("text" for _ in types)))
    candidates |= {(n, tuple(a)) for n, a in LOOKALIKES}
    relations = [r[0] for r in rows(db, "SELECT c.relname FROM pg_catalog.pg_class AS c "
                                        "WHERE c.relnamespace = 'egov'::pg_catalog.regnamespace "
                                        "AND c.relkind IN ('r', 'v')")]
    # the superuser's "$user" schema, made by analyst
    user = rows(db, "SELECT current_user")[0][0]
    schemas = ("egov", "public", user)
    tried = {sc: 0 for sc in schemas}
    planted = {sc: 0 for sc in schemas}
    statements = [(user, f'CREATE SCHEMA "{user}"')]
    for schema in schemas:
        qs = f'"{schema}"'
        for name, types in sorted(candidates):
            statements.append((schema, f"CREATE FUNCTION {qs}.{name}({', '.join(types)}) "
                                       f"RETURNS text {trap_body(f'{schema}.{name}')}"))
        if schema != "egov":
            for rel in relations:
                statements.append((schema, f"CREATE TABLE {qs}.{rel} (x int)"))
        if schema == user:
            for k, (op, left, right, result) in enumerate(MIXED_OPERATORS):
                fn = f"{qs}.trap_op_{k}"
                statements.append((schema, f"CREATE FUNCTION {fn}({left}, {right}) RETURNS {result} "
                                           f"{trap_body(f'{schema}.{op}({left}, {right})')}"))
                statements.append((schema, f"CREATE OPERATOR {qs}.{op} (LEFTARG = {left}, "
                                           f"RIGHTARG = {right}, FUNCTION = {fn})"))
    # one session: each attempt in its own subtransaction, as analyst
    array = ", ".join(f"({n}, " + examples_quote(sc) + ", " + examples_quote(sql) + ")"
                      for n, (sc, sql) in enumerate(statements))
    out = rows(db, f"""
        SET ROLE {INSTALLER};
        CREATE TEMP TABLE attempt (n bigint, schema text, stmt text, planted boolean, error text);
        INSERT INTO attempt (n, schema, stmt)
        SELECT v.n, v.schema, v.stmt FROM (VALUES {array}) AS v(n, schema, stmt);
        DO $$
        DECLARE a record;
        BEGIN
            FOR a IN SELECT ctid, stmt FROM attempt ORDER BY n LOOP
                BEGIN
                    EXECUTE a.stmt;
                    UPDATE attempt SET planted = true WHERE ctid = a.ctid;
                EXCEPTION WHEN OTHERS THEN
                    UPDATE attempt SET planted = false, error = SQLERRM WHERE ctid = a.ctid;
                END;
            END LOOP;
        END $$;
        SELECT schema, count(*), count(*) FILTER (WHERE planted),
               string_agg(stmt || ': ' || error, '; ') FILTER (WHERE NOT planted)
        FROM attempt GROUP BY 1;""")
    for schema, n, ok, errors in out:
        tried[schema] = int(n)
        planted[schema] = int(ok)
        if schema == user and errors:
            print(f"# not planted in {schema}: {errors[:600]}")
    return tried, planted


def ran_since(db):
    """The planted functions run since the last call: (who, what) rows."""
    if rows(db, "SELECT pg_catalog.to_regclass('trap.log') IS NOT NULL")[0][0] != "t":
        return []
    return rows(db, "DELETE FROM trap.log RETURNING who, what")


def hook(db, doc, phase, tap, where):
    # what ran during the block before this one is that block's
    if db in state:
        state[db][2].extend((state[db][3], who, what) for who, what in ran_since(db))
        state[db][3] = where
    if phase == "before":
        if db in state:
            return
        installed = rows(db, "SELECT pg_catalog.count(*) FROM pg_catalog.pg_extension "
                             "WHERE extname = 'egov'")[0][0]
        if installed == "0":
            return            # README's first example installs it
        owner = rows(db, "SELECT extowner::pg_catalog.regrole FROM pg_catalog.pg_extension "
                         "WHERE extname = 'egov'")[0][0]
        tap.check(owner == INSTALLER, f"{doc}: egov installed by {INSTALLER}", f"owner {owner}")
        tried, planted = plant(db)
        state[db] = [tried, planted, [], where]
        print(f"# {doc}: {INSTALLER} tried " +
              ", ".join(f"{tried[sc]} plants in {sc} ({planted[sc]} succeeded)" for sc in tried))
        return
    tried, planted, ran, _ = state.pop(db, ({}, {"egov": 0}, [], None))
    tap.check(planted.get("egov", 0) == 0, f"{doc}: nothing could be planted in schema egov",
              f"{planted.get('egov')} of {tried.get('egov')} plants succeeded")
    user = [sc for sc in tried if sc not in ("egov", "public")]
    tap.check(user and planted[user[0]] == tried[user[0]],
              f"{doc}: {INSTALLER} planted everything in schema \"$user\" of the superuser",
              f"{user and planted[user[0]]} of {user and tried[user[0]]} plants succeeded")
    ran = sorted(set(f"{w}: {who} ran {what}" for w, who, what in ran))
    tap.check(not ran, f"{doc}: no planted function ran", "; ".join(ran[:8]))
    su = rows(db, f"SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = '{INSTALLER}'")
    tap.check(su and su[0][0] == "f", f"{doc}: {INSTALLER} is still no superuser")
    if su and su[0][0] == "t":
        q(db, f"ALTER ROLE {INSTALLER} NOSUPERUSER")


def main():
    tap = examples.run(hook=hook, installer=INSTALLER, tap=Tap())
    examples.admin(f"DROP ROLE IF EXISTS {INSTALLER}")
    print(f"# {tap.passed} passed, {tap.failed} failed")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
