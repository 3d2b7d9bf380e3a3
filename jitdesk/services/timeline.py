"""An order's timeline: what happened to it and to the goods it waits for, in time order.

Three sources, merged by time: the order's own events (logged, edited, paid, planned, ready,
notified, handed over, reduced, cancelled), the supplier orders covering its lines (created,
sent with the expected date, closed), and the deliveries that put units aside for it.
Each entry says which page can show more (`page`, `target`), so the GUI can link to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.errors import NotFoundError
from jitdesk.domain.i18n import _
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
        TimelineEntry(e["at"], "event", e["summary"] or e["action"].capitalize())
        for e in q.order_events(db, order_id)
    ]
    for so in q.covering_supplier_orders(db, order_id):
        entries += _supplier_order_entries(so)
    for r in q.allocating_receipts(db, order_id):
        entries.append(
            TimelineEntry(
                r["created_at"],
                "receipt",
                f"Delivery on {r['number']} from {r['supplier_name']} ({r['received_on']}):"
                f" {r['units']} unit(s) of {r['skus']} put aside for this order",
                SUPPLIER_ORDER_PAGE,
                r["supplier_order_id"],
            )
        )
    for a in q.surplus_allocations(db, order_id):
        entries.append(
            TimelineEntry(
                a["created_at"], "surplus", f"{a['units']} unit(s) of {a['sku']} taken from surplus"
            )
        )
    # A stable sort: entries of the same second keep their source order (events first).
    return sorted(entries, key=lambda e: e.at)


def _supplier_order_entries(so: dict) -> list[TimelineEntry]:
    label = f"{so['number']} ({so['supplier_name']})"
    units = f"{so['units']} unit(s) of {so['skus']}"
    link = {"page": SUPPLIER_ORDER_PAGE, "target": so["id"]}
    out = [
        TimelineEntry(
            so["created_at"], "supplier_order", f"On supplier order {label}: {units}", **link
        )
    ]
    if so["sent_at"]:
        expected = f"; expected {so['expected_date']}" if so["expected_date"] else ""
        out.append(
            TimelineEntry(so["sent_at"], "supplier_order", f"{label} sent{expected}", **link)
        )
    if so["closed_at"]:
        out.append(
            TimelineEntry(so["closed_at"], "supplier_order", f"{label} {so['status']}", **link)
        )
    return out
