"""How far a customer order really is, and whether it is late.

The stored status says only open, ready, completed or cancelled. What staff and customers want
to know about an open order follows from its lines:

- *waiting to be ordered*: nothing has come in yet and some units are on no sent supplier order
  (not planned yet, or only on a draft that nobody has sent);
- *on order*: nothing has come in yet and every unit is on a sent supplier order;
- *partly received*: some units are in the shop (or already handed over), not all yet.

Ready, completed and cancelled are the stored statuses. An order is *late* when its promised
date has passed and it is not ready, completed or cancelled.

`order_progress` and `order_late` are the definition. The order lists work the same out in SQL
(store/order_progress.py), and a property test holds the two together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jitdesk.domain.i18n import N_, _
from jitdesk.domain.statuses import CustomerOrderStatus


class OrderProgress(StrEnum):
    WAITING = "waiting"
    ON_ORDER = "on order"
    PARTLY_RECEIVED = "partly received"
    READY = "ready"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


_P = OrderProgress

# The progress an open order can be in; the others are stored statuses of the same name.
OPEN_PROGRESS = frozenset({_P.WAITING, _P.ON_ORDER, _P.PARTLY_RECEIVED})
# Orders not yet handed over or cancelled: the list the Customer orders page starts with.
ACTIVE_PROGRESS = OPEN_PROGRESS | {_P.READY}

PROGRESS_TITLES: dict[OrderProgress, str] = {
    _P.WAITING: N_("Waiting to be ordered"),
    _P.ON_ORDER: N_("On order"),
    _P.PARTLY_RECEIVED: N_("Partly received"),
    _P.READY: N_("Ready"),
    _P.COMPLETED: N_("Completed"),
    _P.CANCELLED: N_("Cancelled"),
}


@dataclass(frozen=True, slots=True)
class LineProgress:
    """What one line of a customer order needs and where its units are."""

    quantity: int  # units ordered (0: the line was reduced to nothing)
    received: int  # units allocated to the line: on the shelf or already handed over
    on_order: int  # units still to come on sent (or partly received) supplier orders


def order_progress(status: str, lines: Iterable[LineProgress]) -> OrderProgress:
    """The progress of an order with stored `status` and these lines."""
    if status != CustomerOrderStatus.OPEN:
        return OrderProgress(status)
    active = [line for line in lines if line.quantity > 0]
    if any(line.received > 0 for line in active):
        return _P.PARTLY_RECEIVED
    if not active or any(line.quantity - line.received - line.on_order > 0 for line in active):
        return _P.WAITING
    return _P.ON_ORDER


def order_late(progress: str, promised_date: str | None, today_iso: str) -> bool:
    """Whether the promised date (ISO) is before today while the order is still not ready."""
    return progress in OPEN_PROGRESS and promised_date is not None and promised_date < today_iso


def progress_title(progress: str) -> str:
    """ "Waiting to be ordered", "On order", ...; an unknown name is shown as it is stored."""
    try:
        return _(PROGRESS_TITLES[OrderProgress(progress)])
    except ValueError:
        return progress
