"""What `jitdesk demo` reports: how many of everything, and in which state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jitdesk.demo.records import Order, World
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.domain.i18n import _, ngettext
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
                _("Demo shop written to {path}.").format(path=self.path),
                "  "
                + _("{suppliers} suppliers, {products} products, {customers} customers.").format(
                    suppliers=self.suppliers, products=self.products, customers=self.customers
                ),
                "  "
                + _(
                    "{total} customer orders: {waiting} waiting, {on_order} on order, {partly} "
                    "partly received, {ready} ready, {completed} completed, {cancelled} cancelled."
                ).format(
                    total=sum(c.values()),
                    waiting=c["waiting"],
                    on_order=c["on order"],
                    partly=c["partly received"],
                    ready=c["ready"],
                    completed=c["completed"],
                    cancelled=c["cancelled"],
                ),
                "  "
                + _(
                    "{total} supplier orders: {draft} draft, {sent} sent ({late} late), {partly} "
                    "partially received, {received} received."
                ).format(
                    total=sum(s.values()),
                    draft=s["draft"],
                    sent=s["sent"],
                    late=self.late_supplier_orders,
                    partly=s["partially received"],
                    received=s["received"],
                ),
                "  "
                + ngettext(
                    "{units} unit of surplus on hand, {written_off} written off.",
                    "{units} units of surplus on hand, {written_off} written off.",
                    self.surplus_units,
                ).format(units=self.surplus_units, written_off=self.written_off),
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
