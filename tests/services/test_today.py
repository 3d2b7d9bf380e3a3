"""The Today overview on a shop with known numbers, walked through the loop by services."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.services import handover, orders
from jitdesk.services.today import mark_notified, today_overview, unnotified_ready_orders
from jitdesk.store.events import events_for
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "today.jitdesk")
    yield w
    w.shop.close()


def test_waiting_then_draft_then_expected_then_late(world):
    shop = world.shop
    ov = today_overview(shop)
    assert (ov.waiting.orders, ov.waiting.units, ov.waiting.lines) == (3, 6, 3)
    assert ov.drafts == [] and ov.late == [] and ov.expected_today == []
    assert ov.unnotified_count == 0 and ov.surplus.units == 0

    so_id = world.plan_and_send()
    ov = today_overview(shop)
    assert ov.waiting.orders == 0 and ov.waiting.units == 0
    [draft] = ov.drafts
    # 3 BRK at 5.00 + 10 CHN (one pack) at 1.00
    assert (draft.supplier_order_id, draft.supplier_name, draft.lines, draft.value) == (
        so_id,
        "Alpine",
        2,
        2500,
    )

    world.send()
    ov = today_overview(shop)
    assert ov.drafts == []
    assert ov.expected_today == []  # expected next Wednesday
    world.clock.advance(days=7)  # Wed 2 Dec: the expected date
    ov = today_overview(shop)
    assert [so.supplier_order_id for so in ov.expected_today] == [so_id]
    assert ov.expected_today[0].units == 13
    assert ov.late == []

    world.clock.advance(days=2)
    [late] = today_overview(shop).late
    assert late.expected_date == date(2026, 12, 2) and late.days_late == 2
    assert (late.affected_count, late.affected_units) == (3, 6)
    ann = late.affected[0]
    assert (ann.number, ann.customer_name, ann.phone, ann.units) == (
        world.numbers["ann"],
        "Ann Apple",
        "111",
        2,
    )
    assert [a.number for a in today_overview(shop, limit=2).late[0].affected] == [
        world.numbers["ann"],
        world.numbers["bob1"],
    ]


def test_ready_notified_uncollected_and_surplus(world):
    shop = world.shop
    world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    ov = today_overview(shop)
    assert ov.late == [] and ov.expected_today == []
    assert ov.unnotified_count == 3
    assert [r.number for r in ov.unnotified] == [world.numbers[k] for k in ("ann", "bob1", "bob2")]
    ann = ov.unnotified[0]
    assert ann.balance == 2400 and ann.ready_on == date(2026, 12, 2)
    assert ann.pickup_by == date(2026, 12, 16)  # 14 hold days
    # 7 chains of the pack of 10 are left over, at 1.00 each
    assert (ov.surplus.products, ov.surplus.units, ov.surplus.value) == (1, 7, 700)
    assert ov.uncollected_count == 0

    changes = mark_notified(shop, [world.orders["ann"]])
    assert changes.customer_orders == {world.orders["ann"]}
    assert [n for _, n in unnotified_ready_orders(shop)] == [
        world.numbers["bob1"],
        world.numbers["bob2"],
    ]
    header = orders.order_detail(shop, world.orders["ann"]).header
    assert header.notified_at == shop.now_iso()
    assert [e["action"] for e in events_for(shop.db, "customer_order", world.orders["ann"])][
        -1
    ] == "notified"
    # An order that is not ready is not marked (nothing to tell).
    assert mark_notified(shop, [999]).customer_orders == set()

    world.clock.advance(days=2)  # Fri 4 Dec: Bob is told about his second order
    mark_notified(shop, [world.orders["bob2"]])

    world.clock.advance(days=12)  # 16 Dec: Ann's pickup-by date itself is not past yet
    assert today_overview(shop).uncollected_count == 0
    world.clock.advance(days=1)
    ov = today_overview(shop)
    # Only Ann is past her date. Bob's second order counts from 4 Dec (until 18 Dec), and
    # nobody told him about his first one: a notice printed today would say 31 Dec.
    assert [r.number for r in ov.uncollected] == [world.numbers["ann"]]
    assert ov.uncollected[0].pickup_by == date(2026, 12, 16)
    assert ov.uncollected[0].days_over(ov.today) == 1
    assert [(r.number, r.pickup_by) for r in ov.unnotified] == [
        (world.numbers["bob1"], date(2026, 12, 31))
    ]
    world.clock.advance(days=2)  # Sat 19 Dec
    ov = today_overview(shop)
    assert [r.number for r in ov.uncollected] == [world.numbers["ann"], world.numbers["bob2"]]
    assert ov.uncollected[1].pickup_by == date(2026, 12, 18)
    handover.hand_over(shop, world.orders["bob2"], payment=1200)
    ov = today_overview(shop)
    assert [r.number for r in ov.uncollected] == [world.numbers["ann"]]
    assert ov.unnotified_count == 1  # bob1 only
