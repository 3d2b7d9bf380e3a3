"""An item not in the catalogue, added at the counter, then reviewed by the owner."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jitdesk.gui.dialogs.new_item_dialog import NewItemDialog
from jitdesk.gui.dialogs.review_dialog import ReviewDialog
from jitdesk.gui.pages.today_page import TodayPage
from jitdesk.services import review

from .test_order_dialog import choose_customer, fmt, open_dialog, order_count


def fill_new_item(dialog: NewItemDialog, description: str, price: str, supplier: str = "") -> None:
    dialog.description.setText(description)
    dialog.price.setText(price)
    if supplier:
        dialog.supplier.setCurrentIndex(dialog.supplier.findText(supplier))


def test_a_new_item_is_logged_with_the_order_and_to_be_confirmed(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    choose_customer(qtbot, dialog, "Zoë")

    def describe() -> None:
        item_dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, NewItemDialog)
        )
        item_dialog.accept()  # no description: refused at the dialog
        assert "description is missing" in item_dialog.message.text()
        fill_new_item(item_dialog, "Brooks saddle, brown", "89.00")
        item_dialog.accept()

    QTimer.singleShot(0, describe)
    dialog.new_item_button.click()
    assert [row.name for row in dialog.lines.rows] == ["Brooks saddle, brown"]
    assert dialog.promised_label.text() == "to be confirmed"

    dialog.accept()
    qtbot.waitUntil(lambda: order_count(shop) == 1)
    (item,) = review.items_to_review(shop)
    assert (item.name, item.sale_price) == ("Brooks saddle, brown", 8900)


def test_new_item_dialog_refuses_a_cost_without_a_supplier(qtbot, gui_shop):
    dialog = NewItemDialog(gui_shop.shop, fmt())
    qtbot.addWidget(dialog)
    fill_new_item(dialog, "Saddle", "89.00")
    dialog.cost.setText("40.00")
    dialog.accept()
    assert "choose the supplier" in dialog.message.text()
    assert dialog.item is None


def test_the_owner_completes_an_item_and_merges_another(qtbot, gui_shop):
    from jitdesk.domain.models import NewItemInput, OrderInput, OrderLineInput
    from jitdesk.services.orders import create_order

    shop = gui_shop.shop
    for text in ("Saddle brown", "brake pads B01S"):
        create_order(
            shop,
            OrderInput(
                customer_id=gui_shop.customers["Zoë Ångström"],
                lines=[OrderLineInput(0, 1, new_item=NewItemInput(text, sale_price=100))],
            ),
        )
    page = TodayPage(shop, fmt())
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.review_label.text() == "2 new items to review before they can be ordered."

    dialog = ReviewDialog(shop, fmt())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert not dialog.merge_button.isEnabled() and dialog.merge_button.toolTip()
    dialog.complete_button.click()  # no supplier chosen yet
    assert "Choose the supplier" in dialog.complete_message.text()
    dialog.supplier.setCurrentIndex(dialog.supplier.findText("Alpine Parts"))
    dialog.cost.setText("45.00")
    dialog.complete_button.click()
    assert dialog.list.count() == 1

    dialog.picker.edit.setText("BRK-100")
    from PySide6.QtCore import Qt

    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert review.count_items_to_review(shop) == 0
    lines = shop.db.execute(
        "SELECT COUNT(*) FROM customer_order_lines WHERE product_id = ?",
        [gui_shop.products["BRK-100"]],
    ).fetchone()[0]
    assert lines == 1
