"""The end of the loop: orders that are in become ready, customers are told, most collect and
pay; a little old surplus is written off."""

from __future__ import annotations

from datetime import timedelta

from jitdesk.demo.records import SETTLED_AGE, World

WRITE_OFF_REASONS = ("Damaged in storage", "Used in the workshop", "Stock count correction")


def settle_orders(world: World) -> None:
    """Ready, collected and partly handed-over orders, from what arrived when."""
    rng, today = world.rng, world.today
    for order in world.orders:
        if order.cancelled_on is not None:
            continue
        complete = [line for line in order.lines if line.allocated >= line.qty]
        if len(complete) == len(order.lines):
            order.ready_on = max(a.day for line in order.lines for a in line.allocs)
            waited = (today - order.ready_on).days
            chance = 0.95 if waited >= 14 else 0.8 if waited >= 5 else 0.5 if waited >= 2 else 0.15
            if waited >= SETTLED_AGE or (waited >= 1 and rng.random() < chance):
                order.handed_on = order.ready_on + timedelta(
                    days=rng.randint(0, min(waited - 1, 9))
                )
                for line in order.lines:
                    line.handed = line.qty
        elif complete and rng.random() < 0.1:
            day = max(a.day for line in complete for a in line.allocs)
            if day < today:
                order.partial_handover_on = day + timedelta(days=1)
                for line in complete:
                    line.handed = line.qty


def write_off_old_surplus(world: World) -> None:
    cutoff = world.today - timedelta(days=21)
    for product, entries in sorted(world.surplus.items()):
        old = [e for e in entries if e[0] <= cutoff and e[1] > 0]
        if old and world.rng.random() < 0.12:
            qty = max(1, old[0][1] // 2)
            old[0][1] -= qty
            when = old[0][0] + timedelta(days=world.rng.randint(7, 14))
            world.write_offs.append((product, qty, when, world.rng.choice(WRITE_OFF_REASONS)))


def tell_customers(world: World) -> None:
    """Most customers whose order is ready were told so."""
    for order in world.orders:
        if order.cancelled_on is None and order.ready_on is not None:
            order.notified = world.rng.random() < 0.8
