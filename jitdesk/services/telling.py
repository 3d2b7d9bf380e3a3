"""Telling customers their order is ready: by the way each prefers, phone calls logged with
their outcome, and notices given again.

"Told" has one record: the order's `notified_at`, set through `today.mark_notified` (which
also starts the pickup hold). A call counts as telling only when it reached the customer; a
notice printed or e-mailed again is recorded on the order's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.domain.i18n import _
from jitdesk.domain.statuses import Action, customer_allows, customer_status_title
from jitdesk.domain.telling import (
    CallOutcome,
    TellChannel,
    call_tells,
    channel_for,
    check_call_note,
    check_channel,
)
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.today import mark_notified, record_told
from jitdesk.store import telling as q
from jitdesk.store.telling import TellRow

NOTICE_AGAIN = "notice again"  # the event of a pickup notice given to a told customer
PRINTED, EMAILED = "printed", "emailed"


@dataclass(frozen=True, slots=True)
class TellTarget:
    """Whom to tell about an order, how, and whether they were told."""

    order_id: int
    number: str
    status: str
    customer_name: str
    phone: str
    email: str
    channel: TellChannel
    told: bool
    last_call: CallOutcome | None


def _target(row: TellRow, shop_default: str) -> TellTarget:
    last = CallOutcome(row.last_call) if row.last_call in set(CallOutcome) else None
    return TellTarget(
        row.order_id,
        row.number,
        row.status,
        row.customer_name,
        row.phone,
        row.email,
        channel_for(row.tell_channel, shop_default),
        row.notified_at is not None,
        last,
    )


def tell_target(shop: Shop, order_id: int) -> TellTarget:
    row = q.tell_rows(shop.db, [order_id]).get(order_id)
    if row is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    return _target(row, q.default_channel(shop.db))


def tell_targets(shop: Shop, order_ids: list[int]) -> dict[int, TellTarget]:
    """{order id: whom to tell and how} of these orders (a page of a list)."""
    default = q.default_channel(shop.db)
    return {i: _target(row, default) for i, row in q.tell_rows(shop.db, order_ids).items()}


def default_channel(shop: Shop) -> TellChannel:
    """How customers who did not choose are told (the shop's choice in Settings)."""
    return channel_for("", q.default_channel(shop.db))


def save_default_channel(shop: Shop, channel: str) -> Changes:
    value = check_channel(channel, allow_empty=False, field="default_tell_channel")
    with shop.transaction() as db:
        q.save_default_channel(db, value)
    return Changes(settings=True)


def log_call(
    shop: Shop, order_id: int, outcome: CallOutcome, note: str = "", phone: str | None = None
) -> Changes:
    """Record a phone call about an order (to the customer's phone unless `phone` says which
    number was dialled). A call that reached the customer of a ready order tells them, as a
    notice would; any other outcome leaves them still to be told."""
    note = check_call_note(note)
    with shop.transaction() as db:
        target = tell_target(shop, order_id)
        if not customer_allows(target.status, Action.CALL):
            raise DomainError(
                _("Order {number} is {status}; calls are logged for open or ready orders.").format(
                    number=target.number, status=customer_status_title(target.status).lower()
                )
            )
        number = (target.phone if phone is None else phone).strip()
        q.insert_call(
            db,
            order_id,
            at=shop.now_iso(),
            actor=shop.actor,
            phone=number,
            outcome=CallOutcome(outcome).value,
            note=note,
        )
        changes = Changes(customer_orders={order_id})
        if call_tells(CallOutcome(outcome)):
            changes.merge(mark_notified(shop, [order_id]))
    return changes


def notice_given(shop: Shop, order_id: int, how: str = PRINTED) -> Changes:
    """A pickup notice of a ready order was printed (or e-mailed) for its customer. The first
    one tells them; a later one is a notice given again, on the timeline, and a reminder
    when the pickup-by date had passed."""
    with shop.transaction():
        target = tell_target(shop, order_id)
        if not target.told:
            return mark_notified(shop, [order_id])
        if not customer_allows(target.status, Action.NOTIFY):
            return Changes()
        record_told(shop, [order_id], shop.now_iso())
        shop.event(
            "customer_order",
            order_id,
            NOTICE_AGAIN,
            f"Pickup notice {how} again",
            how=how,
        )
    return Changes(customer_orders={order_id})
