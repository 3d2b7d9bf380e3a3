"""Money is integer minor units (cents). Parsing is strict: "12,3x" is an error, never a guess.

Limits, so that nothing stored can overflow and every sum stays an exact integer (SQLite's
integers end at 2**63, about 9.2 * 10**18): one amount (a price, a cost, a payment, a line or
an order total) is at most MAX_AMOUNT cents, one quantity at most MAX_QUANTITY units; a line
total of MAX_QUANTITY units at MAX_AMOUNT is then 10**18, and sums over millions of such
amounts still fit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import N_, _

# Names of the default fields as a sentence says them; callers with another field pass `label`
# (translated) or name a CSV column, which is printed as the file spells it.
_LABELS = {"amount": N_("amount"), "quantity": N_("quantity")}


def _label(field: str, label: str | None) -> str:
    return label if label is not None else _(_LABELS[field]) if field in _LABELS else field


MAX_AMOUNT = 10**12 - 1  # cents: 9,999,999,999.99 in a currency with two decimals
MAX_QUANTITY = 1_000_000

_MONEY_RE = re.compile(r"^(?P<sign>-)?(?P<int>\d{1,12})(?:[.,](?P<frac>\d{1,2}))?$")


def parse_money(
    text: str | int | float, *, field: str = "amount", decimals: int = 2, label: str | None = None
) -> int:
    """Parse "12", "12.5", "12,50" (either decimal mark) into minor units.

    Thousands separators and currency symbols are rejected on purpose: a CSV cell like "1,234"
    is ambiguous and must not silently become 1.23.
    """
    if isinstance(text, bool) or (isinstance(text, float) and not math.isfinite(text)):
        raise ValidationError(
            _("The {label} {value} is not an amount of money.").format(
                label=_label(field, label), value=quoted(text)
            ),
            field,
        )
    scale: int = 10**decimals
    if isinstance(text, int):
        return _in_range(text * scale, _label(field, label), field, decimals)
    if isinstance(text, float):
        return _in_range(round(text * scale), _label(field, label), field, decimals)
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
    value = int(match["int"]) * scale + int(frac or 0)
    return _in_range(-value if match["sign"] else value, _label(field, label), field, decimals)


def _in_range(minor: int, label: str, field: str, decimals: int = 2) -> int:
    if abs(minor) > MAX_AMOUNT:
        raise ValidationError(
            _("The {label} is too large; the most jitdesk holds is {limit}.").format(
                label=label, limit=format_money(MAX_AMOUNT, decimals=decimals)
            ),
            field,
        )
    return minor


def check_amount(
    value: object, field: str = "amount", label: str | None = None, *, allow_negative: bool = False
) -> int:
    """An amount in cents as the services take it: a whole number, zero or more (or, with
    `allow_negative`, down to -MAX_AMOUNT), at most MAX_AMOUNT."""
    label = label or _label(field, None)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            _("The {label} {value} is not an amount of money in whole cents.").format(
                label=label, value=quoted(value)
            ),
            field,
        )
    if value < 0 and not allow_negative:
        raise ValidationError(_("The {label} must be zero or more.").format(label=label), field)
    return _in_range(value, label, field)


def order_total(lines: Iterable[tuple[int, int]], label: str | None = None) -> int:
    """The total of (quantity, unit price) lines in cents, refused beyond MAX_AMOUNT."""
    total = sum(quantity * price for quantity, price in lines)
    return _in_range(total, label or _("order total"), "lines")


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


def check_quantity(
    value: int, *, field: str = "quantity", allow_zero: bool = False, label: str | None = None
) -> None:
    """Whole units of a product, at least 1 (or 0 with `allow_zero`), at most MAX_QUANTITY."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            _(
                "The {label} {value} is not a whole number of units; enter a count such as 3."
            ).format(label=_label(field, label), value=quoted(value)),
            field,
        )
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
