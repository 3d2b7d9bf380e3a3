"""Queries over suppliers, products and offers."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def get_row(db: Database, table: str, row_id: int) -> dict[str, Any] | None:
    row = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return dict(row) if row else None


def get_supplier(db: Database, supplier_id: int) -> dict[str, Any] | None:
    return get_row(db, "suppliers", supplier_id)


def get_product(db: Database, product_id: int) -> dict[str, Any] | None:
    return get_row(db, "products", product_id)


def get_customer(db: Database, customer_id: int) -> dict[str, Any] | None:
    return get_row(db, "customers", customer_id)


def list_suppliers(db: Database, *, active_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM suppliers" + (" WHERE active = 1" if active_only else "")
    return [dict(r) for r in db.execute(sql + " ORDER BY name COLLATE NOCASE")]


def supplier_by_name(db: Database, name: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM suppliers WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return dict(row) if row else None


def supplier_name(db: Database, supplier_id: int) -> str | None:
    row = db.execute("SELECT name FROM suppliers WHERE id = ?", [supplier_id]).fetchone()
    return row[0] if row else None


def product_by_sku(db: Database, sku: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM products WHERE sku = ?", [sku]).fetchone()
    return dict(row) if row else None


def product_by_code(db: Database, code: str) -> dict[str, Any] | None:
    """A product by SKU (exact) or barcode, as typed or scanned."""
    row = db.execute(
        "SELECT * FROM products WHERE sku = ? OR barcode = ? ORDER BY sku = ? DESC LIMIT 1",
        [code, code, code],
    ).fetchone()
    return dict(row) if row else None


def search_products(db: Database, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Products whose SKU, barcode or name contains `text` (SKU prefix matches first)."""
    like = f"%{_escape_like(text.strip())}%"
    prefix = f"{_escape_like(text.strip())}%"
    rows = db.execute(
        "SELECT * FROM products WHERE active = 1 AND (sku LIKE ? ESCAPE '\\' OR name LIKE ?"
        " ESCAPE '\\' OR barcode = ?) ORDER BY (sku LIKE ? ESCAPE '\\') DESC,"
        " name COLLATE NOCASE LIMIT ?",
        [like, like, text.strip(), prefix, limit],
    )
    return [dict(r) for r in rows]


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


def search_customers(db: Database, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
    like = f"%{_escape_like(text.strip())}%"
    rows = db.execute(
        "SELECT * FROM customers WHERE name LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\'"
        " OR email LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?",
        [like, like, like, limit],
    )
    return [dict(r) for r in rows]


def customer_by_email(db: Database, email: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT * FROM customers WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY id LIMIT 1",
        [email.strip()],
    ).fetchone()
    return dict(row) if row else None


# --- writes ----------------------------------------------------------------------------------


def insert_supplier(db: Database, row: dict[str, Any]) -> int:
    return int(db["suppliers"].insert(row).last_pk)


def update_supplier(db: Database, supplier_id: int, row: dict[str, Any]) -> None:
    db["suppliers"].update(supplier_id, row)


def insert_product(db: Database, row: dict[str, Any]) -> int:
    return int(db["products"].insert(row).last_pk)


def update_product(db: Database, product_id: int, row: dict[str, Any]) -> None:
    db["products"].update(product_id, row)


def insert_offer(db: Database, row: dict[str, Any]) -> int:
    return int(db["offers"].insert(row).last_pk)


def update_offer(db: Database, offer_id: int, row: dict[str, Any]) -> None:
    db["offers"].update(offer_id, row)


def deactivate_offer(db: Database, offer_id: int) -> None:
    db["offers"].update(offer_id, {"active": 0})


def unprefer_other_offers(db: Database, product_id: int, supplier_id: int) -> None:
    """Only one preferred offer per product: the others of `product_id` lose the flag."""
    db.execute(
        "UPDATE offers SET preferred = 0 WHERE product_id = ? AND supplier_id <> ?",
        [product_id, supplier_id],
    )


def insert_offer_cost(db: Database, offer_id: int, unit_cost: int, at: str, source: str) -> None:
    """One entry of an offer's cost history."""
    db["offer_costs"].insert(
        {"offer_id": offer_id, "unit_cost": unit_cost, "changed_at": at, "source": source}
    )


def insert_customer(db: Database, row: dict[str, Any]) -> int:
    return int(db["customers"].insert(row).last_pk)


def update_customer(db: Database, customer_id: int, row: dict[str, Any]) -> None:
    db["customers"].update(customer_id, row)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
