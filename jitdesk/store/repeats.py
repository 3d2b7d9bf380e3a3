"""Reads and writes of repeat orders and the orders each repeat created."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class RepeatRow:
    """A repeat as stored, with its first order's number and how many orders it has made."""

    id: int
    customer_id: int
    source_order_id: int
    source_number: str
    every: int
    unit: str
    start_date: str  # ISO date
    until_date: str | None
    max_orders: int | None
    lead_days: int
    state: str
    next_index: int
    orders_made: int  # the first order included
    last_order_id: int | None  # the newest order it made


REPEAT_SQL = """
SELECT r.id, r.customer_id, r.source_order_id, o.number, r.every, r.unit, r.start_date,
       r.until_date, r.max_orders, r.lead_days, r.state, r.next_index,
       (SELECT count(*) FROM repeat_orders x WHERE x.repeat_id = r.id),
       (SELECT x.order_id FROM repeat_orders x WHERE x.repeat_id = r.id
        ORDER BY x.due_date DESC LIMIT 1)
FROM repeats r JOIN customer_orders o ON o.id = r.source_order_id
"""


def insert_repeat(db: Database, row: dict) -> int:
    cursor = db.execute(
        "INSERT INTO repeats (customer_id, source_order_id, every, unit, start_date, until_date, "
        "max_orders, lead_days, state, next_index, created_at, updated_at) "
        "VALUES (:customer_id, :source_order_id, :every, :unit, :start_date, :until_date, "
        ":max_orders, :lead_days, 'active', 1, :at, :at)",
        row,
    )
    return int(cursor.lastrowid or 0)


def repeat_by_id(db: Database, repeat_id: int) -> RepeatRow | None:
    row = db.execute(REPEAT_SQL + " WHERE r.id = ?", [repeat_id]).fetchone()
    return RepeatRow(*row) if row else None


def repeat_of_order(db: Database, order_id: int) -> RepeatRow | None:
    """The repeat `order_id` belongs to (made from it, or created by it), if any."""
    row = db.execute(
        REPEAT_SQL + " WHERE r.id = (SELECT repeat_id FROM repeat_orders WHERE order_id = ?)",
        [order_id],
    ).fetchone()
    return RepeatRow(*row) if row else None


def active_repeats(db: Database) -> list[RepeatRow]:
    rows = db.execute(REPEAT_SQL + " WHERE r.state = 'active' ORDER BY r.id").fetchall()
    return [RepeatRow(*r) for r in rows]


def customer_repeats(db: Database, customer_id: int) -> list[RepeatRow]:
    """The customer's repeats, the ones still running first."""
    rows = db.execute(
        REPEAT_SQL + " WHERE r.customer_id = ? ORDER BY r.state = 'stopped', r.id",
        [customer_id],
    ).fetchall()
    return [RepeatRow(*r) for r in rows]


def order_repeats(db: Database, customer_id: int) -> dict[int, RepeatRow]:
    """{order id: its repeat} for the customer's orders that belong to one."""
    repeats = {r.id: r for r in customer_repeats(db, customer_id)}
    if not repeats:
        return {}
    marks = ",".join("?" * len(repeats))
    rows = db.execute(
        f"SELECT order_id, repeat_id FROM repeat_orders WHERE repeat_id IN ({marks})",
        list(repeats),
    ).fetchall()
    return {order_id: repeats[repeat_id] for order_id, repeat_id in rows}


def has_order_due(db: Database, repeat_id: int, due_date: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM repeat_orders WHERE repeat_id = ? AND due_date = ?", [repeat_id, due_date]
    ).fetchone()
    return row is not None


def add_order(db: Database, repeat_id: int, due_date: str, order_id: int) -> None:
    """Record that `order_id` is the repeat's order due on `due_date` (refused by the primary
    key if that date already has one)."""
    db.execute(
        "INSERT INTO repeat_orders (repeat_id, due_date, order_id) VALUES (?, ?, ?)",
        [repeat_id, due_date, order_id],
    )


def update_repeat(db: Database, repeat_id: int, values: dict) -> None:
    columns = ", ".join(f"{name} = :{name}" for name in values)
    db.execute(f"UPDATE repeats SET {columns} WHERE id = :id", {**values, "id": repeat_id})
