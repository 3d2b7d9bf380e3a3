"""An order's timeline: what happened to it and to the goods it waits for, in time order.

Three sources, merged by time: the order's own events (logged, edited, paid, planned, ready,
notified, handed over, reduced, cancelled), the supplier orders covering its lines (created,
sent with the expected date, closed), and the deliveries that put units aside for it.
Each entry says which page can show more (`page`, `target`), so the GUI can link to it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jitdesk.domain.errors import NotFoundError
from jitdesk.domain.formats import doc_language
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.statuses import status_word
from jitdesk.domain.telling import call_text
from jitdesk.services.event_texts import Formats, order_event_text
from jitdesk.services.shop import Shop
from jitdesk.store import orders as oq
from jitdesk.store import telling as tq
from jitdesk.store import timeline as q
from jitdesk.store.settings import load_settings
from jitdesk.store.telling import CallRow

SUPPLIER_ORDER_PAGE = "supplier_orders"


def _details(text: str | None) -> dict[str, Any]:
    try:
        found = json.loads(text or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: str  # UTC ISO timestamp (or an ISO date for dates without a time)
    kind: str  # "event", "supplier_order", "receipt", "surplus"
    text: str
    page: str | None = None  # the page that shows the item, for a link
    target: int | None = None
    person: str | None = None  # who did it, when someone was signed in


def order_timeline(shop: Shop, order_id: int) -> list[TimelineEntry]:
    """Everything that concerns the order, oldest first."""
    db = shop.db
    header = oq.order_header(db, order_id)
    if header is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    settings = load_settings(db)
    lang = doc_language(settings.locale)

    formats = Formats(lambda cents: lang.money(cents, settings.currency), lang.short_day)

    # Calls first: a call that reached the customer is told before the telling it records.
    entries = [_call_entry(call) for call in tq.order_calls(db, order_id)]
    entries += [
        TimelineEntry(
            e["at"],
            "event",
            _by(
                order_event_text(
                    e["action"], _details(e["details"]), header.number, e["summary"], formats
                ),
                e["person"],
            ),
            person=e["person"],
        )
        for e in q.order_events(db, order_id)
    ]
    for so in q.covering_supplier_orders(db, order_id):
        entries += _supplier_order_entries(so, lang.short_day)
    for r in q.allocating_receipts(db, order_id):
        entries.append(
            TimelineEntry(
                r["created_at"],
                "receipt",
                ngettext(
                    "Delivery on {number} from {supplier} ({day}): {units} unit of {skus} put "
                    "aside for this order",
                    "Delivery on {number} from {supplier} ({day}): {units} units of {skus} put "
                    "aside for this order",
                    r["units"],
                ).format(
                    number=r["number"],
                    supplier=r["supplier_name"],
                    day=lang.short_day(r["received_on"]),
                    units=r["units"],
                    skus=r["skus"],
                ),
                SUPPLIER_ORDER_PAGE,
                r["supplier_order_id"],
            )
        )
    for a in q.surplus_allocations(db, order_id):
        entries.append(
            TimelineEntry(
                a["created_at"],
                "surplus",
                ngettext(
                    "{units} unit of {sku} taken from surplus",
                    "{units} units of {sku} taken from surplus",
                    a["units"],
                ).format(units=a["units"], sku=a["sku"]),
            )
        )
    # A stable sort: entries of the same second keep their source order (calls, then events).
    return sorted(entries, key=lambda e: e.at)


def _by(text: str, person: str | None) -> str:
    """The event's text, saying who did it when someone was signed in."""
    return _("{what} (by {person})").format(what=text, person=person) if person else text


def _call_entry(call: CallRow) -> TimelineEntry:
    text = call_text(call.outcome, call.phone)
    return TimelineEntry(call.at, "call", f"{text} ({call.note})" if call.note else text)


def _supplier_order_entries(so: dict, day: Callable[[str], str]) -> list[TimelineEntry]:
    label = f"{so['number']} ({so['supplier_name']})"
    units = ngettext("{units} unit of {skus}", "{units} units of {skus}", so["units"]).format(
        units=so["units"], skus=so["skus"]
    )
    link = {"page": SUPPLIER_ORDER_PAGE, "target": so["id"]}
    on_order = _("On supplier order {label}: {units}").format(label=label, units=units)
    out = [TimelineEntry(so["created_at"], "supplier_order", on_order, **link)]
    if so["sent_at"]:
        if so["expected_date"]:
            sent = _("{label} sent; expected {day}").format(
                label=label, day=day(so["expected_date"])
            )
        else:
            sent = _("{label} sent").format(label=label)
        out.append(TimelineEntry(so["sent_at"], "supplier_order", sent, **link))
    if so["closed_at"]:
        closed = _("{label} {status}").format(label=label, status=status_word(so["status"]))
        out.append(TimelineEntry(so["closed_at"], "supplier_order", closed, **link))
    return out
