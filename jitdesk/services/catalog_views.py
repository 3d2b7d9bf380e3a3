"""Reads for the catalog, suppliers, customers and surplus pages (lists with paging and counts).

Writes stay in `catalog`, `customers` and `surplus`; this module only reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.models import CustomerInput, ProductInput, SupplierInput
from jitdesk.services.common import require
from jitdesk.services.orders import OrderListRow, count_orders, list_orders
from jitdesk.services.shop import Shop
from jitdesk.store import catalog as catalog_q
from jitdesk.store import catalog_views as q
from jitdesk.store.catalog_views import (
    CustomerRow,
    ListFilter,
    OfferCost,
    ProductOffer,
    ProductRow,
    SupplierChoice,
    SupplierRow,
)
from jitdesk.store.quantities import line_quantities

__all__ = [
    "CustomerRow",
    "ListFilter",
    "OfferCost",
    "ProductOffer",
    "ProductRow",
    "SupplierChoice",
    "SupplierRow",
]


# -- products ---------------------------------------------------------------------------------
def list_products(
    shop: Shop, flt: ListFilter, *, limit: int = 200, offset: int = 0
) -> list[ProductRow]:
    return q.list_products(shop.db, flt, limit=limit, offset=offset)


def count_products(shop: Shop, flt: ListFilter) -> int:
    return q.count_products(shop.db, flt)


def get_product(shop: Shop, product_id: int) -> ProductInput:
    row = require(catalog_q.get_product(shop.db, product_id), "product")
    return ProductInput(
        sku=row.sku,
        name=row.name,
        sale_price=row.sale_price,
        unit=row.unit,
        barcode=row.barcode,
        active=bool(row.active),
        tax_rate_bp=row.tax_rate_bp,
    )


def product_offers(shop: Shop, product_id: int) -> list[ProductOffer]:
    return q.product_offers(shop.db, product_id)


def offer_cost_history(shop: Shop, offer_id: int) -> list[OfferCost]:
    """The offer's unit costs, newest first (changed_at is a UTC timestamp)."""
    return q.offer_costs(shop.db, offer_id)


def supplier_choices(shop: Shop) -> list[SupplierChoice]:
    return q.supplier_choices(shop.db)


# -- suppliers --------------------------------------------------------------------------------
def list_suppliers(
    shop: Shop, flt: ListFilter, *, limit: int = 200, offset: int = 0
) -> list[SupplierRow]:
    return q.list_suppliers(shop.db, flt, limit=limit, offset=offset)


def count_suppliers(shop: Shop, flt: ListFilter) -> int:
    return q.count_suppliers(shop.db, flt)


def get_supplier(shop: Shop, supplier_id: int) -> SupplierInput:
    row = require(catalog_q.get_supplier(shop.db, supplier_id), "supplier")
    return SupplierInput(
        name=row.name,
        contact=row.contact,
        email=row.email,
        phone=row.phone,
        address=row.address,
        account_number=row.account_number,
        lead_time_days=row.lead_time_days,
        delivery_weekdays=parse_weekdays(row.delivery_weekdays),
        min_order_value=row.min_order_value,
        notes=row.notes,
        active=bool(row.active),
        language=row.language,
    )


# -- customers --------------------------------------------------------------------------------
def list_customers(
    shop: Shop, flt: ListFilter, *, limit: int = 200, offset: int = 0
) -> list[CustomerRow]:
    return q.list_customers(shop.db, flt, limit=limit, offset=offset)


def count_customers(shop: Shop, flt: ListFilter) -> int:
    return q.count_customers(shop.db, flt)


def get_customer(shop: Shop, customer_id: int) -> CustomerInput:
    row = require(catalog_q.get_customer(shop.db, customer_id), "customer")
    return CustomerInput(row.name, row.phone, row.email, row.notes, row.language, row.tell_channel)


def customer_orders(
    shop: Shop, customer_id: int, *, limit: int = 200, offset: int = 0
) -> list[OrderListRow]:
    """The customer's orders, newest first (same rows as the order list)."""
    return list_orders(shop, OrderFilter(customer_id=customer_id), limit=limit, offset=offset)


def count_customer_orders(shop: Shop, customer_id: int) -> int:
    return count_orders(shop, OrderFilter(customer_id=customer_id))


# -- surplus ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OrderNeed:
    order_id: int
    number: str
    customer_name: str
    order_date: str
    promised_date: str | None
    waiting: int  # units of the product the order still waits for (not covered, not on hand)


def orders_needing_product(shop: Shop, product_id: int) -> list[OrderNeed]:
    """Open orders still waiting for units of the product, oldest first."""
    rows = q.active_orders_with_product(shop.db, product_id)
    if not rows:
        return []
    waiting: dict[int, int] = {}
    for lq in line_quantities(shop.db, order_ids=[r.id for r in rows]):
        if lq.product_id == product_id and lq.waiting > 0:
            waiting[lq.order_id] = waiting.get(lq.order_id, 0) + lq.waiting
    return [
        OrderNeed(r.id, r.number, r.customer_name, r.order_date, r.promised_date, waiting[r.id])
        for r in rows
        if r.id in waiting
    ]
