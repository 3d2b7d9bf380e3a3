"""Which offer a promise is based on, and the promised date it gives (DESIGN §2)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from jitdesk.domain.calendar import arrival_date, promised_date


class OfferTerms(NamedTuple):
    """What planning and promising need to know of one supplier offer.

    An immutable tuple rather than a frozen dataclass: planning reads thousands at a time,
    and a frozen dataclass takes five times as long to build."""

    offer_id: int
    product_id: int
    supplier_id: int
    unit_cost: int
    pack_size: int
    min_qty: int
    lead_time_days: int
    delivery_weekdays: frozenset[int]
    preferred: bool = False

    def arrival(self, order_date: date) -> date:
        return arrival_date(order_date, self.lead_time_days, self.delivery_weekdays)


def offer_for_promise(offers: Sequence[OfferTerms], order_date: date) -> OfferTerms | None:
    """The preferred offer, else the one that arrives first (cheaper first on a tie)."""
    if not offers:
        return None
    preferred = [o for o in offers if o.preferred]
    if preferred:
        return preferred[0]
    return min(offers, key=lambda o: (o.arrival(order_date), o.unit_cost, o.offer_id))


def promise_for_line(
    offers: Sequence[OfferTerms],
    order_date: date,
    safety_buffer_days: int,
    closed_weekdays: Iterable[int],
) -> date | None:
    offer = offer_for_promise(offers, order_date)
    if offer is None:
        return None
    return promised_date(offer.arrival(order_date), safety_buffer_days, closed_weekdays)


def promise_for_order(line_promises: Iterable[date | None]) -> date | None:
    """With several lines, the latest line wins."""
    dates = [d for d in line_promises if d is not None]
    return max(dates) if dates else None


def promise_for_order_lines(line_promises: Iterable[date | None]) -> date | None:
    """The order's promise once a line may still wait for its supplier's terms (an item to
    review): the latest line wins, and while any line has no date the whole order is to be
    confirmed (None)."""
    dates = list(line_promises)
    if any(d is None for d in dates):
        return None
    return promise_for_order(dates)
