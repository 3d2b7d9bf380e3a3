"""File → Back up now…, File → Restore from backup…, and the daily backup when a shop opens.

Backups read the shop file through their own SQLite connection in a QThreadPool worker, so a
large shop never freezes the window; the result is shown in the status bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from jitdesk.domain.backup_rotation import MANUAL, backup_file_name
from jitdesk.domain.errors import JitdeskError
from jitdesk.gui import shop_files
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import FOREVER, finish_background_work
from jitdesk.gui.i18n import tr
from jitdesk.services import backup
from jitdesk.services.shop import Shop


class _Signals(QObject):
    finished = Signal(object)  # the backup path, or None when none was due
    failed = Signal(str)


class BackupJob(QRunnable):
    """Runs `work()` (which opens its own connection) off the GUI thread."""

    def __init__(self, work: Callable[[], Path | None]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except JitdeskError as exc:
            self._report(self.signals.failed, str(exc))
        except Exception as exc:  # noqa: BLE001 - reported, never silently lost
            self._report(self.signals.failed, tr("The backup failed: {error}").format(error=exc))
        else:
            self._report(self.signals.finished, result)

    @staticmethod
    def _report(signal: SignalInstance, value: object) -> None:
        # The app may have quit while the backup ran: its signals are gone then, and the
        # backup file itself was written (or not) all the same.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_running: set[BackupJob] = set()  # keep the Python wrappers (and their signals) alive


class _Relay(QObject):
    """Hands a worker's result to a window only while the window exists.

    A backup can finish after its window was closed. The relay is the window's child, so Qt
    destroys it with the window and drops its connections: the result is then not delivered,
    instead of reaching a deleted window."""

    def __init__(self, window: QObject, deliver: Callable[[object], None]) -> None:
        super().__init__(window)
        self._deliver = deliver

    @Slot(object)
    def deliver(self, value: object) -> None:
        self._deliver(value)


def _to_window(signal: SignalInstance, window: QObject, deliver: Callable[[object], None]) -> None:
    signal.connect(_Relay(window, deliver).deliver)


def start(job: BackupJob) -> BackupJob:
    _running.add(job)
    job.setAutoDelete(False)
    job.signals.finished.connect(lambda _r, j=job: _running.discard(j))
    job.signals.failed.connect(lambda _r, j=job: _running.discard(j))
    QThreadPool.globalInstance().start(job)
    return job


def start_daily_backup(window: QMainWindow, shop_path: Path) -> BackupJob:
    """The automatic backup when a shop is opened (at most one a day, then rotation)."""
    window.statusBar().showMessage(tr("Checking today's backup…"), 4000)
    job = BackupJob(lambda: backup.daily_backup(shop_path))

    def done(path: object) -> None:
        if isinstance(path, Path):
            window.statusBar().showMessage(
                tr("Today's backup was saved as {name}.").format(name=path.name), 8000
            )

    _to_window(job.signals.finished, window, done)
    _to_window(
        job.signals.failed, window, lambda text: window.statusBar().showMessage(str(text), 15000)
    )
    return start(job)


def back_up_now(window: QMainWindow, shop_path: Path) -> BackupJob | None:
    folder = backup.backups_folder(shop_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    suggested = folder / backup_file_name(shop_path.stem, datetime.now(UTC), MANUAL)
    dest = _ask_backup_file(window, suggested)
    if dest is None:
        return None
    return _run_backup(window, BackupJob(lambda: backup.make_backup(shop_path, dest)))


def back_up_server_now(window: QMainWindow, shop: Shop) -> BackupJob | None:
    """A server shop into a new shop file the user names (it has no backups folder)."""
    suggested = Path.home() / backup_file_name(shop.short_name, datetime.now(UTC), MANUAL)
    dest = _ask_backup_file(window, suggested)
    if dest is None:
        return None
    return _run_backup(window, BackupJob(lambda: backup.back_up_server_shop(shop, dest)))


def _ask_backup_file(window: QMainWindow, suggested: Path) -> Path | None:
    dest, _ = QFileDialog.getSaveFileName(
        window, tr("Back up the shop"), str(suggested), shop_files.file_filter()
    )
    return Path(dest) if dest else None


def _run_backup(window: QMainWindow, job: BackupJob) -> BackupJob:
    window.statusBar().showMessage(tr("Backing up…"))
    _to_window(
        job.signals.finished,
        window,
        lambda path: window.statusBar().showMessage(
            tr("The shop was backed up to {path}.").format(path=path), 10000
        ),
    )
    _to_window(job.signals.failed, window, lambda text: _failed(window, str(text)))
    return start(job)


def _failed(window: QMainWindow, text: str) -> None:
    window.statusBar().clearMessage()
    QMessageBox.warning(window, tr("Back up"), text)


def restore_from_backup(window) -> bool:
    """Ask for a backup, close the shop, restore it (the current file is kept first), reopen."""
    shop = window.shop
    if shop is not None and shop.on_server:
        QMessageBox.information(
            window,
            tr("Restore from backup"),
            tr(
                "A shop on a server is not restored over while desks use it: move the backup "
                "file into a new, empty database (jitdesk move-to-server) and open that one."
            ),
        )
        return False
    if shop is None or shop.path is None:
        return False
    shop_path = Path(shop.path)
    folder = backup.backups_folder(shop_path)
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        tr("Restore from backup"),
        str(folder if folder.is_dir() else shop_path.parent),
        shop_files.file_filter(),
    )
    if not chosen:
        return False
    answer = QMessageBox.question(
        window,
        tr("Restore from backup"),
        tr(
            "Replace the shop {shop} with the backup {backup}? The shop as it is now is "
            "saved in its backups folder first."
        ).format(shop=shop_path.name, backup=Path(chosen).name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    finish_background_work(FOREVER)  # no backup may be reading the file it replaces
    person = shop.person
    shop.close()  # also releases the window's lock on the file
    restored = run_action(
        window,
        lambda: backup.restore(Path(chosen), shop_path, person=person),
        title=tr("Restore from backup"),
    )
    result = restored.value if restored else None
    reopened = shop_files.open_shop_file(shop_path, window)
    if reopened is not None:
        window.set_shop(reopened)
    if result is not None:
        window.statusBar().showMessage(result.summary(), 15000)
    return result is not None
