"""File → Web shop…, Fetch web orders now (Ctrl+Shift+W), and web orders to check on Today."""

from __future__ import annotations

import ssl

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from jitdesk.gui.actions import webshop_actions
from jitdesk.gui.dialogs.web_inbox_dialog import WebInboxDialog
from jitdesk.gui.dialogs.webshop_dialog import WebShopDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.main_window import MainWindow
from jitdesk.gui.pages.today_page import TodayPage
from jitdesk.services.webshop_http import HttpClient
from jitdesk.services.webshop_sync import WebShopConnection, get_connection, save_connection
from tests.services import webshop_server as web
from tests.services.smtp_fixtures import certs  # noqa: F401 (a fixture)

ITEMS = [("BRK-100", 2, "12.50")]


@pytest.fixture
def server(certs):  # noqa: F811
    srv = web.start(certs, web.FakeShop())
    yield srv
    srv.shutdown()


@pytest.fixture
def http(certs):  # noqa: F811
    return HttpClient(context=ssl.create_default_context(cafile=str(certs[0])), timeout=2)


def web_refs(shop) -> list[str]:
    rows = shop.db.execute("SELECT external_ref FROM customer_orders WHERE external_ref NOT NULL")
    return [r[0] for r in rows]


def connect(shop, server) -> None:
    save_connection(
        shop,
        WebShopConnection("woocommerce", web.url_of(server), web.WOO_KEY, secret_storage="ask"),
    )


def open_window(qtbot, shop, http) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.webshop_sync.http = http
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_dialog_tests_the_connection_and_saves_it(qtbot, gui_shop, server, http):
    server.fake.woo.append(web.woo_order(1, ITEMS))
    dialog = WebShopDialog(gui_shop.shop, http)
    qtbot.addWidget(dialog)
    assert not dialog.disconnect_button.isEnabled()
    assert dialog.disconnect_button.toolTip() == "No web shop is connected yet."
    dialog.url.setText(web.url_of(server))
    dialog.api_key.setText(web.WOO_KEY)
    dialog.storage.setCurrentIndex(dialog.storage.findData("ask"))
    dialog.secret.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "HTTP 401" in dialog.status.text())
    assert "refused the key" in dialog.status.text()
    dialog.secret.setText(web.WOO_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "answered" in dialog.status.text())
    assert dialog.status.text() == (
        "WooCommerce at 127.0.0.1 answered; jitdesk can fetch its orders."
    )
    dialog.save()
    saved = get_connection(gui_shop.shop)
    assert saved is not None and saved.url == web.url_of(server)
    assert dialog.secret_given == web.WOO_SECRET
    assert web_refs(gui_shop.shop) == []  # testing and saving import nothing


def test_a_bad_address_is_said_in_the_dialog_and_nothing_is_saved(qtbot, gui_shop, http):
    dialog = WebShopDialog(gui_shop.shop, http)
    qtbot.addWidget(dialog)
    dialog.url.setText("http://shop.example.com")
    dialog.api_key.setText(web.WOO_KEY)
    dialog.save()
    assert "must start with https://" in dialog.status.text()
    assert get_connection(gui_shop.shop) is None


def test_shopify_asks_for_an_access_token_and_an_api_version(qtbot, gui_shop, http):
    dialog = WebShopDialog(gui_shop.shop, http)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.channel.setCurrentIndex(dialog.channel.findData("shopify"))
    assert dialog.api_version.isVisible() and not dialog.api_key.isVisible()
    assert dialog.form.labelForField(dialog.secret).text() == "Access t&oken:"


def test_fetch_now_imports_in_the_background_and_today_lists_what_to_check(
    qtbot, gui_shop, server, http, monkeypatch
):
    shop = gui_shop.shop
    server.fake.woo += [
        web.woo_order(1, ITEMS),
        web.woo_order(2, [("UNKNOWN-9", 1, "5.00")]),
    ]
    connect(shop, server)
    window = open_window(qtbot, shop, http)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (web.WOO_SECRET, True)
    )  # the secret, asked once per session
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.fetch_web_orders_action.shortcut().toString() == "Ctrl+Shift+W"
    window.nav.setFocus()
    qtbot.keyClick(
        window.nav,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: web_refs(shop) == ["1001"], timeout=10_000)
    qtbot.waitUntil(lambda: "to check on Today" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "1 new web order imported; 1 web order to check on Today."
    )
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    today.reload()
    qtbot.waitUntil(lambda: today.web_inbox_box.isVisible())
    assert today.web_inbox_label.text() == "Web orders to check (1)"

    # The owner maps the unknown SKU in the inbox and imports the order.
    dialog = WebInboxDialog(shop, ShopFormat())
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("TYR-700", True))
    dialog.map_button.click()
    assert dialog.table.item(0, 3).text() == "Ready to import"
    dialog.import_button.click()
    assert web_refs(shop) == ["1001", "1002"]
    assert dialog.table.rowCount() == 0
    assert dialog.result_label.text() == "1 new web order imported."

    # A second fetch in the same session needs no secret and brings nothing twice.
    monkeypatch.setattr(QInputDialog, "getText", pytest.fail)
    assert window.webshop_sync.fetch()
    qtbot.waitUntil(lambda: not window.webshop_sync.busy, timeout=10_000)
    assert web_refs(shop) == ["1001", "1002"]


def test_a_failing_web_shop_is_one_message_and_nothing_changes(
    qtbot, gui_shop, server, http, monkeypatch
):
    shop = gui_shop.shop
    server.fake.woo.append(web.woo_order(1, ITEMS))
    server.fake.fail_with = 500
    connect(shop, server)
    window = open_window(qtbot, shop, http)
    window.webshop_sync.secrets[get_connection(shop).keyring_user] = web.WOO_SECRET
    shown: list[str] = []
    monkeypatch.setattr(webshop_actions, "show_error", lambda _p, e, _t=None: shown.append(str(e)))
    window.fetch_web_orders_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [
        "127.0.0.1 had a problem of its own (HTTP 500); fetch the web orders again later."
    ]
    assert web_refs(shop) == []
    # The timed fetch says the same in the status bar only: nobody is interrupted.
    shown.clear()
    window.webshop_sync._tick()  # fetched a moment ago: the next one is due in 15 minutes
    assert not window.webshop_sync.busy
    window.webshop_sync.last_fetch -= 15 * 60
    window.webshop_sync._tick()
    assert window.webshop_sync.busy
    qtbot.waitUntil(lambda: "HTTP 500" in window.statusBar().currentMessage(), timeout=10_000)
    assert shown == []


def test_the_timed_fetch_waits_for_a_secret_it_was_not_given(qtbot, gui_shop, server, http):
    shop = gui_shop.shop
    server.fake.woo.append(web.woo_order(1, ITEMS))
    connect(shop, server)
    window = open_window(qtbot, shop, http)
    window.webshop_sync._tick()  # "ask once per session" and not asked yet: no dialog pops up
    assert not window.webshop_sync.busy and web_refs(shop) == []
