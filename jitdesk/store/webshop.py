"""Reads and bulk writes for the web-shop order import (SQL lives here)."""

from __future__ import annotations

from sqlite_utils import Database


def sku_mappings(db: Database, source: str) -> dict[str, int]:
    """External SKU (or item name) -> product id, remembered for one web shop."""
    rows = db.execute(
        "SELECT external_sku, product_id FROM sku_mappings WHERE source = ?", [source]
    )
    return {r[0]: r[1] for r in rows}


def products_by_sku(db: Database) -> dict[str, tuple[int, str, bool]]:
    """SKU -> (product id, name, active)."""
    rows = db.execute("SELECT sku, id, name, active FROM products")
    return {r[0]: (r[1], r[2], bool(r[3])) for r in rows}


def product_names(db: Database) -> dict[int, tuple[str, str]]:
    """Product id -> (SKU, name)."""
    return {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, sku, name FROM products")}


def save_sku_mapping(db: Database, source: str, external_sku: str, product_id: int) -> None:
    db.execute(
        "INSERT INTO sku_mappings (source, external_sku, product_id) VALUES (?, ?, ?)"
        " ON CONFLICT (source, external_sku) DO UPDATE SET product_id = excluded.product_id",
        [source, external_sku, product_id],
    )


def customers_for_matching(db: Database) -> list[tuple[int, str, str, str]]:
    """(id, name, email, phone) of every customer, oldest first."""
    return [
        tuple(r) for r in db.execute("SELECT id, name, email, phone FROM customers ORDER BY id")
    ]
