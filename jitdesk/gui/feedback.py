"""How the app tells the person what is going on: a busy cursor, a problem they can fix as one
plain sentence, and a bug as a dialog that says where the details were logged.

`app.handle_exception` (the excepthook) and the action runner both report through `report`, so
an error reads the same whichever way it reached the surface.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui import error_handling
from jitdesk.gui.i18n import tr

log = logging.getLogger("jitdesk")


def log_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "jitdesk.log"


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def show_error(parent: QWidget | None, error: Exception, title: str | None = None) -> None:
    """A user-fixable error: one plain sentence in a message box."""
    QMessageBox.warning(parent, title or tr("jitdesk"), str(error))


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """A bug: logged with its traceback, then a dialog saying nothing saved was lost and where
    the details are."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Unexpected error:\n%s", text)
    error_handling.write_stderr(text)  # sys.stderr is None in a frozen windowed app
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Something went wrong"))
    box.setText(
        tr(
            "Something went wrong inside jitdesk. What you saved before is safe; the last "
            "action was not completed."
        )
    )
    box.setInformativeText(
        tr("Details were written to {path}. Please send that file to whoever supports you.").format(
            path=log_path()
        )
    )
    box.setDetailedText(text)
    box.exec()


def problem_of(exc: BaseException) -> JitdeskError | None:
    """The sentence to show for `exc` (a known error, a full disk, a read-only file...), or None
    when it is a bug."""
    problem = error_handling.user_problem(exc)
    if problem is not None and not isinstance(exc, JitdeskError):
        log.warning("Environment error: %r", exc)
    return problem


def report(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show `exc`: a problem the person can fix as a sentence, anything else as a bug."""
    problem = problem_of(exc)
    if problem is not None:
        show_error(parent, problem, title)
    else:
        show_bug(parent, exc)
