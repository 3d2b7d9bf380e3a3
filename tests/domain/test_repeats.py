"""Repeat dates: month arithmetic and which orders are due, as pure rules."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.repeats import RepeatRule, Unit, add_months, check_rule

starts = st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31))
units = st.sampled_from(list(Unit))
TODAY = date(2026, 11, 25)


def test_month_end_is_clamped_and_comes_back():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    rule = RepeatRule(date(2026, 1, 31), 1, Unit.MONTH)
    assert [rule.due(k) for k in range(4)] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


@given(starts, st.integers(-1200, 1200))
def test_add_months_moves_exactly_that_many_months(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@given(starts, st.integers(1, 36), st.integers(0, 60))
def test_monthly_repeat_hits_every_nth_month_once(start, every, n):
    rule = RepeatRule(start, every, Unit.MONTH)
    months = [rule.due(k).year * 12 + rule.due(k).month for k in range(n + 1)]
    first = start.year * 12 + start.month
    assert months == [first + k * every for k in range(n + 1)]  # never skips, never repeats


@given(starts, st.integers(1, 60), units, st.integers(0, 80))
def test_occurrences_strictly_increase(start, every, unit, n):
    rule = RepeatRule(start, every, unit)
    dues = [rule.due(k) for k in range(n + 2)]
    assert all(a < b for a, b in zip(dues, dues[1:], strict=False))


@given(
    starts,
    st.integers(1, 20),
    units,
    st.integers(0, 60),
    st.lists(st.integers(0, 90), min_size=1, max_size=12),
    st.one_of(st.none(), st.integers(2, 30)),
)
def test_running_on_any_days_creates_each_due_order_exactly_once(
    start, every, unit, lead, steps, count
):
    """However the clock moves forward between runs, the orders made add up to exactly those
    due by the last day: none skipped, none twice."""
    rule = RepeatRule(start, every, unit, count=count, lead_days=lead)
    made, next_index, day = [], 1, start
    for step in steps:
        day += timedelta(days=step)
        due = rule.due_by(next_index, day)
        made += due
        if due:
            next_index = due[-1][0] + 1
    expected = rule.due_by(1, day)
    assert made == expected
    assert len({d for _i, d in made}) == len(made)
    assert all(d - timedelta(days=lead) <= day for _i, d in made)
    if count is not None:
        assert len(made) <= count - 1


def test_end_date_and_count_end_the_repeat():
    weekly = RepeatRule(date(2026, 12, 1), 1, Unit.WEEK, until=date(2026, 12, 22), lead_days=0)
    assert [d for _i, d in weekly.due_by(1, date(2027, 6, 1))] == [
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
    ]
    three = RepeatRule(date(2026, 12, 1), 2, Unit.DAY, count=3, lead_days=0)
    assert len(three.due_by(1, date(2027, 6, 1))) == 2  # the first order plus two more
    assert three.next_due(3) is None


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (RepeatRule(TODAY, 0, Unit.WEEK), "1 or more"),
        (RepeatRule(TODAY, -2, Unit.DAY), "1 or more"),
        (RepeatRule(TODAY, 1, Unit.WEEK, until=TODAY - timedelta(days=1)), "ends before it starts"),
        (RepeatRule(TODAY, 1, Unit.WEEK, count=1), "from 2"),
        (RepeatRule(date(2025, 6, 1), 1, Unit.WEEK), "more than a year of orders at once"),
        (RepeatRule(TODAY, 1, Unit.DAY, lead_days=400), "at most 365 days"),
        (RepeatRule(TODAY, 40, Unit.MONTH), "at most three years"),
    ],
)
def test_bad_repeats_are_refused_with_one_sentence(rule, message):
    with pytest.raises(ValidationError, match=message) as caught:
        check_rule(rule, TODAY)
    assert str(caught.value).count(". ") == 0  # one sentence


def test_a_start_some_months_back_is_accepted():
    assert check_rule(RepeatRule(date(2026, 6, 1), 1, Unit.MONTH), TODAY)
