"""Planning as user actions: show the plan (read only) and commit it (drafts, coverage,
allocations from surplus) in one transaction. The rules themselves are in
`jitdesk.domain.planning`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from jitdesk.domain.planning import Plan, PlannedOrder, plan, render_plan
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.store import planning as q
from jitdesk.store import supplier_orders as so_q


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
            return "Nothing to commit: every customer line is in the shop or on order."
        parts = []
        if self.created:
            parts.append("created " + ", ".join(number for _, number in self.created))
        if self.updated:
            parts.append("added to " + ", ".join(number for _, number in self.updated))
        if self.allocated_units:
            parts.append(f"{self.allocated_units} unit(s) taken from surplus")
        if self.covered_units:
            parts.append(f"{self.covered_units} unit(s) put on order for customers")
        if self.newly_ready:
            parts.append(f"{len(self.newly_ready)} order(s) now ready")
        text = "Plan committed: " + "; ".join(parts) + "."
        if self.stale:
            text += " The plan had changed since it was shown; the current plan was committed."
        return text


def make_plan(shop: Shop, overrides: Mapping[int, int] | None = None) -> Plan:
    """The plan for the shop as it is now; nothing is written."""
    return plan(q.planning_inputs(shop.db, shop.today()), overrides)


def plan_text(shop: Shop, plan_: Plan) -> str:
    currency = shop.db.execute("SELECT currency FROM shop WHERE id = 1").fetchone()
    return render_plan(plan_, currency[0] if currency else "")


def commit_plan(
    shop: Shop, plan_or_overrides: Plan | Mapping[int, int] | None = None
) -> CommitResult:
    """Create or grow the draft supplier orders, cover and allocate, in one transaction.

    The plan is recomputed after the write lock is taken, so a plan shown a while ago (or
    committed twice) can never order the same units twice.
    """
    shown = plan_or_overrides if isinstance(plan_or_overrides, Plan) else None
    overrides = shown.overrides if shown else dict(plan_or_overrides or {})
    with shop.transaction() as db:
        fresh = plan(q.planning_inputs(db, shop.today()), overrides)
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
        for use in fresh.on_the_way_uses:
            order_notes[use.order_id].append(
                f"{use.quantity} x {fresh.product_label(use.product_id)}"
                f" on {numbers.get(use.supplier_order_id, '?')}"
            )
            touched_orders.add(use.supplier_order_id)

        snapshots = so_q.offer_snapshots(
            db, [ln.offer.offer_id for o in fresh.orders for ln in o.lines]
        )
        for order in fresh.orders:
            so_id, number = _write_order(shop, order, snapshots, coverage, now, events)
            (result.updated if order.draft_id else result.created).append((so_id, number))
            touched_orders.add(so_id)
            for line in order.lines:
                for cover in line.covers:
                    order_notes[cover.order_id].append(
                        f"{cover.quantity} x {line.product_label} on {number}"
                    )
        q.add_coverage(db, coverage, now)
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
            created=[n for _, n in result.created],
            updated=[n for _, n in result.updated],
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


def _numbers(db, so_ids: set[int]) -> dict[int, str]:
    return {so_id: (so_q.header(db, so_id) or {}).get("number", "?") for so_id in so_ids}


def _write_order(
    shop: Shop,
    order: PlannedOrder,
    snapshots: dict[int, dict],
    coverage: list[tuple[int, int, int]],
    now: str,
    events: list[dict],
) -> tuple[int, str]:
    """Create the draft (or grow the existing one) and queue the coverage of its lines."""
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
        db["supplier_orders"].update(so_id, {"expected_date": expected, "updated_at": now})
        line_no = so_q.next_line_no(db, so_id)
    details = []
    for line in order.lines:
        offer = line.offer
        if line.supplier_line_id is not None:
            line_id = line.supplier_line_id
            db["supplier_order_lines"].update(
                line_id,
                {
                    "quantity": line.quantity,
                    "unit_cost": offer.unit_cost,
                    "pack_size": offer.pack_size,
                    "offer_id": offer.offer_id,
                    "expected_date": line.arrival.isoformat(),
                },
            )
        else:
            snap = snapshots.get(offer.offer_id, {})
            line_id = so_q.insert_line(
                db,
                {
                    "supplier_order_id": so_id,
                    "line_no": line_no,
                    "product_id": line.product_id,
                    "offer_id": offer.offer_id,
                    "supplier_sku": snap.get("supplier_sku", ""),
                    "description": snap.get("product_name", line.product_label),
                    "unit_cost": offer.unit_cost,
                    "pack_size": offer.pack_size,
                    "quantity": line.quantity,
                    "expected_date": line.arrival.isoformat(),
                },
            )
            line_no += 1
        coverage.extend((line_id, c.customer_line_id, c.quantity) for c in line.covers)
        details.append(
            {
                "product_id": line.product_id,
                "line_id": line_id,
                "from": line.existing_quantity,
                "to": line.quantity,
                "why": line.explanation(),
                "covers": [[c.order_number, c.quantity] for c in line.covers],
            }
        )
    action = "created" if order.draft_id is None else "planned into"
    events.append(
        _event(
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
    )
    return so_id, number


def _event(shop: Shop, now: str, entity: str, entity_id: int, action: str, summary: str, **details):
    return {
        "at": now,
        "actor": shop.actor,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "summary": summary,
        "details": details,
    }
