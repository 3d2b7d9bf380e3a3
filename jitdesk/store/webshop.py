"""Reads and bulk writes for the web-shop order import (SQL lives here)."""

from __future__ import annotations

import json

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


def remembered_layout(db: Database, channel: str, layout_key: str) -> dict[str, str] | None:
    """The column mapping the owner chose for exports with these columns, if any."""
    row = db.execute(
        "SELECT mapping FROM webshop_layouts WHERE channel = ? AND layout_key = ?",
        [channel, layout_key],
    ).fetchone()
    return json.loads(row[0]) if row else None


def remember_layout(db: Database, channel: str, layout_key: str, mapping: dict[str, str]) -> None:
    db.execute(
        "INSERT INTO webshop_layouts (channel, layout_key, mapping) VALUES (?, ?, ?)"
        " ON CONFLICT (channel, layout_key) DO UPDATE SET mapping = excluded.mapping",
        [channel, layout_key, json.dumps(mapping, sort_keys=True)],
    )


def import_warning(db: Database, order_id: int) -> str:
    row = db.execute("SELECT import_warning FROM customer_orders WHERE id = ?", [order_id])
    found = row.fetchone()
    return found[0] if found else ""


def clear_import_warning(db: Database, order_id: int) -> None:
    db.execute("UPDATE customer_orders SET import_warning = '' WHERE id = ?", [order_id])
