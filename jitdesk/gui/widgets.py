"""Small shared widgets and helpers: the message shown at a field, error boxes, busy cursor."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QTableView,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError


def tr(text: str, context: str = "jitdesk") -> str:
    return QCoreApplication.translate(context, text)


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
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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


def show_error(parent: QWidget | None, error: Exception, title: str | None = None) -> None:
    """A user-fixable error: one plain sentence in a message box."""
    QMessageBox.warning(parent, title or tr("jitdesk"), str(error))


def is_user_error(error: BaseException) -> bool:
    return isinstance(error, JitdeskError)


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def list_view(model, accessible_name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only table that selects whole rows, one at a time: how every list in jitdesk
    looks (alternating rows, no row numbers, one text line per row)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table
