"""Queries that gather what documents print, and the log of generated documents."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from jitdesk.store.rowids import inserted_id


@dataclass(frozen=True, slots=True)
class SupplierOrderForDocument:
    """A supplier order with the supplier details its PDF prints."""

    id: int
    number: str
    status: str
    expected_date: str | None
    notes: str
    created_at: str
    sent_at: str | None
    supplier_name: str
    supplier_contact: str
    supplier_email: str
    supplier_phone: str
    supplier_address: str
    account_number: str
    supplier_language: str  # documents for this supplier; empty: the shop's language


@dataclass(frozen=True, slots=True)
class SupplierOrderDocLine:
    id: int
    line_no: int
    supplier_sku: str
    description: str
    quantity: int
    pack_size: int
    unit_cost: int
    for_orders: str | None  # the customer order numbers it serves, ", "-separated


# The columns of these two queries are the dataclasses', in their order.
SUPPLIER_ORDER_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, so.notes, so.created_at, so.sent_at,
       s.name AS supplier_name, s.contact AS supplier_contact, s.email AS supplier_email,
       s.phone AS supplier_phone, s.address AS supplier_address, s.account_number,
       s.language AS supplier_language
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
"""

SUPPLIER_ORDER_LINES_SQL = """
SELECT sl.id, sl.line_no, sl.supplier_sku, sl.description, sl.quantity, sl.pack_size,
       sl.unit_cost,
       (SELECT group_concat(number, ', ') FROM (
            SELECT DISTINCT co.number FROM coverage c
            JOIN customer_order_lines l ON l.id = c.customer_line_id
            JOIN customer_orders co ON co.id = l.order_id
            WHERE c.supplier_line_id = sl.id AND c.quantity > 0
            ORDER BY co.number)) AS for_orders
FROM supplier_order_lines sl
WHERE sl.supplier_order_id = ? AND sl.quantity > 0
ORDER BY sl.line_no
"""


def supplier_order_by_number(db: Database, number: str) -> SupplierOrderForDocument | None:
    row = db.execute(SUPPLIER_ORDER_SQL + " WHERE so.number = ?", [number.strip()]).fetchone()
    return SupplierOrderForDocument(*row) if row else None


def supplier_order_lines(db: Database, supplier_order_id: int) -> list[SupplierOrderDocLine]:
    return [
        SupplierOrderDocLine(*r) for r in db.execute(SUPPLIER_ORDER_LINES_SQL, [supplier_order_id])
    ]


def supplier_order_numbers(db: Database, status: str) -> list[str]:
    rows = db.execute(
        "SELECT number FROM supplier_orders WHERE status = ? ORDER BY number", [status]
    )
    return [r[0] for r in rows]


def ready_order_numbers(db: Database) -> list[str]:
    """Ready customer orders the customer collects, the longest-waiting first."""
    rows = db.execute(
        "SELECT number FROM customer_orders WHERE status = 'ready'"
        " AND id NOT IN (SELECT order_id FROM deliveries) ORDER BY ready_at, number"
    )
    return [r[0] for r in rows]


def handed_per_line(db: Database, order_id: int) -> dict[int, int]:
    rows = db.execute(
        "SELECT hl.customer_line_id, SUM(hl.quantity) FROM handover_lines hl"
        " JOIN handovers h ON h.id = hl.handover_id WHERE h.order_id = ? GROUP BY 1",
        [order_id],
    )
    return {r[0]: r[1] for r in rows}


def last_handover_at(db: Database, order_id: int) -> str | None:
    return db.execute(
        "SELECT MAX(handed_at) FROM handovers WHERE order_id = ?", [order_id]
    ).fetchone()[0]


def log_document(db: Database, kind: str, number: str, path: str, generated_at: str) -> int:
    row = {"kind": kind, "number": number, "path": path, "generated_at": generated_at}
    return inserted_id(db.table("documents_log").insert(row).last_rowid)


@dataclass(frozen=True, slots=True)
class DocumentLogRow:
    id: int
    kind: str
    number: str
    path: str
    generated_at: str


def document_log(
    db: Database, *, number: str | None = None, limit: int = 200
) -> list[DocumentLogRow]:
    """Newest first; optionally only the documents of one order."""
    sql = "SELECT id, kind, number, path, generated_at FROM documents_log"
    params: list[str | int] = []
    if number:
        sql += " WHERE number = ?"
        params.append(number)
    sql += " ORDER BY generated_at DESC, id DESC LIMIT ?"
    return [DocumentLogRow(*r) for r in db.execute(sql, params + [limit])]
