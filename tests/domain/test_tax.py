"""Tax per rate on customer documents, checked against figures worked out by hand."""

from __future__ import annotations

import pytest

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.tax import divide_half_up, tax_summary


def test_prices_including_tax_split_into_net_and_tax_per_rate():
    # 2 × 35.70 + 10.00 at 20 %: gross 81.40, tax 81.40 × 20/120 = 13.5666… -> 13.57
    # 12.90 at 10 %: tax 12.90 × 10/110 = 1.17272… -> 1.17
    summary = tax_summary([(7140, 2000), (1000, 2000), (1290, 1000)], prices_include_tax=True)
    assert [(r.rate_bp, r.net, r.tax, r.gross) for r in summary.rates] == [
        (2000, 6783, 1357, 8140),
        (1000, 1173, 117, 1290),
    ]
    assert (summary.net, summary.tax, summary.gross) == (7956, 1474, 9430)


def test_tax_added_on_top_of_net_prices():
    # net 81.40 at 20 % -> 16.28; net 12.90 at 10 % -> 1.29; 0 % stays 0
    summary = tax_summary([(8140, 2000), (1290, 1000), (500, 0)], prices_include_tax=False)
    assert [(r.rate_bp, r.net, r.tax, r.gross) for r in summary.rates] == [
        (2000, 8140, 1628, 9768),
        (1000, 1290, 129, 1419),
        (0, 500, 0, 500),
    ]
    assert summary.gross == 11687


def test_half_a_cent_rounds_up():
    # 0.05 net at 10 % = 0.5 cent -> 1 cent; 0.25 net at 10 % = 2.5 cents -> 3 cents
    assert tax_summary([(5, 1000)], prices_include_tax=False).tax == 1
    assert tax_summary([(25, 1000)], prices_include_tax=False).tax == 3
    # 0.24 net at 10 % = 2.4 cents -> 2 cents
    assert tax_summary([(24, 1000)], prices_include_tax=False).tax == 2
    # gross 1.05 at 5 %: tax 105 × 500 / 10500 = 5 cents exactly
    assert tax_summary([(105, 500)], prices_include_tax=True).tax == 5
    # gross 0.21 at 5 %: 21 × 500 / 10500 = 1.0 -> 1; gross 0.31: 1.476… -> 1; 0.32: 1.52… -> 2
    assert [tax_summary([(g, 500)], prices_include_tax=True).tax for g in (21, 31, 32)] == [1, 1, 2]


def test_rounding_is_per_rate_on_the_sum_not_per_line():
    # three lines of 0.05 net at 10 %: per line 0.5 cent each would round to 3 cents;
    # on the sum 0.15 -> 1.5 cents -> 2 cents
    assert tax_summary([(5, 1000)] * 3, prices_include_tax=False).tax == 2


def test_halves_round_away_from_zero_for_refunds():
    assert divide_half_up(5, 10) == 1
    assert divide_half_up(-5, 10) == -1
    assert divide_half_up(14, 10) == 1
    assert divide_half_up(-16, 10) == -2


def test_a_rate_outside_0_to_100_percent_is_refused():
    with pytest.raises(ValidationError):
        tax_summary([(100, 10_001)], prices_include_tax=True)
    with pytest.raises(ValidationError):
        tax_summary([(100, -1)], prices_include_tax=True)


def test_nothing_to_tax_is_an_empty_summary():
    summary = tax_summary([], prices_include_tax=True)
    assert summary.rates == () and summary.gross == 0
