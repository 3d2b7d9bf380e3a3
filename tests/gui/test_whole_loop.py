"""The whole JIT loop through the main window, as the shop uses it: log an order, plan it,
create and send the supplier order, receive it in two deliveries, print the pickup notice,
hand it over at the counter. Plus cancelling an order with the impact shown first, and
closing a supplier order short. Each step asserts what the person sees and what the shop
file then holds."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.dialogs.handover_dialog import C_IN_SHOP, C_MISSING, C_SKU
from jitdesk.gui.models.order_table_model import BALANCE, CUSTOMER, STATUS
from jitdesk.gui.models.plan_model import CUSTOMERS, LINE, ORDER, PRODUCT, QUANTITY
from jitdesk.gui.models.receiving_model import L_NOW, L_OUTSTANDING, L_RECEIVED
from jitdesk.gui.models.supplier_order_model import FOR_CUSTOMERS, SKU
from jitdesk.gui.models.supplier_order_model import STATUS as SO_STATUS
from jitdesk.gui.pages.order_detail import L_IN_SHOP, L_ON_ORDER, L_WAITING, T_WHAT
from jitdesk.gui.pages.today_page import DRAFTS, SURPLUS, UNNOTIFIED, WAITING
from jitdesk.services import orders
from jitdesk.services.orders import order_detail
from tests.gui.jit_loop_helpers import sent_alpine_order
from tests.gui.loop_steps import (
    click_nav,
    make_window,
    order_row,
    patch_modals,
    status_text,
    supplier_order_status,
    wait_planned,
)
from tests.gui.plan_fixtures import waiting
from tests.gui.test_order_dialog import choose_customer, enter_code
from tests.gui.test_pickup_page import receive
from tests.gui.test_plan_page import board
from tests.gui.test_receiving_page import BRK_BARCODE, cell, row_of

pytestmark = pytest.mark.usefixtures("private_settings")


@pytest.fixture
def modals(monkeypatch):
    return patch_modals(monkeypatch)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int, column: int = 0) -> None:
    """Click a row of a table as a person would (the row must be on screen)."""
    index = table.model().index(row, column)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    rect = table.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def sku_row(model, sku: str) -> int:
    return texts(model, SKU).index(sku)


# -- the whole loop ---------------------------------------------------------------------------
def test_whole_loop_from_order_to_handover(qtbot, gui_shop, modals):
    shop, p, c = gui_shop.shop, gui_shop.products, gui_shop.customers
    # Ivan logged an order for one pad yesterday; it waits to be ordered too.
    ivan = orders.create_order(
        shop, OrderInput(c["Иван Петров"], [OrderLineInput(p["BRK-100"], 1)])
    )
    window = make_window(qtbot, shop)
    assert window.current_page_key() == "today"

    # 1. Customer orders → New order…: Zoë, two pads scanned, a tyre typed by SKU.
    orders_page = click_nav(qtbot, window, "Customer orders")
    assert orders_page.count_label.text() == "1 order"
    click(qtbot, orders_page.new_button)
    dialog = orders_page.dialog
    qtbot.waitExposed(dialog)
    choose_customer(qtbot, dialog, "Zoë")
    enter_code(qtbot, dialog, BRK_BARCODE)
    enter_code(qtbot, dialog, BRK_BARCODE)
    enter_code(qtbot, dialog, "TYR-700")
    assert [(row.sku, row.quantity) for row in dialog.lines.rows] == [
        ("BRK-100", 2),
        ("TYR-700", 1),
    ]
    assert dialog.promised_label.text() == "Thursday, 3 December 2026"
    assert dialog.total_label.text() == "€70.00"
    assert dialog.deposit.text() == "14.00"  # the shop's 20 %
    assert dialog.balance_label.text() == "€56.00"
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    zoe_id, zoe = dialog.order_id, dialog.number
    assert status_text(window) == f"Order {zoe} logged; promised for Thursday, 3 December 2026."
    assert orders_page.count_label.text() == "2 orders"
    assert orders_page.selected_order_id() == zoe_id
    row = orders_page.model.row_of(zoe_id)
    assert orders_page.model.index(row, CUSTOMER).data() == "Zoë Ångström"
    assert orders_page.model.index(row, STATUS).data() == "Waiting to be ordered"
    assert orders_page.model.index(row, BALANCE).data() == "€56.00"
    panel = orders_page.detail
    assert panel.title.text() == f"{zoe} · Waiting to be ordered"
    assert texts(panel.lines_model, L_WAITING) == ["2", "1"]
    assert texts(panel.lines_model, L_ON_ORDER) == ["0", "0"]

    # 2. Today: both orders wait to be ordered; "Plan orders…" opens the plan.
    today = click_nav(qtbot, window, "Today")
    section = today.sections[WAITING]
    assert section.heading.text() == "Orders waiting to be ordered (2)"
    assert section.texts() == ["2 customer orders need 4 units that are not ordered yet."]
    click(qtbot, section.action_button)
    plan = window.stack.currentWidget()
    assert window.current_page_key() == "plan"
    wait_planned(qtbot, plan)
    rows = board(plan)
    assert [t[PRODUCT] for kind, t in rows if kind == ORDER][0].startswith(
        "Alpine Parts — new order"
    )
    lines = {t[PRODUCT]: t for kind, t in rows if kind == LINE}
    pads = lines["BRK-100 Brake pads Shimano B01S"]
    assert pads[QUANTITY] == "3"  # Zoë's 2 and Ivan's 1 in one consolidated line
    assert f"{zoe} Zoë Ångström (2)" in pads[CUSTOMERS]
    assert f"{ivan.number} Иван Петров (1)" in pads[CUSTOMERS]
    assert lines["TYR-700 Tyre 700x25 Gatorskin"][QUANTITY] == "1"
    assert plan.summary.text() == "1 supplier order (1 new), 2 lines."

    # 3. Create drafts: the plan is empty afterwards, nothing waits any more.
    click(qtbot, plan.commit_button)
    assert "created P-2026-0001" in status_text(window)
    wait_planned(qtbot, plan)
    assert plan.board.currentWidget() is plan.empty
    assert not plan.commit_button.isEnabled()
    assert waiting(shop, zoe_id) == 0 and waiting(shop, ivan.order_id) == 0
    so_id, so_number = shop.db.execute("SELECT id, number FROM supplier_orders").fetchone()
    assert so_number == "P-2026-0001"

    # 4. Today lists the draft; "Open" shows it on the Supplier orders page, customers per line.
    today = click_nav(qtbot, window, "Today")
    assert today.sections[WAITING].heading.text() == "Orders waiting to be ordered (0)"
    [(draft_text, open_button)] = today.sections[DRAFTS].rows
    assert draft_text.text().startswith(
        "P-2026-0001 · Alpine Parts · 2 lines · €41.25"
    )  # 3 × 6.25 + 22.50
    click(qtbot, open_button)
    sop = window.stack.currentWidget()
    assert window.current_page_key() == "supplier_orders"
    assert sop.selected_id() == so_id
    assert sop.model.index(0, SO_STATUS).data() == "Draft"
    detail = sop.detail
    assert detail.title.text() == "P-2026-0001 · Alpine Parts"
    customers = detail.lines.index(sku_row(detail.lines, "BRK-100"), FOR_CUSTOMERS).data()
    assert f"{zoe} Zoë Ångström (2)" in customers and f"{ivan.number} Иван Петров (1)" in customers
    assert not detail.lock_note.isVisible()

    # 5. Send…: preview the order PDF, then Mark sent; the order is locked.
    click(qtbot, detail.send_button)
    send = detail.send_dialog
    qtbot.waitExposed(send)
    assert send.send_anyway.isHidden()  # no minimum: nothing to confirm
    click(qtbot, send.preview_button)
    [pdf] = modals.previews
    assert pdf.name.startswith("P-2026-0001") and pdf.exists()
    assert "P-2026-0001" in PdfReader(pdf).pages[0].extract_text()
    click(qtbot, send.sent_button)
    qtbot.waitUntil(lambda: not send.isVisible())
    assert status_text(window) == "P-2026-0001 marked sent; it is locked now."
    assert supplier_order_status(shop, so_id) == "sent"
    assert sop.model.index(sop.model.row_of(so_id), SO_STATUS).data() == "Sent"
    assert detail.lock_note.isVisible() and "can no longer be changed" in detail.lock_note.text()
    assert not detail.send_button.isEnabled() and not detail.quantity_button.isEnabled()
    assert detail.notes.isReadOnly()
    assert detail.receive_button.isEnabled() and detail.close_short_button.isEnabled()

    # 6. Receiving: scan the order number, then two pads by barcode; record the delivery.
    rec = click_nav(qtbot, window, "Receiving")
    assert rec.list_caption.text() == "1 expected"
    rec.order_field.setText(so_number.lower())
    qtbot.keyClick(rec.order_field, Qt.Key.Key_Return)
    assert rec.heading.text() == "P-2026-0001 · Alpine Parts"
    brk, tyr = row_of(rec, "BRK-100"), row_of(rec, "TYR-700")
    assert cell(rec, brk, L_OUTSTANDING) == "3" and cell(rec, tyr, L_OUTSTANDING) == "1"
    assert not rec.record_button.isEnabled()
    for _ in range(2):
        rec.scan_field.setText(BRK_BARCODE)
        qtbot.keyClick(rec.scan_field, Qt.Key.Key_Return)
    assert cell(rec, brk, L_NOW) == "2" and rec.total_label.text() == "2 units to record"
    click(qtbot, rec.record_button)
    text = rec.result_view.toPlainText()
    assert rec.result_box.title() == "Where the 2 units of this delivery went"
    assert "P-2026-0001: 2 units received, 0 to surplus; the order is now partly received" in (text)
    # Oldest order first: Ivan's pad completes his order, Zoë gets the other one.
    assert (
        f"BRK-100 Brake pads Shimano B01S (2 received): 1 to {ivan.number} (Иван Петров), "
        f"1 to {zoe} (Zoë Ångström)" in text
    )
    assert "Now ready for pickup" in text and f"{ivan.number} · Иван Петров" in text
    assert zoe not in text.split("Now ready for pickup")[1]
    assert rec.print_button.isEnabled()  # Ivan's notice could be printed now
    assert status_text(window).startswith("Delivery for P-2026-0001 recorded: 2 units")
    assert cell(rec, brk, L_RECEIVED) == "2" and cell(rec, brk, L_OUTSTANDING) == "1"
    assert order_row(shop, zoe_id)["status"] == "open"  # the tyre is still to come
    assert supplier_order_status(shop, so_id) == "partially received"

    # Zoë's order is not ready: the pickup counter says so at the field.
    counter = click_nav(qtbot, window, "Pickup counter")
    counter.field.setText(zoe)
    qtbot.keyClick(counter.field, Qt.Key.Key_Return)
    assert counter.message.text() == f"{zoe} is not ready yet: 0 of 2 items are in."
    assert counter.dialog is None
    assert counter.partial_button.isVisible()  # one pad is in: it could go now
    orders_page = click_nav(qtbot, window, "Customer orders")
    orders_page.select_order(zoe_id)
    assert texts(orders_page.detail.lines_model, L_IN_SHOP) == ["1", "0"]
    assert texts(orders_page.detail.lines_model, L_ON_ORDER) == ["1", "1"]

    # 7. The rest: Fill outstanding, Record; Zoë's order becomes ready.
    rec = click_nav(qtbot, window, "Receiving")
    assert rec.heading.text() == "P-2026-0001 · Alpine Parts"  # still chosen
    click(qtbot, rec.fill_button)
    assert cell(rec, brk, L_NOW) == "1" and cell(rec, tyr, L_NOW) == "1"
    click(qtbot, rec.record_button)
    text = rec.result_view.toPlainText()
    assert "the order is now received" in text
    assert f"1 to {zoe} (Zoë Ångström)" in text
    assert "Now ready for pickup" in text and f"{zoe} · Zoë Ångström" in text
    assert order_row(shop, zoe_id)["status"] == "ready"
    assert order_row(shop, ivan.order_id)["status"] == "ready"
    assert supplier_order_status(shop, so_id) == "received"
    assert rec.list_caption.text() == "No supplier order is expected: send one first."
    assert not rec.record_button.isEnabled()

    # 8. Print pickup notices: one PDF with Zoë's notice, logged; she counts as notified.
    click(qtbot, rec.print_button)
    notices = modals.previews[-1]
    assert notices != pdf and notices.exists()
    assert zoe in "".join(page.extract_text() for page in PdfReader(notices).pages)
    logged = shop.db.execute(
        "SELECT number FROM documents_log WHERE kind = 'pickup-notice'"
    ).fetchall()
    assert zoe in {r[0] for r in logged}
    assert order_row(shop, zoe_id)["notified_at"] is not None
    assert "1 pickup notice saved to" in status_text(window)
    # Ivan's notice was never printed: Today still lists him as not told.
    today = click_nav(qtbot, window, "Today")
    assert today.sections[UNNOTIFIED].heading.text() == "Ready, customer not told yet (1)"
    [told] = today.sections[UNNOTIFIED].texts()
    assert told.startswith(f"{ivan.number} · Иван Петров")

    # 9. Pickup counter: type the number, Enter; the handover shows items and balance due.
    counter = click_nav(qtbot, window, "Pickup counter")
    assert counter.ready_model.total_count() == 2
    counter.field.setText(f" {zoe.lower()} ")
    qtbot.keyClick(counter.field, Qt.Key.Key_Return)
    handover = counter.dialog
    assert handover is not None
    qtbot.waitExposed(handover)
    assert counter.message.text() == ""
    assert handover.heading.text() == f"{zoe} · Zoë Ångström"
    model = handover.model
    assert texts(model, C_SKU) == ["BRK-100", "TYR-700"]
    assert texts(model, C_IN_SHOP) == ["2", "1"]
    assert texts(model, C_MISSING) == ["0", "0"]
    assert handover.total_label.text() == "€70.00"
    assert handover.paid_label.text() == "€14.00"
    assert handover.balance_label.text() == "€56.00"
    assert handover.payment.text() == "56.00"
    click(qtbot, handover.complete_button)
    qtbot.waitUntil(lambda: not handover.isVisible())
    assert counter.confirmation.text().startswith(
        f"✔ {zoe} handed over to Zoë Ångström: 3 units, €56.00 paid by cash"
    )
    assert "the order is completed" in counter.confirmation.text()
    assert status_text(window) == f"{zoe} handed over."
    assert counter.ready_model.total_count() == 1  # Ivan's is still waiting for him

    # What the shop file holds: completed, the balance payment recorded, nothing owed.
    done = order_detail(shop, zoe_id)
    assert done.header.status == "completed"
    assert [(x.kind, x.amount, x.method) for x in done.payments] == [
        ("deposit", 1400, "card"),
        ("balance", 5600, "cash"),
    ]
    assert done.balance == 0
    handed = shop.db.execute(
        "SELECT SUM(h.quantity) FROM handover_lines h JOIN customer_order_lines l"
        " ON l.id = h.customer_line_id WHERE l.order_id = ?",
        [zoe_id],
    ).fetchone()[0]
    assert handed == 3

    # The Customer orders list shows it completed (under "All orders").
    orders_page = click_nav(qtbot, window, "Customer orders")
    orders_page.status.setCurrentIndex(orders_page.status.findText("All orders"))
    row = orders_page.model.row_of(zoe_id)
    assert orders_page.model.index(row, STATUS).data() == "Completed"
    assert orders_page.model.index(row, BALANCE).data() == "€0.00"
    click_row(qtbot, orders_page.table, row)
    panel = orders_page.detail
    assert panel.title.text() == f"{zoe} · Completed"
    assert not panel.cancel_button.isEnabled() and not panel.edit_button.isEnabled()
    timeline = texts(panel.timeline_model, T_WHAT)
    for entry in (
        f"Order {zoe} logged",
        "P-2026-0001 (Alpine Parts) sent; expected 2026-12-02",
        f"{zoe} is now ready",
        f"Customer of {zoe} notified for pickup",
        f"3 unit(s) of {zoe} handed over",
        f"{zoe} is now completed",
    ):
        assert entry in timeline
    assert modals.errors == [] and modals.questions == []


# -- cancel with impact -----------------------------------------------------------------------
def test_cancel_an_order_on_a_sent_supplier_order_shows_the_surplus_first(qtbot, gui_shop, modals):
    shop = gui_shop.shop
    loop = sent_alpine_order(gui_shop)  # Zoë 2 pads + 1 tyre, Ivan 1 pad; P-2026-0001 sent
    ivan = loop.ivan
    window = make_window(qtbot, shop)
    page = click_nav(qtbot, window, "Customer orders")
    click_row(qtbot, page.table, page.model.row_of(ivan.order_id))
    panel = page.detail
    assert panel.title.text() == f"{ivan.number} · On order"
    assert texts(panel.lines_model, L_ON_ORDER) == ["1"]
    assert texts(panel.lines_model, L_IN_SHOP) == ["0"]

    # "Keep as is" changes nothing.
    click(qtbot, panel.cancel_button)
    dialog = panel.impact_dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))  # Keep as is
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert order_row(shop, ivan.order_id)["status"] == "open"

    click(qtbot, panel.cancel_button)
    dialog = panel.impact_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Cancel order"
    impact = dialog.text.toPlainText()
    assert f"Order {ivan.number} will be cancelled." in impact
    assert (
        "Sent P-2026-0001: 1 unit of BRK-100 is released; it will arrive as surplus "
        "unless another customer needs it." in impact
    )
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Cancel &order"
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert order_row(shop, ivan.order_id)["status"] == "cancelled"
    assert status_text(window) == f"{ivan.number}: order cancelled."
    assert page.model.row_of(ivan.order_id) is None  # gone from "All open"
    assert page.count_label.text() == "1 order"

    # The supplier order still brings the pad; its line now says it is spare.
    sop = click_nav(qtbot, window, "Supplier orders")
    detail = sop.detail
    assert sop.selected_id() == loop.so_id
    customers = detail.lines.index(sku_row(detail.lines, "BRK-100"), FOR_CUSTOMERS).data()
    assert ivan.number not in customers and "Zoë Ångström (2)" in customers
    assert "1 spare (surplus)" in customers

    # When the delivery comes, that pad goes to surplus, as the impact said.
    rec = click_nav(qtbot, window, "Receiving")
    rec.order_field.setText(loop.so_number)
    qtbot.keyClick(rec.order_field, Qt.Key.Key_Return)
    click(qtbot, rec.fill_button)
    click(qtbot, rec.record_button)
    text = rec.result_view.toPlainText()
    assert "BRK-100 Brake pads Shimano B01S (3 received): 2 to" in text
    assert "1 to surplus" in text
    today = click_nav(qtbot, window, "Today")
    assert today.sections[SURPLUS].heading.text() == "Surplus on hand (1)"
    assert today.sections[UNNOTIFIED].heading.text() == "Ready, customer not told yet (1)"
    assert modals.errors == []


# -- close short ------------------------------------------------------------------------------
def test_close_short_puts_customers_back_to_waiting_and_the_plan_orders_again(
    qtbot, gui_shop, modals
):
    shop = gui_shop.shop
    loop = sent_alpine_order(gui_shop)
    zoe, ivan = loop.zoe, loop.ivan
    receive(shop, loop, {"BRK-100": 2})  # a partial delivery: 2 of 3 pads, no tyre
    window = make_window(qtbot, shop)
    sop = click_nav(qtbot, window, "Supplier orders")
    row = sop.model.row_of(loop.so_id)
    click_row(qtbot, sop.table, row)
    assert sop.model.index(row, SO_STATUS).data() == "Partly received"
    detail = sop.detail
    assert not detail.cancel_button.isEnabled()  # part of it came: close short instead
    assert detail.close_short_button.isEnabled()

    # Answering No keeps the order as it is.
    modals.answer = modals.answer.No
    click(qtbot, detail.close_short_button)
    assert supplier_order_status(shop, loop.so_id) == "partially received"

    modals.answer = modals.answer.Yes
    click(qtbot, detail.close_short_button)
    assert len(modals.questions) == 2
    asked = modals.questions[-1]
    assert asked.startswith("Close P-2026-0001 short?")
    assert "These customers go back to waiting:" in asked
    assert f"1 × TYR-700 for {zoe.number} (Zoë Ångström)" in asked
    assert f"1 × BRK-100 for {ivan.number} (Иван Петров)" in asked
    assert supplier_order_status(shop, loop.so_id) == "closed short"
    assert waiting(shop, zoe.order_id) == 1 and waiting(shop, ivan.order_id) == 1
    message = status_text(window)
    assert message.startswith("P-2026-0001 (Alpine Parts) closed short. Back to waiting: ")
    assert zoe.number in message and ivan.number in message
    assert sop.model.row_of(loop.so_id) is None  # no longer open
    # Closed short can be seen under "All orders", locked.
    sop.status.setCurrentIndex(sop.status.findText("All orders"))
    click_row(qtbot, sop.table, sop.model.row_of(loop.so_id))
    assert sop.model.index(sop.model.row_of(loop.so_id), SO_STATUS).data() == "Closed short"
    assert "nothing about it can be changed" in detail.lock_note.text()
    assert not detail.close_short_button.isEnabled()

    # The customer order shows the tyre waiting again; the pads stay in the shop for Zoë.
    orders_page = click_nav(qtbot, window, "Customer orders")
    click_row(qtbot, orders_page.table, orders_page.model.row_of(zoe.order_id))
    panel = orders_page.detail
    assert texts(panel.lines_model, L_IN_SHOP) == ["2", "0"]
    assert texts(panel.lines_model, L_WAITING) == ["0", "1"]

    # The next plan orders the missing units again, for the same customers.
    today = click_nav(qtbot, window, "Today")
    assert today.sections[WAITING].heading.text() == "Orders waiting to be ordered (2)"
    click(qtbot, today.sections[WAITING].action_button)
    plan = window.stack.currentWidget()
    wait_planned(qtbot, plan)
    lines = {t[PRODUCT]: t for kind, t in board(plan) if kind == LINE}
    assert lines["BRK-100 Brake pads Shimano B01S"][QUANTITY] == "1"
    assert f"{ivan.number} Иван Петров (1)" in lines["BRK-100 Brake pads Shimano B01S"][CUSTOMERS]
    assert lines["TYR-700 Tyre 700x25 Gatorskin"][QUANTITY] == "1"
    assert f"{zoe.number} Zoë Ångström (1)" in lines["TYR-700 Tyre 700x25 Gatorskin"][CUSTOMERS]
    click(qtbot, plan.commit_button)
    assert "created P-2026-0002" in status_text(window)
    wait_planned(qtbot, plan)
    assert waiting(shop, zoe.order_id) == 0 and waiting(shop, ivan.order_id) == 0
    statuses = shop.db.execute("SELECT number, status FROM supplier_orders ORDER BY id").fetchall()
    assert [tuple(r) for r in statuses] == [
        ("P-2026-0001", "closed short"),
        ("P-2026-0002", "draft"),
    ]
    assert modals.errors == []


def test_timeline_shows_payments_as_money(qtbot, gui_shop, modals):
    shop, p, c = gui_shop.shop, gui_shop.products, gui_shop.customers
    order = orders.create_order(
        shop, OrderInput(c["Zoë Ångström"], [OrderLineInput(p["TYR-700"], 1)], deposit=1400)
    )
    window = make_window(qtbot, shop)
    page = click_nav(qtbot, window, "Customer orders")
    click_row(qtbot, page.table, page.model.row_of(order.order_id))
    timeline = " | ".join(texts(page.detail.timeline_model, T_WHAT))
    assert "Deposit 14.00 EUR" in timeline and "1400" not in timeline
