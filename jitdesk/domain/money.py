"""Money is integer minor units (cents). Parsing is strict: "12,3x" is an error, never a guess."""

from __future__ import annotations

import re

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import N_, _

# Names of the default fields as a sentence says them; callers with another field pass `label`
# (translated) or name a CSV column, which is printed as the file spells it.
_LABELS = {"amount": N_("amount"), "quantity": N_("quantity")}


def _label(field: str, label: str | None) -> str:
    return label if label is not None else _(_LABELS[field]) if field in _LABELS else field


_MONEY_RE = re.compile(r"^(?P<sign>-)?(?P<int>\d{1,12})(?:[.,](?P<frac>\d{1,2}))?$")


def parse_money(
    text: str | int | float, *, field: str = "amount", decimals: int = 2, label: str | None = None
) -> int:
    """Parse "12", "12.5", "12,50" (either decimal mark) into minor units.

    Thousands separators and currency symbols are rejected on purpose: a CSV cell like "1,234"
    is ambiguous and must not silently become 1.23.
    """
    if isinstance(text, bool):
        raise ValidationError(
            _("The {label} {value} is not an amount of money.").format(
                label=_label(field, label), value=quoted(text)
            ),
            field,
        )
    if isinstance(text, int):
        return text * 10**decimals
    if isinstance(text, float):
        return round(text * 10**decimals)
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "")
    match = _MONEY_RE.match(raw)
    if not match:
        raise ValidationError(
            _("The {label} {value} is not an amount of money; write it like 12.50.").format(
                label=_label(field, label), value=quoted(text)
            ),
            field,
        )
    frac = (match["frac"] or "").ljust(decimals, "0")
    value = int(match["int"]) * 10**decimals + int(frac or 0)
    return -value if match["sign"] else value


def format_money(minor: int, currency: str = "", *, decimals: int = 2) -> str:
    """Plain formatting for CLI and logs ("1234.50 EUR"); the GUI and PDFs format by locale."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**decimals)
    text = f"{sign}{whole}.{frac:0{decimals}d}" if decimals else f"{sign}{whole}"
    return f"{text} {currency}".strip()


def parse_quantity(
    text: str | int, *, field: str = "quantity", allow_zero: bool = False, label: str | None = None
) -> int:
    """Whole units of the product; negative, fractional or absurd quantities are refused."""
    if isinstance(text, bool):
        raise ValidationError(
            _("The {label} must be a whole number.").format(label=_label(field, label)), field
        )
    if isinstance(text, int):
        value = text
    else:
        raw = str(text).strip()
        if not re.fullmatch(r"-?\d{1,9}", raw):
            raise ValidationError(
                _("The {label} {value} is not a whole number; enter a count such as 3.").format(
                    label=_label(field, label), value=quoted(text)
                ),
                field,
            )
        value = int(raw)
    check_quantity(value, field=field, allow_zero=allow_zero, label=label)
    return value


MAX_QUANTITY = 1_000_000


def check_quantity(
    value: int, *, field: str = "quantity", allow_zero: bool = False, label: str | None = None
) -> None:
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(
            _("The {label} must be at least {minimum}.").format(
                label=_label(field, label), minimum=0 if allow_zero else 1
            ),
            field,
        )
    if value > MAX_QUANTITY:
        raise ValidationError(
            _("The {label} {value} is too large; the most one line can hold is {limit}.").format(
                label=_label(field, label), value=value, limit=MAX_QUANTITY
            ),
            field,
        )
