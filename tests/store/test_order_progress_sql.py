"""The order lists work out each order's progress and lateness in SQL; `order_progress` and
`order_late` are the definition. On random orders, lines, supplier orders in every status,
coverage and allocations, both say the same for every order, and every progress filter finds
exactly the orders the definition puts there."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.order_progress import OrderProgress, order_late, order_progress
from jitdesk.domain.statuses import CustomerOrderStatus, SupplierOrderStatus
from jitdesk.store import orders as q
from jitdesk.store.order_progress import line_progress
from tests.services.jit_fixtures import build_world, memory_copy, new_shop

TODAY = "2026-11-25"
DAYS = [None, "2026-11-20", "2026-11-24", "2026-11-25", "2026-11-26"]
NOW = "2026-11-25T10:00:00+00:00"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A shop with a supplier, products and customers, and no orders."""
    path = tmp_path_factory.mktemp("progress") / "t.jitdesk"
    world = build_world(new_shop(path), n_customers=2)
    world.shop.close()
    return path


orders_st = st.lists(
    st.tuples(
        st.sampled_from([s.value for s in CustomerOrderStatus] + ["open"] * 4),
        st.sampled_from(DAYS),
        st.lists(st.integers(0, 4), max_size=3),  # line quantities
    ),
    min_size=1,
    max_size=5,
)
supplier_st = st.lists(st.sampled_from([s.value for s in SupplierOrderStatus]), max_size=3)
# (customer line pick, supplier order pick, units) and (customer line pick, units, coverage pick)
coverage_st = st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 5)))
allocation_st = st.lists(
    st.tuples(st.integers(0, 99), st.integers(1, 4), st.one_of(st.none(), st.integers(0, 99))),
    max_size=6,
)


def _write(db, orders, suppliers, coverage, allocations) -> list[int]:
    product = db.execute("SELECT id FROM products ORDER BY id").fetchone()[0]
    customer = db.execute("SELECT id FROM customers ORDER BY id").fetchone()[0]
    supplier = db.execute("SELECT id FROM suppliers ORDER BY id").fetchone()[0]
    order_ids, line_ids = [], []
    for n, (status, promised, quantities) in enumerate(orders):
        order_id = (
            db["customer_orders"]
            .insert(
                {
                    "number": f"C-2026-{n + 1:04d}",
                    "customer_id": customer,
                    "order_date": "2026-11-01",
                    "promised_date": promised,
                    "status": status,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
            .last_pk
        )
        order_ids.append(order_id)
        for no, quantity in enumerate(quantities, start=1):
            row = {"order_id": order_id, "line_no": no, "product_id": product}
            row |= {"quantity": quantity, "original_quantity": quantity, "unit_price": 100}
            line_ids.append(db["customer_order_lines"].insert(row).last_pk)
    supplier_lines = []
    for n, status in enumerate(suppliers):
        so_id = (
            db["supplier_orders"]
            .insert(
                {
                    "number": f"P-2026-{n + 1:04d}",
                    "supplier_id": supplier,
                    "status": status,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
            .last_pk
        )
        row = {"supplier_order_id": so_id, "line_no": 1, "product_id": product}
        row |= {"unit_cost": 50, "quantity": 10}
        supplier_lines.append(db["supplier_order_lines"].insert(row).last_pk)
    coverage_ids: dict[tuple[int, int], int] = {}
    if line_ids and supplier_lines:
        for line_pick, so_pick, units in coverage:
            key = (
                supplier_lines[so_pick % len(supplier_lines)],
                line_ids[line_pick % len(line_ids)],
            )
            if key not in coverage_ids:
                row = {"supplier_line_id": key[0], "customer_line_id": key[1]}
                row |= {"quantity": units, "created_at": NOW}
                coverage_ids[key] = db["coverage"].insert(row).last_pk
    covers = sorted(coverage_ids.items())
    if line_ids:
        for line_pick, units, cover_pick in allocations:
            # units received against a coverage row are that row's customer line's
            if cover_pick is not None and covers:
                (_sl, line_id), coverage_id = covers[cover_pick % len(covers)]
            else:
                line_id, coverage_id = line_ids[line_pick % len(line_ids)], None
            row = {"customer_line_id": line_id, "product_id": product, "quantity": units}
            row |= {"coverage_id": coverage_id, "created_at": NOW}
            db["allocations"].insert(row)
    return order_ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(orders=orders_st, suppliers=supplier_st, coverage=coverage_st, allocations=allocation_st)
def test_the_lists_say_what_the_definition_says(template, orders, suppliers, coverage, allocations):
    shop = memory_copy(template)
    db = shop.db
    order_ids = _write(db, orders, suppliers, coverage, allocations)
    lines = line_progress(db, order_ids)
    expected = {}
    for order_id, (status, promised, _quantities) in zip(order_ids, orders, strict=True):
        progress = order_progress(status, lines.get(order_id, []))
        expected[order_id] = (progress.value, order_late(progress, promised, TODAY))

    rows = q.list_orders(db, OrderFilter(), TODAY, limit=50)
    assert {r.id: (r.progress, r.late) for r in rows} == expected

    for progress in OrderProgress:
        for late_only in (False, True):
            flt = OrderFilter(progress=(progress.value,), late_only=late_only)
            want = {
                i for i, (p, late) in expected.items() if p == progress and (late or not late_only)
            }
            assert {r.id for r in q.list_orders(db, flt, TODAY, limit=50)} == want
            assert q.count_orders(db, flt, TODAY) == len(want)
    everything_open = OrderFilter(progress=tuple(p.value for p in OrderProgress)[:4])
    want_open = {i for i, (p, _late) in expected.items() if p not in ("completed", "cancelled")}
    assert {r.id for r in q.list_orders(db, everything_open, TODAY, limit=50)} == want_open
