"""Places a shop file can be in that tests must make on purpose: a folder the user cannot
write, a disk that is full. Both need care when the tests run as root, which ignores file
permissions."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, PYTHONPATH=str(REPO))


def unprivileged_prefix() -> list[str]:
    """A command prefix that runs a program without root's power over permissions: nothing
    for an ordinary user; for root, setpriv dropping the two capabilities that override
    them (it stays the owner of the test's files, so they stay readable). Skips otherwise."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "--"]


def run_jitdesk(*args: object, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "jitdesk", *map(str, args)],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The single 'jitdesk: ...' line a failed command printed (it must be exit 1)."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jitdesk: "), result.stderr
    return lines[0].removeprefix("jitdesk: ")


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    os.chmod(folder, 0o555)
    try:
        yield folder
    finally:
        os.chmod(folder, 0o755)


@contextlib.contextmanager
def small_disk(where: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` (root only; skipped where it cannot be)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding `folder` to the last byte, or up to `leave` bytes; returns the
    file that fills it."""
    filler = folder / "filler"
    if leave:
        free = shutil.disk_usage(folder).free - leave
        with open(filler, "wb", buffering=0) as fh:
            fh.write(b"\0" * max(free, 0))
        return filler
    with open(filler, "wb", buffering=0) as fh:
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 512)
    return filler
