"""Until when the shop keeps a ready order for its customer: the pickup-by date.

Pickup-by = the first open day on or after (the later of the ready date and the day the
customer was told) + the pickup hold days. Printing or e-mailing the first pickup notice tells
the customer; until then a notice made today tells them today. A notice made after the date
has passed is a reminder: it tells them again that day, so no notice ever shows a pickup-by
date before the day it was printed. The Today page, pickup notices,
e-mails and reports all take the date from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from jitdesk.domain.calendar import next_open_day


def pickup_by(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
) -> date:
    """The pickup-by date of an order ready on `ready_on` whose customer was first told on
    `told_on` (None: not told yet, so a notice made `today` is what tells them)."""
    start = max(ready_on, told_on or today)
    return next_open_day(start + timedelta(days=max(0, hold_days)), closed_weekdays)


def notice_told_on(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
) -> date:
    """The day a pickup notice made `today` counts the hold from: the day the customer was
    told while that still runs, else today (the first notice, or a reminder once the
    pickup-by date has passed)."""
    closed = tuple(closed_weekdays)
    if told_on is not None and pickup_by(ready_on, told_on, today, hold_days, closed) >= today:
        return told_on
    return today


def notice_pickup_by(
    ready_on: date,
    told_on: date | None,
    today: date,
    hold_days: int,
    closed_weekdays: Iterable[int],
) -> date:
    """The pickup-by date a notice made `today` states: never before `today`."""
    closed = tuple(closed_weekdays)
    start = notice_told_on(ready_on, told_on, today, hold_days, closed)
    return pickup_by(ready_on, start, today, hold_days, closed)
