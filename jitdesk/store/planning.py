"""The queries planning reads, and the bulk writes its commit makes.

Demand follows the semantics of `jitdesk.store.quantities`: waiting = quantity - handed -
allocated - covered by open supplier orders, for lines of open and ready customer orders.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.domain.planning import (
    DemandLine,
    DraftLine,
    DraftOrder,
    OnTheWay,
    PlanInputs,
    ProductInfo,
    SupplierInfo,
)
from jitdesk.store.orders import offer_terms
from jitdesk.store.quantities import OPEN_SO, surplus_by_product

WAITING_DEMAND_SQL = f"""
WITH
a AS (SELECT customer_line_id AS line_id, SUM(quantity) AS q FROM allocations GROUP BY 1),
h AS (SELECT customer_line_id AS line_id, SUM(quantity) AS q FROM handover_lines GROUP BY 1),
ca AS (SELECT coverage_id, SUM(quantity) AS q FROM allocations
       WHERE coverage_id IS NOT NULL GROUP BY 1),
cov AS (
    SELECT c.customer_line_id AS line_id, SUM(MAX(c.quantity - COALESCE(ca.q, 0), 0)) AS q
    FROM coverage c
    JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
    JOIN supplier_orders so ON so.id = sl.supplier_order_id
    LEFT JOIN ca ON ca.coverage_id = c.id
    WHERE so.status IN {OPEN_SO}
    GROUP BY 1
),
w AS (
    SELECT l.id, l.order_id, l.product_id, o.order_date,
           COALESCE(o.promised_date, l.promised_date) AS promised_date, o.number,
           o.customer_id,
           l.quantity - COALESCE(h.q, 0) - (COALESCE(a.q, 0) - COALESCE(h.q, 0))
             - COALESCE(cov.q, 0) AS waiting
    FROM customer_order_lines l
    JOIN customer_orders o ON o.id = l.order_id
    LEFT JOIN a ON a.line_id = l.id
    LEFT JOIN h ON h.line_id = l.id
    LEFT JOIN cov ON cov.line_id = l.id
    WHERE o.status IN ('open', 'ready') AND l.quantity > 0
)
SELECT w.id, w.order_id, w.number, c.name, w.product_id, w.order_date, w.promised_date,
       w.waiting
FROM w JOIN customers c ON c.id = w.customer_id
WHERE w.waiting > 0
"""

OPEN_LINES_SQL = f"""
WITH rec AS (SELECT supplier_line_id, SUM(quantity) q FROM receipt_lines GROUP BY 1),
ca AS (SELECT coverage_id, SUM(quantity) q FROM allocations
       WHERE coverage_id IS NOT NULL GROUP BY 1),
cov AS (SELECT c.supplier_line_id, SUM(MAX(c.quantity - COALESCE(ca.q, 0), 0)) AS q
        FROM coverage c LEFT JOIN ca ON ca.coverage_id = c.id GROUP BY 1)
SELECT sl.id, sl.supplier_order_id, so.supplier_id, sl.product_id,
       MAX(sl.quantity - COALESCE(rec.q, 0), 0) - COALESCE(cov.q, 0) AS uncovered, so.status
FROM supplier_order_lines sl
JOIN supplier_orders so ON so.id = sl.supplier_order_id
LEFT JOIN rec ON rec.supplier_line_id = sl.id
LEFT JOIN cov ON cov.supplier_line_id = sl.id
WHERE so.status IN {OPEN_SO}
"""

DRAFT_LINES_SQL = """
SELECT so.id, so.number, so.supplier_id, sl.id, sl.product_id, sl.offer_id, sl.quantity,
       COALESCE((SELECT SUM(quantity) FROM coverage WHERE supplier_line_id = sl.id), 0),
       sl.unit_cost, sl.pack_size, COALESCE(o.lead_time_days, s.lead_time_days)
FROM supplier_orders so
JOIN suppliers s ON s.id = so.supplier_id
LEFT JOIN supplier_order_lines sl ON sl.supplier_order_id = so.id
LEFT JOIN offers o ON o.id = sl.offer_id
WHERE so.status = 'draft'
ORDER BY so.id, sl.line_no
"""


def waiting_demand(db: Database) -> list[DemandLine]:
    """Customer lines with waiting units, with what planning needs to order and explain them."""
    dates: dict[str, date] = {}

    def day(text: str | None) -> date | None:
        if text is None:
            return None
        value = dates.get(text)
        if value is None:
            value = dates[text] = date.fromisoformat(text)
        return value

    return [
        DemandLine(r[0], r[1], r[2], r[3], r[4], day(r[5]), day(r[6]), r[7])
        for r in db.execute(WAITING_DEMAND_SQL).fetchall()
    ]


def uncovered_on_the_way(db: Database) -> list[OnTheWay]:
    """Units still to arrive on open supplier order lines that no customer line holds."""
    return [
        OnTheWay(r[0], r[1], r[2], r[3], r[4], r[5])
        for r in db.execute(OPEN_LINES_SQL).fetchall()
        if r[4] > 0
    ]


def supplier_infos(db: Database) -> dict[int, SupplierInfo]:
    rows = db.execute(
        "SELECT id, name, lead_time_days, delivery_weekdays, min_order_value FROM suppliers"
    ).fetchall()
    return {r[0]: SupplierInfo(r[0], r[1], r[2], parse_weekdays(r[3]), r[4]) for r in rows}


def draft_orders(db: Database) -> dict[int, DraftOrder]:
    """The oldest draft order of each supplier, with its lines: new lines consolidate there."""
    raw: dict[int, tuple[int, str, int, list[DraftLine]]] = {}
    for r in db.execute(DRAFT_LINES_SQL).fetchall():
        so_id, number, supplier_id = r[0], r[1], r[2]
        if supplier_id in raw and raw[supplier_id][0] != so_id:
            continue  # a second draft for the same supplier: its lines count as on the way
        entry = raw.setdefault(supplier_id, (so_id, number, supplier_id, []))
        if r[3] is not None:
            entry[3].append(DraftLine(r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]))
    return {
        sid: DraftOrder(so_id, number, sid, tuple(lines))
        for sid, (so_id, number, _, lines) in raw.items()
    }


def product_infos(db: Database, product_ids: Iterable[int] | None = None) -> dict[int, ProductInfo]:
    rows = db.execute("SELECT id, sku, name FROM products").fetchall()
    wanted = set(product_ids) if product_ids is not None else None
    return {r[0]: ProductInfo(r[0], r[1], r[2]) for r in rows if wanted is None or r[0] in wanted}


def planning_inputs(db: Database, today: date) -> PlanInputs:
    """Everything `jitdesk.domain.planning.plan` reads, in one consistent read."""
    demand = waiting_demand(db)
    products = {d.product_id for d in demand}
    return PlanInputs(
        today=today,
        demand=demand,
        surplus={p: q for p, q in surplus_by_product(db, products).items() if q > 0},
        on_the_way=[o for o in uncovered_on_the_way(db) if o.product_id in products],
        offers=offer_terms(db, products) if products else {},
        suppliers=supplier_infos(db),
        drafts=draft_orders(db),
        products=product_infos(db, products),
    )


# --------------------------------------------------------------------------------------------
# Bulk writes of a commit


def insert_surplus_allocations(db: Database, rows: Sequence[tuple[int, int, int]], at: str) -> None:
    """(customer_line_id, product_id, quantity) taken from surplus: no receipt, no coverage."""
    db.conn.executemany(
        "INSERT INTO allocations (customer_line_id, product_id, quantity, created_at)"
        " VALUES (?, ?, ?, ?)",
        [(line_id, pid, qty, at) for line_id, pid, qty in rows],
    )


def add_coverage(db: Database, rows: Sequence[tuple[int, int, int]], at: str) -> None:
    """(supplier_line_id, customer_line_id, quantity): adds to an existing coverage row."""
    db.conn.executemany(
        "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (supplier_line_id, customer_line_id)"
        " DO UPDATE SET quantity = quantity + excluded.quantity",
        [(sl, cl, qty, at) for sl, cl, qty in rows],
    )


def record_events(db: Database, rows: Sequence[dict[str, Any]]) -> None:
    """Many audit events at once (same columns as `jitdesk.store.events.record_event`)."""
    db.conn.executemany(
        "INSERT INTO events (at, actor, entity, entity_id, action, summary, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["at"],
                r["actor"],
                r["entity"],
                r["entity_id"],
                r["action"],
                r["summary"],
                json.dumps(r.get("details") or {}, ensure_ascii=False, default=str),
            )
            for r in rows
        ],
    )
