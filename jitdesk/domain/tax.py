"""Tax (VAT) on customer documents: the one place the arithmetic lives.

The rule, stated once: line totals (quantity × unit price, integer cents) are summed per tax
rate; the tax of each rate is computed once from that sum and rounded half up to the cent
(half away from zero for negative sums). With prices that include tax the sum is the gross
amount and the tax is sum × rate / (100 % + rate); with tax added the sum is the net amount and
the tax is sum × rate / 100 %. Rates are basis points (2000 = 20 %). No floats anywhere.

Rounding per rate (not per line) is what EU simplified invoices and most tills do, and it means
the printed tax of a rate never depends on how the items were split into lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jitdesk.domain.models import check_tax_rate

BASIS = 10_000  # basis points in 100 %


def divide_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    if denominator <= 0:
        raise ValueError("the denominator must be positive")  # a programming error
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


def line_tax_rate(*rates: int | None) -> int:
    """The first rate that is set: the line's own (kept when it was sold), its product's, the
    shop's. 0 when none is."""
    return next((rate for rate in rates if rate is not None), 0)


@dataclass(frozen=True, slots=True)
class TaxRateTotal:
    """One rate's share of a document: net + tax = gross, all in cents."""

    rate_bp: int
    net: int
    tax: int
    gross: int


@dataclass(frozen=True, slots=True)
class TaxSummary:
    rates: tuple[TaxRateTotal, ...]  # highest rate first
    prices_include_tax: bool

    @property
    def net(self) -> int:
        return sum(r.net for r in self.rates)

    @property
    def tax(self) -> int:
        return sum(r.tax for r in self.rates)

    @property
    def gross(self) -> int:
        """What the customer pays in all."""
        return sum(r.gross for r in self.rates)


def tax_summary(lines: Iterable[tuple[int, int]], *, prices_include_tax: bool) -> TaxSummary:
    """Tax per rate for (line total in cents, rate in basis points) pairs, by the rule above."""
    sums: dict[int, int] = {}
    for amount, rate_bp in lines:
        check_tax_rate(rate_bp)
        sums[rate_bp] = sums.get(rate_bp, 0) + int(amount)
    rates = []
    for rate_bp in sorted(sums, reverse=True):
        amount = sums[rate_bp]
        if prices_include_tax:
            tax = divide_half_up(amount * rate_bp, BASIS + rate_bp)
            rates.append(TaxRateTotal(rate_bp, amount - tax, tax, amount))
        else:
            tax = divide_half_up(amount * rate_bp, BASIS)
            rates.append(TaxRateTotal(rate_bp, amount, tax, amount + tax))
    return TaxSummary(tuple(rates), prices_include_tax)


def order_gross(lines: Iterable[tuple[int, int]], *, prices_include_tax: bool) -> int:
    """What the customer pays for an order's (line total, rate) pairs: the lines as entered
    when prices include tax, the lines plus the tax of each rate when tax is added."""
    return tax_summary(lines, prices_include_tax=prices_include_tax).gross


def amount_due(gross_total: int, paid: int) -> int:
    """What the customer still owes: the order's gross total (`order_gross`) less everything
    paid on it (deposit and part payments; refunds count negative). Below zero the shop owes
    the customer; screens that take money show at least zero."""
    return gross_total - paid
