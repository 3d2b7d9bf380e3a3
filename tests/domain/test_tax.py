"""Tax per rate on customer documents, checked against figures worked out by hand."""

from __future__ import annotations

import pytest

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.tax import amount_due, divide_half_up, order_gross, tax_summary


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


def test_the_amount_due_adds_the_tax_before_taking_off_what_was_paid():
    # a bike at 499.90 and a lock at 34.95 at 20 %, a book at 19.90 at 10 %, net prices:
    # 534.85 × 20 % = 106.97; 19.90 × 10 % = 1.99; gross 534.85 + 106.97 + 19.90 + 1.99 = 663.71
    lines = [(49990, 2000), (3495, 2000), (1990, 1000)]
    gross = order_gross(lines, prices_include_tax=False)
    assert gross == 66371
    # a deposit of 100.00 and a part payment of 63.71 leave 500.00
    assert amount_due(gross, 10000 + 6371) == 50000
    # the same prices with tax included: nothing is added, 554.75 - 163.71 = 391.04
    assert amount_due(order_gross(lines, prices_include_tax=True), 16371) == 39104


def test_the_amount_due_of_an_overpaid_order_is_what_the_shop_owes_back():
    # 2 × 9.99 at 19 %, tax added: 19.98 × 19 % = 3.7962 -> 3.80; gross 23.78; paid 25.00
    assert amount_due(order_gross([(1998, 1900)], prices_include_tax=False), 2500) == -122


@pytest.mark.parametrize(
    ("net", "rate_bp", "tax"),
    [
        (1000, 700, 70),  # 7 % (German reduced rate) on 10.00
        (1050, 550, 58),  # 5.5 % (French reduced) on 10.50: 57.75 cents -> 58
        (1030, 550, 57),  # 10.30 at 5.5 %: 56.65 -> 57
        (999, 1300, 130),  # 13 % (Austrian reduced) on 9.99: 129.87 -> 130
        (1, 2000, 0),  # one cent at 20 %: 0.2 cent -> 0
        (3, 1650, 0),  # 16.5 %: 0.495 cent -> 0
        (4, 1250, 1),  # 12.5 %: exactly half a cent -> 1
    ],
)
def test_tax_added_at_other_rates_rounds_half_up(net, rate_bp, tax):
    assert tax_summary([(net, rate_bp)], prices_include_tax=False).tax == tax


@pytest.mark.parametrize(
    ("gross", "rate_bp", "tax"),
    [
        (107, 700, 7),  # 1.07 with 7 % included: 107 × 7/107 = 7 exactly
        (1190, 1900, 190),  # 11.90 with 19 % included: 190 exactly
        (1000, 1900, 160),  # 10.00 with 19 %: 159.66… -> 160
        (1000, 550, 52),  # 10.00 with 5.5 %: 52.13… -> 52
        (2100, 500, 100),  # 21.00 with 5 %: 100 exactly
    ],
)
def test_tax_included_at_other_rates_rounds_half_up(gross, rate_bp, tax):
    summary = tax_summary([(gross, rate_bp)], prices_include_tax=True)
    assert (summary.tax, summary.net + summary.tax) == (tax, gross)
