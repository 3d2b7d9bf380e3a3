"""Reads for the receiving page: supplier orders expected to arrive, and one order's lines
with the codes a scanner may read for them."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

RECEIVABLE = ("sent", "partially received")

EXPECTED_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, s.name AS supplier_name,
       (so.expected_date IS NOT NULL AND so.expected_date < :today) AS late,
       (SELECT COUNT(*) FROM supplier_order_lines WHERE supplier_order_id = so.id)
           AS line_count,
       (SELECT COALESCE(SUM(MAX(sl.quantity - COALESCE(
            (SELECT SUM(quantity) FROM receipt_lines WHERE supplier_line_id = sl.id), 0), 0)), 0)
        FROM supplier_order_lines sl WHERE sl.supplier_order_id = so.id) AS outstanding
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
WHERE so.status IN ('sent', 'partially received')
  AND (:text = '' OR so.number LIKE :like OR s.name LIKE :like)
ORDER BY late DESC, so.expected_date IS NULL, so.expected_date, so.id
LIMIT :limit
"""


def expected_orders(
    db: Database, today_iso: str, text: str = "", limit: int = 500
) -> list[dict[str, Any]]:
    """Sent and partially received orders, late ones first, then by expected date."""
    text = text.strip()
    params = {"today": today_iso, "text": text, "like": f"%{text}%", "limit": limit}
    return [dict(r) for r in db.execute(EXPECTED_SQL, params)]


def order_by_number(db: Database, number: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT id, number, status FROM supplier_orders WHERE number = ? COLLATE NOCASE",
        [number.strip()],
    ).fetchone()
    return dict(row) if row else None


HEADER_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, so.sent_at, s.name AS supplier_name,
       (SELECT COUNT(*) FROM receipts WHERE supplier_order_id = so.id) AS receipt_count
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id WHERE so.id = ?
"""


def order_header(db: Database, so_id: int) -> dict[str, Any] | None:
    row = db.execute(HEADER_SQL, [so_id]).fetchone()
    return dict(row) if row else None


LINES_SQL = """
SELECT sl.id, sl.line_no, sl.supplier_sku, sl.description, sl.quantity AS ordered,
       p.sku, p.name AS product_name, p.barcode, p.unit,
       COALESCE((SELECT SUM(quantity) FROM receipt_lines WHERE supplier_line_id = sl.id), 0)
           AS received
FROM supplier_order_lines sl JOIN products p ON p.id = sl.product_id
WHERE sl.supplier_order_id = ?
ORDER BY sl.line_no
"""


def order_lines(db: Database, so_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute(LINES_SQL, [so_id])]
