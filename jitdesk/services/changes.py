"""Reducing a customer line or cancelling a whole order after goods were ordered.

Every change is previewed first (`preview_*` returns an `Impact`: readable sentences plus the
numbers), then applied (`apply_*`), which recomputes the impact inside its transaction and
refuses if it no longer matches the one the user saw.

What a reduction releases, in this order (domain.allocation.plan_release): units still
waiting (nothing was ordered for them), coverage on draft supplier orders (the draft line
shrinks to the rounded need, or goes), coverage on sent orders (those units will arrive as
surplus unless another customer needs them), and finally units already in the shop, which
become surplus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from jitdesk.domain.allocation import Release, plan_release, shrink_draft_line
from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.statuses import (
    Action,
    CustomerOrderStatus,
    check_customer_transition,
    customer_allows,
    status_word,
)
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import orders as oq
from jitdesk.store import receiving as q
from jitdesk.store import supplier_orders as so_q
from jitdesk.store.engine import Handle
from jitdesk.store.orders import OrderHeader, OrderLine
from jitdesk.store.quantities import line_quantities
from jitdesk.store.settings import load_settings

_C = CustomerOrderStatus


@dataclass(frozen=True, slots=True)
class LineImpact:
    line_id: int
    line_no: int
    product_id: int
    sku: str
    old_quantity: int
    new_quantity: int
    from_waiting: int
    from_drafts: int
    from_sent: int
    to_surplus: int


@dataclass(frozen=True, slots=True)
class DraftChange:
    supplier_order_id: int
    supplier_order_number: str
    supplier_line_id: int
    sku: str
    coverage_released: int
    line_before: int
    line_after: int
    removed: bool


@dataclass(frozen=True, slots=True)
class SentRelease:
    supplier_order_id: int
    supplier_order_number: str
    coverage_id: int
    sku: str
    quantity: int


@dataclass(slots=True)
class Impact:
    """What a reduction or cancellation will do, for the confirmation dialog."""

    action: str  # "reduce" or "cancel"
    order_id: int
    order_number: str
    lines: list[LineImpact]
    draft_changes: list[DraftChange]
    sent_releases: list[SentRelease]
    paid: int
    new_total: int
    sentences: list[str]
    _plan: list[tuple[int, int, Release]] = field(default_factory=list, repr=False)
    emptied_drafts: list[tuple[int, str]] = field(default_factory=list)  # (id, number)

    @property
    def to_surplus(self) -> int:
        return sum(line.to_surplus for line in self.lines)

    @property
    def deposit_held(self) -> int:
        """Money paid that stays on the order (a refund is a separate, explicit payment)."""
        return max(0, self.paid)

    def key(self) -> tuple:
        """The numbers the user agreed to; apply refuses if they changed meanwhile."""
        return (
            self.action,
            tuple(self.lines),
            tuple(self.draft_changes),
            tuple(self.sent_releases),
            tuple(self.emptied_drafts),
        )

    @property
    def text(self) -> str:
        return "\n".join(self.sentences)


# --- public use cases ----------------------------------------------------------------------


def preview_reduce(shop: Shop, line_id: int, new_quantity: int) -> Impact:
    order, line = _order_of_line(shop.db, line_id)
    return _impact(shop, order, {line_id: _checked_quantity(line, new_quantity)}, "reduce")


def apply_reduce(
    shop: Shop, line_id: int, new_quantity: int, expected: Impact | None = None
) -> Changes:
    with shop.transaction():
        order, line = _order_of_line(shop.db, line_id)
        impact = _impact(shop, order, {line_id: _checked_quantity(line, new_quantity)}, "reduce")
        _same_as_preview(impact, expected)
        changes = _apply(shop, impact)
        shop.event(
            "customer_order",
            order.id,
            "reduced",
            f"Line {line.line_no} of {order.number}: {line.quantity} -> {new_quantity}",
            line_id=line_id,
            line_no=line.line_no,
            old=line.quantity,
            new=new_quantity,
            impact=impact.sentences,
        )
        changes.newly_ready = refresh_customer_orders(shop, [order.id])
    return changes


def preview_cancel_line(shop: Shop, line_id: int) -> Impact:
    """Cancelling one line: reducing it to what was already handed over (usually 0)."""
    return preview_reduce(shop, line_id, _handed(shop.db, line_id))


def apply_cancel_line(shop: Shop, line_id: int, expected: Impact | None = None) -> Changes:
    return apply_reduce(shop, line_id, _handed(shop.db, line_id), expected)


def _handed(db: Handle, line_id: int) -> int:
    rows = line_quantities(db, line_ids=[line_id])
    if not rows:
        raise NotFoundError(_("The order line does not exist (any more)."))
    return rows[0].handed


def preview_cancel_order(shop: Shop, order_id: int) -> Impact:
    order = _active_order(shop.db, order_id)
    return _impact(shop, order, _cancel_targets(shop.db, order_id), "cancel")


def apply_cancel_order(shop: Shop, order_id: int, expected: Impact | None = None) -> Changes:
    with shop.transaction() as db:
        order = _active_order(db, order_id)
        impact = _impact(shop, order, _cancel_targets(db, order_id), "cancel")
        _same_as_preview(impact, expected)
        check_customer_transition(order.number, order.status, _C.CANCELLED)
        changes = _apply(shop, impact)
        now = shop.now_iso()
        oq.update_order(
            db, order_id, {"status": _C.CANCELLED.value, "cancelled_at": now, "updated_at": now}
        )
        shop.event(
            "customer_order",
            order_id,
            "cancelled",
            f"Order {order.number} cancelled",
            old=order.status,
            impact=impact.sentences,
            paid=impact.paid,
        )
    return changes


# --- reading and checking ------------------------------------------------------------------


def _active_order(db: Handle, order_id: int) -> OrderHeader:
    """The order to reduce or cancel; refused in a status that allows neither."""
    order = oq.order_header(db, order_id)
    if order is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    status = order.status
    if not (customer_allows(status, Action.REDUCE) and customer_allows(status, Action.CANCEL)):
        raise DomainError(
            _("Order {number} is {status}; it cannot be changed.").format(
                number=order.number, status=status_word(order.status)
            )
        )
    return order


def _order_of_line(db: Handle, line_id: int) -> tuple[OrderHeader, OrderLine]:
    row = oq.order_line(db, line_id)
    if row is None:
        raise NotFoundError(_("The order line does not exist (any more)."))
    return _active_order(db, row.order_id), row


def _checked_quantity(line: OrderLine, new_quantity: int) -> int:
    if isinstance(new_quantity, bool) or not isinstance(new_quantity, int) or new_quantity < 0:
        raise ValidationError(
            _("The new quantity must be a whole number, zero or more."), "quantity"
        )
    if new_quantity >= line.quantity:
        raise ValidationError(
            ngettext(
                "Line {line_no} has {quantity} unit; a reduction must go below that (use Edit to "
                "add units).",
                "Line {line_no} has {quantity} units; a reduction must go below that (use Edit "
                "to add units).",
                line.quantity,
            ).format(line_no=line.line_no, quantity=line.quantity),
            "quantity",
        )
    return new_quantity


def _cancel_targets(db: Handle, order_id: int) -> dict[int, int]:
    """Every line down to what was already handed over."""
    return {lq.line_id: lq.handed for lq in line_quantities(db, order_ids=[order_id])}


def _same_as_preview(impact: Impact, expected: Impact | None) -> None:
    if expected is not None and expected.key() != impact.key():
        raise DomainError(
            _("Order {order_number} changed since the preview; look at the impact again.").format(
                order_number=impact.order_number
            )
        )


# --- the impact ----------------------------------------------------------------------------


def _impact(shop: Shop, order: OrderHeader, targets: dict[int, int], action: str) -> Impact:
    db = shop.db
    currency = load_settings(db).currency
    lines = {row.id: row for row in oq.order_lines(db, order.id)}
    quantities = {lq.line_id: lq for lq in line_quantities(db, line_ids=list(targets))}
    line_impacts, plan, sent = [], [], []
    draft_info: dict[int, dict] = {}
    draft_released: dict[int, int] = {}
    for line_id, new_qty in targets.items():
        lq, row = quantities[line_id], lines[line_id]
        if new_qty < lq.handed:
            raise ValidationError(
                ngettext(
                    "Line {line_no} already has {handed} unit handed over; it cannot go below that.",
                    "Line {line_no} already has {handed} units handed over; it cannot go below "
                    "that.",
                    lq.handed,
                ).format(line_no=row.line_no, handed=lq.handed),
                "quantity",
            )
        holds = q.coverage_holds(db, line_id)
        info = {hold.coverage_id: data for hold, data in holds}
        release = plan_release(
            lq.quantity - new_qty,
            lq.waiting,
            [hold for hold, _why in holds],
            q.allocation_holds(db, line_id),
            lq.allocated,
        )
        plan.append((line_id, new_qty, release))
        for hold, qty in release.coverage:
            data = info[hold.coverage_id]
            if hold.draft:
                draft_info[hold.supplier_line_id] = data
                draft_released[hold.supplier_line_id] = (
                    draft_released.get(hold.supplier_line_id, 0) + qty
                )
            else:
                sent.append(
                    SentRelease(
                        data["supplier_order_id"], data["number"], hold.coverage_id, row.sku, qty
                    )
                )
        line_impacts.append(
            LineImpact(
                line_id,
                row.line_no,
                row.product_id,
                row.sku,
                lq.quantity,
                new_qty,
                release.from_waiting,
                release.from_drafts,
                release.from_sent,
                release.to_surplus,
            )
        )
    drafts = _draft_changes(db, draft_info, draft_released)
    new_total = sum(targets.get(lid, row.quantity) * row.unit_price for lid, row in lines.items())
    paid = oq.order_paid(db, order.id)
    impact = Impact(
        action,
        order.id,
        order.number,
        line_impacts,
        drafts,
        sent,
        paid,
        new_total,
        [],
        plan,
    )
    impact.emptied_drafts = _emptied_drafts(db, drafts)
    impact.sentences = _sentences(impact, currency)
    return impact


def _emptied_drafts(db: Handle, drafts: list[DraftChange]) -> list[tuple[int, str]]:
    """Drafts that lose every line: they are cancelled too, rather than left behind as empty
    orders that could never be sent."""
    removed = Counter(d.supplier_order_id for d in drafts if d.removed)
    numbers = {d.supplier_order_id: d.supplier_order_number for d in drafts}
    counts = q.line_counts(db, list(removed))
    return [(so_id, numbers[so_id]) for so_id, n in removed.items() if counts.get(so_id) == n]


def _draft_changes(
    db: Handle, info: dict[int, dict], released: dict[int, int]
) -> list[DraftChange]:
    changes = []
    for supplier_line_id, qty in sorted(released.items()):
        data = info[supplier_line_id]
        covered_after = q.coverage_total_on_line(db, supplier_line_id) - qty
        shrink = shrink_draft_line(
            supplier_line_id,
            data["line_quantity"],
            covered_after,
            data["pack_size"],
            data["min_qty"],
        )
        after = data["line_quantity"] if shrink is None else shrink.new_quantity
        changes.append(
            DraftChange(
                data["supplier_order_id"],
                data["number"],
                supplier_line_id,
                data["sku"],
                qty,
                data["line_quantity"],
                after,
                bool(shrink and shrink.removed),
            )
        )
    return changes


def _sentences(impact: Impact, currency: str) -> list[str]:
    out = []
    if impact.action == "cancel":
        out.append(_("Order {number} will be cancelled.").format(number=impact.order_number))
    for line in impact.lines:
        if impact.action == "reduce":
            out.append(
                _("Line {line_no} ({sku}) goes from {old} to {new}.").format(
                    line_no=line.line_no, sku=line.sku, old=line.old_quantity, new=line.new_quantity
                )
            )
        if line.from_waiting:
            out.append(
                ngettext(
                    "{sku}: {count} unit was not ordered yet and is simply no longer needed.",
                    "{sku}: {count} units were not ordered yet and are simply no longer needed.",
                    line.from_waiting,
                ).format(sku=line.sku, count=line.from_waiting)
            )
    for d in impact.draft_changes:
        values = {
            "number": d.supplier_order_number,
            "sku": d.sku,
            "before": d.line_before,
            "after": d.line_after,
            "released": d.coverage_released,
        }
        if d.removed:
            sentence = ngettext(
                "Draft {number}: the line for {sku} is removed ({before} unit no longer needed).",
                "Draft {number}: the line for {sku} is removed ({before} units no longer needed).",
                d.line_before,
            )
        elif d.line_after != d.line_before:
            sentence = ngettext(
                "Draft {number}: the line for {sku} goes from {before} to {after} unit.",
                "Draft {number}: the line for {sku} goes from {before} to {after} units.",
                d.line_after,
            )
        else:
            sentence = ngettext(
                "Draft {number}: {released} unit of {sku} is no longer for this order; the line "
                "keeps {before} (pack size or minimum), the rest will be surplus.",
                "Draft {number}: {released} units of {sku} are no longer for this order; the "
                "line keeps {before} (pack size or minimum), the rest will be surplus.",
                d.coverage_released,
            )
        out.append(sentence.format(**values))
    for _so_id, number in impact.emptied_drafts:
        out.append(_("Draft {number} has no lines left, so it is cancelled.").format(number=number))
    for s in impact.sent_releases:
        out.append(
            ngettext(
                "Sent {number}: {count} unit of {sku} is released; it will arrive as surplus "
                "unless another customer needs it.",
                "Sent {number}: {count} units of {sku} are released; they will arrive as surplus "
                "unless another customer needs them.",
                s.quantity,
            ).format(number=s.supplier_order_number, count=s.quantity, sku=s.sku)
        )
    for line in impact.lines:
        if line.to_surplus:
            out.append(
                ngettext(
                    "{sku}: {count} unit already in the shop becomes surplus.",
                    "{sku}: {count} units already in the shop become surplus.",
                    line.to_surplus,
                ).format(sku=line.sku, count=line.to_surplus)
            )
    if impact.paid > 0:
        if impact.action == "cancel":
            out.append(
                _(
                    "{paid} paid stays recorded on the order; record a refund if you pay it back."
                ).format(paid=user_formats().money(impact.paid, currency))
            )
        elif impact.paid > impact.new_total:
            out.append(
                _(
                    "{paid} was paid, more than the new total of {total}; record a refund if you "
                    "pay the difference back."
                ).format(
                    paid=user_formats().money(impact.paid, currency),
                    total=user_formats().money(impact.new_total, currency),
                )
            )
    return out


# --- applying ------------------------------------------------------------------------------


def _apply(shop: Shop, impact: Impact) -> Changes:
    db = shop.db
    for line_id, new_qty, release in impact._plan:
        oq.update_line(db, line_id, {"quantity": new_qty})
        for cover_hold, qty in release.coverage:
            q.reduce_coverage(db, cover_hold.coverage_id, qty)
        for alloc_hold, qty in release.allocations:
            q.reduce_allocation(db, alloc_hold.allocation_id, qty)
            if alloc_hold.coverage_id is not None:
                q.reduce_coverage(db, alloc_hold.coverage_id, qty)
    changes = Changes(customer_orders={impact.order_id})
    for d in impact.draft_changes:
        if d.removed:
            q.remove_draft_line(db, d.supplier_line_id)
        elif d.line_after != d.line_before:
            so_q.set_line_quantity(db, d.supplier_line_id, d.line_after)
        so_q.touch(db, d.supplier_order_id, shop.now_iso())
        shop.event(
            "supplier_order",
            d.supplier_order_id,
            "coverage reduced",
            f"{d.supplier_order_number}: {d.sku} {d.line_before} -> {d.line_after}"
            f" after {impact.order_number} changed",
            supplier_line_id=d.supplier_line_id,
            released=d.coverage_released,
            removed=d.removed,
        )
        changes.supplier_orders.add(d.supplier_order_id)
    _cancel_emptied(shop, impact)
    for s in impact.sent_releases:
        shop.event(
            "supplier_order",
            s.supplier_order_id,
            "coverage released",
            f"{s.supplier_order_number}: {s.quantity} unit(s) of {s.sku} no longer for "
            f"{impact.order_number}",
            coverage_id=s.coverage_id,
            quantity=s.quantity,
        )
        changes.supplier_orders.add(s.supplier_order_id)
    changes.products.update(line.product_id for line in impact.lines if line.to_surplus)
    return changes


def _cancel_emptied(shop: Shop, impact: Impact) -> None:
    now = shop.now_iso()
    for so_id, number in impact.emptied_drafts:
        q.cancel_empty_draft(shop.db, so_id, now)
        shop.event(
            "supplier_order",
            so_id,
            "cancelled",
            f"{number} cancelled: no lines left after {impact.order_number} changed.",
            old="draft",
            new="cancelled",
            reason=f"{impact.order_number} changed",
        )
