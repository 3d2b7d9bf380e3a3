"""Handing goods over at the counter: what is ready, what is owed, and recording it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.money import check_amount
from jitdesk.domain.statuses import Action, CustomerOrderStatus, customer_allows, status_word
from jitdesk.domain.tax import amount_due, line_tax_rate, order_gross
from jitdesk.services.orders import find_order, order_detail
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import handover as q
from jitdesk.store import orders as orders_q
from jitdesk.store import shelves as shelves_q
from jitdesk.store.settings import load_settings

_C = CustomerOrderStatus


@dataclass(frozen=True, slots=True)
class HandoverItem:
    line_id: int
    line_no: int
    sku: str
    description: str
    quantity: int
    handed: int
    available: int  # in the shop for this line now
    missing: int  # still to come
    unit_price: int
    tax_rate_bp: int = 0  # the rate the line is sold at

    @property
    def value_available(self) -> int:
        return self.available * self.unit_price


@dataclass(slots=True)
class HandoverPreview:
    order_id: int
    number: str
    customer_name: str
    status: str
    items: list[HandoverItem]
    total: int  # with tax, included or added
    paid: int
    prices_include_tax: bool = True

    def value_of(self, items: Iterable[HandoverItem]) -> int:
        """What the units in the shop of `items` cost the customer, with tax as on the order."""
        return order_gross(
            ((item.value_available, item.tax_rate_bp) for item in items),
            prices_include_tax=self.prices_include_tax,
        )

    @property
    def balance_due(self) -> int:
        return amount_due(self.total, self.paid)

    @property
    def complete(self) -> bool:
        """Everything not yet handed over is in the shop."""
        return all(item.missing == 0 for item in self.items)

    @property
    def units_available(self) -> int:
        return sum(item.available for item in self.items)


def handover_preview(shop: Shop, order: int | str) -> HandoverPreview:
    """The counter view of an order, by id or by number (as scanned from a pickup notice)."""
    order_id = find_order(shop, order).id if isinstance(order, str) else order
    detail = order_detail(shop, order_id)
    settings = load_settings(shop.db)
    items = [
        HandoverItem(
            line.id,
            line.line_no,
            line.sku,
            line.description,
            line.quantity,
            line.handed,
            max(0, min(line.allocated, line.quantity - line.handed)),
            max(0, line.quantity - line.handed - line.allocated),
            line.unit_price,
            line_tax_rate(line.tax_rate_bp, line.product_tax_rate_bp, settings.tax_rate_bp),
        )
        for line in detail.lines
        if line.quantity > 0
    ]
    header = detail.header
    return HandoverPreview(
        order_id,
        header.number,
        header.customer_name,
        header.status,
        items,
        detail.total,
        detail.paid,
        settings.prices_include_tax,
    )


@dataclass(slots=True)
class HandoverResult:
    handover_id: int
    order_id: int
    number: str
    status: str
    handed: dict[int, int]  # customer line id -> units handed now
    paid_now: int
    balance_after: int
    changes: Changes = field(default_factory=Changes)


def hand_over(
    shop: Shop,
    order_id: int,
    payment: int = 0,
    method: str = "cash",
    lines: Mapping[int, int] | Iterable[int] | None = None,
    note: str = "",
) -> HandoverResult:
    """Give the customer what is in, taking `payment` towards the balance.

    Without `lines` the whole order is handed over and it must be ready. With `lines` (line
    ids, or {line id: units}) only those are handed over, also from an order that is still
    open: the order stays open or ready with the rest.
    """
    check_amount(payment, "payment")
    with shop.transaction() as db:
        preview = handover_preview(shop, order_id)
        _check_order(preview, whole=lines is None)
        wanted = _units_to_hand(preview, lines)
        currency = load_settings(db).currency
        if payment > max(0, preview.balance_due):
            raise ValidationError(
                _("The payment is more than the balance due of {max}.").format(
                    max=user_formats().money(max(0, preview.balance_due), currency)
                ),
                "payment",
            )
        now = shop.now_iso()
        handover_id = q.insert_handover(db, order_id, now, note)
        q.insert_handover_lines(db, handover_id, wanted)
        if payment:
            orders_q.insert_payment(
                db,
                {
                    "order_id": order_id,
                    "amount": payment,
                    "kind": "balance",
                    "method": method,
                    "paid_at": now,
                    "note": f"at handover {handover_id}",
                },
            )
        shop.event(
            "customer_order",
            order_id,
            "handed over",
            f"{sum(wanted.values())} unit(s) of {preview.number} handed over",
            handover_id=handover_id,
            lines=wanted,
            payment=payment,
            method=method,
        )
        refresh_customer_orders(shop, [order_id])
        status = orders_q.order_status(db, order_id)
        if status == _C.COMPLETED.value:
            shelves_q.remove_place(db, order_id)  # the shelf is free for the next order
    balance_after = preview.balance_due - payment
    warnings = []
    if status == _C.COMPLETED.value and balance_after > 0:
        warnings.append(
            _("{number} was handed over with {amount} still owed.").format(
                number=preview.number, amount=user_formats().money(balance_after, currency)
            )
        )
    return HandoverResult(
        handover_id,
        order_id,
        preview.number,
        status,
        wanted,
        payment,
        balance_after,
        Changes(customer_orders={order_id}, warnings=warnings),
    )


def _check_order(preview: HandoverPreview, *, whole: bool) -> None:
    if not customer_allows(preview.status, Action.HAND_OVER):
        raise DomainError(
            _("Order {number} is {status}; it cannot be handed over.").format(
                number=preview.number, status=status_word(preview.status)
            )
        )
    if preview.units_available == 0:
        raise DomainError(
            _(
                "Nothing of order {number} is in the shop yet, so there is nothing to hand over."
            ).format(number=preview.number)
        )
    if whole and not preview.complete:
        missing = sum(1 for item in preview.items if item.missing)
        raise DomainError(
            ngettext(
                "Order {number} is not ready: {missing} line is still missing; hand over only "
                "the lines that are in, or wait for the rest.",
                "Order {number} is not ready: {missing} lines are still missing; hand over only "
                "the lines that are in, or wait for the rest.",
                missing,
            ).format(number=preview.number, missing=missing)
        )


def _units_to_hand(
    preview: HandoverPreview, lines: Mapping[int, int] | Iterable[int] | None
) -> dict[int, int]:
    by_id = {item.line_id: item for item in preview.items}
    if lines is None:
        wanted = {i.line_id: i.available for i in preview.items}
    elif isinstance(lines, Mapping):
        wanted = dict(lines)
    else:
        wanted = {lid: by_id[lid].available if lid in by_id else 0 for lid in lines}
    for lid, qty in wanted.items():
        item = by_id.get(lid)
        if item is None:
            raise ValidationError(
                _("A chosen line is not part of order {number}.").format(number=preview.number),
                "lines",
            )
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
            raise ValidationError(_("Units to hand over are whole numbers, zero or more."), "lines")
        if qty > item.available:
            raise ValidationError(
                ngettext(
                    "Line {line_no} ({sku}) has only {available} unit in the shop.",
                    "Line {line_no} ({sku}) has only {available} units in the shop.",
                    item.available,
                ).format(line_no=item.line_no, sku=item.sku, available=item.available),
                "lines",
            )
    wanted = {lid: qty for lid, qty in wanted.items() if qty > 0}
    if not wanted:
        raise DomainError(
            _("None of the chosen lines of order {number} are in the shop yet.").format(
                number=preview.number
            )
        )
    return wanted
