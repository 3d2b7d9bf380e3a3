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
from jitdesk.services.shop import Shop
from jitdesk.store.quantities import line_quantities, supplier_line_quantities

_C = CustomerOrderStatus
_S = SupplierOrderStatus


def refresh_customer_orders(shop: Shop, order_ids: Iterable[int]) -> list[int]:
    """Move open orders whose every line is in to ready (and back, after an undo).

    Returns the ids of orders that just became ready, so the GUI can offer pickup notices.
    """
    ids = sorted(set(order_ids))
    if not ids:
        return []
    db = shop.db
    by_order: dict[int, list] = defaultdict(list)
    for lq in line_quantities(db, order_ids=ids):
        by_order[lq.order_id].append(lq)
    newly_ready = []
    for order_id in ids:
        row = db.execute(
            "SELECT number, status FROM customer_orders WHERE id = ?", [order_id]
        ).fetchone()
        if row is None or row["status"] not in (_C.OPEN, _C.READY):
            continue
        lines = [lq for lq in by_order[order_id] if lq.quantity > 0]
        all_in = bool(lines) and all(lq.complete for lq in lines)
        all_handed = bool(lines) and all(lq.handed >= lq.quantity for lq in lines)
        target = _C.COMPLETED if all_handed else (_C.READY if all_in else _C.OPEN)
        if target == row["status"]:
            continue
        check_customer_transition(row["number"], row["status"], target)
        stamp = {"ready_at": shop.now_iso()} if target == _C.READY else {}
        if target == _C.COMPLETED:
            stamp = {"completed_at": shop.now_iso()}
        db["customer_orders"].update(
            order_id, {"status": target.value, "updated_at": shop.now_iso(), **stamp}
        )
        shop.event(
            "customer_order",
            order_id,
            "status",
            f"{row['number']} is now {target.value}",
            old=row["status"],
            new=target.value,
        )
        if target == _C.READY:
            newly_ready.append(order_id)
    return newly_ready


def refresh_supplier_order(shop: Shop, supplier_order_id: int) -> str:
    """Set a sent/partially received/received order's status from its received quantities."""
    db = shop.db
    row = db.execute(
        "SELECT number, status FROM supplier_orders WHERE id = ?", [supplier_order_id]
    ).fetchone()
    if row["status"] not in (_S.SENT, _S.PARTIALLY_RECEIVED, _S.RECEIVED):
        return row["status"]
    lines = supplier_line_quantities(db, supplier_order_ids=[supplier_order_id])
    any_receipt = db.execute(
        "SELECT 1 FROM receipts WHERE supplier_order_id = ? LIMIT 1", [supplier_order_id]
    ).fetchone()
    target = supplier_status_from_quantities([(sl.quantity, sl.received) for sl in lines])
    if not any_receipt:
        target = _S.SENT
    if target != row["status"]:
        check_supplier_transition(row["number"], row["status"], target)
        db["supplier_orders"].update(
            supplier_order_id, {"status": target.value, "updated_at": shop.now_iso()}
        )
        shop.event(
            "supplier_order",
            supplier_order_id,
            "status",
            f"{row['number']} is now {target.value}",
            old=row["status"],
            new=target.value,
        )
    return target.value
