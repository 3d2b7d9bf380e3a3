"""Repeat orders in the GUI: "Repeat…" on the order detail, refusals at the dialog, one-click
pause / resume / stop on the order and on the customer's page, the history column and the
app's tick creating the due orders."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.domain.repeats import RepeatState
from jitdesk.gui.actions.repeat_tick import RepeatTick
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.customers_page import CustomerEditor
from jitdesk.gui.pages.order_detail import OrderDetailPanel
from jitdesk.services import orders, repeats

FMT = ShopFormat("en_GB", "EUR")


@pytest.fixture
def order(gui_shop):
    customer = gui_shop.customers["Zoë Ångström"]
    created = orders.create_order(
        gui_shop.shop,
        OrderInput(customer, [OrderLineInput(gui_shop.products["BRK-100"], 2)]),
    )
    return created


@pytest.fixture
def panel(qtbot, gui_shop, order):
    widget = OrderDetailPanel(gui_shop.shop, FMT)
    qtbot.addWidget(widget)
    widget.resize(700, 700)
    widget.show()
    widget.show_order(order.order_id)
    return widget


def test_repeat_dialog_refuses_bad_input_then_makes_the_repeat(qtbot, gui_shop, order, panel):
    bar = panel.repeat_bar
    assert bar.repeat_button.isVisible() and not bar.pause_button.isVisible()
    assert "does not repeat" in bar.label.text()
    dialog = panel.repeat_order()
    qtbot.addWidget(dialog)
    # ordered 25 Nov, promised 3 Dec: each next order is created that long before it is due
    assert dialog.unit.currentText() == "week" and dialog.lead.value() == 8
    dialog.every.setValue(2)
    assert dialog.unit.currentText() == "weeks"
    dialog.on_date.setChecked(True)
    assert dialog.until.isEnabled() and not dialog.count.isEnabled()
    dialog.until.setDate(QDate(2026, 11, 1))
    dialog.save()
    assert "ends before it starts" in dialog.message._label.text()
    assert dialog.isVisible() and repeats.repeat_of_order(gui_shop.shop, order.order_id) is None

    dialog.after.setChecked(True)
    dialog.count.setValue(4)
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    assert not dialog.isVisible()
    view = repeats.repeat_of_order(gui_shop.shop, order.order_id)
    assert (view.rule.every, view.rule.unit, view.rule.count) == (2, "week", 4)
    assert "Repeats every 2 weeks · next order due" in bar.label.text()
    assert bar.pause_button.isVisible() and bar.stop_button.isVisible()
    assert not bar.repeat_button.isVisible()


def test_pause_resume_and_stop_are_one_click_each(qtbot, gui_shop, order, panel):
    repeats.make_repeat(gui_shop.shop, order.order_id, repeats.RepeatInput(1, "month"))
    panel.reload()
    bar = panel.repeat_bar
    with qtbot.waitSignal(bar.changed):
        qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    assert "paused" in bar.label.text() and bar.resume_button.isVisible()
    assert not bar.pause_button.isVisible()
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    assert repeats.repeat_of_order(gui_shop.shop, order.order_id).state is RepeatState.ACTIVE
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert "stopped" in bar.label.text()
    assert not any(b.isVisible() for b in (bar.pause_button, bar.resume_button, bar.stop_button))


def test_cancelled_order_cannot_repeat_and_says_why(qtbot, gui_shop, order, panel):
    gui_shop.shop.db.execute(
        "UPDATE customer_orders SET status = 'cancelled' WHERE id = ?", [order.order_id]
    )
    panel.reload()
    assert not panel.repeat_bar.repeat_button.isEnabled()
    assert "cancelled order cannot repeat" in panel.repeat_bar.repeat_button.toolTip()


def test_customer_page_lists_repeats_and_marks_their_orders(qtbot, gui_shop, order):
    shop = gui_shop.shop
    repeats.make_repeat(shop, order.order_id, repeats.RepeatInput(1, "week", lead_days=7))
    shop._clock = fixed_clock(date(2026, 12, 20))
    made = repeats.run_repeats(shop).created
    assert made
    editor = CustomerEditor(shop, FMT)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(gui_shop.customers["Zoë Ångström"])
    assert editor.repeats.isVisible() and len(editor.repeats.bars) == 1
    bar = editor.repeats.bars[0]
    assert "Repeats every week" in bar.label.text()
    model = editor.orders_model
    marks = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(model.rowCount())}
    assert set(marks.values()) == {f"\u21bb {order.number}"}
    assert len(marks) == 1 + len(made)
    (link,) = [w for w in editor.repeats.findChildren(QLabel) if "<a href" in w.text()]
    assert order.number in link.text()
    with qtbot.waitSignal(editor.openOrder) as opened:
        link.linkActivated.emit(str(order.order_id))
    assert opened.args == [order.order_id]
    qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    assert repeats.customer_repeats(shop, gui_shop.customers["Zoë Ångström"])[0].state is (
        RepeatState.PAUSED
    )


def test_the_app_tick_creates_due_orders_and_tells_every_page(qtbot, gui_shop, order):
    shop = gui_shop.shop
    repeats.make_repeat(shop, order.order_id, repeats.RepeatInput(1, "week", lead_days=7))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.shop = shop  # type: ignore[attr-defined]
    window.show()
    heard = []
    tick = RepeatTick(window, shop, heard.append)
    assert tick.tick().created == []
    shop._clock = fixed_clock(date(2026, 12, 31))
    run = tick.tick()
    assert len(run.created) >= 3 and heard and heard[0].customer_orders
    assert "repeat orders created" in window.statusBar().currentMessage()
    assert tick.tick().created == []
