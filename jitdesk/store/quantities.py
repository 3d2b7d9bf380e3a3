"""Derived quantities: the single source of the numbers the JIT loop runs on.

For a customer line: handed (given to the customer), allocated (on hand, reserved, not yet
handed), covered (still expected on open supplier orders), waiting (the rest).
Nothing here is stored twice; everything follows from coverage, receipts, allocations,
handovers and write-offs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

OPEN_SO = "('draft', 'sent', 'partially received')"

# Correlated sub-queries over indexed columns: cost grows with the lines asked for, not with
# the size of the shop, so refreshing a few orders stays fast in a 100,000-order file.
LINE_QUANTITIES_SQL = f"""
SELECT l.id AS line_id, l.order_id, l.product_id, l.quantity,
       (SELECT COALESCE(SUM(h.quantity), 0) FROM handover_lines h
         WHERE h.customer_line_id = l.id) AS handed,
       (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a WHERE a.customer_line_id = l.id)
       - (SELECT COALESCE(SUM(h.quantity), 0) FROM handover_lines h
           WHERE h.customer_line_id = l.id) AS allocated,
       (SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0)
                                             FROM allocations ca WHERE ca.coverage_id = c.id),
                                0)), 0)
          FROM coverage c
          JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
          JOIN supplier_orders so ON so.id = sl.supplier_order_id
         WHERE c.customer_line_id = l.id AND so.status IN {OPEN_SO}) AS covered
FROM customer_order_lines l
JOIN customer_orders o ON o.id = l.order_id
"""


@dataclass(frozen=True, slots=True)
class LineQuantities:
    line_id: int
    order_id: int
    product_id: int
    quantity: int
    handed: int
    allocated: int
    covered: int

    @property
    def waiting(self) -> int:
        return self.quantity - self.handed - self.allocated - self.covered

    @property
    def complete(self) -> bool:
        """Every unit is in the shop (or already handed over)."""
        return self.handed + self.allocated >= self.quantity


def line_quantities(
    db: Database,
    *,
    order_ids: Iterable[int] | None = None,
    line_ids: Iterable[int] | None = None,
    product_ids: Iterable[int] | None = None,
    active_only: bool = False,
) -> list[LineQuantities]:
    where, params = [], []
    if product_ids is not None:
        ids = list(product_ids)
        where.append(f"l.product_id IN ({','.join('?' * len(ids))})")
        params += ids
    if order_ids is not None:
        ids = list(order_ids)
        where.append(f"l.order_id IN ({','.join('?' * len(ids))})")
        params += ids
    if line_ids is not None:
        ids = list(line_ids)
        where.append(f"l.id IN ({','.join('?' * len(ids))})")
        params += ids
    if active_only:
        where.append("o.status IN ('open', 'ready')")
    sql = LINE_QUANTITIES_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY l.order_id, l.line_no"
    return [LineQuantities(*row) for row in db.execute(sql, params).fetchall()]


# Units of one customer line `l` still expected on open supplier orders: per coverage row, what
# the receipts have not fulfilled yet (never below 0). The unary + keeps SQLite from driving
# the look-up by the open supplier lines (one probe per open supplier line and customer line).
_COVERED_BY_OPEN_SO = """(
    SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0) FROM allocations ca
                                          WHERE ca.coverage_id = c.id), 0)), 0)
    FROM coverage c
    WHERE c.customer_line_id = l.id AND +c.supplier_line_id IN open_supplier_lines)"""

# Line `l` has one coverage row on an open supplier order for all its units (received or not):
# one covering-index look-up that stops at the first such row.
_FULLY_ON_ONE_OPEN_SO = """EXISTS (
    SELECT 1 FROM coverage c
    WHERE c.customer_line_id = l.id AND c.quantity >= l.quantity
      AND +c.supplier_line_id IN open_supplier_lines)"""


# waiting = quantity - handed - allocated - covered by open supplier orders, and allocated (on
# hand) = allocations - handed, so handed cancels out. Only open orders can wait (a ready order
# has every unit in the shop). Planning orders these lines; the Today page counts them.
#
# Shaped for a shop with tens of thousands of open lines (issue 5): one pass over the open
# lines with look-ups on covering indexes and no temporary B-tree (grouping the coverage per
# line and joining it back sorted ~80,000 rows twice). Two cheap tests drop most lines before
# anything is summed:
# - most open lines are fully on order, each by one supplier line: a line with a coverage row
#   on an open supplier order for all its units cannot wait. Units received against a coverage
#   row are allocations of that same customer line (`jitdesk check` reports any allocation
#   that fulfils another line's coverage), so allocated + covered >= that row's units. An
#   existence test stops at the first such row and sums nothing;
# - a line whose allocations reach its quantity is in the shop (or handed over).
# Only the lines left (~5% on the 100,000-order demo shop) get the exact sums, once each:
# LIMIT -1 (no limit) keeps SQLite from flattening the sub-query into the `waiting > 0`
# filter, which would work the sums out twice, once for the filter and once for the column.
_ALLOCATED = """(
    SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a WHERE a.customer_line_id = l.id)"""


WAITING_LINES_SQL = f"""
WITH open_supplier_lines AS MATERIALIZED (
    SELECT sl.id FROM supplier_order_lines sl
    JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE so.status IN {OPEN_SO})
SELECT * FROM (
    SELECT l.id, l.order_id, l.product_id,
           l.quantity - {_COVERED_BY_OPEN_SO} - {_ALLOCATED} AS waiting
    FROM customer_orders o JOIN customer_order_lines l ON l.order_id = o.id
    WHERE o.status = 'open' AND l.quantity > 0 AND NOT {_FULLY_ON_ONE_OPEN_SO}
      AND l.quantity > {_ALLOCATED}
    LIMIT -1)
WHERE waiting > 0
"""

# The same lines and numbers, shaped for PostgreSQL's planner (store/pg_sql.py sends this form
# to a server in place of the one above). PostgreSQL evaluates a correlated test as a filter
# on every line of every open order (~100,000 on the 100,000-order demo) before its hash
# anti-join drops the lines fully on order; the materialized steps make it drop those first
# (a hash anti-join against the open coverage), then subtract the allocations of the ~25%
# left, and sum the coverage only of the lines still short.
WAITING_LINES_FOR_POSTGRES = f"""
WITH open_supplier_lines AS MATERIALIZED (
    SELECT sl.id FROM supplier_order_lines sl
    JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE so.status IN {OPEN_SO}),
not_fully_on_order AS MATERIALIZED (
    SELECT l.id, l.order_id, l.product_id, l.quantity
    FROM customer_orders o JOIN customer_order_lines l ON l.order_id = o.id
    WHERE o.status = 'open' AND l.quantity > 0
      AND NOT EXISTS (
          SELECT 1 FROM coverage c JOIN open_supplier_lines os ON os.id = c.supplier_line_id
          WHERE c.customer_line_id = l.id AND c.quantity >= l.quantity)),
not_in_the_shop AS MATERIALIZED (
    SELECT l.id, l.order_id, l.product_id, l.quantity - {_ALLOCATED} AS short
    FROM not_fully_on_order l)
SELECT * FROM (
    SELECT l.id, l.order_id, l.product_id,
           l.short - (
               SELECT COALESCE(SUM(MAX(c.quantity - (
                          SELECT COALESCE(SUM(ca.quantity), 0) FROM allocations ca
                          WHERE ca.coverage_id = c.id), 0)), 0)
               FROM coverage c
               JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
               JOIN supplier_orders so ON so.id = sl.supplier_order_id
               WHERE c.customer_line_id = l.id AND so.status IN {OPEN_SO}) AS waiting
    FROM not_in_the_shop l WHERE l.short > 0) AS w
WHERE waiting > 0
"""

# On hand per product ever received, from the totals the schema's triggers keep (one row per
# product, however long the history): received - allocated - written off.
ON_HAND_SQL = """
SELECT product_id, received - allocated - written_off AS surplus
FROM stock_totals WHERE receipt_lines > 0
"""


def surplus_by_product(db: Database, product_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Units on hand that no customer line holds: received - allocated - written off."""
    rows = db.execute(ON_HAND_SQL).fetchall()
    wanted = set(product_ids) if product_ids is not None else None
    return {pid: q for pid, q in rows if q != 0 and (wanted is None or pid in wanted)}


SUPPLIER_LINE_SQL = """
SELECT sl.id, sl.supplier_order_id, so.supplier_id, so.status, sl.product_id, sl.quantity,
       (SELECT COALESCE(SUM(r.quantity), 0) FROM receipt_lines r
         WHERE r.supplier_line_id = sl.id) AS received,
       (SELECT COALESCE(SUM(c.quantity), 0) FROM coverage c
         WHERE c.supplier_line_id = sl.id) AS covered_total,
       (SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0)
                                             FROM allocations ca WHERE ca.coverage_id = c.id),
                                0)), 0)
          FROM coverage c WHERE c.supplier_line_id = sl.id) AS covered_outstanding
FROM supplier_order_lines sl
JOIN supplier_orders so ON so.id = sl.supplier_order_id
"""


@dataclass(frozen=True, slots=True)
class SupplierLineQuantities:
    line_id: int
    supplier_order_id: int
    supplier_id: int
    status: str
    product_id: int
    quantity: int
    received: int
    covered_total: int
    covered_outstanding: int

    @property
    def outstanding(self) -> int:
        """Units still to arrive."""
        return max(0, self.quantity - self.received)

    @property
    def uncovered_on_the_way(self) -> int:
        """Units still to arrive that no customer line is waiting for."""
        return max(0, self.outstanding - self.covered_outstanding)


def supplier_line_quantities(
    db: Database, *, supplier_order_ids: Iterable[int] | None = None, open_only: bool = False
) -> list[SupplierLineQuantities]:
    where, params = [], []
    if supplier_order_ids is not None:
        ids = list(supplier_order_ids)
        where.append(f"sl.supplier_order_id IN ({','.join('?' * len(ids))})")
        params += ids
    if open_only:
        where.append(f"so.status IN {OPEN_SO}")
    sql = SUPPLIER_LINE_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY sl.supplier_order_id, sl.line_no"
    return [SupplierLineQuantities(*row) for row in db.execute(sql, params).fetchall()]
