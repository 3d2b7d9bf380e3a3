"""Surplus: units in the shop that no customer order holds (pack rounding, over-delivery,
cancellations). Planning uses it before ordering more; here the owner sees it, uses it for an
order, or writes it off."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jitdesk.domain.allocation import SurplusWant, take_from_surplus
from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.money import check_quantity
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.statuses import CustomerOrderStatus, status_word
from jitdesk.services.common import require
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders

# What surplus there is and how long it has lain is read in surplus_lots (the Today page reads
# it at start, without the planning rules this module imports); offered here as well.
from jitdesk.services.surplus_lots import SurplusItem as SurplusItem
from jitdesk.services.surplus_lots import list_surplus as list_surplus
from jitdesk.services.surplus_lots import surplus_totals as surplus_totals
from jitdesk.store import catalog as catalog_q
from jitdesk.store import orders as oq
from jitdesk.store import surplus as q
from jitdesk.store.engine import Handle
from jitdesk.store.planning import insert_surplus_allocations
from jitdesk.store.quantities import line_quantities

_C = CustomerOrderStatus


def surplus_total_value(shop: Shop) -> int:
    return sum(item.value for item in list_surplus(shop))


@dataclass(slots=True)
class SurplusUse:
    order_id: int
    number: str
    allocated: dict[int, int]  # customer line id -> units taken from surplus
    ready: bool
    changes: Changes


def use_surplus_for_order(shop: Shop, order_id: int) -> SurplusUse:
    """Give an order's waiting lines units from surplus, line by line; it may become ready."""
    with shop.transaction() as db:
        order = oq.order_header(db, order_id)
        if order is None:
            raise NotFoundError(_("The customer order does not exist (any more)."))
        if order.status not in (_C.OPEN.value, _C.READY.value):
            raise DomainError(
                _("Order {number} is {status}; it needs nothing.").format(
                    number=order.number, status=status_word(order.status)
                )
            )
        waiting = [lq for lq in line_quantities(db, order_ids=[order_id]) if lq.waiting > 0]
        available = q.surplus_for_products(db, {lq.product_id for lq in waiting})
        takes, _left = take_from_surplus(
            ((lq.line_id, lq.product_id, lq.waiting) for lq in waiting), available
        )
        insert_surplus_allocations(db, takes, shop.now_iso())
        taken = {line_id: qty for line_id, _pid, qty in takes}
        if not taken:
            raise DomainError(
                _("There is no surplus for the waiting lines of order {number}.").format(
                    number=order.number
                )
            )
        shop.event(
            "customer_order",
            order_id,
            "allocated",
            f"{sum(taken.values())} unit(s) from surplus for {order.number}",
            lines=taken,
            source="surplus",
        )
        ready = refresh_customer_orders(shop, [order_id])
    changes = Changes(
        customer_orders={order_id},
        products={lq.product_id for lq in waiting if lq.line_id in taken},
        newly_ready=ready,
    )
    return SurplusUse(order_id, order.number, taken, bool(ready), changes)


def _waiting_lines(db: Handle, product_ids: Iterable[int], but: int | None) -> list[SurplusWant]:
    """The lines of active orders (all but order `but`) still waiting for these products."""
    ids = sorted(set(product_ids))
    if not ids:
        return []
    return [
        (lq.line_id, lq.product_id, lq.waiting)
        for lq in line_quantities(db, product_ids=ids, active_only=True)
        if lq.order_id != but and lq.waiting > 0
    ]


def free_surplus(shop: Shop, product_ids: Iterable[int]) -> dict[int, int]:
    """Per product, the surplus a new order could take now: what is on hand less what the
    orders already waiting for it would get first (they are older). Products with none are
    left out."""
    ids = set(product_ids)
    on_hand = q.surplus_for_products(shop.db, ids)
    if not any(qty > 0 for qty in on_hand.values()):
        return {}
    _takes, left = take_from_surplus(_waiting_lines(shop.db, ids, None), on_hand)
    return {pid: qty for pid, qty in left.items() if qty > 0}


def take_free_surplus(shop: Shop, order_id: int, number: str) -> dict[int, int]:
    """Inside the action that logs order `order_id`: its lines take the surplus that orders
    already waiting do not need, as planning would give it (older orders first). Returns
    units per customer line; the caller refreshes the order's status."""
    db = shop.db
    own = [
        (lq.line_id, lq.product_id, lq.waiting)
        for lq in line_quantities(db, order_ids=[order_id])
        if lq.waiting > 0
    ]
    product_ids = {product_id for _line, product_id, _qty in own}
    on_hand = q.surplus_for_products(db, product_ids)
    if not any(qty > 0 for qty in on_hand.values()):
        return {}
    takes, _left = take_from_surplus(_waiting_lines(db, product_ids, order_id) + own, on_hand)
    own_ids = {line_id for line_id, _pid, _qty in own}
    mine = [take for take in takes if take[0] in own_ids]
    if mine:
        insert_surplus_allocations(db, mine, shop.now_iso())
        taken = {line_id: qty for line_id, _pid, qty in mine}
        shop.event(
            "customer_order",
            order_id,
            "allocated",
            f"{sum(taken.values())} unit(s) from surplus for {number} when it was logged",
            lines=taken,
            source="surplus",
        )
        return taken
    return {}


def write_off(shop: Shop, product_id: int, quantity: int, reason: str) -> Changes:
    """Take surplus units off the books (damaged, sold elsewhere, returned); reason required."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the units are written off."), "reason")
    check_quantity(quantity, field="quantity to write off")
    require_permission(shop, OwnerAction.WRITE_OFF)
    with shop.transaction() as db:
        product = require(catalog_q.get_product(db, product_id), "product")
        surplus = q.surplus_for_products(db, [product_id]).get(product_id, 0)
        if quantity > surplus:
            raise ValidationError(
                ngettext(
                    "Only {available} unit of {sku} is surplus; you cannot write off {quantity}.",
                    "Only {available} units of {sku} are surplus; you cannot write off {quantity}.",
                    max(0, surplus),
                ).format(available=max(0, surplus), sku=product.sku, quantity=quantity),
                "quantity",
            )
        cost = q.last_unit_cost(db, product_id)
        q.insert_write_off(db, product_id, quantity, cost, reason, shop.now_iso())
        shop.event(
            "product",
            product_id,
            "written off",
            f"{quantity} unit(s) of {product.sku} written off: {reason}",
            quantity=quantity,
            unit_cost=cost,
            reason=reason,
        )
    return Changes(products={product_id})
