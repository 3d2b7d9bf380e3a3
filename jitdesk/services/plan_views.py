"""Reads the Plan and Supplier orders pages need beyond `planning` and `supplier_orders`:
the supplier order list with a count and a "late" filter, override choices, number look-ups,
and computing the plan on a separate read connection (for a worker thread)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jitdesk.services.shop import Shop
from jitdesk.store import plan_views as q
from jitdesk.store.plan_views import LATE, SupplierOrderFilter, SupplierOrderRow

__all__ = [
    "LATE",
    "OfferChoice",
    "SupplierOrderFilter",
    "SupplierOrderRow",
    "count_supplier_orders",
    "customer_order_numbers",
    "list_supplier_orders",
    "offer_choices",
    "supplier_order_numbers",
    "supplier_filter_choices",
]


@dataclass(frozen=True, slots=True)
class OfferChoice:
    supplier_id: int
    supplier_name: str
    unit_cost: int
    pack_size: int
    min_qty: int
    preferred: bool


def list_supplier_orders(
    shop: Shop, flt: SupplierOrderFilter, *, limit: int = 200, offset: int = 0
) -> list[SupplierOrderRow]:
    """Newest first; each row says whether it is late or below the supplier minimum."""
    return q.list_orders(shop.db, flt, shop.today().isoformat(), limit=limit, offset=offset)


def count_supplier_orders(shop: Shop, flt: SupplierOrderFilter) -> int:
    return q.count_orders(shop.db, flt, shop.today().isoformat())


def supplier_filter_choices(shop: Shop) -> list[tuple[int, str]]:
    return [(r["id"], r["name"]) for r in q.suppliers_with_orders(shop.db)]


def offer_choices(shop: Shop, product_ids: Iterable[int]) -> dict[int, list[OfferChoice]]:
    """Per product, the suppliers with an active offer (cheapest first)."""
    result: dict[int, list[OfferChoice]] = {}
    for r in q.offer_choices(shop.db, product_ids):
        result.setdefault(r["product_id"], []).append(
            OfferChoice(
                r["supplier_id"],
                r["supplier_name"],
                r["unit_cost"],
                r["pack_size"],
                r["min_qty"],
                bool(r["preferred"]),
            )
        )
    return result


def supplier_order_numbers(shop: Shop, ids: Iterable[int]) -> dict[int, str]:
    return q.supplier_order_numbers(shop.db, ids)


def customer_order_numbers(shop: Shop, ids: Iterable[int]) -> dict[int, str]:
    return q.customer_order_numbers(shop.db, ids)
