"""The message shown at a field: a warning icon and one sentence under an input."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from jitdesk.gui.i18n import tr


class FieldMessage(QWidget):
    """A warning icon and one sentence under an input, saying what is wrong with it.

    Uses the style's warning icon and the palette's text colour (no hard-coded colour), so it
    reads in light and dark themes. Hidden while there is nothing to say.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon)
        layout.addWidget(self._label, 1)
        self.setAccessibleName(tr("Problem"))
        self.hide()

    def show_message(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    def text(self) -> str:
        """The sentence shown, or "" while hidden."""
        return "" if self.isHidden() else self._label.text()
