"""The sweep removes only jitdesk's temporary files whose process is gone."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jitdesk.store import temp_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="asks POSIX processes")


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.spawns
def test_sweep_removes_stale_temporary_files_and_nothing_else(tmp_path):
    gone, alive = dead_pid(), os.getpid()
    stale = [
        f".velo.jitdesk.{gone}.jitdesk-tmp",
        f".velo.jitdesk.{gone}.jitdesk-tmp-journal",
        f".velo-20261125T100000Z-manual.jitdesk.{gone}.jitdesk-tmp-wal",
        f".velo.jitdesk.{gone}.tmp",  # as earlier versions named them
        f".velo.jitdesk.{gone}.tmp-shm",
    ]
    kept = [
        f".velo.jitdesk.{alive}.jitdesk-tmp",  # a backup this process is writing
        f".notes.txt.{gone}.tmp",  # not ours
        ".bashrc",
        "velo.jitdesk",
        f"report.{gone}.jitdesk-tmp",  # not hidden: not ours
    ]
    for name in stale + kept:
        (tmp_path / name).write_bytes(b"x")
    removed = temp_files.sweep(tmp_path)
    assert sorted(p.name for p in removed) == sorted(stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)


def test_a_temporary_file_is_owner_only_and_gone_afterwards(tmp_path):
    dest = tmp_path / "copy.jitdesk"
    with temp_files.private_temp(dest) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".copy.jitdesk.")
        assert os.stat(temp).st_mode & 0o777 == 0o600
        temp.with_name(temp.name + "-journal").write_bytes(b"j")
    assert list(tmp_path.iterdir()) == []


def test_sweeping_a_missing_folder_is_quiet(tmp_path):
    assert temp_files.sweep(tmp_path / "nowhere") == []
