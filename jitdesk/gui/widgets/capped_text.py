"""Text of any length in a bounded space: as tall as it needs up to a few lines, then it
scrolls. A list of 900 customers must not push the table above it off the page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class CappedText(QScrollArea):
    """A selectable, word-wrapped text that grows up to `lines` lines and scrolls beyond."""

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = lines
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 (reads like QLabel's)
        self.label.setText(text)
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.label.setAccessibleName(name)

    def _capped_height(self) -> int:
        metrics = self.label.fontMetrics()
        width = max(self.viewport().width(), 100)
        needed = self.label.heightForWidth(width) if self.text() else 0
        most = metrics.lineSpacing() * self.max_lines + 4
        return max(min(needed, most), metrics.lineSpacing() if self.text() else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._capped_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._capped_height())

    def is_capped(self) -> bool:
        """True when the text is longer than the space shown (the rest is a scroll away)."""
        width = max(self.viewport().width(), 100)
        return self.label.heightForWidth(width) > self._capped_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the wrapped text's height depends on the width
