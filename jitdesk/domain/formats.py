"""How a document or e-mail speaks to its reader: words from the reader's catalog, and money,
dates and numbers as CLDR (Babel) writes them for the reader's locale ("1.071,00" and
"4. Dezember 2026" for de_AT, "1 071,00 €" for fr_FR, "€1,071.00" for en_IE).

A `DocLanguage` is made per recipient from their language and passed down while the document or
message is built, so rendering never switches the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from jitdesk.domain.i18n import (
    SOURCE_LANGUAGE,
    Translation,
    current_language,
    document_locale,
    translation_for,
)


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value


@dataclass(frozen=True, slots=True)
class DocLanguage:
    """Words and formats for one reader. `locale` is what formats are taken from."""

    locale: str
    translation: Translation

    def _(self, message: str) -> str:
        return self.translation.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translation.ngettext(singular, plural, n)

    def money(self, cents: int, currency: str = "EUR") -> str:
        """Integer minor units in `currency`, as the reader's locale writes money."""
        amount = Decimal(int(cents)).scaleb(-2)  # jitdesk keeps two decimals in every currency
        # currency_digits=False: the locale's pattern (two decimals), not the currency's own
        # precision, so no cent is ever rounded away (JPY amounts too).
        return format_currency(
            amount, (currency or "EUR").upper(), locale=self.locale, currency_digits=False
        )

    def day(self, value: date | datetime | str | None) -> str:
        """A date written out ("4. Dezember 2026"); empty for None. ISO strings accepted."""
        day = _as_date(value)
        return "" if day is None else format_date(day, "long", locale=self.locale)

    def month(self, value: date | str) -> str:
        """A month ("2026-10" or any day in it) as the reader says it: "Oktober 2026"."""
        if isinstance(value, str):
            year, month = (int(part) for part in value.split("-")[:2])
            value = date(year, month, 1)
        return format_date(value, "LLLL yyyy", locale=self.locale)

    def short_day(self, value: date | datetime | str | None) -> str:
        """A compact date for table columns ("04.12.2026", "4 Dec 2026")."""
        day = _as_date(value)
        return "" if day is None else format_date(day, "medium", locale=self.locale)

    def quantity(self, value: int) -> str:
        return format_decimal(int(value), locale=self.locale)

    def number(self, value: float | Decimal, decimals: int = 1) -> str:
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return format_decimal(value, pattern, locale=self.locale)

    def percent(self, fraction: float) -> str:
        """0.93 -> "93 %" (de_AT), "93 %" (fr_FR), "93%" (en_IE): whole percent."""
        return format_percent(fraction, locale=self.locale)

    def rate(self, basis_points: int) -> str:
        """A tax rate in basis points, as exact as it is: 2000 -> "20 %", 550 -> "5,5 %"."""
        return format_percent(
            Decimal(basis_points).scaleb(-4), locale=self.locale, decimal_quantization=False
        )


@cache
def doc_language(language: str) -> DocLanguage:
    """The DocLanguage for a recipient whose language is `language` (e.g. "de_AT")."""
    return DocLanguage(document_locale(language), translation_for(language))


def user_formats() -> DocLanguage:
    """Money and dates in messages to the user (refusals, explanations, previews), written as
    the user's language writes them, like the words around them."""
    language = current_language()
    # A bare "en" is CLDR's American English ("Dec 21, 2026"); without a region jitdesk writes
    # English as its documents do, the British way ("21 Dec 2026").
    return doc_language("en_GB" if language == SOURCE_LANGUAGE else language)
