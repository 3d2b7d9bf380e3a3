"""Delivery at the counter and on the delivery run, as staff use it: the order dialog's
"Deliver to the customer" choice, the Deliveries page, "Delivered" and Today's count."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt

from jitdesk.domain.delivery import DeliveryInput
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.dialogs.order_dialog import OrderDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.deliveries_page import DeliveriesPage
from jitdesk.gui.pages.today_page import TodayPage
from jitdesk.services import delivery, planning, receiving, supplier_orders
from jitdesk.services.shop import Shop


def fmt() -> ShopFormat:
    return ShopFormat("en_GB", "EUR")


def order_count(shop: Shop) -> int:
    return shop.db.execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0]


def open_dialog(qtbot, shop: Shop) -> OrderDialog:
    dialog = OrderDialog(shop, fmt=fmt())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_order(qtbot, dialog: OrderDialog, customer: str = "Zoë") -> None:
    dialog.customer.edit.setText(customer)
    qtbot.keyClick(dialog.customer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer.customer_id() is not None)
    dialog.product.edit.setText("BRK-100")
    qtbot.keyClick(dialog.product.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.lines.rows) == 1)


def test_a_delivery_needs_an_address_and_is_logged_with_its_date(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    fill_order(qtbot, dialog)
    promised = dialog.lines.promised()
    assert promised is not None
    dialog.delivery.setChecked(True)
    assert dialog.delivery.date.date().toPython() == promised  # the earliest it may be
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.delivery.address_message.isVisible()
    assert "needs an address" in dialog.delivery.address_message._label.text()
    assert order_count(shop) == 0  # nothing saved

    dialog.delivery.address.setPlainText("Storgatan 1\n111 22 Stockholm")
    assert not dialog.delivery.address_message.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    info = delivery.delivery_of(shop, dialog.order_id)
    assert info is not None
    assert (info.address, info.delivery_date) == ("Storgatan 1\n111 22 Stockholm", promised)

    # The next order for the same customer starts with that address.
    again = open_dialog(qtbot, shop)
    fill_order(qtbot, again)
    again.delivery.setChecked(True)
    assert again.delivery.address.toPlainText() == "Storgatan 1\n111 22 Stockholm"


def test_a_delivery_date_before_the_promise_is_refused_at_its_field(qtbot, gui_shop):
    shop = gui_shop.shop
    dialog = open_dialog(qtbot, shop)
    fill_order(qtbot, dialog, "Иван")
    dialog.delivery.setChecked(True)
    dialog.delivery.address.setPlainText("Тверская 1, Москва")
    today = shop.today()
    dialog.delivery.date.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.delivery.date_message.isVisible()
    assert "before the promised date" in dialog.delivery.date_message._label.text()
    assert order_count(shop) == 0


def ready_delivery(gui_shop) -> tuple[int, date]:
    """A delivery order whose goods all came in."""
    shop = gui_shop.shop
    customer = gui_shop.customers["Zoë Ångström"]
    created = delivery.create_delivery_order(
        shop,
        OrderInput(customer, [OrderLineInput(gui_shop.products["BRK-100"], 2)], deposit=500),
        DeliveryInput("Storgatan 1\n111 22 Stockholm"),
    )
    so_id = planning.commit_plan(shop).created[0][0]
    supplier_orders.mark_sent(shop, so_id, allow_below_minimum=True)
    lines = shop.db.execute(
        "SELECT id, quantity FROM supplier_order_lines WHERE supplier_order_id = ?", [so_id]
    ).fetchall()
    receiving.record_receipt(shop, so_id, {line_id: qty for line_id, qty in lines})
    assert created.promised_date is not None
    return created.order_id, created.promised_date


def test_the_deliveries_page_lists_the_run_and_delivered_hands_over(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    order_id, day = ready_delivery(gui_shop)
    page = DeliveriesPage(shop, fmt())
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0  # due later than today
    assert not page.run_button.isEnabled() and page.run_button.toolTip()
    assert not page.delivered_button.isEnabled() and page.delivered_button.toolTip()
    page.day.setDate(QDate(day.year, day.month, day.day))
    assert page.model.rowCount() == 1
    row = page.model.rows[0]
    assert row.address == "Storgatan 1\n111 22 Stockholm"
    assert row.balance_due == 2 * 1250 - 500
    assert "1 ready order to deliver" in page.summary.text()

    shown = []
    monkeypatch.setattr(
        "jitdesk.gui.pages.deliveries_page.PdfPreviewDialog.open", lambda self: shown.append(self)
    )
    path = page.print_note()
    assert path is not None and path.exists() and "delivery note" in path.name
    path = page.print_run()
    assert path is not None and path.exists()
    assert len(shown) == 2

    dialog = page.deliver_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.payment.cents() == 2000  # the balance, taken at the door
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    status = shop.db.execute(
        "SELECT status FROM customer_orders WHERE id = ?", [order_id]
    ).fetchone()[0]
    assert status == "completed"
    page.refresh(None)
    assert page.model.rowCount() == 0
    assert delivery.delivery_of(shop, order_id).delivered_on == shop.today()


def test_today_counts_the_orders_ready_to_deliver(qtbot, gui_shop):
    shop = gui_shop.shop
    _order_id, day = ready_delivery(gui_shop)
    later = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC) + timedelta(days=1)
    shop._clock = lambda: later
    page = TodayPage(shop, fmt())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.deliver_box.isVisible()
    assert page.deliver_label.text() == "Ready to deliver (1)"
    with qtbot.waitSignal(page.navigate) as went:
        page.deliver_box.findChild(type(page.refresh_button)).click()
    assert went.args[0] == "deliveries"
