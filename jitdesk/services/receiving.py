"""Receiving deliveries against sent supplier orders, and undoing the last one.

The split of every delivered unit (coverage first, then waiting customers, then surplus) is
domain.allocation.allocate_receipt; this module reads its inputs, writes its output and lets
the statuses follow.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jitdesk.domain.allocation import AllocationResult, ReceivedLine, allocate_receipt
from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.i18n import _
from jitdesk.domain.money import check_amount, check_quantity
from jitdesk.domain.statuses import Action, SupplierOrderStatus, status_word, supplier_allows
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders, refresh_supplier_order
from jitdesk.store import receiving as q
from jitdesk.store.engine import Handle
from jitdesk.store.surplus import surplus_for_products

_S = SupplierOrderStatus


@dataclass(frozen=True, slots=True)
class ReadyOrder:
    """An order that just became ready: offer a pickup notice."""

    order_id: int
    number: str
    customer_name: str


@dataclass(frozen=True, slots=True)
class UnitsTo:
    order_id: int
    order_number: str
    customer_name: str
    customer_line_id: int
    quantity: int
    via_coverage: bool


@dataclass(frozen=True, slots=True)
class ReceivedLineOutcome:
    """Where every unit of one delivered supplier line went."""

    supplier_line_id: int
    line_no: int
    sku: str
    name: str
    received: int
    to_orders: tuple[UnitsTo, ...]
    to_surplus: int
    over_delivered: int


@dataclass(slots=True)
class ReceiptResult:
    receipt_id: int
    supplier_order_id: int
    supplier_order_number: str
    status: str
    lines: list[ReceivedLineOutcome]
    newly_ready: list[ReadyOrder]
    warnings: list[str]
    changes: Changes = field(default_factory=Changes)

    @property
    def units_received(self) -> int:
        return sum(line.received for line in self.lines)

    @property
    def units_to_surplus(self) -> int:
        return sum(line.to_surplus for line in self.lines)


def record_receipt(
    shop: Shop,
    supplier_order_id: int,
    quantities: Mapping[int, int],
    received_on: date | None = None,
    unit_costs: Mapping[int, int] | None = None,
    note: str = "",
) -> ReceiptResult:
    """Record a delivery: {supplier line id: units received}; zero lines are skipped.

    Only sent or partially received orders can receive. `unit_costs` holds the actual cost per
    unit of a line when it differs from the order (kept on the receipt line for reports).
    """
    costs = dict(unit_costs or {})
    _check_input(quantities, costs)
    day = (received_on or shop.today()).isoformat()
    with shop.transaction() as db:
        so = _require_supplier_order(db, supplier_order_id)
        if not supplier_allows(so["status"], Action.RECEIVE):
            raise DomainError(
                _(
                    "Supplier order {number} is {status}; only sent or partially received orders can receive goods."
                ).format(number=so["number"], status=status_word(so["status"]))
            )
        so_lines = {row["id"]: row for row in q.supplier_lines(db, supplier_order_id)}
        unknown = [lid for lid in quantities if lid not in so_lines]
        if unknown:
            raise ValidationError(
                _("A delivered line is not on supplier order {number}; reopen the order.").format(
                    number=so["number"]
                ),
                "quantities",
            )
        delivered = [
            ReceivedLine(
                lid,
                row["product_id"],
                row["quantity"],
                row["received"],
                quantities[lid],
                f"Line {row['line_no']} ({row['sku']})",
            )
            for lid, row in so_lines.items()
            if quantities.get(lid, 0) > 0
        ]
        if not delivered:
            raise ValidationError(
                _("Enter the quantity received on at least one line."), "quantities"
            )
        split = allocate_receipt(
            delivered,
            q.coverage_claims(db, supplier_order_id),
            q.customer_needs(db, {r.product_id for r in delivered}),
        )
        now = shop.now_iso()
        receipt_id = q.insert_receipt(db, supplier_order_id, day, now, note.strip())
        q.insert_receipt_lines(
            db,
            (
                (
                    receipt_id,
                    r.supplier_line_id,
                    r.product_id,
                    r.quantity,
                    costs.get(r.supplier_line_id),
                )
                for r in delivered
            ),
        )
        q.insert_allocations(
            db,
            (
                (a.customer_line_id, line.product_id, a.quantity, receipt_id, a.coverage_id, now)
                for line in split.lines
                for a in line.allocations
            ),
        )
        owners = q.line_orders(db, (a.customer_line_id for a in split.allocations))
        outcomes = _outcomes(split, so_lines, owners)
        status = refresh_supplier_order(shop, supplier_order_id)
        touched = {o["order_id"] for o in owners.values()}
        _order_events(shop, so["number"], outcomes)
        ready_ids = refresh_customer_orders(shop, touched)
        ready = [
            ReadyOrder(o["id"], o["number"], o["customer_name"])
            for o in q.orders_brief(db, ready_ids)
        ]
        shop.event(
            "supplier_order",
            supplier_order_id,
            "received",
            f"Delivery for {so['number']}: {sum(r.quantity for r in delivered)} unit(s)"
            f", {split.surplus} to surplus",
            receipt_id=receipt_id,
            received_on=day,
            lines={r.supplier_line_id: r.quantity for r in delivered},
            surplus=split.surplus,
            warnings=list(split.warnings),
        )
    changes = Changes(
        customer_orders=touched,
        supplier_orders={supplier_order_id},
        products={r.product_id for r in delivered},
        newly_ready=list(ready_ids),
        warnings=list(split.warnings),
    )
    return ReceiptResult(
        receipt_id,
        supplier_order_id,
        so["number"],
        status,
        outcomes,
        ready,
        list(split.warnings),
        changes,
    )


def _check_input(quantities: Mapping[int, int], costs: Mapping[int, int]) -> None:
    for qty in quantities.values():
        check_quantity(qty, field="quantity received", allow_zero=True)
    for cost in costs.values():
        check_amount(cost, "unit_costs", "actual unit cost")


def _require_supplier_order(db: Handle, supplier_order_id: int) -> dict:
    so = q.supplier_order_header(db, supplier_order_id)
    if so is None:
        raise NotFoundError(_("The supplier order does not exist (any more)."))
    return so


def _outcomes(
    split: AllocationResult, so_lines: dict[int, dict[str, Any]], owners: dict[int, dict[str, Any]]
) -> list[ReceivedLineOutcome]:
    result = []
    for line in split.lines:
        row = so_lines[line.supplier_line_id]
        to_orders = tuple(
            UnitsTo(
                owners[a.customer_line_id]["order_id"],
                owners[a.customer_line_id]["number"],
                owners[a.customer_line_id]["customer_name"],
                a.customer_line_id,
                a.quantity,
                a.coverage_id is not None,
            )
            for a in line.allocations
        )
        result.append(
            ReceivedLineOutcome(
                line.supplier_line_id,
                row["line_no"],
                row["sku"],
                row["name"],
                line.received,
                to_orders,
                line.surplus,
                line.over_delivered,
            )
        )
    return result


def _order_events(shop: Shop, so_number: str, outcomes: list[ReceivedLineOutcome]) -> None:
    """One audit event per customer order that received units (written in one batch)."""
    per_order: dict[int, list[UnitsTo]] = {}
    for outcome in outcomes:
        for to in outcome.to_orders:
            per_order.setdefault(to.order_id, []).append(to)
    now = shop.now_iso()
    q.insert_events(
        shop.db,
        (
            (
                now,
                shop.actor,
                "customer_order",
                order_id,
                "allocated",
                f"{sum(i.quantity for i in items)} unit(s) arrived for {items[0].order_number}"
                f" with {so_number}",
                json.dumps(
                    {
                        "lines": {str(i.customer_line_id): i.quantity for i in items},
                        "supplier_order": so_number,
                    }
                ),
            )
            for order_id, items in per_order.items()
        ),
        shop.person_id,
    )


@dataclass(slots=True)
class UndoResult:
    receipt_id: int
    supplier_order_number: str
    status: str
    reopened: list[int]
    changes: Changes


def undo_last_receipt(shop: Shop, supplier_order_id: int) -> UndoResult:
    """Remove the last delivery entered for a supplier order, as if it had never been entered.

    Refused when units of it were already handed over or its surplus was already used or
    written off: undoing then would leave negative stock.
    """
    with shop.transaction() as db:
        so = _require_supplier_order(db, supplier_order_id)
        if not supplier_allows(so["status"], Action.UNDO_RECEIPT):
            raise DomainError(
                _(
                    "Supplier order {number} is {status}; its deliveries can no longer be undone."
                ).format(number=so["number"], status=status_word(so["status"]))
            )
        receipt = q.last_receipt(db, supplier_order_id)
        if receipt is None:
            raise DomainError(
                _("Nothing has been received for {number} yet.").format(number=so["number"])
            )
        rid = receipt["id"]
        by_line = q.receipt_allocations_by_line(db, rid)
        _check_not_handed(db, so["number"], by_line)
        _check_surplus_kept(db, so["number"], rid, by_line)
        owners = q.line_orders(db, by_line)
        q.delete_receipt(db, rid)
        status = refresh_supplier_order(shop, supplier_order_id)
        touched = {o["order_id"] for o in owners.values()}
        before = {o["id"]: o["status"] for o in q.orders_brief(db, touched)}
        refresh_customer_orders(shop, touched)
        after = {o["id"]: o["status"] for o in q.orders_brief(db, touched)}
        reopened = sorted(i for i in touched if before[i] == "ready" and after[i] == "open")
        shop.event(
            "supplier_order",
            supplier_order_id,
            "receipt undone",
            f"Delivery of {receipt['received_on']} for {so['number']} undone",
            receipt_id=rid,
            received_on=receipt["received_on"],
            orders_reopened=reopened,
        )
    return UndoResult(
        rid,
        so["number"],
        status,
        reopened,
        Changes(customer_orders=touched, supplier_orders={supplier_order_id}),
    )


def _check_not_handed(db: Handle, number: str, by_line: dict[int, tuple[int, int]]) -> None:
    totals = q.allocated_and_handed(db, by_line)
    for line_id, (_total, from_receipt) in by_line.items():
        allocated, handed = totals[line_id]
        if allocated - from_receipt < handed:
            order = q.line_orders(db, [line_id])[line_id]
            raise DomainError(
                _(
                    "Units of this delivery for {number} were already handed over with order {number2}, so it can no longer be undone."
                ).format(number=number, number2=order["number"])
            )


def _check_surplus_kept(db: Handle, number: str, receipt_id: int, by_line: dict) -> None:
    received = q.receipt_units_by_product(db, receipt_id)
    allocated: dict[int, int] = {}
    for product_id, qty in by_line.values():
        allocated[product_id] = allocated.get(product_id, 0) + qty
    surplus = surplus_for_products(db, received)
    for product_id, units in received.items():
        left_as_surplus = units - allocated.get(product_id, 0)
        if surplus.get(product_id, 0) < left_as_surplus:
            raise DomainError(
                _(
                    "Surplus from this delivery for {number} was already used for another order or written off, so it can no longer be undone."
                ).format(number=number)
            )
