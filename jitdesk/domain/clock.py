"""The one clock: every "now" and "today" in jitdesk comes from a `Clock` passed in.

The app and the command line use `system_clock`; tests pass a fixed one, so no rule depends on the
date the suite happens to run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def local_date(clock: Clock) -> date:
    """The shop's local calendar date at the clock's time."""
    return clock().astimezone().date()


def stored_local_date(timestamp: str | None) -> date | None:
    """A stored UTC timestamp (ISO text) as the shop's local calendar date; the same
    conversion as `local_date`, so "ready today" and "today" agree."""
    if not timestamp:
        return None
    moment = datetime.fromisoformat(timestamp)
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def fixed_clock(at: datetime | date) -> Clock:
    """A clock that always says `at` (a date means local noon that day)."""
    if not isinstance(at, datetime):
        at = datetime.combine(at, time(12)).astimezone()
    moment = at.astimezone(UTC)
    return lambda: moment
