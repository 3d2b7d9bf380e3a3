"""Handing orders over at the counter: preview, balance payment, partial and full handover."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.services import handover, receiving
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
)


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


@pytest.fixture
def ready_order(world):
    """2 chains (25.00) + 1 bell (9.00) = 59.00, 10.00 deposit, everything received."""
    a = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)], deposit=1000, day=date(2026, 11, 20))
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 2, so.line_ids[1]: 1}
    )
    return a


@pytest.fixture
def half_in(world):
    """The chains are in, the bell is not: the order is still open."""
    a = place_order(world, 0, [("CH-1", 2), ("BE-1", 1)], deposit=1000)
    so = supplier_order(world, [("CH-1", 2, {a.line_ids[0]: 2}), ("BE-1", 1, {a.line_ids[1]: 1})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 2})
    return a, so


def test_preview_by_scanned_number_shows_items_and_balance(world, ready_order):
    preview = handover.handover_preview(world.shop, f" {ready_order.number} ")
    assert preview.order_id == ready_order.order_id
    assert preview.customer_name == "Ana Nowak"
    assert [(i.sku, i.available, i.missing) for i in preview.items] == [
        ("CH-1", 2, 0),
        ("BE-1", 1, 0),
    ]
    assert (preview.total, preview.paid, preview.balance_due) == (5900, 1000, 4900)
    assert preview.complete


def test_preview_of_unknown_number_is_a_clear_error(world):
    with pytest.raises(NotFoundError, match="There is no order C-2026-9999."):
        handover.handover_preview(world.shop, "C-2026-9999")


def test_full_handover_takes_the_balance_and_completes(world, ready_order):
    result = handover.hand_over(world.shop, ready_order.order_id, payment=4900, method="card")

    assert result.status == "completed"
    assert result.balance_after == 0
    assert result.handed == {ready_order.line_ids[0]: 2, ready_order.line_ids[1]: 1}
    payment = world.db.execute(
        "SELECT amount, kind, method FROM payments WHERE order_id = ? ORDER BY id DESC",
        [ready_order.order_id],
    ).fetchone()
    assert tuple(payment) == (4900, "balance", "card")
    lq = quantities(world.db, ready_order.line_ids[0])
    assert (lq.handed, lq.allocated, lq.waiting) == (2, 0, 0)
    actions = [e["action"] for e in events_for(world.db, "customer_order", ready_order.order_id)]
    assert actions[-2:] == ["handed over", "status"]
    assert invariant_violations(world.db) == []


def test_handover_with_money_still_owed_completes_with_a_warning(world, ready_order):
    result = handover.hand_over(world.shop, ready_order.order_id, payment=900)
    assert result.status == "completed"
    assert result.balance_after == 4000
    assert result.changes.warnings == [
        f"{ready_order.number} was handed over with €40.00 still owed."
    ]


def test_partial_handover_of_an_open_order_keeps_it_open(world, half_in):
    a, so = half_in
    assert status_of(world.db, "customer_orders", a.order_id) == "open"
    result = handover.hand_over(world.shop, a.order_id, payment=2000, lines=[a.line_ids[0]])

    assert result.status == "open"
    assert result.handed == {a.line_ids[0]: 2}
    assert result.balance_after == 5900 - 1000 - 2000
    preview = handover.handover_preview(world.shop, a.order_id)
    assert [(i.sku, i.handed, i.available, i.missing) for i in preview.items] == [
        ("CH-1", 2, 0, 0),
        ("BE-1", 0, 0, 1),
    ]
    # the bell arrives: the order becomes ready with only the bell left to hand over
    received = receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[1]: 1})
    assert [r.number for r in received.newly_ready] == [a.number]
    final = handover.hand_over(world.shop, a.order_id, payment=2900)
    assert (final.status, final.handed, final.balance_after) == ("completed", {a.line_ids[1]: 1}, 0)
    assert invariant_violations(world.db) == []


def test_partial_units_of_a_line_from_a_ready_order_keep_it_ready(world, ready_order):
    result = handover.hand_over(
        world.shop, ready_order.order_id, lines={ready_order.line_ids[0]: 1}
    )
    assert result.status == "ready"
    assert quantities(world.db, ready_order.line_ids[0]).allocated == 1


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({}, DomainError, "is not ready: 1 line is still missing"),
        ({"lines": ["BELL"]}, DomainError, "None of the chosen lines"),
        ({"lines": [999]}, ValidationError, "not part of order"),
        ({"lines": {"CHAIN": 3}}, ValidationError, "has only 2 units in the shop"),
        (
            {"lines": ["CHAIN"], "payment": 5000},
            ValidationError,
            "more than the balance due of €49.00",
        ),
        ({"lines": ["CHAIN"], "payment": -1}, ValidationError, "zero or more"),
    ],
)
def test_illegal_handovers_are_refused_and_write_nothing(world, half_in, kwargs, error, message):
    a, _ = half_in
    names = {"CHAIN": a.line_ids[0], "BELL": a.line_ids[1]}
    lines = kwargs.get("lines")
    if isinstance(lines, dict):
        kwargs["lines"] = {names.get(k, k): v for k, v in lines.items()}
    elif lines is not None:
        kwargs["lines"] = [names.get(k, k) for k in lines]
    before = snapshot(world.db)
    with pytest.raises(error) as info:
        handover.hand_over(world.shop, a.order_id, **kwargs)
    assert message in str(info.value)
    assert snapshot(world.db) == before


def test_order_with_nothing_in_cannot_be_handed_over(world):
    a = place_order(world, 0, [("CH-1", 1)])
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="Nothing of order .* is in the shop yet"):
        handover.hand_over(world.shop, a.order_id)
    assert snapshot(world.db) == before


def test_completed_order_cannot_be_handed_over_again(world, ready_order):
    handover.hand_over(world.shop, ready_order.order_id, payment=4900)
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="is completed; it cannot be handed over"):
        handover.hand_over(world.shop, ready_order.order_id)
    assert snapshot(world.db) == before
