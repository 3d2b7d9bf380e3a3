"""Starting the desktop app: QApplication, which shop to open, and the safety net for bugs."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from jitdesk import __version__
from jitdesk.gui import error_handling, feedback, i18n, shop_files
from jitdesk.gui.feedback import log_path
from jitdesk.gui.file_open import FileOpenRelay
from jitdesk.services.shop import Shop

if TYPE_CHECKING:
    from jitdesk.gui.main_window import MainWindow

ORGANIZATION = "jitdesk"
APPLICATION = "jitdesk"
FIRST_PAINT_WAIT_MS = 500
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
        if shop_files.shop_is_there(shop_path):
            shop = shop_files.open_shop_file(shop_path)
            if shop is not None:
                return shop
            if Shop.names_server(shop_path):
                return shop_files.first_run()
        path = Path(shop_path)
        return shop_files.first_run(new_path=path if not path.exists() else None)
    for candidate in _candidates():
        if shop_files.shop_is_there(candidate):
            shop = shop_files.open_shop_file(candidate)
            if shop is not None:
                return shop
    return shop_files.first_run(new_path=shop_files.default_shop_path())


def _candidates() -> list[str]:
    return [*shop_files.recent_shops(), str(shop_files.default_shop_path())]


def show_window(shop_path: Path | None) -> MainWindow | None:
    """The main window over the shop chosen at start (`choose_shop`), shown; None when the
    person gives up before there is one.

    When there is a shop file to open (the usual start), the window comes first, with its
    menus and page list, and the shop is opened once it has been painted: the window is on
    screen while the shop opens and its first page loads. Otherwise (a first run, a file
    that is gone) the start dialog comes before any window, as it always did; and when the
    shop cannot be opened after all, the window closes and the start dialog follows."""
    from jitdesk.gui.main_window import MainWindow

    if not (shop_path is not None and shop_files.shop_is_there(shop_path)) and not any(
        shop_files.shop_is_there(candidate) for candidate in _candidates()
    ):
        shop = choose_shop(shop_path)
        if shop is None:
            return None
        window = MainWindow(shop)
        window.show()
        return window
    window = MainWindow(None)
    window.show()
    after_first_paint(window, lambda: _open_shop_into(window, shop_path))
    return window


def _open_shop_into(window: MainWindow, shop_path: Path | None) -> None:
    if window.shop is not None or not window.isVisible():
        return  # a file handed over by the desktop came first, or the window was closed
    shop = choose_shop(shop_path)
    if shop is None:  # the person gave up, as if at the start dialog
        window.close()
        QApplication.exit(1 if shop_path is not None else 0)
        return
    window.show_first_shop(shop)


class _AfterFirstPaint(QObject):
    """Runs `then` once, in the event loop after `widget` was first painted (or after
    FIRST_PAINT_WAIT_MS if it never is, e.g. when started minimised)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    _AfterFirstPaint(widget, then)


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
    window = show_window(shop_path)
    if window is None:  # the person quit at the start, or the file asked for cannot be used
        return 1 if shop_path is not None else 0
    relay.deliver_to(window.open_shop_path)
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
