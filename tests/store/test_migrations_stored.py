"""Every stored shop file version opens with this jitdesk, upgraded, with all its data; a
migration that fails or is killed halfway leaves the old schema, never a mix."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jitdesk.domain.errors import ShopFileError
from jitdesk.services import backup
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop
from jitdesk.store import schema

REPO = Path(__file__).resolve().parents[2]
STORED = sorted((REPO / "tests" / "data" / "schema").glob("v*.jitdesk"))


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_a_file_of_every_schema_version_is_stored():
    versions = {int(p.stem[1:]) for p in STORED}
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1)), (
        "store the new version: python -m tests.data.schema.make_stored_version"
    )


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.stem)
def test_stored_version_upgrades_with_its_data(stored, tmp_path):
    path = tmp_path / "old.jitdesk"
    shutil.copyfile(stored, path)
    expected = json.loads(stored.with_suffix(".json").read_text())
    was_current = len(applied(path)) == schema.SCHEMA_VERSION
    shop = Shop.open(path)
    try:
        assert [m.name for m in schema.migrations.applied(shop.db)] == (
            schema.known_migration_names()
        )
        assert shop.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        for table, n in expected.items():
            assert shop.db[table].count == n, table
        assert check_shop(shop) == []
    finally:
        shop.close()
    upgrades = [b for b in backup.list_backups(path) if b.reason == "before-upgrade"]
    assert len(upgrades) == (0 if was_current else 1)
    if upgrades:  # the copy taken before the upgrade is the old file, untouched
        old = backup.backups_folder(path) / upgrades[0].name
        assert applied(old) == applied(stored)


@pytest.fixture
def v1_copy(tmp_path):
    path = tmp_path / "v1.jitdesk"
    shutil.copyfile(STORED[0], path)
    return path


def test_a_failing_migration_leaves_the_old_schema(v1_copy, monkeypatch):
    def m999_breaks_halfway(db):
        db.execute("CREATE TABLE half_done (x INTEGER)")
        db.execute("ALTER TABLE customers ADD COLUMN half TEXT")
        raise RuntimeError("migration bug")

    real = schema.known_migration_names()
    extra = schema.Migrations._Migration("m999_breaks_halfway", m999_breaks_halfway)
    monkeypatch.setattr(schema.migrations, "_migrations", [*schema.migrations._migrations, extra])
    with pytest.raises(RuntimeError):
        Shop.open(v1_copy)
    assert "half_done" not in tables(v1_copy)
    # the real migrations before it committed one by one; the broken one left nothing
    assert applied(v1_copy) == real
    conn = sqlite3.connect(str(v1_copy))
    columns = {r[1] for r in conn.execute("PRAGMA table_info(customers)")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert "half" not in columns
    assert user_version(v1_copy) == len(real)  # moved on with every committed migration
    monkeypatch.undo()
    shop = Shop.open(v1_copy)  # the real migrations still apply afterwards
    assert check_shop(shop) == []
    shop.close()


SLOW_MIGRATION = r"""
import sys, time
from jitdesk.store import schema
from jitdesk.services.shop import Shop

@schema.migrations()
def m999_slow(db):
    db.execute("CREATE TABLE slow_new (x INTEGER)")
    for i in range(2000):
        db.execute("INSERT INTO slow_new VALUES (?)", [i])
    db.execute("UPDATE customers SET notes = 'migrated'")
    print("MIGRATING", flush=True)
    time.sleep(60)

Shop.open(sys.argv[1])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_during_a_migration_leaves_the_old_schema(v1_copy):
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_MIGRATION, str(v1_copy)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        # m002 (if pending) is applied and committed first, then the slow one starts
        assert child.stdout.readline().strip() == "MIGRATING"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert "slow_new" not in tables(v1_copy)
    assert "m999_slow" not in applied(v1_copy)
    assert user_version(v1_copy) == len(applied(v1_copy))  # so the file still opens
    conn = sqlite3.connect(str(v1_copy))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (
        conn.execute("SELECT count(*) FROM customers WHERE notes = 'migrated'").fetchone()[0] == 0
    )
    conn.close()
    shop = Shop.open(v1_copy)  # this jitdesk opens it and finishes its own migrations
    assert [m.name for m in schema.migrations.applied(shop.db)] == schema.known_migration_names()
    assert check_shop(shop) == []
    shop.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("version", [0, 3, 99])
def test_a_file_whose_version_and_upgrade_history_disagree_is_refused_untouched(tmp_path, version):
    current = max(STORED, key=lambda p: int(p.stem[1:]))
    path = tmp_path / "shop.jitdesk"
    shutil.copyfile(current, path)
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before, stat = path.read_bytes(), path.stat()
    with pytest.raises(ShopFileError) as refused:
        Shop.open(path)
    assert str(refused.value) == (
        f"shop.jitdesk is inconsistent (its schema version says {version}, its upgrade history "
        f"{len(applied(current))}); restore it from a backup."
    )
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    # no backup, no -wal (the lock file every opener of a shop holds may stay)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "shop.jitdesk-lock") == [
        "shop.jitdesk"
    ]


def test_a_file_from_a_newer_jitdesk_is_refused_untouched(v1_copy):
    conn = sqlite3.connect(str(v1_copy))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [schema.MIGRATION_SET, "m999_from_the_future", "2030-01-01"],
    )
    conn.commit()
    conn.close()
    before = v1_copy.read_bytes()
    with pytest.raises(ShopFileError, match="newer jitdesk"):
        Shop.open(v1_copy)
    assert v1_copy.read_bytes() == before
    assert backup.list_backups(v1_copy) == []
