"""A shop in a PostgreSQL database: the `ShopStore` the services use on a server shop.

Many desks at once. The store functions were written for SQLite's ``BEGIN IMMEDIATE``: a
writing action takes the shop's write lock before it reads, so what it reads cannot change
under it (planning reads the waiting demand, then writes the drafts that cover it; receiving
reads what is outstanding, then allocates). The server store keeps exactly that guarantee with
one transaction-scoped advisory lock per shop database, taken first in every writing
transaction. Two desks committing a plan, receiving or handing over at the same moment run one
after the other, each seeing the other's result; none has to be retried and nothing is lost
or counted twice. Reading (every page, every report) takes no lock and runs alongside. Why not
SERIALIZABLE with retries: a retry would have to run the user's action again, and services
hold state between their reads and writes that a retry could not undo. Why not row locks:
each action would need to know every row its decision rests on (all waiting demand, not only
the rows it writes). Writes are short (milliseconds), so one lock costs nothing at a shop's
pace. Document numbers come from the counters upsert, which the lock also serialises.

A lost connection: an action under way fails with one sentence and nothing of it is written
(the server rolls back a transaction whose connection is gone); the next action connects
again. A connection dropped while the desk was idle is made again as the next action begins,
without troubling anyone. The
dialog the user typed into stays open with what they typed (the GUI's action runner).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import psycopg

from jitdesk.domain.errors import ShopFileError, quoted
from jitdesk.domain.i18n import _
from jitdesk.store import events, pg_connect, pg_handle, pg_notify, shop_location
from jitdesk.store.pg_connect import ServerLocation
from jitdesk.store.pg_errors import ServerShopError

MAX_IDLE_READERS = 4
WRITE_LOCK = 0x4A495445  # the shop's write lock (the migration lock is the key before it)


def connection_lost(server: str) -> ServerShopError:
    return ServerShopError(
        _(
            "The connection to the shop's server {server} was lost and this change was not "
            "saved; check the network and try again (what you typed is kept)."
        ).format(server=quoted(server, limit=60))
    )


class PgStore:
    """A shop on a PostgreSQL server behind one connection (autocommit between actions)."""

    def __init__(
        self,
        location: ServerLocation,
        conn: psycopg.Connection[Any],
        *,
        read_only: bool = False,
        id_tables: frozenset[str] | None = None,
    ) -> None:
        self.location = location
        self.read_only = read_only
        self.desk_id = pg_notify.new_desk_id()
        self._handle = pg_handle.Handle(conn, id_tables)
        # Read-only connections handed back by readers, kept for the next one: a connection
        # costs a round of authentication, a page's background read only milliseconds.
        self._idle_readers: list[psycopg.Connection[Any]] = []
        self._readers_lock = threading.Lock()
        self._give_back: Callable[[psycopg.Connection[Any]], None] | None = None
        self._handle.conn.on_begin.append(self._take_write_lock)
        self._handle.conn.reconnect = self._reconnect_if_lost
        self.before_commit: list[Callable[[psycopg.Connection[Any]], None]] = [
            self._announce_change
        ]

    def _announce_change(self, conn: psycopg.Connection[Any]) -> None:
        pg_notify.announce(conn, self.desk_id)

    def listen_for_changes(self, on_change: Callable[[], None]) -> pg_notify.ChangeListener:
        """Call `on_change` on a thread of its own after another desk committed a change."""
        return pg_notify.listen(self.location, self.desk_id, on_change)

    @staticmethod
    def _take_write_lock(cursor: psycopg.Cursor[Any]) -> None:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    @property
    def handle(self) -> Any:
        return self._handle

    @property
    def path(self) -> Path | None:
        return None

    @property
    def address(self) -> str:
        return self.location.display

    @property
    def name(self) -> str:
        return self.location.dbname

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN + the shop's write lock ... COMMIT (a savepoint when nested)."""
        conn = self._handle.conn
        # A connection known to be lost (a closed one reports no transaction state) is made
        # again before this action starts: nothing of it was begun yet.
        self._reconnect_if_lost()
        if conn.in_transaction:
            with self._handle.atomic():
                yield self._handle
            return
        try:
            self._begin()
            try:
                yield self._handle
                for step in self.before_commit:
                    step(conn.raw)
            except BaseException:
                if not conn.raw.closed:
                    conn.raw.execute("ROLLBACK")
                raise
            conn.raw.execute("COMMIT")
        except psycopg.OperationalError as exc:
            raise connection_lost(self.location.server) from exc

    def _begin(self) -> None:
        """BEGIN and the write lock. A connection that turns out to be gone only now (the
        server or the network dropped it while the desk was idle) is made again once: nothing
        of the action has run yet, so it is safe to start it afresh."""
        try:
            self._handle.conn.begin()
        except psycopg.OperationalError:
            raw = self._handle.conn.raw
            if not (raw.closed or raw.broken):
                raise
            self._reconnect_if_lost()
            self._handle.conn.begin()

    def _reconnect_if_lost(self) -> None:
        if self._handle.conn.raw.closed or self._handle.conn.raw.broken:
            try:
                self._handle.conn.raw = _connect(self.location, read_only=self.read_only)
            except ShopFileError:
                raise connection_lost(self.location.server) from None

    def known_problem(self, exc: BaseException) -> ShopFileError | None:
        if isinstance(exc, ShopFileError):
            return exc
        if isinstance(exc, psycopg.OperationalError):
            return connection_lost(self.location.server)
        return None

    def check_same_file(self) -> None:
        """A server database has no file that could be swapped underneath."""

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
            cast(Any, self._handle),
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
        return events.next_number(self._handle, prefix, year)  # type: ignore[arg-type]

    def next_numbers(self, prefix: str, year: int, count: int) -> list[str]:
        return events.allocate_numbers(self._handle, prefix, year, count)  # type: ignore[arg-type]

    def read_only_copy(self) -> PgStore:
        """A reader on a connection of its own (one kept from an earlier reader, or a new
        one), for a worker thread; closing it hands the connection back to this store."""
        with self._readers_lock:
            conn = self._idle_readers.pop() if self._idle_readers else None
        if conn is None or conn.closed or conn.broken:
            conn = _connect(self.location, read_only=True)
        reader = PgStore(self.location, conn, read_only=True, id_tables=self._handle.id_tables)
        reader._give_back = self._take_back
        return reader

    def reopen(self) -> PgStore:
        return PgStore(
            self.location,
            _connect(self.location, read_only=False),
            id_tables=self._handle.id_tables,
        )

    def _take_back(self, conn: psycopg.Connection[Any]) -> None:
        usable = not (conn.closed or conn.broken)
        if usable and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            with self._readers_lock:
                if not self._handle.conn.raw.closed and len(self._idle_readers) < MAX_IDLE_READERS:
                    self._idle_readers.append(conn)
                    return
        conn.close()

    def copy_to(self, dest: Path) -> Path:
        """A consistent shop file of this server shop at `dest`."""
        from jitdesk.store import pg_transfer

        pg_transfer.copy_server_shop(self._handle.conn.raw, dest)
        return dest

    def close(self) -> None:
        if self._give_back is not None:
            self._give_back(self._handle.conn.raw)
            return
        self._handle.conn.raw.close()
        with self._readers_lock:
            idle, self._idle_readers = self._idle_readers, []
        for conn in idle:
            conn.close()


def _connect(location: ServerLocation, *, read_only: bool) -> psycopg.Connection[Any]:
    conn = pg_connect.connect(location)
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return conn


class PgEngine:
    """Shops on a PostgreSQL server, named by a postgresql:// address."""

    def open(self, path: Path, *, create: bool = False) -> PgStore:
        location = pg_connect.parse_location(path)
        return PgStore(location, pg_connect.open_shop(location, create=create))

    def open_for_reading(self, path: Path) -> PgStore:
        return self.open(path)

    def known_problem(self, exc: BaseException, path: Path | None = None) -> ShopFileError | None:
        if isinstance(exc, ServerShopError):
            return exc
        if isinstance(exc, psycopg.OperationalError):
            server = shop_location.server_address(path) if path is not None else ""
            return connection_lost(server)
        return None


SERVER = PgEngine()
