"""Catalog, Suppliers and Customers pages: what the user sees and what the shop file holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.catalog_page import CatalogPage
from jitdesk.gui.pages.customers_page import CustomersPage
from jitdesk.gui.pages.suppliers_page import SuppliersPage
from jitdesk.services import orders

FMT = ShopFormat("en_GB", "EUR")


def _page(qtbot, cls, gui_shop):
    page = cls(gui_shop.shop, FMT)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _cell(table, row, col):
    return table.model().index(row, col).data()


def _row(db, table, row_id):
    return dict(db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone())


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


def test_edit_a_products_price_saves_it(qtbot, gui_shop):
    page = _page(qtbot, CatalogPage, gui_shop)
    assert page.panel.count_label.text() == "4 products"
    page.panel.search.setText("brake")
    page.panel.apply_filter()
    assert page.panel.model.total_count() == 1
    assert _cell(page.panel.table, 0, 2) == "€12.50"
    page.panel.table.selectRow(0)
    editor = page.editor
    assert editor.sku.text() == "BRK-100"
    assert _cell(editor.offers, 0, 0) == "Alpine Parts"
    editor.price.setText("13,95")
    editor.price.edited.emit()
    assert editor.dirty and editor.revert_button.isEnabled()
    with qtbot.waitSignal(page.changed):
        assert editor.save()
    pid = gui_shop.products["BRK-100"]
    assert _row(gui_shop.shop.db, "products", pid)["sale_price"] == 1395
    assert _cell(page.panel.table, 0, 2) == "€13.95"
    assert not editor.dirty


def test_bad_price_and_empty_name_are_refused_at_the_field(qtbot, gui_shop):
    page = _page(qtbot, CatalogPage, gui_shop)
    page.panel.select_id(gui_shop.products["CHN-11"])
    editor = page.editor
    editor.price.setText("abc")
    assert not editor.save()
    assert "not an amount" in editor.price.message_text()
    editor.price.setText("30")
    editor.name.setText("   ")
    assert not editor.save()
    assert "name is missing" in editor.errors.text("name")
    row = _row(gui_shop.shop.db, "products", gui_shop.products["CHN-11"])
    assert (row["name"], row["sale_price"]) == ("Chain 11-speed", 3499)  # nothing half-saved


def test_a_products_own_tax_rate_is_saved_kept_and_cleared(qtbot, gui_shop):
    """Empty means the shop's rate; a book at 10 % keeps its rate when its price is edited."""
    page = _page(qtbot, CatalogPage, gui_shop)
    pid = gui_shop.products["CHN-11"]
    page.panel.select_id(pid)
    editor = page.editor
    assert editor.tax.text() == "" and editor.tax.placeholderText() == "shop's rate: 0"
    editor.tax.setText("10 %")
    editor.tax.textEdited.emit("10 %")
    with qtbot.waitSignal(page.changed):
        assert editor.save()
    assert _row(gui_shop.shop.db, "products", pid)["tax_rate_bp"] == 1000
    assert editor.tax.text() == "10"
    editor.price.setText("31")
    editor.price.edited.emit()
    assert editor.save()
    assert _row(gui_shop.shop.db, "products", pid)["tax_rate_bp"] == 1000
    editor.tax.setText("")
    assert editor.save()
    assert _row(gui_shop.shop.db, "products", pid)["tax_rate_bp"] is None


@pytest.mark.parametrize(
    ("typed", "words"),
    [("ten", "not a percentage"), ("150", "between 0 and 100"), ("-5", "cannot be negative")],
)
def test_a_bad_tax_rate_is_refused_at_its_field(qtbot, gui_shop, typed, words):
    page = _page(qtbot, CatalogPage, gui_shop)
    pid = gui_shop.products["CHN-11"]
    page.panel.select_id(pid)
    editor = page.editor
    editor.name.setText("Chain 12-speed")  # a valid change that must not be saved either
    editor.tax.setText(typed)
    assert not editor.save()
    assert words in editor.errors.text("tax_rate_bp")
    row = _row(gui_shop.shop.db, "products", pid)
    assert (row["name"], row["tax_rate_bp"]) == ("Chain 11-speed", None)


def test_new_product_with_duplicate_sku_then_fixed(qtbot, gui_shop):
    page = _page(qtbot, CatalogPage, gui_shop)
    page.new_product()
    editor = page.editor
    assert editor.heading.text() == "New product"
    assert not editor.add_offer_button.isEnabled()
    assert editor.price.message_text() == ""  # nothing shown before the user typed
    editor.sku.setText("BRK-100")
    editor.name.setText("Bell chrome")
    editor.price.setText("7.50")
    assert not editor.save()
    assert "already exists" in editor.errors.text("sku")
    editor.sku.setText("BELL-CR")
    assert editor.save()
    assert editor.product_id is not None
    assert page.panel.selected_id() == editor.product_id
    assert editor.add_offer_button.isEnabled()
    assert "add one" in editor.empty_offers.text()


def test_offer_with_bad_pack_size_is_refused_then_added_with_history(qtbot, gui_shop):
    db = gui_shop.shop.db
    page = _page(qtbot, CatalogPage, gui_shop)
    page.panel.choice.setCurrentIndex(2)  # all products
    assert page.panel.select_id(gui_shop.products["NOOFFER"])
    dialog = page.editor.add_offer()
    assert dialog.supplier.count() == 2
    dialog.unit_cost.setText("4.20")
    dialog.pack_size.setText("0")
    dialog.min_qty.setText("-3")
    dialog.accept()
    assert dialog.isVisible()
    assert "at least 1" in dialog.errors.text("pack_size")
    assert dialog.errors.text("min_qty")
    assert db.execute("SELECT COUNT(*) FROM offers WHERE product_id = ?", [gui_shop.products["NOOFFER"]]).fetchone()[0] == 0  # fmt: skip
    dialog.pack_size.setText("abc")
    dialog.min_qty.setText("1")
    dialog.accept()
    assert "not a whole number" in dialog.errors.text("pack_size")
    dialog.pack_size.setText("6")
    with qtbot.waitSignal(page.changed):
        dialog.accept()
    assert not dialog.isVisible()
    offer = dict(db.execute("SELECT * FROM offers WHERE product_id = ?", [gui_shop.products["NOOFFER"]]).fetchone())  # fmt: skip
    assert (offer["unit_cost"], offer["pack_size"], offer["min_qty"]) == (420, 6, 1)
    editor = page.editor
    assert _cell(editor.offers, 0, 3) == "6"
    assert _cell(editor.costs, 0, 1) == "€4.20"
    # a cost change shows in the history, newest first
    dialog = page.editor.edit_offer()
    assert not dialog.supplier.isEnabled()
    dialog.unit_cost.setText("4.60")
    dialog.accept()
    assert [_cell(editor.costs, r, 1) for r in range(2)] == ["€4.60", "€4.20"]


def test_supplier_weekdays_and_minimum_persist(qtbot, gui_shop):
    page = _page(qtbot, SuppliersPage, gui_shop)
    assert page.panel.count_label.text() == "2 suppliers"
    page.panel.search.setText("nordic")
    page.panel.apply_filter()
    page.panel.table.selectRow(0)
    editor = page.editor
    assert [c.isChecked() for c in editor.weekdays] == [False, True] + [False] * 5
    editor.weekdays[1].setChecked(False)
    assert not editor.save()  # no delivery day at all
    assert "at least one delivery weekday" in editor.errors.text("delivery_weekdays")
    editor.weekdays[0].setChecked(True)
    editor.weekdays[3].setChecked(True)
    editor.min_order.setText("150")
    editor.lead_time.setText("-2")
    assert not editor.save()
    assert editor.errors.text("lead_time_days")
    editor.lead_time.setText("12")
    assert editor.save()
    sid = page.panel.selected_id()
    row = _row(gui_shop.shop.db, "suppliers", sid)
    assert (row["delivery_weekdays"], row["min_order_value"], row["lead_time_days"]) == (
        "0,3",
        15000,
        12,
    )
    editor.load(sid)
    assert [c.isChecked() for c in editor.weekdays] == [
        True,
        False,
        False,
        True,
        False,
        False,
        False,
    ]


def test_new_supplier_needs_a_name(qtbot, gui_shop):
    page = _page(qtbot, SuppliersPage, gui_shop)
    page.new_supplier()
    assert not page.editor.save()
    assert "supplier name is missing" in page.editor.errors.text("name")
    assert gui_shop.shop.db.execute("SELECT COUNT(*) FROM suppliers").fetchone()[0] == 2
    page.editor.name.setText("Cycle Europe")
    page.editor.email.setText("not-an-email")
    assert not page.editor.save()
    assert "not an email address" in page.editor.errors.text("email")
    page.editor.email.setText("orders@cycle.eu")
    assert page.editor.save()
    assert page.panel.count_label.text() == "3 suppliers"


def test_unsaved_changes_are_asked_about_when_switching(qtbot, gui_shop, monkeypatch):
    page = _page(qtbot, SuppliersPage, gui_shop)
    page.panel.table.selectRow(0)
    first = page.editor.supplier_id
    page.editor.contact.setText("Eva")
    page.editor.contact.textEdited.emit("Eva")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.panel.table.selectRow(1)
    assert page.editor.supplier_id == first and page.editor.contact.text() == "Eva"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    page.panel.table.selectRow(1)
    assert page.editor.supplier_id != first
    assert _row(gui_shop.shop.db, "suppliers", first)["contact"] == "Eva"


def test_customer_search_edit_and_open_an_order(qtbot, gui_shop):
    shop = gui_shop.shop
    zoe = gui_shop.customers["Zoë Ångström"]
    created = orders.create_order(
        shop, OrderInput(zoe, [OrderLineInput(gui_shop.products["BRK-100"], 2)])
    )
    page = _page(qtbot, CustomersPage, gui_shop)
    assert page.panel.count_label.text() == "3 customers"
    page.panel.search.setText("+46")
    page.panel.apply_filter()
    assert page.panel.model.total_count() == 1
    page.panel.table.selectRow(0)
    editor = page.editor
    assert editor.name.text() == "Zoë Ångström"
    assert editor.orders_label.text() == "Orders (1)"
    assert _cell(editor.orders, 0, 0) == created.number
    assert _cell(editor.orders, 0, 4) == "€25.00"
    with qtbot.waitSignal(page.navigate) as nav:
        editor.orders.activated.emit(editor.orders.model().index(0, 0))
    assert nav.args == ["orders", created.order_id]
    editor.email.setText("zoe@")
    assert not editor.save()
    assert "not an email address" in editor.errors.text("email")
    editor.email.setText("zoe@example.com")
    editor.phone.setText("+46 70 000")
    assert editor.save()
    assert _row(shop.db, "customers", zoe)["email"] == "zoe@example.com"
    assert _cell(page.panel.table, 0, 1) == "+46 70 000"


def test_ctrl_s_saves_in_the_editor(qtbot, gui_shop):
    page = _page(qtbot, CustomersPage, gui_shop)
    page.panel.table.selectRow(0)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.editor.notes.setFocus()
    page.editor.notes.setPlainText("Prefers email")
    qtbot.keyClick(page.editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.editor.dirty)
    cid = page.editor.customer_id
    assert _row(gui_shop.shop.db, "customers", cid)["notes"] == "Prefers email"
