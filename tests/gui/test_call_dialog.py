"""Telling customers in the GUI: logging a call from the order, the preferred way in the
customer editors, and who is still to be told on Today."""

from __future__ import annotations

import pytest

from jitdesk.domain.telling import CallOutcome
from jitdesk.gui.dialogs.call_dialog import CallDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.order_detail import OrderDetailPanel
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.services import catalog_views, customers, shelves, telling
from jitdesk.services.timeline import order_timeline
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "calls.jitdesk")
    w.plan_and_send()
    w.send()
    w.clock.advance(days=7)
    w.receive_all()
    yield w
    w.shop.close()


def _panel(qtbot, world, order_id: int) -> OrderDetailPanel:
    panel = OrderDetailPanel(world.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(panel)
    panel.resize(640, 640)
    panel.show()
    panel.show_order(order_id)
    return panel


def _log(qtbot, panel: OrderDetailPanel, outcome: CallOutcome, note: str = "") -> CallDialog:
    dialog = panel.log_call()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    assert dialog.ok_button.toolTip() == "Choose how the call went first."
    dialog.outcome_buttons[outcome].setChecked(True)
    dialog.note.setText(note)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.ok_button.click()
    return dialog


def test_no_answer_is_logged_and_the_customer_stays_to_be_told(qtbot, world):
    ann = world.orders["ann"]
    panel = _panel(qtbot, world, ann)
    assert "Not told yet · Tell with a printed notice" in panel.info.text()
    dialog = _log(qtbot, panel, CallOutcome.NO_ANSWER)
    assert "111" in dialog.phone.text()
    assert not dialog.isVisible()
    assert not telling.tell_target(world.shop, ann).told
    assert "Not told yet · Tell with a printed notice (called, no answer)" in panel.info.text()
    assert panel.notice_button.text() == "Pr&int pickup notice…"


def test_reached_tells_the_customer_and_the_buttons_offer_to_send_again(qtbot, world):
    ann = world.orders["ann"]
    panel = _panel(qtbot, world, ann)
    _log(qtbot, panel, CallOutcome.REACHED, "comes Friday")
    assert telling.tell_target(world.shop, ann).told
    assert "The customer was told the order is ready." in panel.info.text()
    assert panel.notice_button.text() == "Pr&int pickup notice again…"
    assert panel.email_button.text() == "Email pic&kup notice again…"
    texts = [e.text for e in order_timeline(world.shop, ann)]
    assert "Called 111: spoke to the customer (comes Friday)" in texts


def test_the_call_dialog_shows_a_missing_phone_and_refuses_a_cancelled_order(qtbot, world):
    from jitdesk.services import changes

    bob = world.orders["bob1"]
    dialog = CallDialog(world.shop, bob)
    qtbot.addWidget(dialog)
    assert dialog.phone.text() == "No phone number is saved for this customer."
    changes.apply_cancel_order(world.shop, bob)
    dialog.outcome_buttons[CallOutcome.REACHED].setChecked(True)
    dialog.save()
    assert "calls are logged for open or ready orders" in dialog.message.text()
    panel = _panel(qtbot, world, bob)
    assert not panel.call_button.isEnabled()
    assert "completed or cancelled" in panel.call_button.toolTip()


def test_the_customer_editor_keeps_the_preferred_way(qtbot, world):
    page_fmt = ShopFormat("en_GB", "EUR")
    from jitdesk.gui.pages.customers_page import CustomerEditor

    editor = CustomerEditor(world.shop, page_fmt)
    qtbot.addWidget(editor)
    editor.load(world.customers["Ann"])
    assert editor.tell_channel.currentText() == "As the shop chose (Printed notice)"
    editor.tell_channel.setCurrentIndex(editor.tell_channel.findData("phone"))
    editor.tell_channel.activated.emit(editor.tell_channel.currentIndex())
    assert editor.dirty
    assert editor.save()
    assert catalog_views.get_customer(world.shop, world.customers["Ann"]).tell_channel == "phone"


def test_the_quick_add_dialog_sets_the_way_to_tell(qtbot, world):
    from jitdesk.gui.dialogs.customer_dialog import CustomerDialog

    telling.save_default_channel(world.shop, "email")
    dialog = CustomerDialog(world.shop, "Cleo Cherry")
    qtbot.addWidget(dialog)
    assert dialog.tell_channel.itemText(0) == "As the shop chose (E-mail)"
    dialog.tell_channel.setCurrentIndex(dialog.tell_channel.findData("phone"))
    dialog.accept()
    assert dialog.customer_id is not None
    found = customers.find_customers(world.shop, "Cleo")
    assert [c.tell_channel for c in found] == ["phone"]


def test_the_orders_page_detail_shows_the_info_of_the_order_chosen_last(qtbot, world):
    """The info label grows with the order shown, not the one before it (it was cut off)."""
    page = OrdersPage(world.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    shelves.put_away(world.shop, world.orders["ann"], "A3", 2)
    assert page.select_order(world.orders["bob1"])
    assert page.select_order(world.orders["ann"])
    info = page.detail.info
    assert info.height() >= info.heightForWidth(info.width())
    # Customer, dates, shelf, whether told, and until when it is kept.
    assert info.text().count("<br>") == 4 and "Pickup by" in info.text()


def test_printing_the_notice_tells_the_customer_then_prints_it_again(qtbot, world, monkeypatch):
    from jitdesk.gui.dialogs import pdf_preview

    shown: list = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.path))
    ann = world.orders["ann"]
    panel = _panel(qtbot, world, ann)
    with qtbot.waitSignal(panel.statusMessage) as first:
        assert panel.print_pickup_notice() is not None
    assert first.args[0].endswith("customer notified.")
    assert telling.tell_target(world.shop, ann).told
    assert panel.notice_button.text() == "Pr&int pickup notice again…"
    with qtbot.waitSignal(panel.statusMessage) as second:
        panel.print_pickup_notice()
    assert second.args[0].endswith("pickup notice printed again.")
    assert len(shown) == 2
    texts = [e.text for e in order_timeline(world.shop, ann)]
    assert texts.count("Pickup notice printed again") == 1
