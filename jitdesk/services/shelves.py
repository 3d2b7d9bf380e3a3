"""Putting ready orders away on a shelf, suggesting the next free one, and the label setting."""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.errors import DomainError, ValidationError, quoted
from jitdesk.domain.i18n import _
from jitdesk.domain.shelves import (
    LabelSize,
    OrderLabel,
    bag_marks,
    check_bags,
    clean_shelf,
    label_size_from,
    next_free,
    pattern_slots,
    same_shelf,
)
from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.services.shop import Shop
from jitdesk.store import orders as orders_q
from jitdesk.store import shelves as q
from jitdesk.store.shelves import ShelfPlace


@dataclass(frozen=True)
class LabelSettings:
    label_size: LabelSize
    shelf_pattern: str


def label_settings(shop: Shop) -> LabelSettings:
    size, pattern = q.label_settings(shop.db)
    return LabelSettings(label_size_from(size), pattern)


def save_label_settings(shop: Shop, label_size: LabelSize, shelf_pattern: str) -> None:
    """Remember the label stock and the shelf pattern; a pattern that cannot be read is
    refused and nothing is saved."""
    pattern = ", ".join(p.strip() for p in shelf_pattern.split(",") if p.strip())
    pattern_slots(pattern)
    with shop.transaction() as db:
        q.save_label_settings(db, label_size.value, pattern)


def suggest_shelf(shop: Shop) -> str | None:
    """The next shelf of the shop's pattern that no waiting order uses."""
    _size, pattern = q.label_settings(shop.db)
    return next_free(pattern, (p.shelf for p in q.waiting_places(shop.db)))


def put_away(shop: Shop, order_id: int, shelf: str, bags: int = 1) -> ShelfPlace:
    """Record where a ready order waits and in how many bags."""
    put_away_many(shop, [(order_id, shelf, bags)])
    return q.places_of(shop.db, [order_id])[order_id]


def put_away_many(shop: Shop, places: list[tuple[int, str, int]]) -> None:
    """Record (order id, shelf, bags) of several ready orders at once. A shelf holds one waiting
    order: a name another waiting order uses (or two of these share) is refused and nothing
    is written."""
    cleaned = [(order_id, clean_shelf(shelf), check_bags(bags)) for order_id, shelf, bags in places]
    with shop.transaction() as db:
        held = {p.order_id: p for p in q.waiting_places(db)}
        for order_id, name, bags in cleaned:
            if orders_q.order_status(db, order_id) != CustomerOrderStatus.READY.value:
                raise DomainError(_("Only an order that is ready for pickup is put on a shelf."))
            for place in held.values():
                if place.order_id != order_id and same_shelf(place.shelf, name):
                    raise ValidationError(
                        _(
                            "Shelf {shelf} already holds order {number}; choose another shelf "
                            "or hand that order over first."
                        ).format(shelf=quoted(place.shelf), number=place.number),
                        "shelf",
                    )
            q.put_place(db, order_id, name, bags, shop.now_iso())
            held[order_id] = q.places_of(db, [order_id])[order_id]
            shop.event(
                "customer_order",
                order_id,
                "put away",
                f"on shelf {name}, {bags} bag(s)",
                shelf=name,
                bags=bags,
            )


def suggest_shelves(shop: Shop, count: int) -> list[str]:
    """The next `count` free shelves of the pattern ('' where the pattern has run out)."""
    _size, pattern = q.label_settings(shop.db)
    taken = [p.shelf for p in q.waiting_places(shop.db)]
    found: list[str] = []
    for _n in range(count):
        slot = next_free(pattern, taken) or ""
        found.append(slot)
        if slot:
            taken.append(slot)
    return found


def shelves_of(shop: Shop, order_ids: list[int]) -> dict[int, ShelfPlace]:
    """{order id: shelf place} of the orders among `order_ids` that were put away."""
    return q.places_of(shop.db, order_ids)


def waiting_places(shop: Shop) -> list[ShelfPlace]:
    return q.waiting_places(shop.db)


def order_labels(shop: Shop, order_ids: list[int]) -> list[OrderLabel]:
    """One label per bag of each order (one bag unless it was put away with more)."""
    rows = q.label_rows(shop.db, order_ids)
    if not rows:
        raise DomainError(_("Choose at least one order to print labels for."))
    return [
        OrderLabel(customer, number, mark, shelf)
        for _id, number, customer, shelf, bags in rows
        for mark in bag_marks(bags)
    ]
