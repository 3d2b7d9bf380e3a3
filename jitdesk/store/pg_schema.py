"""The shop schema on a PostgreSQL server: the same migrations as a shop file, and its version.

The migrations of store/schema.py are the only definition of the shop's tables. For the
server, each one is run once, in order, on a scratch in-memory SQLite database while SQLite
reports every statement it executes; the statements that change the schema or move data are
rewritten by store/pg_dialect.py, and that list is what the server runs for that migration
(worked out once per process). A migration whose Python code reads rows to compute data
sees the scratch database's empty tables, so it adds nothing on the server: such a step needs
its own server form when a shop on a server has rows to convert.

The version a shop file keeps in `PRAGMA user_version` (the number of migrations applied) is
the one row of `jitdesk_schema` here; that table is also what marks a database as a jitdesk
shop. Each migration runs in one transaction with its version, under an advisory lock, so two
desks starting at once migrate once and a failed step leaves the database as it was
(PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

from jitdesk.store import pg_errors, schema
from jitdesk.store.pg_dialect import to_postgres

if TYPE_CHECKING:  # the plan is worked out without the driver (and tested where it is absent)
    import psycopg

VERSION_TABLE = "jitdesk_schema"
CREATE_VERSION_TABLE = f"""
CREATE TABLE {VERSION_TABLE} (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL CHECK (version >= 0)
)"""
# Any number that is jitdesk's own: the lock that lets one desk at a time migrate a database.
MIGRATION_LOCK = 0x4A495444
_KEPT = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE")
_USER_TABLES = """
SELECT count(*) FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%'
"""


@dataclass(frozen=True, slots=True)
class ServerMigration:
    name: str
    statements: tuple[str, ...]


@functools.cache
def server_migrations() -> tuple[ServerMigration, ...]:
    """Every migration of store/schema.py as the statements the server runs for it."""
    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn, execute_plugins=False)
        plan = []
        for migration in schema.migrations._migrations:
            seen: list[str] = []
            conn.set_trace_callback(seen.append)
            migration.fn(db)
            conn.set_trace_callback(None)
            statements = [pg for sql in seen if _kept(sql) for pg in to_postgres(sql)]
            plan.append(ServerMigration(migration.name, tuple(statements)))
        return tuple(plan)
    finally:
        conn.close()


def _kept(sql: str) -> bool:
    words = sql.split(None, 1)
    return bool(words) and words[0].upper() in _KEPT


SCHEMA_VERSION = schema.SCHEMA_VERSION


def stored_version(conn: psycopg.Connection) -> int | None:
    """The schema version the database records; None when it has no jitdesk record."""
    found = conn.execute("SELECT to_regclass(%s)", (VERSION_TABLE,)).fetchone()
    if found is None or found[0] is None:
        return None
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE} WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def has_tables(conn: psycopg.Connection) -> bool:
    row = conn.execute(_USER_TABLES).fetchone()
    return bool(row and row[0])


def _where(conn: psycopg.Connection) -> tuple[str, str]:
    info = conn.info
    return f"{info.host}:{info.port}", info.dbname


def check_usable(conn: psycopg.Connection) -> int | None:
    """Refuse a database this jitdesk must not write to: one holding other tables than a
    shop's, or one migrated by a newer jitdesk. Returns its version (None: empty)."""
    server, dbname = _where(conn)
    version = stored_version(conn)
    if version is None:
        if has_tables(conn):
            raise pg_errors.not_a_shop(server, dbname)
        return None
    if version > SCHEMA_VERSION:
        raise pg_errors.newer_shop(server, dbname, version, SCHEMA_VERSION)
    return version


def migrate(conn: psycopg.Connection) -> int:
    """Bring an empty database or an older shop to this jitdesk's schema, one migration per
    transaction; returns the version reached. `conn` is in autocommit mode between actions."""
    plan = server_migrations()
    check_usable(conn)
    while True:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            version = check_usable(conn)  # again: another desk may have moved it meanwhile
            if version is None:
                conn.execute(CREATE_VERSION_TABLE)
                conn.execute(f"INSERT INTO {VERSION_TABLE} (id, version) VALUES (1, 0)")
                version = 0
            if version >= len(plan):
                return version
            for statement in plan[version].statements:
                conn.execute(statement)
            conn.execute(f"UPDATE {VERSION_TABLE} SET version = %s WHERE id = 1", (version + 1,))
