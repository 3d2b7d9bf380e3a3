"""Which engine the store and service tests run on: shop files (the default), or a real
PostgreSQL server when `JITDESK_TEST_ENGINE=postgresql` (CI runs them both ways).

On the server every new test shop is a database of its own on one throwaway server per test
process (tests/pg_server.py), made where the test would have made its shop file.
"""

from __future__ import annotations

import atexit
import itertools
import os
from pathlib import Path

from tests import pg_server

ENGINE = os.environ.get("JITDESK_TEST_ENGINE", "sqlite")
_numbers = itertools.count(1)
_server: pg_server.PgServer | None = None


def on_server() -> bool:
    return ENGINE == "postgresql"


def server() -> pg_server.PgServer:
    """The test process's server, started on first use and removed when the process ends."""
    global _server
    if _server is None:
        pg_server.import_psycopg()
        _server = pg_server.start_server()
        atexit.register(pg_server.remove, _server)
        os.environ["PGPASSWORD"] = _server.password
    return _server


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(server().conninfo(), autocommit=True) as conn:
        conn.execute(sql)


def new_database(template: str | None = None) -> str:
    """The postgresql:// address of a new database on the test server: empty, or a copy of
    the database `template` (whose shop must be closed)."""
    name = f"shop_{os.getpid()}_{next(_numbers)}"
    _admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return server().url(name)


_made: dict[Path, str] = {}
_copies: list[str] = []
KEPT_COPIES = 3


def shop_location(path: Path) -> str | Path:
    """Where a test makes a new shop: the file at `path`, or a new server database (which
    `copy_of(path)` can copy later)."""
    if not on_server():
        return path
    _made[Path(path)] = new_database()
    return _made[Path(path)]


def copy_of(path: Path) -> str:
    """A new database copied from the one made for `path`: a property test's fresh shop
    per example, as a shop file's in-memory copy is. Older copies are dropped (a test
    works on one at a time)."""
    template = _made[Path(path)].rsplit("/", 1)[1]
    url = new_database(template)
    _copies.append(url.rsplit("/", 1)[1])
    while len(_copies) > KEPT_COPIES:
        _admin(f'DROP DATABASE IF EXISTS "{_copies.pop(0)}" WITH (FORCE)')
    return url


def everything_stored(shop) -> str:  # type: ignore[no-untyped-def]
    """Every value the shop holds, as text: to show that something (a password) is not there."""
    conn = shop.db.conn
    if not on_server():
        return "\n".join(conn.iterdump())
    tables = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return "\n".join(
        str(tuple(row)) for (table,) in tables for row in conn.execute(f'SELECT * FROM "{table}"')
    )
