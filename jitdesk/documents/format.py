"""Money, dates and words on documents: the reader's language and CLDR formats
(`jitdesk.domain.formats`, shared with e-mails), plus shortcuts for callers and tests."""

from __future__ import annotations

from datetime import date, datetime

from jitdesk.domain.formats import DocLanguage, doc_language

__all__ = ["ENGLISH", "DocLanguage", "day", "doc_language", "money", "quantity"]

ENGLISH = doc_language("en_GB")


def money(cents: int, currency: str = "EUR", language: str = "en_GB") -> str:
    return doc_language(language).money(cents, currency)


def day(value: date | datetime | str | None, language: str = "en_GB") -> str:
    return doc_language(language).day(value)


def quantity(value: int, language: str = "en_GB") -> str:
    return doc_language(language).quantity(value)
