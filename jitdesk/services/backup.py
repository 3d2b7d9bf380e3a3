"""Backups of the shop file: on demand, once a day when the shop is opened, before migrating
(store/connection.py) and before a restore; rotation; restoring a backup.

Where: ``<shop file>.backups/`` beside the shop file (e.g. ``velo.jitdesk.backups/``), with
names such as ``velo-20261125T100000Z-daily.jitdesk`` (UTC time, then why it was made). A backup
is an ordinary shop file: it can be opened, copied or restored as is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jitdesk.domain import backup_rotation as rotation
from jitdesk.domain.errors import JitdeskError, ShopFileError
from jitdesk.domain.i18n import _
from jitdesk.domain.permissions import OwnerAction, Person
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Shop
from jitdesk.store import backup as store
from jitdesk.store import connection, errors, file_lock
from jitdesk.store.engine import ENGINE_ERRORS

backups_folder = store.backups_folder


def utc_now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def lock_file_path(shop_path: Path) -> Path:
    """Where the app's one-window-per-shop lock lives (written by gui/shop_lock.py)."""
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + ".lock")


def shop_in_use_by(shop_path: Path) -> str | None:
    """'HOST, process N' when a live jitdesk window (another process) has the shop open.

    Reads the QLockFile the window holds (first line the process id, third the host name)
    without needing Qt, so the command line can refuse to restore under an open window."""
    try:
        lines = lock_file_path(shop_path).read_text(encoding="utf-8", errors="replace").split("\n")
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if pid == os.getpid():
        return None
    if host and host != socket.gethostname():
        return f"{host}, process {pid}"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a stale lock left by a crash
    except (PermissionError, OSError):
        pass
    return f"{host or socket.gethostname()}, process {pid}"


def list_backups(shop_path: Path) -> list[rotation.BackupName]:
    """The backups of this shop in its backups folder, newest first."""
    folder = backups_folder(shop_path)
    if not folder.is_dir():
        return []
    found = [rotation.parse_backup_name(p.name) for p in folder.iterdir() if p.is_file()]
    return sorted((b for b in found if b is not None), reverse=True)


def rotate(shop_path: Path) -> list[Path]:
    """Delete the daily backups the rotation rule no longer keeps; returns them."""
    folder = backups_folder(shop_path)
    if not folder.is_dir():
        return []
    deleted = []
    for name in rotation.backups_to_delete(p.name for p in folder.iterdir()):
        path = folder / name
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted.append(path)
    return deleted


def _source_path(source: Shop | Path | str) -> Path:
    if isinstance(source, Shop):
        if source.path is None:
            raise ShopFileError(_("This shop has no file to back up."))
        return Path(source.path)
    return Path(source)


def make_backup(
    source: Shop | Path | str,
    dest: Path | str | None = None,
    *,
    reason: str = rotation.MANUAL,
    now: datetime | None = None,
) -> Path:
    """A consistent, verified copy of the shop, safe while it is being written to.

    `dest` may be a file name (must not exist), an existing folder (a readable name is chosen
    in it) or None: the shop's backups folder, which is then rotated. `source` is an open Shop
    (copied through its own connection) or the path of a shop file (opened just to read). A
    shop on a server is copied into a new shop file; it has no backups folder, so it needs
    `dest`."""
    taken_at = utc_now(now)
    if isinstance(source, Shop) and source.on_server:
        if dest is None:
            raise ShopFileError(
                _(
                    "A shop on a server has no backups folder beside it; choose the file or "
                    "folder the backup goes to."
                )
            )
        target = backup_target(dest, source.store.name, taken_at, reason)
        return source.store.copy_to(target)
    shop_path = _source_path(source)
    in_backups_folder = dest is None
    if dest is None:
        folder = _backups_folder_made(shop_path)
        target = store.free_backup_path(folder, shop_path.stem, taken_at, reason)
    else:
        target = backup_target(dest, shop_path.stem, taken_at, reason)
    if isinstance(source, Shop):
        source.store.copy_to(target)
    else:
        store.copy_file(shop_path, target)
    if in_backups_folder:
        rotate(shop_path)
    return target


def back_up_server_shop(shop: Shop, dest: Path | str) -> Path:
    """`make_backup` of a server shop through a connection of its own, so that it may run off
    the thread that works with `shop`."""
    reader = Shop(shop.store.read_only_copy(), actor=shop.actor)
    try:
        return make_backup(reader, dest)
    finally:
        reader.close()


def backup_target(dest: Path | str, stem: str, taken_at: datetime, reason: str) -> Path:
    """Where a backup asked for at `dest` goes: that file name (its folder must exist), or a
    readable new name in `dest` when it is a folder."""
    dest = Path(dest)
    if dest.is_dir():
        return store.free_backup_path(dest, stem, taken_at, reason)
    if not dest.parent.is_dir():
        raise ShopFileError(_("The folder {parent} does not exist.").format(parent=dest.parent))
    return dest


def _backups_folder_made(shop_path: Path) -> Path:
    folder = backups_folder(shop_path)
    try:
        return store.private_folder(folder)
    except OSError as exc:
        raise ShopFileError(
            _(
                "The backups folder {folder} cannot be created ({value}); nothing was written."
            ).format(folder=folder, value=exc.strerror or exc)
        ) from exc


def daily_backup_due(shop_path: Path, now: datetime | None = None) -> bool:
    """True when no backup of this shop was made today (UTC)."""
    today = utc_now(now).date()
    return not any(b.taken_at.date() == today for b in list_backups(shop_path))


def daily_backup(shop_path: Path, now: datetime | None = None) -> Path | None:
    """The automatic backup made when the shop is opened: at most one a day, then rotation.

    Reads the file through its own connection, so the app may run it off its main thread."""
    shop_path = Path(shop_path)
    if not daily_backup_due(shop_path, now):
        return None
    return make_backup(shop_path, reason=rotation.DAILY, now=now)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    shop_path: Path
    previous_saved_as: Path | None

    def summary(self) -> str:
        text = _("{shop} was restored from {backup}.").format(
            shop=self.shop_path.name, backup=self.restored_from.name
        )
        if self.previous_saved_as is not None:
            text += " " + _("The file as it was before is kept as {path}.").format(
                path=self.previous_saved_as
            )
        return text


def restore(
    backup: Path | str,
    shop_path: Path | str,
    *,
    now: datetime | None = None,
    person: Person | None = None,
) -> RestoreResult:
    """Replace the shop file with `backup` (the shop must be closed everywhere).

    The backup is checked to be a jitdesk shop file this version can open. The shop's lock is
    taken exclusively (store.file_lock), so no process has the file open while it is replaced
    and none can open it before the restored file is in place; then the current file is backed
    up (into the backups folder, never rotated away) and the switch is atomic. Whatever any
    process saved is in the restored shop's predecessor kept there.

    `person` is who signed in to the shop being replaced: on a shop with people only the owner
    (or staff the owner allowed) may restore it."""
    backup, shop_path = Path(backup), Path(shop_path)
    _check_may_restore(shop_path, person)
    if not backup.is_file():
        raise ShopFileError(_("There is no backup at {backup}.").format(backup=backup))
    if shop_path.exists() and backup.resolve() == shop_path.resolve():
        raise ShopFileError(_("The backup and the shop file are the same file; choose a backup."))
    if not shop_path.parent.is_dir():
        raise ShopFileError(
            _("The folder {parent} does not exist.").format(parent=shop_path.parent)
        )
    connection.inspect_existing(backup)
    holder = shop_in_use_by(shop_path)
    if holder is not None:
        raise ShopFileError(
            _(
                "The shop {name} is open in another jitdesk window (on {holder}); close it there first."
            ).format(name=shop_path.name, holder=holder)
        )
    with file_lock.hold_exclusive(shop_path):
        connection.sweep_beside(shop_path)
        previous = _save_current(shop_path, now) if shop_path.exists() else None
        store.replace_shop_file(backup, shop_path)
    return RestoreResult(backup, shop_path, previous)


def _check_may_restore(shop_path: Path, person: Person | None) -> None:
    """Refuse (and log) a restore the person may not do. A shop file that cannot be opened
    (damaged, from a newer jitdesk) has nobody to ask: restoring it is what it needs."""
    if not shop_path.is_file():
        return
    try:
        current = Shop.open(shop_path)
    except JitdeskError:
        return
    except ENGINE_ERRORS:
        return
    try:
        current.person = person
        require_permission(current, OwnerAction.RESTORE)
    finally:
        current.close()


def _save_current(shop_path: Path, now: datetime | None) -> Path:
    """The copy of the shop as it is now, kept before a restore replaces it. A file this
    jitdesk cannot read (damaged, from a newer version) is kept byte for byte; any other
    failure (a full disk, a read-only backups folder) stops the restore, leaving nothing."""
    try:
        connection.inspect_existing(shop_path)
    except (errors.DiskFullError, errors.FolderReadOnlyError) as exc:
        raise _not_restored(shop_path, exc) from exc
    except ShopFileError:
        readable = False
    else:
        readable = True
    try:
        if readable:
            return make_backup(shop_path, reason=rotation.BEFORE_RESTORE, now=now)
        folder = _backups_folder_made(shop_path)
        taken = utc_now(now).strftime(rotation.STAMP_FORMAT)
        return store.raw_copy(shop_path, folder / f"{shop_path.name}.{taken}.damaged")
    except ShopFileError as exc:
        raise _not_restored(shop_path, exc) from exc


def _not_restored(shop_path: Path, exc: ShopFileError) -> ShopFileError:
    return ShopFileError(
        _(
            "{name} was not restored, because the copy of it as it is now could not be kept ({why}); the shop is unchanged."
        ).format(name=shop_path.name, why=_why(exc, backups_folder(shop_path)))
    )


def _why(exc: BaseException, folder: Path) -> str:
    """What stopped a copy, in a few words, from the chain of errors behind `exc`."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, errors.DiskFullError):
            return "the disk is full"
        if isinstance(seen, errors.FolderReadOnlyError):
            return "the folder is read-only"
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return "the disk is full"
        if isinstance(seen, OSError) and seen.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"the backups folder {folder} cannot be written"
        seen = seen.__cause__
    if errors.disk_is_full(folder.parent):
        return "the disk is full"
    return str(exc).rstrip(".")
