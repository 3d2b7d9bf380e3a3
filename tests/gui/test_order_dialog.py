"""Logging and editing customer orders through the order dialog, as a person at the counter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QSpinBox

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.dialogs.customer_dialog import CustomerDialog
from jitdesk.gui.dialogs.order_dialog import OrderDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.models.order_lines_model import QUANTITY, UNIT_PRICE
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.services.orders import create_order, order_detail
from jitdesk.services.shop import Shop


def fmt() -> ShopFormat:
    return ShopFormat("en_GB", "EUR")


def order_count(shop: Shop) -> int:
    return shop.db.execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0]


def payment_count(shop: Shop) -> int:
    return shop.db.execute("SELECT COUNT(*) FROM payments").fetchone()[0]


def open_dialog(qtbot, shop: Shop, order_id: int | None = None) -> OrderDialog:
    dialog = OrderDialog(shop, order_id, fmt=fmt())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_customer(qtbot, dialog: OrderDialog, text: str) -> None:
    dialog.customer.edit.setText(text)
    qtbot.keyClick(dialog.customer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer.customer_id() is not None)


def enter_code(qtbot, dialog: OrderDialog, code: str) -> None:
    """Type (or scan) a code into the product field and press Enter."""
    dialog.product.edit.setText(code)
    qtbot.keyClick(dialog.product.edit, Qt.Key.Key_Return)


def edit_cell(qtbot, dialog: OrderDialog, row: int, column: int, value: str | int) -> None:
    """Edit one cell of the lines table through its editor, as a person would."""
    index = dialog.lines.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor_type = QSpinBox if column == QUANTITY else QLineEdit
    qtbot.waitUntil(lambda: dialog.table.viewport().findChild(editor_type) is not None)
    editor = dialog.table.viewport().findChild(editor_type)
    if isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    else:
        editor.setText(str(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.viewport().findChild(editor_type) is None)


def click_ok(qtbot, dialog: OrderDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_log_an_order_end_to_end(qtbot, gui_shop):
    shop = gui_shop.shop
    page = OrdersPage(shop, fmt())
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0

    dialog = page.new_order()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.promised_label.text() == "add a product to see the date"

    choose_customer(qtbot, dialog, "Zoë")
    assert dialog.customer.customer_id() == gui_shop.customers["Zoë Ångström"]
    assert dialog.customer.edit.text() == "Zoë Ångström"

    # Scanned barcode: the code and Enter add the line, the promise shows at once.
    enter_code(qtbot, dialog, "4006381333931")
    assert dialog.lines.rowCount() == 1
    assert dialog.product.edit.text() == ""
    assert dialog.promised_label.text() == "Thursday, 3 December 2026"

    # By name: one match + Enter adds it; the slow supplier moves the promise later.
    enter_code(qtbot, dialog, "chain 11")
    assert [row.sku for row in dialog.lines.rows] == ["BRK-100", "CHN-11"]
    assert dialog.promised_label.text() == "Wednesday, 9 December 2026"

    edit_cell(qtbot, dialog, 0, QUANTITY, 3)
    edit_cell(qtbot, dialog, 1, UNIT_PRICE, "30,00")
    assert dialog.lines.data(dialog.lines.index(1, UNIT_PRICE)) == "€30.00"
    assert dialog.total_label.text() == "€67.50"  # 3 × 12.50 + 30.00
    assert dialog.deposit.text() == "13.50"  # the shop's 20 %
    assert dialog.balance_label.text() == "€54.00"

    dialog.deposit.line.setText("20")
    dialog.deposit.edited.emit()
    assert dialog.balance_label.text() == "€47.50"
    dialog.method.setCurrentIndex(dialog.method.findData("card"))

    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    detail = order_detail(shop, dialog.order_id)
    assert detail.header.customer_name == "Zoë Ångström"
    assert detail.header.promised_date == "2026-12-09"
    assert [(line.sku, line.quantity, line.unit_price) for line in detail.lines] == [
        ("BRK-100", 3, 1250),
        ("CHN-11", 1, 3000),
    ]
    assert [(p.kind, p.amount, p.method) for p in detail.payments] == [("deposit", 2000, "card")]
    assert detail.balance == 4750

    # The new order is listed and selected.
    assert page.model.rowCount() == 1
    assert page.selected_order_id() == dialog.order_id
    assert page.model.data(page.model.index(0, 0)) == dialog.number
    assert page.model.data(page.model.index(0, 2)) == "Zoë Ångström"


def test_scanning_adds_lines_and_never_saves_the_order(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    choose_customer(qtbot, dialog, "zoe@example")
    enter_code(qtbot, dialog, "BRK-100")
    enter_code(qtbot, dialog, "4006381333931")  # the same product, by its barcode
    assert dialog.lines.rowCount() == 1
    assert dialog.lines.rows[0].quantity == 2
    assert dialog.isVisible()
    assert order_count(shop) == 0

    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert order_count(shop) == 1


def test_quick_add_customer(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    dialog.customer.edit.setText("Ольга Шевченко")
    qtbot.keyClick(dialog.customer.edit, Qt.Key.Key_Return)
    assert "No customer matches" in dialog.customer.message.text()

    def fill_and_accept(customer_dialog: CustomerDialog) -> int:
        assert customer_dialog.name_edit.text() == "Ольга Шевченко"
        customer_dialog.phone_edit.setText("+380 44 123 4567")
        customer_dialog.email_edit.setText("olga@example.ua")
        customer_dialog.accept()
        return customer_dialog.result()

    monkeypatch.setattr(CustomerDialog, "exec", fill_and_accept)
    qtbot.mouseClick(dialog.customer.new_button, Qt.MouseButton.LeftButton)

    new_id = dialog.customer.customer_id()
    assert new_id is not None
    assert dialog.customer.edit.text() == "Ольга Шевченко"
    assert dialog.customer.message.text() == ""
    row = shop.db["customers"].get(new_id)
    assert (row["name"], row["phone"], row["email"]) == (
        "Ольга Шевченко",
        "+380 44 123 4567",
        "olga@example.ua",
    )


def test_customer_dialog_blocks_missing_name_and_bad_email(qtbot, gui_shop):
    shop = gui_shop.shop
    before = shop.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.email_edit.setText("olga@")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.messages["name"].isVisible()
    assert dialog.messages["name"].text() == "The customer name is missing; please enter it."

    dialog.name_edit.setText("Olga")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.messages["email"].isVisible()
    assert "is not an email address" in dialog.messages["email"].text()
    assert shop.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == before


def test_order_without_lines_is_blocked_at_the_lines(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    choose_customer(qtbot, dialog, "Иван")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.lines_message.isVisible()
    assert dialog.lines_message.text().startswith("Add at least one product")
    assert order_count(shop) == 0


def test_order_without_customer_is_blocked_at_the_customer(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    enter_code(qtbot, dialog, "TYR-700")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.customer.message.isVisible()
    assert "Choose the customer" in dialog.customer.message.text()
    assert order_count(shop) == 0


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12,3x", "The deposit “12,3x” is not an amount of money; write it like 12.50."),
        ("45.01", "The deposit is more than the order total."),
    ],
)
def test_bad_deposit_is_blocked_at_the_field(qtbot, gui_shop, typed, message):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    choose_customer(qtbot, dialog, "Δημήτρης")
    enter_code(qtbot, dialog, "TYR-700")  # 45.00
    dialog.deposit.line.setText(typed)
    dialog.deposit.edited.emit()
    assert dialog.deposit.message.isVisible()
    assert dialog.deposit.message.text() == message

    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.deposit.message.text() == message
    assert order_count(shop) == 0
    assert payment_count(shop) == 0

    dialog.deposit.line.setText("45")  # fixing it clears the message and lets OK through
    assert not dialog.deposit.message.isVisible()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert order_count(shop) == 1


def test_bad_line_price_is_refused_with_a_message(qtbot, gui_shop):
    dialog = open_dialog(qtbot, gui_shop.shop)
    enter_code(qtbot, dialog, "BRK-100")
    edit_cell(qtbot, dialog, 0, UNIT_PRICE, "12,3x")
    assert dialog.lines_message.isVisible()
    assert dialog.lines_message.text() == (
        "Line 1: The price “12,3x” is not an amount of money; write it like 12.50."
    )
    assert dialog.lines.rows[0].unit_price == 1250
    assert dialog.total_label.text() == "€12.50"


def test_product_without_offer_or_unknown_code_is_answered_at_the_field(qtbot, gui_shop):
    dialog = open_dialog(qtbot, gui_shop.shop)
    enter_code(qtbot, dialog, "NOOFFER")
    assert dialog.lines.rowCount() == 0
    assert "has no supplier offer" in dialog.product.message.text()
    enter_code(qtbot, dialog, "999999")
    assert dialog.product.message.text() == "No product has the code or name “999999”."
    assert dialog.lines.rowCount() == 0


def test_edit_an_open_order(qtbot, gui_shop):
    shop, products = gui_shop.shop, gui_shop.products
    created = create_order(
        shop,
        OrderInput(
            customer_id=gui_shop.customers["Иван Петров"],
            lines=[OrderLineInput(products["BRK-100"], 2)],
            deposit=500,
        ),
    )
    page = OrdersPage(shop, fmt())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.select_order(created.order_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog.windowTitle() == f"Edit order {created.number}"
    assert dialog.customer.edit.text() == "Иван Петров"
    assert dialog.paid_label.text() == "€5.00"
    assert dialog.deposit.isHidden()

    edit_cell(qtbot, dialog, 0, QUANTITY, 4)
    enter_code(qtbot, dialog, "TYR-700")
    dialog.notes.setText("Ruft vorher an — calls first")
    assert dialog.total_label.text() == "€95.00"
    assert dialog.balance_label.text() == "€90.00"
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    detail = order_detail(shop, created.order_id)
    assert [(line.sku, line.quantity) for line in detail.lines] == [
        ("BRK-100", 4),
        ("TYR-700", 1),
    ]
    assert detail.header.notes == "Ruft vorher an — calls first"
    assert detail.paid == 500
    actions = [
        r[0]
        for r in shop.db.execute(
            "SELECT action FROM events WHERE entity = 'customer_order' AND entity_id = ?",
            [created.order_id],
        )
    ]
    assert actions[-1] == "edited"
    assert page.model.data(page.model.index(0, 5)) == "€95.00"


def test_completed_order_opens_read_only(qtbot, gui_shop):
    shop = gui_shop.shop
    created = create_order(
        shop,
        OrderInput(
            gui_shop.customers["Zoë Ångström"], [OrderLineInput(gui_shop.products["CHN-11"], 1)]
        ),
    )
    shop.db["customer_orders"].update(created.order_id, {"status": "completed"})
    dialog = open_dialog(qtbot, shop, created.order_id)
    assert "(Completed)" in dialog.windowTitle()
    assert not dialog.product.isEnabled()
    assert not dialog.ok_button.isVisible()
    index = dialog.lines.index(0, QUANTITY)
    assert not dialog.lines.flags(index) & Qt.ItemFlag.ItemIsEditable
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
