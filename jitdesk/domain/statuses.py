"""Order statuses: their names, the titles users see, what a user may do in each, and the
legal transitions, all in this one place. The GUI enables its buttons from `allows`, and the
services refuse the same actions from the same table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jitdesk.domain.errors import DomainError
from jitdesk.domain.i18n import N_, _


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
    CALL = "call"  # log a phone call with the customer about the order
    HAND_OVER = "hand over"
    REMIND = "remind"  # print or e-mail a reminder to collect it
    EXTEND_PICKUP = "extend pickup"  # keep it for the customer longer
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
    _C.OPEN: _info(
        _C.OPEN, N_("Open"), _A.EDIT, _A.REDUCE, _A.CANCEL, _A.TAKE_PAYMENT, _A.HAND_OVER, _A.CALL
    ),
    _C.READY: _info(
        _C.READY,
        N_("Ready"),
        _A.REDUCE,
        _A.CANCEL,
        _A.TAKE_PAYMENT,
        _A.NOTIFY,
        _A.HAND_OVER,
        _A.CALL,
        _A.REMIND,
        _A.EXTEND_PICKUP,
    ),
    _C.COMPLETED: _info(_C.COMPLETED, N_("Completed"), _A.TAKE_PAYMENT),
    _C.CANCELLED: _info(_C.CANCELLED, N_("Cancelled")),
}

SUPPLIER_STATUSES: dict[SupplierOrderStatus, StatusInfo] = {
    _S.DRAFT: _info(_S.DRAFT, N_("Draft"), _A.EDIT_LINES, _A.SEND, _A.CANCEL),
    _S.SENT: _info(_S.SENT, N_("Sent"), _A.CANCEL, _A.RECEIVE, _A.UNDO_RECEIPT, _A.CLOSE_SHORT),
    _S.PARTIALLY_RECEIVED: _info(
        _S.PARTIALLY_RECEIVED, N_("Partly received"), _A.RECEIVE, _A.UNDO_RECEIPT, _A.CLOSE_SHORT
    ),
    _S.RECEIVED: _info(_S.RECEIVED, N_("Received"), _A.UNDO_RECEIPT),
    _S.CANCELLED: _info(_S.CANCELLED, N_("Cancelled")),
    _S.CLOSED_SHORT: _info(_S.CLOSED_SHORT, N_("Closed short")),
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
    """ "Open", N_("Ready"), ...; an unknown name is shown as it is stored."""
    try:
        return _(customer_status(status).title)
    except ValueError:
        return status


def supplier_status_title(status: str) -> str:
    """ "Draft", N_("Partly received"), ...; an unknown name is shown as it is stored."""
    try:
        return _(supplier_status(status).title)
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
        raise DomainError(
            _("Order {number} is {status} and cannot become {new_status}.").format(
                number=number, status=status_word(cur.value), new_status=status_word(nxt.value)
            )
        )
    return nxt


def check_supplier_transition(number: str, current: str, new: str) -> SupplierOrderStatus:
    cur, nxt = SupplierOrderStatus(current), SupplierOrderStatus(new)
    if cur == nxt:
        return nxt
    if nxt not in SUPPLIER_TRANSITIONS[cur]:
        raise DomainError(
            _("Supplier order {number} is {status} and cannot become {new_status}.").format(
                number=number, status=status_word(cur.value), new_status=status_word(nxt.value)
            )
        )
    return nxt


def supplier_status_from_quantities(lines: list[tuple[int, int]]) -> SupplierOrderStatus:
    """Status of a sent order from (ordered, received) per line, so it can't stay "partially
    received" once every line is in."""
    if any(received > 0 for _ordered, received in lines):
        if all(received >= ordered for ordered, received in lines):
            return _S.RECEIVED
        return _S.PARTIALLY_RECEIVED
    return _S.SENT


# How a status reads inside a sentence ("Order C-2026-0001 is ready"); translated there.
_STATUS_WORDS = {
    "open": N_("open"),
    "ready": N_("ready"),
    "completed": N_("completed"),
    "cancelled": N_("cancelled"),
    "draft": N_("draft"),
    "sent": N_("sent"),
    "partially received": N_("partially received"),
    "received": N_("received"),
    "closed short": N_("closed short"),
}


def status_word(status: str) -> str:
    """A stored status as it reads after "is" in a message, in the user's language."""
    word = _STATUS_WORDS.get(status)
    return _(word) if word else status
