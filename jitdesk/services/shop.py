"""The open shop: its store, who is acting, and what "today" is.

Every service function takes a `Shop` first. Tests pass a fixed `today`; the app passes the clock.
Storage is reached through `shop.store` (a `ShopStore`, store/engine.py) and the store functions,
which take `shop.db`, the store's handle: services pass it on and never call anything on it.
The store is imported when a shop is opened, so that the window can be shown before (it brings
sqlite-utils, a fair part of the start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from jitdesk.domain.clock import Clock, local_date, system_clock
from jitdesk.domain.errors import JitdeskError, ShopFileError
from jitdesk.services import server_login

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from jitdesk.domain.permissions import Person
    from jitdesk.store.engine import Handle, ShopStore, StoreEngine

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
    # Anything may have changed: every screen reloads what it shows.
    everything: bool = False

    @classmethod
    def from_other_desk(cls) -> Changes:
        """What another desk's change to a server shop means here: its notice does not say
        what it changed."""
        return cls(everything=True)

    def merge(self, other: Changes) -> Changes:
        for name in ("customer_orders", "supplier_orders", "products", "customers", "suppliers"):
            getattr(self, name).update(getattr(other, name))
        self.settings = self.settings or other.settings
        self.everything = self.everything or other.everything
        self.newly_ready += [i for i in other.newly_ready if i not in self.newly_ready]
        self.warnings += other.warnings
        return self


class Listening(Protocol):
    """Hears other desks' changes until stopped."""

    def stop(self) -> None: ...


class Shop:
    def __init__(
        self,
        store: ShopStore,
        *,
        actor: str = "owner",
        clock: Clock | None = None,
    ) -> None:
        self.store = store
        self.actor = actor
        # Who works (services/people.py): the one person of a shop that needs no sign-in, else who
        # signed in; None on a shop without people, or before signing in.
        self.person: Person | None = None
        # True while `person` is only assumed: the one person of a one-person shop, taken
        # without a PIN. Once a second person is added (at any desk) an assumed person no
        # longer counts: whoever works here must sign in (services/permissions.py).
        self.person_assumed = False
        self._clock: Clock = clock or system_clock
        # Called once by close(), e.g. the GUI releasing its lock on the file.
        self.on_close: list[Callable[[], None]] = []

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        engine: StoreEngine | None = None,
        **kwargs: Any,
    ) -> Shop:
        """Open (or with `create`, make) the shop at `path` with `engine`, by default the one
        that opens that kind of shop."""
        from jitdesk.store import engine as engines

        path = Path(path)
        engine = engine or engines.engine_for(path)
        try:
            return cls(engine.open(path, create=create), **kwargs)
        except JitdeskError as exc:
            kept = server_login.kept_password(path, exc)
            if kept is None:
                raise
        with_kept = Path(server_login.with_password(path, kept))
        return cls(engine.open(with_kept, create=create), **kwargs)

    @staticmethod
    def names_server(location: str | Path) -> bool:
        """True when `location` is a PostgreSQL server address rather than a shop file."""
        from jitdesk.store import shop_location

        return shop_location.is_server_location(location)

    @staticmethod
    def remembered_location(location: str | Path) -> str:
        """How a shop is named in the list of recent shops: a file by its absolute path, a
        server shop by its address without a password (libpq finds that in ~/.pgpass or
        PGPASSWORD; the list must never hold it)."""
        from jitdesk.store import shop_location

        if not shop_location.is_server_location(location):
            return str(Path(location).absolute())
        from jitdesk.store import pg_connect

        return pg_connect.parse_location(location).display

    @property
    def db(self) -> Handle:
        """The handle the store functions take."""
        return self.store.handle

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def address(self) -> str:
        """Where the shop is, as people are shown it: its file, or its server address."""
        return self.store.address

    def reopened(self) -> Shop:
        """The same shop on a connection of its own, working as the same person: for a worker
        thread that writes while this one stays with the window."""
        other = Shop(self.store.reopen(), actor=self.actor, clock=self._clock)
        other.person, other.person_assumed = self.person, self.person_assumed
        return other

    @property
    def short_name(self) -> str:
        """The shop's file stem or database name: what its backup files are named after."""
        return self.store.name

    @property
    def on_server(self) -> bool:
        return self.store.path is None and bool(self.store.address)

    @classmethod
    def open_for_reading(cls, path: str | Path, **kwargs: Any) -> Shop:
        """Open for actions that only read: a shop in a read-only folder can still be read."""
        from jitdesk.store import engine as engines

        path = Path(path)
        return cls(engines.engine_for(path).open_for_reading(path), **kwargs)

    def listen_for_changes(self, on_change: Callable[[], None]) -> Listening | None:
        """Call `on_change`, on a thread of its own, soon after another desk changed this shop;
        None for a shop file, which only one desk can have open. Closing the shop stops it."""
        listen = getattr(self.store, "listen_for_changes", None)
        if listen is None:
            return None
        listening: Listening = listen(on_change)
        self.on_close.append(listening.stop)
        return listening

    def close(self) -> None:
        self.store.close()
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            callback()

    @property
    def person_id(self) -> int | None:
        """Who the events of this shop's actions are by (None: nobody signed in)."""
        return self.person.id if self.person else None

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

    def transaction(self) -> AbstractContextManager[Handle]:
        """One user action; a full disk, read-only or moved file becomes a ShopFileError."""
        return self.store.transaction()

    def event(
        self, entity: str, entity_id: int | None, action: str, summary: str = "", **details: Any
    ) -> None:
        self.store.record_event(
            at=self.now_iso(),
            actor=self.actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=summary,
            details=details,
            person_id=self.person_id,
        )

    def next_number(self, prefix: str) -> str:
        return self.store.next_number(prefix, self.today().year)

    def next_numbers(self, prefix: str, count: int) -> list[str]:
        """`count` consecutive numbers of this year at once (imports)."""
        return self.store.next_numbers(prefix, self.today().year, count)


def read_separately(shop: Shop, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`read(shop, ...)` on a read-only connection of its own to the shop (its file, or its
    server), so a worker thread can compute it while the GUI thread keeps using `shop.db`.
    A shop in memory (tests) has one connection only: it runs on `shop.db`."""
    if not shop.address:
        return read(shop, *args, **kwargs)
    reader = Shop(shop.store.read_only_copy(), actor=shop.actor, clock=shop.now)
    reader.person, reader.person_assumed = shop.person, shop.person_assumed
    try:
        return read(reader, *args, **kwargs)
    finally:
        reader.store.close()


def start_reading(
    pool: Executor, shop: Shop, read: Callable[..., T], *args: Any
) -> Callable[[], T]:
    """Start `read(shop, *args)` in `pool` on its own connection (`read_separately`); returns
    how to get the result. A shop in memory has one connection only, so it reads right here
    instead."""
    if not shop.address:
        result = read(shop, *args)
        return lambda: result
    return pool.submit(read_separately, shop, read, *args).result


def shop_file_problem(exc: BaseException, path: Path | None = None) -> ShopFileError | None:
    """The plain message for a storage error the environment caused (full disk, read-only or
    moved shop file), or None: a bug, or not a storage error at all. With the shop's `path`
    a read-only folder or a full disk beside it is named as such."""
    from jitdesk.store import engine as engines

    return engines.known_problem(exc, path)
