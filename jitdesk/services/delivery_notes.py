"""The read models of delivery notes: one order, or every order on a delivery run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jitdesk.domain.errors import DomainError
from jitdesk.domain.i18n import _
from jitdesk.services.delivery import delivery_of, delivery_run
from jitdesk.services.documents import CONFIRMATION, CustomerOrderDoc, customer_order_doc
from jitdesk.services.shop import Shop
from jitdesk.store.orders import order_by_number


@dataclass(frozen=True, slots=True)
class DeliveryNoteDoc:
    """An order as its delivery note prints it: the order, where to and on which day."""

    order: CustomerOrderDoc
    address: str
    delivery_date: date


def delivery_note_doc(shop: Shop, number: str) -> DeliveryNoteDoc:
    header = order_by_number(shop.db, number)
    delivery = delivery_of(shop, header.id) if header else None
    order = customer_order_doc(shop, number, CONFIRMATION)  # refuses unknown, cancelled orders
    if delivery is None:
        raise DomainError(
            _(
                "Order {number} is collected by the customer, so it has no delivery note; print "
                "its pickup notice instead."
            ).format(number=order.number)
        )
    return DeliveryNoteDoc(order, delivery.address, delivery.delivery_date)


def delivery_run_docs(shop: Shop, up_to: date | None = None) -> list[DeliveryNoteDoc]:
    """The delivery notes of every ready order due for delivery by `up_to` (default today)."""
    items = delivery_run(shop, up_to)
    if not items:
        raise DomainError(
            _("No ready order is due for delivery, so there are no delivery notes to print.")
        )
    return [delivery_note_doc(shop, item.number) for item in items]
