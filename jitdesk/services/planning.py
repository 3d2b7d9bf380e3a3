"""Planning as user actions: show the plan (read only) and commit it (drafts, coverage,
allocations from surplus) in one transaction. The rules themselves are in
`jitdesk.domain.planning`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.planning import Plan, PlanInputs, PlannedOrder, plan, render_plan
from jitdesk.services.common import bulk_objects
from jitdesk.services.permissions import may_see_costs
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import planning as q
from jitdesk.store import supplier_orders as so_q
from jitdesk.store.engine import Handle
from jitdesk.store.events import record_events
from jitdesk.store.settings import shop_currency


@dataclass(slots=True)
class CommitResult:
    plan: Plan  # what was committed (recomputed inside the transaction)
    created: list[tuple[int, str]] = field(default_factory=list)  # (supplier order id, number)
    updated: list[tuple[int, str]] = field(default_factory=list)
    allocated_units: int = 0  # from surplus
    covered_units: int = 0  # on supplier order lines (existing and new)
    newly_ready: list[int] = field(default_factory=list)
    stale: bool = False  # the plan shown had changed when it was committed
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        if self.plan.is_empty:
            return _("Nothing to commit: every customer line is in the shop or on order.")
        parts = []
        if self.created:
            numbers = ", ".join(number for _id, number in self.created)
            parts.append(_("created {numbers}").format(numbers=numbers))
        if self.updated:
            numbers = ", ".join(number for _id, number in self.updated)
            parts.append(_("added to {numbers}").format(numbers=numbers))
        if self.allocated_units:
            n = self.allocated_units
            parts.append(
                ngettext("{n} unit taken from surplus", "{n} units taken from surplus", n).format(
                    n=n
                )
            )
        if self.covered_units:
            n = self.covered_units
            parts.append(
                ngettext(
                    "{n} unit put on order for customers", "{n} units put on order for customers", n
                ).format(n=n)
            )
        if self.newly_ready:
            n = len(self.newly_ready)
            parts.append(ngettext("{n} order now ready", "{n} orders now ready", n).format(n=n))
        text = _("Plan committed: {parts}.").format(parts="; ".join(parts))
        if self.stale:
            text += " " + _(
                "The plan had changed since it was shown; the current plan was committed."
            )
        return text


def make_plan(shop: Shop, overrides: Mapping[int, int] | None = None) -> Plan:
    """The plan for the shop as it is now; nothing is written."""
    with bulk_objects():
        return plan(q.planning_inputs(shop.db, shop.today()), overrides)


def plan_text(shop: Shop, plan_: Plan) -> str:
    return render_plan(plan_, shop_currency(shop.db), costs=may_see_costs(shop))


def commit_plan(
    shop: Shop, plan_or_overrides: Plan | Mapping[int, int] | None = None
) -> CommitResult:
    """Create or grow the draft supplier orders, cover and allocate, in one transaction.

    The plan is recomputed after the write lock is taken, so a plan shown a while ago (or
    committed twice) can never order the same units twice.
    """
    shown: Plan | None = None
    if isinstance(plan_or_overrides, Plan):
        shown, overrides = plan_or_overrides, plan_or_overrides.overrides
    else:
        overrides = dict(plan_or_overrides or {})
    with bulk_objects(), shop.transaction() as db:
        inputs = q.planning_inputs(db, shop.today())
        fresh = plan(inputs, overrides)
        result = CommitResult(
            plan=fresh, stale=bool(shown and shown.signature() != fresh.signature())
        )
        if fresh.is_empty:
            return result
        now = shop.now_iso()
        # per customer order: (units, product, supplier order number; "" for surplus)
        order_notes: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        touched_orders: set[int] = set()

        allocations = [(u.customer_line_id, u.product_id, u.quantity) for u in fresh.surplus_uses]
        q.insert_surplus_allocations(db, allocations, now)
        for use in fresh.surplus_uses:
            order_notes[use.order_id].append(
                (use.quantity, fresh.product_label(use.product_id), "")
            )
        result.allocated_units = sum(a[2] for a in allocations)

        # Coverage rows (supplier line, customer line, units, at): onto lines that exist
        # already (added to what they cover), and onto the new lines.
        coverage = [
            (u.supplier_line_id, u.customer_line_id, u.quantity, now) for u in fresh.on_the_way_uses
        ]
        new_coverage: list[tuple[int, int, int, str]] = []
        numbers = _numbers(db, {u.supplier_order_id for u in fresh.on_the_way_uses})
        for otw in fresh.on_the_way_uses:
            order_notes[otw.order_id].append(
                (
                    otw.quantity,
                    fresh.product_label(otw.product_id),
                    numbers.get(otw.supplier_order_id, "?"),
                )
            )
            touched_orders.add(otw.supplier_order_id)

        new_numbers = iter(shop.next_numbers("P", sum(o.draft_id is None for o in fresh.orders)))
        # New lines get their ids here, so their coverage can be built in the same pass: we
        # hold the write lock, nobody else can take them meanwhile.
        new_lines: list[tuple] = []
        next_line_id = q.next_supplier_line_id(db)
        events: list[tuple] = []
        for order in fresh.orders:
            so_id, number = _order_for(shop, order, new_numbers, now)
            line_ids = _write_lines(shop, order, so_id, inputs, next_line_id, new_lines)
            next_line_id += sum(line.supplier_line_id is None for line in order.lines)
            events.append(_order_event(shop, now, order, so_id, number, line_ids))
            (result.updated if order.draft_id else result.created).append((so_id, number))
            touched_orders.add(so_id)
            for line, line_id in zip(order.lines, line_ids, strict=True):
                rows = new_coverage if line.supplier_line_id is None else coverage
                for cover in line.covers:
                    rows.append((line_id, cover.customer_line_id, cover.quantity, now))
                    order_notes[cover.order_id].append((cover.quantity, line.product_label, number))
                result.covered_units += line.needed - line.existing_quantity  # its covers
        result.covered_units += sum(u.quantity for u in fresh.on_the_way_uses)
        q.insert_supplier_lines(db, new_lines)
        q.add_coverage(db, new_coverage, new_lines=True)
        q.add_coverage(db, coverage)

        events += [
            _event(
                shop,
                now,
                "customer_order",
                order_id,
                "planned",
                "; ".join(
                    f"{units} x {label} on {so}" if so else f"{units} x {label} from surplus"
                    for units, label, so in notes
                ),
                covers=notes,
            )
            for order_id, notes in order_notes.items()
        ]
        record_events(db, events, shop.person_id)
        shop.event(
            "plan",
            None,
            "committed",
            f"Plan committed: {len(result.created)} new, {len(result.updated)} updated"
            " supplier order(s)",
            created=[n for _id, n in result.created],
            updated=[n for _id, n in result.updated],
            allocated_units=result.allocated_units,
            covered_units=result.covered_units,
            overrides=overrides,
        )
        result.newly_ready = refresh_customer_orders(shop, {u.order_id for u in fresh.surplus_uses})
    result.changes = Changes(
        customer_orders=set(order_notes),
        supplier_orders=touched_orders,
        newly_ready=list(result.newly_ready),
    )
    return result


def _numbers(db: Handle, so_ids: set[int]) -> dict[int, str]:
    headers = {so_id: so_q.header(db, so_id) for so_id in so_ids}
    return {so_id: h.number if h else "?" for so_id, h in headers.items()}


def _order_for(
    shop: Shop, order: PlannedOrder, new_numbers: Iterator[str], now: str
) -> tuple[int, str]:
    """The draft the planned order goes into: a new one, or the supplier's existing draft
    (its expected date follows the plan). Returns its id and number."""
    expected = order.expected_date.isoformat()
    if order.draft_id is None:
        number = next(new_numbers)
        so_id = so_q.insert_order(
            shop.db,
            number=number,
            supplier_id=order.supplier.supplier_id,
            expected_date=expected,
            now=now,
        )
        return so_id, number
    so_q.set_expected_date(shop.db, order.draft_id, expected, now)
    return order.draft_id, order.draft_number or "?"


def _write_lines(
    shop: Shop,
    order: PlannedOrder,
    so_id: int,
    inputs: PlanInputs,
    next_line_id: int,
    new_lines: list[tuple],
) -> list[int]:
    """Update the draft lines that grow; queue the new lines (numbered from `next_line_id`)
    in `new_lines` for one bulk insert. Returns the supplier line id of each planned line."""
    db = shop.db
    line_no = 1 if order.draft_id is None else so_q.next_line_no(db, so_id)
    line_ids = []
    for line in order.lines:
        offer = line.offer
        if line.supplier_line_id is not None:
            so_q.update_line(
                db,
                line.supplier_line_id,
                {
                    "quantity": line.quantity,
                    "unit_cost": offer.unit_cost,
                    "pack_size": offer.pack_size,
                    "offer_id": offer.offer_id,
                    "expected_date": line.arrival.isoformat(),
                },
            )
            line_ids.append(line.supplier_line_id)
            continue
        product = inputs.products.get(line.product_id)
        new_lines.append(
            (
                next_line_id,
                so_id,
                line_no,
                line.product_id,
                offer.offer_id,
                inputs.offer_skus.get(offer.offer_id, ""),
                product.name if product else line.product_label,
                offer.unit_cost,
                offer.pack_size,
                line.quantity,
                line.arrival.isoformat(),
            )
        )
        line_ids.append(next_line_id)
        next_line_id += 1
        line_no += 1
    return line_ids


def _order_event(
    shop: Shop, now: str, order: PlannedOrder, so_id: int, number: str, line_ids: list[int]
) -> tuple:
    details = [
        {
            "product_id": line.product_id,
            "line_id": line_id,
            "from": line.existing_quantity,
            "to": line.quantity,
            "needed": line.needed,
            "min": line.min_qty,
            "pack": line.pack_size,
            "customer_lines": len(line.covers),
        }
        for line, line_id in zip(order.lines, line_ids, strict=True)
    ]
    action = "created" if order.draft_id is None else "planned into"
    return _event(
        shop,
        now,
        "supplier_order",
        so_id,
        action,
        f"{number} for {order.supplier.name}: {len(order.lines)} line(s) {action} by planning",
        lines=details,
        value=order.value,
        below_minimum=order.below_minimum,
    )


def _event(
    shop: Shop, now: str, entity: str, entity_id: int, action: str, summary: str, **details: Any
) -> tuple[str, str, str, int, str, str, dict[str, Any]]:
    """An audit event as `store.events.record_events` writes it."""
    return (now, shop.actor, entity, entity_id, action, summary, details)
