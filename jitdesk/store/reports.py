"""Read-only queries behind the reports (issue 7). Aggregation happens here in SQL; the
figures themselves (medians, rates) are computed in jitdesk.domain.reliability.

Each query touches every row of a 100,000-order shop at most once (plain GROUP BYs and
indexed look-ups), so every report stays well under half a second there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from jitdesk.store.bulk import tuples
from jitdesk.store.quantities import LINE_QUANTITIES_SQL, OPEN_SO

ACTIVE_CO = "('open', 'ready')"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# -- supplier reliability --------------------------------------------------------------------

SUPPLIERS_SQL = "SELECT id, name, lead_time_days, min_order_value FROM suppliers ORDER BY name"

# Each sent order's first delivery day and the units of that day's receipts, by seeks on the
# receipts of that order; units ordered and received are the totals kept per supplier order
# and per receipt (schema: supplier_order_units, receipt_units), so the cost follows the
# number of supplier orders, not the lines they ever held.
SENT_ORDERS_SQL = """
SELECT s.supplier_id, substr(s.sent_at, 1, 10), s.expected_date, s.day,
       COALESCE((SELECT ordered FROM supplier_order_units WHERE supplier_order_id = s.id), 0),
       COALESCE((SELECT SUM(ru.received) FROM receipts r
                 JOIN receipt_units ru ON ru.receipt_id = r.id
                 WHERE r.supplier_order_id = s.id AND r.received_on = s.day), 0)
FROM (SELECT so.id, so.supplier_id, so.sent_at, so.expected_date,
             (SELECT MIN(r.received_on) FROM receipts r WHERE r.supplier_order_id = so.id) AS day
      FROM supplier_orders so
      WHERE so.sent_at IS NOT NULL AND so.status <> 'cancelled') s
ORDER BY s.supplier_id, s.sent_at
"""


def suppliers(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute(SUPPLIERS_SQL)]


def sent_orders(db: Database) -> list[tuple]:
    """(supplier_id, sent_on, expected_on, first_received_on, ordered, first_received)."""
    return [tuple(r) for r in db.execute(SENT_ORDERS_SQL)]


COST_CHANGES_SQL = """
SELECT o.id, o.supplier_id, o.unit_cost, c.changed_at, c.unit_cost
FROM offers o LEFT JOIN offer_costs c ON c.offer_id = o.id
WHERE o.active = 1
"""

# Of the actual costs entered at receiving (kept per offer and day in offer_receipt_costs),
# the days that decide the cost in force on each day asked about (`reliability.cost_at`): the
# newest day on or before it, and the first day of all. One index seek per offer and day.
_COST_DAY = """
  SELECT o.id AS offer_id, (SELECT {pick}(c.received_on) FROM offer_receipt_costs c
                            WHERE c.offer_id = o.id {until}) AS day
  FROM offers o WHERE o.active = 1"""
RECEIPT_COSTS_SQL = """
SELECT c.offer_id, c.received_on || 'T23:59:59', c.unit_cost
FROM ({days}) d JOIN offer_receipt_costs c ON c.offer_id = d.offer_id AND c.received_on = d.day
"""


def cost_history(
    db: Database, days: Sequence[str]
) -> dict[int, tuple[int, int, list[tuple[str, int]]]]:
    """Per active offer: (supplier_id, list cost now, [(when, cost)] oldest first): the
    offer's cost changes and, of the actual costs entered at receiving, those that decide
    `reliability.cost_at` on each of `days` (ISO dates), which then gives the same cost as
    over the offer's whole history."""
    result: dict[int, tuple[int, int, list[tuple[str, int]]]] = {}
    for offer_id, supplier_id, current, at, cost in db.execute(COST_CHANGES_SQL):
        entry = result.setdefault(offer_id, (supplier_id, current, []))
        if at is not None:
            entry[2].append((at, cost))
    picks = [_COST_DAY.format(pick="MIN", until="")]
    picks += [_COST_DAY.format(pick="MAX", until="AND c.received_on <= ?") for _ in days]
    sql = RECEIPT_COSTS_SQL.format(days=" UNION ".join(picks))
    for offer_id, at, cost in db.execute(sql, list(days)):
        result[offer_id][2].append((at, cost))
    for _, _, history in result.values():
        history.sort()
    return result


OBSERVED_LEADS_SQL = """
WITH first AS (SELECT supplier_order_id AS so_id, MIN(received_on) AS day
               FROM receipts GROUP BY 1)
SELECT so.supplier_id, julianday(f.day) - julianday(substr(so.sent_at, 1, 10))
FROM supplier_orders so JOIN first f ON f.so_id = so.id
WHERE so.sent_at IS NOT NULL AND so.status <> 'cancelled' {extra}
"""


def observed_leads(db: Database, supplier_ids: Iterable[int]) -> dict[int, list[int]]:
    """Lead times (days from sending to the first delivery) per supplier."""
    ids = sorted(set(supplier_ids))
    if not ids:
        return {}
    sql = OBSERVED_LEADS_SQL.format(extra=f"AND so.supplier_id IN ({_marks(ids)})")
    result: dict[int, list[int]] = {}
    for supplier_id, days in db.execute(sql, ids):
        result.setdefault(supplier_id, []).append(int(days))
    return result


# -- margins ---------------------------------------------------------------------------------

# The dearest cost an active order's line can be costed at (its product's offers, the supplier
# lines covering active orders and their actual receipt costs, and the costs passed in): only
# lines priced below it (less the threshold) can pull an order under the threshold, so only
# their orders are costed exactly. The supplier lines are found from the active orders'
# coverage, so years of completed orders are never read. `pc` is one grouped, materialized
# table that SQLite indexes on the fly (an automatic index: one look-up per active line); the
# passed-in costs come last in the UNION so the planner still expects a big table and builds
# that index (with the VALUES first it scans all of `pc` for every line, 25x slower).
# Candidates are found from the active orders (status index), not per product: the product
# index would fetch every line of the shop at random.
MARGIN_SQL = """
WITH covering AS MATERIALIZED (
  SELECT DISTINCT l.product_id, c.supplier_line_id AS id FROM customer_orders o
  CROSS JOIN customer_order_lines l ON l.order_id = o.id
  CROSS JOIN coverage c ON c.customer_line_id = l.id
  WHERE o.status IN {active}
),
pc AS MATERIALIZED (
  SELECT product_id, MAX(cost) AS cost, MAX(top) AS top FROM (
    SELECT product_id, CAST(NULL AS INTEGER) AS cost, unit_cost AS top FROM offers
    UNION ALL SELECT cv.product_id, NULL, sl.unit_cost
      FROM covering cv JOIN supplier_order_lines sl ON sl.id = cv.id
    UNION ALL SELECT cv.product_id, NULL, rl.unit_cost
      FROM covering cv JOIN receipt_lines rl ON rl.supplier_line_id = cv.id
     WHERE rl.unit_cost IS NOT NULL
    {costs})
  GROUP BY product_id
),
candidates AS (
  SELECT DISTINCT l.order_id FROM customer_orders o
  CROSS JOIN customer_order_lines l ON l.order_id = o.id
  CROSS JOIN pc ON pc.product_id = l.product_id
  WHERE o.status IN {active} AND l.quantity > 0 AND l.unit_price * (1 - ?) < pc.top
),
lines AS MATERIALIZED (
  SELECT l.order_id, l.product_id, l.quantity, l.unit_price,
    (SELECT COALESCE(SUM(
        (CASE WHEN so.status IN {open_so} THEN c.quantity
              ELSE (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a
                    WHERE a.coverage_id = c.id) END)
        * COALESCE((SELECT rl.unit_cost FROM receipt_lines rl
                    WHERE rl.supplier_line_id = sl.id AND rl.unit_cost IS NOT NULL
                    ORDER BY rl.id DESC LIMIT 1), sl.unit_cost)), 0)
       FROM coverage c
       JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
       JOIN supplier_orders so ON so.id = sl.supplier_order_id
      WHERE c.customer_line_id = l.id AND so.status <> 'cancelled') AS covered_cost,
    (SELECT COALESCE(SUM(
        CASE WHEN so.status IN {open_so} THEN c.quantity
             ELSE (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a
                   WHERE a.coverage_id = c.id) END), 0)
       FROM coverage c
       JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
       JOIN supplier_orders so ON so.id = sl.supplier_order_id
      WHERE c.customer_line_id = l.id AND so.status <> 'cancelled') AS covered_units
  FROM customer_order_lines l
  WHERE l.order_id IN (SELECT order_id FROM candidates) AND l.quantity > 0
),
per_order AS (
  SELECT lines.order_id,
         SUM(lines.quantity * lines.unit_price) AS revenue,
         SUM(covered_cost
             + MAX(lines.quantity - covered_units, 0) * COALESCE(pc.cost, 0)) AS cost,
         GROUP_CONCAT(lines.product_id) AS products
  FROM lines LEFT JOIN pc ON pc.product_id = lines.product_id
  GROUP BY lines.order_id
)
SELECT o.id, o.number, c.name, o.order_date, o.promised_date, o.status, p.revenue, p.cost,
       (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = o.id) AS paid,
       p.products
FROM per_order p
JOIN customer_orders o ON o.id = p.order_id
JOIN customers c ON c.id = o.customer_id
WHERE p.revenue - p.cost < ? * p.revenue OR p.cost > p.revenue
ORDER BY (p.revenue - p.cost) * 1.0 / MAX(p.revenue, 1), o.order_date
"""


def low_margin_orders(
    db: Database, product_costs: dict[int, int], threshold: float
) -> list[dict[str, Any]]:
    """Active orders whose margin (quoted revenue against cost: the covering supplier lines'
    cost, else `product_costs`) is below `threshold` (0.10 = 10 %).

    An order's margin is a weighted mean of its lines' margins, so it can only be below the
    threshold when one of its lines is, at the dearest cost the product ever had: only those
    candidate orders are costed exactly (a few among 100,000).
    """
    pairs = sorted(product_costs.items())
    costs = "UNION ALL VALUES " + ",".join("(?, ?, ?)" for _ in pairs) if pairs else ""
    params: list[Any] = [x for pid, cost in pairs for x in (pid, cost, cost)]
    sql = MARGIN_SQL.format(costs=costs, open_so=OPEN_SO, active=ACTIVE_CO)
    return [dict(r) for r in db.execute(sql, [*params, threshold, threshold])]


def product_names(db: Database, product_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    rows = db.execute(f"SELECT id, sku, name FROM products WHERE id IN ({_marks(ids)})", ids)
    return {r[0]: (r[1], r[2]) for r in rows}


# -- demand ----------------------------------------------------------------------------------

# One grouped sub-query per week, summed again per product and only then named: nine sorts of
# a week's lines each stay in memory, where one GROUP BY over all nine weeks (200,000 lines
# on the demo shop) spills to a temporary file and takes 1.7x as long; joining products before
# the GROUP BY would also carry sku and name through those sorts.
_WEEK_DEMAND = """
  SELECT l.product_id, {week} AS week, {usual} AS usual
  FROM customer_orders o JOIN customer_order_lines l ON l.order_id = o.id
  WHERE o.order_date > ? AND o.order_date <= ? AND o.status <> 'cancelled'
  GROUP BY l.product_id"""
DEMAND_SQL = """
SELECT d.product_id, p.sku, p.name, SUM(d.week), SUM(d.usual)
FROM ({weeks}) d JOIN products p ON p.id = d.product_id
GROUP BY d.product_id, p.sku, p.name
"""


def weekly_demand(db: Database, today: str, week_start: str, usual_start: str) -> list[tuple]:
    """(product_id, sku, name, units ordered after week_start, units ordered in the usual
    window (usual_start, week_start]) over orders not cancelled."""
    this_week = _WEEK_DEMAND.format(week="SUM(l.original_quantity)", usual="0")
    usual_week = _WEEK_DEMAND.format(week="0", usual="SUM(l.original_quantity)")
    parts, params = [this_week], [week_start, today]
    for after, until in _weeks(usual_start, week_start):
        parts.append(usual_week)
        params += [after, until]
    sql = DEMAND_SQL.format(weeks=" UNION ALL ".join(parts))
    return [tuple(r) for r in db.execute(sql, params)]


def _weeks(after: str, until: str) -> Iterator[tuple[str, str]]:
    """(start, end] pairs of at most 7 days that together make up (after, until]."""
    start, end = date.fromisoformat(after), date.fromisoformat(until)
    while start < end:
        stop = min(start + timedelta(days=7), end)
        yield start.isoformat(), stop.isoformat()
        start = stop


def waiting_by_product(db: Database, product_ids: Iterable[int]) -> dict[int, int]:
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    sql = (
        f"SELECT product_id, SUM(quantity - handed - allocated - covered) FROM"
        f" ({LINE_QUANTITIES_SQL} WHERE o.status IN {ACTIVE_CO}"
        f" AND l.product_id IN ({_marks(ids)})) GROUP BY product_id"
    )
    return {r[0]: r[1] for r in db.execute(sql, ids)}


OFFERS_SQL = """
SELECT o.product_id, s.name, COALESCE(o.lead_time_days, s.lead_time_days), o.min_qty,
       o.pack_size, s.min_order_value, o.unit_cost, o.preferred
FROM offers o JOIN suppliers s ON s.id = o.supplier_id
WHERE o.active = 1 AND s.active = 1 AND o.product_id IN ({marks})
ORDER BY o.product_id, o.preferred DESC, s.name
"""


def offers_for(db: Database, product_ids: Iterable[int]) -> dict[int, list[tuple]]:
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    result: dict[int, list[tuple]] = {}
    for row in db.execute(OFFERS_SQL.format(marks=_marks(ids)), ids):
        result.setdefault(row[0], []).append(tuple(row[1:]))
    return result


# -- customer waiting ------------------------------------------------------------------------

# Orders the waiting figures count: placed on or after :since, and ready at some time or open
# and past their promised date. The window keeps the report about recent service (and fast).
_WAITING_WHERE = (
    "o.order_date >= :since"
    " AND (o.ready_at IS NOT NULL OR (o.status = 'open' AND o.promised_date < :today))"
)

WAITING_ORDERS_SQL = f"""
SELECT o.id, o.order_date, substr(o.ready_at, 1, 10), substr(o.completed_at, 1, 10),
       o.promised_date
FROM customer_orders o WHERE {_WAITING_WHERE}
"""

# One row per line of those orders and supplier order that covers it (NULL when none): the
# product and supplier breakdowns come from a single walk over the window's lines. CROSS JOIN
# keeps SQLite walking from the orders in the window (customer_orders_date index) rather
# than scanning all of coverage.
WAITING_PAIRS_SQL = f"""
SELECT l.product_id, so.supplier_id, o.id
FROM customer_orders o CROSS JOIN customer_order_lines l ON l.order_id = o.id
LEFT JOIN coverage c ON c.customer_line_id = l.id
LEFT JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
LEFT JOIN supplier_orders so ON so.id = sl.supplier_order_id
WHERE {_WAITING_WHERE}
"""


def waiting_orders(db: Database, today: str, since: str) -> dict[int, tuple]:
    """Order id -> (order date, ready date, pickup date, promised date) for the orders the
    waiting figures count (see `_WAITING_WHERE`)."""
    rows = tuples(db, WAITING_ORDERS_SQL, {"today": today, "since": since})
    return {row[0]: row[1:] for row in rows}


def waiting_pairs(
    db: Database, today: str, since: str
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Distinct (product id, order id) and (supplier id, order id) pairs of those orders: an
    order counts once per product it holds, and once per supplier that delivered (or will)
    any of it. Plain tuples streamed into sets: a SQL DISTINCT/GROUP BY over these
    100,000-row joins sorts them all, which took several times longer."""
    products: set[tuple[int, int]] = set()
    suppliers: set[tuple[int, int]] = set()
    for product_id, supplier_id, order_id in tuples(
        db, WAITING_PAIRS_SQL, {"today": today, "since": since}
    ):
        products.add((product_id, order_id))
        if supplier_id is not None:
            suppliers.add((supplier_id, order_id))
    return products, suppliers


# Each line's need (units not allocated yet) and its outstanding coverage on open supplier
# orders (all of it, and what is expected by the promised date) are computed once per line
# (materialized: the outer query would otherwise repeat the sub-queries); only lines with
# units short are summed per order. Open orders promised by :horizon are found through the
# customer_orders_status index. A line with nothing short has nothing "not ordered" either
# (on order >= expected in time), so that filter loses no figure.
# Units of a coverage still to come; only a partly received order can have fulfilled some.
_OUTSTANDING = """CASE WHEN so.status <> 'partially received' THEN c.quantity
  ELSE MAX(c.quantity - COALESCE((SELECT SUM(ca.quantity) FROM allocations ca
                                  WHERE ca.coverage_id = c.id), 0), 0) END"""
_OPEN_COVERAGE = f"""FROM coverage c
     JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
     JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE c.customer_line_id = lines.line_id AND so.status IN {OPEN_SO}"""
_AT_RISK_SQL = f"""
WITH lines AS MATERIALIZED (
  SELECT o.id AS order_id, o.promised_date, l.id AS line_id,
    l.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocations a
                           WHERE a.customer_line_id = l.id), 0) AS need
  FROM customer_orders o JOIN customer_order_lines l ON l.order_id = o.id
  WHERE o.status = 'open' AND o.promised_date <= :horizon AND l.quantity > 0 {{only}}
),
per_line AS MATERIALIZED (
  SELECT order_id, need,
    CASE WHEN lines.promised_date < :today THEN 0  -- overdue: nothing can come in time
    ELSE (SELECT COALESCE(SUM(CASE WHEN so.expected_date >= :today
                                    AND so.expected_date <= lines.promised_date
                                   THEN {_OUTSTANDING} END), 0)
          {_OPEN_COVERAGE}) END AS in_time,
    (SELECT COALESCE(SUM({_OUTSTANDING}), 0)
     {_OPEN_COVERAGE}) AS on_order
  FROM lines WHERE need > 0
)
SELECT o.id, o.number, c.name, o.order_date, o.promised_date,
       CAST(julianday(o.promised_date) - julianday(:today) AS INTEGER), t.short, t.not_ordered
FROM (SELECT order_id, SUM(need - in_time) AS short, SUM(MAX(need - on_order, 0)) AS not_ordered
      FROM per_line WHERE need > in_time GROUP BY order_id) t
JOIN customer_orders o ON o.id = t.order_id
JOIN customers c ON c.id = o.customer_id
"""
AT_RISK_SQL = _AT_RISK_SQL.format(only="")
AT_RISK_ORDER = " ORDER BY o.promised_date, o.number"
# Which orders are at risk needs only each line's need and what comes in time; what is on
# order (`not_ordered`) is worked out afterwards for the first :limit orders alone, by the
# same query as the whole list, so a screen showing a few hundred of tens of thousands of
# orders at risk costs one walk over the need. An overdue order's line counts as soon as
# anything is missing (nothing can come in time), without looking at its coverage.
AT_RISK_FIRST_SQL = f"""
WITH lines AS MATERIALIZED (
  SELECT o.id AS order_id, o.promised_date, l.id AS line_id,
    l.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocations a
                           WHERE a.customer_line_id = l.id), 0) AS need
  FROM customer_orders o JOIN customer_order_lines l ON l.order_id = o.id
  WHERE o.status = 'open' AND o.promised_date <= :horizon AND l.quantity > 0
),
at_risk AS MATERIALIZED (
  SELECT order_id FROM lines
  WHERE need > 0 AND (lines.promised_date < :today OR need > (
    SELECT COALESCE(SUM(CASE WHEN so.expected_date >= :today
                              AND so.expected_date <= lines.promised_date
                             THEN {_OUTSTANDING} END), 0)
    {_OPEN_COVERAGE}))
  GROUP BY order_id
)
SELECT o.id, COUNT(*) OVER () FROM at_risk t JOIN customer_orders o ON o.id = t.order_id
ORDER BY o.promised_date, o.number LIMIT :limit
"""


def orders_at_risk(db: Database, today: str, horizon: str) -> list[tuple]:
    """(order id, number, customer, order date, promised date, days left, short, not
    ordered): open
    orders promised by `horizon` with units not in the shop and not expected by the promised
    date (`short`); `not_ordered`: of those, units on no open supplier order. By promised
    date, then number."""
    return list(tuples(db, AT_RISK_SQL + AT_RISK_ORDER, {"today": today, "horizon": horizon}))


def first_orders_at_risk(
    db: Database, today: str, horizon: str, limit: int
) -> tuple[list[tuple], int]:
    """The first `limit` rows of `orders_at_risk` (same order) and the number of all rows."""
    params: dict[str, Any] = {"today": today, "horizon": horizon, "limit": limit}
    first = db.execute(AT_RISK_FIRST_SQL, params).fetchall()
    if not first:
        return [], 0
    ids = [r[0] for r in first]
    only = "AND o.id IN (" + ",".join(str(int(i)) for i in ids) + ")"
    sql = _AT_RISK_SQL.format(only=only) + AT_RISK_ORDER
    return list(tuples(db, sql, params)), first[0][1]


# -- cash and waste --------------------------------------------------------------------------

CASH_SQL = f"""
SELECT
  (SELECT COALESCE(SUM(p.amount), 0) FROM payments p
    JOIN customer_orders o ON o.id = p.order_id WHERE o.status IN {ACTIVE_CO}) AS deposits,
  (SELECT COALESCE(SUM(MAX(sl.quantity - (SELECT COALESCE(SUM(rl.quantity), 0)
                                          FROM receipt_lines rl
                                          WHERE rl.supplier_line_id = sl.id), 0)
                       * sl.unit_cost), 0)
     FROM supplier_order_lines sl JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE so.status IN ('sent', 'partially received')) AS committed,
  (SELECT COUNT(*) FROM customer_orders WHERE status = 'ready') AS ready_orders
"""


def cash_figures(db: Database) -> dict[str, int]:
    return dict(db.execute(CASH_SQL).fetchone())


WRITE_OFFS_SQL = """
SELECT substr(written_at, 1, 7) AS month, SUM(quantity), SUM(quantity * unit_cost)
FROM write_offs GROUP BY 1 ORDER BY 1
"""


def write_offs_by_month(db: Database) -> list[tuple[str, int, int]]:
    return [tuple(r) for r in db.execute(WRITE_OFFS_SQL)]
