"""Reads for the receiving page: supplier orders expected to arrive, and one order's lines
with the codes a scanner may read for them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

RECEIVABLE = ("sent", "partially received")


@dataclass(frozen=True, slots=True)
class ExpectedOrder:
    id: int
    number: str
    supplier_name: str
    status: str
    expected_date: date | None
    late: bool
    line_count: int
    outstanding: int


@dataclass(frozen=True, slots=True)
class ReceivingLine:
    id: int
    line_no: int
    supplier_sku: str
    description: str
    sku: str
    barcode: str
    unit: str
    ordered: int
    received: int

    @property
    def outstanding(self) -> int:
        return max(0, self.ordered - self.received)

    def matches(self, code: str) -> bool:
        """True if a scanned or typed code is this line's barcode, shop SKU or supplier SKU."""
        wanted = code.strip().casefold()
        return bool(wanted) and wanted in {
            c.strip().casefold() for c in (self.barcode, self.sku, self.supplier_sku) if c
        }


EXPECTED_SQL = """
SELECT so.id, so.number, s.name AS supplier_name, so.status, so.expected_date,
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
) -> list[ExpectedOrder]:
    """Sent and partially received orders, late ones first, then by expected date."""
    text = text.strip()
    params = {"today": today_iso, "text": text, "like": f"%{text}%", "limit": limit}
    return [
        ExpectedOrder(
            so_id, number, supplier, status, _date(expected), bool(late), lines, outstanding
        )
        for so_id, number, supplier, status, expected, late, lines, outstanding in db.execute(
            EXPECTED_SQL, params
        )
    ]


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def order_by_number(db: Database, number: str) -> tuple[int, str, str] | None:
    """(id, number, status) of the supplier order with this number, in any case."""
    row = db.execute(
        "SELECT id, number, status FROM supplier_orders WHERE number = ? COLLATE NOCASE",
        [number.strip()],
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


@dataclass(frozen=True, slots=True)
class ReceivingHeader:
    id: int
    number: str
    status: str
    expected_date: str | None
    sent_at: str | None
    supplier_name: str
    receipt_count: int


HEADER_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, so.sent_at, s.name AS supplier_name,
       (SELECT COUNT(*) FROM receipts WHERE supplier_order_id = so.id) AS receipt_count
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id WHERE so.id = ?
"""


def order_header(db: Database, so_id: int) -> ReceivingHeader | None:
    row = db.execute(HEADER_SQL, [so_id]).fetchone()
    return ReceivingHeader(*row) if row else None


# The columns are ReceivingLine's, in its order.
LINES_SQL = """
SELECT sl.id, sl.line_no, COALESCE(sl.supplier_sku, ''),
       COALESCE(NULLIF(sl.description, ''), p.name), p.sku, COALESCE(p.barcode, ''), p.unit,
       sl.quantity AS ordered,
       COALESCE((SELECT SUM(quantity) FROM receipt_lines WHERE supplier_line_id = sl.id), 0)
           AS received
FROM supplier_order_lines sl JOIN products p ON p.id = sl.product_id
WHERE sl.supplier_order_id = ?
ORDER BY sl.line_no
"""


def order_lines(db: Database, so_id: int) -> list[ReceivingLine]:
    return [ReceivingLine(*r) for r in db.execute(LINES_SQL, [so_id])]
