"""kill -9 of `jitdesk backup` and `jitdesk restore` at random moments leaves no temporary
file behind once the shop is opened again, and the shop is always whole (old or restored).

Default run: 30 kills of each. Stress run: JITDESK_STRESS_KILLS (default 200) of each with
``python -m pytest tests/crash -m stress``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jitdesk.services import backup, settings
from jitdesk.services.shop import Shop

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.spawns,
]
REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(REPO))


@dataclass
class Kills:
    kills: int = 0
    left_temp_files: int = 0  # kills after which a temporary file was there before the open
    leftovers_after_open: list[str] = field(default_factory=list)
    broken_shops: list[str] = field(default_factory=list)


def make_big_shop(path: Path, customers: int = 80_000) -> Path:
    """A shop of some megabytes, so a backup or restore takes a moment to kill into."""
    settings.create_shop(path, "Velo", "EUR").close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO customers(name, notes, created_at) VALUES (?, ?, '2026-01-01T00:00:00')",
        ((f"Customer {i}", "n" * 120) for i in range(customers)),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def temp_files(folder: Path) -> list[str]:
    """Hidden files under `folder`: jitdesk writes nothing else hidden beside a shop, so each
    is a temporary file (or its SQLite -journal, -wal or -shm) that a kill left."""
    return sorted(str(p) for p in folder.rglob(".*"))


def start(*args: object) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "jitdesk", *map(str, args)],
        cwd=REPO,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def duration(*args: object) -> float:
    began = time.monotonic()
    assert start(*args).wait(timeout=120) == 0
    return time.monotonic() - began


def shop_problem(shop_path: Path) -> str | None:
    conn = sqlite3.connect(f"{shop_path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()
    return None if verdict == "ok" and customers > 0 else f"{verdict}, {customers} customers"


def kill_cycles(args: tuple, shop_path: Path, cycles: int, seed: int) -> Kills:
    rng = random.Random(seed)
    folder = shop_path.parent
    longest = duration(*args)
    tally = Kills()
    for _ in range(cycles):
        child = start(*args)
        time.sleep(rng.uniform(0.0, longest))
        child.send_signal(signal.SIGKILL)
        child.wait()
        tally.kills += 1
        tally.left_temp_files += bool(temp_files(folder))
        for kept in backup.list_backups(shop_path):  # finished copies are not leftovers
            (backup.backups_folder(shop_path) / kept.name).unlink()
        problem = shop_problem(shop_path)
        if problem:
            tally.broken_shops.append(problem)
        Shop.open(shop_path).close()  # the next open sweeps what the kill left
        tally.leftovers_after_open += temp_files(folder)
    return tally


def report(tally: Kills, label: str) -> None:
    print(
        f"\n{label}: {tally.kills} kills, {tally.left_temp_files} left a temporary file, "
        f"{len(tally.leftovers_after_open)} leftover files after the next open, "
        f"{len(tally.broken_shops)} broken shops"
    )


@pytest.fixture(scope="module")
def big_shop(tmp_path_factory) -> Path:
    return make_big_shop(tmp_path_factory.mktemp("kill-template") / "velo.jitdesk")


@pytest.fixture
def world(big_shop, tmp_path):
    shop_path = tmp_path / "shop" / "velo.jitdesk"
    shop_path.parent.mkdir()
    base = backup.make_backup(big_shop, tmp_path / "base.jitdesk")
    backup.restore(base, shop_path)
    for kept in backup.list_backups(shop_path):
        (backup.backups_folder(shop_path) / kept.name).unlink()
    return shop_path, base


def run(world, kind: str, cycles: int, seed: int) -> Kills:
    shop_path, base = world
    if kind == "backup":
        backup.backups_folder(shop_path).mkdir(exist_ok=True)
        args = ("backup", backup.backups_folder(shop_path), "--shop", shop_path)
    else:
        args = ("restore", base, "--shop", shop_path)
    return kill_cycles(args, shop_path, cycles, seed)


@pytest.mark.parametrize("kind", ["backup", "restore"])
def test_kill_9_during_backup_or_restore_leaves_nothing_behind(world, kind):
    tally = run(world, kind, cycles=30, seed=1)
    report(tally, f"kill -9 {kind} (default)")
    assert tally.kills == 30
    assert tally.left_temp_files >= 3, "some kills must have hit the copying"
    assert tally.broken_shops == []
    assert tally.leftovers_after_open == []


@pytest.mark.stress
@pytest.mark.parametrize("kind", ["backup", "restore"])
def test_kill_9_during_backup_or_restore_stress(world, kind):
    cycles = int(os.environ.get("JITDESK_STRESS_KILLS", "200"))
    tally = run(world, kind, cycles=cycles, seed=2)
    report(tally, f"kill -9 {kind} (stress)")
    assert tally.broken_shops == []
    assert tally.leftovers_after_open == []
