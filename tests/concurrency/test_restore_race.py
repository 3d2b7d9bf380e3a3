"""Restoring a backup while another process writes orders never loses an acknowledged order.

A writer process keeps creating orders (opening and closing the shop between short sessions)
while the command line restores a backup over the same shop again and again. Every order the
writer reported as created must be in the shop afterwards or in one of the copies restore kept
of the file it replaced. Restores that find the shop in use must refuse with one sentence.

Default run: 20 restores. Stress run: JITDESK_STRESS_RESTORES (default 200) restores with
``python -m pytest tests/concurrency -m stress``.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jitdesk.services import backup
from tests.services.jit_fixtures import build_world, new_shop

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes"),
    pytest.mark.spawns,
]

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(REPO))
IN_USE = "is open in another jitdesk window or command; close it and try again."


@dataclass
class Race:
    restored: int = 0
    refused: int = 0
    acknowledged: list[str] = field(default_factory=list)
    writer_refusals: list[str] = field(default_factory=list)
    odd_restores: list[str] = field(default_factory=list)
    writer_stderr: str = ""
    lost: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("race")
    shop = new_shop(folder / "template.jitdesk")
    build_world(shop, n_customers=2)
    shop.close()
    return backup.make_backup(folder / "template.jitdesk", folder / "base.jitdesk")


def tokens_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT notes FROM customer_orders")}
    finally:
        conn.close()


def run_race(base: Path, shop_path: Path, restores: int, seed: int) -> Race:
    rng = random.Random(seed)
    race = Race()
    backup.restore(base, shop_path)  # the shop starts as the base backup
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.concurrency.writer", str(shop_path), str(seed)],
        cwd=REPO,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = threading.Event()

    def read() -> None:
        for line in writer.stdout:
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("CREATED ") and line.endswith("\n"):
                race.acknowledged.append(line.split()[1])
            elif line.startswith("REFUSED "):
                race.writer_refusals.append(line[8:].strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(timeout=60)
        for _ in range(restores):
            time.sleep(rng.uniform(0.0, 0.25))
            result = subprocess.run(
                [sys.executable, "-m", "jitdesk", "restore", str(base), "--shop", str(shop_path)],
                cwd=REPO,
                env=ENV,
                capture_output=True,
                text=True,
                timeout=120,
            )
            lines = result.stderr.strip().splitlines()
            if result.returncode == 0:
                race.restored += 1
            elif result.returncode == 1 and len(lines) == 1 and lines[0].endswith(IN_USE):
                race.refused += 1
            else:
                race.odd_restores.append(f"exit {result.returncode}: {result.stderr[-1500:]}")
    finally:
        writer.stdin.close()
        writer.wait(timeout=60)
        reader.join(timeout=10)
        race.writer_stderr = writer.stderr.read()
        writer.stderr.close()
    found = tokens_in(shop_path)
    for kept in backup.backups_folder(shop_path).iterdir():
        found |= tokens_in(kept)
    race.lost = [token for token in race.acknowledged if token not in found]
    return race


def report(race: Race, label: str) -> None:
    print(
        f"\n{label}: {race.restored + race.refused} restores run ({race.restored} restored, "
        f"{race.refused} refused: shop in use), {len(race.acknowledged)} orders acknowledged, "
        f"{len(race.lost)} lost, {len(race.writer_refusals)} writer sessions refused"
    )


def assert_nothing_lost(race: Race, restores: int) -> None:
    assert race.odd_restores == []
    assert "Traceback" not in race.writer_stderr, race.writer_stderr[-3000:]
    assert race.restored + race.refused == restores
    assert race.restored >= 3, "some restores must have replaced the file"
    assert race.refused >= 1, "some restores must have met the writer"
    assert len(race.acknowledged) >= 20, "the writer did real work"
    assert race.lost == []


def test_restore_while_a_writer_creates_orders_loses_nothing(base, tmp_path):
    race = run_race(base, tmp_path / "shop.jitdesk", restores=20, seed=1)
    report(race, "restore race (default)")
    assert_nothing_lost(race, 20)


@pytest.mark.stress
def test_restore_race_stress(base, tmp_path):
    restores = int(os.environ.get("JITDESK_STRESS_RESTORES", "200"))
    race = run_race(base, tmp_path / "shop.jitdesk", restores=restores, seed=2)
    report(race, "restore race (stress)")
    assert_nothing_lost(race, restores)
