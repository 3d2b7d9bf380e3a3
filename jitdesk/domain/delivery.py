"""Delivery instead of pickup: what a delivery needs and which dates it may have.

The delivery date may not be before the order's promised date: the promise already holds the
supplier's lead time and the shop's safety buffer, so an earlier delivery date would promise the
customer something the shop cannot count on. Goods that arrive early can still be delivered
early; only the promise made at the counter is held to the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jitdesk.domain.calendar import check_date
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.formats import doc_language
from jitdesk.domain.i18n import _, current_language

MAX_ADDRESS_LENGTH = 500
ADDRESS_FIELD = "delivery_address"
DATE_FIELD = "delivery_date"


def clean_address(text: str | None) -> str:
    """The address as lines without surrounding blanks and without empty lines."""
    lines = (line.strip() for line in (text or "").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(slots=True)
class DeliveryInput:
    """Where and when an order is delivered; no date: the earliest the order allows."""

    address: str
    delivery_date: date | None = None

    def validate(self) -> None:
        self.address = clean_address(self.address)
        if not self.address:
            raise ValidationError(
                _(
                    "A delivery needs an address: enter where the goods go, or choose pickup "
                    "instead."
                ),
                ADDRESS_FIELD,
            )
        if len(self.address) > MAX_ADDRESS_LENGTH:
            raise ValidationError(
                _("The delivery address is longer than {limit} characters.").format(
                    limit=MAX_ADDRESS_LENGTH
                ),
                ADDRESS_FIELD,
            )
        if self.delivery_date is not None:
            self.delivery_date = check_date(self.delivery_date, DATE_FIELD, _("delivery date"))


def earliest_delivery(order_date: date, promised: date | None) -> date:
    """The first day a delivery may be set for: the promised date, or (nothing promised yet,
    an item still to be confirmed) the order date."""
    return max(order_date, promised) if promised else order_date


def check_delivery_date(day: date, order_date: date, promised: date | None) -> None:
    """Refuse a delivery date before the earliest one, with the date to choose instead."""
    earliest = earliest_delivery(order_date, promised)
    if day >= earliest:
        return
    lang = doc_language(current_language())
    if promised and earliest == promised:
        text = _(
            "The delivery date {day} is before the promised date {earliest}: the goods may not "
            "be in by then. Choose {earliest} or later."
        )
    else:
        text = _("The delivery date {day} is before the order date; choose {earliest} or later.")
    raise ValidationError(
        text.format(day=lang.day(day), earliest=lang.day(earliest)),
        DATE_FIELD,
    )
