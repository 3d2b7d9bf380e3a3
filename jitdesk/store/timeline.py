"""Queries behind an order's timeline: its events, the supplier orders covering its lines and
the receipts that allocated units to it."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def order_events(db: Database, order_id: int) -> list[dict[str, Any]]:
    """The order's events, each with the name of the person who did it (None when nobody
    was signed in)."""
    rows = db.execute(
        "SELECT e.id, e.at, e.actor, e.action, e.summary, e.details, p.name AS person"
        " FROM events e LEFT JOIN people p ON p.id = e.person_id"
        " WHERE e.entity = 'customer_order' AND e.entity_id = ? ORDER BY e.at, e.id",
        [order_id],
    )
    return [dict(r) for r in rows]


COVERING_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, so.created_at, so.sent_at, so.closed_at,
       s.name AS supplier_name, SUM(c.quantity) AS units,
       GROUP_CONCAT(DISTINCT p.sku) AS skus
FROM customer_order_lines l
JOIN coverage c ON c.customer_line_id = l.id
JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN suppliers s ON s.id = so.supplier_id
JOIN products p ON p.id = l.product_id
WHERE l.order_id = ?
GROUP BY so.id, s.name
ORDER BY so.created_at, so.id
"""


def covering_supplier_orders(db: Database, order_id: int) -> list[dict[str, Any]]:
    """Supplier orders with coverage for this order's lines (units = coverage now)."""
    return [dict(r) for r in db.execute(COVERING_SQL, [order_id])]


RECEIPTS_SQL = """
SELECT r.id, r.received_on, r.created_at, so.id AS supplier_order_id, so.number,
       s.name AS supplier_name, SUM(a.quantity) AS units, GROUP_CONCAT(DISTINCT p.sku) AS skus
FROM customer_order_lines l
JOIN allocations a ON a.customer_line_id = l.id
JOIN receipts r ON r.id = a.receipt_id
JOIN supplier_orders so ON so.id = r.supplier_order_id
JOIN suppliers s ON s.id = so.supplier_id
JOIN products p ON p.id = l.product_id
WHERE l.order_id = ?
GROUP BY r.id, so.id, so.number, s.name
ORDER BY r.created_at, r.id
"""


def allocating_receipts(db: Database, order_id: int) -> list[dict[str, Any]]:
    """Deliveries that put units aside for this order (units = allocated from each)."""
    return [dict(r) for r in db.execute(RECEIPTS_SQL, [order_id])]


def surplus_allocations(db: Database, order_id: int) -> list[dict[str, Any]]:
    """Units taken from surplus for this order, per time and product."""
    rows = db.execute(
        "SELECT a.created_at, p.sku, SUM(a.quantity) AS units FROM customer_order_lines l"
        " JOIN allocations a ON a.customer_line_id = l.id JOIN products p ON p.id = l.product_id"
        " WHERE l.order_id = ? AND a.receipt_id IS NULL GROUP BY a.created_at, p.sku"
        " ORDER BY a.created_at",
        [order_id],
    )
    return [dict(r) for r in rows]
