"""The owner reviews items staff added at the counter: complete one (supplier, code, cost,
price), or merge it into the product it really is. Until then planning never orders it.

Either way, lines whose promised date was "to be confirmed" get one as soon as the product has
a supplier's terms, counted from the day of the review (nothing was ordered before).
"""

from __future__ import annotations

from datetime import date

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import OfferInput, ReviewInput
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.promise import promise_for_order_lines
from jitdesk.services.catalog import set_offer
from jitdesk.services.common import require
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.promises import Promiser
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import catalog as catalog_q
from jitdesk.store import review as q
from jitdesk.store.engine import Handle
from jitdesk.store.review import ItemToReview


def items_to_review(shop: Shop) -> list[ItemToReview]:
    """Every item to review, oldest first, with what staff entered."""
    return q.items_to_review(shop.db)


def count_items_to_review(shop: Shop) -> int:
    return q.count_items_to_review(shop.db)


def complete_review(shop: Shop, product_id: int, data: ReviewInput) -> Changes:
    """Set the item's name, price and its supplier's offer; from now on it is ordered as any
    other product."""
    data.validate()
    require_permission(shop, OwnerAction.PRICES)
    with shop.transaction() as db:
        product = _require_to_review(db, product_id)
        supplier = require(catalog_q.get_supplier(db, data.supplier_id or 0), "supplier")
        catalog_q.update_product(db, product_id, {"name": data.name, "sale_price": data.sale_price})
        set_offer(
            shop,
            OfferInput(
                product_id=product_id,
                supplier_id=supplier.id,
                unit_cost=data.unit_cost or 0,
                supplier_sku=data.supplier_sku,
                preferred=True,
            ),
            source="review",
        )
        q.mark_reviewed(db, product_id)
        orders = _confirm_promises(shop, product_id)
        shop.event(
            "product",
            product_id,
            "reviewed",
            f"Item {product.sku} reviewed: ordered from {supplier.name}",
            name=data.name,
            supplier_id=supplier.id,
            supplier_sku=data.supplier_sku,
            unit_cost=data.unit_cost,
            sale_price=data.sale_price,
        )
    return Changes(products={product_id}, customer_orders=orders)


def merge_item(shop: Shop, product_id: int, into_id: int) -> Changes:
    """The item to review is the same thing as `into_id`: every order line, allocation, offer
    and mapping of it moves to `into_id`; the item stays, inactive, to keep its history."""
    with shop.transaction() as db:
        item = _require_to_review(db, product_id)
        if into_id == product_id:
            raise ValidationError(
                _("Choose another product to merge {sku} into.").format(sku=item.sku), "into"
            )
        kept = require(catalog_q.get_product(db, into_id), "product")
        if not kept.active:
            raise DomainError(
                _("{sku} is not active; choose an active product to merge into.").format(
                    sku=kept.sku
                )
            )
        orders = {
            order_id for _line, order_id, _day in q.lines_to_be_confirmed(db, product_id)
        } | set(q.order_ids_of_product(db, product_id))
        moved = q.move_product_rows(db, product_id, into_id)
        q.retire_merged(db, product_id, into_id)
        orders |= _confirm_promises(shop, into_id)
        details = {table: n for table, n in moved.items() if n}
        shop.event(
            "product",
            into_id,
            "merged",
            f"Item {item.sku} {item.name} merged into {kept.sku}",
            merged_product_id=product_id,
            moved=details,
        )
        shop.event(
            "product",
            product_id,
            "merged",
            f"Merged into {kept.sku} {kept.name}",
            into_product_id=into_id,
            moved=details,
        )
        for order_id in sorted(orders):
            shop.event(
                "customer_order",
                order_id,
                "item merged",
                f"Item {item.sku} is now {kept.sku} {kept.name}",
                from_product_id=product_id,
                to_product_id=into_id,
                from_sku=item.sku,
                to_sku=kept.sku,
                to_name=kept.name,
            )
    return Changes(products={product_id, into_id}, customer_orders=orders)


def _require_to_review(db: Handle, product_id: int) -> catalog_q.Product:
    product = require(catalog_q.get_product(db, product_id), "product")
    if not product.to_review:
        raise DomainError(
            _("{sku} is not waiting for a review any more; reopen the list.").format(
                sku=product.sku
            )
        )
    return product


def _confirm_promises(shop: Shop, product_id: int) -> set[int]:
    """Give the lines of `product_id` still "to be confirmed" a promised date from today, when
    it has a supplier's terms now; their orders' promises follow. The orders touched."""
    db = shop.db
    waiting = q.lines_to_be_confirmed(db, product_id)
    if not waiting:
        return set()
    promised = Promiser(shop, [product_id]).promise(product_id, shop.today())
    if promised is None:
        return set()
    orders = set()
    for line_id, order_id, _order_day in waiting:
        q.set_line_promise(db, line_id, promised.isoformat())
        orders.add(order_id)
    for order_id in orders:
        dates = [date.fromisoformat(d) if d else None for d in q.line_promises(db, order_id)]
        whole = promise_for_order_lines(dates)
        q.set_order_promise(db, order_id, whole.isoformat() if whole else None)
    return orders
