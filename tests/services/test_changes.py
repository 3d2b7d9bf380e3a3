"""Reducing and cancelling customer orders after goods were ordered: preview, then apply."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import changes, handover, receiving
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


def line_qty(world, table, row_id):
    row = world.db.execute(f"SELECT quantity FROM {table} WHERE id = ?", [row_id]).fetchone()
    return None if row is None else row[0]


def test_reducing_units_nobody_ordered_yet_changes_only_the_line(world):
    a = place_order(world, 0, [("CH-1", 5)])
    impact = changes.preview_reduce(world.shop, a.line_ids[0], 2)
    assert [
        (li.from_waiting, li.from_drafts, li.from_sent, li.to_surplus) for li in impact.lines
    ] == [(3, 0, 0, 0)]
    assert impact.sentences == [
        "Line 1 (CH-1) goes from 5 to 2.",
        "CH-1: 3 units were not ordered yet and are simply no longer needed.",
    ]
    changes.apply_reduce(world.shop, a.line_ids[0], 2, impact)
    row = world.db.execute(
        "SELECT quantity, original_quantity FROM customer_order_lines WHERE id = ?",
        [a.line_ids[0]],
    ).fetchone()
    assert tuple(row) == (2, 5)
    assert events_for(world.db, "customer_order", a.order_id)[-1]["action"] == "reduced"


def test_reducing_draft_coverage_shrinks_the_draft_line_to_whole_packs(world):
    # tubes come in packs of 6: 4 + 3 = 7 needed -> 12 ordered
    a = place_order(world, 0, [("TU-6", 4)])
    b = place_order(world, 1, [("TU-6", 3)])
    so = supplier_order(world, [("TU-6", 12, {a.line_ids[0]: 4, b.line_ids[0]: 3})], status="draft")
    impact = changes.preview_reduce(world.shop, b.line_ids[0], 2)  # need 6 -> one pack
    [draft] = impact.draft_changes
    assert (draft.coverage_released, draft.line_before, draft.line_after) == (1, 12, 6)
    assert f"Draft {so.number}: the line for TU-6 goes from 12 to 6 units." in impact.sentences
    assert not any("no lines left" in s for s in impact.sentences)
    changes.apply_reduce(world.shop, b.line_ids[0], 2, impact)
    assert line_qty(world, "supplier_order_lines", so.line_ids[0]) == 6
    assert line_qty(world, "coverage", so.coverage_ids[(so.line_ids[0], b.line_ids[0])]) == 2
    assert quantities(world.db, b.line_ids[0]).covered == 2
    assert events_for(world.db, "supplier_order", so.supplier_order_id)[-1]["action"] == (
        "coverage reduced"
    )
    assert invariant_violations(world.db) == []


def test_cancelling_the_only_customer_of_a_draft_line_removes_the_line(world):
    a = place_order(world, 0, [("SP-10", 5), ("CH-1", 1)], deposit=500)
    so = supplier_order(
        world,
        [("SP-10", 20, {a.line_ids[0]: 5}), ("CH-1", 1, {a.line_ids[1]: 1})],
        status="draft",
    )
    impact = changes.preview_cancel_order(world.shop, a.order_id)
    assert impact.sentences[0] == f"Order {a.number} will be cancelled."
    assert f"Draft {so.number}: the line for SP-10 is removed (20 units no longer needed)." in (
        impact.sentences
    )
    assert "€5.00 paid stays recorded on the order; record a refund if you pay it back." in (
        impact.sentences
    )
    assert impact.deposit_held == 500
    assert f"Draft {so.number} has no lines left, so it is cancelled." in impact.sentences
    changes.apply_cancel_order(world.shop, a.order_id, impact)
    assert status_of(world.db, "customer_orders", a.order_id) == "cancelled"
    assert status_of(world.db, "supplier_orders", so.supplier_order_id) == "cancelled"
    assert events_for(world.db, "supplier_order", so.supplier_order_id)[-1]["action"] == (
        "cancelled"
    )
    assert line_qty(world, "supplier_order_lines", so.line_ids[0]) is None
    assert world.db.execute("SELECT COUNT(*) FROM coverage").fetchone()[0] == 0
    assert [line_qty(world, "customer_order_lines", lid) for lid in a.line_ids] == [0, 0]
    assert (
        world.db.execute(
            "SELECT SUM(amount) FROM payments WHERE order_id = ?", [a.order_id]
        ).fetchone()[0]
        == 500
    )
    assert invariant_violations(world.db) == []


def test_released_sent_coverage_arrives_for_another_waiting_customer(world):
    a = place_order(world, 0, [("CH-1", 3)], day=date(2026, 11, 20))
    so = supplier_order(world, [("CH-1", 3, {a.line_ids[0]: 3})])
    b = place_order(world, 1, [("CH-1", 1)], day=date(2026, 11, 24))
    impact = changes.preview_reduce(world.shop, a.line_ids[0], 1)
    [release] = impact.sent_releases
    assert release.quantity == 2
    assert (
        f"Sent {so.number}: 2 units of CH-1 are released; they will arrive as surplus unless "
        "another customer needs them." in impact.sentences
    )
    changes.apply_reduce(world.shop, a.line_ids[0], 1, impact)
    assert line_qty(world, "supplier_order_lines", so.line_ids[0]) == 3  # sent: unchanged
    assert quantities(world.db, a.line_ids[0]).covered == 1

    result = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 3})
    assert [(t.order_number, t.quantity) for t in result.lines[0].to_orders] == [
        (a.number, 1),
        (b.number, 1),
    ]
    assert result.lines[0].to_surplus == 1
    assert invariant_violations(world.db) == []


def test_reducing_allocated_units_makes_them_surplus_and_lowers_their_coverage(world):
    a = place_order(world, 0, [("CH-1", 4), ("BE-1", 1)])
    so = supplier_order(world, [("CH-1", 4, {a.line_ids[0]: 4}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 4})
    impact = changes.preview_reduce(world.shop, a.line_ids[0], 1)
    assert impact.lines[0].to_surplus == 3
    assert "CH-1: 3 units already in the shop become surplus." in impact.sentences
    result = changes.apply_reduce(world.shop, a.line_ids[0], 1, impact)
    assert surplus(world.db, world.products["CH-1"]) == 3
    assert line_qty(world, "coverage", so.coverage_ids[(so.line_ids[0], a.line_ids[0])]) == 1
    assert result.products == {world.products["CH-1"]}
    assert invariant_violations(world.db) == []


def test_release_order_is_waiting_then_drafts_then_sent_then_in_the_shop(world):
    a = place_order(world, 0, [("CH-1", 10)])
    received = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2})])
    receiving.record_receipt(world.shop, received.supplier_order_id, {received.line_ids[0]: 2})
    sent = supplier_order(world, [("CH-1", 3, {a.line_ids[0]: 3})])
    draft = supplier_order(world, [("CH-1", 4, {a.line_ids[0]: 4})], status="draft")
    # 10 = 2 in the shop + 3 on a sent order + 4 on a draft + 1 waiting
    steps = [
        (9, (1, 0, 0, 0)),
        (5, (1, 4, 0, 0)),
        (3, (1, 4, 2, 0)),
        (0, (1, 4, 3, 2)),
    ]
    for new, expected in steps:
        line = changes.preview_reduce(world.shop, a.line_ids[0], new).lines[0]
        assert (line.from_waiting, line.from_drafts, line.from_sent, line.to_surplus) == expected
    changes.apply_reduce(world.shop, a.line_ids[0], 0)
    assert line_qty(world, "supplier_order_lines", draft.line_ids[0]) is None
    assert line_qty(world, "supplier_order_lines", sent.line_ids[0]) == 3
    assert surplus(world.db, world.products["CH-1"]) == 2
    assert invariant_violations(world.db) == []


def test_reduction_that_leaves_everything_in_makes_the_order_ready(world):
    a = place_order(world, 0, [("CH-1", 3)])
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    result = changes.apply_reduce(world.shop, a.line_ids[0], 2)
    assert result.newly_ready == [a.order_id]
    assert status_of(world.db, "customer_orders", a.order_id) == "ready"


def test_cancelling_a_partly_handed_order_keeps_what_was_handed(world):
    a = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)])
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    handover.hand_over(world.shop, a.order_id, lines={a.line_ids[0]: 1})
    impact = changes.preview_cancel_order(world.shop, a.order_id)
    assert [(li.new_quantity, li.to_surplus, li.from_sent) for li in impact.lines] == [
        (1, 1, 0),
        (0, 0, 1),
    ]
    changes.apply_cancel_order(world.shop, a.order_id, impact)
    assert [line_qty(world, "customer_order_lines", lid) for lid in a.line_ids] == [1, 0]
    assert status_of(world.db, "customer_orders", a.order_id) == "cancelled"
    assert events_for(world.db, "customer_order", a.order_id)[-1]["action"] == "cancelled"
    assert invariant_violations(world.db) == []


def test_apply_refuses_when_the_order_changed_since_the_preview(world):
    a = place_order(world, 0, [("CH-1", 3)])
    so = supplier_order(world, [("CH-1", 3, {a.line_ids[0]: 3})])
    impact = changes.preview_reduce(world.shop, a.line_ids[0], 1)
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 3})
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="changed since the preview; look at the impact again"):
        changes.apply_reduce(world.shop, a.line_ids[0], 1, impact)
    assert snapshot(world.db) == before


@pytest.mark.parametrize(
    ("new", "error", "message"),
    [
        (3, ValidationError, "a reduction must go below that"),
        (5, ValidationError, "a reduction must go below that"),
        (-1, ValidationError, "zero or more"),
        (0, ValidationError, "already has 1 unit handed over"),
    ],
)
def test_bad_reductions_are_refused_and_write_nothing(world, new, error, message):
    a = place_order(world, 0, [("CH-1", 3)])
    so = supplier_order(world, [("CH-1", 3, {a.line_ids[0]: 3})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 1})
    handover.hand_over(world.shop, a.order_id, lines=[a.line_ids[0]])
    before = snapshot(world.db)
    with pytest.raises(error, match=re.escape(message)):
        changes.apply_reduce(world.shop, a.line_ids[0], new)
    assert snapshot(world.db) == before


@pytest.mark.parametrize("final", ["completed", "cancelled"])
def test_completed_or_cancelled_orders_cannot_be_changed(world, final):
    a = place_order(world, 0, [("CH-1", 1)])
    if final == "cancelled":
        changes.apply_cancel_order(world.shop, a.order_id)
    else:
        so = supplier_order(world, [("CH-1", 1, {a.line_ids[0]: 1})])
        receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 1})
        handover.hand_over(world.shop, a.order_id)
    before = snapshot(world.db)
    for action in (
        lambda: changes.preview_cancel_order(world.shop, a.order_id),
        lambda: changes.apply_cancel_order(world.shop, a.order_id),
        lambda: changes.apply_reduce(world.shop, a.line_ids[0], 0),
    ):
        with pytest.raises(DomainError, match=f"is {final}; it cannot be changed"):
            action()
    assert snapshot(world.db) == before


def test_cancelling_one_line_keeps_the_rest_of_the_order(world):
    a = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)])
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    impact = changes.preview_cancel_line(world.shop, a.line_ids[1])
    assert impact.sentences[0] == "Line 2 (BE-1) goes from 1 to 0."
    result = changes.apply_cancel_line(world.shop, a.line_ids[1], impact)
    assert result.newly_ready == [a.order_id]  # the chains are in: nothing else to wait for
    assert status_of(world.db, "customer_orders", a.order_id) == "ready"
    assert invariant_violations(world.db) == []
