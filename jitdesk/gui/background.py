"""Reads that take long on a big shop run on a worker thread, so a page shows at once.

`BackgroundRead.start(fn, *args)` runs `services.shop.read_separately(shop, fn, *args)` on
Qt's thread pool: the worker opens its own read-only connection and touches no widget. The
result reaches the GUI thread through a queued signal; only the newest run's result is
delivered, so a page that reloads twice never shows stale figures.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from jitdesk.domain.progress import Cancelled, Progress
from jitdesk.gui.i18n import tr
from jitdesk.services.shop import Shop, read_separately

T = TypeVar("T")


class _Relay(QObject):
    finished = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.relay, self.generation, self.work = relay, generation, work

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread and handled there
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            self.relay.finished.emit(self.generation, result, error)


class BackgroundRead(QObject):
    """One page's background reads. `done(result)` or `failed(error)` fire on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, shop: Shop, parent: QObject) -> None:
        super().__init__(parent)
        self.shop = shop
        self.running = False
        self.last_seconds = 0.0
        self._generation = 0
        self._started = 0.0
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)

    def start(self, read: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._generation += 1
        self.running = True
        self._started = time.perf_counter()
        shop = self.shop
        job = _Job(
            self._relay, self._generation, lambda: read_separately(shop, read, *args, **kwargs)
        )
        QThreadPool.globalInstance().start(job)

    def _deliver(self, generation: int, result: Any, error: Exception | None) -> None:
        if generation != self._generation:
            return  # an older run; a newer one is on its way
        self.running = False
        self.last_seconds = time.perf_counter() - self._started
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


FOREVER = -1  # Qt's "no time-out"


def finish_background_work(timeout_ms: int = 10_000) -> bool:
    """Wait until no worker still reads (or backs up) a shop file: before that shop is
    closed, so no read opens the file after it was closed (nor recreates its -wal/-shm files
    after the app let go of it). False if some work is still running after `timeout_ms`
    (`FOREVER`: no limit)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Progress], T]) -> T:
    """`work(progress)` with a progress dialog that has a Stop button.

    The work runs on the GUI thread (it writes through the shop's one connection); each
    progress report lets Qt handle events, so the dialog moves and Stop answers. Stop raises
    `Cancelled` inside the work at its next report: imports then roll back, a batch PDF is not
    written."""
    dialog = QProgressDialog(title, tr("Stop"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def report(done: int, total: int, what: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(
            tr("{what}: {done} of {total}").format(what=what, done=done, total=total)
        )
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise Cancelled()

    try:
        return work(report)
    finally:
        dialog.close()
        dialog.deleteLater()
