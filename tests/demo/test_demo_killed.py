"""`jitdesk demo FILE` killed with SIGKILL at random moments never leaves FILE half-written:
FILE does not exist after the kill, so the next run is not refused, and the next run sweeps
up the temporary files the killed ones left.

Default run: 30 kills of small demos. Stress run: JITDESK_DEMO_KILLS (default 300) kills of
2,000-order demos with ``python -m pytest tests/demo -m stress``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop
from jitdesk.store import staging

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.spawns,
]

REPO = Path(__file__).resolve().parents[2]
SHOP = "demo.jitdesk"


@dataclass
class Tally:
    kills: int = 0  # runs that died of the kill
    mid_write: int = 0  # ... while their shop was being written under its temporary name
    after_publish: int = 0  # ... after the shop had its name, so complete
    finished: int = 0  # runs that were done before the kill came


def start_demo(target: Path, orders: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "jitdesk", "demo", str(target), "--orders", str(orders)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(happened: Callable[[], bool], child: subprocess.Popen) -> float:
    """Poll until `happened()` or the child ends; returns the time it took."""
    start = time.perf_counter()
    while not happened() and child.poll() is None:
        if time.perf_counter() - start > 60:
            raise AssertionError("the demo run hangs")
        time.sleep(0.001)
    return time.perf_counter() - start


def calibrate(folder: Path, orders: int) -> tuple[float, float]:
    """Seconds from start until a run's temporary file appears, and until its shop does."""
    target = folder / "calibration.jitdesk"
    start = time.perf_counter()
    child = start_demo(target, orders)
    staged = staging.staged_path(target, "demo", pid=child.pid)
    wait_until(staged.exists, child)
    to_staged = time.perf_counter() - start
    wait_until(target.exists, child)
    to_target = time.perf_counter() - start
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    target.unlink()
    return to_staged, to_target


def assert_complete(path: Path, orders: int) -> None:
    shop = Shop.open(path)
    try:
        assert shop.db.execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0] == orders
        assert check_shop(shop) == []
    finally:
        shop.close()


def kill_demo_runs(folder: Path, orders: int, kills: int, seed: int) -> Tally:
    """Start `jitdesk demo` again and again and SIGKILL it: a third of the time while it starts
    and simulates, otherwise while it writes its shop under the temporary name."""
    rng = random.Random(seed)
    to_staged, to_target = calibrate(folder, orders)
    target = folder / SHOP
    tally = Tally()
    while tally.kills < kills:
        child = start_demo(target, orders)
        staged = staging.staged_path(target, "demo", pid=child.pid)
        if rng.random() < 1 / 3:
            time.sleep(rng.uniform(0, to_staged))
        else:
            wait_until(staged.exists, child)
            time.sleep(rng.uniform(0, to_target - to_staged))
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=60)
        if child.returncode == 0:
            tally.finished += 1
            target.unlink()
            continue
        assert child.returncode == -signal.SIGKILL, err
        tally.kills += 1
        tally.mid_write += staged.exists()
        if target.exists():  # killed after the rename, on its way out
            assert_complete(target, orders)
            tally.after_publish += 1
            target.unlink()
    return tally


def finish_and_check(folder: Path, orders: int) -> None:
    leftovers = [p.name for p in folder.iterdir()]
    child = start_demo(folder / SHOP, orders)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [SHOP], f"left before: {leftovers}"
    assert_complete(folder / SHOP, orders)


def report(tally: Tally, label: str) -> None:
    print(
        f"\n{label}: {tally.kills} SIGKILLs, {tally.mid_write} while the shop was being written,"
        f" {tally.after_publish} after it was complete; {tally.finished} runs finished first"
    )


def test_a_killed_demo_leaves_no_shop_and_the_next_run_cleans_up(tmp_path):
    tally = kill_demo_runs(tmp_path, orders=300, kills=30, seed=1)
    report(tally, "demo kills (default)")
    assert tally.mid_write >= 10, "the kills landed while the shop was being written"
    finish_and_check(tmp_path, orders=300)


@pytest.mark.stress
def test_a_killed_demo_leaves_no_shop_stress(tmp_path):
    kills = int(os.environ.get("JITDESK_DEMO_KILLS", "300"))
    tally = kill_demo_runs(tmp_path, orders=2000, kills=kills, seed=2)
    report(tally, "demo kills (stress)")
    assert tally.mid_write >= kills // 3
    finish_and_check(tmp_path, orders=2000)
