"""What customer orders come to, read per tax rate: the tax is added by the rule in
domain/tax.py, never summed in SQL, so every screen, list and report shows the same total."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

# The lines of the chosen orders summed per (line rate, product rate); {orders} picks them.
RATE_SUMS_SQL = """
SELECT l.order_id, l.tax_rate_bp, p.tax_rate_bp, SUM(l.quantity * l.unit_price)
FROM customer_order_lines l LEFT JOIN products p ON p.id = l.product_id
WHERE l.order_id IN ({orders})
GROUP BY l.order_id, l.tax_rate_bp, p.tax_rate_bp
"""
BY_IDS = "SELECT value FROM json_each(?)"
READY = "SELECT id FROM customer_orders WHERE status = 'ready'"
ALL = "SELECT id FROM customer_orders"


@dataclass(frozen=True, slots=True)
class RateSum:
    """Line totals (cents, as entered) of one order at one pair of stored rates."""

    line_rate_bp: int | None  # kept on the line when it was sold
    product_rate_bp: int | None  # the product's, for lines stored before lines kept theirs
    amount: int


def _rate_sums(db: Database, orders: str, params: list) -> dict[int, list[RateSum]]:
    found: dict[int, list[RateSum]] = {}
    for order_id, line_rate, product_rate, amount in db.execute(
        RATE_SUMS_SQL.format(orders=orders), params
    ):
        found.setdefault(order_id, []).append(RateSum(line_rate, product_rate, amount))
    return found


def rate_sums(db: Database, order_ids: Iterable[int] | None = None) -> dict[int, list[RateSum]]:
    """Per order (all orders when `order_ids` is None), its line totals per stored rate."""
    if order_ids is None:
        return _rate_sums(db, ALL, [])
    return _rate_sums(db, BY_IDS, [json.dumps(list(order_ids))])


def ready_orders_paid(db: Database) -> dict[int, int]:
    """Every ready order and what was paid on it."""
    sql = f"""
    SELECT o.id, (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = o.id)
    FROM customer_orders o WHERE o.id IN ({READY})"""
    return dict(db.execute(sql).fetchall())
