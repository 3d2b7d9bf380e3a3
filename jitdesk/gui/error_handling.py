"""The safety net: a private rotating log, Qt's own messages in it, and plain messages for
errors the environment caused (disk full, read-only or moved shop file).

Works in the frozen app, where sys.stderr may be None: nothing here writes to it unchecked.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from jitdesk.domain.errors import JitdeskError
from jitdesk.services.shop import shop_file_problem

log = logging.getLogger("jitdesk")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (the log and each rotated one) are owner-only."""

    def _open(self):  # noqa: ANN202 - overrides logging's private opener
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)  # also when it existed with a wider mode
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def make_log_handler(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def write_stderr(text: str) -> None:
    """Echo to the console when there is one (a frozen windowed app has none)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


def user_problem(exc: BaseException) -> JitdeskError | None:
    """The plain error to show for `exc`, or None when it is a bug."""
    if isinstance(exc, JitdeskError):
        return exc
    problem = shop_file_problem(exc)
    if problem is not None:
        return problem
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        if exc.errno == errno.ENOSPC:
            return JitdeskError("The disk is full; free some space and try again.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            name = Path(exc.filename).name if exc.filename else "a file"
            return JitdeskError(f"jitdesk may not write {name}; check its permissions.")
    return None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    where = ""
    if context is not None and getattr(context, "file", None):
        where = f" ({context.file}:{context.line})"
    log.log(_QT_LEVELS.get(mode, logging.WARNING), "Qt: %s%s", message, where)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)
