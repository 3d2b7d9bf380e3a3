"""The SQLite side of backups: a consistent copy of a live shop file, verified, owner-only.

The copy is SQLite's online backup in one step (DESIGN §10: an incremental backup never
finishes while another connection writes). It is written to a temporary file next to the
destination, switched to a self-contained rollback-journal file (no -wal beside it), checked
with ``PRAGMA integrity_check`` and only then renamed into place, so a backup that exists is a
good one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.i18n import _
from jitdesk.store import connection, file_lock, temp_files

OWNER_ONLY = 0o600
OWNER_ONLY_DIR = 0o700


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (fails if it exists).

    SQLite gives the -wal, -shm and -journal files the mode of the database file, so a shop
    file made this way keeps all its companions private too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    os.close(fd)
    with contextlib.suppress(OSError):  # umask cannot widen it, but be explicit on odd systems
        os.chmod(path, OWNER_ONLY)


def private_folder(path: Path) -> Path:
    path.mkdir(mode=OWNER_ONLY_DIR, parents=True, exist_ok=True)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def integrity_problem(path: Path) -> str | None:
    """None when `path` passes PRAGMA integrity_check, else what SQLite reported."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:5])


def refuse_existing(dest: Path) -> None:
    """A backup never replaces a file: refuse a destination that exists."""
    if dest.exists():
        raise ShopFileError(
            _("{name} already exists; choose another name for the backup.").format(name=dest.name)
        )


def copy_live(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy the database behind `source` to `dest`, verified; `dest` must not exist."""
    refuse_existing(dest)
    temp_files.sweep(dest.parent)
    try:
        with temp_files.private_temp(dest) as temp:
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                source.backup(target, pages=-1)
                # One self-contained file: no -wal beside the backup, nothing to lose when copied.
                target.execute("PRAGMA journal_mode = DELETE")
                rows = [r[0] for r in target.execute("PRAGMA integrity_check").fetchall()]
            finally:
                target.close()
            if rows != ["ok"]:
                raise ShopFileError(
                    _(
                        "The backup {name} failed its check ({problem}); the shop file itself "
                        "may be damaged."
                    ).format(name=dest.name, problem="; ".join(rows[:3]))
                )
            fsync_file(temp)
            os.replace(temp, dest)
        fsync_folder(dest.parent)
    except sqlite3.Error as exc:
        raise backup_error(dest, exc) from exc
    except OSError as exc:
        raise ShopFileError(
            _("The backup {name} cannot be written: {reason}.").format(
                name=dest.name, reason=exc.strerror or exc
            )
        ) from exc
    return dest


def copy_file(shop_path: Path, dest: Path) -> Path:
    """A verified backup of the shop file at `shop_path`, read through its own connection
    (safe while the app or another process writes to it; a restore waits for it)."""
    with file_lock.hold_shared(shop_path):
        connection.inspect_existing(shop_path)
        source = sqlite3.connect(
            str(shop_path), isolation_level=None, timeout=connection.BUSY_TIMEOUT_MS / 1000
        )
        try:
            source.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
            return copy_live(source, dest)
        finally:
            source.close()


def raw_copy(path: Path, dest: Path) -> Path:
    """Byte copy of a file SQLite cannot read (kept before a restore replaces it), written
    beside `dest` first so a full disk or a kill leaves no truncated copy."""
    if dest.exists():
        raise ShopFileError(
            _("{name} already exists; choose another name for the copy.").format(name=dest.name)
        )
    try:
        with temp_files.private_temp(dest) as temp:
            shutil.copyfile(path, temp)
            fsync_file(temp)
            os.replace(temp, dest)
        fsync_folder(dest.parent)
    except OSError as exc:
        raise ShopFileError(
            _("A copy of {name} cannot be kept in {folder}: {reason}; nothing was changed.").format(
                name=path.name, folder=dest.parent, reason=exc.strerror or exc
            )
        ) from exc
    return dest


def replace_shop_file(backup: Path, shop_path: Path) -> None:
    """Put a copy of `backup` at `shop_path` atomically: the old file or the new, never a mix.

    The current file must not be open. Its -wal is checkpointed first, then the -wal and -shm
    are removed (a stale -wal must never be replayed onto the restored file) and the verified
    copy is renamed over it."""
    try:
        with temp_files.private_temp(shop_path) as temp:
            shutil.copyfile(backup, temp)
            problem = integrity_problem(temp)
            if problem is not None:
                raise ShopFileError(
                    _("The backup {name} is damaged ({problem}).").format(
                        name=backup.name, problem=problem
                    )
                )
            for suffix in temp_files.COMPANIONS:
                _remove_quietly(temp.with_name(temp.name + suffix))
            fsync_file(temp)
            if shop_path.exists():
                _checkpoint(shop_path)
            for suffix in ("-wal", "-shm", "-journal"):
                _remove_quietly(shop_path.with_name(shop_path.name + suffix))
            os.replace(temp, shop_path)
        fsync_folder(shop_path.parent)
    except OSError as exc:
        raise ShopFileError(
            _("{name} cannot be replaced: {reason}; nothing was changed.").format(
                name=shop_path.name, reason=exc.strerror or exc
            )
        ) from exc


def _checkpoint(path: Path) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def backup_error(dest: Path, exc: sqlite3.Error) -> ShopFileError:
    text = str(exc).lower()
    if "full" in text:
        return ShopFileError(
            _("The disk is full; the backup {name} was not written.").format(name=dest.name)
        )
    return ShopFileError(
        _("The backup {name} could not be made: {reason}.").format(name=dest.name, reason=exc)
    )


# --- where backups live ---------------------------------------------------------------------


def backups_folder(shop_path: Path) -> Path:
    """``<shop file>.backups`` beside the shop file, e.g. ``velo.jitdesk.backups/``: each shop
    has its own folder, found next to the file it belongs to."""
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + ".backups")


def free_backup_path(folder: Path, stem: str, taken_at: datetime, reason: str) -> Path:
    """A not yet used readable name in `folder` for a backup taken at `taken_at`."""
    from jitdesk.domain.backup_rotation import backup_file_name

    serial = 0
    while True:
        candidate = folder / backup_file_name(stem, taken_at, reason, serial)
        if not candidate.exists():
            return candidate
        serial += 1


def before_upgrade(db_conn: sqlite3.Connection, shop_path: Path) -> Path:
    """The copy made before migrating an older shop file (kept, never rotated away)."""
    from datetime import UTC

    from jitdesk.domain.backup_rotation import BEFORE_UPGRADE

    folder = private_folder(backups_folder(shop_path))
    dest = free_backup_path(folder, Path(shop_path).stem, datetime.now(UTC), BEFORE_UPGRADE)
    return copy_live(db_conn, dest)
