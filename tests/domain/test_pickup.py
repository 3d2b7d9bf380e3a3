"""The pickup-by rule: an open day, never before the customer was told plus the hold days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.pickup import pickup_by

days = st.dates(date(2020, 1, 1), date(2035, 12, 31))
closed_days = st.frozensets(st.integers(0, 6), max_size=6)


@given(days, st.integers(0, 60), st.integers(0, 60), st.integers(0, 90), closed_days)
def test_pickup_by_is_an_open_day_after_the_hold_from_ready_and_from_told(
    ready, told_after, today_after, hold, closed
):
    told = ready + timedelta(days=told_after)
    today = told + timedelta(days=today_after)
    result = pickup_by(ready, told, today, hold, closed)
    assert result.weekday() not in closed
    assert result >= told + timedelta(days=hold)
    assert result >= ready + timedelta(days=hold)
    assert result - max(ready, told) < timedelta(days=hold + 7)  # the first open day, no later


@given(days, st.integers(0, 60), st.integers(0, 90), closed_days)
def test_an_order_not_told_yet_counts_from_today(ready, today_after, hold, closed):
    today = ready + timedelta(days=today_after)
    assert pickup_by(ready, None, today, hold, closed) == pickup_by(
        ready, today, today, hold, closed
    )
    assert pickup_by(ready, None, today, hold, closed) >= today + timedelta(days=hold)


@given(days, st.integers(0, 60), st.integers(0, 400), st.integers(0, 90), closed_days)
def test_once_told_the_date_no_longer_moves_with_today(ready, told_after, later, hold, closed):
    told = ready + timedelta(days=told_after)
    assert pickup_by(ready, told, told, hold, closed) == pickup_by(
        ready, told, told + timedelta(days=later), hold, closed
    )


def test_closed_days_are_skipped():
    # Told Wed 16 Dec 2026 + 11 days = Sun 27 Dec; closed Sundays and Mondays -> Tue 29 Dec.
    assert pickup_by(date(2026, 11, 25), date(2026, 12, 16), date(2027, 1, 5), 11, {6, 0}) == (
        date(2026, 12, 29)
    )
