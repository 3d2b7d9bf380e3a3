"""Statuses follow from quantities. Every action that moves units calls these inside its
transaction, so an order can never say "open" with everything in, or "partially received"
after everything arrived."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from jitdesk.domain.statuses import (
    CustomerOrderStatus,
    SupplierOrderStatus,
    check_customer_transition,
    check_supplier_transition,
    supplier_status_from_quantities,
)
from jitdesk.services.common import require
from jitdesk.services.shop import Shop
from jitdesk.store import supplier_orders as so_q
from jitdesk.store.events import record_events
from jitdesk.store.orders import order_status_rows, set_customer_statuses
from jitdesk.store.quantities import LineQuantities, line_quantities, supplier_line_quantities

_C = CustomerOrderStatus
_S = SupplierOrderStatus


def refresh_customer_orders(shop: Shop, order_ids: Iterable[int]) -> list[int]:
    """Move open orders whose every line is in to ready (and back, after an undo); complete
    orders whose every line was handed over.

    Returns the ids of orders that just became ready, so the GUI can offer pickup notices.
    Set-based (one read, one batched write) because a big delivery can make hundreds ready.
    """
    ids = sorted(set(order_ids))
    if not ids:
        return []
    db = shop.db
    by_order: dict[int, list] = defaultdict(list)
    for lq in line_quantities(db, order_ids=ids):
        by_order[lq.order_id].append(lq)
    now = shop.now_iso()
    updates, notes, newly_ready = [], [], []
    for order_id, number, current in order_status_rows(db, ids):
        if current not in (_C.OPEN, _C.READY):
            continue
        target = _status_from_lines([lq for lq in by_order[order_id] if lq.quantity > 0])
        if target == current:
            continue
        check_customer_transition(number, current, target)
        ready_at = now if target == _C.READY else None
        completed_at = now if target == _C.COMPLETED else None
        updates.append((target.value, now, ready_at, completed_at, order_id))
        notes.append((order_id, f"{number} is now {target.value}", current, target.value))
        if target == _C.READY:
            newly_ready.append(order_id)
    set_customer_statuses(db, updates)
    record_events(
        db,
        [
            (
                now,
                shop.actor,
                "customer_order",
                order_id,
                "status",
                summary,
                {"old": old, "new": new},
            )
            for order_id, summary, old, new in notes
        ],
        shop.person_id,
    )
    return newly_ready


def _status_from_lines(lines: list[LineQuantities]) -> CustomerOrderStatus:
    if lines and all(lq.handed >= lq.quantity for lq in lines):
        return _C.COMPLETED
    if lines and all(lq.complete for lq in lines):
        return _C.READY
    return _C.OPEN


def refresh_supplier_order(shop: Shop, supplier_order_id: int) -> str:
    """Set a sent/partially received/received order's status from its received quantities."""
    db = shop.db
    row = require(so_q.number_and_status(db, supplier_order_id), "supplier order")
    if row["status"] not in (_S.SENT, _S.PARTIALLY_RECEIVED, _S.RECEIVED):
        return row["status"]
    lines = supplier_line_quantities(db, supplier_order_ids=[supplier_order_id])
    any_receipt = so_q.has_receipts(db, supplier_order_id)
    target = supplier_status_from_quantities([(sl.quantity, sl.received) for sl in lines])
    if not any_receipt:
        target = _S.SENT
    if target != row["status"]:
        check_supplier_transition(row["number"], row["status"], target)
        so_q.set_status(db, supplier_order_id, target.value, shop.now_iso())
        shop.event(
            "supplier_order",
            supplier_order_id,
            "status",
            f"{row['number']} is now {target.value}",
            old=row["status"],
            new=target.value,
        )
    return target.value
