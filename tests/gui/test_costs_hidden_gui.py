"""Figures at cost on the pages: the owner sees unit costs, order values, surplus values and
margins; staff who may not see costs get the same pages without them (columns hidden, sentences
without the amounts), and the owner can allow them in Settings ▸ People."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from jitdesk.domain.permissions import OwnerAction, Role
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.models.plan_model import FLAG, ORDER, PRODUCT
from jitdesk.gui.models.supplier_order_model import STATUS, TOTAL, UNIT_COST, VALUE
from jitdesk.gui.pages import product_editor, surplus_page
from jitdesk.gui.pages.catalog_page import CatalogPage
from jitdesk.gui.pages.plan_page import PlanPage
from jitdesk.gui.pages.supplier_orders_page import SupplierOrdersPage
from jitdesk.gui.pages.surplus_page import SurplusPage
from jitdesk.gui.pages.today_page import DRAFTS, MARGINS, SURPLUS, TodayPage
from jitdesk.services import people
from jitdesk.services.planning import commit_plan
from tests.gui.plan_fixtures import make_plan_shop
from tests.gui.test_plan_page import board, wait_planned

FMT = ShopFormat("en_GB", "EUR")
HIDDEN_TIP = "Only the owner sees costs and margins"


def _received_surplus(shop, product_id: int, units: int, cost: int) -> None:
    """Units delivered that no customer line holds (rows written directly: a received order)."""
    db = shop.db
    with shop.transaction():
        supplier_id = db.execute("SELECT id FROM suppliers ORDER BY id LIMIT 1").fetchone()[0]
        so = db["supplier_orders"].insert({"number": "P-2025-0099", "supplier_id": supplier_id, "status": "received", "created_at": "2026-11-10T09:00:00+00:00", "updated_at": "2026-11-10T09:00:00+00:00"}).last_pk  # fmt: skip
        line = db["supplier_order_lines"].insert({"supplier_order_id": so, "line_no": 1, "product_id": product_id, "unit_cost": cost, "quantity": units}).last_pk  # fmt: skip
        receipt = db["receipts"].insert({"supplier_order_id": so, "received_on": "2026-11-15", "created_at": "2026-11-15T09:00:00+00:00"}).last_pk  # fmt: skip
        db["receipt_lines"].insert({"receipt_id": receipt, "supplier_line_id": line, "product_id": product_id, "quantity": units, "unit_cost": cost})  # fmt: skip


@pytest.fixture
def planned(gui_shop):
    """Olga the owner and Sam (staff); brake pads to order from Alpine, below its minimum."""
    data = make_plan_shop(gui_shop)
    people.add_person(data.shop, "Olga", "1111")
    people.add_person(data.shop, "Sam", "2222", Role.STAFF)
    return data


@pytest.fixture
def ps(planned, gui_shop):
    """...with the draft made, and ten tyres of surplus at 6.00."""
    planned.so_id = commit_plan(planned.shop).created[0][0]
    _received_surplus(planned.shop, gui_shop.products["TYR-700"], 10, 600)
    return planned


def as_(shop, who: str):
    people.sign_in(shop, who, {"Olga": "1111", "Sam": "2222"}[who])
    return shop


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_surplus_page_shows_values_to_the_owner_only(qtbot, ps):
    owner = shown(qtbot, SurplusPage(as_(ps.shop, "Olga"), FMT))
    owner.reload()
    assert not owner.table.isColumnHidden(surplus_page.UNIT_COST)
    assert not owner.table.isColumnHidden(surplus_page.VALUE)
    assert owner.total_label.text() == "1 product, 10 units of surplus worth €60.00"
    staff = shown(qtbot, SurplusPage(as_(ps.shop, "Sam"), FMT))
    staff.reload()
    assert staff.table.isColumnHidden(surplus_page.UNIT_COST)
    assert staff.table.isColumnHidden(surplus_page.VALUE)
    assert not staff.table.isColumnHidden(surplus_page.QUANTITY)
    assert staff.total_label.text() == "1 product, 10 units of surplus"
    assert staff.total_label.toolTip().startswith(HIDDEN_TIP)


def test_staff_allowed_to_see_costs_see_them(qtbot, ps):
    people.set_staff_allowed(as_(ps.shop, "Olga"), [OwnerAction.COSTS_AND_MARGINS])
    page = shown(qtbot, SurplusPage(as_(ps.shop, "Sam"), FMT))
    page.reload()
    assert not page.table.isColumnHidden(surplus_page.VALUE)
    assert "worth €60.00" in page.total_label.text()


def test_supplier_orders_show_costs_and_values_to_the_owner_only(qtbot, ps):
    owner = shown(qtbot, SupplierOrdersPage(as_(ps.shop, "Olga"), FMT))
    owner.reload()
    owner.open_target(ps.so_id)
    assert not owner.table.isColumnHidden(VALUE)
    assert owner.model.index(0, VALUE).data() == "€50.00"
    detail = owner.detail
    assert not detail.table.isColumnHidden(UNIT_COST) and not detail.table.isColumnHidden(TOTAL)
    assert "Value: €50.00" in detail.info.text() and "€100.00" in detail.info.text()
    assert detail.flag.text().startswith("Below the minimum of €100.00")
    assert "€100.00" in owner.model.index(0, STATUS).data(3)  # the tooltip

    staff = shown(qtbot, SupplierOrdersPage(as_(ps.shop, "Sam"), FMT))
    staff.reload()
    staff.open_target(ps.so_id)
    assert staff.table.isColumnHidden(VALUE)
    detail = staff.detail
    qtbot.waitUntil(lambda: detail.lines.rowCount() == 1)
    assert detail.table.isColumnHidden(UNIT_COST) and detail.table.isColumnHidden(TOTAL)
    assert detail.info.text().startswith("Status: Draft · below minimum · Expected:")
    assert "€" not in detail.info.text()
    assert detail.flag.text() == "Below the supplier's minimum: hold the draft or send anyway."
    assert staff.model.index(0, STATUS).data(3) == "Below the supplier's minimum order."


@pytest.mark.parametrize("who", ["Olga", "Sam"])
def test_the_send_dialog_names_amounts_to_the_owner_only(qtbot, ps, who, monkeypatch):
    page = shown(qtbot, SupplierOrdersPage(as_(ps.shop, who), FMT))
    page.reload()
    page.open_target(ps.so_id)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = page.detail.send()
    qtbot.addWidget(dialog)
    texts = " ".join(
        w.text() for w in dialog.findChildren(type(dialog.minimum_message)) + [dialog.send_anyway]
    )
    summary = " ".join(label.text() for label in dialog.findChildren(type(page.count_label)))
    if who == "Olga":
        assert "value €50.00" in summary and "€100.00" in texts
    else:
        assert "€" not in summary + texts
        assert "below Alpine Parts's minimum order" in dialog.minimum_message.text()
        assert dialog.send_anyway.text() == "Send anyway, below the minimum"


def test_the_plan_board_shows_order_values_and_offer_costs_to_the_owner_only(qtbot, planned):
    ps = planned
    for who, costs in (("Olga", True), ("Sam", False)):
        page = shown(qtbot, PlanPage(as_(ps.shop, who), FMT))
        wait_planned(qtbot, page)
        rows = board(page)
        [order] = [t[PRODUCT] for kind, t in rows if kind == ORDER]
        [flag] = [t[PRODUCT] for kind, t in rows if kind == FLAG]
        assert ("€50.00" in order) is costs
        assert ("€100.00" in flag) is costs
        choices = [page.supplier_combo.itemText(i) for i in range(page.supplier_combo.count())]
        assert choices, "the line's supplier choices"
        assert all(("€" in c) is costs for c in choices)
        assert all("pack" in c for c in choices)


def test_the_product_editor_shows_offer_costs_to_the_owner_only(qtbot, ps, monkeypatch):
    for who, costs in (("Olga", True), ("Sam", False)):
        page = shown(qtbot, CatalogPage(as_(ps.shop, who), FMT))
        assert page.panel.select_id(ps.brake)
        editor = page.editor
        assert editor.offers.isColumnHidden(product_editor.UNIT_COST) is not costs
        assert editor.costs.isHidden() is not costs
        assert editor.costs_label.isHidden() is not costs
        opened = []
        monkeypatch.setattr(editor, "_open_offer", lambda offer, opened=opened: opened.append(1))
        editor.offers.activated.emit(editor.offers.model().index(0, 0))
        assert bool(opened) is costs  # staff cannot double-click into the offer's cost


def test_the_today_page_shows_values_and_margins_to_the_owner_only(qtbot, ps):
    for who, costs in (("Olga", True), ("Sam", False)):
        page = shown(qtbot, TodayPage(as_(ps.shop, who), FMT))
        qtbot.waitUntil(lambda page=page: not page.is_loading(), timeout=10_000)
        [(draft, _button)] = page.sections[DRAFTS].rows
        [(surplus, _button)] = page.sections[SURPLUS].rows
        assert ("€50.00" in draft.text()) is costs
        assert "Below the supplier's minimum order" in draft.text()
        assert ("€100.00" in draft.text()) is costs
        assert ("worth €60.00 at cost" in surplus.text()) is costs
        assert surplus.text().startswith("10 units of 1 product")
        assert page.sections[MARGINS].isHidden() is not costs


def test_the_reports_page_computes_nothing_at_cost_for_staff(qtbot, ps):
    from jitdesk.gui.pages.reports_page import ReportsPage

    shop = as_(ps.shop, "Sam")
    page = shown(qtbot, ReportsPage(shop, FMT))
    for key in page.report_tabs:
        index = page.tabs.indexOf(page.report_tabs[key])
        if page.tabs.isTabEnabled(index):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    refused = shop.db.execute("SELECT COUNT(*) FROM events WHERE action = 'refused'").fetchone()
    assert refused[0] == 0
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.report_tabs["cash"]))
