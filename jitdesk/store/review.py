"""Queries over items to review: products staff added at the counter, which the owner completes
or merges into another product before anything is ordered for them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.domain.promise import OfferTerms


@dataclass(frozen=True, slots=True)
class ItemToReview:
    """A product to review with what staff entered and how many customers wait for it."""

    id: int
    sku: str
    name: str
    sale_price: int
    supplier_id: int | None  # the offer's supplier, else the one staff named
    supplier_name: str
    supplier_sku: str
    unit_cost: int | None  # the offer's cost; None when staff knew none
    open_lines: int  # lines of open or ready orders waiting for it
    waiting_units: int
    created_at: str


# The offer (at most one: staff name one supplier) else the supplier staff named without a cost.
ITEMS_SQL = """
SELECT p.id, p.sku, p.name, p.sale_price,
       COALESCE(o.supplier_id, p.review_supplier_id), COALESCE(s.name, ''),
       COALESCE(o.supplier_sku, p.review_supplier_sku), o.unit_cost,
       (SELECT COUNT(*) FROM customer_order_lines l JOIN customer_orders c ON c.id = l.order_id
         WHERE l.product_id = p.id AND l.quantity > 0 AND c.status IN ('open', 'ready')),
       (SELECT COALESCE(SUM(l.quantity), 0) FROM customer_order_lines l
         JOIN customer_orders c ON c.id = l.order_id
         WHERE l.product_id = p.id AND c.status IN ('open', 'ready')),
       COALESCE((SELECT MIN(e.at) FROM events e
         WHERE e.entity = 'product' AND e.entity_id = p.id), '')
FROM products p
LEFT JOIN offers o ON o.id = (SELECT MIN(id) FROM offers WHERE product_id = p.id)
LEFT JOIN suppliers s ON s.id = COALESCE(o.supplier_id, p.review_supplier_id)
WHERE p.to_review = 1
"""


def items_to_review(db: Database) -> list[ItemToReview]:
    """Every product to review, oldest first."""
    return [ItemToReview(*r) for r in db.execute(ITEMS_SQL + " ORDER BY p.id")]


def item_to_review(db: Database, product_id: int) -> ItemToReview | None:
    row = db.execute(ITEMS_SQL + " AND p.id = ?", [product_id]).fetchone()
    return ItemToReview(*row) if row else None


def count_items_to_review(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM products WHERE to_review = 1").fetchone()[0])


def to_review_ids(db: Database, product_ids: Iterable[int] | None = None) -> set[int]:
    """Which of these products (all, without ids) are to review."""
    rows = db.execute("SELECT id FROM products WHERE to_review = 1").fetchall()
    found = {int(r[0]) for r in rows}
    return found if product_ids is None else found & set(product_ids)


REVIEW_SUPPLIER_SQL = """
SELECT p.id, s.id, s.lead_time_days, s.delivery_weekdays
FROM products p JOIN suppliers s ON s.id = p.review_supplier_id
WHERE p.to_review = 1 AND s.active = 1
"""


def review_supplier_terms(
    db: Database, product_ids: Iterable[int] | None = None
) -> dict[int, OfferTerms]:
    """Per product to review whose supplier staff named without a cost, that supplier's terms
    as an offer of no cost (offer id: minus the product id), so its promise follows them."""
    wanted = None if product_ids is None else set(product_ids)
    result = {}
    for pid, sid, lead, weekdays in db.execute(REVIEW_SUPPLIER_SQL):
        if wanted is None or pid in wanted:
            result[pid] = OfferTerms(-pid, pid, sid, 0, 1, 1, lead, parse_weekdays(weekdays))
    return result


# --- writes ----------------------------------------------------------------------------------


def set_review_supplier(db: Database, product_id: int, supplier_id: int | None, sku: str) -> None:
    db.execute(
        "UPDATE products SET review_supplier_id = ?, review_supplier_sku = ? WHERE id = ?",
        [supplier_id, sku, product_id],
    )


def mark_reviewed(db: Database, product_id: int) -> None:
    db.execute(
        "UPDATE products SET to_review = 0, review_supplier_id = NULL, review_supplier_sku = ''"
        " WHERE id = ?",
        [product_id],
    )


# Every table that names a product, and the column that does.
PRODUCT_REFERENCES = (
    ("customer_order_lines", "product_id"),
    ("supplier_order_lines", "product_id"),
    ("receipt_lines", "product_id"),
    ("allocations", "product_id"),
    ("write_offs", "product_id"),
    ("sku_mappings", "product_id"),
)


def move_product_rows(db: Database, from_id: int, to_id: int) -> dict[str, int]:
    """Point every row that names `from_id` at `to_id`; how many rows per table moved. Its
    offers move too, except one from a supplier `to_id` already has (kept, inactive)."""
    moved = {}
    for table, column in PRODUCT_REFERENCES:
        cursor = db.execute(
            f"UPDATE {table} SET {column} = ? WHERE {column} = ?",  # noqa: S608 (fixed names)
            [to_id, from_id],
        )
        moved[table] = cursor.rowcount
    db.execute(
        "UPDATE offers SET active = 0, preferred = 0 WHERE product_id = ? AND supplier_id IN"
        " (SELECT supplier_id FROM offers WHERE product_id = ?)",
        [from_id, to_id],
    )
    cursor = db.execute(
        "UPDATE offers SET product_id = ?, preferred = 0 WHERE product_id = ? AND supplier_id NOT IN"
        " (SELECT supplier_id FROM offers WHERE product_id = ?)",
        [to_id, from_id, to_id],
    )
    moved["offers"] = cursor.rowcount
    return moved


def retire_merged(db: Database, product_id: int, into_id: int) -> None:
    """The merged product stays (inactive) so its history can be read; it is never offered."""
    db.execute(
        "UPDATE products SET to_review = 0, active = 0, merged_into = ?, review_supplier_id = NULL"
        " WHERE id = ?",
        [into_id, product_id],
    )


def lines_to_be_confirmed(db: Database, product_id: int) -> list[tuple[int, int, str]]:
    """(line id, order id, order date) of open lines of `product_id` with no promised date."""
    rows = db.execute(
        "SELECT l.id, l.order_id, c.order_date FROM customer_order_lines l"
        " JOIN customer_orders c ON c.id = l.order_id"
        " WHERE l.product_id = ? AND l.promised_date IS NULL AND l.quantity > 0"
        " AND c.status IN ('open', 'ready')",
        [product_id],
    ).fetchall()
    return [(int(a), int(b), str(c)) for a, b, c in rows]


def order_ids_of_product(db: Database, product_id: int) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT order_id FROM customer_order_lines WHERE product_id = ?", [product_id]
    ).fetchall()
    return [int(r[0]) for r in rows]


def set_line_promise(db: Database, line_id: int, promised: str | None) -> None:
    db.execute(
        "UPDATE customer_order_lines SET promised_date = ? WHERE id = ?", [promised, line_id]
    )


def line_promises(db: Database, order_id: int) -> list[str | None]:
    """The promised date of every line of the order that still counts."""
    rows = db.execute(
        "SELECT promised_date FROM customer_order_lines WHERE order_id = ? AND quantity > 0",
        [order_id],
    ).fetchall()
    return [r[0] for r in rows]


def set_order_promise(db: Database, order_id: int, promised: str | None) -> None:
    db.execute("UPDATE customer_orders SET promised_date = ? WHERE id = ?", [promised, order_id])
