"""Connections and throwaway databases for the Python test programs (the
oracles, test/property, test/cancel).

The server comes from the PG* environment (test/run exports PGHOST, PGPORT
and PGUSER).

    with scratch.database("egov_oracle") as conn:
        ...

makes the database afresh (a previous run may have left it), installs egov,
and drops the database on leaving, whatever happened inside.
"""
import contextlib

import psycopg2


def connect(dbname, autocommit=True):
    conn = psycopg2.connect(dbname=dbname)
    conn.autocommit = autocommit
    return conn


def _admin(statement):
    # a connection of its own each time: a test that kills a backend with
    # SIGKILL makes the server drop every session, an earlier one included
    admin = connect("postgres")
    try:
        with admin.cursor() as cur:
            cur.execute(statement)
    finally:
        admin.close()


@contextlib.contextmanager
def database(name, setup="CREATE EXTENSION egov", autocommit=True):
    """A fresh database NAME, SETUP run in it; with autocommit False, SETUP
    stays in the transaction the caller goes on with."""
    _admin(f"DROP DATABASE IF EXISTS {name}")
    _admin(f"CREATE DATABASE {name}")
    try:
        conn = connect(name, autocommit)
        try:
            with conn.cursor() as cur:
                cur.execute(setup)
            yield conn
        finally:
            conn.close()
    finally:
        _admin(f"DROP DATABASE IF EXISTS {name}")
