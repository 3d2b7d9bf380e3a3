"""Supplier orders after planning: read, edit drafts, send, cancel, close short, watch late ones.

A draft can be changed freely; every change that takes units away from customer lines says so
(`Released`), never silently. Once sent, an order is locked: only receipts, cancel or close short
change it. Cancelling or closing short releases the coverage (the order is no longer open), so
the customer lines it served are waiting again and the next plan re-plans them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from jitdesk.domain.calendar import arrival_date, parse_weekdays
from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _
from jitdesk.domain.money import check_quantity
from jitdesk.domain.packs import round_quantity
from jitdesk.domain.statuses import (
    Action,
    SupplierOrderStatus,
    check_supplier_transition,
    status_word,
    supplier_allows,
    supplier_order_late,
)
from jitdesk.services import plan_views
from jitdesk.services.plan_views import SupplierOrderFilter, SupplierOrderRow
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import supplier_orders as q
from jitdesk.store.catalog import supplier_name
from jitdesk.store.engine import Handle
from jitdesk.store.receiving import remove_draft_line
from jitdesk.store.settings import load_settings
from jitdesk.store.supplier_orders import Coverage, SupplierOrderHeader, SupplierOrderLine

_S = SupplierOrderStatus


@dataclass(frozen=True, slots=True)
class Released:
    """Units a customer line no longer has on order: it is waiting for them again."""

    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    quantity: int

    def describe(self) -> str:
        return _("{quantity} for {number} ({customer})").format(
            quantity=self.quantity, number=self.order_number, customer=self.customer_name
        )


@dataclass(slots=True)
class EditResult:
    changes: Changes
    released: list[Released] = field(default_factory=list)
    message: str = ""
    supplier_order_id: int | None = None  # where the line is now (move_line)


@dataclass(slots=True)
class SupplierOrderDetail:
    header: SupplierOrderHeader
    lines: list[SupplierOrderLine]  # each with the customers it serves
    value: int
    min_order_value: int
    today: date

    @property
    def number(self) -> str:
        return self.header.number

    @property
    def status(self) -> str:
        return self.header.status

    @property
    def below_minimum(self) -> bool:
        return self.value < self.min_order_value

    @property
    def locked(self) -> bool:
        return self.status != _S.DRAFT

    @property
    def late(self) -> bool:
        return supplier_order_late(self.status, self.header.expected_date, self.today.isoformat())


# --------------------------------------------------------------------------------------------
# Reading


def list_supplier_orders(
    shop: Shop,
    *,
    statuses: tuple[str, ...] = (),
    supplier_id: int | None = None,
    text: str = "",
    limit: int = 200,
    offset: int = 0,
) -> list[SupplierOrderRow]:
    """Newest first; each row says whether it is late or below the supplier minimum."""
    flt = SupplierOrderFilter(statuses, supplier_id, text)
    return plan_views.list_supplier_orders(shop, flt, limit=limit, offset=offset)


def supplier_order_detail(shop: Shop, so_id: int) -> SupplierOrderDetail:
    """The order, and per line what was received and which customers it serves."""
    db = shop.db
    header = _require(db, so_id)
    lines = q.lines(db, so_id)
    customers: dict[int, list[Coverage]] = defaultdict(list)
    for row in q.coverage_for_lines(db, [line.id for line in lines]):
        if row.quantity > 0:
            customers[row.supplier_line_id].append(row)
    lines = [replace(line, customers=tuple(customers[line.id])) for line in lines]
    value = sum(line.line_total for line in lines)
    return SupplierOrderDetail(header, lines, value, header.min_order_value, shop.today())


def find_supplier_order(shop: Shop, number: str) -> SupplierOrderHeader:
    row = q.header_by_number(shop.db, number)
    if row is None:
        raise NotFoundError(_("There is no supplier order {number}.").format(number=number.strip()))
    return row


# --------------------------------------------------------------------------------------------
# Editing drafts


def set_line_quantity(shop: Shop, line_id: int, quantity: int) -> EditResult:
    """Change a draft line's quantity. Going below what customers need releases their units
    (newest customer orders first) and says so."""
    check_quantity(quantity)
    with shop.transaction() as db:
        line, header = _require_draft_line(db, line_id)
        released = _reduce_coverage(db, line_id, line.covered - quantity)
        q.set_line_quantity(db, line_id, quantity)
        _touch(shop, header.id)
        message = f"{header.number}: {line.sku} changed from {line.quantity} to {quantity}."
        if released:
            message += " Back to waiting: " + ", ".join(r.describe() for r in released) + "."
        shop.event(
            "supplier_order",
            header.id,
            "line changed",
            message,
            line_id=line_id,
            quantity=[line.quantity, quantity],
            released=[r.describe() for r in released],
        )
        _events_for_released(shop, released, header.number)
    return _edit_result(header.id, released, message)


def remove_line(shop: Shop, line_id: int) -> EditResult:
    """Remove a draft line; the customers it served are waiting again (and told so)."""
    with shop.transaction() as db:
        line, header = _require_draft_line(db, line_id)
        released = _reduce_coverage(db, line_id, line.covered)
        remove_draft_line(db, line_id)
        _touch(shop, header.id)
        message = f"{header.number}: {line.quantity} x {line.sku} removed."
        if released:
            message += " Back to waiting: " + ", ".join(r.describe() for r in released) + "."
        shop.event(
            "supplier_order",
            header.id,
            "line removed",
            message,
            line_id=line_id,
            product_id=line.product_id,
            quantity=line.quantity,
            released=[r.describe() for r in released],
        )
        _events_for_released(shop, released, header.number)
    return _edit_result(header.id, released, message)


def move_line(shop: Shop, line_id: int, supplier_id: int) -> EditResult:
    """Move a draft line to another supplier's offer, into that supplier's draft (made if
    there is none). The customers it serves stay covered; the quantity is re-rounded to the
    new offer's minimum and pack size."""
    with shop.transaction() as db:
        line, header = _require_draft_line(db, line_id)
        if header.supplier_id == supplier_id:
            raise ValidationError(
                _("{sku} is already ordered from {supplier_name}.").format(
                    sku=line.sku, supplier_name=header.supplier_name
                ),
                "supplier",
            )
        offer = q.offer_with_terms(db, line.product_id, supplier_id)
        if offer is None:
            name = supplier_name(db, supplier_id)
            who = name if name is not None else "That supplier"
            raise DomainError(
                _("{who} has no active offer for {sku}; add one in the catalog first.").format(
                    who=who, sku=line.sku
                )
            )
        target = q.draft_for_supplier(db, supplier_id)
        if target is None:
            number = shop.next_number("P")
            target_id = q.insert_order(
                db, number=number, supplier_id=supplier_id, expected_date=None, now=shop.now_iso()
            )
            shop.event("supplier_order", target_id, "created", f"{number} created for a moved line")
        else:
            target_id, number = target.id, target.number
        needed = line.covered or line.quantity
        arrival = arrival_date(
            shop.today(), offer["effective_lead_time"], parse_weekdays(offer["delivery_weekdays"])
        )
        existing = next(
            (ln for ln in q.lines(db, target_id) if ln.product_id == line.product_id), None
        )
        if existing:
            new_line_id = existing.id
            total = round_quantity(existing.quantity + needed, offer["pack_size"], offer["min_qty"])
            q.update_line(
                db,
                new_line_id,
                {
                    "quantity": total,
                    "unit_cost": offer["unit_cost"],
                    "pack_size": offer["pack_size"],
                    "offer_id": offer["id"],
                    "expected_date": arrival.isoformat(),
                },
            )
        else:
            total = round_quantity(needed, offer["pack_size"], offer["min_qty"])
            new_line_id = q.insert_line(
                db,
                {
                    "supplier_order_id": target_id,
                    "line_no": q.next_line_no(db, target_id),
                    "product_id": line.product_id,
                    "offer_id": offer["id"],
                    "supplier_sku": offer["supplier_sku"],
                    "description": offer["product_name"],
                    "unit_cost": offer["unit_cost"],
                    "pack_size": offer["pack_size"],
                    "quantity": total,
                    "expected_date": arrival.isoformat(),
                },
            )
        q.move_coverage(db, line_id, new_line_id)
        q.delete_line(db, line_id)
        _touch(shop, header.id)
        _touch(shop, target_id)
        message = (
            f"{line.sku} moved from {header.number} ({header.supplier_name}) to"
            f" {number} ({offer['supplier_name']}): {needed} needed, line is now {total}."
        )
        for so_id in (header.id, target_id):
            shop.event(
                "supplier_order",
                so_id,
                "line moved",
                message,
                product_id=line.product_id,
                from_line=line_id,
                to_line=new_line_id,
            )
    result = _edit_result(target_id, [], message)
    result.changes.supplier_orders.add(header.id)
    return result


def set_notes(shop: Shop, so_id: int, notes: str) -> Changes:
    with shop.transaction() as db:
        header = _require(db, so_id)
        _check_editable(header)
        q.set_notes(db, so_id, notes, shop.now_iso())
        shop.event(
            "supplier_order",
            so_id,
            "notes",
            f"{header.number}: notes changed",
            notes=[header.notes, notes],
        )
    return Changes(supplier_orders={so_id})


# --------------------------------------------------------------------------------------------
# Status changes


def mark_sent(shop: Shop, so_id: int, *, allow_below_minimum: bool = False) -> Changes:
    """The draft went to the supplier: it is locked from now on."""
    with shop.transaction() as db:
        header = _require(db, so_id)
        check_supplier_transition(header.number, header.status, _S.SENT)
        if not supplier_allows(header.status, Action.SEND):
            raise DomainError(
                _("Supplier order {number} was already sent.").format(number=header.number)
            )
        lines = q.lines(db, so_id)
        if not lines:
            raise DomainError(
                _("Supplier order {number} has no lines; add some or cancel it.").format(
                    number=header.number
                )
            )
        value = sum(line.quantity * line.unit_cost for line in lines)
        if value < header.min_order_value and not allow_below_minimum:
            currency = load_settings(db).currency
            raise DomainError(
                _(
                    "{number} is worth {value}, below {supplier_name}'s minimum order of {min_order_value}; hold it or send anyway."
                ).format(
                    number=header.number,
                    value=user_formats().money(value, currency),
                    supplier_name=header.supplier_name,
                    min_order_value=user_formats().money(header.min_order_value, currency),
                )
            )
        expected = _expected_date(shop, header, lines)
        now = shop.now_iso()
        q.mark_sent(db, so_id, now, expected.isoformat() if expected else None)
        shop.event(
            "supplier_order",
            so_id,
            "sent",
            f"{header.number} sent to {header.supplier_name}",
            value=value,
            below_minimum=value < header.min_order_value,
            expected_date=expected.isoformat() if expected else None,
        )
    return Changes(supplier_orders={so_id})


def cancel_supplier_order(shop: Shop, so_id: int, reason: str = "") -> EditResult:
    """Cancel a draft or sent order; the customers it served are waiting again."""
    with shop.transaction() as db:
        header = _require(db, so_id)
        if header.status == _S.PARTIALLY_RECEIVED:
            raise DomainError(
                _(
                    "Supplier order {number} is partially received; close it short instead of cancelling it."
                ).format(number=header.number)
            )
        check_supplier_transition(header.number, header.status, _S.CANCELLED)
        released = _outstanding(db, so_id)
        _finish(shop, header, _S.CANCELLED, "cancelled", reason, released)
    return _edit_result(so_id, released, _finish_message(header, "cancelled", released))


def close_short(shop: Shop, so_id: int, reason: str = "") -> EditResult:
    """Accept that the rest of a sent order will never come; its customers wait again and
    the next plan orders for them elsewhere."""
    with shop.transaction() as db:
        header = _require(db, so_id)
        if not supplier_allows(header.status, Action.CLOSE_SHORT):
            raise DomainError(
                _(
                    "Supplier order {number} is {status}; only a sent or partially received order can be closed short."
                ).format(number=header.number, status=status_word(header.status))
            )
        check_supplier_transition(header.number, header.status, _S.CLOSED_SHORT)
        released = _outstanding(db, so_id)
        _finish(shop, header, _S.CLOSED_SHORT, "closed short", reason, released)
    return _edit_result(so_id, released, _finish_message(header, "closed short", released))


# --------------------------------------------------------------------------------------------
# Helpers


def _require(db: Handle, so_id: int) -> SupplierOrderHeader:
    header = q.header(db, so_id)
    if header is None:
        raise NotFoundError(_("The supplier order does not exist (any more)."))
    return header


def _check_editable(header: SupplierOrderHeader) -> None:
    if supplier_allows(header.status, Action.EDIT_LINES):
        return
    if header.status in (_S.SENT, _S.PARTIALLY_RECEIVED):
        raise DomainError(
            _(
                "Supplier order {number} was sent and is locked; cancel it or close it short instead."
            ).format(number=header.number)
        )
    raise DomainError(
        _("Supplier order {number} is {status} and can no longer be changed.").format(
            number=header.number, status=status_word(header.status)
        )
    )


def _require_draft_line(db: Handle, line_id: int) -> tuple[SupplierOrderLine, SupplierOrderHeader]:
    line = q.line(db, line_id)
    if line is None:
        raise NotFoundError(_("The supplier order line does not exist (any more)."))
    header = _require(db, line.supplier_order_id)
    _check_editable(header)
    return line, header


def _reduce_coverage(db: Handle, line_id: int, units: int) -> list[Released]:
    """Take `units` of coverage off a draft line, newest customer orders first."""
    released: list[Released] = []
    if units <= 0:
        return released
    for cov in reversed(q.coverage_for_lines(db, [line_id])):
        if units <= 0:
            break
        take = min(units, cov.quantity)
        if take <= 0:
            continue
        units -= take
        q.set_coverage_quantity(db, cov.id, cov.quantity - take)
        released.append(
            Released(
                cov.customer_line_id,
                cov.order_id,
                cov.order_number,
                cov.customer_name,
                take,
            )
        )
    return released


def _outstanding(db: Handle, so_id: int) -> list[Released]:
    return [
        Released(
            row.customer_line_id,
            row.order_id,
            row.order_number,
            row.customer_name,
            row.outstanding,
        )
        for row in q.outstanding_customers(db, so_id)
        if row.order_status in ("open", "ready")
    ]


def _finish(
    shop: Shop,
    header: SupplierOrderHeader,
    status: SupplierOrderStatus,
    verb: str,
    reason: str,
    released: list[Released],
) -> None:
    now = shop.now_iso()
    q.close(shop.db, header.id, status.value, now)
    shop.event(
        "supplier_order",
        header.id,
        verb,
        _finish_message(header, verb, released),
        old=header.status,
        new=status.value,
        reason=reason,
        released=[r.describe() for r in released],
    )
    _events_for_released(shop, released, header.number)
    refresh_customer_orders(shop, {r.order_id for r in released})


def _finish_message(header: SupplierOrderHeader, verb: str, released: list[Released]) -> str:
    text = f"{header.number} ({header.supplier_name}) {verb}."
    if released:
        text += " Back to waiting: " + ", ".join(r.describe() for r in released) + "."
    return text


def _events_for_released(shop: Shop, released: list[Released], so_number: str) -> None:
    by_order: dict[int, list[str]] = defaultdict(list)
    units: dict[int, int] = defaultdict(int)
    for r in released:
        by_order[r.order_id].append(f"{r.quantity} unit(s) of line #{r.customer_line_id}")
        units[r.order_id] += r.quantity
    for order_id, parts in by_order.items():
        shop.event(
            "customer_order",
            order_id,
            "waiting again",
            f"No longer on {so_number}: " + ", ".join(parts),
            supplier_order=so_number,
            units=units[order_id],
        )


def _touch(shop: Shop, so_id: int) -> None:
    """After a draft changed: its expected date follows its lines."""
    header = _require(shop.db, so_id)
    expected = _expected_date(shop, header, q.lines(shop.db, so_id))
    q.set_expected_date(shop.db, so_id, expected.isoformat() if expected else None, shop.now_iso())


def _expected_date(
    shop: Shop, header: SupplierOrderHeader, lines: list[SupplierOrderLine]
) -> date | None:
    """If sent today: the latest arrival of its lines."""
    days = parse_weekdays(header.delivery_weekdays)
    arrivals = [arrival_date(shop.today(), line.lead_time_days, days) for line in lines]
    return max(arrivals) if arrivals else None


def _edit_result(so_id: int, released: list[Released], message: str) -> EditResult:
    return EditResult(
        Changes(supplier_orders={so_id}, customer_orders={r.order_id for r in released}),
        released,
        message,
        so_id,
    )
