"""Surplus: listing with value and age, using it for an order, writing it off."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import receiving
from jitdesk.services import surplus as sp
from jitdesk.store.events import events_for

from .jit_fixtures import (
    build_world,
    invariant_violations,
    new_shop,
    place_order,
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
def with_surplus(world):
    """6 tubes ordered for 2 (pack of 6): 4 surplus, received on 5 Nov; 3 bells over-delivered
    on 20 Nov."""
    a = place_order(world, 0, [("TU-6", 2), ("BE-1", 1)])
    so = supplier_order(world, [("TU-6", 6, {a.line_ids[0]: 2}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 6}, received_on=date(2026, 11, 5)
    )
    receiving.record_receipt(
        world.shop,
        so.supplier_order_id,
        {so.line_ids[1]: 4},
        received_on=date(2026, 11, 20),
        unit_costs={so.line_ids[1]: 350},
    )
    return a, so


def test_list_shows_quantity_value_and_age(world, with_surplus):
    items = {item.sku: item for item in sp.list_surplus(world.shop)}
    assert set(items) == {"TU-6", "BE-1"}
    tube, bell = items["TU-6"], items["BE-1"]
    assert (tube.quantity, tube.unit_cost, tube.value) == (4, 250, 1000)
    assert (tube.since, tube.age_days) == (date(2026, 11, 5), 20)
    assert (bell.quantity, bell.unit_cost, bell.value) == (3, 350, 1050)  # actual cost paid
    assert bell.age_days == 5
    assert sp.surplus_total_value(world.shop) == 2050


def test_using_surplus_fills_waiting_lines_and_can_make_the_order_ready(world, with_surplus):
    b = place_order(world, 1, [("TU-6", 3), ("BE-1", 2)])
    result = sp.use_surplus_for_order(world.shop, b.order_id)
    assert result.allocated == {b.line_ids[0]: 3, b.line_ids[1]: 2}
    assert result.ready
    assert result.changes.newly_ready == [b.order_id]
    assert status_of(world.db, "customer_orders", b.order_id) == "ready"
    assert surplus(world.db, world.products["TU-6"]) == 1
    rows = world.db.execute(
        "SELECT receipt_id, coverage_id FROM allocations WHERE customer_line_id = ?",
        [b.line_ids[0]],
    ).fetchall()
    assert [tuple(r) for r in rows] == [(None, None)]
    assert events_for(world.db, "customer_order", b.order_id)[-2]["details"]["source"] == "surplus"
    assert invariant_violations(world.db) == []


def test_partial_surplus_leaves_the_order_open(world, with_surplus):
    b = place_order(world, 1, [("TU-6", 10)])
    result = sp.use_surplus_for_order(world.shop, b.order_id)
    assert result.allocated == {b.line_ids[0]: 4}
    assert not result.ready
    assert status_of(world.db, "customer_orders", b.order_id) == "open"
    assert [i.sku for i in sp.list_surplus(world.shop)] == ["BE-1"]


def test_order_without_matching_surplus_is_told_so(world, with_surplus):
    b = place_order(world, 1, [("CH-1", 1)])
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="There is no surplus for the waiting lines"):
        sp.use_surplus_for_order(world.shop, b.order_id)
    assert snapshot(world.db) == before


def test_write_off_needs_a_reason_and_stays_within_surplus(world, with_surplus):
    tube = world.products["TU-6"]
    before = snapshot(world.db)
    with pytest.raises(ValidationError, match="Say why") as info:
        sp.write_off(world.shop, tube, 1, "   ")
    assert info.value.field == "reason"
    with pytest.raises(ValidationError, match="Only 4 units of TU-6 are surplus"):
        sp.write_off(world.shop, tube, 5, "damaged")
    with pytest.raises(ValidationError, match="at least 1"):
        sp.write_off(world.shop, tube, 0, "damaged")
    assert snapshot(world.db) == before

    sp.write_off(world.shop, tube, 3, "crushed in transport")
    assert surplus(world.db, tube) == 1
    row = world.db.execute("SELECT quantity, unit_cost, reason FROM write_offs").fetchone()
    assert tuple(row) == (3, 250, "crushed in transport")
    assert events_for(world.db, "product", tube)[-1]["action"] == "written off"
    # the age now starts at the receipt that still has units left (oldest used first)
    [item] = [i for i in sp.list_surplus(world.shop) if i.sku == "TU-6"]
    assert (item.quantity, item.since) == (1, date(2026, 11, 5))
    assert invariant_violations(world.db) == []
