"""The main window, the order list, and how a shop file is opened or created."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui import app as gui_app
from jitdesk.gui import shop_files
from jitdesk.gui.main_window import PAGE_KEY, MainWindow
from jitdesk.gui.models.order_table_model import CUSTOMER, NUMBER, PAGE_SIZE, TOTAL
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.services.orders import create_order
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Shop
from tests.environment import ENV, REPO


def log_orders(gui_shop, count_per_customer: int = 1) -> list[str]:
    numbers = []
    for _ in range(count_per_customer):
        for customer_id in gui_shop.customers.values():
            created = create_order(
                gui_shop.shop,
                OrderInput(customer_id, [OrderLineInput(gui_shop.products["TYR-700"], 1)]),
            )
            numbers.append(created.number)
    return numbers


def make_window(qtbot, shop: Shop) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def orders_page(window: MainWindow) -> OrdersPage:
    """The Customer orders page, shown (pages load when they are first shown)."""
    window.go_to("orders")
    page = window.pages["orders"]
    assert isinstance(page, OrdersPage)
    return page


def test_window_shows_the_shop_and_its_orders(qtbot, gui_shop):
    numbers = log_orders(gui_shop)
    window = make_window(qtbot, gui_shop.shop)
    assert window.windowTitle() == "Vélo Ltd — jitdesk"
    assert "velo.jitdesk" in window.shop_label.text()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Today", "Customer orders"]
    assert {"Plan", "Receiving", "Settings"} <= set(titles)
    page = orders_page(window)
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "3 orders"
    # Newest first; money right-aligned in the shop's currency.
    assert page.model.data(page.model.index(0, NUMBER)) == numbers[-1]
    assert page.model.data(page.model.index(0, TOTAL)) == "€45.00"
    align = page.model.data(page.model.index(0, TOTAL), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    # Menus carry the standard shortcuts.
    assert window.new_order_action.shortcut().toString() == "Ctrl+N"
    assert window.open_shop_action.shortcut().toString() == "Ctrl+O"
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_search_and_status_filter_the_list(qtbot, gui_shop):
    log_orders(gui_shop)
    window = make_window(qtbot, gui_shop.shop)
    page = orders_page(window)

    def customers() -> list[str]:
        return [
            page.model.data(page.model.index(r, CUSTOMER)) for r in range(page.model.rowCount())
        ]

    assert len(customers()) == 3
    page.search.setText("Иван")
    qtbot.waitUntil(lambda: customers() == ["Иван Петров"])
    assert page.count_label.text() == "1 order"

    page.search.setText("+30 210")  # by phone
    qtbot.waitUntil(
        lambda: page.count_label.text() == "1 order" and customers() == ["Δημήτρης Παπαδόπουλος"]
    )

    page.search.setText("nobody at all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count_label.text() == "0 orders"

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.status.setCurrentIndex(page.status.findText("Cancelled"))
    assert page.model.rowCount() == 0
    page.status.setCurrentIndex(page.status.findText("All orders"))
    assert page.model.rowCount() == 3


def test_long_lists_load_page_by_page(qtbot, gui_shop):
    shop = gui_shop.shop
    customer = gui_shop.customers["Zoë Ångström"]
    line = [OrderLineInput(gui_shop.products["BRK-100"], 1)]
    for _ in range(PAGE_SIZE + 5):
        create_order(shop, OrderInput(customer, list(line)))
    window = make_window(qtbot, shop)
    page = orders_page(window)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == f"{PAGE_SIZE + 5} orders"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 5)
    assert not page.model.canFetchMore()


def test_ctrl_n_opens_a_new_order_and_enter_opens_the_selected_one(qtbot, gui_shop):
    numbers = log_orders(gui_shop)
    window = make_window(qtbot, gui_shop.shop)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = orders_page(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.windowTitle() == "New customer order"
    page.dialog.reject()
    qtbot.waitUntil(lambda: not page.dialog.isVisible())

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog.isVisible())
    assert page.dialog.windowTitle() == f"Edit order {numbers[-1]}"
    page.dialog.reject()


def test_window_remembers_geometry_and_page(qtbot, gui_shop, tmp_path):
    shop = gui_shop.shop
    window = make_window(qtbot, shop)
    window.go_to("orders")
    window.resize(QSize(780, 560))
    window.move(QPoint(40, 30))
    qtbot.waitUntil(lambda: window.size() == QSize(780, 560))
    window.close()
    assert QSettings().value(PAGE_KEY) == "orders"
    assert Path(QSettings().fileName()).is_relative_to(tmp_path)

    again = make_window(qtbot, Shop.open(shop.path))
    assert again.size() == QSize(780, 560)
    assert again.current_page_key() == "orders"
    again.close()


def test_first_run_creates_a_new_shop(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "data" / "shop.jitdesk"

    def choose_new(self) -> int:
        self.choice = shop_files.StartDialog.NEW
        return QDialog.DialogCode.Accepted

    def fill_new_shop(self) -> int:
        assert Path(self.path_edit.text()) == target
        self.name_edit.setText("Fahrradladen Müller")
        self.currency.setCurrentText("CHF")
        self.accept()
        return self.result()

    monkeypatch.setattr(shop_files.StartDialog, "exec", choose_new)
    monkeypatch.setattr(shop_files.NewShopDialog, "exec", fill_new_shop)
    shop = gui_app.choose_shop(None)
    assert shop is not None
    try:
        assert shop.path == target
        settings = get_settings(shop)
        assert (settings.name, settings.currency) == ("Fahrradladen Müller", "CHF")
        assert shop_files.recent_shops() == [str(target.absolute())]
    finally:
        shop.close()


def test_new_shop_dialog_blocks_bad_currency_at_the_field(qtbot, tmp_path):
    dialog = shop_files.NewShopDialog(tmp_path / "x.jitdesk")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Shop")
    dialog.currency.setCurrentText("EURO")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.messages["currency"].isVisible()
    assert "three-letter code" in dialog.messages["currency"].text()
    assert not (tmp_path / "x.jitdesk").exists()


def test_opening_a_file_that_is_not_a_shop_says_so_and_leaves_it_alone(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "notes.jitdesk"
    path.write_bytes(b"shopping list: bread, milk\n")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    first_run_called = []
    monkeypatch.setattr(shop_files, "first_run", lambda **kw: first_run_called.append(kw))

    assert gui_app.choose_shop(path) is None
    assert shown == ["notes.jitdesk is not a jitdesk shop file."]
    assert path.read_bytes() == b"shopping list: bread, milk\n"
    assert first_run_called  # the person is offered the other ways to start


def test_at_start_the_window_is_up_before_its_shop_opens(qtbot, gui_shop):
    """The window shows first (menus, the page list) and the shop opens once it has been
    painted, on the page remembered from last time."""
    QSettings().setValue(PAGE_KEY, "orders")
    window = gui_app.show_window(gui_shop.shop.path)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.shop is None
    assert not window.nav.isEnabled()  # no page to show yet
    qtbot.waitUntil(lambda: window.shop is not None)
    assert window.shop.path == gui_shop.shop.path
    assert window.current_page_key() == "orders"
    assert window.nav.isEnabled()
    assert window.windowTitle() == f"{get_settings(gui_shop.shop).name} — jitdesk"
    window.close()


def test_a_shop_that_cannot_be_opened_at_start_closes_the_window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "notes.jitdesk"
    path.write_bytes(b"shopping list: bread, milk\n")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    offered = []
    monkeypatch.setattr(shop_files, "first_run", lambda **kw: offered.append(kw))
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    window = gui_app.show_window(path)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(exits))
    assert exits == [1] and not window.isVisible()
    assert shown == ["notes.jitdesk is not a jitdesk shop file."]
    assert offered  # the other ways to start, as when the file is asked for at the start dialog


def test_a_window_closed_before_its_shop_opens_opens_nothing(qtbot, gui_shop, monkeypatch):
    asked = []
    monkeypatch.setattr(gui_app, "choose_shop", lambda path: asked.append(path))
    window = gui_app.show_window(gui_shop.shop.path)
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    qtbot.wait(gui_app.FIRST_PAINT_WAIT_MS + 100)  # nothing is to happen, not even at the latest
    assert asked == [] and window.shop is None


def test_what_shows_the_window_leaves_the_store_for_later():
    """The modules that show the window at start import no storage: sqlite-utils, the store
    and the services behind the pages come with the shop, once the window is up."""
    code = "import sys, jitdesk.gui.app, jitdesk.gui.main_window; print(*sorted(sys.modules))"
    modules = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=ENV, capture_output=True, text=True, check=True
    ).stdout.split()
    early = [m for m in modules if m == "sqlite_utils" or m.startswith("jitdesk.store")]
    early += [m for m in modules if m in ("babel", "jitdesk.services.settings")]
    assert early == []


def test_a_first_run_asks_before_any_window(qtbot, monkeypatch):
    offered = []
    monkeypatch.setattr(shop_files, "first_run", lambda **kw: offered.append(kw))
    assert gui_app.show_window(None) is None
    assert offered


def test_demo_choice_writes_and_opens_the_demo_shop(qtbot, tmp_path, monkeypatch):
    written = []

    def fake_demo(path, orders, seed):
        written.append((Path(path).name, orders, seed))
        from jitdesk.services.settings import create_shop

        create_shop(path, "Demo Cycles", "EUR").close()

    demo = pytest.importorskip("jitdesk.demo")
    monkeypatch.setattr(demo, "write_demo_shop", fake_demo)
    shop = shop_files.open_demo_shop(folder=tmp_path)
    assert shop is not None
    try:
        assert written == [("demo.jitdesk", 400, 1)]
        assert get_settings(shop).name == "Demo Cycles"
    finally:
        shop.close()


def test_unexpected_errors_show_a_dialog_and_user_errors_a_sentence(qtbot, monkeypatch):
    from jitdesk.domain.errors import DomainError

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        gui_app.handle_exception(type(exc), exc, exc.__traceback__)
    gui_app.handle_exception(DomainError, DomainError("Order C-1 is completed."), None)
    assert shown[0].startswith("Something went wrong inside jitdesk.")
    assert shown[1] == "Order C-1 is completed."


def test_pages_follow_a_new_currency_after_settings_change(qtbot, gui_shop):
    from jitdesk.services.settings import get_settings, update_settings

    shop = gui_shop.shop
    window = make_window(qtbot, shop)
    assert orders_page(window).fmt.currency == "EUR"
    current = get_settings(shop)
    current.currency = "USD"
    window.broadcast(update_settings(shop, current))
    qtbot.waitUntil(lambda: orders_page(window).fmt.currency == "USD")
    assert all(page.fmt.currency == "USD" for page in window.pages.values())
    window.close()


def test_pages_load_only_when_first_shown(qtbot, gui_shop):
    log_orders(gui_shop)
    window = make_window(qtbot, gui_shop.shop)
    assert window.current_page_key() == "today"
    hidden = window.pages["orders"]
    assert hidden.model.rowCount() == 0  # opening the shop did not query the orders list
    window.go_to("orders")
    qtbot.waitUntil(lambda: hidden.model.rowCount() == 3)
    window.close()


def test_opening_a_shop_builds_only_the_page_shown(qtbot, gui_shop):
    window = make_window(qtbot, gui_shop.shop)
    assert [page.key for page in window.pages.built()] == ["today"]
    assert "reports" in window.pages and "nonsense" not in window.pages
    assert [page.key for page in window.pages.built()] == ["today"]  # asking did not build it
    window.go_to("reports")
    assert [page.key for page in window.pages.built()] == ["today", "reports"]
    window.close()


def test_a_shop_file_handed_over_by_the_desktop_opens_in_the_window(qtbot, gui_shop, tmp_path):
    """macOS sends a FileOpen event for a .jitdesk file double-clicked in the Finder."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from jitdesk.gui.file_open import FileOpenRelay
    from jitdesk.services.settings import create_shop

    other = tmp_path / "other.jitdesk"
    create_shop(other, "Other shop", "EUR").close()
    app = QApplication.instance()
    relay = FileOpenRelay(app)
    app.installEventFilter(relay)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        assert relay.pending == str(other)  # before a window exists: kept for the start-up
        window = make_window(qtbot, gui_shop.shop)
        relay.deliver_to(window.open_shop_path)
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        assert window.windowTitle() == "Other shop — jitdesk"
    finally:
        app.removeEventFilter(relay)
    window.shop.close()
    window.close()


def test_closing_the_window_waits_for_reads_still_running(qtbot, gui_shop, monkeypatch):
    """No background read may open the shop file after the window let go of it."""
    import time as _time

    from PySide6.QtCore import QThreadPool

    from jitdesk.gui.pages import today_page
    from jitdesk.services.today import today_overview

    finished = []

    def slow_overview(shop, *args):
        _time.sleep(0.3)
        result = today_overview(shop, *args)
        finished.append(True)
        return result

    monkeypatch.setattr(today_page, "today_overview", slow_overview)
    window = make_window(qtbot, gui_shop.shop)
    assert window.pages["today"].is_busy()
    window.close()
    assert finished == [True]
    assert QThreadPool.globalInstance().activeThreadCount() == 0
