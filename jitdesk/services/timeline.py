"""An order's timeline: what happened to it and to the goods it waits for, in time order.

Three sources, merged by time: the order's own events (logged, edited, paid, planned, ready,
notified, handed over, reduced, cancelled), the supplier orders covering its lines (created,
sent with the expected date, closed), and the deliveries that put units aside for it.
Each entry says which page can show more (`page`, `target`), so the GUI can link to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jitdesk.domain.errors import NotFoundError
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.statuses import status_word
from jitdesk.services.shop import Shop
from jitdesk.store import orders as oq
from jitdesk.store import timeline as q

SUPPLIER_ORDER_PAGE = "supplier_orders"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: str  # UTC ISO timestamp (or an ISO date for dates without a time)
    kind: str  # "event", "supplier_order", "receipt", "surplus"
    text: str
    page: str | None = None  # the page that shows the item, for a link
    target: int | None = None


def order_timeline(shop: Shop, order_id: int) -> list[TimelineEntry]:
    """Everything that concerns the order, oldest first."""
    db = shop.db
    if oq.order_header(db, order_id) is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    entries = [
        TimelineEntry(e["at"], "event", _event_text(e)) for e in q.order_events(db, order_id)
    ]
    for so in q.covering_supplier_orders(db, order_id):
        entries += _supplier_order_entries(so)
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
                    day=r["received_on"],
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
    # A stable sort: entries of the same second keep their source order (events first).
    return sorted(entries, key=lambda e: e.at)


def _event_text(event: dict[str, Any]) -> str:
    """An event as the timeline says it: reminders and extensions in the user's language,
    other events as they were recorded."""
    action = event["action"]
    if action in ("reminded", "pickup_extended"):
        details = json.loads(event.get("details") or "{}")
        if action == "pickup_extended":
            return _("Pickup-by extended from {previous} to {date}").format(
                previous=details.get("previous", "?"), date=details.get("pickup_by", "?")
            )
        if details.get("how") == "e-mailed":
            return _("Reminder e-mailed; pickup by {date}").format(date=details.get("pickup_by"))
        return _("Reminder printed; pickup by {date}").format(date=details.get("pickup_by"))
    return event["summary"] or action.capitalize()


def _supplier_order_entries(so: dict) -> list[TimelineEntry]:
    label = f"{so['number']} ({so['supplier_name']})"
    units = ngettext("{units} unit of {skus}", "{units} units of {skus}", so["units"]).format(
        units=so["units"], skus=so["skus"]
    )
    link = {"page": SUPPLIER_ORDER_PAGE, "target": so["id"]}
    on_order = _("On supplier order {label}: {units}").format(label=label, units=units)
    out = [TimelineEntry(so["created_at"], "supplier_order", on_order, **link)]
    if so["sent_at"]:
        if so["expected_date"]:
            sent = _("{label} sent; expected {day}").format(label=label, day=so["expected_date"])
        else:
            sent = _("{label} sent").format(label=label)
        out.append(TimelineEntry(so["sent_at"], "supplier_order", sent, **link))
    if so["closed_at"]:
        closed = _("{label} {status}").format(label=label, status=status_word(so["status"]))
        out.append(TimelineEntry(so["closed_at"], "supplier_order", closed, **link))
    return out
