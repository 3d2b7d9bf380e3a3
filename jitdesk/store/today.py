"""Queries behind the Today page: set-based counts and short lists, fast on a big shop.

Each query reads only what one section of the page shows; lists are limited in SQL and the
full count comes separately, so a shop with thousands of ready orders still opens at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from jitdesk.store.bulk import tuples as bulk_tuples
from jitdesk.store.quantities import WAITING_LINES_SQL

# Orders, units and lines still waiting to be ordered: the lines planning would order.
WAITING_SQL = f"""
SELECT COUNT(DISTINCT order_id), COALESCE(SUM(waiting), 0), COUNT(*)
FROM ({WAITING_LINES_SQL})
"""


def waiting_totals(db: Database) -> tuple[int, int, int]:
    """(orders, units, lines) still waiting to be ordered from a supplier."""
    orders, units, lines = db.execute(WAITING_SQL).fetchone()
    return int(orders), int(units), int(lines)


@dataclass(frozen=True, slots=True)
class SupplierOrderItem:
    """A supplier order as a Today card lists it."""

    supplier_order_id: int
    number: str
    supplier_name: str
    status: str
    expected_date: date | None
    lines: int
    units: int
    value: int
    min_order_value: int

    @property
    def below_minimum(self) -> bool:
        return self.value < self.min_order_value


# The columns are SupplierOrderItem's, in its order.
SUPPLIER_ORDER_SQL = """
SELECT so.id, so.number, s.name AS supplier_name, so.status, so.expected_date,
       (SELECT COUNT(*) FROM supplier_order_lines WHERE supplier_order_id = so.id) AS line_count,
       (SELECT COALESCE(SUM(quantity), 0) FROM supplier_order_lines
         WHERE supplier_order_id = so.id) AS units,
       (SELECT COALESCE(SUM(quantity * unit_cost), 0) FROM supplier_order_lines
         WHERE supplier_order_id = so.id) AS value,
       s.min_order_value
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
"""


def _so_items(rows: Iterable[Any]) -> list[SupplierOrderItem]:
    return [
        SupplierOrderItem(
            so_id, number, supplier, status, _date(expected), lines, units, value, minimum
        )
        for so_id, number, supplier, status, expected, lines, units, value, minimum in rows
    ]


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def draft_orders(db: Database) -> list[SupplierOrderItem]:
    rows = db.execute(
        SUPPLIER_ORDER_SQL + " WHERE so.status = 'draft' ORDER BY so.created_at, so.id"
    )
    return _so_items(rows)


def expected_on(db: Database, day_iso: str) -> list[SupplierOrderItem]:
    """Sent (or partly received) supplier orders expected on `day_iso`."""
    rows = db.execute(
        SUPPLIER_ORDER_SQL + " WHERE so.status IN ('sent', 'partially received')"
        " AND so.expected_date = ? ORDER BY s.name, so.id",
        [day_iso],
    )
    return _so_items(rows)


# The ready orders shown (oldest first, at most :limit) are picked by their keys first, so the
# customer and the balance are read for those rows only, not for every ready order; the same
# scan counts them all (a window count is taken before the LIMIT).
READY_SQL = """
WITH shown AS MATERIALIZED (
    SELECT o.id, COUNT(*) OVER () AS total FROM customer_orders o
    WHERE o.status = 'ready' AND {where}
    ORDER BY o.ready_at, o.id
    LIMIT :limit)
SELECT o.id, o.number, o.ready_at, o.notified_at, c.name AS customer_name,
       c.phone AS customer_phone, c.email AS customer_email,
       (SELECT COALESCE(SUM(quantity * unit_price), 0) FROM customer_order_lines
         WHERE order_id = o.id)
       - (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = o.id) AS balance,
       shown.total
FROM shown JOIN customer_orders o ON o.id = shown.id JOIN customers c ON c.id = o.customer_id
ORDER BY o.ready_at, o.id
"""
UNNOTIFIED = "o.notified_at IS NULL"


@dataclass(frozen=True, slots=True)
class ReadyRow:
    """A ready order as the Today lists read it (the pickup-by date is worked out above)."""

    id: int
    number: str
    ready_at: str | None
    notified_at: str | None
    customer_name: str
    customer_phone: str
    customer_email: str
    balance: int


def _ready(db: Database, where: str, params: list[Any], limit: int) -> tuple[list[ReadyRow], int]:
    """The first `limit` ready orders matching `where`, and how many match in all."""
    named = {"limit": limit} | {f"p{i}": v for i, v in enumerate(params)}
    found = db.execute(READY_SQL.format(where=where), named).fetchall()
    rows = [ReadyRow(*r[:-1]) for r in found]
    if found:
        return rows, found[0][-1]
    if limit > 0:
        return rows, 0
    sql = f"SELECT COUNT(*) FROM customer_orders o WHERE o.status = 'ready' AND {where}"
    return rows, db.execute(sql, named).fetchone()[0]


def unnotified_ready(db: Database, limit: int) -> tuple[list[ReadyRow], int]:
    """Ready orders nobody told yet (oldest first, at most `limit`), and how many in all."""
    return _ready(db, UNNOTIFIED, [], limit)


def told_ready_dates(db: Database) -> list[tuple[int, str, str]]:
    """(id, ready_at, notified_at) of every ready order whose customer was told, oldest
    first: what the pickup-by rule needs to find the ones past their date."""
    rows = bulk_tuples(
        db,
        "SELECT id, ready_at, notified_at FROM customer_orders"
        " WHERE status = 'ready' AND notified_at IS NOT NULL ORDER BY ready_at, id",
    )
    return list(rows)


def tell_again(db: Database, order_ids: list[int], at: str) -> None:
    """A reminder: the hold of these ready orders counts again from `at`."""
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(
            f"UPDATE customer_orders SET notified_at = ? WHERE id IN ({marks}) AND status = 'ready'",
            [at, *chunk],
        )


def ready_by_ids(db: Database, ids: list[int]) -> list[ReadyRow]:
    """The ready orders `ids` (at most a page of them) as the Today lists show them."""
    if not ids:
        return []
    marks = ", ".join(f":p{i}" for i in range(len(ids)))
    rows, _ = _ready(db, f"o.id IN ({marks})", ids, len(ids))
    return rows


def unnotified_ready_orders(db: Database) -> list[tuple[int, str]]:
    """(id, number) of every ready order not yet notified, oldest first."""
    rows = db.execute(
        "SELECT id, number FROM customer_orders WHERE status = 'ready' AND notified_at IS NULL"
        " ORDER BY ready_at, id"
    )
    return [(r[0], r[1]) for r in rows]


def mark_notified(db: Database, order_ids: list[int], at: str) -> list[tuple[int, str]]:
    """Stamp ready orders among `order_ids` as notified; returns (id, number) of those.
    The first time told is kept: the pickup-by date counts from it."""
    done: list[tuple[int, str]] = []
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        done += [
            (r[0], r[1])
            for r in db.execute(
                f"SELECT id, number FROM customer_orders WHERE id IN ({marks})"
                " AND status = 'ready' ORDER BY id",
                chunk,
            )
        ]
        db.execute(
            "UPDATE customer_orders SET notified_at = COALESCE(notified_at, ?), updated_at = ?"
            f" WHERE id IN ({marks}) AND status = 'ready'",
            [at, at, *chunk],
        )
    return done


LATE_SQL = """
SELECT so.id, so.number, so.status, so.expected_date, s.name AS supplier_name
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
WHERE so.status IN ('sent', 'partially received') AND so.expected_date IS NOT NULL
  AND so.expected_date < ?
ORDER BY so.expected_date, so.id
"""

# Units of late supplier orders still owed to customer orders (open or ready): one row per
# (supplier order, customer order), oldest customer order first within each supplier order.
# The GROUP BY sorts once, by the very keys the order asks for; the count, the total and the
# first few per supplier order are taken while reading the rows (ranking them with window
# functions sorted and buffered all ~20,000 pairs of a 100,000-order shop twice more).
# Units were only ever allocated through a coverage row when its supplier line received them,
# so on a line that received nothing each coverage row is still owed in full and the
# allocations need not be looked up.
_OWED = """(CASE WHEN ll.received
                THEN c.quantity - (SELECT COALESCE(SUM(ca.quantity), 0) FROM allocations ca
                                   WHERE ca.coverage_id = c.id)
                ELSE c.quantity END)"""
OWED_SQL = f"""
WITH late_lines AS MATERIALIZED (
    SELECT sl.id, sl.supplier_order_id,
           EXISTS (SELECT 1 FROM receipt_lines r WHERE r.supplier_line_id = sl.id) AS received
    FROM supplier_orders so JOIN supplier_order_lines sl ON sl.supplier_order_id = so.id
    WHERE so.status IN ('sent', 'partially received') AND so.expected_date IS NOT NULL
      AND so.expected_date < :today)
SELECT ll.supplier_order_id, l.order_id, SUM({_OWED}) AS units
FROM late_lines ll
JOIN coverage c ON c.supplier_line_id = ll.id
JOIN customer_order_lines l ON l.id = c.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
WHERE {_OWED} > 0 AND o.status IN ('open', 'ready')
GROUP BY ll.supplier_order_id, o.order_date, l.order_id
ORDER BY ll.supplier_order_id, o.order_date, l.order_id
"""


@dataclass(frozen=True, slots=True)
class LateRow:
    id: int
    number: str
    status: str
    expected_date: str
    supplier_name: str


def late_orders(db: Database, today_iso: str) -> list[LateRow]:
    return [LateRow(*r) for r in db.execute(LATE_SQL, [today_iso])]


@dataclass(frozen=True, slots=True)
class AffectedRow:
    """A customer order kept waiting by a late supplier order, with that order's totals."""

    so_id: int
    order_id: int
    number: str
    name: str
    phone: str
    email: str
    units: int
    orders: int  # all customer orders the supplier order keeps waiting
    total_units: int


def late_affected(db: Database, today_iso: str, limit: int) -> list[AffectedRow]:
    """Customer orders (open or ready) still waiting for units of late supplier orders: the
    oldest first, at most `limit` per supplier order, each with the count and units of all
    the customer orders its supplier order keeps waiting."""
    shown: list[tuple[int, int, int]] = []
    totals: dict[int, list[int]] = {}  # supplier order -> [customer orders, units]
    for so_id, order_id, units in bulk_tuples(db, OWED_SQL, {"today": today_iso}):
        total = totals.setdefault(so_id, [0, 0])
        if total[0] < limit:
            shown.append((so_id, order_id, units))
        total[0] += 1
        total[1] += units
    contacts = _order_contacts(db, [order_id for _so_id, order_id, _units in shown])
    return [
        AffectedRow(so_id, order_id, *contacts[order_id], units, *totals[so_id])
        for so_id, order_id, units in shown
    ]


def _order_contacts(db: Database, order_ids: list[int]) -> dict[int, tuple[str, str, str, str]]:
    """(number, customer name, phone, e-mail) of each of a few orders."""
    result: dict[int, tuple[str, str, str, str]] = {}
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT o.id, o.number, c.name, c.phone, c.email FROM customer_orders o"
            f" JOIN customers c ON c.id = o.customer_id WHERE o.id IN ({marks})",
            chunk,
        )
        for order_id, *contact in rows:
            result[order_id] = tuple(contact)
    return result


SETUP_SQL = """
SELECT EXISTS (SELECT 1 FROM suppliers),
       EXISTS (SELECT 1 FROM offers WHERE active = 1),
       EXISTS (SELECT 1 FROM customer_orders)
"""


def setup_progress(db: Database) -> tuple[bool, bool, bool]:
    """Whether the shop has a supplier, an active offer, and a customer order (one read)."""
    suppliers, offers, orders = db.execute(SETUP_SQL).fetchone()
    return bool(suppliers), bool(offers), bool(orders)
