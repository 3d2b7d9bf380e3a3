"""The storage engine behind an open shop, and the one narrow object services reach it through.

A `Shop` (services/shop.py) holds a `ShopStore`: it runs a transaction, tells an error the
environment caused (full disk, read-only or moved file) from a bug, checks that the shop file is
still the one that was opened, records events, hands out document numbers, opens a read-only
copy for worker threads, and closes. Everything else goes through the store functions
(store/orders.py, store/catalog.py, ...), which take the store's `Handle`; services only pass
that handle on.

Which engine opens a shop is decided when it is opened: `Shop.open(path, engine=...)`, by default
`engine_for(path)`. Today every shop is an SQLite file (`SQLITE`); a server engine plugs in as
another `StoreEngine`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol, TypeAlias

from sqlite_utils import Database

from jitdesk.domain.errors import ShopFileError
from jitdesk.store import backup, connection, events, shop_location
from jitdesk.store.errors import FileIdentity, check_same_file, shop_file_problem

Handle: TypeAlias = Database
"""What store functions take. Services pass it on and never look inside."""


class ShopStore(Protocol):
    """What services need from storage, and nothing more."""

    @property
    def handle(self) -> Handle: ...

    @property
    def path(self) -> Path | None: ...

    @property
    def address(self) -> str:
        """Where the shop is, as people are shown it: the file's path, or the server address
        without a password."""
        ...

    @property
    def name(self) -> str:
        """A short name for the shop's backup files: the file's stem, the database's name."""
        ...

    def transaction(self) -> AbstractContextManager[Handle]:
        """One user action: everything in it is written, or nothing."""
        ...

    def known_problem(self, exc: BaseException) -> ShopFileError | None:
        """The plain error for one the environment caused, or None when `exc` is a bug."""
        ...

    def check_same_file(self) -> None: ...

    def record_event(
        self,
        *,
        at: str,
        actor: str,
        entity: str,
        entity_id: int | None,
        action: str,
        summary: str = "",
        details: dict[str, Any] | None = None,
        person_id: int | None = None,
    ) -> int: ...

    def next_number(self, prefix: str, year: int) -> str: ...

    def next_numbers(self, prefix: str, year: int, count: int) -> list[str]:
        """`count` consecutive numbers at once, inside the running transaction."""
        ...

    def read_only_copy(self) -> ShopStore:
        """A second, read-only connection to the same shop, for a worker thread."""
        ...

    def copy_to(self, dest: Path) -> Path:
        """A consistent, verified copy of the shop as a shop file at `dest`."""
        ...

    def reopen(self) -> ShopStore:
        """The same shop on a connection of its own that may write, for a worker thread."""
        ...

    def close(self) -> None: ...


class StoreEngine(Protocol):
    """Opens shops of one kind (an SQLite file; later a server database)."""

    def open(self, path: Path, *, create: bool = False) -> ShopStore: ...

    def open_for_reading(self, path: Path) -> ShopStore:
        """Open for actions that only read, also where the shop cannot be written."""
        ...

    def known_problem(
        self, exc: BaseException, path: Path | None = None
    ) -> ShopFileError | None: ...


class SqliteStore:
    """A shop in an SQLite file (or, in tests, in memory) behind one connection."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path
        self._identity = FileIdentity.of(path) if path is not None else None

    @property
    def handle(self) -> Handle:
        return self._db

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def address(self) -> str:
        return str(self._path) if self._path is not None else ""

    @property
    def name(self) -> str:
        return self._path.stem if self._path is not None else "shop"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Handle]:
        """BEGIN IMMEDIATE ... COMMIT (a savepoint when nested); a full disk, read-only or moved
        file becomes a ShopFileError, anything else stays the bug it is."""
        if not self._db.conn.in_transaction:
            self.check_same_file()
        try:
            with connection.transaction(self._db) as db:
                yield db
        except sqlite3.DatabaseError as exc:
            problem = self.known_problem(exc)
            if problem is None:
                raise
            raise problem from exc

    def known_problem(self, exc: BaseException) -> ShopFileError | None:
        return shop_file_problem(exc, self._path)

    def check_same_file(self) -> None:
        if self._path is not None:
            check_same_file(self._path, self._identity)

    def record_event(
        self,
        *,
        at: str,
        actor: str,
        entity: str,
        entity_id: int | None,
        action: str,
        summary: str = "",
        details: dict[str, Any] | None = None,
        person_id: int | None = None,
    ) -> int:
        return events.record_event(
            self._db,
            at=at,
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=summary,
            details=details,
            person_id=person_id,
        )

    def next_number(self, prefix: str, year: int) -> str:
        return events.next_number(self._db, prefix, year)

    def next_numbers(self, prefix: str, year: int, count: int) -> list[str]:
        return events.allocate_numbers(self._db, prefix, year, count)

    def read_only_copy(self) -> SqliteStore:
        if self._path is None:
            raise ValueError("An in-memory shop has no file to open a second time.")
        return SqliteStore(connection.open_read_only(self._path), self._path)

    def copy_to(self, dest: Path) -> Path:
        return backup.copy_live(self._db.conn, dest)

    def reopen(self) -> SqliteStore:
        if self._path is None:
            raise ValueError("An in-memory shop has one connection only.")
        return SQLITE.open(self._path)

    def close(self) -> None:
        self._db.conn.close()


class SqliteEngine:
    """Shop files: SQLite with the pragmas, checks and migrations of store/connection.py."""

    def open(self, path: Path, *, create: bool = False) -> SqliteStore:
        return SqliteStore(connection.open_database(path, create=create), path)

    def open_for_reading(self, path: Path) -> SqliteStore:
        return SqliteStore(connection.open_for_reading(path), path)

    def known_problem(self, exc: BaseException, path: Path | None = None) -> ShopFileError | None:
        return shop_file_problem(exc, path)


SQLITE = SqliteEngine()
ENGINES: tuple[StoreEngine, ...] = (SQLITE,)
# Every error class the engines raise, for the rare caller that must catch any of them (keeping
# the bytes of a shop file no engine can read before a restore replaces it).
ENGINE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)


def engine_for(location: str | Path) -> StoreEngine:
    """The engine that opens the shop at `location`: a file's, or a PostgreSQL server's (its
    driver is loaded only when a server shop is opened)."""
    if shop_location.is_server_location(location):
        from jitdesk.store.pg_store import SERVER

        return SERVER
    return SQLITE


def known_problem(exc: BaseException, path: Path | None = None) -> ShopFileError | None:
    """The plain error for a storage error the environment caused, from whichever engine
    raised it; None for a bug or an error that is not a storage one."""
    for engine in ENGINES:
        problem = engine.known_problem(exc, path)
        if problem is not None:
            return problem
    if shop_location.is_server_location(path or ""):
        return engine_for(path or "").known_problem(exc, path)
    return None
