"""Turning SQLite's environment errors into one plain sentence (DESIGN §6).

A full disk, a read-only file or a shop file moved away while open are not bugs: the person
can fix them. `shop_file_problem` maps them to a ShopFileError; anything else (a constraint
broken by a bug, ...) returns None and stays a bug.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.i18n import _

# Below this much free space an I/O error of SQLite is the disk being full: it could not
# grow the shop file or make its -wal and -shm (32 KiB) beside it.
FULL_BELOW_BYTES = 1024 * 1024
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
# SQLite's own verdicts on the file's content; every other error is about its surroundings.
DAMAGED_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


class ShopReadOnlyError(ShopFileError):
    """The shop file can be read but not written (the file, its folder or its disk)."""


class FolderReadOnlyError(ShopReadOnlyError):
    """The shop file is readable but nothing can be written beside it (its -wal and -shm)."""


class DiskFullError(ShopFileError):
    """The disk holding the shop file has no room for what SQLite needs to write."""


# Each message below is one whole sentence (the clause "the last action was not saved" is
# repeated, not shared): a translation needs to order the parts of a sentence its own way.


def _name(path: Path | None) -> str:
    """The subject the sentences below start with ({shop_file}): the file is not always known."""
    if path is None:
        # TRANSLATORS: the subject a sentence about the shop file starts with
        return _("The shop file")
    # TRANSLATORS: the same subject with the file's name
    return _("The shop file {name}").format(name=path.name)


def error_code(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def says_damaged(exc: BaseException) -> bool:
    """True only when SQLite says the file's own content is corrupt or not a database."""
    text = str(exc).lower()
    return error_code(exc).startswith(DAMAGED_CODES) or (
        not error_code(exc) and ("malformed" in text or "not a database" in text)
    )


def folder_is_read_only(folder: Path) -> bool:
    """Whether a file can be created in `folder` (asked by trying, as permissions, read-only
    mounts and a root without its privileges all answer differently to os.access)."""
    probe = folder / f".jitdesk-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        return exc.errno in _READ_ONLY_ERRNOS
    os.close(fd)
    with contextlib.suppress(OSError):
        probe.unlink()
    return False


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def environment_problem(path: Path, *, opening: bool) -> ShopFileError | None:
    """What in the shop file's surroundings stops SQLite: its folder is read-only or its
    disk is full (checked in that order: a read-only disk often reports no free space)."""
    folder = path.absolute().parent
    if folder_is_read_only(folder):
        if opening:
            return FolderReadOnlyError(
                _(
                    "jitdesk cannot write next to the shop file {name} (folder read-only), so it "
                    "can only be read there; copy it to a folder you may write to to change it."
                ).format(name=path.name)
            )
        return FolderReadOnlyError(
            _(
                "jitdesk cannot write next to the shop file {name} (folder read-only), so the "
                "last action was not saved; copy the shop to a folder you may write to."
            ).format(name=path.name)
        )
    if disk_is_full(folder):
        if opening:
            return DiskFullError(
                _(
                    "The disk holding the shop file {name} is full; free some space and try again."
                ).format(name=path.name)
            )
        return DiskFullError(
            _(
                "The disk holding the shop file is full, so the last action was not saved; "
                "free some space and try again."
            )
        )
    return None


def opening_problem(exc: sqlite3.Error, path: Path) -> ShopFileError:
    """The true sentence for an error met while opening or inspecting a shop file."""
    if says_damaged(exc):
        return ShopFileError(
            _("{name} is damaged; restore it from a backup.").format(name=path.name)
        )
    problem = environment_problem(path, opening=True)
    if problem is not None:
        return problem
    code = error_code(exc)
    if code.startswith("SQLITE_BUSY"):
        return ShopFileError(
            _("{shop_file} is busy in another program for too long; try again in a moment.").format(
                shop_file=_name(path)
            )
        )
    return ShopFileError(
        _("{shop_file} cannot be opened: {reason}.").format(shop_file=_name(path), reason=exc)
    )


def shop_file_problem(exc: BaseException, path: Path | None = None) -> ShopFileError | None:
    """A plain ShopFileError for an sqlite3 error the environment caused, else None."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    text = str(exc).lower()
    code = error_code(exc)
    who = _name(path)
    if path is not None and not says_damaged(exc) and _about_surroundings(code, text):
        problem = environment_problem(path, opening=False)
        if problem is not None:
            return problem
    if code == "SQLITE_READONLY_DBMOVED":
        return ShopFileError(
            _(
                "{shop_file} was moved or deleted while jitdesk had it open; the last action was "
                "not saved. Put it back (or open it where it is now) and try again."
            ).format(shop_file=who)
        )
    if code == "SQLITE_FULL" or "database or disk is full" in text:
        return ShopFileError(
            _(
                "The disk holding the shop file is full, so the last action was not saved; "
                "free some space and try again."
            )
        )
    if code.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ShopReadOnlyError(
            _(
                "{shop_file} cannot be written (it is read-only, or on a read-only disk), so the "
                "last action was not saved; allow writing to it or copy it somewhere writable."
            ).format(shop_file=who)
        )
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return ShopFileError(
            _(
                "{shop_file} could not be written (the disk failed, or the file was moved, "
                "removed or unplugged), so the last action was not saved; check the disk and "
                "reopen the shop."
            ).format(shop_file=who)
        )
    if code.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return ShopFileError(
            _(
                "{shop_file} cannot be reached any more (was its folder moved or removed?), so "
                "the last action was not saved; reopen the shop."
            ).format(shop_file=who)
        )
    if code.startswith("SQLITE_BUSY") or "database is locked" in text:
        return ShopFileError(
            _(
                "{shop_file} is busy in another program for too long, so the last action was not "
                "saved; try again in a moment."
            ).format(shop_file=who)
        )
    if says_damaged(exc):
        return ShopFileError(
            _(
                "{shop_file} is damaged, so the last action was not saved; restore it from a "
                "backup."
            ).format(shop_file=who)
        )
    return None


def _about_surroundings(code: str, text: str) -> bool:
    return code.startswith(
        ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_FULL")
    ) or any(
        words in text
        for words in ("disk i/o error", "unable to open", "readonly database", "is full")
    )


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """Which file a path named when the shop was opened (device and inode)."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_dev, st.st_ino)


def check_same_file(path: Path, identity: FileIdentity | None) -> None:
    """Refuse to write when the shop file was moved or deleted under us.

    In WAL mode SQLite keeps writing into the -wal of a deleted file without complaint, and
    the data are lost when the app closes; a stat before each action catches that."""
    if identity is None:
        return
    now = FileIdentity.of(path)
    if now != identity:
        raise ShopFileError(
            _(
                "{shop_file} was moved, replaced or deleted while jitdesk had it open; the last "
                "action was not saved. Reopen the shop from where it is now."
            ).format(shop_file=_name(path))
        )
