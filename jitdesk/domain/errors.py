"""Errors a user can act on. Their message is one plain sentence shown as is by GUI and CLI."""

from __future__ import annotations


class JitdeskError(Exception):
    """Base of every error whose message is meant for the user."""


class DomainError(JitdeskError):
    """A rule of the shop was broken (illegal transition, impossible quantity, ...)."""


class ValidationError(DomainError):
    """A value entered by the user is not acceptable; `field` names the input at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """Something the user referred to (a number, a SKU) does not exist."""


class ShopFileError(JitdeskError):
    """The shop file cannot be opened or used (not a shop file, newer version, network share)."""


# The marks around a quoted value, as the user's language writes them: set together with
# the language (domain/i18n.py), English's until then.
ENGLISH_QUOTES = ("\u201c", "\u201d")
_marks = ENGLISH_QUOTES


def set_quotation_marks(start: str, end: str) -> None:
    global _marks
    _marks = (start, end)


def quoted(value: object, limit: int = 40) -> str:
    """A typed value quoted inside a one-sentence message: on one line and never too long."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    start, end = _marks
    return f"{start}{text}{end}"


class PermissionDeniedError(DomainError):
    """The signed-in person may not do this (an owner-only action, or a wrong or locked PIN)."""
