"""Repeat orders: when each order of a repeating customer order is due, and which are due to
be created on a given day.

Occurrence 0 is the order the repeat was made from (due on the repeat's start date); occurrence
k is due k intervals after the start. Every date is worked out from the start, never from the
previous occurrence, so a month-end start stays at the month's end where it can (Jan 31 →
Feb 28 → Mar 31) instead of drifting to the 28th, and no month is skipped or hit twice.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from jitdesk.domain.calendar import LAST_DATE, check_date, check_days
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _, ngettext


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class RepeatState(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


# The longest interval accepted, per unit (three years each).
MAX_EVERY = {Unit.DAY: 3 * 366, Unit.WEEK: 3 * 53, Unit.MONTH: 36}
MAX_ORDERS = 1000  # "for a count": the most orders one repeat makes, its first one included
MAX_AT_ONCE_DAYS = 365  # more than a year of orders created in one go is refused
DEFAULT_LEAD_DAYS = 7


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months; a day the target month lacks becomes its last
    day (Jan 31 + 1 month = Feb 28, or 29 in a leap year)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class RepeatRule:
    """How often an order repeats and for how long.

    `start` is the due date of the first order (the one the repeat was made from); `count` is
    how many orders there are in all, that first one included; `lead_days` is how long before
    its due date each next order is created (so suppliers have time to deliver)."""

    start: date
    every: int
    unit: Unit
    until: date | None = None
    count: int | None = None
    lead_days: int = DEFAULT_LEAD_DAYS

    def due(self, index: int) -> date:
        """The due date of occurrence `index` (0 = the first order)."""
        steps = self.every * index
        if self.unit is Unit.MONTH:
            return add_months(self.start, steps)
        days = steps * (7 if self.unit is Unit.WEEK else 1)
        return self.start + timedelta(days=days)

    def has(self, index: int) -> bool:
        """Whether occurrence `index` is part of the repeat (before its end)."""
        if index < 0 or (self.count is not None and index >= self.count):
            return False
        due = self.due(index)
        return due <= LAST_DATE and (self.until is None or due <= self.until)

    def creation_day(self, index: int) -> date:
        """The day occurrence `index` is created: its due date less the lead time."""
        return self.due(index) - timedelta(days=self.lead_days)

    def due_by(self, next_index: int, today: date) -> list[tuple[int, date]]:
        """The occurrences from `next_index` on whose creation day has come by `today`, with
        their due dates, in order."""
        found = []
        index = max(next_index, 1)
        while self.has(index) and self.creation_day(index) <= today:
            found.append((index, self.due(index)))
            index += 1
        return found

    def first_on_or_after(self, day: date) -> int:
        """The index of the first occurrence due on or after `day` (past the end if none)."""
        index = 0
        while self.has(index) and self.due(index) < day:
            index += 1
        return index

    def next_due(self, next_index: int) -> date | None:
        """The due date of occurrence `next_index`, None once the repeat has ended."""
        return self.due(next_index) if self.has(next_index) else None


def check_rule(rule: RepeatRule, today: date) -> RepeatRule:
    """The rule if a shop can use it; otherwise one sentence saying what is wrong."""
    check_date(rule.start, "start", _("start date"))
    unit = parse_unit(rule.unit)
    every = rule.every
    if isinstance(every, bool) or not isinstance(every, int) or every <= 0:
        raise ValidationError(
            _("The repeat interval must be a whole number of 1 or more."), "every"
        )
    if every > MAX_EVERY[unit]:
        raise ValidationError(
            _("The repeat interval can be at most three years; choose a shorter one."), "every"
        )
    check_days(rule.lead_days, "lead_days", _("lead time"))
    if rule.until is not None:
        check_date(rule.until, "until", _("end date"))
        if rule.until < rule.start:
            raise ValidationError(
                _(
                    "The repeat ends before it starts; choose an end date on or after {start}."
                ).format(start=user_formats().short_day(rule.start)),
                "until",
            )
    if rule.count is not None and not 2 <= rule.count <= MAX_ORDERS:
        raise ValidationError(
            _("The number of orders must be from 2 (this one and one more) to {limit}.").format(
                limit=MAX_ORDERS
            ),
            "count",
        )
    _check_not_too_many_at_once(rule, today)
    return rule


def parse_unit(unit: object) -> Unit:
    try:
        return Unit(str(unit))
    except ValueError:
        raise ValidationError(
            _("Repeat every day, week or month; {unit} is not one of them.").format(unit=unit),
            "unit",
        ) from None


def _check_not_too_many_at_once(rule: RepeatRule, today: date) -> None:
    """A start far in the past (or a long lead time) would create a pile of orders in one go."""
    first_due = rule.due(1) if rule.has(1) else None
    if first_due is None:
        return
    horizon = today + timedelta(days=rule.lead_days)
    if (horizon - first_due).days >= MAX_AT_ONCE_DAYS:
        raise ValidationError(
            _(
                "This repeat would create more than a year of orders at once; start it later "
                "or choose a shorter lead time."
            ),
            "start",
        )


def interval_text(every: int, unit: Unit | str) -> str:
    """ "every 2 weeks", "every month" (in the user's language)."""
    unit = Unit(unit)
    if unit is Unit.DAY:
        return ngettext("every day", "every {n} days", every).format(n=every)
    if unit is Unit.WEEK:
        return ngettext("every week", "every {n} weeks", every).format(n=every)
    return ngettext("every month", "every {n} months", every).format(n=every)
