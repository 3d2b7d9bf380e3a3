"""The demo shop file appears only when it is complete; what a failed run left is cleaned up."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jitdesk.demo import write_demo_shop
from jitdesk.demo.rows import RowWriter
from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.errors import ShopFileError
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop
from jitdesk.store import connection, staging
from tests.demo.demo_shops import TODAY

CLOCK = fixed_clock(TODAY)


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_run_that_fails_half_way_leaves_no_file_at_all(tmp_path, monkeypatch):
    def broken(self):
        raise RuntimeError("disk trouble half-way")

    monkeypatch.setattr(RowWriter, "write_all", broken)
    with pytest.raises(RuntimeError, match="half-way"):
        write_demo_shop(tmp_path / "demo.jitdesk", orders=20, clock=CLOCK)
    assert names(tmp_path) == []


def test_a_file_that_appears_meanwhile_is_kept_and_the_demo_refused(tmp_path, monkeypatch):
    target = tmp_path / "demo.jitdesk"
    write_all = RowWriter.write_all

    def someone_else_saves_a_shop_there(self):
        target.write_bytes(b"the owner's shop")
        write_all(self)

    monkeypatch.setattr(RowWriter, "write_all", someone_else_saves_a_shop_there)
    with pytest.raises(ShopFileError) as refused:
        write_demo_shop(target, orders=20, clock=CLOCK)
    assert str(refused.value) == (
        "demo.jitdesk already exists; choose a new file name for the demo shop."
    )
    assert target.read_bytes() == b"the owner's shop"
    assert names(tmp_path) == ["demo.jitdesk"]


@pytest.mark.spawns
def test_the_next_run_sweeps_what_killed_runs_left_and_spares_running_ones(tmp_path):
    killed = staging.staged_path(tmp_path / "demo.jitdesk", "demo", pid=dead_pid())
    left = [killed, killed.with_name(killed.name + "-wal"), killed.with_name(killed.name + "-shm")]
    running = staging.staged_path(tmp_path / "other.jitdesk", "demo", pid=os.getppid())
    for path in [*left, running]:
        path.write_bytes(b"half a shop")
    write_demo_shop(tmp_path / "demo.jitdesk", orders=20, clock=CLOCK)
    assert names(tmp_path) == sorted([running.name, "demo.jitdesk"])


def test_a_leftover_under_this_process_id_is_replaced_not_reused(tmp_path):
    """Process ids come round again: a dead run's file with our id is not ours to open."""
    target = tmp_path / "demo.jitdesk"
    staging.staged_path(target, "demo").write_bytes(b"not a shop file")
    write_demo_shop(target, orders=20, clock=CLOCK)
    assert names(tmp_path) == ["demo.jitdesk"]
    shop = Shop.open(target, clock=CLOCK)
    try:
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_a_refused_file_is_named_as_the_user_named_it(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "is_network_path", lambda path: True)
    with pytest.raises(ShopFileError) as refused:
        write_demo_shop(tmp_path / "demo.jitdesk", orders=20, clock=CLOCK)
    assert str(refused.value) == (
        "demo.jitdesk is on a network share; SQLite cannot lock files safely there, "
        "so copy it to a local disk first."
    )
    assert names(tmp_path) == []
