"""An order shows how far it really is: waiting to be ordered, on order, partly received,
ready, completed or cancelled, and late once its promised date has passed while it is not
ready. The order's detail and the order list say the same, and the list filters by both."""

from __future__ import annotations

import pytest

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.order_progress import OrderProgress
from jitdesk.services import changes, handover, orders, receiving
from tests.services.jit_fixtures import build_world, new_shop, place_order, supplier_order

P = OrderProgress


@pytest.fixture
def world(tmp_path):
    world = build_world(new_shop(tmp_path / "s.jitdesk"))
    yield world
    world.shop.close()


def state(world, order) -> tuple[str, bool]:
    """What the order's detail says, after checking that the order list says the same."""
    detail = orders.order_detail(world.shop, order.order_id)
    (row,) = [r for r in orders.list_orders(world.shop, OrderFilter()) if r.id == order.order_id]
    assert (row.progress, row.late) == (detail.state.progress, detail.state.late)
    return detail.state.progress, detail.state.late


def set_promised(world, order, day: str) -> None:
    world.db.execute(
        "UPDATE customer_orders SET promised_date = ? WHERE id = ?", [day, order.order_id]
    )


def test_a_new_order_waits_to_be_ordered(world):
    order = place_order(world, 0, [("CH-1", 2)])
    assert state(world, order) == (P.WAITING, False)


def test_on_a_draft_supplier_order_it_still_waits(world):
    order = place_order(world, 0, [("CH-1", 2)])
    supplier_order(world, [("CH-1", 2, {order.line_ids[0]: 2})], status="draft")
    assert state(world, order)[0] == P.WAITING


def test_every_unit_on_a_sent_supplier_order_is_on_order(world):
    order = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)])
    supplier_order(
        world, [("CH-1", 2, {order.line_ids[0]: 2}), ("BE-1", 1, {order.line_ids[1]: 1})]
    )
    assert state(world, order)[0] == P.ON_ORDER


def test_one_line_not_yet_ordered_keeps_the_order_waiting(world):
    order = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)])
    supplier_order(world, [("CH-1", 2, {order.line_ids[0]: 2})])
    assert state(world, order)[0] == P.WAITING


def test_part_of_it_in_the_shop_is_partly_received_then_ready_then_completed(world):
    order = place_order(world, 0, [("CH-1", 3)])
    so = supplier_order(world, [("CH-1", 3, {order.line_ids[0]: 3})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 1})
    assert state(world, order)[0] == P.PARTLY_RECEIVED
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    assert state(world, order)[0] == P.READY
    handover.hand_over(world.shop, order.order_id, payment=7500)
    assert state(world, order)[0] == P.COMPLETED


def test_a_cancelled_order_is_cancelled(world):
    order = place_order(world, 0, [("CH-1", 1)])
    changes.apply_cancel_order(world.shop, order.order_id)
    assert state(world, order) == (P.CANCELLED, False)


def test_late_once_the_promised_date_has_passed_until_it_is_ready(world):
    order = place_order(world, 0, [("CH-1", 1)])
    so = supplier_order(world, [("CH-1", 1, {order.line_ids[0]: 1})])
    set_promised(world, order, "2026-11-25")  # today: not late yet
    assert state(world, order) == (P.ON_ORDER, False)
    set_promised(world, order, "2026-11-24")
    assert state(world, order) == (P.ON_ORDER, True)
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 1})
    assert state(world, order) == (P.READY, False)


def test_the_list_filters_by_progress_and_lateness(world):
    waiting = place_order(world, 0, [("CH-1", 1)])
    on_order = place_order(world, 1, [("BE-1", 1)])
    part = place_order(world, 2, [("TU-6", 2)])
    so = supplier_order(
        world, [("BE-1", 1, {on_order.line_ids[0]: 1}), ("TU-6", 2, {part.line_ids[0]: 2})]
    )
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[1]: 1})
    set_promised(world, waiting, "2026-11-01")

    def numbers(**kw) -> set[str]:
        flt = OrderFilter(**kw)
        found = {r.number for r in orders.list_orders(world.shop, flt)}
        assert orders.count_orders(world.shop, flt) == len(found)
        return found

    assert numbers(progress=(P.WAITING,)) == {waiting.number}
    assert numbers(progress=(P.ON_ORDER,)) == {on_order.number}
    assert numbers(progress=(P.PARTLY_RECEIVED,)) == {part.number}
    assert numbers(progress=(P.READY,)) == set()
    assert numbers(late_only=True) == {waiting.number}
    assert numbers(progress=(P.ON_ORDER,), late_only=True) == set()
    assert numbers(progress=(P.WAITING, P.ON_ORDER, P.PARTLY_RECEIVED, P.READY)) == {
        waiting.number,
        on_order.number,
        part.number,
    }
