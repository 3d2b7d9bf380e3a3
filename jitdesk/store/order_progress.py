"""How far customer orders are (domain/order_progress.py), read from the shop.

`line_progress` reads each line's figures for `order_progress`: the one definition, used for a
single order. The order lists need it for every row and filter by it over tens of thousands of
open orders, so `PROGRESS_SQL` works the same out inside their query (tests hold the two
together on random orders).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from jitdesk.domain.order_progress import OPEN_PROGRESS, LineProgress, OrderProgress

ON_THE_WAY_SO = "('sent', 'partially received')"

# The supplier order lines still on their way; a handful of rows, so every look-up below can
# test membership instead of joining two tables per coverage row.
SENT_LINES_CTE = f"""sent_lines AS MATERIALIZED (
    SELECT sl.id FROM supplier_order_lines sl
    JOIN supplier_orders so ON so.id = sl.supplier_order_id
    WHERE so.status IN {ON_THE_WAY_SO})"""

# Units of line `l` on sent supplier orders, for a line with nothing allocated yet: units
# received against a coverage row are allocations of that row's own line (`jitdesk check`
# reports any other), so none of its coverage is fulfilled yet and the rows count whole.
_ON_ORDER = """(
    SELECT COALESCE(SUM(c.quantity), 0) FROM coverage c
    WHERE c.customer_line_id = l.id AND +c.supplier_line_id IN sent_lines)"""

_ACTIVE_LINES = "FROM customer_order_lines l WHERE l.order_id = o.id AND l.quantity > 0"

# The tests of `order_progress` on an open order `o` (they need SENT_LINES_CTE): a line with
# any allocation (allocations are never below 1 unit) makes it partly received; past that
# test nothing has come in, so a line waits when its units exceed what is on order.
_PARTLY = f"""EXISTS (SELECT 1 {_ACTIVE_LINES}
               AND EXISTS (SELECT 1 FROM allocations a WHERE a.customer_line_id = l.id))"""
_WAITS = f"""(NOT EXISTS (SELECT 1 {_ACTIVE_LINES})
      OR EXISTS (SELECT 1 {_ACTIVE_LINES} AND l.quantity > {_ON_ORDER}))"""

PROGRESS_SQL = f"""(CASE
    WHEN o.status <> 'open' THEN o.status
    WHEN {_PARTLY} THEN '{OrderProgress.PARTLY_RECEIVED}'
    WHEN {_WAITS} THEN '{OrderProgress.WAITING}'
    ELSE '{OrderProgress.ON_ORDER}' END)"""

# Filtering by one progress tests only what it needs (the partly received orders need no
# look at their coverage), so a filter reads no more than it must of the open orders.
_IS = {
    OrderProgress.PARTLY_RECEIVED: _PARTLY,
    OrderProgress.WAITING: f"NOT {_PARTLY} AND {_WAITS}",
    OrderProgress.ON_ORDER: f"NOT {_PARTLY} AND NOT {_WAITS}",
}

# Late (`order_late`): only an open order can be, so the stored status and the promised date
# answer it without the lines.
LATE_SQL = "(o.status = 'open' AND o.promised_date IS NOT NULL AND o.promised_date < ?)"


def progress_where(progress: Iterable[str]) -> tuple[str, list[str]]:
    """A condition on order `o` for "its progress is one of these" (needs SENT_LINES_CTE when
    it names a progress of open orders). Ready, completed, cancelled and "any open" read the
    stored status alone (an index range); only waiting, on order and partly received on their
    own need the lines."""
    wanted = set(progress)
    derived = sorted(p for p in wanted if p in OPEN_PROGRESS)
    stored = sorted(p for p in wanted if p not in OPEN_PROGRESS)
    if set(derived) == OPEN_PROGRESS:
        derived, stored = [], sorted([*stored, "open"])
    parts, params = [], []
    if stored:
        parts.append(f"o.status IN ({','.join('?' * len(stored))})")
        params += stored
    if derived:
        tests = " OR ".join(f"({_IS[OrderProgress(p)]})" for p in derived)
        parts.append(f"(o.status = 'open' AND ({tests}))")
    return "(" + " OR ".join(parts) + ")", params


LINE_PROGRESS_SQL = f"""
SELECT l.order_id, l.quantity,
       (SELECT COALESCE(SUM(a.quantity), 0) FROM allocations a
         WHERE a.customer_line_id = l.id) AS received,
       (SELECT COALESCE(SUM(MAX(c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0)
                                             FROM allocations ca WHERE ca.coverage_id = c.id),
                                0)), 0)
          FROM coverage c
          JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
          JOIN supplier_orders so ON so.id = sl.supplier_order_id
         WHERE c.customer_line_id = l.id AND so.status IN {ON_THE_WAY_SO}) AS on_order
FROM customer_order_lines l
"""


def line_progress(db: Database, order_ids: Iterable[int]) -> dict[int, list[LineProgress]]:
    """Each line's figures per order (orders without lines are left out)."""
    ids = sorted(set(order_ids))
    result: dict[int, list[LineProgress]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = LINE_PROGRESS_SQL + f" WHERE l.order_id IN ({','.join('?' * len(chunk))})"
        for order_id, quantity, received, on_order in db.execute(sql, chunk):
            result.setdefault(order_id, []).append(LineProgress(quantity, received, on_order))
    return result
