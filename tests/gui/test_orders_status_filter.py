"""Customer orders shows each order's true status, tints late orders (and says "late" in words
and in a tooltip), and filters by status and lateness, by keyboard too; the choice is kept for
the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.models.order_table_model import NUMBER, PROMISED, STATUS
from jitdesk.gui.pages.customers_page import CustomerEditor
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.services import receiving
from jitdesk.services import supplier_orders as so_svc
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


def statuses(page) -> dict[str, str]:
    model = page.model
    return {
        model.index(r, NUMBER).data(): model.index(r, STATUS).data()
        for r in range(model.rowCount())
    }


def choose(page, label: str) -> None:
    index = page.status.findText(label)
    assert index >= 0, label
    page.status.setCurrentIndex(index)


def receive_chains(world) -> None:
    """Bob's chains arrive; Ann's and Bob's pads are still on their way."""
    detail = so_svc.supplier_order_detail(world.shop, world.so_id)
    chains = next(line for line in detail.lines if line.product_id == world.products["CHN"])
    receiving.record_receipt(world.shop, world.so_id, {chains.id: chains.quantity})


def test_the_status_column_says_how_far_each_order_is(qtbot, world):
    page = make_page(qtbot, world)
    n = world.numbers
    assert set(statuses(page).values()) == {"Waiting to be ordered"}
    world.plan_and_send()
    world.send()
    page.reload()
    assert set(statuses(page).values()) == {"On order"}
    receive_chains(world)
    page.reload()
    assert statuses(page) == {n["ann"]: "On order", n["bob1"]: "Ready", n["bob2"]: "On order"}


def test_status_filter_and_late_only(qtbot, world):
    world.plan_and_send()
    world.send()
    receive_chains(world)
    page = make_page(qtbot, world)
    n = world.numbers
    assert page.status.currentText() == "All open"
    choose(page, "On order")
    assert set(statuses(page)) == {n["ann"], n["bob2"]}
    choose(page, "Ready")
    assert set(statuses(page)) == {n["bob1"]}
    choose(page, "Waiting to be ordered")
    assert statuses(page) == {} and page.count_label.text() == "0 orders"

    world.clock.advance(days=30)  # every promise has passed
    choose(page, "All open")
    page.late_only.setChecked(True)
    assert statuses(page) == {n["ann"]: "On order · late", n["bob2"]: "On order · late"}
    page.late_only.setChecked(False)
    assert set(statuses(page)) == {n["ann"], n["bob1"], n["bob2"]}  # the ready one is not late
    choose(page, "All orders")
    assert len(statuses(page)) == 3


def test_late_rows_are_tinted_and_say_why(qtbot, world):
    world.plan_and_send()
    world.send()
    receive_chains(world)
    world.clock.advance(days=30)
    page = make_page(qtbot, world)
    model = page.model
    late = model.row_of(world.orders["ann"])
    ready = model.row_of(world.orders["bob1"])
    background = model.index(late, NUMBER).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert background.color() != QApplication.palette().base().color()
    assert model.index(ready, NUMBER).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(late, PROMISED).data(Qt.ItemDataRole.ToolTipRole)
    promised = model.rows[late].promised_date
    assert tip == f"Late: promised for {page.fmt.long_date(promised)} and not ready yet."
    assert page.select_order(world.orders["ann"])
    assert page.detail.title.text() == f"{world.numbers['ann']} · On order · late"


def test_filter_by_keyboard_and_remembered(qtbot, world):
    page = make_page(qtbot, world)
    page.activateWindow()
    page.status.setFocus()
    qtbot.waitUntil(page.status.hasFocus)
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # All open -> Waiting to be ordered
    assert page.status.currentText() == "Waiting to be ordered"
    qtbot.keyClick(page.status, Qt.Key.Key_Tab)
    assert page.late_only.hasFocus()
    qtbot.keyClick(page.late_only, Qt.Key.Key_Space)
    assert page.late_only.isChecked()
    assert statuses(page) == {}  # nothing is late today

    again = make_page(qtbot, world)
    assert again.status.currentText() == "Waiting to be ordered"
    assert again.late_only.isChecked()


def test_a_customers_orders_show_the_same_status_and_lateness(qtbot, world):
    world.plan_and_send()
    world.send()
    world.clock.advance(days=30)
    editor = CustomerEditor(world.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(editor)
    editor.load(world.customers["Bob"])
    model = editor.orders_model
    texts = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert texts == {
        world.numbers["bob1"]: "On order · late",
        world.numbers["bob2"]: "On order · late",
    }
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
