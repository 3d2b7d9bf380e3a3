"""The supplier order lifecycle: edit drafts, send (then locked), cancel, close short, late."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import planning
from jitdesk.services import supplier_orders as so
from jitdesk.services.today import today_overview
from jitdesk.store.events import events_for

from .planning_helpers import World, make_world


@pytest.fixture
def w(tmp_path) -> World:
    world = make_world(tmp_path)
    yield world
    world.shop.close()


@pytest.fixture
def planned(w):
    """Ana (older) and Jörg both want chains: one Acme draft P-2026-0001, line of 12 (3 + 4)."""
    ana = w.order("ana", ("chain", 3))
    jorg = w.order("jorg", ("chain", 4))
    planning.commit_plan(w.shop)
    line_id = so.supplier_order_detail(w.shop, 1).lines[0].id
    return ana, jorg, line_id


def status(w: World, so_id: int) -> str:
    return w.shop.db.execute("SELECT status FROM supplier_orders WHERE id = ?", [so_id]).fetchone()[
        0
    ]


def receive(w: World, so_id: int, line_id: int, quantity: int, customer_line_id: int) -> None:
    """A partial delivery allocated to one covered customer line (rows as receiving writes them;
    the receiving service is built elsewhere)."""
    db = w.shop.db
    with w.shop.transaction():
        rid = (
            db["receipts"]
            .insert({"supplier_order_id": so_id, "received_on": "2026-11-30", "created_at": "x"})
            .last_pk
        )
        product = db.execute(
            "SELECT product_id FROM supplier_order_lines WHERE id = ?", [line_id]
        ).fetchone()[0]
        db["receipt_lines"].insert(
            {
                "receipt_id": rid,
                "supplier_line_id": line_id,
                "product_id": product,
                "quantity": quantity,
            }
        )
        cov = db.execute(
            "SELECT id FROM coverage WHERE supplier_line_id = ? AND customer_line_id = ?",
            [line_id, customer_line_id],
        ).fetchone()[0]
        db["allocations"].insert(
            {
                "customer_line_id": customer_line_id,
                "product_id": product,
                "quantity": quantity,
                "receipt_id": rid,
                "coverage_id": cov,
                "created_at": "x",
            }
        )
        db["supplier_orders"].update(so_id, {"status": "partially received"})


def test_detail_shows_which_customers_each_line_serves(w, planned):
    ana, jorg, _ = planned
    detail = so.supplier_order_detail(w.shop, 1)
    assert (detail.number, detail.status, detail.value) == ("P-2026-0001", "draft", 12 * 1200)
    (line,) = detail.lines
    assert (line.quantity, line.covered, line.uncovered, line.received) == (12, 7, 5, 0)
    assert [(c.order_number, c.customer_name, c.quantity) for c in line.customers] == [
        (ana.number, "Ana", 3),
        (jorg.number, "Jörg", 4),
    ]
    listed = so.list_supplier_orders(w.shop)
    assert [(r.number, r.supplier_name, r.value, r.below_minimum) for r in listed] == [
        ("P-2026-0001", "Acme", 14400, False)
    ]


def test_reducing_below_coverage_releases_the_newest_customer_and_says_so(w, planned):
    ana, jorg, line_id = planned
    result = so.set_line_quantity(w.shop, line_id, 5)
    assert [(r.order_number, r.customer_name, r.quantity) for r in result.released] == [
        (jorg.number, "Jörg", 2)
    ]
    assert "Back to waiting: 2 for C-2026-0002 (Jörg)" in result.message
    assert w.waiting(jorg.order_id) == 2 and w.waiting(ana.order_id) == 0
    assert jorg.order_id in result.changes.customer_orders
    assert events_for(w.shop.db, "customer_order", jorg.order_id)[-1]["action"] == "waiting again"
    # the next plan orders Jörg's 2 units again, into the same draft line
    (order,) = planning.make_plan(w.shop).orders
    assert order.draft_number == "P-2026-0001"
    assert [(c.order_number, c.quantity) for c in order.lines[0].covers] == [(jorg.number, 2)]


def test_increasing_a_line_keeps_the_customers(w, planned):
    _, _, line_id = planned
    result = so.set_line_quantity(w.shop, line_id, 18)
    assert result.released == []
    assert so.supplier_order_detail(w.shop, 1).lines[0].quantity == 18


def test_removing_a_line_puts_its_customers_back_to_waiting(w, planned):
    ana, jorg, line_id = planned
    result = so.remove_line(w.shop, line_id)
    assert {(r.order_number, r.quantity) for r in result.released} == {
        (ana.number, 3),
        (jorg.number, 4),
    }
    assert so.supplier_order_detail(w.shop, 1).lines == []
    assert w.waiting(ana.order_id) == 3 and w.waiting(jorg.order_id) == 4
    with pytest.raises(DomainError, match="has no lines"):
        so.mark_sent(w.shop, 1, allow_below_minimum=True)


def test_move_line_to_another_supplier_keeps_its_customers(w):
    ana = w.order("ana", ("tyre", 2), ("chain", 10))  # tyre goes to Acme (cheaper, in time)
    planning.commit_plan(w.shop)
    tyre_line = next(ln for ln in so.supplier_order_detail(w.shop, 1).lines if ln.sku == "TY-1")

    result = so.move_line(w.shop, tyre_line.id, w.ids["fast"])

    assert result.released == []
    assert result.supplier_order_id == 2
    moved = so.supplier_order_detail(w.shop, 2)
    assert (moved.number, moved.header.supplier_name) == ("P-2026-0002", "Fast")
    (line,) = moved.lines
    assert (line.supplier_sku, line.unit_cost, line.quantity) == ("F-TY", 950, 2)
    assert [(c.order_number, c.quantity) for c in line.customers] == [(ana.number, 2)]
    assert [ln.sku for ln in so.supplier_order_detail(w.shop, 1).lines] == ["CH-1"]
    assert w.waiting(ana.order_id) == 0
    assert planning.make_plan(w.shop).is_empty


def test_move_line_merges_into_the_target_draft_line(w):
    w.order("ana", ("tyre", 1))  # promised Fri: Fast
    jorg = w.order("jorg", ("tyre", 2), ("chain", 10))  # promised Wed: Acme
    planning.commit_plan(w.shop)
    acme_tyre = next(ln for ln in so.supplier_order_detail(w.shop, 1).lines if ln.sku == "TY-1")
    so.move_line(w.shop, acme_tyre.id, w.ids["fast"])
    (fast_line,) = so.supplier_order_detail(w.shop, 2).lines
    assert fast_line.quantity == 3
    assert sorted(c.quantity for c in fast_line.customers) == [1, 2]
    assert w.waiting(jorg.order_id) == 0


def test_move_line_needs_an_offer(w, planned):
    _, _, line_id = planned
    with pytest.raises(DomainError, match="Fast has no active offer for CH-1"):
        so.move_line(w.shop, line_id, w.ids["fast"])
    with pytest.raises(ValidationError, match="already ordered from Acme"):
        so.move_line(w.shop, line_id, w.ids["acme"])


def test_send_below_minimum_needs_confirmation_then_order_is_locked(w):
    ana = w.order("ana", ("lamp", 2))  # 40.00 at Acme, minimum 100.00
    planning.commit_plan(w.shop)
    with pytest.raises(DomainError, match="below Acme's minimum order of €100.00"):
        so.mark_sent(w.shop, 1)
    assert status(w, 1) == "draft"

    so.mark_sent(w.shop, 1, allow_below_minimum=True)

    header = so.supplier_order_detail(w.shop, 1).header
    assert (header.status, header.sent_at) == ("sent", "2026-11-25T10:00:00+00:00")
    line_id = so.supplier_order_detail(w.shop, 1).lines[0].id
    for edit in (
        lambda: so.set_line_quantity(w.shop, line_id, 1),
        lambda: so.remove_line(w.shop, line_id),
        lambda: so.move_line(w.shop, line_id, w.ids["fast"]),
        lambda: so.set_notes(w.shop, 1, "please hurry"),
    ):
        with pytest.raises(DomainError, match="P-2026-0001 was sent and is locked"):
            edit()
    with pytest.raises(DomainError, match="already sent|cannot become sent"):
        so.mark_sent(w.shop, 1)
    assert w.covered(ana.order_id) == 2
    assert events_for(w.shop.db, "supplier_order", 1)[-1]["action"] == "sent"


def test_notes_on_a_draft(w, planned):
    so.set_notes(w.shop, 1, "Deliver to the back door")
    assert so.supplier_order_detail(w.shop, 1).header.notes == "Deliver to the back door"


@pytest.mark.parametrize("send_first", [False, True])
def test_cancel_releases_coverage_and_the_next_plan_reorders(w, planned, send_first):
    ana, jorg, _ = planned
    if send_first:
        so.mark_sent(w.shop, 1)
    result = so.cancel_supplier_order(w.shop, 1, "wrong supplier")
    assert status(w, 1) == "cancelled"
    assert {(r.order_number, r.quantity) for r in result.released} == {
        (ana.number, 3),
        (jorg.number, 4),
    }
    assert w.waiting(ana.order_id) == 3 and w.waiting(jorg.order_id) == 4
    (order,) = planning.make_plan(w.shop).orders
    assert order.draft_id is None  # a cancelled order never takes new lines
    with pytest.raises(DomainError, match="cancelled and can no longer be changed"):
        so.set_notes(w.shop, 1, "x")


def test_close_short_puts_the_missing_units_back_to_waiting(w, planned):
    ana, jorg, line_id = planned
    so.mark_sent(w.shop, 1)
    receive(w, 1, line_id, 3, w.line_id(ana.order_id))  # only Ana's 3 chains came

    with pytest.raises(DomainError, match="close it short"):
        so.cancel_supplier_order(w.shop, 1)
    result = so.close_short(w.shop, 1, "supplier ran out")

    assert status(w, 1) == "closed short"
    assert [(r.order_number, r.quantity) for r in result.released] == [(jorg.number, 4)]
    assert w.waiting(ana.order_id) == 0 and w.waiting(jorg.order_id) == 4
    (order,) = planning.make_plan(w.shop).orders
    assert [(c.order_number, c.quantity) for c in order.lines[0].covers] == [(jorg.number, 4)]


def test_close_short_only_for_sent_orders(w, planned):
    with pytest.raises(DomainError, match="only a sent or partially received order"):
        so.close_short(w.shop, 1)


def test_late_supplier_orders_list_the_customers_to_tell(w, planned):
    ana, jorg, _ = planned
    so.mark_sent(w.shop, 1)
    assert today_overview(w.shop).late == []  # expected Tue 1 Dec
    w.shop._clock = lambda: datetime(2026, 12, 4, 10, tzinfo=UTC)

    (late,) = today_overview(w.shop).late

    assert (late.number, late.supplier_name, late.days_late) == ("P-2026-0001", "Acme", 3)
    assert [(a.number, a.customer_name, a.phone, a.units) for a in late.affected] == [
        (ana.number, "Ana", "0151 1", 3),
        (jorg.number, "Jörg", "0151 2", 4),
    ]
    assert so.list_supplier_orders(w.shop)[0].late
