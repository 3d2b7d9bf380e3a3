"""Queries and writes for supplier orders, their lines and the coverage linking them to
customer lines (the link must stay visible: every line says which customers it serves)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.statuses import SupplierOrderStatus
from jitdesk.store.quantities import OPEN_SO
from jitdesk.store.rowids import inserted_id


@dataclass(frozen=True, slots=True)
class SupplierOrderHeader:
    """A supplier order with the terms of its supplier."""

    id: int
    number: str
    supplier_id: int
    status: str
    expected_date: str | None  # ISO dates and UTC timestamps, as stored
    notes: str
    created_at: str
    updated_at: str
    sent_at: str | None
    closed_at: str | None
    supplier_name: str
    supplier_email: str
    min_order_value: int
    supplier_lead_time_days: int
    delivery_weekdays: str


HEADER_SQL = """
SELECT so.id, so.number, so.supplier_id, so.status, so.expected_date, so.notes, so.created_at,
       so.updated_at, so.sent_at, so.closed_at, s.name, s.email, s.min_order_value,
       s.lead_time_days, s.delivery_weekdays
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
"""


def header(db: Database, so_id: int) -> SupplierOrderHeader | None:
    row = db.execute(HEADER_SQL + " WHERE so.id = ?", [so_id]).fetchone()
    return SupplierOrderHeader(*row) if row else None


def header_by_number(db: Database, number: str) -> SupplierOrderHeader | None:
    row = db.execute(HEADER_SQL + " WHERE so.number = ?", [number.strip()]).fetchone()
    return SupplierOrderHeader(*row) if row else None


@dataclass(frozen=True, slots=True)
class Coverage:
    """Units of a supplier order line meant for one customer line, with that customer."""

    id: int
    supplier_line_id: int
    customer_line_id: int
    quantity: int
    allocated: int
    outstanding: int  # still expected for the customer
    order_id: int
    line_no: int
    order_number: str
    order_date: str
    order_status: str
    customer_name: str
    customer_phone: str
    customer_email: str


@dataclass(frozen=True, slots=True)
class SupplierOrderLine:
    """A supplier order line with what was received and how much of it customers wait for."""

    id: int
    supplier_order_id: int
    line_no: int
    product_id: int
    offer_id: int | None
    supplier_sku: str
    description: str
    unit_cost: int
    pack_size: int
    quantity: int
    expected_date: str | None
    notes: str
    sku: str
    product_name: str
    unit: str
    received: int
    covered: int
    covered_outstanding: int
    lead_time_days: int
    customers: tuple[Coverage, ...] = ()  # filled in for the order's detail only

    @property
    def line_total(self) -> int:
        return self.quantity * self.unit_cost

    @property
    def uncovered(self) -> int:
        """Units no customer is waiting for (pack rounding, minimums): they become surplus."""
        return max(0, self.quantity - self.covered)


# Per-row sub-queries over indexed columns: the cost grows with the order's own lines, not with
# every receipt and allocation in the shop (a 100,000-order file stays fast).
LINES_SQL = """
SELECT sl.id, sl.supplier_order_id, sl.line_no, sl.product_id, sl.offer_id, sl.supplier_sku,
       sl.description, sl.unit_cost, sl.pack_size, sl.quantity, sl.expected_date, sl.notes,
       p.sku, p.name AS product_name, p.unit,
       (SELECT COALESCE(SUM(r.quantity), 0) FROM receipt_lines r
         WHERE r.supplier_line_id = sl.id) AS received,
       (SELECT COALESCE(SUM(c.quantity), 0) FROM coverage c
         WHERE c.supplier_line_id = sl.id) AS covered,
       (SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(a.quantity), 0)
                                             FROM allocations a WHERE a.coverage_id = c.id),
                                0)), 0)
          FROM coverage c WHERE c.supplier_line_id = sl.id) AS covered_outstanding,
       COALESCE(o.lead_time_days, s.lead_time_days) AS lead_time_days
FROM supplier_order_lines sl
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN suppliers s ON s.id = so.supplier_id
JOIN products p ON p.id = sl.product_id
LEFT JOIN offers o ON o.id = sl.offer_id
"""


def lines(db: Database, so_id: int) -> list[SupplierOrderLine]:
    rows = db.execute(
        LINES_SQL + " WHERE sl.supplier_order_id = ? ORDER BY sl.line_no", [so_id]
    ).fetchall()
    return [SupplierOrderLine(*r) for r in rows]


def line(db: Database, line_id: int) -> SupplierOrderLine | None:
    row = db.execute(LINES_SQL + " WHERE sl.id = ?", [line_id]).fetchone()
    return SupplierOrderLine(*row) if row else None


COVERAGE_SQL = """
SELECT c.id, c.supplier_line_id, c.customer_line_id, c.quantity, ca.q AS allocated,
       MAX(c.quantity - ca.q, 0) AS outstanding,
       l.order_id, l.line_no, o.number AS order_number, o.order_date, o.status AS order_status,
       cu.name AS customer_name, cu.phone AS customer_phone, cu.email AS customer_email
FROM coverage c
JOIN customer_order_lines l ON l.id = c.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
JOIN customers cu ON cu.id = o.customer_id
JOIN (SELECT c2.id, (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a
                      WHERE a.coverage_id = c2.id) AS q FROM coverage c2) ca ON ca.id = c.id
"""


def coverage_for_lines(db: Database, line_ids: Iterable[int]) -> list[Coverage]:
    """Coverage rows of these supplier lines, oldest customer order first."""
    ids = list(line_ids)
    if not ids:
        return []
    rows = db.execute(
        COVERAGE_SQL + f" WHERE c.supplier_line_id IN ({','.join('?' * len(ids))})"
        " ORDER BY o.order_date, o.id, c.customer_line_id",
        ids,
    ).fetchall()
    return [Coverage(*r) for r in rows]


def coverage_for_order(db: Database, so_id: int) -> list[Coverage]:
    rows = db.execute(
        COVERAGE_SQL + " JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id"
        " WHERE sl.supplier_order_id = ? ORDER BY o.order_date, o.id, c.customer_line_id",
        [so_id],
    ).fetchall()
    return [Coverage(*r) for r in rows]


def draft_for_supplier(db: Database, supplier_id: int) -> SupplierOrderHeader | None:
    row = db.execute(
        "SELECT id FROM supplier_orders WHERE supplier_id = ? AND status = 'draft'"
        " ORDER BY id LIMIT 1",
        [supplier_id],
    ).fetchone()
    return header(db, row[0]) if row else None


def next_line_no(db: Database, so_id: int) -> int:
    return db.execute(
        "SELECT COALESCE(MAX(line_no), 0) + 1 FROM supplier_order_lines"
        " WHERE supplier_order_id = ?",
        [so_id],
    ).fetchone()[0]


def insert_order(
    db: Database, *, number: str, supplier_id: int, expected_date: str | None, now: str
) -> int:
    cur = db.execute(
        "INSERT INTO supplier_orders (number, supplier_id, status, expected_date, created_at,"
        " updated_at) VALUES (?, ?, 'draft', ?, ?, ?)",
        [number, supplier_id, expected_date, now, now],
    )
    return inserted_id(cur.lastrowid)


def insert_line(db: Database, row: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO supplier_order_lines (supplier_order_id, line_no, product_id, offer_id,"
        " supplier_sku, description, unit_cost, pack_size, quantity, expected_date)"
        " VALUES (:supplier_order_id, :line_no, :product_id, :offer_id, :supplier_sku,"
        " :description, :unit_cost, :pack_size, :quantity, :expected_date)",
        row,
    )
    return inserted_id(cur.lastrowid)


def offer_snapshots(db: Database, offer_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Supplier SKU and product name per offer: what a supplier order line snapshots."""
    ids = sorted(set(offer_ids))
    if not ids:
        return {}
    rows = db.execute(
        "SELECT o.id, o.supplier_sku, p.name AS product_name FROM offers o"
        f" JOIN products p ON p.id = o.product_id WHERE o.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    return {r[0]: dict(r) for r in rows}


def offer_with_terms(db: Database, product_id: int, supplier_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT o.*, COALESCE(o.lead_time_days, s.lead_time_days) AS effective_lead_time,"
        " s.delivery_weekdays, s.name AS supplier_name, p.name AS product_name, p.sku"
        " FROM offers o JOIN suppliers s ON s.id = o.supplier_id"
        " JOIN products p ON p.id = o.product_id"
        " WHERE o.product_id = ? AND o.supplier_id = ? AND o.active = 1 AND s.active = 1",
        [product_id, supplier_id],
    ).fetchone()
    return dict(row) if row else None


def allocations_via_coverage(db: Database, coverage_ids: Iterable[int]) -> int:
    ids = list(coverage_ids)
    if not ids:
        return 0
    return db.execute(
        "SELECT COALESCE(SUM(quantity), 0) FROM allocations"
        f" WHERE coverage_id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchone()[0]


def outstanding_customers(db: Database, so_id: int) -> list[Coverage]:
    """Customer orders still waiting for units of this supplier order, per customer line."""
    return [row for row in coverage_for_order(db, so_id) if row.outstanding > 0]


def is_open_status(status: str) -> bool:
    return f"'{status}'" in OPEN_SO


def set_coverage_quantity(db: Database, coverage_id: int, quantity: int) -> None:
    """Lower a coverage; a coverage that reaches zero and fulfilled nothing is removed."""
    db.execute("UPDATE coverage SET quantity = ? WHERE id = ?", [quantity, coverage_id])
    db.execute(
        "DELETE FROM coverage WHERE id = ? AND quantity = 0"
        " AND NOT EXISTS (SELECT 1 FROM allocations WHERE coverage_id = ?)",
        [coverage_id, coverage_id],
    )


def move_coverage(db: Database, from_line_id: int, to_line_id: int) -> None:
    """Every customer a supplier line served is now served by another line (same units)."""
    db.execute(
        "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at)"
        " SELECT ?, customer_line_id, quantity, created_at FROM coverage"
        " WHERE supplier_line_id = ? AND quantity > 0"
        " ON CONFLICT (supplier_line_id, customer_line_id)"
        " DO UPDATE SET quantity = quantity + excluded.quantity",
        [to_line_id, from_line_id],
    )
    db.execute("DELETE FROM coverage WHERE supplier_line_id = ?", [from_line_id])


def number_and_status(db: Database, so_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT number, status FROM supplier_orders WHERE id = ?", [so_id]).fetchone()
    return dict(row) if row else None


def has_receipts(db: Database, so_id: int) -> bool:
    return (
        db.execute("SELECT 1 FROM receipts WHERE supplier_order_id = ? LIMIT 1", [so_id]).fetchone()
        is not None
    )


# --- writes ----------------------------------------------------------------------------------


def _update_order(db: Database, so_id: int, values: dict[str, Any]) -> None:
    db.table("supplier_orders").update(so_id, values)


def set_status(db: Database, so_id: int, status: str, at: str) -> None:
    _update_order(db, so_id, {"status": status, "updated_at": at})


def set_notes(db: Database, so_id: int, notes: str, at: str) -> None:
    _update_order(db, so_id, {"notes": notes, "updated_at": at})


def set_expected_date(db: Database, so_id: int, expected_date: str | None, at: str) -> None:
    """A draft's expected date follows its lines."""
    _update_order(db, so_id, {"updated_at": at, "expected_date": expected_date})


def touch(db: Database, so_id: int, at: str) -> None:
    _update_order(db, so_id, {"updated_at": at})


def mark_sent(db: Database, so_id: int, at: str, expected_date: str | None) -> None:
    _update_order(
        db,
        so_id,
        {
            "status": SupplierOrderStatus.SENT.value,
            "sent_at": at,
            "updated_at": at,
            "expected_date": expected_date,
        },
    )


def close(db: Database, so_id: int, status: str, at: str) -> None:
    """Cancelled or closed short: the order is no longer open."""
    _update_order(db, so_id, {"status": status, "closed_at": at, "updated_at": at})


def update_line(db: Database, line_id: int, values: dict[str, Any]) -> None:
    db.table("supplier_order_lines").update(line_id, values)


def set_line_quantity(db: Database, line_id: int, quantity: int) -> None:
    update_line(db, line_id, {"quantity": quantity})


def delete_line(db: Database, line_id: int) -> None:
    """A line whose coverage was moved or removed first."""
    db.execute("DELETE FROM supplier_order_lines WHERE id = ?", [line_id])
