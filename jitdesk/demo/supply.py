"""Supplier orders over the shop's history: sent every few days, delivered, late or short.

Each supplier is sent an order every few days for the demand logged since the last one;
surplus on hand is used first, the rest is rounded to pack size and minimum quantity by the
planning rule (domain.packs.round_quantity). Orders whose expected date has passed were
received (or are late, or partly received); received units go to covered customer lines
oldest first, the rest becomes surplus. Demand logged since the last order sits in a draft.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from jitdesk.demo.records import (
    PRICE_CHANGE_AGE,
    SETTLED_AGE,
    Allocation,
    Cover,
    OrderLine,
    SupplierLine,
    SupplierOrder,
    World,
)
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.domain.packs import round_quantity
from jitdesk.domain.statuses import SupplierOrderStatus, supplier_status_from_quantities

NORDISK = 3  # its small orders wait for its weekly order: no draft today
LATE_WHEN_RECENT = (0, 3)  # suppliers whose orders of the last week are late
SHORT_WHEN_RECENT = (1, 4, 6)  # ... and those who delivered them in part


def run_supplier_orders(world: World) -> None:
    """Every supplier order of the history, in date order, with its deliveries."""
    by_supplier: dict[int, list[OrderLine]] = defaultdict(list)
    for order in world.orders:
        for line in order.lines:
            by_supplier[line.offer.supplier_id].append(line)
    position: dict[int, int] = defaultdict(int)  # next unplanned line per supplier
    for day, s, is_draft in _cycles(world):
        lines = by_supplier[s]
        start = position[s]
        end = start
        limit = day - timedelta(days=1) if is_draft else day
        while end < len(lines) and lines[end].order.day <= limit:
            end += 1
        position[s] = end
        so = SupplierOrder(s, day)
        for line in lines[start:end]:
            _plan_line(world, so, line, day, is_draft)
        so.lines = {p: sl for p, sl in so.lines.items() if sl.covers or sl.qty}
        if not so.lines:
            continue
        for sl in so.lines.values():
            needed = sl.qty + sum(c.qty for c in sl.covers)
            sl.qty = round_quantity(needed, min_qty=sl.offer.min_qty, pack_size=sl.offer.pack_size)
        so.expected = max(sl.expected for sl in so.lines.values())
        world.supplier_orders.append(so)
        if is_draft:
            _hold_below_minimum(so)
            continue
        so.status = SupplierOrderStatus.SENT
        if so.expected < world.today:
            fate = _fate(world, so)
            if fate != "late":
                _receive(world, so, partial=fate == "partial")


def _cycles(world: World) -> list[tuple[date, int, bool]]:
    """(day, supplier, is_draft) of every supplier order, in date order."""
    start = world.today - timedelta(days=world.history_days)
    result = []
    for s, spec in enumerate(SUPPLIERS):
        day = start + timedelta(days=s % spec.order_every_days)
        last = None
        while day <= world.today - timedelta(days=1):
            result.append((day, s, False))
            last = day
            day += timedelta(days=spec.order_every_days)
        if s != NORDISK and last is not None:
            result.append((world.today, s, True))
    result.sort(key=lambda c: (c[0], c[2], c[1]))
    return result


def _fate(world: World, so: SupplierOrder) -> str:
    """What happened to a sent order whose expected date has passed: late, partial, received.

    Orders that fell due in the last week are late for two suppliers and partly received for
    three others, so every demo shop shows those states however few orders it has."""
    assert so.expected is not None
    recent = (world.today - so.expected).days <= 6
    if recent and so.supplier in LATE_WHEN_RECENT:
        return "late"
    if recent and so.supplier in SHORT_WHEN_RECENT:
        return "partial"
    roll = world.rng.random()
    if (world.today - so.expected).days > SETTLED_AGE:
        return "received"  # what was short long ago came later: old history is settled
    if roll < 0.04 and (world.today - so.expected).days < 10:
        return "late"
    if roll < 0.1:
        return "partial"
    return "received"


def _plan_line(world: World, so: SupplierOrder, line: OrderLine, day: date, is_draft: bool) -> None:
    """Put one customer line on the supplier order being made on `day` (surplus first)."""
    order = line.order
    if order.cancelled_on is not None and (is_draft or order.cancelled_on <= day):
        return
    sl = so.lines.get(line.product)
    if sl is None:
        offer = line.offer
        cost = offer.unit_cost
        if offer.offer_id in world.price_change and (world.today - day).days > PRICE_CHANGE_AGE:
            cost = world.price_change[offer.offer_id]
        sl = so.lines[line.product] = SupplierLine(
            so, line.product, offer, cost, offer.arrival(day)
        )
    if order.cancelled_on is not None:
        sl.qty += line.qty  # ordered, then the customer cancelled: they arrive as surplus
        return
    need = line.qty - _take_surplus(world, line, day)
    if need > 0:
        sl.covers.append(Cover(sl, line, need))


def _take_surplus(world: World, line: OrderLine, day: date) -> int:
    taken = 0
    lots = world.surplus.get(line.product)
    if not lots:
        return 0
    for entry in lots:
        if entry[0] <= day and entry[1] > 0:
            qty = min(entry[1], line.qty - taken)
            entry[1] -= qty
            taken += qty
            line.allocs.append(Allocation(qty, day, None, None))
            if taken == line.qty:
                break
    if taken:
        # used-up lots go, or years of history make every look-up walk all of them
        lots[:] = [entry for entry in lots if entry[1] > 0]
    return taken


def _hold_below_minimum(so: SupplierOrder) -> None:
    """A draft below the supplier's minimum order value waits for more demand."""
    value = sum(sl.qty * sl.unit_cost for sl in so.lines.values())
    if value < SUPPLIERS[so.supplier].min_order_value:
        so.held_value = value


def _receive(world: World, so: SupplierOrder, *, partial: bool) -> None:
    assert so.expected is not None
    rng = world.rng
    day = min(so.expected, world.today - timedelta(days=1))
    so.received_on = day
    lines = list(so.lines.values())
    amounts = {id(sl): sl.qty for sl in lines}
    if partial:
        if len(lines) > 1:
            missing = rng.sample(lines, max(1, len(lines) // 2))
            for sl in missing:
                amounts[id(sl)] = 0
        elif lines[0].qty >= 2:
            amounts[id(lines[0])] = lines[0].qty // 2
    elif rng.random() < 0.1:
        extra = rng.choice(lines)
        amounts[id(extra)] += extra.offer.pack_size
        world.over_deliveries += 1
    for sl in lines:
        sl.received = amounts[id(sl)]
        left = sl.received
        for cover in sl.covers:
            if left <= 0:
                break
            qty = min(cover.qty, left)
            cover.line.allocs.append(Allocation(qty, day, so, cover))
            left -= qty
        if left > 0:
            world.surplus[sl.product].append([day, left])
    so.status = supplier_status_from_quantities([(sl.qty, sl.received) for sl in lines])
