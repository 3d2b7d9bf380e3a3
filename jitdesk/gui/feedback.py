"""How the app tells the person what is going on: a busy cursor, a known error as a sentence."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.i18n import tr


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
