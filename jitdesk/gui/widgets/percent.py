"""Tax rates as the user types and reads them: "20", "7.5" or "7,5" for basis points (2000 =
20 %). Shared by the shop's rate in Settings and a product's own rate in the product editor."""

from __future__ import annotations

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.money import parse_money
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr


def percent_text(basis_points: int, fmt: ShopFormat) -> str:
    whole, frac = divmod(basis_points, 100)
    return str(whole) if not frac else f"{whole}{fmt.locale.decimalPoint()}{frac:02d}".rstrip("0")


def tax_rate_bp(text: str, field: str = "tax_rate_bp") -> int:
    """The rate typed (a trailing % allowed); raises ValidationError naming `field`."""
    typed = text.strip().rstrip("%").strip() or "0"
    try:
        value = parse_money(typed, field="tax rate")  # hundredths of a percent = basis points
    except ValidationError:
        raise ValidationError(
            tr("The tax rate “{text}” is not a percentage; write it like 20 or 7.5.").format(
                text=text
            ),
            field,
        ) from None
    if value < 0:
        raise ValidationError(tr("The tax rate cannot be negative."), field)
    return value
