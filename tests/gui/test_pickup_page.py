"""The pickup counter: scan the number, see items and balance, take the payment, hand over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jitdesk.gui.dialogs.handover_dialog import C_IN_SHOP, C_MISSING, C_SKU, C_TAKE
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages import pickup_page as page_module
from jitdesk.gui.pages.pickup_page import PickupPage
from jitdesk.services import receiving
from tests.gui.jit_loop_helpers import order_status, sent_alpine_order


@pytest.fixture
def loop(gui_shop):
    return sent_alpine_order(gui_shop)


@pytest.fixture
def page(qtbot, gui_shop):
    widget = PickupPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def receive(shop, loop, skus: dict[str, int]) -> None:
    lines = {
        r[1]: r[0]
        for r in shop.db.execute(
            "SELECT sl.id, p.sku FROM supplier_order_lines sl JOIN products p"
            " ON p.id = sl.product_id WHERE sl.supplier_order_id = ?",
            [loop.so_id],
        )
    }
    receiving.record_receipt(shop, loop.so_id, {lines[s]: n for s, n in skus.items()})


def scan(qtbot, page, text: str) -> None:
    page.field.setText(text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_scan_ready_order_and_complete_handover(qtbot, gui_shop, loop, page):
    shop = gui_shop.shop
    receive(shop, loop, {"BRK-100": 3, "TYR-700": 1})
    scan(qtbot, page, f"  {loop.zoe.number.lower()}\n")
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert page.message.text() == ""
    assert "Zoë Ångström" in dialog.heading.text()
    model = dialog.model
    assert [model.data(model.index(r, C_SKU)) for r in range(2)] == ["BRK-100", "TYR-700"]
    assert [model.data(model.index(r, C_IN_SHOP)) for r in range(2)] == ["2", "1"]
    assert dialog.table.isColumnHidden(C_TAKE)
    assert dialog.total_label.text() == "€70.00"
    assert dialog.paid_label.text() == "€14.00"
    assert dialog.balance_label.text() == "€56.00"
    assert dialog.payment.text() == "56.00"

    # Too much is refused at the field; nothing is written.
    dialog.payment.setText("60.00")
    qtbot.keyClick(dialog.payment.line, Qt.Key.Key_Return)
    assert "more than the balance due" in dialog.payment.message_text()
    assert order_status(shop, loop.zoe.order_id) == "ready"

    dialog.payment.setText("56.00")
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    qtbot.keyClick(dialog.payment.line, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert order_status(shop, loop.zoe.order_id) == "completed"
    payment = shop.db.execute(
        "SELECT amount, kind, method FROM payments WHERE order_id = ? ORDER BY id DESC LIMIT 1",
        [loop.zoe.order_id],
    ).fetchone()
    assert tuple(payment) == (5600, "balance", "card")
    assert page.field.text() == "" and page.field.hasFocus()
    text = page.confirmation.text()
    assert f"{loop.zoe.number} handed over to Zoë Ångström: 3 units, €56.00 paid by card" in text
    assert "completed" in text

    # Scanning it again says it was handed over already.
    scan(qtbot, page, loop.zoe.number)
    assert page.message.text() == f"{loop.zoe.number} was already handed over."
    assert page.dialog is dialog  # no new dialog


def test_receipt_printed_after_handover(qtbot, gui_shop, loop, page, monkeypatch):
    receive(gui_shop.shop, loop, {"BRK-100": 3, "TYR-700": 1})
    shown = []
    monkeypatch.setattr(page_module.PdfPreviewDialog, "exec", lambda self: shown.append(self.path))
    scan(qtbot, page, loop.ivan.number)
    page.dialog.print_receipt.setChecked(True)
    qtbot.mouseClick(page.dialog.complete_button, Qt.MouseButton.LeftButton)
    assert order_status(gui_shop.shop, loop.ivan.order_id) == "completed"
    assert len(shown) == 1 and Path(shown[0]).exists()
    assert loop.ivan.number in Path(shown[0]).name
    assert page.receipt_button.isEnabled()


def test_unknown_and_not_ready_numbers_answered_at_the_field(qtbot, gui_shop, loop, page):
    scan(qtbot, page, "C-2026-0099")
    assert page.message.text() == "C-2026-0099 does not exist."
    assert page.field.selectedText() == "C-2026-0099"
    assert page.dialog is None

    scan(qtbot, page, "   ")
    assert "type the order number" in page.message.text()

    scan(qtbot, page, loop.zoe.number)  # nothing received yet
    assert page.message.text() == f"{loop.zoe.number} is not ready yet: 0 of 2 items are in."
    assert page.partial_button.isHidden()

    receive(gui_shop.shop, loop, {"BRK-100": 2})
    scan(qtbot, page, loop.zoe.number)
    assert page.message.text() == f"{loop.zoe.number} is not ready yet: 1 of 2 items are in."
    assert page.dialog is None
    assert not page.partial_button.isHidden()


def test_hand_over_only_what_is_in(qtbot, gui_shop, loop, page):
    shop = gui_shop.shop
    receive(shop, loop, {"BRK-100": 2})
    scan(qtbot, page, loop.zoe.number)
    qtbot.mouseClick(page.partial_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.partial and not dialog.table.isColumnHidden(C_TAKE)
    model = dialog.model
    assert model.data(model.index(1, C_MISSING)) == "1"
    assert model.data(model.index(0, C_TAKE), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert not (model.flags(model.index(1, C_TAKE)) & Qt.ItemFlag.ItemIsEnabled)
    # Two pads are worth 25.00; 14.00 deposit paid: 11.00 suggested.
    assert dialog.payment.text() == "11.00"
    model.setData(model.index(0, C_TAKE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.complete_button.isEnabled()
    model.setData(model.index(0, C_TAKE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.complete_button.isEnabled()
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert order_status(shop, loop.zoe.order_id) == "open"
    handed = shop.db.execute("SELECT SUM(quantity) FROM handover_lines").fetchone()[0]
    assert handed == 2
    assert "stays on order" in page.confirmation.text()


def test_open_target_fills_the_field(qtbot, gui_shop, loop, page):
    page.open_target(loop.ivan.order_id)
    assert page.field.text() == loop.ivan.number
    page.open_target(" c-2026-0001 ")
    assert page.field.text() == "C-2026-0001"


def test_ready_orders_listed_and_opened_from_the_list(qtbot, gui_shop, loop, page):
    assert page.ready_caption.text() == "No order is ready for pickup."
    receive(gui_shop.shop, loop, {"BRK-100": 3, "TYR-700": 1})
    page.refresh(None)  # what the window does after the receiving page's change
    assert page.ready_model.total_count() == 2
    assert "Ready for pickup: 2 orders" in page.ready_caption.text()
    row = next(r for r in range(2) if page.ready_model.order_id(r) == loop.ivan.order_id)
    page.ready_table.activated.emit(page.ready_model.index(row, 0))
    assert page.field.text() == loop.ivan.number
    assert page.dialog is not None and page.dialog.preview.order_id == loop.ivan.order_id
    qtbot.mouseClick(page.dialog.complete_button, Qt.MouseButton.LeftButton)
    assert page.ready_model.total_count() == 1


def _search(qtbot, page, text: str) -> None:
    page.field.setText(text)  # setText: non-ASCII text cannot be typed as key clicks
    qtbot.waitUntil(lambda: "match" in page.ready_caption.text(), timeout=2000)


def test_counter_finds_by_part_of_number_name_without_accents_and_phone(
    qtbot, gui_shop, loop, page
):
    receive(gui_shop.shop, loop, {"BRK-100": 3, "TYR-700": 1})
    page.refresh(None)
    sequence = str(int(loop.zoe.number.rsplit("-", 1)[1]))  # "1" of C-2026-0001
    for text in (sequence, "zoe angstrom", "ANGSTRÖM", "070-1234567", "+46 701 23 45 67"):
        _search(qtbot, page, text)
        assert page.ready_model.total_count() == 1, text
        assert page.ready_model.order_id(0) == loop.zoe.order_id, text

    # Enter with one match opens it; the handover completes the order.
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.preview.order_id == loop.zoe.order_id
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert order_status(gui_shop.shop, loop.zoe.order_id) == "completed"


def test_counter_search_with_odd_input_says_nothing_matches(qtbot, gui_shop, loop, page):
    for text in ("%", "_", "\\", "'; DROP TABLE customers; --"):
        _search(qtbot, page, text)
        assert page.ready_model.total_count() == 0
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
        assert "Nothing still to hand over matches" in page.message.text()
        assert page.dialog is None
