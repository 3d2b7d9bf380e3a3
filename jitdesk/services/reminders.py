"""Reminders to collect a ready order, and extending its pickup-by date.

An order is offered a reminder once its pickup-by date is near or past (`reminder_due`). A
reminder (printed or e-mailed) tells the customer again, so the hold counts from that day; an
extension is a later date the owner grants. Both are events of the order, so its timeline
shows them, and both are refused for an order that is not waiting for pickup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jitdesk.domain.clock import stored_local_date
from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.domain.i18n import _
from jitdesk.domain.pickup import extension_date, reminder_due
from jitdesk.domain.statuses import Action, customer_allows, status_word
from jitdesk.domain.tax import amount_due
from jitdesk.services.order_money import gross_totals
from jitdesk.services.pickup import order_pickup_by, orders_pickup_by, reminder_pickup_by_for
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import orders as order_q
from jitdesk.store import reminders as q
from jitdesk.store import today as today_q
from jitdesk.store.orders import OrderHeader
from jitdesk.store.settings import load_settings

PRINTED = "printed"
EMAILED = "e-mailed"
READ_CHUNK = 200  # ready orders read per query (store.today.ready_by_ids reads a page)


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """An uncollected ready order near or past its pickup-by date."""

    order_id: int
    number: str
    customer_name: str
    phone: str
    email: str
    pickup_by: date
    reminded_on: date | None
    extended: bool
    balance: int

    def days_left(self, today: date) -> int:
        """Days until the pickup-by date; negative once it has passed."""
        return (self.pickup_by - today).days


def due_reminders(shop: Shop) -> list[ReminderItem]:
    """Every ready order whose customer was told and whose pickup-by date is near or past,
    the most overdue first. The dates come from the one pickup-by rule."""
    settings, today = load_settings(shop.db), shop.today()
    told = today_q.told_ready_dates(shop.db)
    dates = orders_pickup_by(settings, [row[1:] for row in told], today)
    due = {
        row[0]: by
        for row, by in zip(told, dates, strict=True)
        if by is not None and reminder_due(by, today)
    }
    ids = list(due)
    rows = [
        r
        for start in range(0, len(ids), READ_CHUNK)
        for r in today_q.ready_by_ids(shop.db, ids[start : start + READ_CHUNK])
    ]
    totals = gross_totals(shop, [r.id for r in rows])
    items = [
        ReminderItem(
            r.id,
            r.number,
            r.customer_name,
            r.customer_phone,
            r.customer_email,
            due[r.id],
            stored_local_date(r.reminded_at),
            r.pickup_extended_to is not None,
            amount_due(totals.get(r.id, 0), r.paid),
        )
        for r in rows
    ]
    return sorted(items, key=lambda item: (item.pickup_by, item.number))


def _waiting_order(shop: Shop, order_id: int, action: Action) -> OrderHeader:
    header = order_q.order_header(shop.db, order_id)
    if header is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    if not customer_allows(header.status, action):
        if action is Action.REMIND:
            text = _(
                "Order {number} is {status}; a reminder is only sent for an order waiting "
                "for pickup."
            )
        else:
            text = _(
                "Order {number} is {status}; only an order waiting for pickup can have its "
                "pickup-by date extended."
            )
        raise DomainError(text.format(number=header.number, status=status_word(header.status)))
    return header


def check_can_remind(shop: Shop, order_ids: list[int]) -> list[OrderHeader]:
    """The orders to remind, or the sentence saying why one of them cannot be."""
    return [_waiting_order(shop, order_id, Action.REMIND) for order_id in order_ids]


def pickup_by_after_reminder(shop: Shop, header: OrderHeader) -> date | None:
    """The pickup-by date a reminder given today states (and every page shows afterwards)."""
    settings = load_settings(shop.db)
    return reminder_pickup_by_for(
        settings, header.ready_at, shop.today(), header.pickup_extended_to
    )


def record_reminders(shop: Shop, order_ids: list[int], how: str = PRINTED) -> Changes:
    """The customers of these ready orders were reminded now (`how`: PRINTED or EMAILED).
    All or nothing: an order that is no longer waiting for pickup refuses the whole batch."""
    ids = sorted(set(order_ids))
    with shop.transaction():
        headers = check_can_remind(shop, ids)
        now = shop.now_iso()
        q.mark_reminded(shop.db, ids, now)
        for header in headers:
            by = pickup_by_after_reminder(shop, header)
            shop.event(
                "customer_order",
                header.id,
                "reminded",
                f"Reminder {how} for {header.number}; pickup by {by}",
                how=how,
                pickup_by=by.isoformat() if by else None,
            )
    return Changes(customer_orders=set(ids))


def extend_pickup_by(
    shop: Shop, order_id: int, *, until: date | None = None, days: int | None = None
) -> Changes:
    """Keep a ready order for its customer until `until`, or `days` longer than now."""
    with shop.transaction():
        header = _waiting_order(shop, order_id, Action.EXTEND_PICKUP)
        settings, today = load_settings(shop.db), shop.today()
        current = order_pickup_by(
            settings, header.ready_at, header.notified_at, today, header.pickup_extended_to
        )
        assert current is not None  # a ready order has a pickup-by date
        new = extension_date(current, today, settings.closed_weekdays, until=until, days=days)
        q.set_pickup_extended(shop.db, order_id, new.isoformat(), shop.now_iso())
        shop.event(
            "customer_order",
            order_id,
            "pickup_extended",
            f"Pickup-by of {header.number} extended from {current} to {new}",
            previous=current.isoformat(),
            pickup_by=new.isoformat(),
        )
    return Changes(customer_orders={order_id})


def extend_pickups(
    shop: Shop, order_ids: list[int], *, until: date | None = None, days: int | None = None
) -> Changes:
    """`extend_pickup_by` for several orders at once: all of them or, when one cannot be
    extended, none."""
    changes = Changes()
    with shop.transaction():
        for order_id in sorted(set(order_ids)):
            changes.merge(extend_pickup_by(shop, order_id, until=until, days=days))
    return changes


def current_pickup_by(shop: Shop, order_id: int) -> date | None:
    """The order's pickup-by date as every page shows it (None while it is not ready)."""
    header = order_q.order_header(shop.db, order_id)
    if header is None or header.status != "ready":
        return None
    return order_pickup_by(
        load_settings(shop.db),
        header.ready_at,
        header.notified_at,
        shop.today(),
        header.pickup_extended_to,
    )
