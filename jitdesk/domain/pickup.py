"""Until when the shop keeps a ready order for its customer: the pickup-by date.

Pickup-by = the first open day on or after (the later of the ready date and the day the
customer was told) + the pickup hold days. Printing or e-mailing the first pickup notice tells
the customer; until then a notice made today tells them today. A notice made after the date
has passed is a reminder: it tells them again that day, so no notice ever shows a pickup-by
date before the day it was printed. The Today page, pickup notices,
e-mails and reports all take the date from here.

A reminder tells the customer again: the hold counts from the day it is sent. An extension is a
date the owner granted; the pickup-by date is never before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from jitdesk.domain.calendar import MAX_DAYS, check_date, next_open_day
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _

# From this many days before its pickup-by date, an uncollected order is offered a reminder.
REMINDER_LEAD_DAYS = 2


def pickup_by(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
    extended_to: date | None = None,
) -> date:
    """The pickup-by date of an order ready on `ready_on` whose customer was first told on
    `told_on` (None: not told yet, so a notice made `today` is what tells them), never before
    `extended_to` (the date the owner extended it to, if any)."""
    start = max(ready_on, told_on or today)
    by = next_open_day(start + timedelta(days=max(0, hold_days)), closed_weekdays)
    return max(by, extended_to) if extended_to is not None else by


def notice_told_on(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
    extended_to: date | None = None,
) -> date:
    """The day a pickup notice made `today` counts the hold from: the day the customer was
    told while that still runs, else today (the first notice, or a reminder once the
    pickup-by date has passed)."""
    closed = tuple(closed_weekdays)
    if (
        told_on is not None
        and pickup_by(ready_on, told_on, today, hold_days, closed, extended_to) >= today
    ):
        return told_on
    return today


def notice_pickup_by(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
    extended_to: date | None = None,
) -> date:
    """The pickup-by date a notice made `today` states: never before `today`."""
    closed = tuple(closed_weekdays)
    start = notice_told_on(ready_on, told_on, today, hold_days, closed, extended_to)
    return pickup_by(ready_on, start, today, hold_days, closed, extended_to)


def reminder_due(by: date, today: date) -> bool:
    """Whether an uncollected order with pickup-by date `by` is near or past it."""
    return (by - today).days <= REMINDER_LEAD_DAYS


def extension_date(
    current: date,
    today: date,
    closed_weekdays: Iterable[int],
    *,
    until: date | None = None,
    days: int | None = None,
) -> date:
    """The pickup-by date an extension grants: `until`, or `days` after the current date,
    moved past closed weekdays. It must come after the current pickup-by date (and today)."""
    if (until is None) == (days is None):
        raise ValueError("give either until or days")
    if days is not None:
        if not 1 <= days <= MAX_DAYS:
            raise ValidationError(_("Extend by 1 to {max} days.").format(max=MAX_DAYS), "days")
        until = current + timedelta(days=days)
    assert until is not None
    new = next_open_day(check_date(until, "pickup_by", _("new pickup-by date")), closed_weekdays)
    if new <= max(current, today):
        raise ValidationError(
            _("The new pickup-by date must be after {date}; choose a later date.").format(
                date=user_formats().short_day(max(current, today))
            ),
            "pickup_by",
        )
    return new
