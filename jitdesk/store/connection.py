"""Opening the shop file safely (DESIGN §5) and the one transaction helper."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from jitdesk.domain.errors import ShopFileError
from jitdesk.store import schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# A full quick_check reads the whole file (~0.3 s per 100 MB). Larger shop files skip it when
# opened, so the window comes up fast; reading the schema still catches a damaged header, and
# the daily backup made on opening runs integrity_check on its copy.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smbfs",
        "smb2",
        "smb3",
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "glusterfs",
        "ceph",
        "fuse.rclone",
    }
)


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The filesystem type holding `path` on Linux (from /proc/mounts), or None if unknown."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(Path(os.path.abspath(path)))
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
        return False
    probe = path if path.exists() else path.parent
    fstype = filesystem_type(probe, mounts_text)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ShopFileError("The shop file cannot use safe write-ahead logging in this folder.")
    conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = path.absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def inspect_existing(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a usable shop file."""
    name = path.name
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ShopFileError(f"The shop file {name} cannot be read: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise ShopFileError(f"{name} is not a jitdesk shop file.")
    conn = _connect(path, readonly=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != schema.APPLICATION_ID:
            raise ShopFileError(f"{name} is an SQLite file but not a jitdesk shop file.")
        recorded: list[str] = []
        if "_sqlite_migrations" in tables:
            rows = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                [schema.MIGRATION_SET],
            ).fetchall()
            recorded = [r[0] for r in rows]
            unknown = set(recorded) - set(schema.known_migration_names())
            if unknown:
                raise ShopFileError(
                    f"{name} was written by a newer jitdesk; install the newer version to open it."
                )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != len(recorded):
            raise ShopFileError(
                f"{name} is inconsistent (its schema version says {version}, its upgrade "
                f"history {len(recorded)}); restore it from a backup."
            )
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise ShopFileError(f"{name} is damaged; restore it from a backup.")
    except sqlite3.DatabaseError as exc:
        raise ShopFileError(
            f"{name} is damaged or not a shop file; restore it from a backup."
        ) from exc
    finally:
        conn.close()


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over our own connection, without sqlite-utils plugins: a plugin installed
    elsewhere must not change how a shop file is read or written, and looking for plugins
    scans every installed package (about 25 ms of start-up)."""
    return Database(conn, execute_plugins=False)


def open_read_only(path: Path) -> Database:
    """A second connection to the shop file, for reads on a worker thread (WAL lets it read
    while the GUI's connection writes). Query-only, so it can never write by mistake."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return _database(conn)


def open_database(path: str | Path, *, create: bool = False) -> Database:
    """Open (or with `create`, make) a shop file, migrated to this jitdesk's schema."""
    path = Path(path)
    if is_network_path(path):
        raise ShopFileError(
            f"{path.name} is on a network share; SQLite cannot lock files safely there, "
            "so copy it to a local disk first."
        )
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        inspect_existing(path)
    elif not create:
        raise ShopFileError(f"There is no shop file at {path}.")
    elif path.exists():
        raise ShopFileError(f"{path.name} exists but is empty; choose another file name.")
    elif not path.parent.is_dir():
        raise ShopFileError(f"The folder {path.parent} does not exist.")
    from jitdesk.store import backup as backups

    made_here = False
    try:
        if not existed and not path.exists():
            backups.create_private_file(path)  # owner-only; SQLite gives -wal/-shm the same mode
            made_here = True
        conn = _connect(path)
        _configure(conn)
    except (sqlite3.Error, OSError) as exc:
        if made_here:
            path.unlink(missing_ok=True)
        raise ShopFileError(f"The shop file {path.name} cannot be opened: {exc}.") from exc
    db = _database(conn)
    if not schema.migrations.pending(db):
        return db  # the usual case: nothing to upgrade, nothing to write
    if existed:
        try:
            backups.before_upgrade(conn, path)  # into <shop>.backups/, kept for good
        except Exception:
            conn.close()
            raise
    try:
        schema.apply_pending(db)
    except Exception:
        conn.close()
        raise
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    return db


def backup_copy(db: Database, dest: Path) -> Path:
    """A consistent one-step copy of a live database (DESIGN §10: pages=-1 finishes)."""
    target = sqlite3.connect(str(dest))
    try:
        db.conn.backup(target, pages=-1)
    finally:
        target.close()
    return dest


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One user action: BEGIN IMMEDIATE (the write lock is taken before reading), commit or roll
    back everything. Nested use becomes a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
