"""Read queries for the catalog, supplier and customer pages: filtered in SQL, one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What a list page asks for: text typed in its search box and an active/inactive choice."""

    text: str = ""
    active: bool | None = None  # None: both


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(
    flt: ListFilter, columns: tuple[str, ...], active_column: str | None
) -> tuple[str, list]:
    where: list[str] = []
    params: list[Any] = []
    if flt.text.strip():
        where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [_like(flt.text)] * len(columns)
    if flt.active is not None and active_column:
        where.append(f"{active_column} = ?")
        params.append(int(flt.active))
    return (" WHERE " + " AND ".join(where) if where else ""), params


# -- products ---------------------------------------------------------------------------------
PRODUCT_COLUMNS = ("p.sku", "p.name", "p.barcode")
PRODUCT_LIST_SQL = """
SELECT p.id, p.sku, p.name, p.unit, p.sale_price, p.barcode, p.active,
       (SELECT COUNT(*) FROM offers o WHERE o.product_id = p.id AND o.active = 1) AS offers,
       (SELECT s.name FROM offers o JOIN suppliers s ON s.id = o.supplier_id
         WHERE o.product_id = p.id AND o.active = 1
         ORDER BY o.preferred DESC, o.unit_cost LIMIT 1) AS supplier_name
FROM products p
"""


def list_products(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[dict]:
    where, params = _where(flt, PRODUCT_COLUMNS, "p.active")
    sql = PRODUCT_LIST_SQL + where + " ORDER BY p.sku LIMIT ? OFFSET ?"
    return [dict(r) for r in db.execute(sql, params + [limit, offset])]


def count_products(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, PRODUCT_COLUMNS, "p.active")
    return db.execute("SELECT COUNT(*) FROM products p" + where, params).fetchone()[0]


def product_offers(db: Database, product_id: int) -> list[dict]:
    """Every offer of a product (inactive ones too), preferred first."""
    sql = """
    SELECT o.*, s.name AS supplier_name, s.lead_time_days AS supplier_lead_time_days
    FROM offers o JOIN suppliers s ON s.id = o.supplier_id
    WHERE o.product_id = ?
    ORDER BY o.preferred DESC, o.active DESC, o.unit_cost, s.name COLLATE NOCASE
    """
    return [dict(r) for r in db.execute(sql, [product_id])]


def offer_costs(db: Database, offer_id: int, *, limit: int = 100) -> list[dict]:
    sql = (
        "SELECT unit_cost, changed_at, source FROM offer_costs WHERE offer_id = ?"
        " ORDER BY changed_at DESC, id DESC LIMIT ?"
    )
    return [dict(r) for r in db.execute(sql, [offer_id, limit])]


def supplier_choices(db: Database) -> list[dict]:
    sql = "SELECT id, name, active, lead_time_days FROM suppliers ORDER BY name COLLATE NOCASE"
    return [dict(r) for r in db.execute(sql)]


# -- suppliers --------------------------------------------------------------------------------
SUPPLIER_COLUMNS = ("s.name", "s.contact", "s.email", "s.phone", "s.account_number")
SUPPLIER_LIST_SQL = """
SELECT s.*,
       (SELECT COUNT(*) FROM offers o WHERE o.supplier_id = s.id AND o.active = 1) AS offers
FROM suppliers s
"""


def list_suppliers(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[dict]:
    where, params = _where(flt, SUPPLIER_COLUMNS, "s.active")
    sql = SUPPLIER_LIST_SQL + where + " ORDER BY s.name COLLATE NOCASE LIMIT ? OFFSET ?"
    return [dict(r) for r in db.execute(sql, params + [limit, offset])]


def count_suppliers(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, SUPPLIER_COLUMNS, "s.active")
    return db.execute("SELECT COUNT(*) FROM suppliers s" + where, params).fetchone()[0]


# -- customers --------------------------------------------------------------------------------
CUSTOMER_COLUMNS = ("c.name", "c.phone", "c.email")
CUSTOMER_LIST_SQL = """
SELECT c.id, c.name, c.phone, c.email, c.notes, c.created_at,
       (SELECT COUNT(*) FROM customer_orders o
         WHERE o.customer_id = c.id AND o.status IN ('open', 'ready')) AS open_orders
FROM customers c
"""


def list_customers(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[dict]:
    where, params = _where(flt, CUSTOMER_COLUMNS, None)
    sql = CUSTOMER_LIST_SQL + where + " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ? OFFSET ?"
    return [dict(r) for r in db.execute(sql, params + [limit, offset])]


def count_customers(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, CUSTOMER_COLUMNS, None)
    return db.execute("SELECT COUNT(*) FROM customers c" + where, params).fetchone()[0]


# -- orders that could take surplus -----------------------------------------------------------
def active_orders_with_product(db: Database, product_id: int, *, limit: int = 500) -> list[dict]:
    """Open and ready orders with a line of the product, oldest first."""
    sql = """
    SELECT DISTINCT o.id, o.number, o.order_date, o.promised_date, o.status,
           c.name AS customer_name
    FROM customer_order_lines l
    JOIN customer_orders o ON o.id = l.order_id
    JOIN customers c ON c.id = o.customer_id
    WHERE l.product_id = ? AND l.quantity > 0 AND o.status IN ('open', 'ready')
    ORDER BY o.order_date, o.id LIMIT ?
    """
    return [dict(r) for r in db.execute(sql, [product_id, limit])]
