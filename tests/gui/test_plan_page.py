"""The Plan page as the owner uses it: the consolidation board, the supplier override and
"Create drafts", asserting what the board shows and what the shop file then holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jitdesk.gui.models.plan_model import (
    CUSTOMERS,
    FLAG,
    LINE,
    ORDER,
    PRODUCT,
    QUANTITY,
    SURPLUS,
    WHY,
)
from jitdesk.gui.pages.plan_page import PlanPage
from tests.gui.plan_fixtures import fmt, make_plan_shop, waiting


@pytest.fixture
def ps(gui_shop):
    return make_plan_shop(gui_shop)


def open_page(qtbot, shop) -> PlanPage:
    page = PlanPage(shop, fmt())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    wait_planned(qtbot, page)
    return page


def wait_planned(qtbot, page: PlanPage) -> None:
    qtbot.waitUntil(lambda: page.plan is not None and not page.is_planning(), timeout=10_000)


def board(page: PlanPage) -> list[tuple[str, dict[int, str]]]:
    """Every row of the board as (kind, texts), depth first."""
    rows = []
    model = page.model

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node = model.node(index)
            texts = {
                c: model.index(row, c, parent).data() or "" for c in range(model.columnCount())
            }
            rows.append((node.kind, texts))
            walk(index)

    walk(model.index(-1, -1))
    return rows


def test_board_shows_the_consolidated_line_with_rounding_customers_and_minimum_flag(qtbot, ps):
    page = open_page(qtbot, ps.shop)
    rows = board(page)
    orders = [t[PRODUCT] for kind, t in rows if kind == ORDER]
    assert len(orders) == 1
    assert orders[0].startswith("Alpine Parts — new order")
    assert "€50.00" in orders[0]  # 8 units at 6.25
    flags = [t[PRODUCT] for kind, t in rows if kind == FLAG]
    assert flags and "Below the minimum of €100.00" in flags[0]
    assert "hold the draft or send anyway" in flags[0]
    lines = [t for kind, t in rows if kind == LINE]
    assert len(lines) == 1  # both customers' pads in one consolidated line
    line = lines[0]
    assert line[PRODUCT] == "BRK-100 Brake pads Shimano B01S"
    assert line[QUANTITY] == "8" and line[SURPLUS] == "3"
    assert "= 5 needed" in line[WHY] and "pack of 4 -> 2 packs = 8" in line[WHY]
    assert ps.zoe_number in line[CUSTOMERS] and "Zoë Ångström (3)" in line[CUSTOMERS]
    assert "Δημήτρης Παπαδόπουλος (2)" in line[CUSTOMERS]
    # the selected line's full explanation and customers are spelled out under the board
    assert "3 surplus" in page.why_label.text()
    assert ps.dimitris_number in page.customers_label.text()
    assert page.commit_button.isEnabled()
    assert "below the supplier minimum" in page.summary.text()


def test_unplannable_lines_are_listed(qtbot, ps, gui_shop):
    from jitdesk.domain.models import OfferInput, OrderInput, OrderLineInput
    from jitdesk.services.catalog import set_offer
    from jitdesk.services.orders import create_order

    bell = gui_shop.products["NOOFFER"]
    set_offer(ps.shop, OfferInput(bell, ps.nordic, unit_cost=400))
    customer = gui_shop.customers["Иван Петров"]
    create_order(ps.shop, OrderInput(customer, [OrderLineInput(bell, 1)]))
    set_offer(ps.shop, OfferInput(bell, ps.nordic, unit_cost=400, active=False))  # withdrawn
    page = open_page(qtbot, ps.shop)
    rows = board(page)
    sections = [t[PRODUCT] for kind, t in rows if kind == "section"]
    assert "Cannot be ordered: no supplier offer" in sections
    assert any("Иван Петров" in t[CUSTOMERS] and "NOOFFER" in t[PRODUCT] for _, t in rows)


def test_choosing_another_supplier_replans_the_line(qtbot, ps):
    page = open_page(qtbot, ps.shop)
    combo = page.supplier_combo
    assert combo.isEnabled() and combo.count() == 2
    row = combo.findData(ps.nordic)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    wait_planned(qtbot, page)
    orders = [t[PRODUCT] for kind, t in board(page) if kind == ORDER]
    assert len(orders) == 1 and orders[0].startswith("Nordic Cycles — new order")
    line = next(t for kind, t in board(page) if kind == LINE)
    assert line[QUANTITY] == "5" and line[SURPLUS] == "0"  # sold singly: no rounding
    assert page.overrides == {ps.brake: ps.nordic}
    assert page.reset_button.isEnabled()
    # committing keeps the override: the draft goes to Nordic
    page.commit_button.click()
    wait_planned(qtbot, page)
    row = ps.shop.db.execute(
        "SELECT s.name FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id"
    ).fetchall()
    assert [r[0] for r in row] == ["Nordic Cycles"]


def test_override_through_the_supplier_column_editor(qtbot, ps):
    page = open_page(qtbot, ps.shop)
    index = page.model.line_index(ps.brake).siblingAtColumn(7)
    assert page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.model.setData(index, ps.nordic, Qt.ItemDataRole.EditRole)
    wait_planned(qtbot, page)
    assert page.model.node(page.model.order_rows()[0]).supplier_id == ps.nordic


def test_create_drafts_then_nothing_to_order(qtbot, ps):
    page = open_page(qtbot, ps.shop)
    messages = []
    page.statusMessage.connect(messages.append)
    with qtbot.waitSignal(page.changed) as changed:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert changed.args[0].supplier_orders
    assert messages and "created P-2026-0001" in messages[0]
    wait_planned(qtbot, page)
    assert page.board.currentWidget() is page.empty
    assert page.empty.text() == "Nothing to order"
    assert page.summary.text().startswith("Nothing to order")
    assert not page.commit_button.isEnabled()
    drafts = ps.shop.db.execute("SELECT number, status FROM supplier_orders ORDER BY id").fetchall()
    assert [tuple(r) for r in drafts] == [("P-2026-0001", "draft")]
    assert waiting(ps.shop, ps.zoe_order) == 0 and waiting(ps.shop, ps.dimitris_order) == 0
    # F5 plans again: still nothing (planning is idempotent)
    qtbot.keyClick(page.tree, Qt.Key.Key_F5)
    wait_planned(qtbot, page)
    assert page.board.currentWidget() is page.empty
    count = ps.shop.db.execute("SELECT COUNT(*) FROM supplier_orders").fetchone()[0]
    assert count == 1


def test_the_created_drafts_stay_in_a_results_panel_with_links(qtbot, ps):
    page = open_page(qtbot, ps.shop)
    assert page.results.isHidden()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_planned(qtbot, page)
    assert page.results.isVisible()  # still there after planning again
    assert "created P-2026-0001" in page.results.message.text()
    assert ">P-2026-0001</a>" in page.results.links.text()
    so_id = ps.shop.db.execute("SELECT id FROM supplier_orders").fetchone()[0]
    with qtbot.waitSignal(page.navigate) as opened:
        page.results.open_link(0)
    assert tuple(opened.args) == ("supplier_orders", so_id)
    page.results.close_button.click()
    assert page.results.isHidden()
