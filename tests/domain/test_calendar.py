"""Promised-date rules (DESIGN §2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.calendar import arrival_date, parse_weekdays, promised_date
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.promise import OfferTerms, offer_for_promise, promise_for_order

WED = date(2026, 11, 25)  # a Wednesday


def test_arrival_is_first_delivery_weekday_on_or_after_lead_time():
    # Wed + 3 days = Sat; supplier delivers Tue and Thu -> Tue 1 Dec
    assert arrival_date(WED, 3, {1, 3}) == date(2026, 12, 1)
    # lands exactly on a delivery day
    assert arrival_date(WED, 1, {3}) == date(2026, 11, 26)
    # no delivery weekdays means any day
    assert arrival_date(WED, 2, set()) == date(2026, 11, 27)


def test_promised_adds_buffer_then_skips_closed_days():
    # arrival Fri 27 Nov + 1 day = Sat; shop closed Sat and Sun -> Mon 30 Nov
    assert promised_date(date(2026, 11, 27), 1, {5, 6}) == date(2026, 11, 30)
    assert promised_date(date(2026, 11, 27), 0, {6}) == date(2026, 11, 27)


def test_shop_closed_every_day_is_an_error():
    with pytest.raises(ValidationError):
        promised_date(WED, 1, range(7))


def test_weekdays_parse_names_and_numbers():
    assert parse_weekdays("Mon, wed,Fri") == {0, 2, 4}
    assert parse_weekdays("1;3") == {1, 3}
    with pytest.raises(ValidationError, match="not a weekday"):
        parse_weekdays("Funday")


def offer(oid, cost, lead, days=frozenset(range(7)), preferred=False):
    return OfferTerms(oid, 1, oid, cost, 1, 1, lead, frozenset(days), preferred)


def test_promise_uses_preferred_offer_even_if_slower():
    chosen = offer_for_promise([offer(1, 100, 2), offer(2, 90, 10, preferred=True)], WED)
    assert chosen.offer_id == 2


def test_promise_uses_fastest_offer_without_preference():
    chosen = offer_for_promise([offer(1, 100, 9), offer(2, 150, 2), offer(3, 90, 12)], WED)
    assert chosen.offer_id == 2


def test_latest_line_wins():
    assert promise_for_order([date(2026, 12, 1), None, date(2026, 12, 9)]) == date(2026, 12, 9)
    assert promise_for_order([None]) is None


weekday_sets = st.frozensets(st.integers(0, 6), min_size=1, max_size=7)


@given(
    st.dates(date(2020, 1, 1), date(2035, 1, 1)),
    st.integers(0, 60),
    weekday_sets,
    st.integers(0, 10),
    st.frozensets(st.integers(0, 6), max_size=6),
)
def test_promised_date_properties(day, lead, delivery, buffer, closed):
    arrival = arrival_date(day, lead, delivery)
    assert arrival.weekday() in delivery
    assert day + timedelta(days=lead) <= arrival < day + timedelta(days=lead + 7)
    promised = promised_date(arrival, buffer, closed)
    assert promised.weekday() not in closed
    assert arrival + timedelta(days=buffer) <= promised < arrival + timedelta(days=buffer + 7)
