#!/usr/bin/python3
"""Every egov function that loops over data can be cancelled.

The functions are found in the catalogue: every window function, aggregate
and set-returning function of the extension, and every loader (import_*,
load_*).  Each must have a case below, an input on which it runs for well
over the timeout; a function without one fails the test, so a new function
cannot be forgotten.  Each case runs with statement_timeout = TIMEOUT and
must end with SQLSTATE 57014 (query_canceled) within TIMEOUT + BOUND.  A
case that ends before the timeout fails too: its input is not adversarial
enough to prove anything.

Window functions take an argument that is costly to evaluate (a numeric
square root), so that the time is spent in egov's own passes over the
partition, where the argument is evaluated; winsorise gets thresholds that
every distribution fails and an unbounded winmax (one step per distinct
value, each a pass over the partition); the loaders get a header and five
million lines of empty fields (skipped, one by one, in C: half a million
took under the timeout).

A statement still running TIMEOUT + BOUND after it started ignores
cancellation: it fails, and the harness kills its backend with SIGKILL (as
root, or as the server's user), the only way to end it.

Usage: cancel.py [COUNTS_FILE]; connection through the PG* environment
(database egov_cancel is created and dropped).  TAP output; exit 1 on a
failure.
"""

import os
import select
import signal
import sys
import time

import psycopg2

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))
import scratch  # noqa: E402
from tap import Tap  # noqa: E402

TIMEOUT_MS = 200
BOUND_S = 3.0
DB = "egov_cancel"

# costly per row, in [0, 0.55] for x up to 300 000: keeps egov's pass busy
E = "((x::numeric ^ 0.5)::float8 / 1000)"
OVER = "OVER () FROM big"

SETUP = f"""
CREATE EXTENSION egov;
CREATE TABLE big AS SELECT g::float8 AS x FROM generate_series(1, 300000) AS g;
CREATE TABLE distinct30k AS SELECT g::float8 AS x FROM generate_series(1, 30000) AS g;
CREATE TABLE countries AS SELECT osi, hci, tii FROM egov.survey_score
  WHERE survey_year = 2022 AND assessed;
CREATE TABLE csv (kind text PRIMARY KEY, body text);
INSERT INTO csv VALUES
 ('un', 'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,'
        'Online Service Index,Human Capital Index,Telecommunication Infrastructure Index'
        || repeat(E'\\n,,,,,,,', 5000000)),
 -- valid rows: the C reader splits millions of empty ones in under 200 ms
 ('cities', 'Country,City,Population' ||
            (SELECT string_agg(E'\\nDNK,Cancel ' || g || ',1', '') FROM generate_series(1, 1000000) AS g)),
 ('indicators', 'Edition,Index,Year,Code,Criterion,Max Points' || repeat(E'\\n,,,,,', 5000000)),
 ('assessments', 'Edition,Country,City,Indicator,Points' || repeat(E'\\n,,,,', 5000000)),
 ('records', repeat(E'a,"b\\nc",d\\n', 3000000));
SELECT egov.load_losi_example();
"""

# regprocedure text -> a statement on which it runs far longer than TIMEOUT
CASES = {
    "egov.minmax(double precision)": f"SELECT egov.minmax({E}) {OVER}",
    "egov.osi(double precision)": f"SELECT egov.osi({E}) {OVER}",
    "egov.epi(double precision)": f"SELECT egov.epi({E}) {OVER}",
    "egov.zscore(double precision,boolean)": f"SELECT egov.zscore({E}, false) {OVER}",
    "egov.pct_rank(double precision)": f"SELECT egov.pct_rank({E}) {OVER}",
    "egov.rating_class(double precision)": f"SELECT egov.rating_class({E}) {OVER}",
    "egov.rating_class(double precision,integer)": f"SELECT egov.rating_class({E}, 2024) {OVER}",
    # Copeland compares every pair of rows: quadratic in the 100 000 rows
    "egov.composite(double precision[],double precision[],text,boolean,text,double precision)":
        f"SELECT egov.composite(ARRAY[{E}, 1 - {E}], method => 'copeland') {OVER} WHERE x <= 100000",
    "egov.strengths(double precision[],integer)": f"SELECT egov.strengths(ARRAY[{E}, 1 - {E}]) {OVER}",
    "egov.weaknesses(double precision[],integer)": f"SELECT egov.weaknesses(ARRAY[{E}, 1 - {E}]) {OVER}",
    "egov.rank_drop_one(double precision[],double precision[],text,text)":
        f"SELECT egov.rank_drop_one(ARRAY[{E}, 1 - {E}]) {OVER}",
    "egov.composite_rank_uncertainty(double precision[],double precision[],integer,double precision,"
    "text[],text[],boolean,integer,integer)":
        "SELECT egov.composite_rank_uncertainty(ARRAY[osi, hci, tii]::float8[], draws => 1000000) OVER () FROM countries",
    "egov.composite_rank_draws(double precision[],double precision[],integer,double precision,"
    "text[],text[],boolean,integer)":
        "SELECT egov.composite_rank_draws(ARRAY[osi, hci, tii]::float8[], draws => 500000) OVER () FROM countries",
    "egov.rank_sobol(double precision[],double precision[],integer,double precision,text[],text[],boolean,integer)":
        "SELECT egov.rank_sobol(ARRAY[osi, hci, tii]::float8[], base_samples => 12000) OVER () FROM countries",
    "egov.rank_sobol_edition(integer,integer,double precision,text[],integer)":
        "SELECT count(*) FROM egov.rank_sobol_edition(2022, 12000)",
    "egov.saltelli_sample(integer,integer,integer)":
        "SELECT count(*) FROM egov.saltelli_sample(10000000, 10)",
    "egov.egdi_next_step(integer)":
        "SELECT count(*) FROM generate_series(1, 1000000) AS g, "
        "LATERAL egov.egdi_next_step(2022 + 0 * g)",
    "egov.tii(double precision[],double precision)":
        f"SELECT egov.tii(ARRAY[{E}, 1 - {E}], 0.5) {OVER}",
    "egov.hci(double precision,double precision,double precision,double precision,double precision[])":
        f"SELECT egov.hci({E}, {E} ^ 2, 1 - {E}, {E} / 2) {OVER}",
    "egov.winsorise(double precision,integer,double precision,double precision)":
        "SELECT egov.winsorise(x, 2147483647, 0, -10) OVER () FROM distinct30k",
    "egov.winsorise_report(double precision,integer,double precision,double precision)":
        "SELECT egov.winsorise_report(x, 2147483647, 0, -10) OVER () FROM distinct30k",
    'egov."treat"(double precision,integer,double precision,double precision,text,double precision)':  # TREAT is a keyword
        "SELECT egov.treat(x, 2147483647, 0, -10) OVER () FROM distinct30k",
    "egov.rank_uncertainty(double precision,double precision,double precision,integer,double precision,integer,integer,double precision,double precision,double precision)":
        "SELECT egov.rank_uncertainty(osi, hci, tii, 1000000, decimals => 4) OVER () FROM countries",
    "egov.egdi_stats(double precision)": f"SELECT egov.egdi_stats({E}) FROM big",
    "egov.rank_score(double precision)": f"SELECT egov.rank_score({E}) {OVER}",
    "egov.borda(double precision)": f"SELECT egov.borda({E}) {OVER}",
    "egov.dist2max(double precision)": f"SELECT egov.dist2max({E}) {OVER}",
    "egov.fracmax(double precision)": f"SELECT egov.fracmax({E}) {OVER}",
    "egov.dist2ref(double precision,boolean,boolean)":
        f"SELECT egov.dist2ref({E}, x = 1) {OVER}",
    "egov.impute(double precision,text)": f"SELECT egov.impute({E}, 'median') {OVER}",
    "egov.impute_em(double precision[])":
        f"SELECT egov.impute_em(ARRAY[{E}, CASE WHEN x::int % 5 = 0 THEN NULL ELSE 1 - {E} END]) {OVER}",
    "egov.missing_counts(double precision[])": f"SELECT egov.missing_counts(ARRAY[{E}]) FROM big",
    "egov.correlation_matrix(double precision[])":
        f"SELECT egov.correlation_matrix(ARRAY[{E}, 1 - {E}]) FROM big",
    "egov.cronbach_alpha(double precision[])":
        f"SELECT egov.cronbach_alpha(ARRAY[{E}, 1 - {E}]) FROM big",
    "egov.pca_weights(double precision[])": f"SELECT egov.pca_weights(ARRAY[{E}, 1 - {E}]) FROM big",
    "egov.correlation_weights(double precision[])":
        f"SELECT egov.correlation_weights(ARRAY[{E}, 1 - {E}]) FROM big",
    "egov.pca_variance(double precision[])": f"SELECT egov.pca_variance(ARRAY[{E}, 1 - {E}]) FROM big",
    "egov.skewness(double precision[])": f"SELECT egov.skewness(ARRAY[{E}]) FROM big",
    "egov.kurtosis(double precision[])": f"SELECT egov.kurtosis(ARRAY[{E}]) FROM big",
    "egov.csv_records(text,text)":
        "SELECT count(*) FROM csv, egov.csv_records(body) WHERE kind = 'records'",
    "egov._csv_body(text,text)":
        "SELECT count(*) FROM csv, egov._csv_body(body) WHERE kind = 'records'",
    "egov._csv_columns(text,text,text[],text[])":
        "SELECT count(*) FROM csv, egov._csv_columns(body, ',', '{c,a}', '{}') WHERE kind = 'records'",
    "egov.import_un_csv(text,text,text,boolean,integer,boolean)": "SELECT egov.import_un_csv(body) FROM csv WHERE kind = 'un'",
    "egov.import_cities(text,text)": "SELECT egov.import_cities(body) FROM csv WHERE kind = 'cities'",
    "egov.import_losi_indicators(text,text)":
        "SELECT egov.import_losi_indicators(body) FROM csv WHERE kind = 'indicators'",
    "egov.import_losi_assessments(text,text)":
        "SELECT egov.import_losi_assessments(body) FROM csv WHERE kind = 'assessments'",
    # the example is loaded by SETUP: removed first, in the same statement
    "egov.load_losi_example()":
        "DO $$ BEGIN DELETE FROM egov.assessment_edition WHERE synthetic; "
        "DELETE FROM egov.city WHERE synthetic; PERFORM egov.load_losi_example(); END $$",
    # SQL-driven set-returning functions, called again for every row of a long
    # series: LATERAL on the row's number, or the planner would run the call
    # once and rescan its result
    "egov.assessment_scores(text,text,text)":
        "SELECT count(*) FROM generate_series(1, 1000000) AS g, "
        "LATERAL egov.assessment_scores('example-losi-2022' || left('', g))",
    "egov.assessment_criterion_scores(text,text)":
        "SELECT count(*) FROM generate_series(1, 1000000) AS g, "
        "LATERAL egov.assessment_criterion_scores('example-losi-2022' || left('', g))",
    "egov.edition_comparison(integer,integer)":
        "SELECT count(*) FROM generate_series(1, 1000000) AS g, "
        "LATERAL egov.edition_comparison(2018 + 0 * g, 2022)",
    "egov.rank_uncertainty_edition(integer,integer,double precision,integer)":
        "SELECT count(*) FROM egov.rank_uncertainty_edition(2022, 1000000)",
}

LOOPING = """
SELECT p.oid::regprocedure::text
FROM pg_proc AS p
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'egov'
WHERE p.prokind IN ('w', 'a') OR p.proretset OR p.proname ~ '^(import|load)_'
ORDER BY 1
"""


def wait(conn, deadline=None):
    """Poll an asynchronous connection; False if deadline passed first."""
    while True:
        state = conn.poll()
        if state == psycopg2.extensions.POLL_OK:
            return True
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            return False
        fds = [conn.fileno()]
        if state == psycopg2.extensions.POLL_READ:
            select.select(fds, [], [], remaining)
        else:
            select.select([], fds, [], remaining)


def run(conn, sql, deadline=None):
    """Execute sql; (pgcode or None, completed before deadline)."""
    cur = conn.cursor()
    try:
        cur.execute(sql)
        return None, wait(conn, deadline)
    except psycopg2.Error as e:
        return e.pgcode, True


def connect():
    conn = psycopg2.connect(dbname=DB, async_=1)
    wait(conn)
    return conn


def main():
    tap = Tap()
    with scratch.database(DB, SETUP) as setup:
        with setup.cursor() as cur:
            cur.execute(LOOPING)
            functions = [r[0] for r in cur.fetchall()]
        setup.close()
        run_cases(tap, functions)
    print(f"# {tap.passed} passed, {tap.failed} failed")
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w") as f:
            f.write(f"{tap.passed} {tap.failed}\n")
    return 1 if tap.failed else 0


def run_cases(tap, functions):
    """Each looping function's case, then the reproducer of the endless loop."""
    conn = connect()
    try:
        tap.check(len(functions) >= 20, "the catalogue lists the looping functions",
                  f"only {len(functions)}")
        for f in functions:
            if f not in CASES:
                tap.check(False, f"{f}: has a cancellation case",
                          "add an adversarial input to test/cancel/cancel.py")
                continue
            run(conn, f"SET statement_timeout = {TIMEOUT_MS}")
            cur = conn.cursor()
            cur.execute("SELECT pg_backend_pid()")
            wait(conn)
            pid = cur.fetchone()[0]
            started = time.monotonic()
            code, ended = run(conn, CASES[f], started + TIMEOUT_MS / 1000 + BOUND_S)
            took = time.monotonic() - started
            tap.check(ended and code == "57014",
                      f"{f}: cancelled by a {TIMEOUT_MS} ms timeout after {took:.2f} s",
                      f"ended with {code or 'a result'} after {took:.2f} s" if ended else
                      f"still running after {took:.2f} s: backend {pid} killed")
            if not ended:
                # it ignores cancel and terminate: only SIGKILL ends it (the
                # server then restarts every session)
                os.kill(pid, signal.SIGKILL)
                conn.close()
                time.sleep(5)
                conn = connect()
                continue
            run(conn, "RESET statement_timeout")
        for f in sorted(set(CASES) - set(functions)):
            print(f"# stale case (no such looping function): {f}")
        # the reproducer of the endless loop: ten equal values whose mean is
        # not exact, thresholds that always fail; it ends, with a value
        cur = conn.cursor()
        cur.execute("SELECT pg_backend_pid()")
        wait(conn)
        pid = cur.fetchone()[0]
        started = time.monotonic()
        code, ended = run(conn, "SET statement_timeout = '5s'")
        try:
            cur.execute("SELECT egov.winsorise(x, 5, 1, -10) OVER () "
                        "FROM (SELECT 0.1::float8 AS x FROM generate_series(1, 10)) AS s")
            ended = wait(conn, started + 10)
            values = {r[0] for r in cur.fetchall()} if ended else {"running"}
        except psycopg2.Error as e:
            values = {e.pgcode}
        took = time.monotonic() - started
        tap.check(values == {0.1} and took < 1.0,
                  f"winsorise of ten 0.1 values ends at once ({took:.3f} s)",
                  f"gave {values} after {took:.2f} s")
        if values == {"running"}:
            os.kill(pid, signal.SIGKILL)
            time.sleep(5)
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
