"""Other desks hear a server shop's changes through LISTEN/NOTIFY, against a real server: a
commit reaches a listening desk within a second, a rollback reaches nobody, a desk ignores its
own changes, a burst is told in a few calls, and a lost connection is made again."""

from __future__ import annotations

import logging
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from tests.environment import REPO
from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.store import pg_connect, pg_notify  # noqa: E402
from tests.store.pg.conftest import admin  # noqa: E402

pytestmark = pytest.mark.spawns

WAIT_SECONDS = 10.0  # how long a test waits for what must happen before it fails


def wait_until(happened: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not happened():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {WAIT_SECONDS} s: {what}")
        time.sleep(0.005)


class Calls:
    """The on_change calls a listener made, with the moment of each."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self.times.append(time.monotonic())

    def __len__(self) -> int:
        with self._lock:
            return len(self.times)


@pytest.fixture
def location(pg, pg_db) -> str:
    return pg.url(pg_db)


@pytest.fixture
def writer(location) -> Iterator[psycopg.Connection]:
    """Another desk's connection, writing as the server store does."""
    with pg_connect.connect(location) as conn:
        conn.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)")
        yield conn


@pytest.fixture
def listeners() -> Iterator[Callable[..., pg_notify.ChangeListener]]:
    """Start listeners that are stopped after the test, whatever it did."""
    started: list[pg_notify.ChangeListener] = []

    def start(location: str, desk_id: str = "desk-b", **options) -> pg_notify.ChangeListener:
        calls = options.pop("calls", None) or Calls()
        listener = pg_notify.ChangeListener(location, calls, desk_id, **options)
        listener.calls = calls  # type: ignore[attr-defined]
        started.append(listener)
        return listener

    yield start
    for listener in started:
        listener.stop()


def commit_order(conn: psycopg.Connection, order_id: int, desk_id: str = "desk-a") -> None:
    with conn.transaction():
        conn.execute("INSERT INTO orders (id) VALUES (%s)", (order_id,))
        pg_notify.announce(conn, desk_id)


def test_a_commit_reaches_the_other_desk_within_a_second(location, writer, listeners):
    # A short coalescing pause lets the notices follow each other quickly; each one is the
    # first after a quiet moment, which is the case a person waits for.
    listener = listeners(location, coalesce_seconds=0.05)
    latencies = []
    for number in range(50):
        told = len(listener.calls)
        time.sleep(0.06)  # past the coalescing pause: this notice is told at once
        began = time.monotonic()
        commit_order(writer, number)
        wait_until(lambda told=told: len(listener.calls) > told, "the listener was told")
        latencies.append(listener.calls.times[-1] - began)
    median, worst = statistics.median(latencies), max(latencies)
    print(f"\ncommit to on_change over 50 notices: median {median * 1000:.1f} ms, "
          f"worst {worst * 1000:.1f} ms")  # fmt: skip
    assert worst < 5.0  # a sanity bound only; the numbers above are what is measured


def _plain_listener(location: str) -> psycopg.Connection:
    conn = pg_connect.connect(location)
    conn.execute(f"LISTEN {pg_notify.CHANNEL}")
    return conn


def test_a_notice_is_sent_on_commit_only_and_never_on_rollback(location, writer):
    with _plain_listener(location) as heard, pg_connect.connect(location) as second:
        with pytest.raises(ZeroDivisionError), writer.transaction():
            writer.execute("INSERT INTO orders (id) VALUES (1)")
            pg_notify.announce(writer, "rolled-back")
            raise ZeroDivisionError  # the action fails: everything is rolled back
        # A transaction that announces first but commits last is heard last.
        with writer.transaction():
            writer.execute("INSERT INTO orders (id) VALUES (3)")
            pg_notify.announce(writer, "committed-last")
            commit_order(second, 2, "committed-first")
        notices = list(heard.notifies(timeout=WAIT_SECONDS, stop_after=2))
        assert [n.payload for n in notices] == ["committed-first", "committed-last"]
        assert all(n.channel == pg_notify.CHANNEL for n in notices)
    with pg_connect.connect(location) as conn:
        assert conn.execute("SELECT id FROM orders ORDER BY id").fetchall() == [(2,), (3,)]


def test_several_announcements_in_one_transaction_are_one_notice(location, writer):
    with _plain_listener(location) as heard:
        with writer.transaction():
            for number in range(5):
                writer.execute("INSERT INTO orders (id) VALUES (%s)", (number,))
                pg_notify.announce(writer, "desk-a")
        commit_order(writer, 99, "desk-c")
        notices = list(heard.notifies(timeout=WAIT_SECONDS, stop_after=2))
        assert [n.payload for n in notices] == ["desk-a", "desk-c"]


def test_a_desk_ignores_its_own_changes(location, writer, listeners):
    listener = listeners(location, desk_id="desk-a", coalesce_seconds=0)
    for number in range(3):
        commit_order(writer, number, "desk-a")
    wait_until(lambda: listener.notices_heard == 3, "its own three notices were read")
    commit_order(writer, 10, "desk-b")
    wait_until(lambda: listener.notices_heard == 4 and len(listener.calls) >= 1, "told once")
    listener.stop()  # the thread has ended: every call it would make for these is made
    assert len(listener.calls) == 1


@pytest.mark.parametrize("pause", [0.0, 0.005], ids=["at-once", "over-a-second"])
def test_a_burst_of_changes_is_told_in_a_few_calls(location, writer, listeners, pause):
    listener = listeners(location)
    began = time.monotonic()
    for number in range(200):
        commit_order(writer, number)
        time.sleep(pause)
    burst = time.monotonic() - began
    wait_until(lambda: listener.notices_heard == 200 and not listener.untold, "the burst was told")
    calls = len(listener.calls)
    print(f"\n200 commits in {burst:.2f} s were told in {calls} calls")
    # At most one call per coalescing pause while they come (the listener may trail the
    # commits a little), and one after the last: far fewer calls than changes.
    assert 1 <= calls <= 3 + burst / pg_notify.COALESCE_SECONDS
    assert calls < 50


def _backend_alive(location: str, pid: int) -> bool:
    with pg_connect.connect(location) as conn:
        row = conn.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
        return row is not None


def test_stop_ends_the_thread_at_once_and_closes_the_connection(location, listeners):
    listener = listeners(location)
    pid = listener.backend_pid
    assert pid is not None and listener.running
    began = time.monotonic()
    listener.stop()
    took = time.monotonic() - began
    print(f"\nstop() took {took * 1000:.1f} ms")
    assert took < 1.0 and not listener.running
    wait_until(lambda: not _backend_alive(location, pid), "the server ended the connection")
    listener.stop()  # again: harmless


def test_the_listener_sleeps_between_notices(location, writer, listeners):
    listener = listeners(location)
    thread = listener._thread
    assert thread.daemon
    commit_order(writer, 1)
    wait_until(lambda: len(listener.calls) == 1 and not listener.untold, "told")
    # Waiting in select(), the thread's CPU time stays put however long nothing happens.
    cpu = _thread_cpu_seconds(thread)
    if cpu is None:
        pytest.skip("the thread's CPU time cannot be read on this system")
    time.sleep(0.5)
    assert _thread_cpu_seconds(thread) - cpu < 0.05


def _thread_cpu_seconds(thread: threading.Thread) -> float | None:
    stat = f"/proc/self/task/{thread.native_id}/stat"
    if not os.path.exists(stat):
        return None
    with open(stat) as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_lost_connection_is_made_again_and_logged_once(location, writer, listeners, pg, caplog):
    caplog.set_level(logging.DEBUG, logger=pg_notify.__name__)
    listener = listeners(location)
    old = listener.backend_pid
    with admin(pg) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (old,))
    wait_until(lambda: listener.backend_pid not in (None, old), "listening again")
    # Changes committed while it was away were not heard: reconnecting counts as one.
    wait_until(lambda: len(listener.calls) == 1, "told after reconnecting")
    told = len(listener.calls)
    commit_order(writer, 1)
    wait_until(lambda: len(listener.calls) > told, "a later change was heard")
    lost = [r for r in caplog.records if "Lost the connection" in r.getMessage()]
    assert len(lost) == 1 and lost[0].levelno == logging.WARNING
    assert "\n" not in lost[0].getMessage()


def test_a_server_that_is_away_is_tried_again_until_it_answers(
    location, writer, listeners, monkeypatch, caplog
):
    attempts = []
    real_connect = pg_notify.connect
    reachable = threading.Event()

    def flaky_connect(where):
        attempts.append(where)
        if not reachable.is_set():
            raise psycopg.OperationalError("connection refused")
        return real_connect(where)

    monkeypatch.setattr(pg_notify, "connect", flaky_connect)
    listener = listeners(location, reconnect_delays=(0.01, 0.02))
    wait_until(lambda: len(attempts) >= 5, "several attempts")
    assert listener.backend_pid is None and listener.running
    reachable.set()
    wait_until(lambda: listener.backend_pid is not None, "connected once reachable")
    told = len(listener.calls)
    commit_order(writer, 1)
    wait_until(lambda: len(listener.calls) > told, "a change was heard")
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 2  # cannot listen yet; listening again: not one per attempt
    # The pauses grow to the last one, which then repeats.
    pauses = pg_notify.ChangeListener._pauses(listener)
    assert [next(pauses) for _ in range(5)] == [0.01, 0.02, 0.02, 0.02, 0.02]


def test_listen_forwards_and_a_desk_id_fits_a_notice(location, writer):
    calls = Calls()
    listener = pg_notify.listen(location, "desk-b", calls)
    try:
        commit_order(writer, 1)
        wait_until(lambda: len(calls) == 1, "told")
    finally:
        listener.stop()
    assert pg_notify.new_desk_id() != pg_notify.new_desk_id()
    with pytest.raises(ValueError):
        pg_notify.announce(writer, "x" * 8000)
    with pytest.raises(ValueError):
        pg_notify.announce(writer, "")


CHILD = """
import sys
from jitdesk.store import pg_connect, pg_notify
with pg_connect.connect(sys.argv[1]) as conn:
    with conn.transaction():
        conn.execute("INSERT INTO orders (id) VALUES (7)")
        pg_notify.announce(conn, pg_notify.new_desk_id())
"""


def test_a_change_committed_by_another_process_reaches_this_one(location, writer, listeners):
    listener = listeners(location)
    env = dict(os.environ, PYTHONPATH=str(REPO))  # with the password file of this test
    done = subprocess.run(
        [sys.executable, "-c", CHILD, location],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    wait_until(lambda: len(listener.calls) == 1, "the other process's change was heard")
    assert writer.execute("SELECT id FROM orders").fetchall() == [(7,)]
