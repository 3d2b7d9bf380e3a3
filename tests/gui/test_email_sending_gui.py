"""E-mailing from the GUI against a local SMTP server (aiosmtpd on 127.0.0.1): a supplier order
from the Send dialog, a pickup notice from the order detail and from the Receiving page; the
mail program route (mailto:) when no server is set up; the templates tab of Settings → Email.

Nothing may be marked sent or notified that the server did not accept (or, without a server,
that the user did not say was sent)."""

# ruff: noqa: F811 (pytest fixtures imported from smtp_fixtures are parameters here)
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from jitdesk.gui.actions import email_actions
from jitdesk.gui.dialogs.email_settings_dialog import EmailSettingsDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.order_detail import OrderDetailPanel
from jitdesk.gui.pages.receiving_page import ReceivingPage
from jitdesk.gui.pages.supplier_orders_page import SupplierOrdersPage
from jitdesk.services import email as mail
from jitdesk.services.planning import commit_plan
from jitdesk.services.receiving import record_receipt
from jitdesk.services.supplier_orders import supplier_order_detail
from tests.gui.jit_loop_helpers import sent_alpine_order
from tests.gui.plan_fixtures import make_plan_shop, supplier_id
from tests.services.smtp_fixtures import (  # noqa: F401 (pytest fixtures used by name)
    PASSWORD,
    USER,
    _free_port,
    certs,
    plain_server,
    server,
    trust_test_ca,
)

FMT = ShopFormat("en_GB", "EUR")


def configure(shop, port: int, **overrides) -> None:
    values = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": "",
        "from_address": "shop@velo.example",
        "password_storage": "ask",
    } | overrides
    mail.save_smtp_settings(shop, mail.SmtpSettings(**values))


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """QDesktopServices.openUrl recorded instead of starting a mail program / file manager."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toEncoded().data().decode())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def draft(gui_shop):
    """A draft order to Alpine Parts (below its 100 EUR minimum), which has an e-mail address."""
    data = make_plan_shop(gui_shop)
    data.so_id = commit_plan(data.shop).created[0][0]
    data.shop.db["suppliers"].update(
        supplier_id(data.shop, "Alpine Parts"), {"email": "orders@alpine.example"}
    )
    return data


def so_status(shop) -> str:
    return shop.db.execute("SELECT status FROM supplier_orders").fetchone()[0]


def open_send_dialog(qtbot, shop, so_id):
    page = SupplierOrdersPage(shop, FMT)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.open_target(so_id)
    dialog = page.detail.send()
    qtbot.waitExposed(dialog)
    return page, dialog


def test_send_dialog_emails_over_starttls_then_marks_sent(
    qtbot, draft, server, trust_test_ca, monkeypatch
):
    inbox, port = server
    shop = draft.shop
    configure(shop, port, security="starttls", username=USER)
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or (PASSWORD, True)
    )
    before = len(inbox.messages)
    page, dialog = open_send_dialog(qtbot, shop, draft.so_id)
    assert not dialog.email_button.isEnabled()  # below the minimum: "send anyway" first
    dialog.send_anyway.setChecked(True)
    assert dialog.email_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=15000):
        dialog.email_button.click()
        assert not dialog.sent_button.isEnabled()  # busy while the message goes out
        assert "E-mailing P-2026-0001" in dialog.email_status.text()
    assert asked and USER in asked[0]  # the password was asked (kept "ask each time")
    assert so_status(shop) == "sent"
    assert not dialog.isVisible()
    rcpts, message = inbox.messages[before]
    assert rcpts == ["orders@alpine.example"]
    assert message["Subject"] == "Order P-2026-0001 from Vélo Ltd"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename().startswith("P-2026-0001")
    assert attachment.get_content().startswith(b"%PDF")
    events = [r[0] for r in shop.db.execute("SELECT summary FROM events WHERE action='emailed'")]
    assert events == ["P-2026-0001 e-mailed to orders@alpine.example"]


def test_unreachable_server_shows_the_reason_and_marks_nothing(qtbot, draft):
    shop = draft.shop
    configure(shop, _free_port())
    page, dialog = open_send_dialog(qtbot, shop, draft.so_id)
    dialog.send_anyway.setChecked(True)
    dialog.email_button.click()
    qtbot.waitUntil(lambda: bool(dialog.email_message.text()), timeout=15000)
    assert "refused the connection" in dialog.email_message.text()
    assert dialog.isVisible() and dialog.sent_button.isEnabled() and not dialog.busy
    assert so_status(shop) == "draft"
    assert dialog.changes is None


def test_without_smtp_mailto_opens_and_nothing_is_marked_sent(qtbot, draft, opened):
    shop = draft.shop
    page, dialog = open_send_dialog(qtbot, shop, draft.so_id)
    dialog.send_anyway.setChecked(True)
    dialog.email_button.click()
    mailto, folder = opened
    assert mailto.startswith("mailto:orders@alpine.example?subject=Order%20P-2026-0001")
    pdf = dialog.pdf_path()
    assert pdf.exists() and QUrl(folder).toLocalFile() == str(pdf.parent)
    assert "Mark sent" in dialog.email_status.text() and pdf.name in dialog.email_status.text()
    assert so_status(shop) == "draft" and dialog.isVisible()
    dialog.sent_button.click()  # the user sent it from the mail program, then says so
    assert so_status(shop) == "sent"


@pytest.fixture
def ready(gui_shop):
    """Zoë's and Ivan's orders ready for pickup (both have an e-mail address)."""
    loop = sent_alpine_order(gui_shop)
    detail = supplier_order_detail(gui_shop.shop, loop.so_id)
    record_receipt(gui_shop.shop, loop.so_id, {line.id: line.quantity for line in detail.lines})
    return loop


def notified_at(shop, order_id: int):
    return shop.db.execute(
        "SELECT notified_at FROM customer_orders WHERE id = ?", [order_id]
    ).fetchone()[0]


def detail_panel(qtbot, shop, order_id: int) -> OrderDetailPanel:
    panel = OrderDetailPanel(shop, FMT)
    qtbot.addWidget(panel)
    panel.show_order(order_id)
    return panel


def test_pickup_notice_emailed_from_the_order_detail_sets_notified(
    qtbot, gui_shop, ready, plain_server
):
    inbox, port = plain_server
    shop = gui_shop.shop
    configure(shop, port)
    before = len(inbox.messages)
    panel = detail_panel(qtbot, shop, ready.zoe.order_id)
    assert panel.email_button.isEnabled()
    messages = []
    panel.statusMessage.connect(messages.append)
    with qtbot.waitSignal(panel.changed, timeout=15000):
        panel.email_button.click()
        assert not panel.email_button.isEnabled()
    assert notified_at(shop, ready.zoe.order_id) is not None
    assert notified_at(shop, ready.ivan.order_id) is None
    rcpts, message = inbox.messages[before]
    assert rcpts == ["zoe@example.se"]
    assert "Hello Zoë Ångström" in message.get_body(("plain",)).get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")
    assert messages[-1] == f"{ready.zoe.number}: pickup notice e-mailed to zoe@example.se."
    assert any("e-mailed" in e.text for e in panel.timeline)


def test_pickup_notice_button_only_for_ready_orders(qtbot, gui_shop):
    loop = sent_alpine_order(gui_shop)  # ordered and sent, nothing received yet
    panel = detail_panel(qtbot, gui_shop.shop, loop.zoe.order_id)
    assert not panel.email_button.isEnabled()


def test_pickup_notice_without_smtp_is_notified_only_when_the_user_says_sent(
    qtbot, gui_shop, ready, opened, monkeypatch
):
    shop = gui_shop.shop
    answers = iter([False, True])
    monkeypatch.setattr(email_actions, "confirm_notified", lambda *_a: next(answers))
    panel = detail_panel(qtbot, shop, ready.zoe.order_id)
    panel.email_button.click()  # "Not yet"
    assert opened[0].startswith("mailto:zoe@example.se?subject=Your%20order%20")
    assert opened[1].startswith("file://")
    assert notified_at(shop, ready.zoe.order_id) is None
    with qtbot.waitSignal(panel.changed):
        panel.email_button.click()  # "Mark notified"
    assert notified_at(shop, ready.zoe.order_id) is not None


def test_receiving_page_emails_the_newly_ready_orders(qtbot, gui_shop, plain_server, monkeypatch):
    inbox, port = plain_server
    shop = gui_shop.shop
    loop = sent_alpine_order(gui_shop)
    configure(shop, port)
    summaries = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: summaries.append(text)
    )
    page = ReceivingPage(shop, FMT)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.open_target(loop.so_id)
    assert not page.email_button.isEnabled()
    page.fill_button.click()
    page.record_button.click()
    assert page.email_button.isEnabled()
    before = len(inbox.messages)
    with qtbot.waitSignal(page.changed, timeout=15000):
        page.email_button.click()
    assert summaries == ["2 pickup notices e-mailed."]
    assert sorted(r[0] for r, _m in inbox.messages[before:]) == [
        "ivan@example.ru",
        "zoe@example.se",
    ]
    assert notified_at(shop, loop.zoe.order_id) and notified_at(shop, loop.ivan.order_id)


def test_templates_tab_checks_at_the_field_and_saves(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = EmailSettingsDialog(shop)
    qtbot.addWidget(dialog)
    editor = dialog.templates
    editor.select("pickup-notice")
    assert "$pickup_by" in editor.placeholders.text()
    editor.subject.setText("Ready: $order_numbr")
    dialog.save()
    assert dialog.tabs.currentWidget() is editor and dialog.result() == 0
    assert "$order_numbr" in editor.subject_message.text()
    assert not editor.body_message.text()
    editor.subject.setText("Ready: $order_number")
    editor.body.setPlainText("Hello $customer_name, balance $balanse.")
    dialog.save()
    assert "$balanse" in editor.body_message.text() and not editor.subject_message.text()
    editor.body.setPlainText("Hello $customer_name, balance $balance_due.")
    editor.select("supplier-order")
    editor.subject.setText("Order $order_number\nBcc: x@example.org")
    dialog.save()
    assert editor.kind.currentData() == "supplier-order"
    assert "line break" in editor.subject_message.text()
    assert mail.get_template(shop, "pickup-notice").subject.startswith("Your order")  # nothing
    editor.restore_default()
    dialog.save()  # no server entered: only the templates are saved
    assert dialog.result() == dialog.DialogCode.Accepted
    assert mail.get_template(shop, "pickup-notice").subject == "Ready: $order_number"
    assert mail.get_smtp_settings(shop) is None


def test_an_order_emailed_in_the_background_is_the_owners_on_a_one_person_shop(
    qtbot, draft, plain_server, monkeypatch
):
    from jitdesk.services import people

    inbox, port = plain_server
    shop = draft.shop
    configure(shop, port)
    olga = people.add_person(shop, "Olga", "1111")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    page, dialog = open_send_dialog(qtbot, shop, draft.so_id)
    dialog.send_anyway.setChecked(True)
    with qtbot.waitSignal(page.changed, timeout=15000):
        dialog.email_button.click()
    people_of = shop.db.execute("SELECT person_id FROM events WHERE action = 'emailed'").fetchall()
    assert [r[0] for r in people_of] == [olga.id]
