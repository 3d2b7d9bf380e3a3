"""The queries planning reads, and the bulk writes its commit makes.

Demand follows the semantics of `jitdesk.store.quantities`: waiting = quantity - handed -
allocated - covered by open supplier orders, for lines of open and ready customer orders.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date

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
from jitdesk.domain.promise import OfferTerms
from jitdesk.store.bulk import next_id, tuples
from jitdesk.store.quantities import OPEN_SO, WAITING_LINES_SQL, surplus_by_product

# What planning shows of the orders of the waiting lines, read once per order rather than once
# per line: a plan of 10,000 lines spent a third of its reading on the same texts over and over.
DEMAND_ORDERS_SQL = """
SELECT o.id, o.number, c.name, o.order_date, o.promised_date
FROM customer_orders o JOIN customers c ON c.id = o.customer_id
WHERE o.id IN (SELECT value FROM json_each(?))
"""

# Planning shows the order's promised date (what the customer was told), else the line's.
LINE_PROMISES_SQL = """
SELECT id, promised_date FROM customer_order_lines
WHERE order_id IN (SELECT value FROM json_each(?)) AND promised_date IS NOT NULL
"""

# Per open supplier line, units still to arrive that no customer line holds. A line with
# nothing left to arrive has nothing uncovered (0 is reported), so its coverage is not summed.
# Units were only ever allocated through a coverage row when its supplier line received them,
# so on a line that received nothing its coverage is still to arrive in full and the ~80,000
# allocation look-ups of a 100,000-order shop's coverage are not needed. What a line received
# is summed once (LIMIT -1 keeps the sub-query from being flattened into the CASE).
OPEN_LINES_SQL = f"""
SELECT id, supplier_order_id, supplier_id, product_id,
       CASE WHEN quantity <= received THEN 0
            WHEN received = 0
            THEN quantity - (SELECT COALESCE(SUM(c.quantity), 0) FROM coverage c
                             WHERE c.supplier_line_id = line.id)
            ELSE quantity - received
                 - (SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0)
                                                         FROM allocations ca
                                                         WHERE ca.coverage_id = c.id), 0)), 0)
                    FROM coverage c WHERE c.supplier_line_id = line.id) END AS uncovered,
       status
FROM (
    SELECT sl.id, sl.supplier_order_id, so.supplier_id, sl.product_id, sl.quantity, so.status,
           (SELECT COALESCE(SUM(r.quantity), 0) FROM receipt_lines r
             WHERE r.supplier_line_id = sl.id) AS received
    FROM supplier_orders so
    JOIN supplier_order_lines sl ON sl.supplier_order_id = so.id
    WHERE so.status IN {OPEN_SO}
    LIMIT -1) line
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
    lines = list(tuples(db, WAITING_LINES_SQL))
    day = date.fromisoformat
    orders = {
        order_id: (number, name, day(ordered), None if promised is None else day(promised))
        for order_id, number, name, ordered, promised in tuples(
            db, DEMAND_ORDERS_SQL, [json.dumps(sorted({line[1] for line in lines}))]
        )
    }
    undated = [order_id for order_id, order in orders.items() if order[3] is None]
    line_promises = (
        {
            line_id: day(text)
            for line_id, text in tuples(db, LINE_PROMISES_SQL, [json.dumps(undated)])
        }
        if undated
        else {}
    )
    demand = []
    for line_id, order_id, product_id, waiting in lines:
        number, name, ordered, promised = orders[order_id]
        if promised is None:
            promised = line_promises.get(line_id)
        demand.append(
            DemandLine(line_id, order_id, number, name, product_id, ordered, promised, waiting)
        )
    return demand


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


OFFERS_SQL = """
SELECT o.id, o.product_id, o.supplier_id, o.unit_cost, o.pack_size, o.min_qty,
       COALESCE(o.lead_time_days, s.lead_time_days), o.preferred, o.supplier_sku
FROM offers o JOIN suppliers s ON s.id = o.supplier_id
WHERE o.active = 1 AND s.active = 1
ORDER BY o.id
"""


def catalog_for(
    db: Database, product_ids: set[int], suppliers: Mapping[int, SupplierInfo]
) -> tuple[dict[int, ProductInfo], dict[int, list[OfferTerms]], dict[int, str]]:
    """Products, their active offers of active suppliers (the terms promising uses too;
    an offer delivers on its supplier's weekdays) and each offer's supplier SKU."""
    products = {
        pid: ProductInfo(pid, sku, name, bool(to_review))
        for pid, sku, name, to_review in tuples(db, "SELECT id, sku, name, to_review FROM products")
        if pid in product_ids
    }
    offers: dict[int, list[OfferTerms]] = {}
    skus: dict[int, str] = {}
    # By offer id: each product's offers in that order.
    rows = tuples(db, OFFERS_SQL)
    for offer_id, pid, supplier_id, cost, pack, min_qty, lead, preferred, sku in rows:
        if pid in product_ids:
            weekdays = suppliers[supplier_id].delivery_weekdays
            offers.setdefault(pid, []).append(
                OfferTerms(
                    offer_id, pid, supplier_id, cost, pack, min_qty, lead, weekdays, bool(preferred)
                )
            )
            skus[offer_id] = sku
    return products, offers, skus


def planning_inputs(db: Database, today: date) -> PlanInputs:
    """Everything `jitdesk.domain.planning.plan` reads, in one consistent read."""
    demand = waiting_demand(db)
    product_ids = {d.product_id for d in demand}
    suppliers = supplier_infos(db)
    products, offers, skus = catalog_for(db, product_ids, suppliers)
    return PlanInputs(
        today=today,
        demand=demand,
        surplus={p: q for p, q in surplus_by_product(db, product_ids).items() if q > 0},
        on_the_way=[o for o in uncovered_on_the_way(db) if o.product_id in product_ids],
        offers=offers,
        suppliers=suppliers,
        drafts=draft_orders(db),
        products=products,
        offer_skus=skus,
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


def add_coverage(
    db: Database, rows: Sequence[tuple[int, int, int, str]], *, new_lines: bool = False
) -> None:
    """(supplier_line_id, customer_line_id, quantity, at): adds to an existing coverage row.

    `new_lines`: the supplier lines were just created, so there is nothing to add to."""
    sql = "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at) VALUES (?, ?, ?, ?)"
    if not new_lines:
        sql += (
            " ON CONFLICT (supplier_line_id, customer_line_id)"
            " DO UPDATE SET quantity = quantity + excluded.quantity"
        )
    db.conn.executemany(sql, rows)


def next_supplier_line_id(db: Database) -> int:
    """The id the next supplier order line gets; call with the write lock held (BEGIN
    IMMEDIATE), so that a bulk insert can number its lines up front."""
    return next_id(db, "supplier_order_lines")


def insert_supplier_lines(db: Database, rows: Sequence[tuple]) -> None:
    """Insert supplier order lines at once. Each row: id, supplier order id, line no, product
    id, offer id, supplier SKU, description, unit cost, pack size, quantity, expected date."""
    db.conn.executemany(
        "INSERT INTO supplier_order_lines (id, supplier_order_id, line_no, product_id, offer_id,"
        " supplier_sku, description, unit_cost, pack_size, quantity, expected_date)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
