"""A new shop file that appears under its name only when it is complete.

It is built under a temporary name in the same folder, `.<name>.<purpose>-<pid>.tmp` (SQLite
puts its -wal and -shm beside it), closed, and then given its name in one step that refuses
to replace a file that appeared meanwhile. A process killed half-way leaves only files with
the temporary name and its process id; `sweep_stale` removes those of processes that are gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from pathlib import Path

from jitdesk.store import backup  # backup.fsync_folder: looked up when used (backup imports us)
from jitdesk.store.file_lock import LOCK_SUFFIX

# SQLite's files beside the staged one, and the lock file every opener of a shop holds.
COMPANIONS = ("-wal", "-shm", "-journal", LOCK_SUFFIX)
_STAGED = re.compile(
    r"^\..+\.(?P<purpose>[a-z]+)-(?P<pid>[0-9]+)\.tmp(?:-wal|-shm|-journal|-lock)?$"
)
# Where a filesystem cannot make hard links, the file is renamed after a look at the target.
_NO_HARD_LINKS = {errno.EPERM, errno.EACCES, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
_NO_HARD_LINKS |= {
    getattr(errno, name) for name in ("ENOTSUP", "EOPNOTSUPP") if hasattr(errno, name)
}


def staged_path(target: Path, purpose: str, pid: int | None = None) -> Path:
    """The temporary name `target` is built under by this process (or process `pid`)."""
    return target.with_name(f".{target.name}.{purpose}-{pid or os.getpid()}.tmp")


def discard(staged: Path) -> None:
    """Remove a staged file and its companions, as far as they exist."""
    for path in (staged, *(_companion(staged, suffix) for suffix in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def publish(staged: Path, target: Path) -> None:
    """Give the closed, complete `staged` file the name `target` in one step.

    Raises FileExistsError, leaving both files as they are, when `target` exists."""
    wal = _companion(staged, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError(f"{staged.name} still has unwritten log pages; close it first.")
    # An empty log, the shared-memory index and the lock of the closed file hold nothing.
    for suffix in ("-wal", "-shm", LOCK_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            _companion(staged, suffix).unlink()
    try:
        os.link(staged, target)  # fails when target exists: no window to overwrite it
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINKS:
            raise
        _rename_if_absent(staged, target)
    else:
        staged.unlink()
    backup.fsync_folder(target.parent)


def _rename_if_absent(staged: Path, target: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows' rename never replaces a file
        os.rename(staged, target)
        return
    if target.exists():
        # the error os.link raises for a target that exists, in the system's own words
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    os.rename(staged, target)


def sweep_stale(folder: Path, purpose: str) -> list[Path]:
    """Remove the staged files of `purpose` that processes no longer running left in `folder`."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return removed
    for name in names:
        found = _STAGED.match(name)
        if found is None or found["purpose"] != purpose:
            continue
        if process_alive(int(found["pid"])):
            continue
        path = folder / name
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def process_alive(pid: int) -> bool:
    """Whether process `pid` is running (when unsure, True: its files are left alone)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. another user's process
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) would terminate the process on Windows; ask for its exit code instead.
    if sys.platform != "win32":  # the guard also lets a type checker see ctypes.WinDLL
        raise RuntimeError("Only Windows is asked this way.")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
