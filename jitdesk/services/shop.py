"""The open shop: a database handle, who is acting, and what "today" is.

Every service function takes a `Shop` first. Tests pass a fixed `today`; the app passes the clock.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from jitdesk.domain.clock import Clock, local_date, system_clock
from jitdesk.domain.errors import JitdeskError
from jitdesk.store import connection, events
from jitdesk.store.errors import FileIdentity, check_same_file, shop_file_problem

T = TypeVar("T")


@dataclass
class Changes:
    """What an action changed, so screens refresh only what they show."""

    customer_orders: set[int] = field(default_factory=set)
    supplier_orders: set[int] = field(default_factory=set)
    products: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    suppliers: set[int] = field(default_factory=set)
    settings: bool = False
    newly_ready: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def merge(self, other: Changes) -> Changes:
        for name in ("customer_orders", "supplier_orders", "products", "customers", "suppliers"):
            getattr(self, name).update(getattr(other, name))
        self.settings = self.settings or other.settings
        self.newly_ready += [i for i in other.newly_ready if i not in self.newly_ready]
        self.warnings += other.warnings
        return self


class Shop:
    def __init__(
        self,
        db: Database,
        *,
        path: Path | None = None,
        actor: str = "owner",
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        self._clock: Clock = clock or system_clock
        self._identity = FileIdentity.of(path) if path is not None else None
        # Called once by close(), e.g. the GUI releasing its lock on the file.
        self.on_close: list[Callable[[], None]] = []

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, **kwargs: Any) -> Shop:
        path = Path(path)
        return cls(connection.open_database(path, create=create), path=path, **kwargs)

    @classmethod
    def open_for_reading(cls, path: str | Path, **kwargs: Any) -> Shop:
        """Open for actions that only read: a shop in a read-only folder can still be read."""
        path = Path(path)
        return cls(connection.open_for_reading(path), path=path, **kwargs)

    def close(self) -> None:
        self.db.conn.close()
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            callback()

    @property
    def clock(self) -> Clock:
        return self._clock

    def now(self) -> datetime:
        return self._clock()

    def now_iso(self) -> str:
        return self.now().astimezone(UTC).isoformat(timespec="seconds")

    def today(self) -> date:
        """The shop's local calendar date."""
        return local_date(self._clock)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action; a full disk, read-only or moved file becomes a ShopFileError."""
        if self.path is not None and not self.db.conn.in_transaction:
            check_same_file(self.path, self._identity)
        try:
            with connection.transaction(self.db) as db:
                yield db
        except sqlite3.DatabaseError as exc:
            problem = shop_file_problem(exc, self.path)
            if problem is None:
                raise
            raise problem from exc

    def event(
        self, entity: str, entity_id: int | None, action: str, summary: str = "", **details: Any
    ) -> None:
        events.record_event(
            self.db,
            at=self.now_iso(),
            actor=self.actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=summary,
            details=details,
        )

    def next_number(self, prefix: str) -> str:
        return events.next_number(self.db, prefix, self.today().year)


def known_problem(exc: BaseException, path: Path | None = None) -> JitdeskError | None:
    """The plain sentence for a storage error a person can act on (a full disk, a damaged
    file, ...) met outside a transaction; None for anything else, which is a bug."""
    return shop_file_problem(exc, path)


def read_separately(shop: Shop, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`read(shop, ...)` on a fresh read-only connection to the shop's file, so a worker
    thread can compute it while the GUI thread keeps using `shop.db`. Without a file (tests
    with an in-memory shop) it runs on `shop.db`."""
    if shop.path is None:
        return read(shop, *args, **kwargs)
    reader = Shop(
        connection.open_read_only(shop.path), path=shop.path, actor=shop.actor, clock=shop.now
    )
    try:
        return read(reader, *args, **kwargs)
    finally:
        reader.db.conn.close()
