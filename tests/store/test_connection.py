"""Opening shop files: migrations, pragmas, and refusing what must not be touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from jitdesk.domain.errors import ShopFileError
from jitdesk.store import schema
from jitdesk.store.connection import (
    filesystem_type,
    is_network_path,
    open_database,
    transaction,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_migrated_from_empty_and_uses_safe_pragmas(tmp_path):
    db = open_database(tmp_path / "s.jitdesk", create=True)
    tables = set(db.table_names())
    assert {"customer_orders", "coverage", "allocations", "events", "offer_costs"} <= tables
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    applied = [m.name for m in schema.migrations.applied(db)]
    assert applied == schema.known_migration_names()


def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "s.jitdesk"
    db = open_database(path, create=True)
    db["customers"].insert({"name": "Ana", "created_at": "2026-01-01T00:00:00+00:00"})
    db.conn.close()
    db = open_database(path)
    assert db["customers"].count == 1
    assert not list(tmp_path.glob("*.bak"))  # no upgrade, no pre-upgrade backup


def test_missing_file_without_create_is_refused(tmp_path):
    with pytest.raises(ShopFileError, match="no shop file"):
        open_database(tmp_path / "nope.jitdesk")


def test_file_from_newer_jitdesk_is_refused_untouched(tmp_path):
    path = tmp_path / "s.jitdesk"
    db = open_database(path, create=True)
    db["_sqlite_migrations"].insert(
        {"migration_set": schema.MIGRATION_SET, "name": "m999_future", "applied_at": "2030"}
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = digest(path)
    with pytest.raises(ShopFileError, match="newer jitdesk"):
        open_database(path)
    assert digest(path) == before


def test_text_file_is_not_a_shop_file(tmp_path):
    path = tmp_path / "notes.jitdesk"
    path.write_text("hello, I am a shopping list\n")
    with pytest.raises(ShopFileError, match="not a jitdesk shop file"):
        open_database(path)
    assert path.read_text() == "hello, I am a shopping list\n"


def test_other_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ShopFileError, match="not a jitdesk shop file"):
        open_database(path)
    assert digest(path) == before


def test_corrupt_shop_file_is_refused_untouched(tmp_path):
    path = tmp_path / "s.jitdesk"
    db = open_database(path, create=True)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(path.read_bytes())
    data[100:16000] = b"\xff" * 15900  # smash the schema and the first tables
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(ShopFileError, match="damaged"):
        open_database(path)
    assert digest(path) == before


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
//nas/shop /mnt/shop cifs rw 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/shopping ext4 rw 0 0
"""


def test_filesystem_type_uses_the_longest_mount_prefix():
    assert filesystem_type(Path("/mnt/shop/a.jitdesk"), MOUNTS) == "cifs"
    assert filesystem_type(Path("/mnt/shopping/a.jitdesk"), MOUNTS) == "ext4"
    assert filesystem_type(Path("/srv/nfs/x/y.jitdesk"), MOUNTS) == "nfs4"
    assert filesystem_type(Path("/home/a.jitdesk"), MOUNTS) == "ext4"


def test_network_shares_are_detected():
    assert is_network_path(Path("/mnt/shop/a.jitdesk"), MOUNTS)
    assert is_network_path(Path("/srv/nfs/a.jitdesk"), MOUNTS)
    assert not is_network_path(Path("/mnt/shopping/a.jitdesk"), MOUNTS)
    assert is_network_path(Path("//server/share/a.jitdesk"))


def test_shop_file_on_network_share_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("jitdesk.store.connection.is_network_path", lambda path: True)
    with pytest.raises(ShopFileError, match="network share"):
        open_database(tmp_path / "s.jitdesk", create=True)
    assert not (tmp_path / "s.jitdesk").exists()


def test_transaction_rolls_back_everything_on_error(tmp_path):
    db = open_database(tmp_path / "s.jitdesk", create=True)
    with pytest.raises(RuntimeError), transaction(db):
        db["customers"].insert({"name": "Ana", "created_at": "x"})
        raise RuntimeError("boom")
    assert db["customers"].count == 0
    assert not db.conn.in_transaction


def test_transaction_takes_the_write_lock_before_reading(tmp_path):
    path = tmp_path / "s.jitdesk"
    db = open_database(path, create=True)
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    with transaction(db), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
