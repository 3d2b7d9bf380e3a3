"""Orders delivered to the customer instead of collected: set up with the order, listed for
the delivery run once ready, and handed over at the door (the counter's own handover)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jitdesk.domain.clock import stored_local_date
from jitdesk.domain.delivery import DeliveryInput, check_delivery_date, earliest_delivery
from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _
from jitdesk.domain.models import OrderInput
from jitdesk.services.handover import HandoverResult, hand_over, handover_preview
from jitdesk.services.orders import CreatedOrder, create_order, edit_order
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import deliveries as q
from jitdesk.store.orders import OrderHeader, order_header


@dataclass(frozen=True, slots=True)
class DeliveryInfo:
    address: str
    delivery_date: date
    delivered_on: date | None = None


@dataclass(frozen=True, slots=True)
class DeliveryRunItem:
    """A ready order on the delivery run, with what is still to be collected at the door."""

    order_id: int
    number: str
    customer_name: str
    customer_phone: str
    address: str
    delivery_date: date
    balance_due: int


def delivery_of(shop: Shop, order_id: int) -> DeliveryInfo | None:
    """Where and when the order is delivered; None for an order the customer collects."""
    row = q.delivery_of(shop.db, order_id)
    if row is None:
        return None
    return DeliveryInfo(
        row.address, date.fromisoformat(row.delivery_date), stored_local_date(row.delivered_at)
    )


def customer_address(shop: Shop, customer_id: int) -> str:
    """The customer's address as the shop knows it (their latest delivery's), or ''."""
    return q.customer_address(shop.db, customer_id)


def default_delivery_date(order_date: date, promised: date | None) -> date:
    return earliest_delivery(order_date, promised)


def create_delivery_order(shop: Shop, data: OrderInput, delivery: DeliveryInput) -> CreatedOrder:
    """Log an order to be delivered: the order and its delivery are written together or not
    at all (a delivery without an address or with too early a date writes nothing)."""
    delivery.validate()
    with shop.transaction():
        created = create_order(shop, data)
        _save(shop, created.order_id, delivery)
    return created


def edit_delivery_order(
    shop: Shop, order_id: int, data: OrderInput, delivery: DeliveryInput | None
) -> Changes:
    """Change an open order and whether (and where, when) it is delivered, in one go."""
    if delivery is not None:
        delivery.validate()
    with shop.transaction() as db:
        changes = edit_order(shop, order_id, data)
        if delivery is not None:
            _save(shop, order_id, delivery)
        elif q.delivery_of(db, order_id) is not None:
            q.remove_delivery(db, order_id)
            shop.event("customer_order", order_id, "pickup", "To be collected, not delivered")
    return changes


def _save(shop: Shop, order_id: int, delivery: DeliveryInput) -> None:
    db = shop.db
    header = _header(shop, order_id)
    order_date = date.fromisoformat(header.order_date)
    promised = date.fromisoformat(header.promised_date) if header.promised_date else None
    day = delivery.delivery_date or earliest_delivery(order_date, promised)
    check_delivery_date(day, order_date, promised)
    before = q.delivery_of(db, order_id)
    q.save_delivery(db, order_id, delivery.address, day.isoformat())
    q.set_customer_address(db, header.customer_id, delivery.address)
    if before and (before.address, before.delivery_date) == (delivery.address, day.isoformat()):
        return
    shop.event(
        "customer_order",
        order_id,
        "delivery",
        f"To be delivered on {day.isoformat()} to {delivery.address.splitlines()[0]}",
        address=delivery.address,
        delivery_date=day.isoformat(),
    )


def _header(shop: Shop, order_id: int) -> OrderHeader:
    header = order_header(shop.db, order_id)
    if header is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    return header


def delivery_run(shop: Shop, up_to: date | None = None) -> list[DeliveryRunItem]:
    """Ready orders to deliver on or before `up_to` (default today), earliest first."""
    day = up_to or shop.today()
    return [
        DeliveryRunItem(
            row.order_id,
            row.number,
            row.customer_name,
            row.customer_phone,
            row.address,
            date.fromisoformat(row.delivery_date),
            handover_preview(shop, row.order_id).balance_due,
        )
        for row in q.ready_deliveries(shop.db, day.isoformat())
    ]


def ready_to_deliver_count(shop: Shop, up_to: date | None = None) -> int:
    """How many ready orders are due for delivery by `up_to` (default today)."""
    return q.ready_delivery_count(shop.db, (up_to or shop.today()).isoformat())


def mark_delivered(
    shop: Shop, order_id: int, payment: int = 0, method: str = "cash"
) -> HandoverResult:
    """The goods reached the customer: the order is handed over (as at the counter, with the
    balance taken at the door) and the delivery is recorded in the order's timeline."""
    with shop.transaction() as db:
        header = _header(shop, order_id)
        delivery = q.delivery_of(db, order_id)
        if delivery is None:
            raise DomainError(
                _(
                    "Order {number} is collected by the customer, not delivered; hand it over at "
                    "the pickup counter."
                ).format(number=header.number)
            )
        if delivery.delivered_at:
            raise DomainError(
                _("Order {number} was already delivered on {day}.").format(
                    number=header.number,
                    day=user_formats().day(stored_local_date(delivery.delivered_at)),
                )
            )
        result = hand_over(shop, order_id, payment, method, note="delivered")
        q.mark_delivered(db, order_id, shop.now_iso(), result.handover_id)
        shop.event(
            "customer_order",
            order_id,
            "delivered",
            f"{header.number} delivered to {delivery.address.splitlines()[0]}",
            handover_id=result.handover_id,
            address=delivery.address,
        )
    return result


def delivery_message(shop: Shop, order_id: int) -> str | None:
    """What to say instead of a pickup notice for an order that is delivered, else None."""
    info = delivery_of(shop, order_id)
    if info is None:
        return None
    header = _header(shop, order_id)
    return _(
        "Order {number} is delivered on {day}, so it needs no pickup notice; print its "
        "delivery note for the delivery run."
    ).format(number=header.number, day=user_formats().day(info.delivery_date))
