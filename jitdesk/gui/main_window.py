"""The main window: a thin shell of menus, the page navigation and the status bar.

Pages live in their own modules and are listed in `gui.pages.registry.PAGES`; adding one is adding its
spec there. A page is built the first time it is shown. The window only switches between them
and passes each action's `Changes` to the pages built so far, and on a server shop other desks'
changes too (gui/other_desks.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jitdesk import __version__
from jitdesk.gui import other_desks, shop_files
from jitdesk.gui.actions import people_actions, repeat_tick, transfer_menus
from jitdesk.gui.background import finish_background_work
from jitdesk.gui.formatting import ShopFormat, shop_format
from jitdesk.gui.i18n import tr
from jitdesk.gui.pages.page import Page
from jitdesk.gui.pages.registry import PAGES, LazyPages, PageSpec
from jitdesk.gui.shortcuts import set_shortcut
from jitdesk.services.shop import Changes, Shop

if TYPE_CHECKING:
    from jitdesk.domain.models import ShopSettings

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
SPLITTER_KEY = "mainWindow/splitter"
PAGE_KEY = "mainWindow/page"
DAILY_BACKUP_DELAY_MS = 2000
SHOP_LABEL_PATH_PX = 320  # at most this much of the status bar for the shop's path or address
PAGE_KEYS = tuple(spec.key for spec in PAGES)  # the navigation's rows


def _settings(shop: Shop) -> ShopSettings:
    # Imported with the first shop: the settings service brings the store (and sqlite-utils),
    # which the window does not need to be shown.
    from jitdesk.services.settings import get_settings

    return get_settings(shop)


def _remembered_page() -> str | None:
    key = QSettings().value(PAGE_KEY)
    return key if isinstance(key, str) and key in {spec.key for spec in PAGES} else None


class MainWindow(QMainWindow):
    """The window over one shop. Made with `shop` None (at start-up), it shows its menus and
    page list at once and waits for `set_shop`, so it can be on screen while the shop opens."""

    def __init__(self, shop: Shop | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.shop: Shop | None = None
        self.repeat_tick: repeat_tick.RepeatTick | None = None
        self.other_desks: other_desks.OtherDesks | None = None
        self._format_key: tuple[str, str] = ("", "")
        self.pages = LazyPages(PAGES, self._build_page)
        self._fmt = ShopFormat()

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(tr("Pages"))
        self.nav.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(140)
        self.stack = QStackedWidget(self)
        # Side by side (the default). The parent goes by keyword: given alone by position,
        # PySide tries the (orientation, parent) overload first and builds every enum of
        # Qt's namespace for it, a fifth of the time it takes to show the window.
        self.splitter = QSplitter(parent=self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1000])
        self.setCentralWidget(self.splitter)
        self.shop_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.shop_label)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        if shop is not None:
            self.show_first_shop(shop)
        else:
            self._fill_nav()
            self.nav.setEnabled(False)  # no pages before there is a shop to show
            self.setWindowTitle("jitdesk")
            self.statusBar().showMessage(tr("Opening the shop…"))
        self.restore_settings()

    # -- menus -------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_shop_action = self._action(tr("&New shop…"), self.new_shop, "Ctrl+Shift+N")
        self.open_shop_action = self._action(tr("&Open shop…"), self.open_shop, keys.Open)
        self.open_server_action = self._action(
            tr("Open shop on a &server…"), self.open_server_shop, "Ctrl+Shift+O"
        )
        self.recent_menu = QMenu(tr("&Recent shops"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.quit_action = self._action(tr("&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.backup_action = self._action(tr("&Back up now…"), self.back_up_now)
        self.restore_action = self._action(tr("&Restore from backup…"), self.restore_from_backup)
        file_menu.addAction(self.new_shop_action)
        file_menu.addAction(self.open_shop_action)
        file_menu.addAction(self.open_server_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        transfer_menus.install(self, file_menu)  # import, export, e-mail (issue 8)
        people_actions.install(self, file_menu)

        orders_menu = self.menuBar().addMenu(tr("&Orders"))
        self.new_order_action = self._action(tr("&New order…"), self.new_order, keys.New)
        self.find_action = self._action(tr("&Find…"), self.find, keys.Find)
        self.reminders_action = self._action(tr("&Reminders…"), self.show_reminders, "Ctrl+Shift+R")
        orders_menu.addAction(self.new_order_action)
        orders_menu.addAction(self.find_action)
        orders_menu.addAction(self.reminders_action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.about_action = self._action(tr("&About jitdesk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = (
            Shop.remembered_location(self.shop.address) if self.shop and self.shop.address else ""
        )
        paths = [p for p in shop_files.recent_shops() if p != current]
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {shop_files.shown_name(path)}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_shop_path(p))
        if not paths:
            empty = self.recent_menu.addAction(tr("No other shops yet"))
            empty.setEnabled(False)

    # -- shop --------------------------------------------------------------------------------
    def set_shop(self, shop: Shop, first_page: str | None = None) -> None:
        """Show `shop` (closing the one shown before): every page is rebuilt for it, and the
        page shown is built first (`first_page`, else the one shown before, else Today)."""
        current_key = first_page or self.current_page_key()
        old = self.shop
        self.shop = shop
        settings = _settings(shop)
        fmt = shop_format(settings.locale, settings.currency)
        self._format_key = (settings.locale, settings.currency)
        self._fmt = fmt
        self.nav.blockSignals(True)
        for page in self.pages.built():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = LazyPages(PAGES, self._build_page)
        self._fill_nav()
        self.nav.blockSignals(False)
        self.nav.setEnabled(True)
        if old is None:
            self.statusBar().clearMessage()  # "Opening the shop…"
        self.show_page(current_key or PAGES[0].key)
        self.setWindowTitle(f"{settings.name} — jitdesk")
        path = shop.address
        # A long path or server address is shortened in its middle, so the status messages
        # beside it keep their room; the tooltip has it whole.
        shown = self.shop_label.fontMetrics().elidedText(
            path, Qt.TextElideMode.ElideMiddle, SHOP_LABEL_PATH_PX
        )
        self.shop_label.setText(f"{settings.name}  ·  {shown}")
        self.shop_label.setToolTip(path)
        self.repeat_tick = repeat_tick.start(self, shop, self.broadcast, self.repeat_tick)
        if shop is not old:  # the same shop again (a new locale) keeps hearing other desks
            self.other_desks = other_desks.start(self, shop, self.broadcast, self.other_desks)
        people_actions.shown(self)
        if old is not None and old is not shop:
            finish_background_work()
            old.close()
        if shop.path is not None and (old is None or old.path != shop.path):
            # Backed up off the GUI thread, a moment after the window is up so that opening
            # the shop never waits for (or competes with) copying the file.
            path = Path(shop.path)
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, lambda: self._start_daily_backup(path))

    def show_first_shop(self, shop: Shop) -> None:
        """The shop opened at start, on the page shown when the app was last closed."""
        self.set_shop(shop, first_page=_remembered_page())

    def _fill_nav(self) -> None:
        """One row per page, in PAGES' order (row n shows PAGE_KEYS[n])."""
        self.nav.clear()
        for spec in PAGES:
            item = QListWidgetItem(tr(spec.title), self.nav)
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 14))

    def _start_daily_backup(self, path: Path) -> None:
        from jitdesk.gui.actions import backup_actions

        backup_actions.start_daily_backup(self, path)

    def open_shop_path(self, path: str) -> None:
        shop = shop_files.open_shop_file(path, self)
        if shop is not None:
            self.set_shop(shop)

    def open_shop(self) -> None:
        shop = shop_files.ask_open_shop(self)
        if shop is not None:
            self.set_shop(shop)

    def open_server_shop(self) -> None:
        shop = shop_files.ask_open_server_shop(self)
        if shop is not None:
            self.set_shop(shop)

    def new_shop(self) -> None:
        shop = shop_files.ask_new_shop(self)
        if shop is not None:
            self.set_shop(shop)

    def back_up_now(self) -> None:
        from jitdesk.gui.actions import backup_actions

        if self.shop is None:
            return
        if self.shop.on_server:
            backup_actions.back_up_server_now(self, self.shop)
        elif self.shop.path is not None:
            backup_actions.back_up_now(self, Path(self.shop.path))

    def restore_from_backup(self) -> None:
        from jitdesk.gui.actions import backup_actions

        backup_actions.restore_from_backup(self)

    # -- pages -------------------------------------------------------------------------------
    def current_page_key(self) -> str | None:
        page = self.stack.currentWidget()
        return page.key if isinstance(page, Page) else None

    def _build_page(self, spec: PageSpec) -> Page:
        """Build a page the first time it is shown."""
        page = spec.load()(self.shop, self._fmt, self.stack)
        page.changed.connect(self.broadcast)
        page.navigate.connect(self.go_to)
        page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> Page:
        page = self.pages[key if key in self.pages else PAGES[0].key]
        self.stack.setCurrentWidget(page)
        self.nav.setCurrentRow(PAGE_KEYS.index(page.key))
        return page

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.show_page(PAGE_KEYS[row])

    def go_to(self, key: str, target: object = None) -> None:
        """Show the page `key` and, if given, the item `target` on it."""
        page = self.show_page(key)
        if target is not None:
            page.open_target(target)

    def broadcast(self, changes: Changes) -> None:
        if (changes.settings or changes.everything) and self.shop is not None:
            settings = _settings(self.shop)
            self.setWindowTitle(f"{settings.name} — jitdesk")
            people_actions.shown(self)
            if (settings.locale, settings.currency) != self._format_key:
                # Money and dates are formatted by every page: rebuild them with the new
                # locale/currency once the current slot has returned.
                QTimer.singleShot(0, lambda: self.set_shop(self.shop))
                return
        if changes.everything:  # another desk may have added a second person
            QTimer.singleShot(0, lambda: people_actions.sign_in_if_needed_now(self))
        # None is how a page hears "anything may have changed" (Page.refresh).
        told = None if changes.everything else changes
        for page in self.pages.built():
            page.refresh(told)

    def new_order(self) -> None:
        page = self.show_page("orders")
        page.new_order()

    def find(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_search()

    def show_reminders(self) -> QWidget | None:
        """Uncollected orders near or past their pickup-by date, to remind or keep longer."""
        from jitdesk.gui.dialogs.reminders_dialog import open_reminders

        if self.shop is None:
            return None
        return open_reminders(self, self.shop, self._fmt, self.broadcast, self.go_to)

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About jitdesk"),
            tr(
                "<h3>jitdesk {version}</h3><p>The just-in-time order desk for small shops: "
                "customer orders, supplier orders, receiving and pickup, in one shop file.</p>"
            ).format(version=__version__),
        )

    # -- remembering -------------------------------------------------------------------------
    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 740)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        key = settings.value(PAGE_KEY)
        if isinstance(key, str) and key in self.pages and self.shop is not None:
            self.show_page(key)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        if self.shop is not None:  # closed before a shop was shown: keep the page remembered
            settings.setValue(PAGE_KEY, self.current_page_key() or "")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        if self.other_desks is not None:
            self.other_desks.stop()
            self.other_desks = None
        if self.shop is not None:
            finish_background_work()
            self.shop.close()
            self.shop = None
        super().closeEvent(event)
