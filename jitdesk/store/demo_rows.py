"""Writing a generated demo shop: whole tables at once, one executemany each.

A row type per table; its fields are the table's columns in insert order, so the demo builds
plain named tuples and this module alone knows the tables. sqlite-utils `insert_all` is ~12x
slower for many small rows (DESIGN §10), hence executemany. Call these inside one transaction
opened under `bulk.deferred_foreign_keys`, and `check_references` before it commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from sqlite_utils import Database

from jitdesk.store import bulk, events


class SupplierRow(NamedTuple):
    id: int
    name: str
    contact: str
    email: str
    phone: str
    address: str
    account_number: str
    lead_time_days: int
    delivery_weekdays: str
    min_order_value: int
    notes: str


class ProductRow(NamedTuple):
    id: int
    sku: str
    name: str
    unit: str
    sale_price: int
    barcode: str | None


class OfferRow(NamedTuple):
    id: int
    product_id: int
    supplier_id: int
    supplier_sku: str
    unit_cost: int
    pack_size: int
    min_qty: int
    lead_time_days: int | None
    preferred: int


class OfferCostRow(NamedTuple):
    offer_id: int
    unit_cost: int
    changed_at: str
    source: str


class CustomerRow(NamedTuple):
    id: int
    name: str
    phone: str
    email: str
    notes: str
    created_at: str


class CustomerOrderRow(NamedTuple):
    id: int
    number: str
    customer_id: int
    order_date: str
    promised_date: str
    status: str
    channel: str
    external_ref: str | None
    notes: str
    created_at: str
    updated_at: str
    ready_at: str | None
    notified_at: str | None
    completed_at: str | None
    cancelled_at: str | None


class CustomerLineRow(NamedTuple):
    id: int
    order_id: int
    line_no: int
    product_id: int
    description: str
    quantity: int
    original_quantity: int
    unit_price: int
    promised_date: str


class SupplierOrderRow(NamedTuple):
    id: int
    number: str
    supplier_id: int
    status: str
    expected_date: str
    notes: str
    created_at: str
    updated_at: str
    sent_at: str | None


class SupplierLineRow(NamedTuple):
    id: int
    supplier_order_id: int
    line_no: int
    product_id: int
    offer_id: int
    supplier_sku: str
    description: str
    unit_cost: int
    pack_size: int
    quantity: int
    expected_date: str


class CoverageRow(NamedTuple):
    id: int
    supplier_line_id: int
    customer_line_id: int
    quantity: int
    created_at: str


class ReceiptRow(NamedTuple):
    id: int
    supplier_order_id: int
    received_on: str
    created_at: str


class ReceiptLineRow(NamedTuple):
    receipt_id: int
    supplier_line_id: int
    product_id: int
    quantity: int
    unit_cost: int


class AllocationRow(NamedTuple):
    customer_line_id: int
    product_id: int
    quantity: int
    receipt_id: int | None  # None: taken from surplus
    coverage_id: int | None
    created_at: str


class HandoverRow(NamedTuple):
    id: int
    order_id: int
    handed_at: str


class HandoverLineRow(NamedTuple):
    handover_id: int
    customer_line_id: int
    quantity: int


class PaymentRow(NamedTuple):
    order_id: int
    amount: int
    kind: str
    method: str
    paid_at: str


class WriteOffRow(NamedTuple):
    product_id: int
    quantity: int
    unit_cost: int
    reason: str
    written_at: str


class EventRow(NamedTuple):
    at: str
    actor: str
    entity: str
    entity_id: int
    action: str
    summary: str
    details: dict[str, Any]


_TABLES: Mapping[type, str] = {
    SupplierRow: "suppliers",
    ProductRow: "products",
    OfferRow: "offers",
    OfferCostRow: "offer_costs",
    CustomerRow: "customers",
    CustomerOrderRow: "customer_orders",
    CustomerLineRow: "customer_order_lines",
    SupplierOrderRow: "supplier_orders",
    SupplierLineRow: "supplier_order_lines",
    CoverageRow: "coverage",
    ReceiptRow: "receipts",
    ReceiptLineRow: "receipt_lines",
    AllocationRow: "allocations",
    HandoverRow: "handovers",
    HandoverLineRow: "handover_lines",
    PaymentRow: "payments",
    WriteOffRow: "write_offs",
}


def insert(db: Database, row_type: type[Any], rows: Iterable[tuple]) -> int:
    """Insert `rows` (all of `row_type`, one of the row types above) into its table."""
    return bulk.insert_rows(db, _TABLES[row_type], row_type._fields, rows)


def insert_events(db: Database, rows: list[tuple]) -> None:
    """Insert `rows` of `EventRow` into the audit trail."""
    events.record_events(db, rows)


def set_counters(db: Database, prefix: str, last_by_year: Mapping[int, int]) -> None:
    """Let the number counters of `prefix` continue after the numbers the demo gave out."""
    for year, last in last_by_year.items():
        bulk.set_counter(db, prefix, year, last)


def check_references(db: Database) -> None:
    """Refuse to commit rows that point at rows that do not exist."""
    broken = bulk.foreign_key_violations(db)
    if broken:  # a bug in the generator, never the user's fault
        raise RuntimeError(f"The demo generator wrote dangling references: {broken[:5]}")
