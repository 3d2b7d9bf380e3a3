from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.money import format_money, parse_money, parse_quantity


@pytest.mark.parametrize(
    ("text", "cents"),
    [("12", 1200), ("12.5", 1250), ("12,50", 1250), (" 0.07 ", 7), ("-3.10", -310)],
)
def test_parse_money_accepts_either_decimal_mark(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["12,3x", "", "1,234.50", "1.234,5", "12.345", "€12", "abc"])
def test_parse_money_rejects_ambiguous_or_bad_amounts(text):
    with pytest.raises(ValidationError, match="not an amount of money"):
        parse_money(text)


@given(st.integers(-(10**9), 10**9))
def test_format_then_parse_round_trips(cents):
    assert parse_money(format_money(cents)) == cents


@pytest.mark.parametrize("text", ["-1", "1.5", "two", "", "0"])
def test_parse_quantity_rejects_non_counts(text):
    with pytest.raises(ValidationError):
        parse_quantity(text)


def test_parse_quantity_refuses_absurd_amounts():
    with pytest.raises(ValidationError, match="too large"):
        parse_quantity("99999999")
    assert parse_quantity(" 7 ") == 7


def test_typed_values_in_messages_stay_on_one_short_line():
    from jitdesk.domain.errors import quoted

    with pytest.raises(ValidationError) as info:
        parse_money("12\n" + "9" * 5000)
    message = str(info.value)
    assert "\n" not in message
    assert len(message) < 120
    assert quoted("a\r\nb") == "\u201ca b\u201d"
