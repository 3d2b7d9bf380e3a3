"""Order statuses: their names, the titles users see, what a user may do in each, and the
legal transitions, all in this one place. The GUI enables its buttons from `allows`, and the
services refuse the same actions from the same table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jitdesk.domain.errors import DomainError


class CustomerOrderStatus(StrEnum):
    OPEN = "open"
    READY = "ready"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class SupplierOrderStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_RECEIVED = "partially received"
    RECEIVED = "received"
    CANCELLED = "cancelled"
    CLOSED_SHORT = "closed short"


def supplier_order_late(status: str, expected_date: str | None, today_iso: str) -> bool:
    """A supplier order is late when it is on its way (sent or partly received) and its
    expected date (ISO) is before today."""
    return (
        status in (SupplierOrderStatus.SENT, SupplierOrderStatus.PARTIALLY_RECEIVED)
        and expected_date is not None
        and expected_date < today_iso
    )


class Action(StrEnum):
    """What a user can do to an order."""

    # customer orders
    EDIT = "edit"  # change lines, customer, notes
    REDUCE = "reduce"  # take units off a line
    TAKE_PAYMENT = "take payment"
    NOTIFY = "notify"  # print or e-mail the pickup notice
    HAND_OVER = "hand over"
    # supplier orders
    EDIT_LINES = "edit lines"  # quantities, remove or move lines, notes
    SEND = "send"
    RECEIVE = "receive"
    UNDO_RECEIPT = "undo receipt"
    CLOSE_SHORT = "close short"
    # both
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """One status: its stored name, its title as users read it, what they may do in it."""

    name: str
    title: str
    actions: frozenset[Action]


_C = CustomerOrderStatus
_S = SupplierOrderStatus
_A = Action


def _info(status: StrEnum, title: str, *actions: Action) -> StatusInfo:
    return StatusInfo(status.value, title, frozenset(actions))


CUSTOMER_STATUSES: dict[CustomerOrderStatus, StatusInfo] = {
    _C.OPEN: _info(_C.OPEN, "Open", _A.EDIT, _A.REDUCE, _A.CANCEL, _A.TAKE_PAYMENT, _A.HAND_OVER),
    _C.READY: _info(
        _C.READY, "Ready", _A.REDUCE, _A.CANCEL, _A.TAKE_PAYMENT, _A.NOTIFY, _A.HAND_OVER
    ),
    _C.COMPLETED: _info(_C.COMPLETED, "Completed", _A.TAKE_PAYMENT),
    _C.CANCELLED: _info(_C.CANCELLED, "Cancelled"),
}

SUPPLIER_STATUSES: dict[SupplierOrderStatus, StatusInfo] = {
    _S.DRAFT: _info(_S.DRAFT, "Draft", _A.EDIT_LINES, _A.SEND, _A.CANCEL),
    _S.SENT: _info(_S.SENT, "Sent", _A.CANCEL, _A.RECEIVE, _A.UNDO_RECEIPT, _A.CLOSE_SHORT),
    _S.PARTIALLY_RECEIVED: _info(
        _S.PARTIALLY_RECEIVED, "Partly received", _A.RECEIVE, _A.UNDO_RECEIPT, _A.CLOSE_SHORT
    ),
    _S.RECEIVED: _info(_S.RECEIVED, "Received", _A.UNDO_RECEIPT),
    _S.CANCELLED: _info(_S.CANCELLED, "Cancelled"),
    _S.CLOSED_SHORT: _info(_S.CLOSED_SHORT, "Closed short"),
}


def customer_status(status: str) -> StatusInfo:
    return CUSTOMER_STATUSES[CustomerOrderStatus(status)]


def supplier_status(status: str) -> StatusInfo:
    return SUPPLIER_STATUSES[SupplierOrderStatus(status)]


def customer_allows(status: str | None, action: Action) -> bool:
    """Whether a customer order in `status` lets the user do `action` (no order: no)."""
    return status is not None and action in customer_status(status).actions


def supplier_allows(status: str | None, action: Action) -> bool:
    """Whether a supplier order in `status` lets the user do `action` (no order: no)."""
    return status is not None and action in supplier_status(status).actions


def customer_status_title(status: str) -> str:
    """ "Open", "Ready", ...; an unknown name is shown as it is stored."""
    try:
        return customer_status(status).title
    except ValueError:
        return status


def supplier_status_title(status: str) -> str:
    """ "Draft", "Partly received", ...; an unknown name is shown as it is stored."""
    try:
        return supplier_status(status).title
    except ValueError:
        return status


# ready -> open happens when a receipt is undone; it is a correction, not a user choice.
CUSTOMER_TRANSITIONS: dict[CustomerOrderStatus, frozenset[CustomerOrderStatus]] = {
    _C.OPEN: frozenset({_C.READY, _C.CANCELLED, _C.COMPLETED}),
    _C.READY: frozenset({_C.OPEN, _C.COMPLETED, _C.CANCELLED}),
    _C.COMPLETED: frozenset(),
    _C.CANCELLED: frozenset(),
}

# received -> partially received / sent happen only when the last receipt is undone.
SUPPLIER_TRANSITIONS: dict[SupplierOrderStatus, frozenset[SupplierOrderStatus]] = {
    _S.DRAFT: frozenset({_S.SENT, _S.CANCELLED}),
    _S.SENT: frozenset({_S.PARTIALLY_RECEIVED, _S.RECEIVED, _S.CANCELLED, _S.CLOSED_SHORT}),
    _S.PARTIALLY_RECEIVED: frozenset({_S.RECEIVED, _S.CLOSED_SHORT, _S.SENT}),
    _S.RECEIVED: frozenset({_S.PARTIALLY_RECEIVED, _S.SENT}),
    _S.CANCELLED: frozenset(),
    _S.CLOSED_SHORT: frozenset(),
}

OPEN_SUPPLIER_STATUSES = frozenset({_S.DRAFT, _S.SENT, _S.PARTIALLY_RECEIVED})
ACTIVE_CUSTOMER_STATUSES = frozenset({_C.OPEN, _C.READY})


def check_customer_transition(number: str, current: str, new: str) -> CustomerOrderStatus:
    cur, nxt = CustomerOrderStatus(current), CustomerOrderStatus(new)
    if cur == nxt:
        return nxt
    if nxt not in CUSTOMER_TRANSITIONS[cur]:
        raise DomainError(f"Order {number} is {cur.value} and cannot become {nxt.value}.")
    return nxt


def check_supplier_transition(number: str, current: str, new: str) -> SupplierOrderStatus:
    cur, nxt = SupplierOrderStatus(current), SupplierOrderStatus(new)
    if cur == nxt:
        return nxt
    if nxt not in SUPPLIER_TRANSITIONS[cur]:
        raise DomainError(f"Supplier order {number} is {cur.value} and cannot become {nxt.value}.")
    return nxt


def supplier_status_from_quantities(lines: list[tuple[int, int]]) -> SupplierOrderStatus:
    """Status of a sent order from (ordered, received) per line, so it can't stay "partially
    received" once every line is in."""
    if any(received > 0 for _, received in lines):
        if all(received >= ordered for ordered, received in lines):
            return _S.RECEIVED
        return _S.PARTIALLY_RECEIVED
    return _S.SENT
