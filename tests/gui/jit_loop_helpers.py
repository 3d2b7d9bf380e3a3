"""Helpers for the receiving and pickup GUI tests: customer orders logged, planned and sent
through the services, so the pages see what a real shop would."""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders, planning, supplier_orders


@dataclass
class Loop:
    zoe: orders.CreatedOrder  # BRK-100 x2 + TYR-700 x1, 14.00 deposit
    ivan: orders.CreatedOrder  # BRK-100 x1
    so_id: int  # the sent order to Alpine Parts
    so_number: str


def sent_alpine_order(gui_shop) -> Loop:
    """Two customer orders for Alpine Parts products, planned and sent as one supplier order."""
    shop, p, c = gui_shop.shop, gui_shop.products, gui_shop.customers
    zoe = orders.create_order(
        shop,
        OrderInput(
            c["Zoë Ångström"],
            [OrderLineInput(p["BRK-100"], 2), OrderLineInput(p["TYR-700"], 1)],
            deposit=1400,
        ),
    )
    ivan = orders.create_order(
        shop, OrderInput(c["Иван Петров"], [OrderLineInput(p["BRK-100"], 1)])
    )
    committed = planning.commit_plan(shop)
    (so_id, number), *_ = committed.created
    supplier_orders.mark_sent(shop, so_id, allow_below_minimum=True)
    return Loop(zoe, ivan, so_id, number)


def order_status(shop, order_id: int) -> str:
    return shop.db.execute(
        "SELECT status FROM customer_orders WHERE id = ?", [order_id]
    ).fetchone()[0]
