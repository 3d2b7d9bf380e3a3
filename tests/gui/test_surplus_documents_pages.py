"""Surplus page (write off, use for an order) and the documents log page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jitdesk.documents.generate import generate_document
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.documents_page import DocumentsPage
from jitdesk.gui.pages.surplus_page import SurplusPage
from jitdesk.services import orders
from jitdesk.services.documents import CONFIRMATION

FMT = ShopFormat("en_GB", "EUR")


def _page(qtbot, cls, gui_shop):
    page = cls(gui_shop.shop, FMT)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _received_surplus(shop, product_id: int, units: int, cost: int) -> None:
    """Units delivered that no customer line holds (rows written directly: a received order)."""
    db = shop.db
    with shop.transaction():
        supplier_id = db.execute("SELECT id FROM suppliers ORDER BY id LIMIT 1").fetchone()[0]
        so = db["supplier_orders"].insert({"number": "P-2026-0001", "supplier_id": supplier_id, "status": "received", "created_at": "2026-11-10T09:00:00+00:00", "updated_at": "2026-11-10T09:00:00+00:00"}).last_pk  # fmt: skip
        line = db["supplier_order_lines"].insert({"supplier_order_id": so, "line_no": 1, "product_id": product_id, "unit_cost": cost, "quantity": units}).last_pk  # fmt: skip
        receipt = db["receipts"].insert({"supplier_order_id": so, "received_on": "2026-11-15", "created_at": "2026-11-15T09:00:00+00:00"}).last_pk  # fmt: skip
        db["receipt_lines"].insert({"receipt_id": receipt, "supplier_line_id": line, "product_id": product_id, "quantity": units, "unit_cost": cost})  # fmt: skip


@pytest.fixture
def surplus_shop(gui_shop):
    _received_surplus(gui_shop.shop, gui_shop.products["BRK-100"], 10, 600)
    return gui_shop


def test_surplus_lists_value_and_age(qtbot, surplus_shop):
    page = _page(qtbot, SurplusPage, surplus_shop)
    model = page.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["BRK-100", "Brake pads Shimano B01S", "10 pc", "€6.00", "€60.00", "15/11/2026", "10"]  # fmt: skip
    assert page.total_label.text() == "1 product, 10 units of surplus worth €60.00"
    assert not page.write_off_button.isEnabled()
    page.table.selectRow(0)
    assert page.write_off_button.isEnabled()


def test_write_off_needs_a_reason_and_a_sensible_quantity(qtbot, surplus_shop, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    db = surplus_shop.shop.db
    page = _page(qtbot, SurplusPage, surplus_shop)
    page.table.selectRow(0)
    dialog = page.write_off()
    assert dialog.quantity.text() == "10"
    dialog.quantity.setText("3")
    dialog.accept()
    assert dialog.isVisible()
    assert "Say why" in dialog.errors.text("reason")
    dialog.reason.setText("Damaged in the shop")
    for bad in ("0", "-2", "11", "x"):
        dialog.quantity.setText(bad)
        dialog.accept()
        assert dialog.errors.text("quantity"), bad
    assert db.execute("SELECT COUNT(*) FROM write_offs").fetchone()[0] == 0
    dialog.quantity.setText("3")
    with qtbot.waitSignal(page.changed):
        dialog.accept()
    assert [tuple(r) for r in db.execute("SELECT quantity, reason FROM write_offs")] == [(3, "Damaged in the shop")]  # fmt: skip
    assert page.model.index(0, 2).data() == "7 pc"
    assert "€42.00" in page.total_label.text()


def test_use_surplus_for_a_waiting_order(qtbot, surplus_shop):
    shop = surplus_shop.shop
    zoe = surplus_shop.customers["Zoë Ångström"]
    created = orders.create_orders(  # waiting, as an imported order
        shop, [OrderInput(zoe, [OrderLineInput(surplus_shop.products["BRK-100"], 4)])]
    )[0]
    page = _page(qtbot, SurplusPage, surplus_shop)
    page.table.selectRow(0)
    dialog = page.use_for_order()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == created.number
    assert dialog.model.index(0, 3).data() == "4"
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(page.changed) as signal:
        dialog.accept()
    assert signal.args[0].newly_ready == [created.order_id]
    status = shop.db.execute("SELECT status FROM customer_orders WHERE id = ?", [created.order_id]).fetchone()[0]  # fmt: skip
    assert status == "ready"
    assert page.model.index(0, 2).data() == "6 pc"


def test_use_for_order_with_no_waiting_order_says_so(qtbot, surplus_shop):
    page = _page(qtbot, SurplusPage, surplus_shop)
    page.table.selectRow(0)
    dialog = page.use_for_order()
    assert dialog.empty.isVisible() and not dialog.ok.isEnabled()


def test_documents_log_lists_a_generated_pdf_and_marks_missing_files(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    zoe = gui_shop.customers["Zoë Ångström"]
    created = orders.create_orders(  # waiting, as an imported order
        shop, [OrderInput(zoe, [OrderLineInput(gui_shop.products["TYR-700"], 1)])]
    )[0]
    first = generate_document(shop, CONFIRMATION, created.number)
    page = _page(qtbot, DocumentsPage, gui_shop)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Order confirmation"
    assert page.model.index(0, 2).data() == created.number
    assert page.model.index(0, 3).data() == first.path.name
    assert page.model.index(0, 4).data() == "Saved"
    page.table.selectRow(0)
    assert page.preview_button.isEnabled()
    opened = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self.path))
    dialog = page.preview_selected()
    assert opened == [first.path] and dialog.document.pageCount() >= 1

    first.path.unlink()
    page.reload()
    assert page.model.index(0, 4).data() == "Missing"
    assert page.count_label.text() == "1 document, 1 missing"
    page.table.selectRow(0)
    assert not page.preview_button.isEnabled()
    assert page.preview_button.toolTip() == "The file was moved or deleted since it was generated."
    assert not page.preview_button.isEnabled() and not page.open_button.isEnabled()

    page.number.setText("C-2099-0001")
    page.reload()
    assert page.model.rowCount() == 0
