"""What customer orders come to with tax and what their customers still owe, for lists read
in SQL: the same rule (domain/tax.py) as the order detail, the documents and the counter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from jitdesk.domain.tax import amount_due, line_tax_rate, order_gross
from jitdesk.services.shop import Shop
from jitdesk.store import order_money as q
from jitdesk.store.orders import OrderListRow
from jitdesk.store.settings import load_settings


def gross_totals(shop: Shop, order_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Each order's gross total (tax included or added as the shop is set), by order id; all
    orders when `order_ids` is None. An order without lines is missing: it comes to 0."""
    settings = load_settings(shop.db)
    return {
        order_id: order_gross(
            (
                (s.amount, line_tax_rate(s.line_rate_bp, s.product_rate_bp, settings.tax_rate_bp))
                for s in sums
            ),
            prices_include_tax=settings.prices_include_tax,
        )
        for order_id, sums in q.rate_sums(shop.db, order_ids).items()
    }


def balance_due_on_ready_orders(shop: Shop) -> int:
    """What customers still owe on the orders waiting to be picked up (overpaid ones count 0)."""
    paid = q.ready_orders_paid(shop.db)
    totals = gross_totals(shop, paid)
    return sum(max(0, amount_due(totals.get(oid, 0), p)) for oid, p in paid.items())


def with_gross_totals(shop: Shop, rows: list[OrderListRow]) -> list[OrderListRow]:
    """The rows of an orders list with their gross totals, so their balances are right."""
    totals = gross_totals(shop, [row.id for row in rows])
    return [replace(row, total=totals.get(row.id, 0)) for row in rows]
