"""An order logged at the counter for goods already in surplus is ready at once: the units
are taken from surplus when it is saved, after what older waiting orders need."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders, planning, receiving
from jitdesk.services import surplus as sp
from jitdesk.services.timeline import order_timeline
from jitdesk.store.quantities import line_quantities

from .jit_fixtures import (
    build_world,
    invariant_violations,
    new_shop,
    place_order,
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
def tubes_in_surplus(world):
    """A pack of 6 tubes came for an order of 2: 4 tubes are surplus."""
    a = place_order(world, 0, [("TU-6", 2)])
    so = supplier_order(world, [("TU-6", 6, {a.line_ids[0]: 2})])
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 6}, received_on=date(2026, 11, 20)
    )
    assert surplus(world.db, world.products["TU-6"]) == 4
    return a


def at_counter(world, customer, lines):
    return orders.create_order(
        world.shop,
        OrderInput(
            customer_id=world.customers[customer],
            lines=[OrderLineInput(world.products[sku], qty) for sku, qty in lines],
        ),
    )


def test_an_order_the_surplus_covers_is_ready_when_it_is_logged(world, tubes_in_surplus):
    created = at_counter(world, 1, [("TU-6", 3)])
    assert created.ready
    assert list(created.from_surplus.values()) == [3]
    assert status_of(world.db, "customer_orders", created.order_id) == "ready"
    assert surplus(world.db, world.products["TU-6"]) == 1
    texts = [entry.text for entry in order_timeline(world.shop, created.order_id)]
    assert "3 units of TU-6 taken from surplus" in texts
    assert invariant_violations(world.db) == []


def test_only_the_lines_in_surplus_are_put_aside(world, tubes_in_surplus):
    created = at_counter(world, 1, [("TU-6", 6), ("CH-1", 1)])
    assert not created.ready
    assert status_of(world.db, "customer_orders", created.order_id) == "open"
    lines = {lq.product_id: lq for lq in line_quantities(world.db, order_ids=[created.order_id])}
    tube, chain = lines[world.products["TU-6"]], lines[world.products["CH-1"]]
    assert (tube.allocated, tube.waiting) == (4, 2)  # all the surplus there is, the rest waits
    assert (chain.allocated, chain.waiting) == (0, 1)
    # Planning orders only what is still missing, and finds no surplus to hand out twice.
    plan = planning.make_plan(world.shop)
    assert plan.surplus_uses == []
    assert sum(c.quantity for o in plan.orders for line in o.lines for c in line.covers) == 3


def test_older_waiting_orders_keep_their_claim_on_the_surplus(world, tubes_in_surplus):
    older = place_order(world, 2, [("TU-6", 3)])  # waiting, not planned yet
    assert sp.free_surplus(world.shop, [world.products["TU-6"]]) == {world.products["TU-6"]: 1}
    created = at_counter(world, 1, [("TU-6", 2)])
    assert list(created.from_surplus.values()) == [1]
    assert not created.ready
    # The older order still gets its three when planning runs.
    plan = planning.make_plan(world.shop)
    assert [(u.order_id, u.quantity) for u in plan.surplus_uses] == [(older.order_id, 3)]


def test_no_surplus_leaves_the_order_open_as_before(world):
    created = at_counter(world, 1, [("CH-1", 1)])
    assert (created.ready, created.from_surplus) == (False, {})
    assert status_of(world.db, "customer_orders", created.order_id) == "open"
    assert sp.free_surplus(world.shop, [world.products["CH-1"]]) == {}
