"""Backups: consistent while written to, verified, owner-only, rotated, restorable."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jitdesk.cli import main as cli_main
from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import CustomerInput
from jitdesk.services import backup, customers, settings
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
POSIX = os.name == "posix"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def count(path: Path, table: str = "customers") -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def shop_path(tmp_path) -> Path:
    path = tmp_path / "velo.jitdesk"
    shop = settings.create_shop(path, "Velo", "EUR")
    for i in range(5):
        customers.add_customer(shop, CustomerInput(name=f"Customer {i}"))
    shop.close()
    return path


def test_backup_goes_to_the_backups_folder_with_a_readable_name(shop_path):
    made = backup.make_backup(shop_path, now=NOW)
    assert made.parent == shop_path.with_name("velo.jitdesk.backups")
    assert made.name == "velo-20261125T100000Z-manual.jitdesk"
    assert count(made) == 5
    # a backup is one self-contained shop file: nothing beside it, opens as a shop
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    opened = Shop.open(made)
    assert check_shop(opened) == []
    opened.close()
    again = backup.make_backup(shop_path, now=NOW)
    assert again != made and again.exists()  # same second: a second name, not an overwrite


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_shop_wal_backups_and_folder_are_owner_only(shop_path, tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "private.jitdesk"
        shop = settings.create_shop(path, "Private", "EUR")
        customers.add_customer(shop, CustomerInput(name="Ann"))
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(path.with_name(path.name + side)) == 0o600
        made = backup.make_backup(shop, now=NOW)
        shop.close()
        assert mode(made) == 0o600
        assert mode(made.parent) == 0o700
        explicit = backup.make_backup(path, tmp_path / "copy.jitdesk")
        assert mode(explicit) == 0o600
    finally:
        os.umask(old)


WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("PRAGMA busy_timeout=10000")
print("ready", flush=True)
i = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO customers(name, created_at) VALUES (?, '2026-01-01')", [f"w{i}"])
    conn.execute("COMMIT")
    i += 1
"""


def test_backup_is_consistent_while_another_process_writes(shop_path, tmp_path):
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(shop_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        made = [backup.make_backup(shop_path, tmp_path / f"b{i}.jitdesk") for i in range(5)]
    finally:
        writer.kill()
        writer.wait()
    counts = [count(p) for p in made]
    assert counts == sorted(counts) and counts[-1] > 5  # each a snapshot, writes went on
    for path in made:
        conn = sqlite3.connect(str(path))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_backup_of_an_open_shop_while_a_thread_writes(shop_path):
    shop = Shop.open(shop_path)
    stop = threading.Event()

    def write():
        other = Shop.open(shop_path)
        while not stop.is_set():
            customers.add_customer(other, CustomerInput(name="T"))
        other.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        made = [backup.make_backup(shop, now=NOW + timedelta(seconds=i)) for i in range(3)]
    finally:
        stop.set()
        thread.join()
        shop.close()
    assert all(count(p) >= 5 for p in made)


def test_daily_backup_once_a_day_and_rotation(shop_path):
    first = backup.daily_backup(shop_path, now=NOW)
    assert first is not None and first.name.endswith("-daily.jitdesk")
    assert backup.daily_backup(shop_path, now=NOW + timedelta(hours=5)) is None
    for day in range(1, 60):
        backup.daily_backup(shop_path, now=NOW + timedelta(days=day))
    kept = backup.list_backups(shop_path)
    assert 7 <= len(kept) <= 7 + 4 + 12
    newest = kept[0].taken_at
    assert newest == NOW + timedelta(days=59)
    assert {b.taken_at.date() for b in kept} >= {
        (newest - timedelta(days=d)).date() for d in range(7)
    }


def test_restore_backs_up_the_current_file_first_and_replaces_it(shop_path):
    saved = backup.make_backup(shop_path, now=NOW)
    shop = Shop.open(shop_path)
    customers.add_customer(shop, CustomerInput(name="Added after the backup"))
    shop.close()
    assert count(shop_path) == 6
    result = backup.restore(saved, shop_path, now=NOW + timedelta(minutes=1))
    assert count(shop_path) == 5
    assert result.previous_saved_as is not None
    assert result.previous_saved_as.name.endswith("-before-restore.jitdesk")
    assert count(result.previous_saved_as) == 6
    assert not shop_path.with_name(shop_path.name + "-wal").exists()
    reopened = Shop.open(shop_path)
    assert check_shop(reopened) == []
    reopened.close()


def test_restore_removes_a_stale_wal_of_the_old_file(shop_path, tmp_path):
    saved = backup.make_backup(shop_path, tmp_path / "saved.jitdesk")
    # Leave the current file with un-checkpointed writes in its -wal (like after a crash).
    crash = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, sqlite3\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "for i in range(50):\n"
            "    c.execute(\"INSERT INTO customers(name, created_at) VALUES ('x', 'y')\")\n"
            "os._exit(0)\n",
            str(shop_path),
        ],
        check=True,
    )
    assert crash.returncode == 0
    assert shop_path.with_name(shop_path.name + "-wal").stat().st_size > 0
    result = backup.restore(saved, shop_path)
    assert count(result.previous_saved_as) == 55  # the crashed writes were kept in the safety copy
    assert count(shop_path) == 5


def test_restore_refuses_what_is_not_a_shop_and_leaves_the_shop_alone(shop_path, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a shop")
    other_db = tmp_path / "other.sqlite"
    sqlite3.connect(str(other_db)).execute("CREATE TABLE t(x)").connection.close()
    before = shop_path.read_bytes()
    for bad in (junk, other_db, tmp_path / "missing.jitdesk"):
        with pytest.raises(ShopFileError):
            backup.restore(bad, shop_path)
    assert shop_path.read_bytes() == before
    assert backup.list_backups(shop_path) == []


def test_restore_refuses_while_another_live_process_holds_the_window_lock(shop_path, tmp_path):
    saved = backup.make_backup(shop_path, tmp_path / "saved.jitdesk")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        import socket

        backup.lock_file_path(shop_path).write_text(
            f"{sleeper.pid}\njitdesk\n{socket.gethostname()}\n"
        )
        with pytest.raises(ShopFileError, match="open in another jitdesk window"):
            backup.restore(saved, shop_path)
    finally:
        sleeper.kill()
        sleeper.wait()
    # the process is gone: the lock is stale and no longer blocks
    assert backup.restore(saved, shop_path).previous_saved_as is not None


def test_cli_backup_and_restore(shop_path, tmp_path, capsys):
    dest = tmp_path / "copies"
    dest.mkdir()
    assert cli_main(["backup", str(dest), "--shop", str(shop_path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == dest and made.name.startswith("velo-") and count(made) == 5
    assert (
        cli_main(["backup", str(tmp_path / "nowhere" / "x.jitdesk"), "--shop", str(shop_path)]) == 1
    )
    assert "does not exist" in capsys.readouterr().err
    shop = Shop.open(shop_path)
    customers.add_customer(shop, CustomerInput(name="Later"))
    shop.close()
    assert cli_main(["restore", str(made), "--shop", str(shop_path)]) == 0
    assert "was restored from" in capsys.readouterr().out
    assert count(shop_path) == 5
