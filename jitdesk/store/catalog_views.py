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


@dataclass(frozen=True, slots=True)
class ProductRow:
    """A product as the catalog list shows it, with its usual supplier."""

    id: int
    sku: str
    name: str
    unit: str
    sale_price: int
    barcode: str | None
    active: int  # 1 or 0, as stored
    offers: int  # active offers
    supplier_name: str | None  # of the preferred, else the cheapest active offer


PRODUCT_LIST_SQL = """
SELECT p.id, p.sku, p.name, p.unit, p.sale_price, p.barcode, p.active,
       (SELECT COUNT(*) FROM offers o WHERE o.product_id = p.id AND o.active = 1) AS offers,
       (SELECT s.name FROM offers o JOIN suppliers s ON s.id = o.supplier_id
         WHERE o.product_id = p.id AND o.active = 1
         ORDER BY o.preferred DESC, o.unit_cost LIMIT 1) AS supplier_name
FROM products p
"""


def list_products(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[ProductRow]:
    where, params = _where(flt, PRODUCT_COLUMNS, "p.active")
    sql = PRODUCT_LIST_SQL + where + " ORDER BY p.sku LIMIT ? OFFSET ?"
    return [ProductRow(*r) for r in db.execute(sql, params + [limit, offset])]


def count_products(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, PRODUCT_COLUMNS, "p.active")
    return db.execute("SELECT COUNT(*) FROM products p" + where, params).fetchone()[0]


@dataclass(frozen=True, slots=True)
class ProductOffer:
    """An offer of a product, with its supplier's name and usual lead time."""

    id: int
    product_id: int
    supplier_id: int
    supplier_sku: str
    unit_cost: int
    pack_size: int
    min_qty: int
    lead_time_days: int | None  # None: the supplier's
    preferred: int  # 1 or 0, as stored
    active: int
    supplier_name: str
    supplier_lead_time_days: int


def product_offers(db: Database, product_id: int) -> list[ProductOffer]:
    """Every offer of a product (inactive ones too), preferred first."""
    sql = """
    SELECT o.id, o.product_id, o.supplier_id, o.supplier_sku, o.unit_cost, o.pack_size,
           o.min_qty, o.lead_time_days, o.preferred, o.active, s.name, s.lead_time_days
    FROM offers o JOIN suppliers s ON s.id = o.supplier_id
    WHERE o.product_id = ?
    ORDER BY o.preferred DESC, o.active DESC, o.unit_cost, s.name COLLATE NOCASE
    """
    return [ProductOffer(*r) for r in db.execute(sql, [product_id])]


@dataclass(frozen=True, slots=True)
class OfferCost:
    unit_cost: int
    changed_at: str  # UTC timestamp
    source: str  # what changed it: an edit, an import, a price list


def offer_costs(db: Database, offer_id: int, *, limit: int = 100) -> list[OfferCost]:
    sql = (
        "SELECT unit_cost, changed_at, source FROM offer_costs WHERE offer_id = ?"
        " ORDER BY changed_at DESC, id DESC LIMIT ?"
    )
    return [OfferCost(*r) for r in db.execute(sql, [offer_id, limit])]


@dataclass(frozen=True, slots=True)
class SupplierChoice:
    id: int
    name: str
    active: int  # 1 or 0, as stored
    lead_time_days: int


def supplier_choices(db: Database) -> list[SupplierChoice]:
    sql = "SELECT id, name, active, lead_time_days FROM suppliers ORDER BY name COLLATE NOCASE"
    return [SupplierChoice(*r) for r in db.execute(sql)]


# -- suppliers --------------------------------------------------------------------------------
SUPPLIER_COLUMNS = ("s.name", "s.contact", "s.email", "s.phone", "s.account_number")


@dataclass(frozen=True, slots=True)
class SupplierRow:
    """A supplier as the supplier list shows it."""

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
    offers: int  # active offers


SUPPLIER_LIST_SQL = """
SELECT s.id, s.name, s.contact, s.email, s.phone, s.address, s.account_number,
       s.lead_time_days, s.delivery_weekdays, s.min_order_value, s.notes, s.active,
       (SELECT COUNT(*) FROM offers o WHERE o.supplier_id = s.id AND o.active = 1) AS offers
FROM suppliers s
"""


def list_suppliers(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[SupplierRow]:
    where, params = _where(flt, SUPPLIER_COLUMNS, "s.active")
    sql = SUPPLIER_LIST_SQL + where + " ORDER BY s.name COLLATE NOCASE LIMIT ? OFFSET ?"
    return [SupplierRow(*r) for r in db.execute(sql, params + [limit, offset])]


def count_suppliers(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, SUPPLIER_COLUMNS, "s.active")
    return db.execute("SELECT COUNT(*) FROM suppliers s" + where, params).fetchone()[0]


# -- customers --------------------------------------------------------------------------------
CUSTOMER_COLUMNS = ("c.name", "c.phone", "c.email")


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """A customer as the customer list shows it."""

    id: int
    name: str
    phone: str
    email: str
    notes: str
    created_at: str
    open_orders: int  # open or ready


CUSTOMER_LIST_SQL = """
SELECT c.id, c.name, c.phone, c.email, c.notes, c.created_at,
       (SELECT COUNT(*) FROM customer_orders o
         WHERE o.customer_id = c.id AND o.status IN ('open', 'ready')) AS open_orders
FROM customers c
"""


def list_customers(db: Database, flt: ListFilter, *, limit: int, offset: int) -> list[CustomerRow]:
    where, params = _where(flt, CUSTOMER_COLUMNS, None)
    sql = CUSTOMER_LIST_SQL + where + " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ? OFFSET ?"
    return [CustomerRow(*r) for r in db.execute(sql, params + [limit, offset])]


def count_customers(db: Database, flt: ListFilter) -> int:
    where, params = _where(flt, CUSTOMER_COLUMNS, None)
    return db.execute("SELECT COUNT(*) FROM customers c" + where, params).fetchone()[0]


# -- orders that could take surplus -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ActiveOrder:
    id: int
    number: str
    order_date: str
    promised_date: str | None
    status: str
    customer_name: str


def active_orders_with_product(
    db: Database, product_id: int, *, limit: int = 500
) -> list[ActiveOrder]:
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
    return [ActiveOrder(*r) for r in db.execute(sql, [product_id, limit])]
