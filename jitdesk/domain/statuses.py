"""Order statuses and their legal transitions, enforced in this one place."""

from __future__ import annotations

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


_C = CustomerOrderStatus
_S = SupplierOrderStatus

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
