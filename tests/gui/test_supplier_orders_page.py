"""The Supplier orders page: the list, a draft's editor, sending (with the below-minimum
confirmation), and cancel / close short putting customers back to waiting."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.models.supplier_order_model import FOR_CUSTOMERS, NUMBER, STATUS, UNITS
from jitdesk.gui.pages.supplier_orders_page import SupplierOrdersPage
from jitdesk.services.planning import commit_plan
from jitdesk.services.supplier_orders import mark_sent
from tests.gui.plan_fixtures import fmt, make_plan_shop, waiting


@pytest.fixture
def ps(gui_shop):
    data = make_plan_shop(gui_shop)
    result = commit_plan(data.shop)
    data.so_id = result.created[0][0]
    return data


@pytest.fixture
def questions(monkeypatch):
    """Answer Yes to every confirmation, remembering what it asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_page(qtbot, shop, so_id: int | None = None) -> SupplierOrdersPage:
    page = SupplierOrdersPage(shop, fmt())
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    if so_id is not None:
        page.open_target(so_id)
    return page


def test_list_and_detail_show_each_line_with_its_customers(qtbot, ps):
    page = open_page(qtbot, ps.shop, ps.so_id)
    assert page.model.rowCount() == 1
    assert page.model.index(0, NUMBER).data() == "P-2026-0001"
    assert page.model.index(0, STATUS).data() == "Draft · below minimum"
    detail = page.detail
    assert detail.title.text() == "P-2026-0001 · Alpine Parts"
    assert detail.lines.index(0, UNITS).data() == "2 × 4 = 8"
    customers = detail.lines.index(0, FOR_CUSTOMERS).data()
    assert f"{ps.zoe_number} Zoë Ångström (3)" in customers
    assert "3 spare (surplus)" in customers
    assert ps.dimitris_number in detail.line_customers.text()
    assert detail.flag.text().startswith("Below the minimum of €100.00")
    assert detail.send_button.isEnabled() and detail.quantity_button.isEnabled()
    assert not detail.close_short_button.isEnabled()
    # the "late" and "sent" filters hide a draft; searching by number finds it
    page.status.setCurrentIndex(page.status.findText("Late"))
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 orders"
    page.status.setCurrentIndex(page.status.findText("All orders"))
    page.search.setText("0001")
    page.apply_filter()
    assert page.model.rowCount() == 1


def test_send_below_minimum_needs_send_anyway_then_locks(qtbot, ps, monkeypatch):
    previewed, printed = [], []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: previewed.append(self.path) or 0)
    monkeypatch.setattr(PdfPreviewDialog, "print_", lambda self: printed.append(self.path) or True)
    page = open_page(qtbot, ps.shop, ps.so_id)
    dialog = page.detail.send()
    qtbot.waitExposed(dialog)
    dialog.preview_button.click()
    assert previewed and previewed[0].exists() and previewed[0].name.startswith("P-2026-0001")
    dialog.print_button.click()
    assert printed == previewed  # the same generated PDF
    assert "below Alpine Parts's minimum order of €100.00" in dialog.minimum_message.text()
    assert not dialog.sent_button.isEnabled()  # not without "send anyway"
    assert "Send anyway" in dialog.sent_button.toolTip()  # and it says so
    dialog.send_anyway.setChecked(True)
    assert dialog.sent_button.isEnabled()
    with qtbot.waitSignal(page.changed):
        dialog.sent_button.click()
    status = ps.shop.db.execute("SELECT status FROM supplier_orders").fetchone()[0]
    assert status == "sent"
    detail = page.detail
    assert page.model.index(0, STATUS).data() == "Sent"
    assert detail.lock_note.isVisible()
    assert "can no longer be changed" in detail.lock_note.text()
    for button in (detail.quantity_button, detail.remove_button, detail.move_button):
        assert not button.isEnabled()
    assert detail.notes.isReadOnly() and not detail.send_button.isEnabled()
    assert detail.close_short_button.isEnabled() and detail.receive_button.isEnabled()


def test_send_at_or_above_minimum_needs_no_confirmation(qtbot, ps, monkeypatch):
    page = open_page(qtbot, ps.shop, ps.so_id)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (16, True))
    page.detail.change_quantity()  # 16 x 6.25 = 100.00: at the minimum
    dialog = page.detail.send()
    assert dialog.send_anyway.isHidden() and dialog.sent_button.isEnabled()
    dialog.sent_button.click()
    assert ps.shop.db.execute("SELECT status FROM supplier_orders").fetchone()[0] == "sent"


def test_reducing_a_draft_line_says_who_waits_again(qtbot, ps, monkeypatch):
    page = open_page(qtbot, ps.shop, ps.so_id)
    messages = []
    page.statusMessage.connect(messages.append)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    page.detail.quantity_button.click()
    assert page.detail.lines.index(0, UNITS).data() == "3 (pack of 4)"
    assert messages and "Back to waiting: 2 for " + ps.dimitris_number in messages[0]
    assert waiting(ps.shop, ps.dimitris_order) == 2 and waiting(ps.shop, ps.zoe_order) == 0


def test_cancel_a_draft_puts_its_customers_back_to_waiting(qtbot, ps, questions):
    page = open_page(qtbot, ps.shop, ps.so_id)
    with qtbot.waitSignal(page.changed):
        page.detail.cancel_button.click()
    assert "These customers go back to waiting" in questions[0]
    assert "Zoë Ångström" in questions[0] and "Δημήτρης Παπαδόπουλος" in questions[0]
    assert waiting(ps.shop, ps.zoe_order) == 3 and waiting(ps.shop, ps.dimitris_order) == 2
    # the default view shows open orders only: the cancelled one is gone from it
    assert page.model.rowCount() == 0
    assert page.detail.title.text() == "No supplier order selected"


def test_close_short_a_sent_order_lists_and_releases_customers(qtbot, ps, questions):
    mark_sent(ps.shop, ps.so_id, allow_below_minimum=True)
    page = open_page(qtbot, ps.shop, ps.so_id)
    assert page.detail.cancel_button.isEnabled()  # a sent order can still be cancelled
    with qtbot.waitSignal(page.changed):
        page.detail.close_short_button.click()
    assert ps.zoe_number in questions[0] and ps.dimitris_number in questions[0]
    status = ps.shop.db.execute("SELECT status FROM supplier_orders").fetchone()[0]
    assert status == "closed short"
    assert waiting(ps.shop, ps.zoe_order) == 3 and waiting(ps.shop, ps.dimitris_order) == 2


def test_receive_goes_to_the_receiving_page(qtbot, ps):
    mark_sent(ps.shop, ps.so_id, allow_below_minimum=True)
    page = open_page(qtbot, ps.shop, ps.so_id)
    with qtbot.waitSignal(page.navigate) as nav:
        page.detail.receive_button.click()
    assert nav.args == ["receiving", ps.so_id]


def test_a_line_for_hundreds_of_orders_collapses_and_lists_all_in_a_scrolling_area(qtbot, ps):
    """The lines cell names the first order and counts the rest; selecting the line shows
    every order below the table in a few lines' space that scrolls, so the table keeps its
    room."""
    page = open_page(qtbot, ps.shop, ps.so_id)
    detail = page.detail
    line = detail.detail.lines[0]
    template = line.customers[0]
    many = [dataclasses.replace(template, order_number=f"C-2026-{n:04d}") for n in range(1, 234)]
    detail.lines.set_lines([dataclasses.replace(line, customers=many)])
    detail.table.selectRow(0)
    cell = detail.lines.index(0, FOR_CUSTOMERS).data()
    assert cell.startswith("C-2026-0001 and 232 more")
    full = detail.line_customers.text()
    assert "C-2026-0001" in full and "C-2026-0233" in full
    qtbot.waitUntil(lambda: detail.line_customers.is_capped())
    spacing = detail.line_customers.fontMetrics().lineSpacing()
    assert detail.line_customers.height() <= 5 * spacing
    assert detail.table.height() >= 6 * spacing
    bar = detail.line_customers.verticalScrollBar()
    assert bar.maximum() > 0  # the rest of the list is a scroll away
