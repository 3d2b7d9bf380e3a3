"""The store's handle on a server shop: the few calls store functions make on an SQLite handle
(sqlite-utils' `Database`), answered over one psycopg connection.

Store functions call `db.execute(sql, params)`, `db.conn.executemany(...)`, read `lastrowid`,
take rows by position or by column name, and use `db.table(name)` to insert, update or upsert
one row. Here every statement is first put into PostgreSQL's form (store/pg_sql.py), and the
results come back as SQLite's would:

* rows are tuples that also answer `row["column"]` and `keys()` (like `sqlite3.Row`);
* `numeric` results (PostgreSQL's SUM of BIGINT) are ints when whole, else floats, as SQLite
  gives them; the money in the shop is whole cents, so nothing is rounded;
* an INSERT into a table with a generated `id` returns it (`RETURNING id` is added), which
  becomes the cursor's `lastrowid`;
* a constraint violation raises `sqlite3.IntegrityError`, the error the services already know
  how to word, with the server's message.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import psycopg
from psycopg import adapt, pq

from jitdesk.store import pg_sql

_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?", re.I)
_RETURNING = re.compile(r"\sRETURNING\s", re.I)
_savepoints = itertools.count(1)


class _NumericLoader(adapt.Loader):
    def load(self, data: Any) -> int | float:
        text = bytes(data).decode()
        return int(text) if text.lstrip("-").isdigit() else float(text)


class Row(tuple):
    """A result row: by position, or by column name as `sqlite3.Row` allows."""

    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@contextlib.contextmanager
def _as_sqlite_errors() -> Iterator[None]:
    try:
        yield
    except psycopg.errors.IntegrityError as exc:
        raise sqlite3.IntegrityError(str(exc).strip()) from exc


def _row_class(names: tuple[str, ...]) -> type[Row]:
    return _ROW_CLASSES.get(names) or _ROW_CLASSES.setdefault(
        names, type("Row", (Row,), {"_index": {n: i for i, n in enumerate(names)}})
    )


_ROW_CLASSES: dict[tuple[str, ...], type[Row]] = {}


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    names = tuple(column.name for column in cursor.description or ())
    row_class = _row_class(names)
    return lambda values: row_class(values)


class Cursor:
    """What a store function reads from `db.execute(...)`."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def close(self) -> None:
        self._cursor.close()


class Connection:
    """What store functions use of `db.conn`."""

    def __init__(self, conn: psycopg.Connection[Any], id_tables: frozenset[str]) -> None:
        self.raw = conn
        self._id_tables = id_tables
        self.on_begin: list[Any] = []
        self.reconnect: Callable[[], None] | None = None
        """Makes `raw` anew after it was lost (set by the store that knows where to)."""

    @property
    def raw(self) -> psycopg.Connection[Any]:
        return self._raw

    @raw.setter
    def raw(self, conn: psycopg.Connection[Any]) -> None:
        # Sums come back as numbers, as from SQLite, on every connection (also one made anew).
        conn.adapters.register_loader("numeric", _NumericLoader)
        self._raw = conn

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Cursor:
        command = sql.strip().upper()
        if command == "BEGIN IMMEDIATE":
            return self.begin()
        if command == "BEGIN":  # SQLite's deferred BEGIN reads from one snapshot
            return Cursor(self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ"))
        statement = pg_sql.to_postgres(sql)
        returning_id = self._returns_id(statement)
        if returning_id:
            statement += " RETURNING id"
        cursor = self._run(statement, params)
        if returning_id:
            row = cursor.fetchone()
            return Cursor(cursor, None if row is None else row[0])
        return Cursor(cursor)

    def _run(self, statement: str, params: Sequence[Any] | Mapping[str, Any]) -> Any:
        """Run one statement. A read outside any transaction that finds the connection gone
        (dropped while the desk was idle) is run once more on a new one: a read changes
        nothing, so trying again is safe; anything else reports the loss."""

        def attempt() -> Any:
            cursor = self.raw.cursor(row_factory=_row_factory)
            with _as_sqlite_errors():
                cursor.execute(statement, params or None)
            return cursor

        alone = self.raw.info.transaction_status == pq.TransactionStatus.IDLE
        try:
            return attempt()
        except psycopg.OperationalError:
            lost = self.raw.closed or self.raw.broken
            if not (alone and lost and self.reconnect and _READ.match(statement)):
                raise
        self.reconnect()
        return attempt()

    def begin(self) -> Cursor:
        """BEGIN, then what a write transaction must take first (the store's write lock)."""
        cursor = self.raw.cursor()
        cursor.execute("BEGIN")
        for step in self.on_begin:
            step(cursor)
        return Cursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Cursor:
        statement = pg_sql.to_postgres(sql)
        cursor = self.raw.cursor()
        with _as_sqlite_errors():
            cursor.executemany(statement, list(rows))
        return Cursor(cursor)

    def cursor(self) -> Connection:
        return self

    def close(self) -> None:
        self.raw.close()

    def _returns_id(self, statement: str) -> bool:
        found = _INSERT_INTO.match(statement)
        return (
            found is not None
            and found.group(1) in self._id_tables
            and _RETURNING.search(statement) is None
        )


class Table:
    """`db.table(name)`: one row inserted, updated or upserted, as sqlite-utils does it."""

    def __init__(self, conn: Connection, name: str) -> None:
        self._conn = conn
        self.name = name
        self.last_rowid: int | None = None

    @property
    def last_pk(self) -> int | None:
        return self.last_rowid

    @property
    def count(self) -> int:
        return int(self._conn.execute(f'SELECT count(*) FROM "{self.name}"').fetchone()[0])

    def insert(self, row: Mapping[str, Any]) -> Table:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self._conn.execute(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks})', list(row.values())
        )
        self.last_rowid = cursor.lastrowid
        return self

    def insert_all(self, rows: Iterable[Mapping[str, Any]]) -> Table:
        by_columns: dict[tuple[str, ...], list[list[Any]]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(list(row.values()))
        for columns, values in by_columns.items():
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            self._conn.executemany(f'INSERT INTO "{self.name}" ({names}) VALUES ({marks})', values)
        return self

    def update(self, pk: Any, values: Mapping[str, Any]) -> Table:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self._conn.execute(
                f'UPDATE "{self.name}" SET {sets} WHERE id = ?', [*values.values(), pk]
            )
        self.last_rowid = pk
        return self

    def upsert(self, row: Mapping[str, Any], pk: str = "id") -> Table:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        sets = (
            ", ".join(f'"{c}" = excluded."{c}"' for c in row if c != pk)
            or f'"{pk}" = excluded."{pk}"'
        )
        self._conn.execute(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks})'
            f' ON CONFLICT ("{pk}") DO UPDATE SET {sets}',
            list(row.values()),
        )
        return self


_READ = re.compile(r"\s*(SELECT|WITH)\b(?![\s\S]*\b(INSERT|UPDATE|DELETE)\b)", re.I)


class Handle:
    """The handle store functions take, on a server shop."""

    on_server = True

    def __init__(
        self, conn: psycopg.Connection[Any], id_tables: frozenset[str] | None = None
    ) -> None:
        if id_tables is None:
            ids = conn.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
                " AND is_identity = 'YES' AND table_schema = current_schema()"
            ).fetchall()
            id_tables = frozenset(name for (name,) in ids)
        self.id_tables = id_tables
        self.conn = Connection(conn, id_tables)

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        return self.conn.executemany(sql, rows)

    def table(self, name: str) -> Table:
        return Table(self.conn, name)

    def __getitem__(self, name: str) -> Table:
        return self.table(name)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Handle]:
        """A savepoint inside the running transaction."""
        name = f"sp_{next(_savepoints)}"
        self.conn.raw.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            self.conn.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        else:
            self.conn.raw.execute(f"RELEASE SAVEPOINT {name}")
