"""Planning through the services, on a real shop file (fixed clock: Wed 2026-11-25)."""

from __future__ import annotations

import pytest

from jitdesk import cli
from jitdesk.domain.errors import DomainError
from jitdesk.domain.models import OfferInput
from jitdesk.services import catalog, planning, supplier_orders
from jitdesk.store.events import events_for

from .planning_helpers import World, make_world


@pytest.fixture
def w(tmp_path) -> World:
    world = make_world(tmp_path)
    yield world
    world.shop.close()


def so_rows(w: World) -> list[dict]:
    return [dict(r) for r in w.shop.db.execute("SELECT * FROM supplier_orders ORDER BY id")]


def so_lines(w: World, so_id: int) -> list[dict]:
    return [
        dict(r)
        for r in w.shop.db.execute(
            "SELECT * FROM supplier_order_lines WHERE supplier_order_id = ? ORDER BY line_no",
            [so_id],
        )
    ]


def test_commit_creates_a_draft_that_serves_the_customers_and_replanning_does_nothing(w):
    ana = w.order("ana", ("chain", 3), ("tyre", 2))
    jorg = w.order("jorg", ("chain", 4))
    shown = planning.make_plan(w.shop)
    assert so_rows(w) == []  # showing a plan writes nothing

    result = planning.commit_plan(w.shop, shown)

    assert [n for _, n in result.created] == ["P-2026-0001"]
    assert not result.stale
    (order,) = so_rows(w)
    assert (order["status"], order["expected_date"]) == ("draft", "2026-12-01")
    chain, tyre = so_lines(w, order["id"])
    assert (chain["supplier_sku"], chain["description"], chain["unit_cost"]) == (
        "A-CH",
        "Chain",
        1200,
    )
    assert (chain["pack_size"], chain["quantity"]) == (6, 12)  # 7 needed, minimum 10, packs of 6
    assert tyre["quantity"] == 2
    assert w.waiting(ana.order_id) == 0 and w.covered(ana.order_id) == 5
    assert w.waiting(jorg.order_id) == 0

    again = planning.make_plan(w.shop)
    assert again.is_empty
    second = planning.commit_plan(w.shop)
    assert second.created == [] and second.updated == []
    assert len(so_rows(w)) == 1 and so_lines(w, order["id"])[0]["quantity"] == 12


def test_rounding_surplus_on_a_draft_is_used_before_ordering_more(w):
    w.order("ana", ("chain", 7))
    planning.commit_plan(w.shop)
    later = w.order("jorg", ("chain", 3))  # 5 spare units are already on the draft

    result = planning.make_plan(w.shop)
    assert result.orders == []
    assert [(u.order_number, u.quantity) for u in result.on_the_way_uses] == [(later.number, 3)]
    planning.commit_plan(w.shop)
    assert w.covered(later.order_id) == 3
    assert so_lines(w, 1)[0]["quantity"] == 12


def test_new_demand_consolidates_into_the_existing_draft_line(w):
    w.order("ana", ("chain", 10))
    planning.commit_plan(w.shop)
    later = w.order("jorg", ("chain", 5), ("bell", 30))

    shown = planning.make_plan(w.shop)
    (order,) = shown.orders
    assert order.draft_number == "P-2026-0001"
    chain_line = next(line for line in order.lines if line.product_id == w.ids["chain"])
    assert (chain_line.existing_quantity, chain_line.quantity) == (12, 18)
    assert chain_line.explanation().startswith("12 already on the draft + 3 for")

    result = planning.commit_plan(w.shop, shown)
    assert [n for _, n in result.updated] == ["P-2026-0001"] and result.created == []
    lines = so_lines(w, 1)
    assert [(ln["product_id"], ln["quantity"]) for ln in lines] == [
        (w.ids["chain"], 18),
        (w.ids["bell"], 30),
    ]
    assert w.waiting(later.order_id) == 0
    detail = supplier_orders.supplier_order_detail(w.shop, 1)
    served = {(c.order_number, c.quantity) for c in detail.lines[0].customers}
    assert served == {("C-2026-0001", 10), (later.number, 5)}


def test_sent_orders_are_never_touched(w):
    w.order("ana", ("chain", 10))
    planning.commit_plan(w.shop)
    supplier_orders.mark_sent(w.shop, 1, allow_below_minimum=True)
    before = so_lines(w, 1)
    w.order("jorg", ("chain", 5))

    result = planning.commit_plan(w.shop)

    assert [n for _, n in result.created] == ["P-2026-0002"]
    assert so_lines(w, 1) == before
    assert so_lines(w, 2)[0]["quantity"] == 12  # 5 needed, minimum 10, pack 6


def test_supplier_choice_cheapest_in_time_preferred_and_override(w):
    # alone, the tyre is promised for Fri 27 Nov: only Fast (dearer) arrives in time
    urgent = w.order("ana", ("tyre", 1))
    # with a chain from Acme the order is promised for Wed 2 Dec: Acme's cheaper tyre is in time
    relaxed = w.order("jorg", ("tyre", 1), ("chain", 10), ("lamp", 1))
    shown = planning.make_plan(w.shop)
    supplier_of = {
        c.order_number: order.supplier.name
        for order in shown.orders
        for line in order.lines
        if line.product_id == w.ids["tyre"]
        for c in line.covers
    }
    assert supplier_of == {urgent.number: "Fast", relaxed.number: "Acme"}
    lamp_line = next(ln for o in shown.orders for ln in o.lines if ln.product_id == w.ids["lamp"])
    assert lamp_line.offer.supplier_id == w.ids["acme"]  # preferred offer
    assert shown.late_lines == []

    overridden = planning.make_plan(w.shop, {w.ids["tyre"]: w.ids["acme"]})
    tyre_orders = {
        o.supplier.name
        for o in overridden.orders
        for ln in o.lines
        if ln.product_id == w.ids["tyre"]
    }
    assert tyre_orders == {"Acme"}
    assert [
        (late.order_number, late.expected_date.isoformat()) for late in overridden.late_lines
    ] == [(urgent.number, "2026-12-01")]
    planning.commit_plan(w.shop, overridden)
    assert {r["supplier_id"] for r in so_rows(w)} == {w.ids["acme"]}


def test_override_for_a_supplier_without_offer_is_a_clear_error(w):
    w.order("ana", ("chain", 1))
    with pytest.raises(DomainError, match="Fast has no active offer for CH-1"):
        planning.commit_plan(w.shop, {w.ids["chain"]: w.ids["fast"]})
    assert so_rows(w) == []


def test_minimum_order_value_is_flagged(w):
    w.order("ana", ("lamp", 2))  # Acme (preferred) 2 x 20.00 = 40.00 < 100.00 minimum
    (order,) = planning.make_plan(w.shop).orders
    assert order.supplier.name == "Acme"
    assert order.below_minimum and (order.value, order.min_order_value) == (4000, 10_000)
    assert "below the supplier minimum of €100.00" in planning.plan_text(
        w.shop, planning.make_plan(w.shop)
    )


def test_stale_plan_is_recomputed_at_commit(w):
    w.order("ana", ("tyre", 2), ("chain", 10))
    shown = planning.make_plan(w.shop)
    planning.commit_plan(w.shop, shown)
    late = w.order("jorg", ("tyre", 1), ("chain", 10))

    result = planning.commit_plan(w.shop, shown)  # the old plan, shown before Jörg's order

    assert result.stale
    assert w.waiting(late.order_id) == 0
    tyre = next(ln for ln in so_lines(w, 1) if ln["product_id"] == w.ids["tyre"])
    assert tyre["quantity"] == 3  # 2 + 1, not 2 + 2 + 1


def test_surplus_on_hand_is_allocated_first_and_the_order_becomes_ready(w):
    db = w.shop.db
    # 4 tyres arrived earlier on an order nobody needed them for (receiving is another module)
    with w.shop.transaction():
        so_id = (
            db["supplier_orders"]
            .insert(
                {
                    "number": "P-2026-0900",
                    "supplier_id": w.ids["acme"],
                    "status": "received",
                    "created_at": "x",
                    "updated_at": "x",
                }
            )
            .last_pk
        )
        sl = (
            db["supplier_order_lines"]
            .insert(
                {
                    "supplier_order_id": so_id,
                    "line_no": 1,
                    "product_id": w.ids["tyre"],
                    "unit_cost": 800,
                    "quantity": 4,
                }
            )
            .last_pk
        )
        rid = (
            db["receipts"]
            .insert({"supplier_order_id": so_id, "received_on": "2026-11-20", "created_at": "x"})
            .last_pk
        )
        db["receipt_lines"].insert(
            {"receipt_id": rid, "supplier_line_id": sl, "product_id": w.ids["tyre"], "quantity": 4}
        )
    ana = w.order("ana", ("tyre", 3))
    jorg = w.order("jorg", ("tyre", 2))

    result = planning.commit_plan(w.shop)

    assert result.allocated_units == 4
    assert result.newly_ready == [ana.order_id]
    status = db.execute("SELECT status FROM customer_orders WHERE id = ?", [ana.order_id])
    assert status.fetchone()[0] == "ready"
    assert w.waiting(jorg.order_id) == 0 and w.covered(jorg.order_id) == 1
    alloc = db.execute(
        "SELECT receipt_id, coverage_id, quantity FROM allocations ORDER BY id"
    ).fetchall()
    assert [tuple(a) for a in alloc] == [(None, None, 3), (None, None, 1)]


def test_products_without_offer_are_listed_not_ordered(w):
    order = w.order("ana", ("bell", 1))
    for supplier in ("acme", "fast"):
        catalog.set_offer(w.shop, OfferInput(w.ids["bell"], w.ids[supplier], 450, active=False))
    shown = planning.make_plan(w.shop)
    assert shown.orders == []
    assert [(u.order_number, u.quantity) for u in shown.unplannable] == [(order.number, 1)]
    assert "Cannot be ordered (no active supplier offer)" in planning.plan_text(w.shop, shown)


def test_commit_writes_events_for_supplier_and_customer_orders(w):
    ana = w.order("ana", ("chain", 3))
    planning.commit_plan(w.shop)
    so_events = events_for(w.shop.db, "supplier_order", 1)
    assert so_events[-1]["action"] == "created"
    line = so_events[-1]["details"]["lines"][0]
    assert (line["needed"], line["min"], line["pack"], line["to"]) == (3, 10, 6, 12)
    assert line["customer_lines"] == 1
    co_events = events_for(w.shop.db, "customer_order", ana.order_id)
    assert co_events[-1]["action"] == "planned"
    assert "on P-2026-0001" in co_events[-1]["summary"]


def test_cli_plan_prints_the_table_and_commit_creates_drafts(w, capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # no language named: English, written the British way
    w.order("ana", ("chain", 3))
    path = str(w.shop.path)
    assert cli.main(["plan", "--shop", path], clock=w.shop.clock) == 0
    out = capsys.readouterr().out
    assert "Acme (new draft order), expected 1 Dec 2026" in out
    assert "3 for C-2026-0001 (Ana) = 3 needed; minimum 10; pack of 6 -> 2 packs = 12" in out
    assert so_rows(w) == []

    assert cli.main(["plan", "--shop", path, "--commit"], clock=w.shop.clock) == 0
    out = capsys.readouterr().out
    assert "Plan committed: created P-2026-0001" in out
    assert len(so_rows(w)) == 1
    assert cli.main(["plan", "--shop", path], clock=w.shop.clock) == 0
    assert "Nothing to plan" in capsys.readouterr().out
