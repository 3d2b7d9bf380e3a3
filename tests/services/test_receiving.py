"""Recording deliveries: allocation to customers, statuses, surplus, undo."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import handover, receiving
from jitdesk.services import surplus as surplus_service
from jitdesk.store.events import events_for

from .jit_fixtures import (
    build_world,
    invariant_violations,
    new_shop,
    place_order,
    quantities,
    snapshot,
    status_of,
    supplier_order,
    surplus,
)


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


@pytest.fixture
def scenario(world):
    """Three chain orders (oldest first) and a sent order of 5 chains covering the first two."""
    a = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)], deposit=1000, day=date(2026, 11, 20))
    b = place_order(world, 1, [("CH-1", 3)], day=date(2026, 11, 21))
    c = place_order(world, 2, [("CH-1", 1)], day=date(2026, 11, 22))
    so = supplier_order(
        world,
        [
            ("CH-1", 5, {a.line_ids[0]: 2, b.line_ids[0]: 3}),
            ("BE-1", 1, {a.line_ids[1]: 1}),
        ],
    )
    return world, a, b, c, so


def test_partial_delivery_goes_to_the_oldest_covered_order(scenario):
    world, a, b, c, so = scenario
    result = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 3})

    assert result.status == "partially received"
    assert status_of(world.db, "supplier_orders", so.supplier_order_id) == "partially received"
    chain = result.lines[0]
    assert [(t.order_number, t.quantity) for t in chain.to_orders] == [
        (a.number, 2),
        (b.number, 1),
    ]
    assert chain.to_surplus == 0
    assert quantities(world.db, a.line_ids[0]).allocated == 2
    assert quantities(world.db, b.line_ids[0]).allocated == 1
    assert quantities(world.db, b.line_ids[0]).covered == 2  # the rest is still expected
    assert result.newly_ready == []  # order a still misses its bell
    assert invariant_violations(world.db) == []


def test_complete_delivery_marks_received_and_lists_newly_ready_orders(scenario):
    world, a, b, c, so = scenario
    result = receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 5, so.line_ids[1]: 1}
    )

    assert result.status == "received"
    assert [(r.number, r.customer_name) for r in result.newly_ready] == [
        (a.number, "Ana Nowak"),
        (b.number, "Björn Berg"),
    ]
    assert result.changes.newly_ready == [a.order_id, b.order_id]
    assert status_of(world.db, "customer_orders", a.order_id) == "ready"
    assert status_of(world.db, "customer_orders", c.order_id) == "open"  # never covered
    events = events_for(world.db, "supplier_order", so.supplier_order_id)
    assert events[-1]["action"] == "received"
    assert events_for(world.db, "customer_order", b.order_id)[-2]["action"] == "allocated"


def test_partly_then_rest_never_stays_partially_received(scenario):
    world, a, b, c, so = scenario
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    bell = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[1]: 1})
    assert [r.number for r in bell.newly_ready] == [a.number]
    assert status_of(world.db, "supplier_orders", so.supplier_order_id) == "partially received"
    result = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 3})
    assert result.status == "received"
    assert [r.number for r in result.newly_ready] == [b.number]


def test_over_delivery_serves_waiting_customers_then_surplus_with_a_warning(scenario):
    world, a, b, c, so = scenario
    result = receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 8, so.line_ids[1]: 1}
    )

    chain = result.lines[0]
    assert chain.over_delivered == 3
    assert [(t.order_number, t.quantity, t.via_coverage) for t in chain.to_orders] == [
        (a.number, 2, True),
        (b.number, 3, True),
        (c.number, 1, False),  # waiting, same product: no manual allocation needed
    ]
    assert chain.to_surplus == 2
    assert surplus(world.db, world.products["CH-1"]) == 2
    assert len(result.warnings) == 1
    assert "8 received but only 5 ordered" in result.warnings[0]
    assert result.status == "received"
    assert {r.number for r in result.newly_ready} == {a.number, b.number, c.number}
    assert invariant_violations(world.db) == []


def test_cancelled_customer_line_gets_nothing_and_its_units_become_surplus(scenario):
    world, a, b, c, so = scenario
    world.db.execute("UPDATE customer_orders SET status = 'cancelled' WHERE id = ?", [b.order_id])
    world.db.execute("UPDATE customer_order_lines SET quantity = 0 WHERE id = ?", [b.line_ids[0]])
    result = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 5})
    assert [(t.order_number, t.quantity) for t in result.lines[0].to_orders] == [
        (a.number, 2),
        (c.number, 1),
    ]
    assert result.lines[0].to_surplus == 2


def test_actual_unit_cost_is_kept_and_values_the_surplus(scenario):
    world, a, b, c, so = scenario
    receiving.record_receipt(
        world.shop,
        so.supplier_order_id,
        {so.line_ids[0]: 7},
        received_on=date(2026, 11, 24),
        unit_costs={so.line_ids[0]: 1300},
    )
    row = world.db.execute("SELECT unit_cost FROM receipt_lines").fetchone()
    assert row[0] == 1300
    [item] = surplus_service.list_surplus(world.shop)
    assert (item.sku, item.quantity, item.value) == ("CH-1", 1, 1300)


@pytest.mark.parametrize(
    ("status", "quantities_", "error"),
    [
        ("draft", {0: 1}, DomainError),
        ("cancelled", {0: 1}, DomainError),
        ("sent", {0: -1}, ValidationError),
        ("sent", {0: 0}, ValidationError),
        ("sent", {0: 2_000_000}, ValidationError),
        ("sent", {999: 1}, ValidationError),
    ],
)
def test_illegal_receipts_are_refused_and_write_nothing(world, status, quantities_, error):
    a = place_order(world, 0, [("CH-1", 2)])
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2})], status=status)
    wanted = {so.line_ids[0] if k == 0 else k: v for k, v in quantities_.items()}
    before = snapshot(world.db)
    with pytest.raises(error) as info:
        receiving.record_receipt(world.shop, so.supplier_order_id, wanted)
    assert str(info.value).endswith(".")
    assert snapshot(world.db) == before


def test_receiving_on_a_draft_says_why(world):
    a = place_order(world, 0, [("CH-1", 2)])
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2})], status="draft")
    with pytest.raises(DomainError, match="is draft; only sent or partially received"):
        receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})


def test_undo_last_receipt_restores_quantities_and_statuses(scenario):
    world, a, b, c, so = scenario
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    middle = snapshot(world.db)
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 4, so.line_ids[1]: 1}
    )
    assert status_of(world.db, "supplier_orders", so.supplier_order_id) == "received"
    assert status_of(world.db, "customer_orders", a.order_id) == "ready"

    result = receiving.undo_last_receipt(world.shop, so.supplier_order_id)

    assert result.status == "partially received"
    # a had its chains before but got its bell now; b and c got their chains now
    assert result.reopened == [a.order_id, b.order_id, c.order_id]
    assert status_of(world.db, "customer_orders", a.order_id) == "open"
    after = snapshot(world.db)
    for table in ("receipts", "receipt_lines", "allocations", "coverage"):
        assert after[table] == middle[table]
    assert events_for(world.db, "supplier_order", so.supplier_order_id)[-1]["action"] == (
        "receipt undone"
    )
    receiving.undo_last_receipt(world.shop, so.supplier_order_id)
    assert status_of(world.db, "supplier_orders", so.supplier_order_id) == "sent"
    with pytest.raises(DomainError, match="Nothing has been received"):
        receiving.undo_last_receipt(world.shop, so.supplier_order_id)
    assert invariant_violations(world.db) == []


def test_undo_is_refused_once_units_were_handed_over(scenario):
    world, a, b, c, so = scenario
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 5, so.line_ids[1]: 1}
    )
    handover.hand_over(world.shop, a.order_id, payment=0)
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=f"already handed over with order {a.number}"):
        receiving.undo_last_receipt(world.shop, so.supplier_order_id)
    assert snapshot(world.db) == before


@pytest.mark.parametrize("use", ["write_off", "use_for_order"])
def test_undo_is_refused_once_its_surplus_was_used(scenario, use):
    world, a, b, c, so = scenario
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 5})
    extra = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    assert [t.order_number for t in extra.lines[0].to_orders] == [c.number]
    assert surplus(world.db, world.products["CH-1"]) == 1
    if use == "write_off":
        surplus_service.write_off(world.shop, world.products["CH-1"], 1, "scratched")
    else:
        e = place_order(world, 0, [("CH-1", 1)])
        surplus_service.use_surplus_for_order(world.shop, e.order_id)
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="already used for another order or written off"):
        receiving.undo_last_receipt(world.shop, so.supplier_order_id)
    assert snapshot(world.db) == before


def test_undo_on_a_closed_short_order_is_refused(scenario):
    world, a, b, c, so = scenario
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    world.db.execute(
        "UPDATE supplier_orders SET status = 'closed short' WHERE id = ?", [so.supplier_order_id]
    )
    with pytest.raises(DomainError, match="can no longer be undone"):
        receiving.undo_last_receipt(world.shop, so.supplier_order_id)
