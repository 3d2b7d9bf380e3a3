"""Queries over surplus: units received that no customer line holds and nobody wrote off."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

SURPLUS_LIST_SQL = """
WITH r AS (SELECT product_id, SUM(quantity) q FROM receipt_lines GROUP BY 1),
a AS (SELECT product_id, SUM(quantity) q FROM allocations GROUP BY 1),
w AS (SELECT product_id, SUM(quantity) q FROM write_offs GROUP BY 1),
s AS (SELECT r.product_id, r.q - COALESCE(a.q, 0) - COALESCE(w.q, 0) AS quantity
      FROM r LEFT JOIN a ON a.product_id = r.product_id
      LEFT JOIN w ON w.product_id = r.product_id)
SELECT s.product_id, p.sku, p.name, p.unit, s.quantity
FROM s JOIN products p ON p.id = s.product_id
WHERE s.quantity > 0 {extra}
ORDER BY p.sku
"""


def surplus_rows(db: Database, product_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Products with surplus on hand: product_id, sku, name, unit, quantity."""
    extra, params = "", []
    if product_ids is not None:
        ids = sorted(set(product_ids))
        if not ids:
            return []
        extra = f"AND s.product_id IN ({','.join('?' * len(ids))})"
        params = ids
    return [dict(r) for r in db.execute(SURPLUS_LIST_SQL.format(extra=extra), params)]


def surplus_for_products(db: Database, product_ids: Iterable[int]) -> dict[int, int]:
    """Surplus per product (may be 0 or, in a broken file, negative); only these products."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
    SELECT p.id,
      COALESCE((SELECT SUM(quantity) FROM receipt_lines WHERE product_id = p.id), 0)
      - COALESCE((SELECT SUM(quantity) FROM allocations WHERE product_id = p.id), 0)
      - COALESCE((SELECT SUM(quantity) FROM write_offs WHERE product_id = p.id), 0)
    FROM products p WHERE p.id IN ({marks})
    """
    return {r[0]: r[1] for r in db.execute(sql, ids)}


LAST_COST_SQL = """
SELECT COALESCE(rl.unit_cost, sl.unit_cost)
FROM receipt_lines rl
JOIN receipts rc ON rc.id = rl.receipt_id
JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
WHERE rl.product_id = ?
ORDER BY rc.received_on DESC, rl.id DESC LIMIT 1
"""


def last_unit_cost(db: Database, product_id: int) -> int:
    """What the last delivery of the product cost per unit (else the cheapest active offer)."""
    row = db.execute(LAST_COST_SQL, [product_id]).fetchone()
    if row is not None and row[0] is not None:
        return int(row[0])
    row = db.execute(
        "SELECT MIN(unit_cost) FROM offers WHERE product_id = ? AND active = 1", [product_id]
    ).fetchone()
    return int(row[0] or 0)


RECEIPT_BATCHES_SQL = """
SELECT rl.product_id, rc.received_on, SUM(rl.quantity) AS received,
       COALESCE((SELECT SUM(a.quantity) FROM allocations a
                 WHERE a.receipt_id = rc.id AND a.product_id = rl.product_id), 0) AS allocated
FROM receipt_lines rl JOIN receipts rc ON rc.id = rl.receipt_id
WHERE rl.product_id IN ({marks})
GROUP BY rl.product_id, rc.id
ORDER BY rl.product_id, rc.received_on, rc.id
"""


def receipt_batches(
    db: Database, product_ids: Iterable[int]
) -> dict[int, list[tuple[str, int, int]]]:
    """Per product, its receipts oldest first: (received_on, received, allocated from it)."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    result: dict[int, list[tuple[str, int, int]]] = {}
    for r in db.execute(RECEIPT_BATCHES_SQL.format(marks=",".join("?" * len(ids))), ids):
        result.setdefault(r[0], []).append((r[1], r[2], r[3]))
    return result


def used_from_surplus(db: Database, product_ids: Iterable[int]) -> dict[int, int]:
    """Per product, units taken from surplus for customers plus units written off."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
    SELECT p.id,
      COALESCE((SELECT SUM(quantity) FROM allocations
                WHERE product_id = p.id AND receipt_id IS NULL), 0)
      + COALESCE((SELECT SUM(quantity) FROM write_offs WHERE product_id = p.id), 0)
    FROM products p WHERE p.id IN ({marks})
    """
    return {r[0]: r[1] for r in db.execute(sql, ids)}


def insert_write_off(
    db: Database, product_id: int, quantity: int, unit_cost: int, reason: str, at: str
) -> None:
    db.table("write_offs").insert(
        {
            "product_id": product_id,
            "quantity": quantity,
            "unit_cost": unit_cost,
            "reason": reason,
            "written_at": at,
        }
    )
