"""File → Web shop… and File → Fetch web orders now, and the fetch every few minutes.

`WebShopSync` belongs to the main window. The web shop is asked on a worker thread
(`BackgroundRead` with a read-only connection: the fetch writes nothing), so the window never
waits for the network; what it brought is then imported on the GUI thread through the action
runner, and every page hears of it. A fetch the owner asked for says what went wrong in a
message box; a timed one only in the status bar, so nobody is interrupted every few minutes
while the internet is down.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu

from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import BackgroundRead
from jitdesk.gui.feedback import problem_of, show_bug, show_error
from jitdesk.gui.i18n import tr
from jitdesk.gui.shortcuts import set_shortcut
from jitdesk.services.shop import Shop

if TYPE_CHECKING:
    from jitdesk.services import webshop_sync as sync
    from jitdesk.services.webshop_http import HttpClient

TICK_MS = 60_000  # how often the timer looks whether a fetch is due
FETCH_SHORTCUT = "Ctrl+Shift+W"


class WebShopSync(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._http: HttpClient | None = None
        self.secrets: dict[str, str] = {}  # secrets asked for this session, by connection
        self.reader: BackgroundRead | None = None
        self.fetching_shop: Shop | None = None
        self.quiet = False
        self.last_fetch = time.monotonic()
        self.fetched_once = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @property
    def http(self) -> HttpClient:
        """Made when first needed: its TLS context reads the system's certificates, which
        opening the window has no use for."""
        if self._http is None:
            from jitdesk.services.webshop_http import HttpClient

            self._http = HttpClient()
        return self._http

    @http.setter
    def http(self, client: HttpClient) -> None:
        self._http = client

    @property
    def shop(self) -> Shop:
        return self.window.shop  # type: ignore[attr-defined]

    @property
    def busy(self) -> bool:
        return self.fetching_shop is not None

    # -- the connection dialog -----------------------------------------------------------------
    def open_dialog(self) -> None:
        from jitdesk.gui.dialogs.webshop_dialog import WebShopDialog

        dialog = WebShopDialog(self.shop, self.http, self.window)
        dialog.changed.connect(self.window.broadcast)  # type: ignore[attr-defined]
        if dialog.exec():
            connection = _sync().get_connection(self.shop)
            if connection is not None and dialog.secret_given:
                self.secrets[connection.keyring_user] = dialog.secret_given

    # -- fetching ------------------------------------------------------------------------------
    def _tick(self) -> None:
        shop = self.window.shop  # type: ignore[attr-defined]
        if shop is None or self.busy:
            return
        connection = _sync().get_connection(shop)
        if connection is None or not connection.interval_minutes:
            return
        due = self.last_fetch + connection.interval_minutes * 60
        if not self.fetched_once or time.monotonic() >= due:
            self.fetch(quiet=True)

    def fetch(self, quiet: bool = False) -> bool:
        """Start a fetch; False when none was started (nothing connected, already running, or
        the secret was not given)."""
        shop = self.shop
        if self.busy:
            if not quiet:
                self._say(tr("Web orders are being fetched already."))
            return False
        connection = _sync().get_connection(shop)
        if connection is None:
            if not quiet:
                self.open_dialog()
            return False
        secret = self.secrets.get(connection.keyring_user)
        if connection.secret_storage == "ask" and not secret:
            if quiet:
                return False
            secret = self._ask_secret(connection)
            if not secret:
                return False
        self.quiet = quiet
        self.fetching_shop = shop
        self.last_fetch = time.monotonic()
        self.fetched_once = True
        self._say(tr("Fetching web orders from {host}…").format(host=connection.host))
        self.reader = BackgroundRead(shop, self)
        self.reader.done.connect(self._fetched)
        self.reader.failed.connect(self._failed)
        self.reader.start(_sync().fetch_all, secret, self.http)
        return True

    def _ask_secret(self, connection: sync.WebShopConnection) -> str | None:
        text, ok = QInputDialog.getText(
            self.window,
            tr("Web shop"),
            tr("Secret for {shop} at {host}:").format(shop=connection.label, host=connection.host),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text:
            return None
        self.secrets[connection.keyring_user] = text
        return text

    def _fetched(self, fetched: tuple[sync.WebShopConnection, list[sync.Page]]) -> None:
        shop, self.fetching_shop = self.fetching_shop, None
        if shop is not self.shop:
            return  # another shop was opened meanwhile
        connection, pages = fetched
        run_action(
            self.window,
            lambda: _sync().apply_pages(shop, connection, pages),
            changed=self.window.broadcast,  # type: ignore[attr-defined]
            on_success=lambda result: self._say(result.summary()),
        )

    def _failed(self, error: Exception) -> None:
        shop, self.fetching_shop = self.fetching_shop, None
        if shop is not self.shop:
            return
        problem = problem_of(error)
        if problem is None:
            show_bug(self.window, error)
        elif self.quiet:
            self._say(str(problem))
        else:
            self._say("")
            show_error(self.window, problem, tr("Web shop"))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)


def _sync() -> ModuleType:
    """The web-shop sync service, imported when first used: it brings e-mail, HTTP and the
    import rules, none of which the window needs to open."""
    from jitdesk.services import webshop_sync

    return webshop_sync


def install(window: QMainWindow, file_menu: QMenu, before: QAction | None) -> WebShopSync:
    """Add File → Web shop… and File → Fetch web orders now; start the timed fetch."""
    controller = WebShopSync(window)
    connect_action = QAction(tr("&Web shop…"), window)
    connect_action.triggered.connect(controller.open_dialog)
    fetch_action = QAction(tr("&Fetch web orders now"), window)
    set_shortcut(fetch_action, FETCH_SHORTCUT)
    fetch_action.triggered.connect(lambda: controller.fetch())
    for action in (connect_action, fetch_action):
        file_menu.insertAction(before, action) if before else file_menu.addAction(action)
    window.webshop_sync = controller  # type: ignore[attr-defined]
    window.webshop_action = connect_action  # type: ignore[attr-defined]
    window.fetch_web_orders_action = fetch_action  # type: ignore[attr-defined]
    return controller
