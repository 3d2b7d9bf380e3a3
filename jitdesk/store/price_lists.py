"""Price list column mappings and the supplier's current offers (SQL for services/price_lists)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def load_mapping(db: Database, supplier_id: int) -> dict[str, str] | None:
    row = db.execute(
        "SELECT mapping FROM price_list_mappings WHERE supplier_id = ?", [supplier_id]
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(db: Database, supplier_id: int, mapping: dict[str, str]) -> None:
    db.execute(
        "INSERT INTO price_list_mappings (supplier_id, mapping) VALUES (?, ?)"
        " ON CONFLICT (supplier_id) DO UPDATE SET mapping = excluded.mapping",
        [supplier_id, json.dumps(mapping, ensure_ascii=False, sort_keys=True)],
    )


def supplier_offers(db: Database, supplier_id: int) -> list[dict[str, Any]]:
    """Every offer of the supplier with its product's SKU and name."""
    rows = db.execute(
        "SELECT o.*, p.sku, p.name AS product_name FROM offers o"
        " JOIN products p ON p.id = o.product_id WHERE o.supplier_id = ? ORDER BY p.sku",
        [supplier_id],
    )
    return [dict(r) for r in rows]
