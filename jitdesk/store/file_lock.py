"""Who has a shop file open, across processes: an OS lock on a file beside the shop.

Every connection jitdesk opens to a shop file (the window, a command, a worker's reads, an
automatic backup) holds a *shared* lock on ``<shop>-lock`` for as long as it is open. Restore
takes the same lock *exclusively*, so it replaces the file only when no process has it open,
and a process that wants the shop while a restore runs waits for it to finish and then opens
the restored file, never the old one.

Why a separate file: restore renames a new file over the shop file, so a lock on the shop
file's own inode would stay behind on the old, unlinked file; and on POSIX, closing any
descriptor of a file drops every SQLite lock the process holds on it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from pathlib import Path
from typing import BinaryIO

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.i18n import _

LOCK_SUFFIX = "-lock"
OWNER_ONLY = 0o600
# How long an opener waits for a restore running in another process to finish.
WAIT_FOR_RESTORE_S = 15.0
_POLL_S = 0.05
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})

# Lock files this process holds exclusively (a restore under way here); connections this same
# process opens meanwhile (the copy kept before restoring) are part of that restore.
_exclusive_here: set[str] = set()
_exclusive_guard = threading.Lock()


def lock_path(shop_path: Path | str) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + LOCK_SUFFIX)


def in_use_message(shop_path: Path) -> str:
    return _(
        "The shop {name} is open in another jitdesk window or command; close it and try again."
    ).format(name=shop_path.name)


class ShopLock:
    """A held lock; `release()` (or closing the process) gives it up."""

    def __init__(self, file: BinaryIO | None, key: str | None = None) -> None:
        self._file = file  # a file object: closed (and the lock freed) if dropped unreleased
        self._key = key

    def release(self) -> None:
        if self._key is not None:
            with _exclusive_guard:
                _exclusive_here.discard(self._key)
            self._key = None
        if self._file is not None:
            with contextlib.suppress(OSError):
                _unlock(self._file)
            self._file.close()
            self._file = None

    def __enter__(self) -> ShopLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


_NOTHING_HELD = ShopLock(None)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _open_lock_file(path: Path) -> BinaryIO | None:
    """The lock file opened for locking; None when it cannot exist in a read-only folder."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, OWNER_ONLY)
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRNOS:
            raise
        try:  # a read-only folder: lock the file if it is there, else nobody can restore here
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        except OSError as again:
            if again.errno in _READ_ONLY_ERRNOS:
                return None
            raise
    with contextlib.suppress(OSError):
        if os.fstat(fd).st_mode & 0o077:
            os.chmod(path, OWNER_ONLY)
    return os.fdopen(fd, "rb", buffering=0)


def hold_shared(shop_path: Path | str, *, wait_s: float = WAIT_FOR_RESTORE_S) -> ShopLock:
    """Mark the shop as open by this process until the lock is released.

    Waits while a restore runs elsewhere, then refuses in one sentence."""
    path = lock_path(shop_path)
    key = _key(path)
    with _exclusive_guard:
        if key in _exclusive_here:
            return _NOTHING_HELD
    deadline = time.monotonic() + wait_s
    while True:
        file = _open_for_opener(path, Path(shop_path))
        if file is None:
            return _NOTHING_HELD
        if _try_lock(file, exclusive=False) and _still_named(file, path):
            return ShopLock(file)
        file.close()  # a restore holds it (or it was just removed as an orphan: try anew)
        if time.monotonic() >= deadline:
            raise ShopFileError(
                _(
                    "The shop {name} is being restored from a backup by another jitdesk window "
                    "or command; try again when it has finished."
                ).format(name=Path(shop_path).name)
            )
        time.sleep(_POLL_S)


def _open_for_opener(path: Path, shop_path: Path) -> BinaryIO | None:
    try:
        return _open_lock_file(path)
    except OSError as exc:
        raise ShopFileError(
            _(
                "jitdesk cannot use the lock file beside {name} ({reason}); check that you may "
                "use that folder."
            ).format(name=shop_path.name, reason=exc.strerror or exc)
        ) from exc


def hold_exclusive(shop_path: Path | str) -> ShopLock:
    """The only lock on the shop: no other connection (of any process) is open, and none can
    open until it is released. Refused at once, in one sentence, when the shop is in use."""
    shop_path = Path(shop_path)
    path = lock_path(shop_path)
    try:
        file = _open_lock_file(path)
    except OSError as exc:
        file = None
        reason = exc.strerror or str(exc)
    else:
        # TRANSLATORS: why jitdesk cannot lock a shop for restoring
        reason = _("the folder is read-only")
    if file is None:
        raise ShopFileError(
            _("jitdesk cannot lock {name} for restoring ({reason}); nothing was changed.").format(
                name=shop_path.name, reason=reason
            )
        )
    if not (_try_lock(file, exclusive=True) and _still_named(file, path)):
        file.close()
        raise ShopFileError(in_use_message(shop_path))
    key = _key(path)
    with _exclusive_guard:
        _exclusive_here.add(key)
    return ShopLock(file, key)


def _still_named(file: BinaryIO, path: Path) -> bool:
    """Whether `path` still names the file locked through `file`: a lock file removed (as an
    orphan) between opening and locking it protects nothing."""
    try:
        here, there = os.fstat(file.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def remove_orphans(folder: Path) -> list[Path]:
    """Remove the lock files in `folder` whose shop file is gone (deleted, moved, or a
    temporary file renamed into place) and that nobody holds. Holding the lock exclusively
    while removing it, together with `_still_named`, keeps this safe against an opener."""
    removed: list[Path] = []
    try:
        names = [e.name for e in os.scandir(folder) if e.name.endswith(LOCK_SUFFIX)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if path.with_name(name.removesuffix(LOCK_SUFFIX)).exists():
            continue
        try:
            file = _open_lock_file(path)
        except OSError:
            continue
        if file is None:
            continue
        try:
            if _try_lock(file, exclusive=True) and _still_named(file, path):
                path.unlink()
                removed.append(path)
        except OSError:
            pass
        finally:
            file.close()
    return removed


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    def _try_lock(file: BinaryIO, *, exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(file.fileno())
        return bool(
            _kernel32.LockFileEx(
                wintypes.HANDLE(handle), flags, 0, 1, 0, ctypes.byref(_Overlapped())
            )
        )

    def _unlock(file: BinaryIO) -> None:
        handle = msvcrt.get_osfhandle(file.fileno())
        _kernel32.UnlockFileEx(wintypes.HANDLE(handle), 0, 1, 0, ctypes.byref(_Overlapped()))

else:
    import fcntl

    def _try_lock(file: BinaryIO, *, exclusive: bool) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(file.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(file: BinaryIO) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
