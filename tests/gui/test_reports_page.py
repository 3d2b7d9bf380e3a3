"""Reports page (worker-computed figures, charts, monthly PDF), the Today page's margin card
and the order dialog's observed lead-time note, on small shops with known numbers.

The shop (tests/gui/conftest.py, today 2026-11-25): Zoë orders 2 x BRK-100 at 12.50 with a
5.00 deposit, then Alpine Parts raises the pads' cost from 6.25 to 12.00: the order is
quoted 25.00, costs 24.00 now, margin 1.00 / 25.00 = 4 %, below the 10 % threshold.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from jitdesk.domain.models import OfferInput, OrderInput, OrderLineInput
from jitdesk.gui.dialogs.order_dialog import OrderDialog
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.reports_page import MAX_TABLE_ROWS, ReportsPage
from jitdesk.gui.pages.today_page import MARGINS, TodayPage
from jitdesk.gui.widgets.bar_chart import BarChart
from jitdesk.services import catalog
from jitdesk.services import reports as svc
from jitdesk.services.orders import create_order


def fmt() -> ShopFormat:
    return ShopFormat("en_GB", "EUR")


def supplier_id(shop, name: str) -> int:
    return shop.db.execute("SELECT id FROM suppliers WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def squeezed(gui_shop):
    """gui_shop plus one order whose margin fell to 4 % after a cost rise."""
    shop = gui_shop.shop
    brk = gui_shop.products["BRK-100"]
    order = create_order(
        shop,
        OrderInput(gui_shop.customers["Zoë Ångström"], [OrderLineInput(brk, 2, 1250)], deposit=500),
    )
    catalog.set_offer(
        shop, OfferInput(brk, supplier_id(shop, "Alpine Parts"), 1200, supplier_sku="BRK-100")
    )
    gui_shop.order_id = order.order_id
    gui_shop.order_number = order.number
    return gui_shop


def open_reports(qtbot, shop) -> ReportsPage:
    page = ReportsPage(shop, fmt())
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=10_000)
    return page


def show_report(qtbot, page: ReportsPage, key: str):
    """Click a report's tab and wait until its figures are in."""
    tab = page.show_report(key)
    qtbot.waitUntil(lambda: not page.is_computing() and tab.data is not None, timeout=10_000)
    return tab


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]  # fmt: skip


def test_the_page_opens_on_cash_and_computes_each_report_when_its_tab_is_shown(qtbot, squeezed):
    page = ReportsPage(squeezed.shop, fmt())
    qtbot.addWidget(page)
    page.show()
    assert page.summary.text() == "Computing “Cash and waste”…"
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=10_000)
    assert page.summary.text() == "As of Wednesday, 25 November 2026"
    cash = dict(map(tuple, cells(page.tables["cash"])))
    assert cash["Deposits held"] == "€5.00"
    assert cash["Balance due on ready orders"] == "€0.00"
    assert page.report_tabs["margins"].data is None  # not computed before its tab is shown
    assert cells(page.tables["margins"]) == []

    tab = show_report(qtbot, page, "margins")
    assert cells(page.tables["margins"]) == [
        [squeezed.order_number, "Zoë Ångström", "€25.00", "€24.00", "4 %", "€5.00", "BRK-100"]
    ]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "&Margins (1)"
    with qtbot.waitSignal(page.navigate) as opened:  # Enter on the row opens the order
        tab.view.setCurrentIndex(page.tables["margins"].index(0, 0))
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tuple(opened.args) == ("orders", squeezed.order_id)
    show_report(qtbot, page, "suppliers")
    suppliers = [row[0] for row in cells(page.tables["suppliers"])]
    assert suppliers == ["Alpine Parts", "Nordic Cycles"]
    show_report(qtbot, page, "risk")
    assert cells(page.tables["risk"]) == []
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Orders at &risk (0)"


def test_an_order_at_risk_and_a_new_figure_after_reload(qtbot, squeezed):
    page = open_reports(qtbot, squeezed.shop)
    show_report(qtbot, page, "risk")
    # The order is promised for a date the supplier cannot make any more: move it to today.
    squeezed.shop.db.execute(
        "UPDATE customer_orders SET promised_date = '2026-11-26' WHERE id = ?",
        [squeezed.order_id],
    )
    page.reload()
    assert page.is_computing()
    qtbot.waitUntil(lambda: not page.is_computing(), timeout=10_000)
    assert cells(page.tables["risk"]) == [
        [squeezed.order_number, "Zoë Ångström", "26/11/2026", "1", "2"]
    ]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Orders at &risk (1)"
    assert page.report_tabs["margins"].stale  # read again only when shown


def test_a_long_report_shows_its_first_rows_and_saves_all_as_csv(
    qtbot, squeezed, monkeypatch, tmp_path
):
    page = open_reports(qtbot, squeezed.shop)
    tab = show_report(qtbot, page, "risk")
    many = [
        svc.AtRiskOrder(i, f"C-2026-{i:04d}", "Zoë", "2026-11-01", "2026-11-26", 1, 1, 0)
        for i in range(MAX_TABLE_ROWS + 5)
    ]
    page._fill_risk(tab, (many[:MAX_TABLE_ROWS], len(many)))
    assert page.tables["risk"].rowCount() == MAX_TABLE_ROWS
    assert (
        tab.note.text()
        == f"Showing the first {MAX_TABLE_ROWS} of 205; “Save as CSV…” writes them all."
    )

    target = tmp_path / "risk.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.statusMessage) as said:
        page.csv_button.click()
    assert said.args[0] == f"0 rows saved to {target}"  # the shop itself: nothing at risk
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == (
        "order,customer,order_date,promised_date,days_left,units_short,not_ordered"
    )


def test_a_report_that_cannot_be_saved_says_so_in_one_sentence(
    qtbot, squeezed, monkeypatch, tmp_path
):
    page = open_reports(qtbot, squeezed.shop)
    missing = tmp_path / "no such folder" / "cash.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    page.csv_button.click()
    assert len(shown) == 1 and shown[0].startswith("The report could not be saved to")
    assert not missing.parent.exists()


def test_monthly_pdf_preview_opens_a_file_that_exists(qtbot, squeezed, monkeypatch):
    page = open_reports(qtbot, squeezed.shop)
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.path) or 0)
    page.print_button.click()
    assert len(shown) == 1
    assert shown[0].exists() and shown[0].stat().st_size > 1000
    assert shown[0].read_bytes().startswith(b"%PDF")


def test_charts_paint_bars_and_whole_value_labels(qtbot, squeezed):
    page = open_reports(qtbot, squeezed.shop)
    for key in page.charts:
        show_report(qtbot, page, key)
    assert not page.grab().isNull()
    for chart in page.charts.values():
        assert not chart.grab().isNull()  # empty charts say "Nothing yet"
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 80)
    chart.set_data(
        [("Alpine Parts", 12.0), ("Nordic Cycles", 3.0)], lambda v: f"{v:.1f} days to ready"
    )
    image = chart.grab().toImage()
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    row_y = 4 + 11  # middle of the first bar
    bar_pixels = [x for x in range(image.width()) if QColor(image.pixel(x, row_y)) == highlight]
    assert len(bar_pixels) > 100
    # The longest bar ends early enough for its whole value text to fit.
    text_width = chart.fontMetrics().horizontalAdvance("12.0 days to ready")
    assert max(bar_pixels) + 6 + text_width <= chart.width()


def test_every_table_and_chart_has_an_accessible_name(qtbot, squeezed):
    page = open_reports(qtbot, squeezed.shop)
    views = page.findChildren(QTableView)
    assert len(views) == 6
    assert all(v.accessibleName() for v in views)
    assert all(c.accessibleName() for c in page.charts.values())


# -- Today: margins under pressure ------------------------------------------------------------


def test_today_lists_margins_under_pressure_and_opens_the_order(qtbot, squeezed):
    page = TodayPage(squeezed.shop, fmt())
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    card = page.sections[MARGINS]
    qtbot.waitUntil(lambda: card.heading.text() == "Margins under pressure (1)")
    assert card.texts() == [
        f"{squeezed.order_number} · Zoë Ångström\n"
        "Quoted €25.00 · cost now €24.00 · margin 4 % · deposit held €5.00"
    ]
    label, button = card.rows[0]
    with qtbot.waitSignal(page.navigate) as signal:
        button.click()
    assert tuple(signal.args) == ("orders", squeezed.order_id)


def test_today_margin_card_says_nothing_to_do_without_squeeze(qtbot, gui_shop):
    page = TodayPage(gui_shop.shop, fmt())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    card = page.sections[MARGINS]
    qtbot.waitUntil(lambda: card.heading.text() == "Margins under pressure (0)")
    assert not card.action_button.isEnabled()


# -- order dialog: observed lead time ---------------------------------------------------------


def late_deliveries(shop, supplier: int, product: int, leads: list[int]) -> None:
    """Sent supplier orders received `leads` days after sending (direct rows: exact dates)."""
    db = shop.db
    for i, lead in enumerate(leads):
        sent = date(2026, 9, 1) + timedelta(days=7 * i)
        so = (
            db["supplier_orders"]
            .insert(
                {
                    "number": f"P-2026-9{i:03d}",
                    "supplier_id": supplier,
                    "status": "received",
                    "expected_date": (sent + timedelta(days=10)).isoformat(),
                    "created_at": sent.isoformat(),
                    "updated_at": sent.isoformat(),
                    "sent_at": f"{sent.isoformat()}T16:00:00+00:00",
                }  # fmt: skip
            )
            .last_pk
        )
        line = (
            db["supplier_order_lines"]
            .insert(
                {
                    "supplier_order_id": so,
                    "line_no": 1,
                    "product_id": product,
                    "unit_cost": 1749,
                    "quantity": 1,
                }  # fmt: skip
            )
            .last_pk
        )
        got = (sent + timedelta(days=lead)).isoformat()
        receipt = (
            db["receipts"]
            .insert({"supplier_order_id": so, "received_on": got, "created_at": got})
            .last_pk
        )
        db["receipt_lines"].insert(
            {
                "receipt_id": receipt,
                "supplier_line_id": line,
                "product_id": product,
                "quantity": 1,
            }  # fmt: skip
        )


def open_order_dialog(qtbot, shop) -> OrderDialog:
    dialog = OrderDialog(shop, fmt=fmt())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def add_product(qtbot, dialog: OrderDialog, code: str) -> None:
    from PySide6.QtCore import Qt

    dialog.product.edit.setText(code)
    qtbot.keyClick(dialog.product.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.sku == code for r in dialog.lines.rows))


def test_order_dialog_explains_a_promise_that_uses_the_observed_lead_time(qtbot, gui_shop):
    shop = gui_shop.shop
    nordic = supplier_id(shop, "Nordic Cycles")  # quotes 10 days
    late_deliveries(shop, nordic, gui_shop.products["CHN-11"], [14, 15, 14, 16, 13])  # median 14
    dialog = open_order_dialog(qtbot, shop)
    assert not dialog.lead_note.isVisible()

    add_product(qtbot, dialog, "BRK-100")  # Alpine Parts: no history, no note
    assert not dialog.lead_note.isVisible()
    add_product(qtbot, dialog, "CHN-11")

    assert dialog.lead_note.isVisible()
    assert dialog.lead_note.text() == (
        "Nordic Cycles usually delivers in 14 days, not the 10 quoted;"
        " the promised date uses what they really take."
    )


def test_four_late_deliveries_leave_the_order_dialog_quiet(qtbot, gui_shop):
    shop = gui_shop.shop
    late_deliveries(
        shop, supplier_id(shop, "Nordic Cycles"), gui_shop.products["CHN-11"], [14, 15, 14, 16]
    )
    dialog = open_order_dialog(qtbot, shop)
    add_product(qtbot, dialog, "CHN-11")
    assert not dialog.lead_note.isVisible()
    assert dialog.lead_note.text() == ""


def test_figures_are_right_aligned_and_counts_grouped_as_the_locale_writes_them(qtbot, squeezed):
    page = open_reports(qtbot, squeezed.shop)
    tab = show_report(qtbot, page, "margins")
    model = page.tables["margins"]
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.index(0, 2).data(align) & Qt.AlignmentFlag.AlignRight  # Quoted
    assert model.index(0, 1).data(align) & Qt.AlignmentFlag.AlignLeft  # Customer: text, left
    tab.show_rows([["x"] * 7], 28_766)
    assert tab.note.text() == "Showing the first 200 of 28,766; “Save as CSV…” writes them all."
