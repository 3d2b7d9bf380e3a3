"""A search field that filters as you type: it waits until typing pauses, so a fast typist or a
barcode scanner does not run one search per key, and answers Enter at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    searched = Signal(str)  # the text, once typing pauses (or at once on Enter)
    submitted = Signal(str)  # Enter, after `searched`

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._on_return)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """A page that is left (or closed) searches again when it is shown, not meanwhile."""
        self._timer.stop()
        super().hideEvent(event)

    def search_now(self) -> None:
        self._timer.stop()
        self.searched.emit(self.text())

    def _on_return(self) -> None:
        self.search_now()
        self.submitted.emit(self.text())
