"""Starting the desktop app: QApplication, which shop to open, and the safety net for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jitdesk import __version__
from jitdesk.domain.errors import JitdeskError
from jitdesk.gui import error_handling, shop_files
from jitdesk.gui.file_open import FileOpenRelay
from jitdesk.gui.i18n import tr
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


def log_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "jitdesk.log"


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
    parent = parent or QApplication.activeWindow()
    problem = error_handling.user_problem(exc)  # also disk full, read-only or moved file
    if problem is not None:
        if not isinstance(exc, JitdeskError):
            log.warning("Environment error: %r", exc)
        QMessageBox.warning(parent, tr("jitdesk"), str(problem))
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
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
    return app.exec()
