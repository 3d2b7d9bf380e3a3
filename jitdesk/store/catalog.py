"""Queries over suppliers, products and offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.search import parse_query
from jitdesk.store import search
from jitdesk.store.rowids import inserted_id


@dataclass(frozen=True, slots=True)
class Supplier:
    id: int
    name: str
    contact: str
    email: str
    phone: str
    address: str
    account_number: str
    lead_time_days: int
    delivery_weekdays: str  # as stored: "0,1,2,3,4"
    min_order_value: int
    notes: str
    active: int  # 1 or 0, as stored
    language: str  # documents for this supplier; empty: the shop's language


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    sku: str
    name: str
    unit: str
    sale_price: int
    barcode: str | None
    active: int  # 1 or 0, as stored
    tax_rate_bp: int | None  # None: the shop's rate
    to_review: int = 0  # 1: added at the counter, never ordered until the owner completes it


@dataclass(frozen=True, slots=True)
class Customer:
    id: int
    name: str
    phone: str
    email: str
    notes: str
    created_at: str
    language: str  # documents for this customer; empty: the shop's language
    tell_channel: str  # how they want to be told; empty: the shop's choice


SUPPLIER_SQL = (
    "SELECT id, name, contact, email, phone, address, account_number, lead_time_days,"
    " delivery_weekdays, min_order_value, notes, active, language FROM suppliers"
)
PRODUCT_SQL = (
    "SELECT id, sku, name, unit, sale_price, barcode, active, tax_rate_bp, to_review FROM products"
)
CUSTOMER_SQL = (
    "SELECT id, name, phone, email, notes, created_at, language, tell_channel FROM customers"
)


def get_supplier(db: Database, supplier_id: int) -> Supplier | None:
    row = db.execute(SUPPLIER_SQL + " WHERE id = ?", [supplier_id]).fetchone()
    return Supplier(*row) if row else None


def get_product(db: Database, product_id: int) -> Product | None:
    row = db.execute(PRODUCT_SQL + " WHERE id = ?", [product_id]).fetchone()
    return Product(*row) if row else None


def get_customer(db: Database, customer_id: int) -> Customer | None:
    row = db.execute(CUSTOMER_SQL + " WHERE id = ?", [customer_id]).fetchone()
    return Customer(*row) if row else None


def list_suppliers(db: Database, *, active_only: bool = False) -> list[Supplier]:
    sql = SUPPLIER_SQL + (" WHERE active = 1" if active_only else "")
    return [Supplier(*r) for r in db.execute(sql + " ORDER BY name COLLATE NOCASE")]


def supplier_by_name(db: Database, name: str) -> Supplier | None:
    row = db.execute(SUPPLIER_SQL + " WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return Supplier(*row) if row else None


def supplier_name(db: Database, supplier_id: int) -> str | None:
    row = db.execute("SELECT name FROM suppliers WHERE id = ?", [supplier_id]).fetchone()
    return row[0] if row else None


def product_by_sku(db: Database, sku: str) -> Product | None:
    row = db.execute(PRODUCT_SQL + " WHERE sku = ?", [sku]).fetchone()
    return Product(*row) if row else None


def product_by_code(db: Database, code: str) -> Product | None:
    """A product by SKU (exact) or barcode, as typed or scanned."""
    row = db.execute(
        PRODUCT_SQL + " WHERE sku = ? OR barcode = ? ORDER BY sku = ? DESC LIMIT 1",
        [code, code, code],
    ).fetchone()
    return Product(*row) if row else None


def search_products(db: Database, text: str, *, limit: int = 50) -> list[Product]:
    """Products whose SKU, barcode or name contains `text` (SKU prefix matches first)."""
    like = f"%{_escape_like(text.strip())}%"
    prefix = f"{_escape_like(text.strip())}%"
    rows = db.execute(
        PRODUCT_SQL + " WHERE active = 1 AND (sku LIKE ? ESCAPE '\\' OR name LIKE ?"
        " ESCAPE '\\' OR barcode = ?) ORDER BY (sku LIKE ? ESCAPE '\\') DESC,"
        " name COLLATE NOCASE LIMIT ?",
        [like, like, text.strip(), prefix, limit],
    )
    return [Product(*r) for r in rows]


def offers_for_product(db: Database, product_id: int, *, active_only: bool = True) -> list[dict]:
    sql = (
        "SELECT o.*, s.name AS supplier_name, s.lead_time_days AS supplier_lead_time_days,"
        " s.delivery_weekdays, s.min_order_value FROM offers o"
        " JOIN suppliers s ON s.id = o.supplier_id WHERE o.product_id = ?"
    )
    if active_only:
        sql += " AND o.active = 1 AND s.active = 1"
    return [
        dict(r) for r in db.execute(sql + " ORDER BY o.preferred DESC, o.unit_cost", [product_id])
    ]


def offer_for(db: Database, product_id: int, supplier_id: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT * FROM offers WHERE product_id = ? AND supplier_id = ?", [product_id, supplier_id]
    ).fetchone()
    return dict(row) if row else None


def search_customers(db: Database, text: str, *, limit: int = 50) -> list[Customer]:
    """Customers found by the counter search's rule: name words without case or accents,
    phone ending, e-mail start (`domain.search`)."""
    query = parse_query(text)
    if query.empty:
        rows = db.execute(CUSTOMER_SQL + " ORDER BY name COLLATE NOCASE LIMIT ?", [limit])
        return [Customer(*r) for r in rows]
    search.ensure_keys(db)
    sql, params = search.customer_match_sql(query)
    rows = db.execute(
        CUSTOMER_SQL + f" WHERE id IN ({sql}) ORDER BY name_key, id LIMIT ?", [*params, limit]
    )
    return [Customer(*r) for r in rows]


def customer_by_email(db: Database, email: str) -> Customer | None:
    row = db.execute(
        CUSTOMER_SQL + " WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY id LIMIT 1",
        [email.strip()],
    ).fetchone()
    return Customer(*row) if row else None


# --- writes ----------------------------------------------------------------------------------


def insert_supplier(db: Database, row: dict[str, Any]) -> int:
    return inserted_id(db.table("suppliers").insert(row).last_rowid)


def update_supplier(db: Database, supplier_id: int, row: dict[str, Any]) -> None:
    db.table("suppliers").update(supplier_id, row)


def insert_product(db: Database, row: dict[str, Any]) -> int:
    return inserted_id(db.table("products").insert(row).last_rowid)


def update_product(db: Database, product_id: int, row: dict[str, Any]) -> None:
    db.table("products").update(product_id, row)


def insert_offer(db: Database, row: dict[str, Any]) -> int:
    return inserted_id(db.table("offers").insert(row).last_rowid)


def update_offer(db: Database, offer_id: int, row: dict[str, Any]) -> None:
    db.table("offers").update(offer_id, row)


def deactivate_offer(db: Database, offer_id: int) -> None:
    db.table("offers").update(offer_id, {"active": 0})


def unprefer_other_offers(db: Database, product_id: int, supplier_id: int) -> None:
    """Only one preferred offer per product: the others of `product_id` lose the flag."""
    db.execute(
        "UPDATE offers SET preferred = 0 WHERE product_id = ? AND supplier_id <> ?",
        [product_id, supplier_id],
    )


def insert_offer_cost(db: Database, offer_id: int, unit_cost: int, at: str, source: str) -> None:
    """One entry of an offer's cost history."""
    db.table("offer_costs").insert(
        {"offer_id": offer_id, "unit_cost": unit_cost, "changed_at": at, "source": source}
    )


def insert_customer(db: Database, row: dict[str, Any]) -> int:
    customer_id = inserted_id(db.table("customers").insert(row).last_rowid)
    search.fill_missing_keys(db, [customer_id])
    return customer_id


def update_customer(db: Database, customer_id: int, row: dict[str, Any]) -> None:
    db.table("customers").update(customer_id, row)
    search.fill_missing_keys(db, [customer_id])


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
