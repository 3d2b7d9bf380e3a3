"""The new-order dialog with goods already in surplus: it says so, saving takes them, and
the order that is ready at once is offered for handover."""

from __future__ import annotations

from jitdesk.gui.dialogs import order_dialog
from jitdesk.gui.dialogs.handover_dialog import HandoverDialog
from jitdesk.gui.pages.orders_page import OrdersPage

from .test_order_dialog import choose_customer, click_ok, enter_code, fmt
from .test_surplus_documents_pages import _received_surplus


def test_surplus_is_shown_taken_and_offered_for_handover(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    _received_surplus(shop, gui_shop.products["BRK-100"], 10, 600)
    asked = []
    monkeypatch.setattr(
        order_dialog,
        "ask_hand_over",
        lambda _p, number, ready: asked.append((number, ready)) or True,
    )
    page = OrdersPage(shop, fmt())
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_order()
    qtbot.waitExposed(dialog)
    choose_customer(qtbot, dialog, "Zoë")
    enter_code(qtbot, dialog, "4006381333931")  # BRK-100
    assert dialog.surplus_note.isVisible()
    assert "10 units of BRK-100" in dialog.surplus_note.text()
    with qtbot.waitSignal(dialog.changed) as signal:
        click_ok(qtbot, dialog)
    assert signal.args[0].newly_ready == [dialog.order_id]
    assert asked == [(dialog.number, True)]
    handover = dialog.handover_dialog
    assert isinstance(handover, HandoverDialog) and handover.isVisible()
    assert handover.preview.number == dialog.number and not handover.partial
    status = shop.db.execute("SELECT status FROM customer_orders WHERE id = ?", [dialog.order_id]).fetchone()[0]  # fmt: skip
    assert status == "ready"
    handover.reject()


def test_no_surplus_no_note_and_no_question(qtbot, gui_shop, monkeypatch):
    monkeypatch.setattr(
        order_dialog, "ask_hand_over", lambda *_a: (_ for _ in ()).throw(AssertionError)
    )
    page = OrdersPage(gui_shop.shop, fmt())
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_order()
    qtbot.waitExposed(dialog)
    choose_customer(qtbot, dialog, "Zoë")
    enter_code(qtbot, dialog, "4006381333931")
    assert not dialog.surplus_note.isVisible()
    with qtbot.waitSignal(dialog.changed):
        click_ok(qtbot, dialog)
    assert dialog.handover_dialog is None
