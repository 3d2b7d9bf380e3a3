"""What an order's history says about each recorded event, in the user's language.

Events keep the English summary they were written with (the audit record). The history shows
them again from their action and details, translated, with money as the shop writes it; an
event this table does not know (or an old one without the details) shows its stored summary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jitdesk.domain.i18n import N_, _, ngettext
from jitdesk.domain.payments import PAYMENT_KIND_WORDS, PAYMENT_METHOD_WORDS
from jitdesk.domain.repeats import interval_text
from jitdesk.domain.statuses import status_word


@dataclass(frozen=True, slots=True)
class Formats:
    """How the shop writes money (integer cents) and dates (ISO strings) in the history."""

    money: Callable[[int], str]
    day: Callable[[str], str]


Text = Callable[[str, Mapping[str, Any], Formats], str | None]


def _units(details: Mapping[str, Any]) -> int | None:
    lines = details.get("lines")
    if isinstance(lines, dict):
        return sum(int(v) for v in lines.values())
    return None


def _created(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if d.get("imported_from"):  # a web shop's name
        return _("Order {number} imported from {channel}").format(
            number=number, channel=d["imported_from"]
        )
    return _("Order {number} logged").format(number=number)


def _payment(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    kind, amount = d.get("kind"), d.get("amount")
    if kind not in PAYMENT_KIND_WORDS or not isinstance(amount, int):
        return None
    text = f"{_(PAYMENT_KIND_WORDS[kind])} {fmt.money(abs(amount))}"
    method = d.get("method")
    if method in PAYMENT_METHOD_WORDS:
        text += f" ({_(PAYMENT_METHOD_WORDS[method])})"
    return text


def _handed_over(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    units = _units(d)
    if units is None:
        return _("{number} handed over").format(number=number)
    return ngettext(
        "{units} unit of {number} handed over", "{units} units of {number} handed over", units
    ).format(units=units, number=number)


def _allocated(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    units = _units(d)
    if units is None:
        return None
    if d.get("source") == "surplus":
        return ngettext(
            "{units} unit from surplus for {number}",
            "{units} units from surplus for {number}",
            units,
        ).format(units=units, number=number)
    if "supplier_order" in d:
        return ngettext(
            "{units} unit arrived for {number} with {supplier_order}",
            "{units} units arrived for {number} with {supplier_order}",
            units,
        ).format(units=units, number=number, supplier_order=d["supplier_order"])
    return None


def _status(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    new = d.get("new")
    if not isinstance(new, str):
        return None
    return _("{number} is now {status}").format(number=number, status=status_word(new))


def _reduced(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if "line_no" not in d or "old" not in d or "new" not in d:
        return None
    return _("Line {line} of {number}: {old} → {new}").format(
        line=d["line_no"], number=number, old=d["old"], new=d["new"]
    )


def _put_away(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if "shelf" not in d or "bags" not in d:
        return None
    return ngettext(
        "On shelf {shelf}, {bags} bag", "On shelf {shelf}, {bags} bags", d["bags"]
    ).format(shelf=d["shelf"], bags=d["bags"])


def _waiting_again(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if "supplier_order" not in d or "units" not in d:
        return None
    return ngettext(
        "{units} unit no longer on {supplier_order}: waiting again",
        "{units} units no longer on {supplier_order}: waiting again",
        d["units"],
    ).format(units=d["units"], supplier_order=d["supplier_order"])


def _planned(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    parts = []
    for units, item, supplier_order in d["covers"]:
        if supplier_order:
            parts.append(
                ngettext(
                    "{units} × {item} on {supplier_order}",
                    "{units} × {item} on {supplier_order}",
                    units,
                ).format(units=units, item=item, supplier_order=supplier_order)
            )
        else:
            parts.append(
                ngettext(
                    "{units} × {item} from surplus", "{units} × {item} from surplus", units
                ).format(units=units, item=item)
            )
    return "; ".join(parts) or None


def _fixed(message: str) -> Text:
    return lambda number, d, fmt: _(message).format(number=number)


def _emailed(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if "to" not in d:
        return None
    return _("{number} e-mailed to {to}").format(number=number, to=d["to"])


def _notice_again(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if d.get("how") == "emailed":
        return _("Pickup notice e-mailed again")
    return _("Pickup notice printed again")


def _reminded(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if d.get("how") == "e-mailed":
        return _("Reminder e-mailed; pickup by {date}").format(date=fmt.day(d["pickup_by"]))
    return _("Reminder printed; pickup by {date}").format(date=fmt.day(d["pickup_by"]))


def _pickup_extended(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    return _("Pickup-by extended from {previous} to {date}").format(
        previous=fmt.day(d["previous"]), date=fmt.day(d["pickup_by"])
    )


def _item_merged(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    return _("Item {old} is now {sku} {name}").format(
        old=d["from_sku"], sku=d["to_sku"], name=d["to_name"]
    )


def _repeat(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    if "source" in d:  # an order the repeat created
        return _("Created by the repeat of {number} (due {date})").format(
            number=d["source"], date=fmt.day(d["due"])
        )
    return _("Repeats {interval}").format(interval=interval_text(d["every"], d["unit"]))


def _delivery(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    return _("To be delivered on {date} to {address}").format(
        date=fmt.day(d["delivery_date"]), address=_first_line(d["address"])
    )


def _delivered(number: str, d: Mapping[str, Any], fmt: Formats) -> str | None:
    return _("{number} delivered to {address}").format(
        number=number, address=_first_line(d["address"])
    )


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


TEXTS: dict[str, Text] = {
    "created": _created,
    "edited": _fixed(N_("Order {number} edited")),
    "cancelled": _fixed(N_("Order {number} cancelled")),
    "notified": _fixed(N_("Customer of {number} notified for pickup")),
    "payment": _payment,
    "handed over": _handed_over,
    "allocated": _allocated,
    "status": _status,
    "reduced": _reduced,
    "put away": _put_away,
    "waiting again": _waiting_again,
    "emailed": _emailed,
    "planned": _planned,
    "notice again": _notice_again,
    "reminded": _reminded,
    "pickup_extended": _pickup_extended,
    "item merged": _item_merged,
    "repeat": _repeat,
    "repeat_active": _fixed(N_("Repeat resumed")),
    "repeat_paused": _fixed(N_("Repeat paused")),
    "repeat_stopped": _fixed(N_("Repeat stopped")),
    "import_checked": _fixed(N_("Import warning checked")),
    "delivery": _delivery,
    "delivered": _delivered,
    "pickup": _fixed(N_("To be collected, not delivered")),
}


def order_event_text(
    action: str, details: Mapping[str, Any], number: str, summary: str, fmt: Formats
) -> str:
    """The history's line for one event of customer order `number`."""
    make = TEXTS.get(action)
    try:
        text = make(number, details, fmt) if make else None
    except (KeyError, TypeError, ValueError):  # details of an older version
        text = None
    return text or summary or action.capitalize()
