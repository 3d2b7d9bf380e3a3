"""Money and date formatting for documents (plain, locale-light: 2 decimals, thousands
separators, the currency's symbol where it is unambiguous)."""

from __future__ import annotations

from datetime import date, datetime

_PREFIX_SYMBOLS = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3", "INR": "\u20b9", "JPY": "\u00a5"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def money(cents: int, currency: str = "EUR") -> str:
    """1234550 cents in EUR -> "€12,345.50"; unknown codes go after the amount ("12.00 CHF")."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    amount = f"{whole:,}.{frac:02d}"
    symbol = _PREFIX_SYMBOLS.get(currency.upper())
    if symbol:
        return f"{sign}{symbol}{amount}"
    return f"{sign}{amount}\u00a0{currency.upper()}".strip()


def day(value: date | datetime | str | None) -> str:
    """25 Nov 2026; ISO strings accepted; empty for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def quantity(value: int) -> str:
    return f"{int(value):,}"
