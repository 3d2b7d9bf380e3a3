"""What `jitdesk demo` reports: how many of everything, and in which state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jitdesk.demo.records import Order, World
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.domain.statuses import OPEN_SUPPLIER_STATUSES, SupplierOrderStatus


@dataclass(slots=True)
class DemoSummary:
    path: Path
    products: int
    suppliers: int
    customers: int
    orders: Counter
    supplier_orders: Counter
    late_supplier_orders: int
    surplus_units: int
    written_off: int

    def __str__(self) -> str:
        c, s = self.orders, self.supplier_orders
        return "\n".join(
            [
                f"Demo shop written to {self.path}.",
                f"  {self.suppliers} suppliers, {self.products} products, {self.customers} customers.",
                f"  {sum(c.values())} customer orders: {c['waiting']} waiting, {c['on order']} on order,"
                f" {c['partly received']} partly received, {c['ready']} ready,"
                f" {c['completed']} completed, {c['cancelled']} cancelled.",
                f"  {sum(s.values())} supplier orders: {s['draft']} draft, {s['sent']} sent"
                f" ({self.late_supplier_orders} late), {s['partially received']} partially received,"
                f" {s['received']} received.",
                f"  {self.surplus_units} unit(s) of surplus on hand, {self.written_off} written off.",
            ]
        )


def summarize(path: Path, world: World, n_customers: int) -> DemoSummary:
    covered_lines = set()
    for so in world.supplier_orders:
        if so.status in OPEN_SUPPLIER_STATUSES:
            for sl in so.lines.values():
                for cover in sl.covers:
                    fulfilled = sum(a.qty for a in cover.line.allocs if a.cover is cover)
                    if fulfilled < cover.qty:
                        covered_lines.add(id(cover.line))
    states = Counter(_order_state(order, covered_lines) for order in world.orders)
    late = sum(
        1
        for so in world.supplier_orders
        if so.status == SupplierOrderStatus.SENT
        and so.expected is not None
        and so.expected < world.today
    )
    return DemoSummary(
        path=path,
        products=len(world.catalog),
        suppliers=len(SUPPLIERS),
        customers=n_customers,
        orders=states,
        supplier_orders=Counter(so.status.value for so in world.supplier_orders),
        late_supplier_orders=late,
        surplus_units=sum(e[1] for entries in world.surplus.values() for e in entries),
        written_off=sum(w[1] for w in world.write_offs),
    )


def _order_state(order: Order, covered_lines: set[int]) -> str:
    """Where a customer order stands, from what was planned, delivered and handed over."""
    if order.cancelled_on is not None:
        return "cancelled"
    if order.handed_on is not None:
        return "completed"
    if order.ready_on is not None:
        return "ready"
    if any(line.allocs for line in order.lines):
        return "partly received"
    if any(id(line) in covered_lines for line in order.lines):
        return "on order"
    return "waiting"
