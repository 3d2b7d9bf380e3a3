"""Queries over surplus: units received that no customer line holds and nobody wrote off."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from jitdesk.store.quantities import ON_HAND_SQL

SURPLUS_LIST_SQL = f"""
WITH s AS ({ON_HAND_SQL})
SELECT s.product_id, p.sku, p.name, p.unit, s.surplus AS quantity
FROM s JOIN products p ON p.id = s.product_id
WHERE s.surplus > 0 {{extra}}
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
    SELECT p.id, COALESCE(t.received - t.allocated - t.written_off, 0)
    FROM products p LEFT JOIN stock_totals t ON t.product_id = p.id WHERE p.id IN ({marks})
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


# Receipt lines of some products, each with what was allocated straight from its receipt for
# its product. Since a day, the receipt date index drives the look-up (CROSS JOIN keeps
# receipts the outer loop), so the cost follows the receipts of those days, not the years
# before them; over all time, the product index does.
_RECEIPT_LINE_COLUMNS = """
SELECT rc.received_on, rc.id, rl.id, rl.product_id, rl.quantity,
       COALESCE(rl.unit_cost, sl.unit_cost),
       (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a
         WHERE a.receipt_id = rc.id AND a.product_id = rl.product_id)
"""
RECEIPT_LINES_SINCE_SQL = (
    _RECEIPT_LINE_COLUMNS
    + """FROM receipts rc
CROSS JOIN receipt_lines rl ON rl.receipt_id = rc.id
JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
WHERE rc.received_on >= ? AND rl.product_id IN ({marks})
"""
)
RECEIPT_LINES_EVER_SQL = (
    _RECEIPT_LINE_COLUMNS
    + """FROM receipt_lines rl
JOIN receipts rc ON rc.id = rl.receipt_id
JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
WHERE rl.product_id IN ({marks})
"""
)

ReceiptLineRow = tuple[str, int, int, int, int, int | None, int]


def receipt_lines_since(
    db: Database, product_ids: Iterable[int], since: str | None
) -> list[ReceiptLineRow]:
    """(received_on, receipt id, line id, product id, quantity, unit cost, allocated from
    that receipt for that product) of the receipt lines of these products received on or
    after `since` (ISO date; None: ever), in no particular order."""
    ids = sorted(set(product_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    if since is None:
        rows = db.execute(RECEIPT_LINES_EVER_SQL.format(marks=marks), ids)
    else:
        rows = db.execute(RECEIPT_LINES_SINCE_SQL.format(marks=marks), [since, *ids])
    return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]


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
