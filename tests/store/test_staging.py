"""A staged shop file gets its name in one step, never over a file that appeared meanwhile,
and what dead processes left behind is swept."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from jitdesk.store import staging


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_staged_name_is_hidden_beside_the_target_and_names_the_process(tmp_path):
    target = tmp_path / "shop.jitdesk"
    staged = staging.staged_path(target, "demo")
    assert staged == tmp_path / f".shop.jitdesk.demo-{os.getpid()}.tmp"


def test_publish_moves_the_file_into_place_and_removes_its_empty_companions(tmp_path):
    target = tmp_path / "shop.jitdesk"
    staged = staging.staged_path(target, "demo")
    staged.write_bytes(b"complete")
    (tmp_path / (staged.name + "-wal")).write_bytes(b"")
    (tmp_path / (staged.name + "-shm")).write_bytes(b"index")
    staging.publish(staged, target)
    assert target.read_bytes() == b"complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.jitdesk"]


@pytest.mark.parametrize("hard_links", [True, False], ids=["link", "no-hard-links"])
def test_publish_never_replaces_a_file_that_appeared_meanwhile(tmp_path, monkeypatch, hard_links):
    if not hard_links:

        def no_link(src, dst):
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(staging.os, "link", no_link)
    target = tmp_path / "shop.jitdesk"
    target.write_bytes(b"the owner's")
    staged = staging.staged_path(target, "demo")
    staged.write_bytes(b"demo")
    with pytest.raises(FileExistsError):
        staging.publish(staged, target)
    assert target.read_bytes() == b"the owner's"
    other = tmp_path / "other.jitdesk"
    staging.publish(staged, other)
    assert other.read_bytes() == b"demo" and not staged.exists()


def test_publish_refuses_a_file_whose_log_was_not_folded_in(tmp_path):
    target = tmp_path / "shop.jitdesk"
    staged = staging.staged_path(target, "demo")
    staged.write_bytes(b"header")
    (tmp_path / (staged.name + "-wal")).write_bytes(b"pages")
    with pytest.raises(RuntimeError, match="unwritten log"):
        staging.publish(staged, target)
    assert not target.exists()


@pytest.mark.spawns
def test_sweep_removes_what_dead_processes_left_and_nothing_else(tmp_path):
    dead = staging.staged_path(tmp_path / "a.jitdesk", "demo", pid=dead_pid())
    live = staging.staged_path(tmp_path / "b.jitdesk", "demo", pid=os.getppid())
    other_kind = staging.staged_path(tmp_path / "c.jitdesk", "backup", pid=dead_pid())
    keep = [
        live,
        other_kind,
        tmp_path / "a.jitdesk",
        tmp_path / f"a.jitdesk.demo-{dead_pid()}.tmp",  # not hidden: not ours
        tmp_path / ".a.jitdesk.demo-12x.tmp",
    ]
    dead_files = [dead, *(dead.with_name(dead.name + s) for s in ("-wal", "-shm", "-journal"))]
    for path in dead_files + keep:
        path.write_bytes(b"x")
    removed = staging.sweep_stale(tmp_path, "demo")
    assert sorted(removed) == sorted(dead_files)
    assert sorted(tmp_path.iterdir()) == sorted(keep)


def test_sweeping_a_missing_folder_finds_nothing(tmp_path):
    assert staging.sweep_stale(tmp_path / "missing", "demo") == []


@pytest.mark.spawns
def test_a_process_that_ended_is_not_alive():
    assert staging.process_alive(os.getpid())
    assert staging.process_alive(os.getppid())
    assert not staging.process_alive(dead_pid())
