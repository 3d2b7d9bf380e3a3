"""The waiting demand the fast queries read (planning, the Today page) is what a user expects,
and equals the per-line definition of `store.quantities.line_quantities` at every step.

One line is partly allocated from surplus, partly received and still covered on a sent order,
covered on a draft, and was covered by a supplier order that got cancelled. The fast query
drops lines whose units on open supplier orders reach their quantity before summing anything;
that relies on received units being allocated to the line of the coverage they fulfil, which
`jitdesk check` asserts (it stays clean here)."""

from __future__ import annotations

from jitdesk.services import receiving, supplier_orders, surplus
from jitdesk.services.check import check_shop
from jitdesk.services.today import today_overview
from jitdesk.store.planning import waiting_demand
from jitdesk.store.quantities import (
    WAITING_LINES_FOR_POSTGRES,
    WAITING_LINES_SQL,
    line_quantities,
)
from jitdesk.store.today import waiting_totals
from tests.services.jit_fixtures import build_world, new_shop, place_order, supplier_order


def _reference(db) -> dict[int, int]:
    """Waiting units per line by the per-line definition, for lines of open orders."""
    open_ids = {r[0] for r in db.execute("SELECT id FROM customer_orders WHERE status = 'open'")}
    return {
        lq.line_id: lq.waiting for lq in line_quantities(db, order_ids=open_ids) if lq.waiting > 0
    }


def _assert_fast_reads_agree(db) -> dict[int, int]:
    expected = _reference(db)
    fast = {row[0]: row[3] for row in db.execute(WAITING_LINES_SQL)}
    assert fast == expected
    # a server is sent the other form in place of the first; here both run on either engine
    assert {row[0]: row[3] for row in db.execute(WAITING_LINES_FOR_POSTGRES)} == expected
    assert {d.customer_line_id: d.waiting for d in waiting_demand(db)} == expected
    orders = {lq.order_id for lq in line_quantities(db, line_ids=expected)}
    assert waiting_totals(db) == (len(orders), sum(expected.values()), len(expected))
    return expected


def test_waiting_counts_surplus_receipts_open_coverage_and_ignores_cancelled(tmp_path):
    shop = new_shop(tmp_path / "waiting.jitdesk")
    world = build_world(shop)
    db = shop.db
    # Surplus: 3 chains arrive for an order of 1, so 2 are left over.
    first = place_order(world, 0, [("CH-1", 1)])
    so0 = supplier_order(world, [("CH-1", 3, {first.line_ids[0]: 1})])
    receiving.record_receipt(shop, so0.supplier_order_id, {so0.line_ids[0]: 3})
    _assert_fast_reads_agree(db)

    order = place_order(world, 1, [("CH-1", 10), ("BE-1", 4)])
    chains, bells = order.line_ids
    assert _assert_fast_reads_agree(db) == {chains: 10, bells: 4}

    surplus.use_surplus_for_order(shop, order.order_id)  # 2 chains from surplus
    assert _assert_fast_reads_agree(db) == {chains: 8, bells: 4}

    sent = supplier_order(world, [("CH-1", 6, {chains: 6})])
    assert _assert_fast_reads_agree(db) == {chains: 2, bells: 4}
    receiving.record_receipt(shop, sent.supplier_order_id, {sent.line_ids[0]: 2})
    # 2 received for the line: allocated now, the other 4 still covered on the sent order.
    assert _assert_fast_reads_agree(db) == {chains: 2, bells: 4}

    cancelled = supplier_order(world, [("CH-1", 3, {chains: 2})])
    assert _assert_fast_reads_agree(db) == {bells: 4}
    supplier_orders.cancel_supplier_order(shop, cancelled.supplier_order_id)
    assert _assert_fast_reads_agree(db) == {chains: 2, bells: 4}

    supplier_order(world, [("CH-1", 1, {chains: 1})], status="draft")
    assert _assert_fast_reads_agree(db) == {chains: 1, bells: 4}
    line = line_quantities(db, line_ids=[chains])[0]
    assert (line.handed, line.allocated, line.covered, line.waiting) == (0, 4, 5, 1)

    overview = today_overview(shop)
    assert (overview.waiting.orders, overview.waiting.units, overview.waiting.lines) == (1, 5, 2)
    assert check_shop(shop) == []
    shop.close()
