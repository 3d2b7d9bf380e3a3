"""Promised and expected dates (DESIGN §2 "Promised date").

Weekdays are Python's: Monday = 0 ... Sunday = 6.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ALL_WEEKDAYS = frozenset(range(7))
# The dates jitdesk accepts (an order date, a delivery date): far enough from the ends of the
# calendar that adding lead times, buffers and hold days can never overflow it.
FIRST_DATE = date(2000, 1, 1)
LAST_DATE = date(2100, 12, 31)
MAX_DAYS = 365  # a lead time, safety buffer or pickup hold time


def check_date(day: object, field: str = "date", label: str | None = None) -> date:
    """A calendar date between FIRST_DATE and LAST_DATE."""
    label = label or field
    if not isinstance(day, date):
        raise ValidationError(
            _("The {label} {day} is not a date.").format(label=label, day=quoted(day)), field
        )
    if isinstance(day, datetime):
        day = day.date()
    if not FIRST_DATE <= day <= LAST_DATE:
        raise ValidationError(
            _("The {label} {day} is outside the years {first}–{last} jitdesk works with.").format(
                label=label,
                day=user_formats().short_day(day),
                first=FIRST_DATE.year,
                last=LAST_DATE.year,
            ),
            field,
        )
    return day


def check_days(value: object, field: str, label: str) -> int:
    """A number of days (lead time, buffer, hold time): a whole number from 0 to MAX_DAYS."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            _("The {label} must be zero or more days.").format(label=label), field
        )
    if value > MAX_DAYS:
        raise ValidationError(
            _("The {label} must be at most {limit} days.").format(label=label, limit=MAX_DAYS),
            field,
        )
    return value


def parse_weekdays(text: str | Iterable[int] | None) -> frozenset[int]:
    """Parse "0,2,4" or "Mon,Wed,Fri" (or an iterable of ints) into a set of weekdays."""
    if text is None:
        return frozenset()
    if not isinstance(text, str):
        days = frozenset(int(d) for d in text)
    else:
        days_list = []
        for part in text.replace(";", ",").replace(" ", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if part.isdigit():
                days_list.append(int(part))
                continue
            names = [n.lower() for n in WEEKDAY_NAMES]
            if part[:3].lower() not in names:
                raise ValidationError(
                    _("{part} is not a weekday; use Mon, Tue, ... Sun.").format(part=quoted(part)),
                    "weekdays",
                )
            days_list.append(names.index(part[:3].lower()))
        days = frozenset(days_list)
    if any(d < 0 or d > 6 for d in days):
        raise ValidationError(_("Weekdays must be between 0 (Monday) and 6 (Sunday)."), "weekdays")
    return days


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(set(days)))


def weekdays_to_text(days: Iterable[int]) -> str:
    """Storage form: "0,2,4"."""
    return ",".join(str(d) for d in sorted(set(days)))


def arrival_date(order_date: date, lead_time_days: int, delivery_weekdays: Iterable[int]) -> date:
    """First delivery weekday on or after order date + lead time (every day if none are set)."""
    days = frozenset(delivery_weekdays) or ALL_WEEKDAYS
    candidate = order_date + timedelta(days=max(0, lead_time_days))
    while candidate.weekday() not in days:
        candidate += timedelta(days=1)
    return candidate


def promised_date(
    arrival: date, safety_buffer_days: int, closed_weekdays: Iterable[int] = ()
) -> date:
    """Arrival + buffer, then moved forward past the shop's closed weekdays."""
    closed = frozenset(closed_weekdays)
    if closed >= ALL_WEEKDAYS:
        raise ValidationError(
            _("The shop cannot be closed on every day of the week."), "closed_days"
        )
    candidate = arrival + timedelta(days=max(0, safety_buffer_days))
    while candidate.weekday() in closed:
        candidate += timedelta(days=1)
    return candidate


def next_open_day(day: date, closed_weekdays: Iterable[int]) -> date:
    return promised_date(day, 0, closed_weekdays)
