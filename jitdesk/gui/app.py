"""Starting the desktop app: QApplication, which shop to open, and the safety net for bugs."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from jitdesk import __version__
from jitdesk.gui import error_handling, feedback, i18n, shop_files
from jitdesk.gui.feedback import log_path
from jitdesk.gui.file_open import FileOpenRelay
from jitdesk.services.shop import Shop

ORGANIZATION = "jitdesk"
APPLICATION = "jitdesk"
log = logging.getLogger("jitdesk")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName("jitdesk")
    QApplication.setDesktopFileName("jitdesk")
    return app  # type: ignore[return-value]


def setup_logging() -> Path | None:
    path = log_path()
    try:
        handler = error_handling.make_log_handler(path)  # owner-only files
    except OSError:
        return None
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """sys.excepthook for the GUI: user errors as a sentence, bugs as a dialog with the log."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    feedback.report(parent or QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    sys.excepthook = handle_exception
    error_handling.install_qt_message_handler()


def choose_shop(shop_path: Path | None) -> Shop | None:
    """The shop to open at start: the one asked for, else the last one, else the default file,
    else the first-run choice (demo, open, new). None when the person gives up."""
    if shop_path is not None:
        path = Path(shop_path)
        if path.exists():
            shop = shop_files.open_shop_file(path)
            if shop is not None:
                return shop
        return shop_files.first_run(new_path=path if not path.exists() else None)
    for candidate in [*shop_files.recent_shops(), str(shop_files.default_shop_path())]:
        if Path(candidate).exists():
            shop = shop_files.open_shop_file(candidate)
            if shop is not None:
                return shop
    return shop_files.first_run(new_path=shop_files.default_shop_path())


def run_app(shop_path: Path | None = None) -> int:
    """Open the main window over a shop file; returns the process exit code."""
    app = make_application()
    setup_logging()
    install_excepthook()
    i18n.install_translators()  # before any window: texts are translated when made
    relay = FileOpenRelay(app)
    app.installEventFilter(relay)
    if shop_path is None:
        app.processEvents()  # macOS: a file double-clicked in the Finder arrives as an event
        shop_path = Path(relay.pending) if relay.pending else None
    shop = choose_shop(shop_path)
    if shop is None:  # the person quit at the start, or the file asked for cannot be used
        return 1 if shop_path is not None else 0
    from jitdesk.gui.main_window import MainWindow

    window = MainWindow(shop)
    relay.deliver_to(window.open_shop_path)
    window.show()
    private_settings()
    code = app.exec()
    private_settings()
    return code


def private_settings() -> None:
    """The settings file (recent shops, window state) readable by its owner only."""
    settings = QSettings()
    settings.sync()
    with contextlib.suppress(OSError):
        os.chmod(settings.fileName(), 0o600)
