"""Fixtures for the tests that run against a real PostgreSQL server (tests/pg_server.py).

The server is started once per test session. Where its binaries are missing the tests are
skipped with the reason, except where `pg_server.required()` (CI): there they fail.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg_server

_numbers = itertools.count(1)


def _running_server(tls: bool = False) -> Iterator[pg_server.PgServer]:
    """A started server for the session; skipped without PostgreSQL unless it is required."""
    pg_server.import_psycopg()
    try:
        server = pg_server.start_server(tls=tls)
    except LookupError as exc:
        if pg_server.required():
            pytest.fail(f"{exc} (PostgreSQL is required in this run)")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        pg_server.remove(server)


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_server.PgServer]:
    yield from _running_server()


@pytest.fixture(scope="session")
def pg_tls() -> Iterator[pg_server.PgServer]:
    """A second server, also on 127.0.0.1 with TLS, for the tests of encrypted connections."""
    yield from _running_server(tls=True)


def admin(server: pg_server.PgServer):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(server.conninfo(), autocommit=True)


@pytest.fixture
def pg_password(pg: pg_server.PgServer, tmp_path: Path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """libpq finds the superuser's password in a password file (PGPASSFILE) for this test,
    as a desk would in ~/.pgpass; nothing else in the environment gives it."""
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{pg_server.SUPERUSER}:{pg.password}\n")
    passfile.chmod(0o600)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    return pg.password


@pytest.fixture
def pg_db(pg: pg_server.PgServer, pg_password: str) -> Iterator[str]:
    """The name of a new, empty database of its own for this test, dropped afterwards."""
    name = f"shop_{os.getpid()}_{next(_numbers)}"
    with admin(pg) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with admin(pg) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
