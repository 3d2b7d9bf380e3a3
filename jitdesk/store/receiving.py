"""Queries for receiving, allocation and releasing units (coverage, allocations, receipts).

The rules live in domain/allocation.py; this module only reads the numbers they need and
writes rows in bulk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.allocation import AllocationHold, CoverageClaim, CoverageHold, CustomerNeed
from jitdesk.store.quantities import OPEN_SO
from jitdesk.store.rowids import inserted_id


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def supplier_order_header(db: Database, supplier_order_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT so.*, s.name AS supplier_name FROM supplier_orders so"
        " JOIN suppliers s ON s.id = so.supplier_id WHERE so.id = ?",
        [supplier_order_id],
    ).fetchone()
    return dict(row) if row else None


SUPPLIER_LINES_SQL = """
SELECT sl.id, sl.line_no, sl.product_id, p.sku, p.name, sl.quantity, sl.unit_cost,
       COALESCE((SELECT SUM(quantity) FROM receipt_lines WHERE supplier_line_id = sl.id), 0)
           AS received
FROM supplier_order_lines sl JOIN products p ON p.id = sl.product_id
WHERE sl.supplier_order_id = ?
ORDER BY sl.line_no
"""


def supplier_lines(db: Database, supplier_order_id: int) -> list[dict[str, Any]]:
    """Lines of a supplier order with what was received so far."""
    return [dict(r) for r in db.execute(SUPPLIER_LINES_SQL, [supplier_order_id])]


COVERAGE_CLAIMS_SQL = """
SELECT c.id, c.supplier_line_id, c.customer_line_id,
       c.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocations a
                              WHERE a.coverage_id = c.id), 0) AS outstanding
FROM coverage c JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
WHERE sl.supplier_order_id = ?
"""


def coverage_claims(db: Database, supplier_order_id: int) -> list[CoverageClaim]:
    rows = db.execute(COVERAGE_CLAIMS_SQL, [supplier_order_id]).fetchall()
    return [CoverageClaim(r[0], r[1], r[2], r[3]) for r in rows if r[3] > 0]


CUSTOMER_NEEDS_SQL = f"""
WITH lines AS (
    SELECT l.id, l.product_id, l.quantity, o.order_date, o.id AS order_id, l.line_no
    FROM customer_order_lines l JOIN customer_orders o ON o.id = l.order_id
    WHERE o.status IN ('open', 'ready') AND l.quantity > 0 AND l.product_id IN ({{marks}})
),
a AS (SELECT customer_line_id AS line_id, SUM(quantity) AS q FROM allocations
      WHERE customer_line_id IN (SELECT id FROM lines) GROUP BY 1),
cov AS (
    SELECT c.customer_line_id AS line_id,
           SUM(MAX(c.quantity - COALESCE((SELECT SUM(x.quantity) FROM allocations x
                                          WHERE x.coverage_id = c.id), 0), 0)) AS q
    FROM coverage c
    JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
    JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE so.status IN {OPEN_SO} AND c.customer_line_id IN (SELECT id FROM lines)
    GROUP BY 1
)
SELECT lines.id, lines.product_id, lines.order_date, lines.order_id, lines.line_no,
       lines.quantity - COALESCE(a.q, 0) AS need, COALESCE(cov.q, 0) AS covered
FROM lines LEFT JOIN a ON a.line_id = lines.id LEFT JOIN cov ON cov.line_id = lines.id
WHERE lines.quantity - COALESCE(a.q, 0) > 0
"""


def customer_needs(db: Database, product_ids: Iterable[int]) -> list[CustomerNeed]:
    """Active customer lines of these products that still need units (see CustomerNeed)."""
    ids = sorted(set(product_ids))
    if not ids:
        return []
    rows = db.execute(CUSTOMER_NEEDS_SQL.format(marks=_marks(ids)), ids).fetchall()
    return [CustomerNeed(r[0], r[1], (r[2], r[3], r[4]), r[5], r[6]) for r in rows]


def insert_receipt(
    db: Database, supplier_order_id: int, received_on: str, created_at: str, note: str
) -> int:
    cur = db.execute(
        "INSERT INTO receipts (supplier_order_id, received_on, created_at, note)"
        " VALUES (?, ?, ?, ?)",
        [supplier_order_id, received_on, created_at, note],
    )
    return inserted_id(cur.lastrowid)


def insert_receipt_lines(db: Database, rows: Iterable[tuple]) -> None:
    """rows: (receipt_id, supplier_line_id, product_id, quantity, unit_cost)."""
    db.conn.executemany(
        "INSERT INTO receipt_lines (receipt_id, supplier_line_id, product_id, quantity,"
        " unit_cost) VALUES (?, ?, ?, ?, ?)",
        list(rows),
    )


def insert_allocations(db: Database, rows: Iterable[tuple]) -> None:
    """rows: (customer_line_id, product_id, quantity, receipt_id, coverage_id, created_at)."""
    db.conn.executemany(
        "INSERT INTO allocations (customer_line_id, product_id, quantity, receipt_id,"
        " coverage_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        list(rows),
    )


def line_orders(db: Database, line_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Customer line id -> its order id, number, customer name, line number."""
    ids = sorted(set(line_ids))
    if not ids:
        return {}
    rows = db.execute(
        "SELECT l.id, l.order_id, o.number, c.name AS customer_name, l.line_no"
        " FROM customer_order_lines l JOIN customer_orders o ON o.id = l.order_id"
        f" JOIN customers c ON c.id = o.customer_id WHERE l.id IN ({_marks(ids)})",
        ids,
    )
    return {r["id"]: dict(r) for r in rows}


def orders_brief(db: Database, order_ids: Iterable[int]) -> list[dict[str, Any]]:
    ids = sorted(set(order_ids))
    if not ids:
        return []
    rows = db.execute(
        "SELECT o.id, o.number, o.status, c.name AS customer_name FROM customer_orders o"
        f" JOIN customers c ON c.id = o.customer_id WHERE o.id IN ({_marks(ids)})"
        " ORDER BY o.id",
        ids,
    )
    return [dict(r) for r in rows]


# --- undoing a receipt ---------------------------------------------------------------------


def last_receipt(db: Database, supplier_order_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT * FROM receipts WHERE supplier_order_id = ? ORDER BY id DESC LIMIT 1",
        [supplier_order_id],
    ).fetchone()
    return dict(row) if row else None


def receipt_units_by_product(db: Database, receipt_id: int) -> dict[int, int]:
    rows = db.execute(
        "SELECT product_id, SUM(quantity) FROM receipt_lines WHERE receipt_id = ? GROUP BY 1",
        [receipt_id],
    )
    return {r[0]: r[1] for r in rows}


def receipt_allocations_by_line(db: Database, receipt_id: int) -> dict[int, tuple[int, int]]:
    """Customer line id -> (product id, units allocated from this receipt)."""
    rows = db.execute(
        "SELECT customer_line_id, product_id, SUM(quantity) FROM allocations"
        " WHERE receipt_id = ? GROUP BY 1, 2",
        [receipt_id],
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def allocated_and_handed(db: Database, line_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Customer line id -> (all units ever allocated, units handed over)."""
    ids = sorted(set(line_ids))
    if not ids:
        return {}
    sql = f"""
    SELECT l.id,
           COALESCE((SELECT SUM(quantity) FROM allocations WHERE customer_line_id = l.id), 0),
           COALESCE((SELECT SUM(quantity) FROM handover_lines WHERE customer_line_id = l.id), 0)
    FROM customer_order_lines l WHERE l.id IN ({_marks(ids)})
    """
    return {r[0]: (r[1], r[2]) for r in db.execute(sql, ids)}


def delete_receipt(db: Database, receipt_id: int) -> None:
    db.execute("DELETE FROM allocations WHERE receipt_id = ?", [receipt_id])
    db.execute("DELETE FROM receipt_lines WHERE receipt_id = ?", [receipt_id])
    db.execute("DELETE FROM receipts WHERE id = ?", [receipt_id])


# --- releasing units of a customer line ----------------------------------------------------

COVERAGE_HOLDS_SQL = f"""
SELECT c.id, c.supplier_line_id, so.status = 'draft' AS draft,
       MAX(c.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocations a
                                  WHERE a.coverage_id = c.id), 0), 0) AS outstanding,
       so.created_at, so.id AS supplier_order_id, so.number, c.quantity,
       sl.quantity AS line_quantity, sl.pack_size, COALESCE(o.min_qty, 1) AS min_qty,
       p.sku, c.customer_line_id
FROM coverage c
JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN products p ON p.id = sl.product_id
LEFT JOIN offers o ON o.id = sl.offer_id
WHERE so.status IN {OPEN_SO} AND c.customer_line_id = ?
"""


def coverage_holds(db: Database, customer_line_id: int) -> list[tuple[CoverageHold, dict]]:
    """Outstanding coverage of a customer line on open supplier orders, with display data.

    Newest supplier orders are released first (they are furthest from arriving)."""
    result = []
    for r in db.execute(COVERAGE_HOLDS_SQL, [customer_line_id]).fetchall():
        if r["outstanding"] <= 0:
            continue
        hold = CoverageHold(
            r["id"],
            r["supplier_line_id"],
            bool(r["draft"]),
            r["outstanding"],
            (-r["supplier_order_id"], -r["id"]),
        )
        result.append((hold, dict(r)))
    return result


def allocation_holds(db: Database, customer_line_id: int) -> list[AllocationHold]:
    rows = db.execute(
        "SELECT id, quantity, coverage_id FROM allocations WHERE customer_line_id = ?"
        " ORDER BY id DESC",
        [customer_line_id],
    )
    return [AllocationHold(r[0], r[1], r[2]) for r in rows]


def coverage_total_on_line(db: Database, supplier_line_id: int) -> int:
    return db.execute(
        "SELECT COALESCE(SUM(quantity), 0) FROM coverage WHERE supplier_line_id = ?",
        [supplier_line_id],
    ).fetchone()[0]


def reduce_coverage(db: Database, coverage_id: int, quantity: int) -> None:
    db.execute("UPDATE coverage SET quantity = quantity - ? WHERE id = ?", [quantity, coverage_id])


def reduce_allocation(db: Database, allocation_id: int, quantity: int) -> None:
    """Lower an allocation row; a row that reaches zero is deleted (quantity must stay > 0)."""
    db.execute("DELETE FROM allocations WHERE id = ? AND quantity <= ?", [allocation_id, quantity])
    db.execute(
        "UPDATE allocations SET quantity = quantity - ? WHERE id = ?", [quantity, allocation_id]
    )


def remove_draft_line(db: Database, supplier_line_id: int) -> None:
    db.execute("DELETE FROM coverage WHERE supplier_line_id = ?", [supplier_line_id])
    db.execute("DELETE FROM supplier_order_lines WHERE id = ?", [supplier_line_id])


def line_counts(db: Database, supplier_order_ids: list[int]) -> dict[int, int]:
    """Number of lines per supplier order (orders without lines are left out)."""
    if not supplier_order_ids:
        return {}
    marks = ",".join("?" * len(supplier_order_ids))
    rows = db.execute(
        "SELECT supplier_order_id, COUNT(*) FROM supplier_order_lines"
        f" WHERE supplier_order_id IN ({marks}) GROUP BY 1",
        supplier_order_ids,
    )
    return {so_id: n for so_id, n in rows}


def cancel_empty_draft(db: Database, supplier_order_id: int, at: str) -> None:
    db.execute(
        "UPDATE supplier_orders SET status = 'cancelled', closed_at = ?, updated_at = ?"
        " WHERE id = ? AND status = 'draft'"
        " AND NOT EXISTS (SELECT 1 FROM supplier_order_lines WHERE supplier_order_id = ?)",
        [at, at, supplier_order_id, supplier_order_id],
    )


def insert_events(db: Database, rows: Iterable[tuple], person_id: int | None = None) -> None:
    """Many audit events at once, all by `person_id`: rows of (at, actor, entity, entity_id,
    action, summary, details as JSON text); a delivery for hundreds of orders writes one per
    order."""
    db.conn.executemany(
        "INSERT INTO events (at, actor, entity, entity_id, action, summary, details, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row, person_id) for row in rows],
    )
