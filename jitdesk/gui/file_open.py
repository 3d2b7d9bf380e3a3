"""Shop files handed over by the desktop: on macOS, double-clicking a .jitdesk file in the
Finder (or dropping it on the Dock icon) does not start jitdesk with the file as an argument;
the system sends a FileOpen event instead, before or after the window is there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenRelay(QObject):
    """Catches FileOpen events on the application. Until a window takes them (`deliver_to`),
    the newest file is kept as `pending`, so the start-up can open it instead of the last
    shop; afterwards each file goes straight to the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: str | None = None
        self._open: Callable[[str], None] | None = None

    def deliver_to(self, open_path: Callable[[str], None]) -> None:
        self._open = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() if isinstance(event, QFileOpenEvent) else ""
        if not path:
            return False
        if self._open is None:
            self.pending = path
        else:
            self._open(path)
        return True
