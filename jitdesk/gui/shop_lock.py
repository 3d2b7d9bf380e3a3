"""One jitdesk window per shop file: a QLockFile beside the shop file (``<shop>.lock``).

A second window (another process) on the same file is refused with a plain sentence naming
the host and process that hold it. A lock left by a crashed jitdesk is stale (its process is
gone) and is taken over. Within one process the lock is counted, so reopening the shop that
is already shown does not lock the window out of its own file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from jitdesk.domain.errors import ShopFileError
from jitdesk.services.backup import lock_file_path
from jitdesk.services.shop import Shop

_held: dict[str, tuple[QLockFile, int]] = {}


def _key(path: Path | str) -> str:
    return str(Path(path).resolve())


def acquire(path: Path | str) -> None:
    """Lock the shop file for this process, or raise ShopFileError saying who has it."""
    key = _key(path)
    if key in _held:
        lock, count = _held[key]
        _held[key] = (lock, count + 1)
        return
    lock = QLockFile(str(lock_file_path(Path(key))))
    # 0: never call a lock stale because of its age (a window may stay open for weeks); a lock
    # whose process no longer runs on this host is stale and removed by tryLock.
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            info = lock.getLockInfo()  # PySide6: (pid, host, app); some versions add ok first
            pid, host = (info[1], info[2]) if len(info) == 4 else (info[0], info[1])
            where = f"on {host or 'another computer'}, process {pid}" if pid else "elsewhere"
            raise ShopFileError(
                f"This shop is open in another jitdesk window ({where}); "
                "switch to that window, or close it first."
            )
        raise ShopFileError(
            f"jitdesk cannot create its lock file beside {Path(key).name}; "
            "check that you may write to that folder."
        )
    _held[key] = (lock, 1)
    with contextlib.suppress(OSError):  # it names this computer and process: owner only
        os.chmod(lock_file_path(Path(key)), 0o600)


def release(path: Path | str) -> None:
    key = _key(path)
    if key not in _held:
        return
    lock, count = _held.pop(key)
    if count > 1:
        _held[key] = (lock, count - 1)
    else:
        lock.unlock()


def is_held(path: Path | str) -> bool:
    return _key(path) in _held


def open_locked(path: Path | str, **kwargs) -> Shop:
    """Lock, then open the shop; the lock is released when the shop is closed."""
    if Shop.names_server(path):  # no file to lock: opening says why it cannot be opened
        return Shop.open(path, **kwargs)
    acquire(path)
    try:
        shop = Shop.open(path, **kwargs)
    except BaseException:
        release(path)
        raise
    attach(shop, already_locked=True)
    return shop


def attach(shop: Shop, *, already_locked: bool = False) -> None:
    """Tie the lock of `shop`'s file to the shop: released by shop.close()."""
    if shop.path is None:
        return
    if not already_locked:
        acquire(shop.path)
    path = shop.path
    shop.on_close.append(lambda: release(path))
