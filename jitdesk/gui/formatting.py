"""Money and dates as the shop's locale writes them (DESIGN §6)."""

from __future__ import annotations

import functools
from collections import Counter
from datetime import date

from PySide6.QtCore import QDate, QLocale

from jitdesk.domain.i18n import current_language

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
_SYMBOL = QLocale.CurrencySymbolFormat.CurrencySymbol


@functools.cache
def _symbols_by_code() -> dict[str, str]:
    """The usual symbol of each ISO currency code, as Qt's locale data writes it."""
    seen: dict[str, Counter] = {}
    for loc in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        symbol = loc.currencySymbol(_SYMBOL)
        if symbol:
            seen.setdefault(loc.currencySymbol(_ISO), Counter())[symbol] += 1
    return {code: counts.most_common(1)[0][0] for code, counts in seen.items()}


def currency_symbol(code: str, locale: QLocale) -> str:
    if locale.currencySymbol(_ISO) == code:
        return locale.currencySymbol(_SYMBOL) or code
    return _symbols_by_code().get(code, code)


class ShopFormat:
    """Formats cents and dates for one shop (its locale and currency)."""

    def __init__(self, locale_name: str = "en_GB", currency: str = "EUR") -> None:
        self.locale = QLocale(locale_name or "en_GB")
        self.currency = currency

    @functools.cached_property
    def symbol(self) -> str:
        """Found on first use: a currency foreign to the locale means scanning Qt's locale
        data (several ms), which the window should not wait for at start-up."""
        return currency_symbol(self.currency, self.locale)

    def money(self, cents: int | None) -> str:
        if cents is None:
            return ""
        # Display only: the value stays integer cents everywhere else.
        return self.locale.toCurrencyString(cents / 100, self.symbol, 2)

    def count(self, value: int) -> str:
        """A whole number with the locale's digit grouping (28,766 / 28.766)."""
        return self.locale.toString(value)

    def amount(self, cents: int) -> str:
        """An amount as typed into a money field: no symbol, no thousands separators."""
        sign = "-" if cents < 0 else ""
        whole, frac = divmod(abs(cents), 100)
        return f"{sign}{whole}{self.locale.decimalPoint()}{frac:02d}"

    def date(self, value: date | str | None) -> str:
        qdate = _qdate(value)
        if qdate is None:
            return ""
        return self.locale.toString(qdate, QLocale.FormatType.ShortFormat)

    def month(self, value: str) -> str:
        """A month stored as "2026-10", as the locale names it ("October 2026")."""
        try:
            year, month = (int(part) for part in value.split("-")[:2])
        except ValueError:
            return value
        return self.locale.toString(QDate(year, month, 1), "MMMM yyyy")

    def long_date(self, value: date | str | None) -> str:
        qdate = _qdate(value)
        if qdate is None:
            return ""
        return self.locale.toString(qdate, QLocale.FormatType.LongFormat)


def _qdate(value: date | str | None) -> QDate | None:
    if not value:
        return None
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return QDate(value.year, value.month, value.day)


def display_locale(shop_locale: str, language: str) -> str:
    """The locale the window writes the shop's money and dates in: the shop's region (digit
    grouping, date order, where the currency sign goes) in the language the window speaks, so
    an English window in an Austrian shop says "Wednesday, 25 November 2026", not "Mittwoch"
    beside English words. Where CLDR has no such pair, the language's own region is used."""
    shop = QLocale(shop_locale or "en_GB")
    spoken = QLocale(language).language()
    if spoken == shop.language():
        return shop.name()
    return QLocale(spoken, shop.territory()).name()


def shop_format(shop_locale: str, currency: str) -> ShopFormat:
    """How the window formats this shop's money and dates (see `display_locale`)."""
    return ShopFormat(display_locale(shop_locale, current_language()), currency)
