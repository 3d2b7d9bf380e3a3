"""Items not in the catalogue, added at the counter while the customer waits.

Each becomes a product *to review* (with the supplier's offer when staff know the supplier and
its cost), written in the transaction of the order that names it: the order and its new items
are saved together or not at all. Planning never orders an item to review; the owner completes
or merges it first (services.review).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.domain.models import NewItemInput, OrderInput
from jitdesk.domain.numbering import NEW_ITEM
from jitdesk.domain.promise import OfferTerms, promise_for_line
from jitdesk.services.common import require
from jitdesk.services.promises import observed_offer_terms
from jitdesk.services.shop import Shop
from jitdesk.store import catalog as q
from jitdesk.store import review as review_q
from jitdesk.store.settings import load_settings


def create_new_items(shop: Shop, data: OrderInput) -> OrderInput:
    """The order with each new item created as a product to review and its line pointing at
    it. Call inside the order's transaction."""
    if not any(line.new_item for line in data.lines):
        return data
    lines = []
    for line in data.lines:
        if line.new_item is None:
            lines.append(line)
            continue
        product_id = create_new_item(shop, line.new_item)
        lines.append(replace(line, product_id=product_id, new_item=None))
    return replace(data, lines=lines)


def create_new_item(shop: Shop, item: NewItemInput) -> int:
    """One product to review (and its offer when supplier and cost are known); its id."""
    item.validate()
    db = shop.db
    if item.supplier_id is not None:
        require(q.get_supplier(db, item.supplier_id), "supplier")
    sku = _free_sku(shop)
    product_id = q.insert_product(
        db,
        {
            "sku": sku,
            "name": item.description,
            "unit": "pc",
            "sale_price": item.sale_price,
            "active": 1,
            "to_review": 1,
        },
    )
    if item.supplier_id is not None and item.unit_cost is not None:
        offer_id = q.insert_offer(
            db,
            {
                "product_id": product_id,
                "supplier_id": item.supplier_id,
                "supplier_sku": item.supplier_sku,
                "unit_cost": item.unit_cost,
                "preferred": 1,
                "active": 1,
            },
        )
        q.insert_offer_cost(db, offer_id, item.unit_cost, shop.now_iso(), "counter")
    elif item.supplier_id is not None:
        review_q.set_review_supplier(db, product_id, item.supplier_id, item.supplier_sku)
    shop.event(
        "product",
        product_id,
        "created",
        f"Item {sku} added at the counter, to review",
        name=item.description,
        supplier_id=item.supplier_id,
        supplier_sku=item.supplier_sku,
        unit_cost=item.unit_cost,
        sale_price=item.sale_price,
    )
    return product_id


def _free_sku(shop: Shop) -> str:
    """The next N-year-number SKU that no product has (a product may have been given one by
    hand)."""
    for _attempt in range(1000):
        sku = shop.next_number(NEW_ITEM)
        if q.product_by_sku(shop.db, sku) is None:
            return sku
    raise RuntimeError("no free SKU for a new item after 1000 numbers")


def quote_new_item(
    shop: Shop, supplier_id: int | None, order_date: date | None = None
) -> date | None:
    """The promised date of a new item ordered from `supplier_id` (the supplier's own lead time
    and delivery days, as any of its offers would give), or None: to be confirmed."""
    supplier = q.get_supplier(shop.db, supplier_id) if supplier_id is not None else None
    if supplier is None:
        return None
    terms = OfferTerms(
        0,
        0,
        supplier.id,
        0,
        1,
        1,
        supplier.lead_time_days,
        parse_weekdays(supplier.delivery_weekdays),
    )
    settings = load_settings(shop.db)
    offers = observed_offer_terms(shop, {0: [terms]})[0]
    return promise_for_line(
        offers, order_date or shop.today(), settings.safety_buffer_days, settings.closed_weekdays
    )
