"""Writing a generated demo shop: whole tables at once, one executemany each.

Each table the demo fills is named here with its columns in insert order; the demo hands
plain tuples in that order (named tuples make executemany ~1.6x slower on 100,000 rows), so
this module alone knows the tables. sqlite-utils `insert_all` is ~12x slower still for many
small rows (DESIGN §10). Call these inside one transaction opened under
`bulk.deferred_foreign_keys`, and `check_references` before it commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from jitdesk.store import bulk, search


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]


SUPPLIERS = Table(
    "suppliers",
    (
        "id", "name", "contact", "email", "phone", "address", "account_number",
        "lead_time_days", "delivery_weekdays", "min_order_value", "notes", "language",
    ),
)  # fmt: skip
PRODUCTS = Table("products", ("id", "sku", "name", "unit", "sale_price", "barcode"))
OFFERS = Table(
    "offers",
    (
        "id", "product_id", "supplier_id", "supplier_sku", "unit_cost", "pack_size", "min_qty",
        "lead_time_days", "preferred",
    ),
)  # fmt: skip
OFFER_COSTS = Table("offer_costs", ("offer_id", "unit_cost", "changed_at", "source"))
CUSTOMERS = Table("customers", ("id", "name", "phone", "email", "notes", "created_at"))
CUSTOMER_ORDERS = Table(
    "customer_orders",
    (
        "id", "number", "customer_id", "order_date", "promised_date", "status", "channel",
        "external_ref", "notes", "created_at", "updated_at", "ready_at", "notified_at",
        "completed_at", "cancelled_at",
    ),
)  # fmt: skip
CUSTOMER_ORDER_LINES = Table(
    "customer_order_lines",
    (
        "id", "order_id", "line_no", "product_id", "description", "quantity",
        "original_quantity", "unit_price", "promised_date",
    ),
)  # fmt: skip
SUPPLIER_ORDERS = Table(
    "supplier_orders",
    (
        "id", "number", "supplier_id", "status", "expected_date", "notes", "created_at",
        "updated_at", "sent_at",
    ),
)  # fmt: skip
SUPPLIER_ORDER_LINES = Table(
    "supplier_order_lines",
    (
        "id", "supplier_order_id", "line_no", "product_id", "offer_id", "supplier_sku",
        "description", "unit_cost", "pack_size", "quantity", "expected_date",
    ),
)  # fmt: skip
COVERAGE = Table(
    "coverage", ("id", "supplier_line_id", "customer_line_id", "quantity", "created_at")
)
RECEIPTS = Table("receipts", ("id", "supplier_order_id", "received_on", "created_at"))
RECEIPT_LINES = Table(
    "receipt_lines", ("receipt_id", "supplier_line_id", "product_id", "quantity", "unit_cost")
)
ALLOCATIONS = Table(
    "allocations",
    ("customer_line_id", "product_id", "quantity", "receipt_id", "coverage_id", "created_at"),
)
HANDOVERS = Table("handovers", ("id", "order_id", "handed_at"))
HANDOVER_LINES = Table("handover_lines", ("handover_id", "customer_line_id", "quantity"))
PAYMENTS = Table("payments", ("order_id", "amount", "kind", "method", "paid_at"))
WRITE_OFFS = Table("write_offs", ("product_id", "quantity", "unit_cost", "reason", "written_at"))
EVENTS = Table("events", ("at", "actor", "entity", "entity_id", "action", "summary", "details"))
NO_DETAILS = "{}"  # the details of every event the demo writes


def insert(db: Database, table: Table, rows: Iterable[tuple]) -> int:
    """Insert `rows`, tuples in `table.columns` order; returns how many."""
    count = bulk.insert_rows(db, table.name, table.columns, rows)
    if table is CUSTOMERS:  # their search keys, so the first search need not work them out
        search.fill_missing_keys(db)
    return count


def check_references(db: Database) -> None:
    """Refuse to commit rows that point at rows that do not exist."""
    broken = bulk.foreign_key_violations(db)
    if broken:  # a bug in the generator, never the user's fault
        raise RuntimeError(f"The demo generator wrote dangling references: {broken[:5]}")
