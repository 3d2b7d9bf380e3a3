"""Planning as user actions: show the plan (read only) and commit it (drafts, coverage,
allocations from surplus) in one transaction. The rules themselves are in
`jitdesk.domain.planning`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.planning import Plan, PlanInputs, PlannedOrder, plan, render_plan
from jitdesk.services.common import bulk_objects
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import planning as q
from jitdesk.store import supplier_orders as so_q
from jitdesk.store.engine import Handle
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
    return render_plan(plan_, shop_currency(shop.db))


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
        events: list[dict] = []
        order_notes: dict[int, list[str]] = defaultdict(list)
        touched_orders: set[int] = set()

        allocations = [(u.customer_line_id, u.product_id, u.quantity) for u in fresh.surplus_uses]
        q.insert_surplus_allocations(db, allocations, now)
        for use in fresh.surplus_uses:
            order_notes[use.order_id].append(
                f"{use.quantity} x {fresh.product_label(use.product_id)} from surplus"
            )
        result.allocated_units = sum(a[2] for a in allocations)

        coverage = [
            (u.supplier_line_id, u.customer_line_id, u.quantity) for u in fresh.on_the_way_uses
        ]
        numbers = _numbers(db, {u.supplier_order_id for u in fresh.on_the_way_uses})
        for otw in fresh.on_the_way_uses:
            order_notes[otw.order_id].append(
                f"{otw.quantity} x {fresh.product_label(otw.product_id)}"
                f" on {numbers.get(otw.supplier_order_id, '?')}"
            )
            touched_orders.add(otw.supplier_order_id)

        new_rows: list[dict] = []
        written = []
        for order in fresh.orders:
            so_id, number, refs = _write_order(shop, order, inputs, coverage, new_rows, now)
            written.append((order, so_id, number, refs))
            (result.updated if order.draft_id else result.created).append((so_id, number))
            touched_orders.add(so_id)
            for line in order.lines:
                for cover in line.covers:
                    order_notes[cover.order_id].append(
                        f"{cover.quantity} x {line.product_label} on {number}"
                    )
        new_ids = q.insert_supplier_lines(db, new_rows)
        new_coverage = [
            (line_id, c.customer_line_id, c.quantity)
            for line_id, row in zip(new_ids, new_rows, strict=True)
            for c in row["covers"]
        ]
        q.add_coverage(db, new_coverage, now, new_lines=True)
        q.add_coverage(db, coverage, now)
        coverage += new_coverage
        for order, so_id, number, refs in written:
            events.append(_order_event(shop, now, order, so_id, number, refs, new_ids))
        result.covered_units = sum(c[2] for c in coverage)

        for order_id, notes in order_notes.items():
            events.append(
                _event(shop, now, "customer_order", order_id, "planned", "; ".join(notes))
            )
        q.record_events(db, events)
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


def _write_order(
    shop: Shop,
    order: PlannedOrder,
    inputs: PlanInputs,
    coverage: list[tuple[int, int, int]],
    new_rows: list[dict],
    now: str,
) -> tuple[int, str, list[int]]:
    """Create the draft (or grow the existing one). Grown lines are updated and their coverage
    queued; new lines are queued in `new_rows` for one bulk insert.

    Returns the order id, number and per planned line a reference: the existing line id, or
    -(index + 1) into `new_rows`."""
    db = shop.db
    expected = order.expected_date.isoformat()
    if order.draft_id is None:
        number = shop.next_number("P")
        so_id = so_q.insert_order(
            db,
            number=number,
            supplier_id=order.supplier.supplier_id,
            expected_date=expected,
            now=now,
        )
        line_no = 1
    else:
        so_id, number = order.draft_id, order.draft_number or "?"
        so_q.set_expected_date(db, so_id, expected, now)
        line_no = so_q.next_line_no(db, so_id)
    refs = []
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
            coverage.extend(
                (line.supplier_line_id, c.customer_line_id, c.quantity) for c in line.covers
            )
            refs.append(line.supplier_line_id)
            continue
        product = inputs.products.get(line.product_id)
        new_rows.append(
            {
                "supplier_order_id": so_id,
                "line_no": line_no,
                "product_id": line.product_id,
                "offer_id": offer.offer_id,
                "supplier_sku": inputs.offer_skus.get(offer.offer_id, ""),
                "description": product.name if product else line.product_label,
                "unit_cost": offer.unit_cost,
                "pack_size": offer.pack_size,
                "quantity": line.quantity,
                "expected_date": line.arrival.isoformat(),
                "covers": line.covers,
            }
        )
        refs.append(-len(new_rows))
        line_no += 1
    return so_id, number, refs


def _order_event(
    shop: Shop,
    now: str,
    order: PlannedOrder,
    so_id: int,
    number: str,
    refs: list[int],
    new_ids: list[int],
) -> dict:
    details = [
        {
            "product_id": line.product_id,
            "line_id": ref if ref > 0 else new_ids[-ref - 1],
            "from": line.existing_quantity,
            "to": line.quantity,
            "needed": line.needed,
            "min": line.min_qty,
            "pack": line.pack_size,
            "customer_lines": len(line.covers),
        }
        for line, ref in zip(order.lines, refs, strict=True)
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
) -> dict[str, Any]:
    return {
        "at": now,
        "actor": shop.actor,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "summary": summary,
        "details": details,
    }
