"""Reminders in the GUI: the dialog from Today lists uncollected orders near or past their
pickup-by date, prints reminders for the ticked ones and extends their date; the order detail
shows the date and refuses both for an order handed over."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from jitdesk.gui.dialogs.extend_pickup_dialog import ExtendPickupDialog
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.dialogs.reminders_dialog import R_ORDER, RemindersDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.order_detail import OrderDetailPanel
from jitdesk.gui.pages.today_page import UNCOLLECTED, TodayPage
from jitdesk.services import handover
from jitdesk.services.reminders import current_pickup_by
from jitdesk.services.timeline import order_timeline
from jitdesk.services.today import mark_notified
from tests.services.today_world import build

FMT = ShopFormat("en_GB", "EUR")


@pytest.fixture
def world(tmp_path):
    """Ann and Bob (second order) told on Wed 2 Dec; now Sat 19 Dec: both past pickup-by
    (16 and 16 Dec); Bob's first order was never told, so it is not listed."""
    w = build(tmp_path / "reminders.jitdesk")
    w.plan_and_send()
    w.send()
    w.clock.advance(days=7)
    w.receive_all()
    mark_notified(w.shop, [w.orders["ann"], w.orders["bob2"]])
    w.clock.advance(days=17)
    yield w
    w.shop.close()


@pytest.fixture(autouse=True)
def no_preview(monkeypatch):
    shown: list = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: shown.append(self.path))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.path) or 0)
    return shown


def make_dialog(qtbot, world) -> RemindersDialog:
    dialog = RemindersDialog(world.shop, FMT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_today_opens_the_dialog_listing_uncollected_orders(qtbot, world):
    page = TodayPage(world.shop, FMT)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    button = page.sections[UNCOLLECTED].action_button
    assert button is not None and button.isEnabled()
    button.click()
    dialog = page.reminders
    assert isinstance(dialog, RemindersDialog) and dialog.isVisible()
    model = dialog.model
    assert [model.data(model.index(r, R_ORDER)) for r in range(model.rowCount())] == [
        world.numbers["ann"],
        world.numbers["bob2"],
    ]
    assert model.data(model.index(0, 4)) == "3 days ago"
    assert "2 orders not collected" in dialog.caption.text()
    dialog.close()


def test_nothing_ticked_disables_with_reasons(qtbot, world):
    dialog = make_dialog(qtbot, world)
    assert dialog.print_button.isEnabled() and dialog.extend_button.isEnabled()
    # no mail server is set up in this shop
    assert not dialog.email_button.isEnabled()
    assert "No mail server" in dialog.email_button.toolTip()
    dialog.none_button.click()
    for button in (dialog.print_button, dialog.extend_button, dialog.email_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Tick the orders to remind first."


def test_print_the_ticked_reminders_records_them_and_shows_the_result(
    qtbot, world, no_preview, monkeypatch
):
    dialog = make_dialog(qtbot, world)
    model = dialog.model
    # untick Bob: only Ann is reminded
    assert model.setData(
        model.index(1, R_ORDER), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    with qtbot.waitSignal(dialog.changed) as changed:
        path = dialog.print_reminders()
    assert changed.args[0].customer_orders == {world.orders["ann"]}
    assert path is not None and path.exists() and no_preview == [path]
    assert current_pickup_by(world.shop, world.orders["ann"]) == date(2027, 1, 2)
    # Ann's reminder moved her date away; Bob is still listed
    assert [item.number for item in model.rows] == [world.numbers["bob2"]]
    assert dialog.results.isVisible()
    assert "1 reminder printed" in dialog.results.message.text()
    with qtbot.waitSignal(dialog.navigate) as opened:
        dialog.results.open_link(0)
    assert opened.args == ["orders", world.orders["ann"]]
    opened_files = []
    monkeypatch.setattr(
        "jitdesk.gui.widgets.results_panel.QDesktopServices.openUrl",
        lambda url: opened_files.append(url.toLocalFile()),
    )
    dialog.results.open_link(1)
    assert opened_files == [str(path)]
    texts = [e.text for e in order_timeline(world.shop, world.orders["ann"])]
    assert texts[-1] == "Reminder printed; pickup by 2 Jan 2027"


def test_extend_the_ticked_orders_by_days(qtbot, world, monkeypatch):
    dialog = make_dialog(qtbot, world)
    seen = []

    def run(extend: ExtendPickupDialog) -> int:
        seen.append(extend.windowTitle())
        extend.days.setValue(10)
        assert extend.save()
        return extend.result()

    monkeypatch.setattr(ExtendPickupDialog, "exec", run)
    dialog.extend()
    assert seen == ["Extend pickup-by"]
    # 16 Dec + 10 = Sat 26 Dec, for both
    for name in ("ann", "bob2"):
        assert current_pickup_by(world.shop, world.orders[name]) == date(2026, 12, 26)
    assert dialog.model.rows == []  # a week left: no longer near


def test_extension_to_an_earlier_date_says_why_and_changes_nothing(qtbot, world):
    extend = ExtendPickupDialog(
        world.shop, FMT, [(world.orders["ann"], world.numbers["ann"], date(2026, 12, 16))]
    )
    qtbot.addWidget(extend)
    extend.to_date.setChecked(True)
    extend.until.setDate(extend.until.minimumDate())  # tomorrow, 20 Dec: after the old date
    assert extend.save()
    assert current_pickup_by(world.shop, world.orders["ann"]) == date(2026, 12, 21)  # Sun → Mon
    again = ExtendPickupDialog(
        world.shop, FMT, [(world.orders["ann"], world.numbers["ann"], date(2026, 12, 21))]
    )
    qtbot.addWidget(again)
    again.to_date.setChecked(True)
    again.until.setDate(again.until.minimumDate())
    assert not again.save()
    assert "must be after 21 Dec 2026" in again.message.text()


def test_order_detail_shows_pickup_by_and_refuses_a_completed_order(qtbot, world):
    panel = OrderDetailPanel(world.shop, FMT)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_order(world.orders["ann"])
    assert "Pickup by 16/12/2026" in panel.info.text()
    assert panel.extend_button.isEnabled() and panel.remind_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.remind_button.click()  # no e-mail server: printed
    assert "reminded" in panel.info.text() and "Pickup by 02/01/2027" in panel.info.text()
    assert panel.timeline[-1].text == "Reminder printed; pickup by 2 Jan 2027"
    handover.hand_over(world.shop, world.orders["bob2"], payment=1200)
    panel.show_order(world.orders["bob2"])
    assert "Pickup by" not in panel.info.text()
    for button in (panel.extend_button, panel.remind_button):
        assert not button.isEnabled()
        assert "ready and not yet collected" in button.toolTip()
