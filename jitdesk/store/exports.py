"""Read queries for the CSV exports (one row per exported record, streamed from a cursor)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

CUSTOMER_ORDERS_SQL = """
SELECT o.id, o.number, o.order_date, o.promised_date, o.status, o.channel,
       COALESCE(o.external_ref, '') AS external_ref,
       c.name AS customer_name, c.email AS customer_email, c.phone AS customer_phone,
       (SELECT COUNT(*) FROM customer_order_lines WHERE order_id = o.id) AS lines,
       (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = o.id) AS paid,
       o.notes
FROM customer_orders o JOIN customers c ON c.id = o.customer_id
ORDER BY o.order_date, o.id
"""

SUPPLIER_ORDERS_SQL = """
SELECT so.number, s.name AS supplier_name, so.status, substr(so.created_at, 1, 10) AS created,
       COALESCE(substr(so.sent_at, 1, 10), '') AS sent, COALESCE(so.expected_date, '') AS expected,
       (SELECT COUNT(*) FROM supplier_order_lines WHERE supplier_order_id = so.id) AS lines,
       (SELECT COALESCE(SUM(quantity * unit_cost), 0) FROM supplier_order_lines
         WHERE supplier_order_id = so.id) AS value,
       so.notes
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
ORDER BY so.created_at, so.id
"""

CUSTOMERS_SQL = """
SELECT c.name, c.email, c.phone, c.notes, substr(c.created_at, 1, 10) AS created,
       (SELECT COUNT(*) FROM customer_orders WHERE customer_id = c.id) AS orders
FROM customers c ORDER BY c.name COLLATE NOCASE, c.id
"""


def _rows(db: Database, sql: str) -> Iterator[tuple]:
    cursor = db.conn.execute(sql)
    while batch := cursor.fetchmany(1000):
        yield from (tuple(r) for r in batch)


def customer_orders(db: Database) -> Iterator[tuple]:
    return _rows(db, CUSTOMER_ORDERS_SQL)


def supplier_orders(db: Database) -> Iterator[tuple]:
    return _rows(db, SUPPLIER_ORDERS_SQL)


def customers(db: Database) -> Iterator[tuple]:
    return _rows(db, CUSTOMERS_SQL)
