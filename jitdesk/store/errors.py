"""Turning SQLite's environment errors into one plain sentence (DESIGN §6).

A full disk, a read-only file or a shop file moved away while open are not bugs: the person
can fix them. `shop_file_problem` maps them to a ShopFileError; anything else (a constraint
broken by a bug, ...) returns None and stays a bug.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jitdesk.domain.errors import ShopFileError

NOT_SAVED = "the last action was not saved"


def _name(path: Path | None) -> str:
    return f"The shop file {path.name}" if path is not None else "The shop file"


def shop_file_problem(exc: BaseException, path: Path | None = None) -> ShopFileError | None:
    """A plain ShopFileError for an sqlite3 error the environment caused, else None."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    who = _name(path)
    if code == "SQLITE_READONLY_DBMOVED":
        return ShopFileError(
            f"{who} was moved or deleted while jitdesk had it open; {NOT_SAVED}. "
            "Put it back (or open it where it is now) and try again."
        )
    if code == "SQLITE_FULL" or "database or disk is full" in text:
        return ShopFileError(
            f"The disk holding the shop file is full, so {NOT_SAVED}; "
            "free some space and try again."
        )
    if code.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ShopFileError(
            f"{who} cannot be written (it is read-only, or on a read-only disk), so "
            f"{NOT_SAVED}; allow writing to it or copy it somewhere writable."
        )
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return ShopFileError(
            f"{who} could not be written (the disk failed, or the file was moved, removed or "
            f"unplugged), so {NOT_SAVED}; check the disk and reopen the shop."
        )
    if code.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return ShopFileError(
            f"{who} cannot be reached any more (was its folder moved or removed?), so "
            f"{NOT_SAVED}; reopen the shop."
        )
    if code.startswith("SQLITE_BUSY") or "database is locked" in text:
        return ShopFileError(
            f"{who} is busy in another program for too long, so {NOT_SAVED}; try again in a moment."
        )
    if code.startswith("SQLITE_CORRUPT") or "malformed" in text or "not a database" in text:
        return ShopFileError(f"{who} is damaged, so {NOT_SAVED}; restore it from a backup.")
    return None


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
            f"{_name(path)} was moved, replaced or deleted while jitdesk had it open; "
            f"{NOT_SAVED}. Reopen the shop from where it is now."
        )
