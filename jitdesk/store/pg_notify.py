"""Telling the other desks of a server shop that something changed (PostgreSQL LISTEN/NOTIFY).

Every write transaction of a server shop ends with `announce(conn, desk_id)`. PostgreSQL holds
the notice until the transaction commits and drops it on a rollback, so a notice always means
"committed", and it reaches every connection that listens on `CHANNEL` within milliseconds. The
payload is only the writing desk's id, so that a desk can ignore its own notices: it refreshed
after its own action already. A notice does not say what changed; whoever hears one treats it as
"anything may have changed".

A `ChangeListener` keeps one connection of its own that does nothing but LISTEN. Its thread
sleeps in select() on that connection's socket and on a wake-up socket of its own, so it costs
nothing between notices and `stop()` ends it at once. A burst of notices (another desk importing
a few hundred orders, one transaction each) becomes at most one `on_change` call per
`COALESCE_SECONDS`, the first one at once. A lost connection is logged once and reconnected
after growing pauses; since notices sent meanwhile are lost, reconnecting counts as a change.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
import select
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator

import psycopg

from jitdesk.store.pg_connect import ServerLocation, connect, parse_location
from jitdesk.store.pg_errors import ServerShopError

log = logging.getLogger(__name__)

CHANNEL = "jitdesk_changes"
# PostgreSQL refuses a payload of 8000 bytes or more; a desk id is far below that.
MAX_PAYLOAD_BYTES = 7999
# At most one on_change call per this many seconds while notices keep coming.
COALESCE_SECONDS = 0.2
# Pauses before the attempts to reconnect after a lost connection; the last one repeats.
RECONNECT_DELAYS = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
# How long stop() waits for the thread. Only a connection attempt under way (libpq's connect
# timeout) can keep it longer; it then closes that connection on its own when the attempt ends.
STOP_WAIT_SECONDS = 1.0
# A listening connection that silently vanished (a router or firewall forgot it) would wait for
# notices for ever; TCP keepalives notice it within about a minute instead of the system's
# default two hours. libpq ignores them on a Unix socket.
KEEPALIVES = (
    ("keepalives", "1"),
    ("keepalives_idle", "30"),
    ("keepalives_interval", "10"),
    ("keepalives_count", "3"),
)
APPLICATION_NAME = "jitdesk listener"


def new_desk_id() -> str:
    """An id for one open server shop: two windows on one PC are two desks to each other."""
    return uuid.uuid4().hex


def _payload(desk_id: str) -> str:
    if not desk_id or len(desk_id.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"a desk id must be 1 to {MAX_PAYLOAD_BYTES} bytes long")
    return desk_id


def announce(conn: psycopg.Connection, desk_id: str) -> None:
    """Tell the other desks that `desk_id` changed the shop, once the running transaction
    commits (nothing is sent if it rolls back). Several announcements in one transaction reach
    the listeners as one. A transaction that wrote nothing (the server gave it no transaction
    id: a timer that found nothing due, say) is not announced, so no desk reloads for it."""
    conn.execute(
        "SELECT pg_notify(%s, %s) WHERE pg_current_xact_id_if_assigned() IS NOT NULL",
        (CHANNEL, _payload(desk_id)),
    )


def listen(
    location: ServerLocation | str, desk_id: str, on_change: Callable[[], None]
) -> ChangeListener:
    """Start calling `on_change` (on a thread of its own) whenever another desk commits a
    change to the shop at `location`; the server store forwards its `listen_for_changes` here."""
    return ChangeListener(location, on_change, desk_id)


def _listening_location(where: ServerLocation) -> ServerLocation:
    """`where` with keepalives and a name of its own in the server's activity list, unless
    the shop's address sets them."""
    given = {name for name, _value in where.options}
    extra = (*KEEPALIVES, ("application_name", APPLICATION_NAME))
    return dataclasses.replace(
        where, options=where.options + tuple((k, v) for k, v in extra if k not in given)
    )


def _one_line(exc: BaseException) -> str:
    """libpq's messages run over several lines; the log keeps one line per event."""
    return " ".join(str(exc).split())


class ChangeListener:
    """Calls `on_change` on its own thread after other desks commit changes, until `stop()`.

    `on_change` must be quick and must not touch anything of the GUI thread: hand the news on
    (a queued Qt signal) and return.
    """

    def __init__(
        self,
        location: ServerLocation | str,
        on_change: Callable[[], None],
        desk_id: str,
        *,
        coalesce_seconds: float = COALESCE_SECONDS,
        reconnect_delays: tuple[float, ...] = RECONNECT_DELAYS,
    ) -> None:
        where = location if isinstance(location, ServerLocation) else parse_location(location)
        self._shown = where.display
        self._location = _listening_location(where)
        self._on_change = on_change
        self._desk_id = desk_id
        self._coalesce = coalesce_seconds
        self._delays = reconnect_delays
        self._stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self._conn: psycopg.Connection | None = None
        self.backend_pid: int | None = None
        """The server process of the listening connection; None while there is none."""
        self.notices_heard = 0
        """Notices read so far, the desk's own included."""
        self.untold = False
        """True while a change was heard that `on_change` has not been told of yet."""
        # LISTEN is in place when the constructor returns, so no change committed after it is
        # missed. Should the server not answer now, the thread keeps trying.
        try:
            self._connect()
        except (ServerShopError, psycopg.Error) as exc:
            log.warning(
                "Cannot listen for other desks' changes to %s yet (%s); trying again.",
                self._shown,
                _one_line(exc),
            )
        self._thread = threading.Thread(target=self._run, name="jitdesk-changes", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """End the thread and close its connection; returns within `STOP_WAIT_SECONDS`.
        Calling it again, or from `on_change`, is harmless."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_write.send(b"\0")
        if threading.current_thread() is not self._thread:
            self._thread.join(STOP_WAIT_SECONDS)

    # -- the thread --------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._listen_until_stopped()
        except Exception:  # noqa: BLE001 - logged, or this desk stops hearing without a word
            log.exception("Listening for other desks' changes stopped after an error.")
        finally:
            self._disconnect()
            self._wake_read.close()
            self._wake_write.close()

    def _listen_until_stopped(self) -> None:
        last_call = -math.inf
        while not self._stopping.is_set():
            conn = self._conn
            if conn is None:
                conn = self._reconnect()
                if conn is None:
                    return  # stopped
                self.untold = True  # what was committed while away was not heard
            timeout = None
            if self.untold:
                timeout = max(0.0, last_call + self._coalesce - time.monotonic())
            if timeout != 0.0:
                conn_fd, wake_fd = conn.fileno(), self._wake_read.fileno()
                ready, _w, _x = select.select([conn_fd, wake_fd], [], [], timeout)
                if wake_fd in ready:
                    self._drain_wake()
                    continue
                if conn_fd in ready:
                    self._read()
                    if self._conn is None:
                        continue
            if self.untold and time.monotonic() >= last_call + self._coalesce:
                self.untold = False
                last_call = time.monotonic()
                self._tell()

    def _read(self) -> None:
        """Take in what arrived on the connection; a notice of another desk is news."""
        assert self._conn is not None
        try:
            notices = list(self._conn.notifies(timeout=0))
        except psycopg.Error as exc:
            self._lost(exc)
            return
        if any(n.channel == CHANNEL and n.payload != self._desk_id for n in notices):
            self.untold = True
        self.notices_heard += len(notices)
        if self._conn.closed or self._conn.broken:
            self._lost(None)

    def _tell(self) -> None:
        try:
            self._on_change()
        except Exception:  # noqa: BLE001 - one failing call must not end the listening
            log.exception("Telling of another desk's change failed.")

    def _drain_wake(self) -> None:
        with contextlib.suppress(OSError):
            while self._wake_read.recv(64):
                pass

    def _connect(self) -> psycopg.Connection:
        conn = connect(self._location)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self.backend_pid = conn.info.backend_pid
        return conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        self.backend_pid = None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _lost(self, exc: BaseException | None) -> None:
        self._disconnect()
        if not self._stopping.is_set():
            reason = f" ({_one_line(exc)})" if exc is not None else ""
            log.warning(
                "Lost the connection that hears other desks' changes to %s%s; reconnecting.",
                self._shown,
                reason,
            )

    def _pauses(self) -> Iterator[float]:
        yield from self._delays
        while True:
            yield self._delays[-1]

    def _reconnect(self) -> psycopg.Connection | None:
        """Connect again after growing pauses; None when stopped meanwhile."""
        for pause in self._pauses():
            ready, _w, _x = select.select([self._wake_read], [], [], pause)
            if ready or self._stopping.is_set():
                return None
            try:
                conn = self._connect()
            except (ServerShopError, psycopg.Error) as exc:
                log.debug("Reconnecting to hear other desks' changes failed: %s", exc)
                continue
            if self._stopping.is_set():
                return None  # stop() came while connecting: _run closes the connection
            log.warning("Hearing other desks' changes again.")
            return conn
        return None  # the pauses never end; this only keeps mypy content
