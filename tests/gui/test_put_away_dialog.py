"""After a delivery makes orders ready they are put away on the pickup shelf from the
receiving page: free shelves suggested, a shelf already holding an order refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jitdesk.domain.shelves import LabelSize
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.receiving_page import ReceivingPage
from jitdesk.services import shelves
from tests.gui.jit_loop_helpers import sent_alpine_order


@pytest.fixture
def page(qtbot, gui_shop):
    widget = ReceivingPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _receive_all(qtbot, page, loop):
    page.open_target(loop.so_id)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    return page.last_result


def test_put_away_suggests_free_shelves_and_refuses_a_taken_one(qtbot, gui_shop, page):
    shop = gui_shop.shop
    loop = sent_alpine_order(gui_shop)
    shelves.save_label_settings(shop, LabelSize.A4_3X8, "A1-A9")
    assert not page.put_away_button.isEnabled()
    assert "nothing to put away" in page.put_away_button.toolTip()
    result = _receive_all(qtbot, page, loop)
    ready = [o.order_id for o in result.newly_ready]
    assert len(ready) == 2 and page.put_away_button.isEnabled()

    dialog = page.put_away()
    qtbot.addWidget(dialog)
    assert [f.text() for f in dialog.shelf_fields] == ["A1", "A2"]
    dialog.shelf_fields[1].setText("a1")
    dialog.save()
    assert "already holds order" in dialog.message.text()
    assert dialog.isVisible()
    assert shelves.shelves_of(shop, ready) == {}

    dialog.shelf_fields[1].setText("B4")
    dialog.bag_fields[1].setValue(2)
    dialog.save()
    assert not dialog.isVisible()
    places = shelves.shelves_of(shop, ready)
    assert sorted((p.shelf, p.bags) for p in places.values()) == [("A1", 1), ("B4", 2)]


def test_the_pickup_counter_shows_each_waiting_orders_shelf(qtbot, gui_shop, page):
    from jitdesk.gui.models.ready_table_model import SHELF
    from jitdesk.gui.pages.pickup_page import PickupPage

    loop = sent_alpine_order(gui_shop)
    result = _receive_all(qtbot, page, loop)
    first = result.newly_ready[0]
    shelves.put_away(gui_shop.shop, first.order_id, "C3", bags=2)
    counter = PickupPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(counter)
    counter.reload()
    model = counter.ready_model
    assert model.headerData(SHELF, Qt.Orientation.Horizontal) == "Shelf"
    shown = {
        model.index(r, 0).data(): model.index(r, SHELF).data() for r in range(model.rowCount())
    }
    assert shown[first.number] == "C3"
    assert shown[result.newly_ready[1].number] == ""
