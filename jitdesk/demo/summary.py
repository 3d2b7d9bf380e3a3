"""What `jitdesk demo` reports: how many of everything, and in which state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jitdesk.demo.records import Order, World
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.order_progress import LineProgress, OrderProgress, order_progress
from jitdesk.domain.statuses import SupplierOrderStatus


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


ON_THE_WAY = frozenset({SupplierOrderStatus.SENT, SupplierOrderStatus.PARTIALLY_RECEIVED})


def summarize(path: Path, world: World, n_customers: int) -> DemoSummary:
    on_order: Counter[int] = Counter()  # id(order line) -> units still to come
    for so in world.supplier_orders:
        if so.status in ON_THE_WAY:
            for sl in so.lines.values():
                for cover in sl.covers:
                    fulfilled = sum(a.qty for a in cover.line.allocs if a.cover is cover)
                    on_order[id(cover.line)] += max(cover.qty - fulfilled, 0)
    states = Counter(_order_state(order, on_order).value for order in world.orders)
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


def _order_state(order: Order, on_order: Counter[int]) -> OrderProgress:
    """Where a customer order stands, by the rule the app shows it with."""
    lines = [LineProgress(line.qty, line.allocated, on_order[id(line)]) for line in order.lines]
    return order_progress(order.status, lines)
