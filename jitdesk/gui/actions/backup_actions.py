"""File → Back up now…, File → Restore from backup…, and the daily backup when a shop opens.

Backups read the shop file through their own SQLite connection in a QThreadPool worker, so a
large shop never freezes the window; the result is shown in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from jitdesk.domain.backup_rotation import MANUAL, backup_file_name
from jitdesk.domain.errors import JitdeskError
from jitdesk.gui import shop_files
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import FOREVER, finish_background_work
from jitdesk.gui.i18n import tr
from jitdesk.services import backup


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
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported, never silently lost
            self.signals.failed.emit(tr("The backup failed: {error}").format(error=exc))
        else:
            self.signals.finished.emit(result)


_running: set[BackupJob] = set()  # keep the Python wrappers (and their signals) alive


def start(job: BackupJob) -> BackupJob:
    _running.add(job)
    job.setAutoDelete(False)
    job.signals.finished.connect(lambda _r, j=job: _running.discard(j))
    job.signals.failed.connect(lambda _r, j=job: _running.discard(j))
    QThreadPool.globalInstance().start(job)
    return job


class _DailyBackupStatus(QObject):
    """Says in the window's status bar how the daily backup went. A child of the window, so
    a backup that finishes after the window was closed and deleted says nothing (a
    connection to a plain function would call into the deleted window)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(object)
    def done(self, path: Path | None) -> None:
        if path is not None:
            self.window.statusBar().showMessage(
                tr("Today's backup was saved as {name}.").format(name=path.name), 8000
            )

    @Slot(str)
    def failed(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)


def start_daily_backup(window: QMainWindow, shop_path: Path) -> BackupJob:
    """The automatic backup when a shop is opened (at most one a day, then rotation)."""
    window.statusBar().showMessage(tr("Checking today's backup…"), 4000)
    job = BackupJob(lambda: backup.daily_backup(shop_path))
    status = _DailyBackupStatus(window)
    job.signals.finished.connect(status.done)
    job.signals.failed.connect(status.failed)
    return start(job)


def back_up_now(window: QMainWindow, shop_path: Path) -> BackupJob | None:
    folder = backup.backups_folder(shop_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    suggested = folder / backup_file_name(shop_path.stem, datetime.now(UTC), MANUAL)
    dest, _ = QFileDialog.getSaveFileName(
        window, tr("Back up the shop"), str(suggested), shop_files.file_filter()
    )
    if not dest:
        return None
    window.statusBar().showMessage(tr("Backing up…"))
    job = BackupJob(lambda: backup.make_backup(shop_path, Path(dest)))
    job.signals.finished.connect(
        lambda path: window.statusBar().showMessage(
            tr("The shop was backed up to {path}.").format(path=path), 10000
        )
    )
    job.signals.failed.connect(lambda text: _failed(window, text))
    return start(job)


def _failed(window: QMainWindow, text: str) -> None:
    window.statusBar().clearMessage()
    QMessageBox.warning(window, tr("Back up"), text)


def restore_from_backup(window) -> bool:
    """Ask for a backup, close the shop, restore it (the current file is kept first), reopen."""
    shop = window.shop
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
    shop.close()  # also releases the window's lock on the file
    restored = run_action(
        window, lambda: backup.restore(Path(chosen), shop_path), title=tr("Restore from backup")
    )
    result = restored.value if restored else None
    reopened = shop_files.open_shop_file(shop_path, window)
    if reopened is not None:
        window.set_shop(reopened)
    if result is not None:
        window.statusBar().showMessage(result.summary(), 15000)
    return result is not None
