"""Moving a shop between a shop file and a PostgreSQL server, with every row as it was.

Both directions copy the tables of the schema (store/schema.py), column by column, in one
transaction on each side, and count each table's rows on both sides before anything is kept:

* **File to server** (`move_file_to_server`): into an empty database only. The schema is made
  by the same migrations as any server shop (store/pg_schema.py), the rows go in with COPY, the
  row id counters are moved past the copied ids, and all of it is one transaction: a failure at
  any point, a kill, or counts that differ leave the database as empty as it was.
* **Server to file** (`backup_server_to_file`): a new shop file made by the file migrations,
  filled from one REPEATABLE READ snapshot of the server, checked (integrity and foreign keys),
  written beside the destination and renamed into place, so a backup that exists is complete.

Running totals (stock_totals, supplier_order_units, receipt_units, offer_receipt_costs) are
kept by triggers on the tables they sum. The copy brings them as the source holds them, so the
triggers must not also fire for the copied rows, or every total would count twice:

* On the server the copy runs ``ALTER TABLE ... DISABLE TRIGGER USER`` on every table first and
  ``ENABLE`` again before the commit. The tables were created in the same transaction by the
  same account, so it owns them and may do this without being a superuser (``SET
  session_replication_role = replica``, the other way, needs a superuser, which a shop's
  account on a shared server is usually not). Unlike that setting it keeps the foreign keys
  checked, so a file with a dangling reference is refused rather than copied; rows of a table
  that refer to the same table (a merged product) are checked at the end of the COPY, in any
  order. ALTER TABLE is transactional: a rollback leaves nothing disabled.
* In the new file the triggers are dropped, the rows inserted, and the triggers created again
  from their own SQL (as sqlite_master keeps it), all in one transaction.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlite_utils import Database

from jitdesk.domain.errors import ShopFileError, quoted
from jitdesk.domain.i18n import _
from jitdesk.domain.progress import Progress, no_progress
from jitdesk.store import (
    backup,
    connection,
    errors,
    pg_connect,
    pg_errors,
    pg_schema,
    schema,
    temp_files,
)
from jitdesk.store.pg_connect import ServerLocation
from jitdesk.store.pg_errors import ServerShopError

BOOKKEEPING = "_sqlite_migrations"  # the file's record of migrations; jitdesk_schema there
PROGRESS_EVERY = 5000  # rows between two progress reports

# What the server or the data can cause; any other psycopg error is a bug and stays one.
_SERVER_ERRORS = (
    psycopg.OperationalError,
    psycopg.DataError,
    psycopg.IntegrityError,
    psycopg.errors.InsufficientPrivilege,
)


@dataclass(frozen=True, slots=True)
class ShopTable:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # the primary key: rows are read in its order


@functools.cache
def shop_tables() -> tuple[ShopTable, ...]:
    """Every table of the shop schema, each after the tables its foreign keys refer to (so
    rows can go in with the keys checked), from the migrations applied to a scratch file."""
    conn = sqlite3.connect(":memory:")
    try:
        schema.migrations.apply(Database(conn, execute_plugins=False))
        names = sorted(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if r[0] != BOOKKEEPING
        )
        tables: dict[str, ShopTable] = {}
        parents: dict[str, set[str]] = {}
        for name in names:
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            key = tuple(c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
            tables[name] = ShopTable(name, tuple(c[1] for c in info), key)
            refers = {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
            parents[name] = refers - {name}
    finally:
        conn.close()
    ordered: list[ShopTable] = []
    placed: set[str] = set()
    while len(ordered) < len(names):
        ready = [n for n in names if n not in placed and parents[n] <= placed]
        if not ready:  # a cycle of foreign keys: the schema would need deferred keys for it
            raise RuntimeError(f"foreign keys form a cycle among {sorted(set(names) - placed)}")
        for name in ready:
            ordered.append(tables[name])
            placed.add(name)
    return tuple(ordered)


def _quoted_columns(table: ShopTable) -> str:
    return ", ".join(f'"{c}"' for c in table.columns)


def _select(table: ShopTable) -> str:
    order = f" ORDER BY {', '.join(table.key)}" if table.key else ""
    return f'SELECT {_quoted_columns(table)} FROM "{table.name}"{order}'


# --- counting ------------------------------------------------------------------------------


def file_row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in each table of the shop file behind `conn` (in its read transaction, if any)."""
    return {
        t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
        for t in shop_tables()
    }


def server_row_counts(conn: psycopg.Connection) -> dict[str, int]:
    """Rows in each table of the shop on the server (in the running transaction, if any)."""
    counts = {}
    for table in shop_tables():
        row = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
        counts[table.name] = int(row[0]) if row else 0
    return counts


def differences(source: dict[str, int], copy: dict[str, int]) -> list[str]:
    """The tables whose counts differ, as 'table (source/copy)'; [] when all agree."""
    return [
        f"{name} ({source.get(name, 0)}/{copy.get(name, 0)})"
        for name in sorted(set(source) | set(copy))
        if source.get(name, 0) != copy.get(name, 0)
    ]


def _report(progress: Progress, done: int, total: int, what: str) -> None:
    if total:  # nothing to copy: nothing to show
        progress(min(done, total), total, what)


# --- file to server ------------------------------------------------------------------------


def move_file_to_server(
    path: Path, location: ServerLocation | str, progress: Progress = no_progress
) -> dict[str, int]:
    """Copy the shop file at `path` into the empty database at `location`; returns each
    table's row count (the same in the file and on the server, or nothing is kept).

    The file is opened as the commands that only read open it (an older one is upgraded
    first, one of a newer jitdesk refused) and read in one read transaction: one consistent
    state, also while the app writes to it, and a restore waits for the copy. The server side
    is one transaction, holding the migration lock from the start so no desk can make the
    database a shop meanwhile."""
    where = (
        location if isinstance(location, ServerLocation) else pg_connect.parse_location(location)
    )
    # The server first: a wrong address or password, or a database that is not empty, is
    # refused before the file is opened (opening upgrades a file of an older jitdesk).
    with contextlib.closing(pg_connect.connect(where)) as conn:
        try:
            _require_empty(conn, where)
        except _SERVER_ERRORS as exc:
            raise _copy_problem(where, exc) from exc
        with contextlib.closing(connection.open_for_reading(path).conn) as file:
            try:
                return _move_file(file, conn, where, progress)
            except sqlite3.DatabaseError as exc:  # the file: damaged, or its disk went away
                raise errors.opening_problem(exc, path) from exc


def _move_file(
    file: sqlite3.Connection, conn: psycopg.Connection, where: ServerLocation, progress: Progress
) -> dict[str, int]:
    try:
        file.execute("BEGIN")  # deferred: the first read fixes the state everything is read in
        try:
            counts = file_row_counts(file)
            _move(file, conn, where, counts, progress)
            # The planner has no statistics of tables filled by COPY until autovacuum comes
            # by; without them the first pages read for minutes instead of milliseconds.
            conn.execute("ANALYZE")
        finally:
            file.execute("ROLLBACK")  # it only read
    except _SERVER_ERRORS as exc:
        raise _copy_problem(where, exc) from exc
    return counts


def _move(
    file: sqlite3.Connection,
    conn: psycopg.Connection,
    where: ServerLocation,
    counts: dict[str, int],
    progress: Progress,
) -> None:
    what = _("Copying the shop to the server")
    total, done = sum(counts.values()), 0
    with conn.transaction():
        # Each statement sees what others committed before it (whatever the server's default
        # is): after waiting for the lock, a shop another desk just made there is seen.
        conn.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (pg_schema.MIGRATION_LOCK,))
        _require_empty(conn, where)
        pg_schema.migrate(conn)  # its transactions become savepoints of this one
        tables = shop_tables()
        for table in tables:
            conn.execute(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER')
        _report(progress, 0, total, what)
        for table in tables:
            rows = file.cursor()
            rows.row_factory = None
            rows.execute(_select(table))
            statement = f'COPY "{table.name}" ({_quoted_columns(table)}) FROM STDIN'
            try:
                with conn.cursor() as cursor, cursor.copy(statement) as copy:
                    while batch := rows.fetchmany(1000):
                        for row in batch:
                            copy.write_row(row)
                        done += len(batch)
                        if done % PROGRESS_EVERY < len(batch):
                            _report(progress, done, total, what)
            except (psycopg.DataError, psycopg.IntegrityError) as exc:
                raise _refused_value(where, table.name, exc) from exc
        for table in tables:
            conn.execute(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER')
        pg_schema.continue_row_ids(conn)
        copied = server_row_counts(conn)
        differ = differences(counts, copied)
        if differ:
            raise ServerShopError(
                _(
                    "The copy on {server} does not hold the rows of the shop file ({tables}: "
                    "file/server); nothing was kept there."
                ).format(server=quoted(where.server, limit=60), tables=", ".join(differ))
            )
        _report(progress, total, total, what)


def _require_empty(conn: psycopg.Connection, where: ServerLocation) -> None:
    if not pg_schema.has_tables(conn):
        return
    server, dbname = quoted(where.server, limit=60), quoted(where.dbname)
    if pg_schema.stored_version(conn) is not None:
        raise ServerShopError(
            _(
                "The database {dbname} on {server} already holds a shop; a shop file is moved "
                "only into an empty database, so create a new one for it."
            ).format(dbname=dbname, server=server)
        )
    raise ServerShopError(
        _(
            "The database {dbname} on {server} already holds tables; a shop file is moved "
            "only into an empty database, so create a new one for it."
        ).format(dbname=dbname, server=server)
    )


def _copy_problem(where: ServerLocation, exc: BaseException) -> ServerShopError:
    server, dbname = quoted(where.server, limit=60), quoted(where.dbname)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return ServerShopError(
            _(
                "The user {user} may not create the shop's tables in the database {dbname} on "
                "{server}; ask the server's administrator to make the user its owner."
            ).format(user=quoted(where.user or "?"), dbname=dbname, server=server)
        )
    if isinstance(exc, psycopg.DataError | psycopg.IntegrityError):
        return _refused_value(where, "?", exc)
    return ServerShopError(
        _(
            "The connection to {server} failed during the copy ({reason}); nothing was kept "
            "in the database {dbname}, so try again."
        ).format(server=server, reason=_reason(exc), dbname=dbname)
    )


def _refused_value(where: ServerLocation, table: str, exc: BaseException) -> ServerShopError:
    return ServerShopError(
        _(
            "The shop file's table {table} holds a value the server refuses ({reason}); "
            "nothing was kept in the database {dbname}."
        ).format(table=table, reason=_reason(exc), dbname=quoted(where.dbname))
    )


def _reason(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return pg_errors.libpq_reason(primary or str(exc))


# --- server to file ------------------------------------------------------------------------


def backup_server_to_file(
    location: ServerLocation | str, dest: Path, progress: Progress = no_progress
) -> dict[str, int]:
    """A verified shop file at `dest` (which must not exist) holding the server shop at
    `location` as one snapshot shows it; returns each table's row count (the same on both
    sides). An older server shop is upgraded first, as opening it does."""
    backup.refuse_existing(dest)
    where = (
        location if isinstance(location, ServerLocation) else pg_connect.parse_location(location)
    )
    conn = pg_connect.open_shop(where)
    try:
        return copy_server_shop(conn, dest, progress)
    finally:
        conn.close()


def copy_server_shop(
    conn: psycopg.Connection, dest: Path, progress: Progress = no_progress
) -> dict[str, int]:
    """As backup_server_to_file, through `conn`: a connection to a server shop at this
    jitdesk's schema, in autocommit mode (no transaction running)."""
    backup.refuse_existing(dest)
    server = quoted(f"{conn.info.host}:{conn.info.port}", limit=60)
    try:
        temp_files.sweep(dest.parent)
        with temp_files.private_temp(dest) as temp:
            counts = _write_file(conn, temp, dest, progress)
            backup.fsync_file(temp)
            os.replace(temp, dest)
        backup.fsync_folder(dest.parent)
    except _SERVER_ERRORS as exc:
        raise ServerShopError(
            _(
                "The server {server} could not be read to the end ({reason}); no backup was "
                "written."
            ).format(server=server, reason=_reason(exc))
        ) from exc
    except sqlite3.Error as exc:
        raise backup.backup_error(dest, exc) from exc
    except OSError as exc:
        raise ShopFileError(
            _("The backup {name} cannot be written: {reason}.").format(
                name=dest.name, reason=exc.strerror or exc
            )
        ) from exc
    return counts


def _write_file(
    conn: psycopg.Connection, temp: Path, dest: Path, progress: Progress
) -> dict[str, int]:
    file = sqlite3.connect(str(temp), isolation_level=None)
    try:
        db = Database(file, execute_plugins=False)
        schema.apply_pending(db)
        file.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        triggers = file.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
        ).fetchall()
        file.execute("BEGIN")
        for name, _sql in triggers:
            file.execute(f'DROP TRIGGER "{name}"')
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            counts = server_row_counts(conn)
            _fill(file, conn, counts, progress)
        for _name, sql in triggers:
            file.execute(sql)
        written = file_row_counts(file)
        file.execute("COMMIT")
        differ = differences(counts, written)
        if differ:
            raise ShopFileError(
                _(
                    "The backup does not hold the rows of the server shop ({tables}: "
                    "server/file); no backup was written."
                ).format(tables=", ".join(differ))
            )
        problems = [r[0] for r in file.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise ShopFileError(
                _("The backup {name} failed its check ({problem}); no backup was written.").format(
                    name=dest.name, problem="; ".join(problems[:3])
                )
            )
        dangling = file.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise ShopFileError(
                _(
                    "The server shop has rows of {table} that refer to rows that are not there; "
                    "no backup was written."
                ).format(table=dangling[0][0])
            )
    finally:
        file.close()
    return counts


def _fill(
    file: sqlite3.Connection, conn: psycopg.Connection, counts: dict[str, int], progress: Progress
) -> None:
    what = _("Copying the shop from the server")
    total, done = sum(counts.values()), 0
    _report(progress, 0, total, what)
    for table in shop_tables():
        types = _server_types(conn, table)
        marks = ", ".join("?" for _c in table.columns)
        insert = f'INSERT INTO "{table.name}" ({_quoted_columns(table)}) VALUES ({marks})'
        statement = f"COPY ({_select(table)}) TO STDOUT (FORMAT BINARY)"
        with conn.cursor() as cursor, cursor.copy(statement) as copy:
            copy.set_types(types)
            for batch in _batches(copy.rows(), 1000):
                file.executemany(insert, batch)
                done += len(batch)
                if done % PROGRESS_EVERY < len(batch):
                    _report(progress, done, total, what)
    _report(progress, total, total, what)


_COLUMN_TYPES = """
SELECT a.attname, format_type(a.atttypid, NULL)
FROM pg_catalog.pg_attribute a
WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped
"""


def _server_types(conn: psycopg.Connection, table: ShopTable) -> list[str]:
    """The server's type of each column of `table`, in the order the copy reads them."""
    found: dict[str, str] = dict(conn.execute(_COLUMN_TYPES, (f'"{table.name}"',)).fetchall())
    return [found[column] for column in table.columns]


def _batches(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
