"""Supplier reliability reads totals kept by triggers (units per supplier order and per
receipt, actual costs per offer and day) instead of every line of the shop's history. Its
figures must be those of the straightforward computation over all rows, whatever the history:
old and new orders, several deliveries a day, receipts undone, costs and dates corrected.
And a shop file from before those totals gets them filled in when it is upgraded."""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jitdesk.services import reports
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop
from jitdesk.store import reports as q
from jitdesk.store import schema
from tests.services.jit_fixtures import report_totals_drift

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
TODAY = NOW.date()

# The straightforward computation: every receipt and line of the history, grouped.
ALL_SENT_ORDERS_SQL = """
WITH first AS (SELECT supplier_order_id AS so_id, MIN(received_on) AS day
               FROM receipts GROUP BY 1),
ordered AS (SELECT supplier_order_id AS so_id, SUM(quantity) AS q
            FROM supplier_order_lines GROUP BY 1),
first_qty AS (SELECT r.supplier_order_id AS so_id, SUM(rl.quantity) AS q
              FROM receipts r
              JOIN first f ON f.so_id = r.supplier_order_id AND r.received_on = f.day
              JOIN receipt_lines rl ON rl.receipt_id = r.id
              GROUP BY 1)
SELECT so.supplier_id, substr(so.sent_at, 1, 10), so.expected_date, f.day,
       COALESCE(o.q, 0), COALESCE(fq.q, 0)
FROM supplier_orders so
LEFT JOIN first f ON f.so_id = so.id
LEFT JOIN ordered o ON o.so_id = so.id
LEFT JOIN first_qty fq ON fq.so_id = so.id
WHERE so.sent_at IS NOT NULL AND so.status <> 'cancelled'
ORDER BY so.supplier_id, so.sent_at
"""
ALL_COSTS_SQL = """
SELECT o.id, o.supplier_id, o.unit_cost, c.changed_at, c.unit_cost
FROM offers o LEFT JOIN offer_costs c ON c.offer_id = o.id
WHERE o.active = 1
UNION ALL
SELECT sl.offer_id, o.supplier_id, o.unit_cost, rc.received_on || 'T23:59:59', rl.unit_cost
FROM receipt_lines rl
JOIN receipts rc ON rc.id = rl.receipt_id
JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
JOIN offers o ON o.id = sl.offer_id AND o.active = 1
WHERE rl.unit_cost IS NOT NULL
"""


def _all_cost_history(db, _days):
    result: dict = {}
    for offer_id, supplier_id, current, at, cost in db.execute(ALL_COSTS_SQL):
        entry = result.setdefault(offer_id, (supplier_id, current, []))
        if at is not None:
            entry[2].append((at, cost))
    for _, _, history in result.values():
        history.sort()
    return result


def straightforward_reliability(shop: Shop):
    with (
        mock.patch.object(q, "SENT_ORDERS_SQL", ALL_SENT_ORDERS_SQL),
        mock.patch.object(q, "cost_history", _all_cost_history),
    ):
        return reports.supplier_reliability(shop)


@contextmanager
def new_shop():
    with tempfile.TemporaryDirectory() as folder:
        shop = create_shop(Path(folder) / "r.jitdesk", "Velo", "EUR")
        shop._clock = lambda: NOW
        try:
            yield shop
        finally:
            shop.close()


def _ins(db, table, **row) -> int:
    return int(db[table].insert(row).last_pk)


def _catalog(db) -> list[tuple[int, int, int]]:
    """Two suppliers, three products: (product, supplier, offer) per offer."""
    suppliers = [
        _ins(db, "suppliers", name=name, lead_time_days=5, delivery_weekdays="0,1,2,3,4,5,6")
        for name in ("Acme", "Birk")
    ]
    offers = []
    for n in range(3):
        product = _ins(db, "products", sku=f"P{n}", name=f"Product {n}", sale_price=1000)
        for s in suppliers[: 1 + n % 2]:
            offer = _ins(db, "offers", product_id=product, supplier_id=s, unit_cost=400 + n)
            offers.append((product, s, offer))
    _ins(db, "offer_costs", offer_id=offers[0][2], unit_cost=390,
         changed_at=(TODAY - timedelta(days=200)).isoformat() + "T08:00:00+00:00")  # fmt: skip
    return offers


def _day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


# One supplier order: sent how many days ago, expected after how many days, status, lines
# (offer index, quantity) and deliveries (days after sending, [(line index, units, cost)]).
deliveries = st.lists(
    st.tuples(
        st.integers(0, 30),
        st.lists(
            st.tuples(st.integers(0, 3), st.integers(0, 9), st.none() | st.integers(300, 460)),
            max_size=3,
        ),
    ),
    max_size=3,
)
supplier_orders = st.lists(
    st.tuples(
        st.integers(0, 3 * 365),
        st.integers(0, 20),
        st.sampled_from(["sent", "received", "closed short", "cancelled", "draft"]),
        st.lists(st.tuples(st.integers(0, 4), st.integers(0, 20)), min_size=1, max_size=4),
        deliveries,
    ),
    max_size=8,
)
# Corrections after the fact: (what, which row by position, a value).
corrections = st.lists(
    st.tuples(
        st.sampled_from(["undo receipt", "move receipt", "cost", "quantity", "offer", "line"]),
        st.integers(0, 50),
        st.integers(0, 400),
    ),
    max_size=6,
)


def _history(db, offers, orders) -> None:
    for n, (ago, lead, status, lines, received) in enumerate(orders):
        sent = None if status == "draft" else _day(ago) + "T16:00:00+00:00"
        supplier = offers[lines[0][0] % len(offers)][1]
        so = _ins(db, "supplier_orders", number=f"P-{n:04d}", supplier_id=supplier,
                  status=status, expected_date=_day(ago - lead), created_at=_day(ago),
                  updated_at=_day(ago), sent_at=sent)  # fmt: skip
        line_ids = []
        for line_no, (which, qty) in enumerate(lines, 1):
            product, _supplier, offer = offers[which % len(offers)]
            line_ids.append(
                _ins(db, "supplier_order_lines", supplier_order_id=so, line_no=line_no,
                     product_id=product, offer_id=offer, unit_cost=400, quantity=qty)
            )  # fmt: skip
        for after, parts in received:
            rid = _ins(db, "receipts", supplier_order_id=so, received_on=_day(ago - after),
                       created_at=_day(ago))  # fmt: skip
            for which, units, cost in parts:
                line = line_ids[which % len(line_ids)]
                product = db.execute(
                    "SELECT product_id FROM supplier_order_lines WHERE id = ?", [line]
                ).fetchone()[0]
                _ins(db, "receipt_lines", receipt_id=rid, supplier_line_id=line,
                     product_id=product, quantity=units, unit_cost=cost)  # fmt: skip


def _nth(db, sql: str, n: int) -> int | None:
    ids = [r[0] for r in db.execute(sql)]
    return ids[n % len(ids)] if ids else None


def _correct(db, offers, what: str, n: int, value: int) -> None:
    """A correction as the app or a repair would make it, straight on the rows."""
    if what == "undo receipt" and (rid := _nth(db, "SELECT id FROM receipts", n)):
        db.execute("DELETE FROM receipt_lines WHERE receipt_id = ?", [rid])
        db.execute("DELETE FROM receipts WHERE id = ?", [rid])
    elif what == "move receipt" and (rid := _nth(db, "SELECT id FROM receipts", n)):
        db.execute("UPDATE receipts SET received_on = ? WHERE id = ?", [_day(value), rid])
    elif what == "cost" and (lid := _nth(db, "SELECT id FROM receipt_lines", n)):
        cost = None if value % 3 == 0 else 300 + value
        db.execute("UPDATE receipt_lines SET unit_cost = ? WHERE id = ?", [cost, lid])
    elif what == "quantity" and (lid := _nth(db, "SELECT id FROM receipt_lines", n)):
        db.execute("UPDATE receipt_lines SET quantity = ? WHERE id = ?", [value % 10, lid])
    elif what == "offer" and (sl := _nth(db, "SELECT id FROM supplier_order_lines", n)):
        offer = offers[value % len(offers)][2] if value % 4 else None
        db.execute("UPDATE supplier_order_lines SET offer_id = ? WHERE id = ?", [offer, sl])
    elif what == "line" and (sl := _nth(db, "SELECT id FROM supplier_order_lines", n)):
        db.execute("UPDATE supplier_order_lines SET quantity = ? WHERE id = ?", [value, sl])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(orders=supplier_orders, fixes=corrections)
def test_supplier_reliability_equals_the_computation_over_every_row(orders, fixes):
    with new_shop() as shop:
        db = shop.db
        offers = _catalog(db)
        _history(db, offers, orders)
        for what, n, value in fixes:
            _correct(db, offers, what, n, value)
        assert report_totals_drift(db) == []
        assert reports.supplier_reliability(shop) == straightforward_reliability(shop)


def test_an_older_shop_file_gets_its_totals_when_upgraded(tmp_path):
    """The totals of a file written before them are filled in from its history."""
    path = tmp_path / "old.jitdesk"
    shop = create_shop(path, "Velo", "EUR")
    offers = _catalog(shop.db)
    received = [(3, [(0, 4, 410), (1, 2, None)]), (3, [(0, 1, 420)]), (9, [(2, 5, 405)])]
    _history(shop.db, offers, [(400, 5, "received", [(0, 5), (1, 2), (2, 6)], received),
                               (20, 5, "sent", [(0, 3)], [])])  # fmt: skip
    kept = {t: shop.db.execute(f"SELECT * FROM {t}").fetchall() for t in _TOTALS}
    shop.close()
    _as_before_the_totals(path)

    shop = Shop.open(path, clock=lambda: NOW)
    try:
        for table, rows in kept.items():
            assert rows and shop.db.execute(f"SELECT * FROM {table}").fetchall() == rows
        assert report_totals_drift(shop.db) == []
        (acme, _birk) = reports.supplier_reliability(shop)
        assert (acme.sent_orders, acme.delivered_orders, acme.lead_median) == (2, 1, 3)
        assert acme.fill_rate == 7 / 13  # 5 + 2 units on the first day, 13 ordered
        assert reports.supplier_reliability(shop) == straightforward_reliability(shop)
    finally:
        shop.close()


_TOTALS = ("supplier_order_units", "receipt_units", "offer_receipt_costs")


def _as_before_the_totals(path: Path) -> None:
    """Take the totals, their triggers and index and their migration's record out of a file."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    triggers = [trigger.split()[2] for trigger in schema.report_total_triggers()]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for table in _TOTALS:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX receipts_order_day")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm021_report_totals'")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.close()


def test_a_late_delivery_is_judged_from_the_first_receipt_day():
    """Two receipts on the first day count together; a later one does not."""
    with new_shop() as shop:
        offers = _catalog(shop.db)
        day_one = [(0, 2, None)]
        _history(shop.db, offers, [(60, 4, "received", [(0, 10)],
                                    [(6, day_one), (6, day_one), (8, [(0, 6, None)])])])  # fmt: skip
        (acme, _birk) = reports.supplier_reliability(shop)
        assert (acme.delivered_orders, acme.on_time, acme.lead_median) == (1, 0, 6)
        assert acme.fill_rate == 4 / 10
