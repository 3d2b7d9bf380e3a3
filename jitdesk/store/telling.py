"""Reads and writes of how customers are told: their preferred way, the shop's default and
the phone calls made about an order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from jitdesk.store.rowids import inserted_id

# The outcome of the latest call about an order (NULL: never called); the index on
# (order_id, at) answers it without reading the table.
LAST_CALL_SQL = (
    "(SELECT outcome FROM order_calls WHERE order_id = o.id ORDER BY at DESC, id DESC LIMIT 1)"
)


@dataclass(frozen=True, slots=True)
class CallRow:
    id: int
    at: str
    actor: str
    phone: str
    outcome: str
    note: str


@dataclass(frozen=True, slots=True)
class TellRow:
    """One order as far as telling its customer goes (the preference as stored: '' is the
    shop's choice)."""

    order_id: int
    number: str
    status: str
    notified_at: str | None
    customer_name: str
    phone: str
    email: str
    tell_channel: str
    last_call: str | None


def default_channel(db: Database) -> str:
    row = db.execute("SELECT default_tell_channel FROM shop WHERE id = 1").fetchone()
    return row[0] if row else ""


def save_default_channel(db: Database, channel: str) -> None:
    db.execute("UPDATE shop SET default_tell_channel = ? WHERE id = 1", [channel])


def insert_call(
    db: Database, order_id: int, *, at: str, actor: str, phone: str, outcome: str, note: str
) -> int:
    cur = db.execute(
        "INSERT INTO order_calls (order_id, at, actor, phone, outcome, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [order_id, at, actor, phone, outcome, note],
    )
    return inserted_id(cur.lastrowid)


def order_calls(db: Database, order_id: int) -> list[CallRow]:
    rows = db.execute(
        "SELECT id, at, actor, phone, outcome, note FROM order_calls WHERE order_id = ?"
        " ORDER BY at, id",
        [order_id],
    )
    return [CallRow(*r) for r in rows]


TELL_SQL = f"""
SELECT o.id, o.number, o.status, o.notified_at, c.name, c.phone, c.email, c.tell_channel,
       {LAST_CALL_SQL}
FROM customer_orders o JOIN customers c ON c.id = o.customer_id
"""


def tell_rows(db: Database, order_ids: list[int]) -> dict[int, TellRow]:
    """{order id: how its customer is told} of these orders (at most a page of them)."""
    if not order_ids:
        return {}
    marks = ",".join("?" * len(order_ids))
    rows = db.execute(TELL_SQL + f" WHERE o.id IN ({marks})", order_ids)
    return {r[0]: TellRow(*r) for r in rows}
