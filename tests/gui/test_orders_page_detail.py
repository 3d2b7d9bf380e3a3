"""The order beside the list: filters, lines with their state, timeline, and the actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.models.order_table_model import NUMBER, STATUS
from jitdesk.gui.pages.order_detail import L_IN_SHOP, L_ON_ORDER, L_QTY, L_WAITING, T_WHAT
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.services.orders import order_detail
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "orders.jitdesk")
    yield w
    w.shop.close()


def make_page(qtbot, world) -> OrdersPage:
    page = OrdersPage(world.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def numbers(page) -> list[str]:
    return [page.model.data(page.model.index(r, NUMBER)) for r in range(page.model.rowCount())]


def cell(model, row, col):
    return model.data(model.index(row, col))


def test_filters_by_customer_and_date_range(qtbot, world):
    page = make_page(qtbot, world)
    assert len(numbers(page)) == 3
    page.customer.set_customer(world.customers["Bob"], "Bob Berry")
    page.customer.customerChanged.emit(world.customers["Bob"])
    assert sorted(numbers(page)) == [world.numbers["bob1"], world.numbers["bob2"]]
    page.customer.edit.clear()
    assert len(numbers(page)) == 3
    assert page.date_from.text() == "any"
    page.set_date_range(QDate(2026, 11, 26), None)
    assert numbers(page) == [] and page.count_label.text() == "0 orders"
    page.set_date_range(QDate(2026, 11, 1), QDate(2026, 11, 25))
    assert len(numbers(page)) == 3


def test_detail_shows_lines_state_and_timeline(qtbot, world):
    world.plan_and_send()
    world.send()
    page = make_page(qtbot, world)
    assert page.select_order(world.orders["bob1"])
    panel = page.detail
    assert panel.title.text() == f"{world.numbers['bob1']} · On order"
    assert "Bob Berry" in panel.info.text()
    assert cell(panel.lines_model, 0, L_QTY) == "3"
    assert cell(panel.lines_model, 0, L_ON_ORDER) == "3"
    assert cell(panel.lines_model, 0, L_WAITING) == "0"
    whats = [cell(panel.timeline_model, r, T_WHAT) for r in range(panel.timeline_model.rowCount())]
    assert whats[0] == f"Order {world.numbers['bob1']} logged"
    assert any("P-2026-0001 (Alpine) sent; expected 2026-12-02" in w for w in whats)
    # A supplier order entry links to its page.
    row = next(i for i, w in enumerate(whats) if "sent;" in w)
    with qtbot.waitSignal(page.navigate) as signal:
        panel.timeline_view.activated.emit(panel.timeline_model.index(row, T_WHAT))
    assert tuple(signal.args) == ("supplier_orders", world.so_id)


def test_cancel_with_impact_through_the_gui(qtbot, world):
    world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    world.receive_all()  # everything in: Ann's 2 pads are on the shelf for her
    page = make_page(qtbot, world)
    page.select_order(world.orders["ann"])
    panel = page.detail
    assert cell(panel.lines_model, 0, L_IN_SHOP) == "2"
    assert panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    dialog = panel.impact_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.toPlainText()
    assert f"Order {world.numbers['ann']} will be cancelled." in text
    assert "BRK: 2 units already in the shop become surplus." in text
    with qtbot.waitSignal(page.changed) as signal:
        dialog.ok.click()
    assert signal.args[0].customer_orders == {world.orders["ann"]}
    assert order_detail(world.shop, world.orders["ann"]).header.status == "cancelled"
    # The default list (open and ready) no longer shows it; the panel follows the selection.
    assert world.numbers["ann"] not in numbers(page)
    page.status.setCurrentIndex(page.status.findText("All orders"))
    page.select_order(world.orders["ann"])
    row = page.model.row_of(world.orders["ann"])
    assert cell(page.model, row, STATUS) == "Cancelled"
    assert panel.title.text().endswith("Cancelled")
    assert not panel.cancel_button.isEnabled() and not panel.reduce_button.isEnabled()


def test_reduce_a_line_through_the_gui(qtbot, world):
    world.plan_and_send()  # a draft: Bob's 3 chains are in a pack of 10 on it
    page = make_page(qtbot, world)
    page.select_order(world.orders["bob1"])
    panel = page.detail
    panel.lines.selectRow(0)
    panel.reduce_button.click()
    dialog = panel.impact_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.quantity.value() == 2
    dialog.quantity.setValue(1)
    text = dialog.text.toPlainText()
    assert "Line 1 (CHN) goes from 3 to 1." in text
    assert "the line keeps 10 (pack size" in text
    with qtbot.waitSignal(page.changed):
        dialog.ok.click()
    assert cell(panel.lines_model, 0, L_QTY) == "1 (of 3)"
    assert order_detail(world.shop, world.orders["bob1"]).lines[0].quantity == 1
    total = page.model.data(page.model.index(page.model.row_of(world.orders["bob1"]), 5))
    assert total == "€3.00"


def test_print_confirmation_and_take_a_payment(qtbot, world, monkeypatch):
    page = make_page(qtbot, world)
    page.select_order(world.orders["ann"])
    panel = page.detail
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.path) or 0)
    panel.print_button.click()
    [path] = shown
    assert path.exists() and path.name == f"{world.numbers['ann']} confirmation Ann Apple.pdf"
    assert panel.preview.document.pageCount() == 1

    panel.payment_button.click()
    dialog = panel.payment_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.amount.text() == "24.00"  # the balance
    dialog.amount.setText("abc")
    dialog.save()
    assert dialog.isVisible() and dialog.amount.message_text()
    dialog.amount.setText("10.50")
    with qtbot.waitSignal(page.changed):
        dialog.save()
    assert "balance €13.50" in panel.money.text()
    assert order_detail(world.shop, world.orders["ann"]).paid == 1050


def test_take_payment_is_disabled_with_a_reason_once_the_order_is_fully_paid(qtbot, world):
    page = make_page(qtbot, world)
    page.select_order(world.orders["ann"])
    panel = page.detail
    assert panel.payment_button.isEnabled()
    panel.payment_button.click()
    dialog = panel.payment_dialog
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(page.changed):
        dialog.save()  # the whole balance, as offered
    assert order_detail(world.shop, world.orders["ann"]).balance == 0
    assert not panel.payment_button.isEnabled()
    assert (
        panel.payment_button.toolTip() == "This order is fully paid: there is nothing left to pay."
    )


def test_disabled_actions_say_why_and_enabled_ones_keep_their_own_tooltip(qtbot, world):
    page = make_page(qtbot, world)
    page.select_order(world.orders["ann"])  # open, not ready: the customer cannot be told yet
    panel = page.detail
    assert not panel.email_button.isEnabled()
    assert panel.email_button.toolTip() == (
        "The customer can be told once the order is ready for pickup."
    )
    assert panel.edit_button.isEnabled() and panel.edit_button.toolTip() == ""
