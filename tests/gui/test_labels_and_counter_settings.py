"""The pickup counter's settings (label stock, shelf names, the shop's way to tell), labels
offered after a delivery, and who is still to be told at the pickup counter."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jitdesk.domain.shelves import LabelSize
from jitdesk.domain.telling import CallOutcome
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages import receiving_page as receiving_module
from jitdesk.gui.pages.receiving_page import ReceivingPage
from jitdesk.gui.pages.settings_page import SettingsPage
from jitdesk.services import shelves, telling
from jitdesk.services.settings import get_settings
from tests.gui.jit_loop_helpers import sent_alpine_order


@pytest.fixture
def settings_page(qtbot, gui_shop, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    page = SettingsPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def receiving(qtbot, gui_shop):
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


def test_settings_save_the_label_stock_the_shelf_names_and_the_way_to_tell(
    qtbot, settings_page, gui_shop
):
    form = settings_page.counter
    assert form.label_size.currentData() == LabelSize.CONTINUOUS_62MM.value
    assert form.tell_channel.currentText() == "Printed notice"
    form.label_size.setCurrentIndex(form.label_size.findData(LabelSize.A4_3X8.value))
    form.shelf_pattern.setText(" A1-A3 ,Door ")
    form.tell_channel.setCurrentIndex(form.tell_channel.findData("phone"))
    assert settings_page.dirty
    with qtbot.waitSignal(settings_page.changed):
        assert settings_page.save()
    kept = shelves.label_settings(gui_shop.shop)
    assert (kept.label_size, kept.shelf_pattern) == (LabelSize.A4_3X8, "A1-A3, Door")
    assert telling.default_channel(gui_shop.shop).value == "phone"
    assert form.shelf_pattern.text() == "A1-A3, Door"
    assert not settings_page.dirty


def test_an_unreadable_shelf_range_is_refused_at_its_field_and_nothing_is_saved(
    settings_page, gui_shop
):
    form = settings_page.counter
    settings_page.name.setText("Renamed shop")
    form.shelf_pattern.setText("B9-B1")
    form.tell_channel.setCurrentIndex(form.tell_channel.findData("email"))
    assert not settings_page.save()
    assert "from low to high, like A1-A20" in settings_page.errors.text("shelf_pattern")
    assert get_settings(gui_shop.shop).name != "Renamed shop"
    assert shelves.label_settings(gui_shop.shop).shelf_pattern == ""
    assert telling.default_channel(gui_shop.shop).value == "print"
    assert settings_page.dirty


def test_labels_are_offered_for_the_orders_a_delivery_made_ready(
    qtbot, gui_shop, receiving, monkeypatch, tmp_path
):
    assert not receiving.labels_button.isEnabled()
    assert "nothing to label" in receiving.labels_button.toolTip()
    loop = sent_alpine_order(gui_shop)
    result = _receive_all(qtbot, receiving, loop)
    assert result.newly_ready and receiving.labels_button.isEnabled()
    first = result.newly_ready[0]
    shelves.put_away(gui_shop.shop, first.order_id, "C3", bags=2)
    shown: list = []
    monkeypatch.setattr(
        receiving_module.PdfPreviewDialog, "exec", lambda self: shown.append(self.path)
    )
    path = receiving.print_labels()
    assert path is not None and shown == [path] and path.exists()
    assert path.name.startswith(f"Labels {result.supplier_order_number}")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Shelf C3" in text and "Bag 2/2" in text
    assert text.count("Bag 1/1") == len(result.newly_ready) - 1


def test_the_pickup_counter_says_who_is_not_told_yet_and_how(qtbot, gui_shop, receiving):
    from jitdesk.gui.models.ready_table_model import TO_TELL
    from jitdesk.gui.pages.pickup_page import PickupPage

    loop = sent_alpine_order(gui_shop)
    result = _receive_all(qtbot, receiving, loop)
    first, second = result.newly_ready[0], result.newly_ready[1]
    telling.log_call(gui_shop.shop, first.order_id, CallOutcome.LEFT_MESSAGE)
    telling.log_call(gui_shop.shop, second.order_id, CallOutcome.REACHED)
    counter = PickupPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(counter)
    counter.reload()
    model = counter.ready_model
    assert model.headerData(TO_TELL, Qt.Orientation.Horizontal) == "Not told yet"
    shown = {
        model.index(r, 0).data(): model.index(r, TO_TELL).data() for r in range(model.rowCount())
    }
    assert shown[first.number] == "Printed notice (called, left a message)"
    assert shown[second.number] == ""
