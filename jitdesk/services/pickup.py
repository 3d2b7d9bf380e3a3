"""The pickup-by date of a stored order, for every page and document that shows one.

`domain.pickup.pickup_by` is the rule; this applies it to an order's stored ready and first
told timestamps (and the date the owner extended it to, if any) with the shop's hold days and
closed weekdays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from jitdesk.domain.clock import stored_local_date
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.pickup import notice_pickup_by, notice_told_on, pickup_by


def _extended(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def order_pickup_by(
    settings: ShopSettings,
    ready_at: str | None,
    notified_at: str | None,
    today: date,
    extended_to: str | None = None,
) -> date | None:
    """Until when the shop keeps the order (None while it is not ready). An order whose
    customer was not told yet counts from `today` (the shop's today): a notice made now
    tells them now."""
    return orders_pickup_by(settings, [(ready_at, notified_at, extended_to)], today)[0]


def orders_pickup_by(
    settings: ShopSettings, stamps: Iterable[Sequence[str | None]], today: date
) -> list[date | None]:
    """`order_pickup_by` of many orders, from their (ready, told[, extended to]) stamps. The
    rule is worked out once per distinct (ready day, day told, extension): a few dozen for the
    thousands of ready orders of a big shop."""
    by_days: dict[tuple[date, date | None, date | None], date] = {}
    result: list[date | None] = []
    for stamp in stamps:
        ready_on = stored_local_date(stamp[0])
        if ready_on is None:
            result.append(None)
            continue
        told_on = stored_local_date(stamp[1])
        extended = _extended(stamp[2]) if len(stamp) > 2 else None
        by = by_days.get((ready_on, told_on, extended))
        if by is None:
            by = by_days[ready_on, told_on, extended] = pickup_by(
                ready_on,
                told_on,
                today,
                settings.pickup_hold_days,
                settings.closed_weekdays,
                extended,
            )
        result.append(by)
    return result


def notice_pickup_by_for(
    settings: ShopSettings,
    ready_at: str | None,
    notified_at: str | None,
    today: date,
    extended_to: str | None = None,
) -> date | None:
    """The pickup-by date a notice made `today` states (a reminder once the date has passed)."""
    ready_on = stored_local_date(ready_at)
    if ready_on is None:
        return None
    return notice_pickup_by(
        ready_on,
        stored_local_date(notified_at),
        today,
        settings.pickup_hold_days,
        settings.closed_weekdays,
        _extended(extended_to),
    )


def reminder_pickup_by_for(
    settings: ShopSettings, ready_at: str | None, today: date, extended_to: str | None = None
) -> date | None:
    """The pickup-by date once a reminder is given `today`: a reminder tells the customer
    again, so the hold counts from today."""
    return order_pickup_by(settings, ready_at, today.isoformat(), today, extended_to)


def tells_again(
    settings: ShopSettings,
    ready_at: str | None,
    notified_at: str | None,
    today: date,
    extended_to: str | None = None,
) -> bool:
    """Whether a notice given `today` restarts the hold: the customer was told before and
    that pickup-by date has passed, so this notice is a reminder."""
    ready_on, told_on = stored_local_date(ready_at), stored_local_date(notified_at)
    if ready_on is None or told_on is None:
        return False
    hold, closed = settings.pickup_hold_days, settings.closed_weekdays
    extended = _extended(extended_to)
    return notice_told_on(ready_on, told_on, today, hold, closed, extended) == today != told_on
