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
from jitdesk.domain.i18n import _, ngettext
from jitdesk.store import errors, file_lock, schema, temp_files

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
        raise ShopFileError(_("The shop file cannot use safe write-ahead logging in this folder."))
    conn.execute("PRAGMA synchronous = FULL")


class HeldConnection(sqlite3.Connection):
    """A connection to a shop file that holds the file's shared lock (store.file_lock) while
    it is open: closing it releases the lock."""

    held: file_lock.ShopLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            held, self.held = self.held, None
            if held is not None:
                held.release()


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = path.absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri,
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            factory=HeldConnection,
        )
    else:
        conn = sqlite3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, factory=HeldConnection
        )
    conn.row_factory = sqlite3.Row
    return conn


def hold_while_open(conn: sqlite3.Connection, held: file_lock.ShopLock) -> None:
    """Tie `held` to `conn`: released when the connection is closed."""
    if isinstance(conn, HeldConnection):
        conn.held = held
    else:  # pragma: no cover - every shop connection is made by this module
        held.release()


def require_sqlite_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database at all (read its first 16 bytes)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ShopFileError(
            _("The shop file {name} cannot be read: {reason}.").format(
                name=path.name, reason=exc.strerror
            )
        ) from exc
    if not header:
        raise ShopFileError(empty_file_message(path))
    if header != SQLITE_HEADER:
        raise ShopFileError(_("{name} is not a jitdesk shop file.").format(name=path.name))


def inspect_existing(path: Path) -> None:
    """Refuse, without writing anything, a file that is not a usable shop file."""
    require_sqlite_header(path)
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise errors.opening_problem(exc, path) from exc
    try:
        _inspect(conn, path)
    except sqlite3.DatabaseError as exc:
        raise errors.opening_problem(exc, path) from exc
    finally:
        conn.close()


def empty_file_message(path: Path) -> str:
    return _(
        "{name} is empty (0 bytes), so there is no shop in it; restore the shop from a backup, "
        "or choose another file."
    ).format(name=path.name)


def _inspect(conn: sqlite3.Connection, path: Path) -> None:
    name = path.name
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != schema.APPLICATION_ID:
        raise ShopFileError(
            _("{name} is an SQLite file but not a jitdesk shop file.").format(name=name)
        )
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
                _(
                    "{name} was written by a newer jitdesk; install the newer version to open it."
                ).format(name=name)
            )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != len(recorded):
        raise ShopFileError(
            _(
                "{name} is inconsistent (its schema version says {version}, its upgrade "
                "history {history}); restore it from a backup."
            ).format(name=name, version=version, history=len(recorded))
        )
    if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise ShopFileError(_("{name} is damaged; restore it from a backup.").format(name=name))


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over our own connection, without sqlite-utils plugins: a plugin installed
    elsewhere must not change how a shop file is read or written, and looking for plugins
    scans every installed package (about 25 ms of start-up)."""
    return Database(conn, execute_plugins=False)


def open_read_only(path: Path) -> Database:
    """A second connection to the shop file, for reads on a worker thread (WAL lets it read
    while the GUI's connection writes). Query-only, so it can never write by mistake."""
    held = file_lock.hold_shared(path)
    try:
        conn = sqlite3.connect(
            str(path),
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
            factory=HeldConnection,
        )
    except BaseException:
        held.release()
        raise
    hold_while_open(conn, held)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return _database(conn)


def open_database(path: str | Path, *, create: bool = False) -> Database:
    """Open (or with `create`, make) a shop file, migrated to this jitdesk's schema.

    The connection holds the shop's shared lock while it is open (a restore waits for it), and
    temporary files a killed backup or restore left beside the shop are swept first."""
    path = Path(path)
    if is_network_path(path):
        raise ShopFileError(
            _(
                "{name} is on a network share; SQLite cannot lock files safely there, so copy "
                "it to a local disk first."
            ).format(name=path.name)
        )
    if not (path.exists() or (create and path.parent.is_dir())):
        return _open_database(path, create=create)  # says why there is nothing to open
    if path.exists() and not create:
        require_sqlite_header(path)  # no lock file beside a text file opened by mistake
    held = file_lock.hold_shared(path)
    try:
        sweep_beside(path)
        db = _open_database(path, create=create)
    except BaseException:
        held.release()
        raise
    hold_while_open(db.conn, held)
    owner_only(path)
    return db


def owner_only(shop_path: Path) -> None:
    """Make the shop file and its -wal and -shm readable by their owner only (a file copied
    or restored by other means may be readable by everyone); silently skipped where the
    file is not ours or the system has no such modes."""
    if sys.platform == "win32":  # pragma: no cover - no POSIX modes there
        return
    for path in (shop_path, *(shop_path.with_name(shop_path.name + s) for s in ("-wal", "-shm"))):
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:
            continue


def open_for_reading(path: str | Path) -> Database:
    """Open a shop for a command that only reads (check, report, export, plan).

    As open_database; but where nothing can be written beside the file (a read-only folder)
    it is read through a read-only connection instead of refused."""
    try:
        return open_database(path)
    except errors.FolderReadOnlyError:
        pass
    path = Path(path)
    held = file_lock.hold_shared(path)
    try:
        conn = _connect_where_read_only(path)
    except BaseException:
        held.release()
        raise
    hold_while_open(conn, held)
    try:
        _inspect(conn, path)
        db = _database(conn)
        if schema.migrations.pending(db):
            raise ShopFileError(
                _(
                    "{name} was written by an older jitdesk and must be upgraded first, which "
                    "needs a folder you may write to; copy it to one and open it there."
                ).format(name=path.name)
            )
        _require_complete(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise errors.opening_problem(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _connect_where_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a shop file in a folder where SQLite cannot make its -shm.

    ``mode=ro`` reads a -wal beside the file if there is one; without one SQLite still
    needs to create the -shm, and ``immutable=1`` (no locking, no -shm) is the way to read.
    It is used only when there is no -wal: its changes would be invisible to it."""
    base = path.absolute().as_uri()
    conn = sqlite3.connect(
        base + "?mode=ro", uri=True, isolation_level=None, factory=HeldConnection
    )
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ShopFileError(
                _(
                    "jitdesk cannot read the shop file {name} here (folder read-only): its "
                    "latest changes are in its -wal file; copy both to a folder you may write to."
                ).format(name=path.name)
            ) from exc
        conn = sqlite3.connect(
            base + "?immutable=1", uri=True, isolation_level=None, factory=HeldConnection
        )
    conn.row_factory = sqlite3.Row  # read-only by its URI; temporary tables still work
    return conn


def sweep_beside(shop_path: Path) -> None:
    """Remove temporary files killed backups or restores left beside the shop file and in its
    backups folder, and lock files of shop files that are gone."""
    temp_files.sweep(shop_path.parent)
    temp_files.sweep(shop_path.with_name(shop_path.name + ".backups"))
    file_lock.remove_orphans(shop_path.parent)


def _open_database(path: Path, *, create: bool) -> Database:
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        inspect_existing(path)
    elif path.exists() and not create:
        raise ShopFileError(empty_file_message(path))
    elif not create:
        raise ShopFileError(_("There is no shop file at {path}.").format(path=path))
    elif path.exists():
        raise ShopFileError(
            _("{name} exists but is empty; choose another file name.").format(name=path.name)
        )
    elif not path.parent.is_dir():
        raise ShopFileError(_("The folder {parent} does not exist.").format(parent=path.parent))
    from jitdesk.store import backup as backups

    made_here = False
    try:
        if not existed and not path.exists():
            backups.create_private_file(path)  # owner-only; SQLite gives -wal/-shm the same mode
            made_here = True
        conn = _connect(path)
        _configure(conn)
    except sqlite3.Error as exc:
        if made_here:
            path.unlink(missing_ok=True)
        raise errors.opening_problem(exc, path) from exc
    except OSError as exc:
        if made_here:
            path.unlink(missing_ok=True)
        raise errors.environment_problem(path, opening=True) or ShopFileError(
            _("The shop file {name} cannot be opened: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc
    db = _database(conn)
    if not schema.migrations.pending(db):
        _require_complete(conn, path)
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
    _require_complete(conn, path)
    return db


def _require_complete(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse (and close) a shop file that lacks a table or column of the schema: every
    command would otherwise fail half-way with "no such table"."""
    try:
        missing = schema.missing_parts(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise errors.opening_problem(exc, path) from exc
    if missing:
        conn.close()
        if len(missing) == 1:
            raise ShopFileError(
                _(
                    "{name} is not a complete jitdesk shop: {part} is missing; restore it from a "
                    "backup."
                ).format(name=path.name, part=missing[0])
            )
        raise ShopFileError(
            ngettext(
                "{name} is not a complete jitdesk shop: {part} is missing (and {count} more); "
                "restore it from a backup.",
                "{name} is not a complete jitdesk shop: {part} is missing (and {count} more); "
                "restore it from a backup.",
                len(missing) - 1,
            ).format(name=path.name, part=missing[0], count=len(missing) - 1)
        )


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
