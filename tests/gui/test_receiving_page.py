"""Receiving through the page: pick or scan the supplier order, scan products, record a partial
and then the full delivery, see where every unit went, print notices, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.models.receiving_model import L_NOW, L_OUTSTANDING, L_RECEIVED, L_SUPPLIER_SKU
from jitdesk.gui.pages import receiving_page as page_module
from jitdesk.gui.pages.receiving_page import ReceivingPage
from tests.gui.jit_loop_helpers import order_status, sent_alpine_order

BRK_BARCODE = "4006381333931"


@pytest.fixture
def loop(gui_shop):
    return sent_alpine_order(gui_shop)


@pytest.fixture
def page(qtbot, gui_shop):
    widget = ReceivingPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(page, row: int, col: int) -> str:
    model = page.lines_model
    return model.data(model.index(row, col))


def row_of(page, sku: str) -> int:
    return next(
        r for r in range(page.lines_model.rowCount()) if cell(page, r, L_SUPPLIER_SKU) == sku
    )


def scan(qtbot, field, code: str) -> None:
    field.setText(code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_expected_orders_listed_and_number_scanned(qtbot, loop, page):
    assert page.orders_model.rowCount() == 1
    assert page.orders_model.order(0).number == loop.so_number
    assert "1 expected" in page.list_caption.text()

    scan(qtbot, page.order_field, "  p-2026-0099 ")
    assert page.order_message.text() == "Supplier order P-2026-0099 does not exist."
    assert page.order is None

    scan(qtbot, page.order_field, f" {loop.so_number.lower()} ")
    assert page.order is not None and page.order.number == loop.so_number
    assert loop.so_number in page.heading.text() and "Alpine Parts" in page.heading.text()
    assert page.order_message.text() == ""
    assert page.lines_model.rowCount() == 2
    brk = row_of(page, "BRK-100")
    assert cell(page, brk, L_OUTSTANDING) == "3" and cell(page, brk, L_NOW) == "0"
    assert not page.record_button.isEnabled()


def test_scan_partial_then_full_delivery_and_undo(qtbot, gui_shop, loop, page, monkeypatch):
    shop = gui_shop.shop
    page.open_target(loop.so_id)
    assert page.order.number == loop.so_number
    brk, tyr = row_of(page, "BRK-100"), row_of(page, "TYR-700")

    # Two brake pads scanned by barcode, one by SKU typed in lower case.
    for code in (BRK_BARCODE, BRK_BARCODE):
        scan(qtbot, page.scan_field, code)
    assert cell(page, brk, L_NOW) == "2"
    assert page.scan_field.text() == ""

    # An unknown code is answered at the field, ready to be scanned over.
    scan(qtbot, page.scan_field, "XYZ-1")
    assert page.scan_message.text() == f"No line of {loop.so_number} has code XYZ-1."
    assert page.scan_field.selectedText() == "XYZ-1"
    assert cell(page, brk, L_NOW) == "2"
    scan(qtbot, page.scan_field, "brk-100")
    assert page.scan_message.text() == ""
    assert cell(page, brk, L_NOW) == "3"
    page.lines_model.set_receive_now(brk, 2)  # the third pad was a double scan: fixed by hand

    assert page.record_button.isEnabled()
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = page.last_result
    assert result is not None and result.units_received == 2
    text = page.result_view.toPlainText()
    assert f"2 to {loop.zoe.number} (Zoë Ångström)" in text
    assert "No order became ready" in text
    assert not page.print_button.isEnabled()
    assert page.order.status == "partially received"
    assert cell(page, brk, L_RECEIVED) == "2" and cell(page, brk, L_OUTSTANDING) == "1"
    assert cell(page, brk, L_NOW) == "0"

    # The rest: Fill outstanding, record, both orders ready.
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert cell(page, brk, L_NOW) == "1" and cell(page, tyr, L_NOW) == "1"
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    text = page.result_view.toPlainText()
    assert f"1 to {loop.ivan.number} (Иван Петров)" in text
    assert f"1 to {loop.zoe.number} (Zoë Ångström)" in text
    assert "Now ready for pickup" in text
    assert f"{loop.zoe.number} · Zoë Ångström" in text
    assert f"{loop.ivan.number} · Иван Петров" in text
    assert order_status(shop, loop.zoe.order_id) == "ready"
    assert order_status(shop, loop.ivan.order_id) == "ready"
    assert page.order.status == "received"
    assert page.orders_model.rowCount() == 0  # nothing more is expected
    assert not page.record_button.isEnabled()

    # Pickup notices of the two orders in one PDF, logged.
    shown = []
    monkeypatch.setattr(page_module.PdfPreviewDialog, "exec", lambda self: shown.append(self.path))
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and Path(shown[0]).exists()
    logged = {
        r[0]
        for r in shop.db.execute("SELECT number FROM documents_log WHERE kind = 'pickup-notice'")
    }
    assert logged == {loop.zoe.number, loop.ivan.number}
    notified = shop.db.execute(
        "SELECT COUNT(*) FROM customer_orders WHERE notified_at IS NOT NULL"
    ).fetchone()[0]
    assert notified == 2

    # Undo the last delivery: asked first; No keeps it, Yes removes it.
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert page.undo_button.isEnabled()
    assert page.undo_last_delivery() is False
    assert order_status(shop, loop.zoe.order_id) == "ready"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "2 orders are open again" in page.result_view.toPlainText()
    assert order_status(shop, loop.zoe.order_id) == "open"
    assert order_status(shop, loop.ivan.order_id) == "open"
    assert page.order.status == "partially received"
    assert cell(page, brk, L_OUTSTANDING) == "1"
    assert page.orders_model.rowCount() == 1  # expected again


def test_over_delivery_is_confirmed_first(qtbot, gui_shop, loop, page, monkeypatch):
    page.open_target(loop.so_id)
    tyr = row_of(page, "TYR-700")
    page.lines_model.setData(page.lines_model.index(tyr, L_NOW), 3)
    asked = []

    def refuse(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    assert page.record_delivery() is None
    assert "TYR-700" in asked[0] and "2 more than outstanding" in asked[0]
    assert gui_shop.shop.db.execute("SELECT COUNT(*) FROM receipts").fetchone()[0] == 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    result = page.record_delivery()
    assert result is not None and result.units_to_surplus == 2
    assert "2 to surplus" in page.result_view.toPlainText()


def test_nothing_chosen_and_closed_orders_cannot_receive(qtbot, gui_shop, loop, page):
    assert page.heading.text() == "Choose a supplier order"
    assert not page.scan_field.isEnabled() and not page.record_button.isEnabled()
    gui_shop.shop.db.execute(
        "UPDATE supplier_orders SET status = 'cancelled' WHERE id = ?", [loop.so_id]
    )
    scan(qtbot, page.order_field, loop.so_number)
    assert "is cancelled" in page.order_message.text()


def test_receive_now_typed_in_the_table(qtbot, loop, page):
    page.open_target(loop.so_id)
    tyr = row_of(page, "TYR-700")
    index = page.lines_model.index(tyr, L_NOW)
    page.lines_table.setFocus()
    page.lines_table.setCurrentIndex(index)
    qtbot.keyClick(page.lines_table, Qt.Key.Key_F2)
    editor = page.lines_table.focusWidget()
    assert editor.accessibleName() == "Units received now"
    editor.setValue(1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, tyr, L_NOW) == "1")  # the view commits queued
    assert page.total_label.text() == "1 unit to record"
    assert page.record_button.isEnabled()


def test_ctrl_return_while_typing_a_quantity_records_it(qtbot, gui_shop, loop, page):
    page.open_target(loop.so_id)
    brk = row_of(page, "BRK-100")
    page.lines_table.setFocus()
    page.lines_table.setCurrentIndex(page.lines_model.index(brk, L_NOW))
    qtbot.keyClick(page.lines_table, Qt.Key.Key_F2)
    editor = page.lines_table.focusWidget()
    editor.setValue(2)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.last_result is not None and page.last_result.units_received == 2
    received = gui_shop.shop.db.execute("SELECT SUM(quantity) FROM receipt_lines").fetchone()[0]
    assert received == 2


def test_the_results_panel_keeps_what_arrived_and_links_to_it(
    qtbot, gui_shop, loop, page, monkeypatch
):
    """After recording, the panel says what came and which orders became ready, with links
    that open them; after printing, it names the PDF and links to it and to Documents."""
    page.open_target(loop.so_id)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    panel = page.results
    assert panel.isVisible()
    assert panel.message.text() == (
        f"Delivery for {loop.so_number} recorded: 4 units, 2 orders now ready."
    )
    assert "Now ready for pickup:" in panel.links.text()
    with qtbot.waitSignal(page.navigate) as opened:
        panel.open_link(0)
    first_ready = page.last_result.newly_ready[0]
    assert opened.args == ["orders", first_ready.order_id]
    with qtbot.waitSignal(page.navigate) as opened:
        panel.open_link(2)
    assert opened.args == ["supplier_orders", loop.so_id]

    monkeypatch.setattr(page_module.PdfPreviewDialog, "exec", lambda self: None)
    path = page.print_pickup_notices()
    assert path is not None
    assert panel.message.text() == (
        f"2 pickup notices printed into {path.name}; those customers count as notified."
    )
    files = []
    monkeypatch.setattr(
        "jitdesk.gui.widgets.results_panel.QDesktopServices.openUrl",
        lambda url: files.append(url.toLocalFile()),
    )
    panel.open_link(2)
    assert files == [str(path)]
    with qtbot.waitSignal(page.navigate) as opened:
        panel.open_link(3)
    assert opened.args == ["documents", None]
