"""Reads and writes of deliveries: orders taken to the customer instead of collected."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class Delivery:
    order_id: int
    address: str
    delivery_date: str  # ISO date
    delivered_at: str | None  # UTC timestamp of the handover at the door
    handover_id: int | None


def delivery_of(db: Database, order_id: int) -> Delivery | None:
    row = db.execute(
        "SELECT order_id, address, delivery_date, delivered_at, handover_id FROM deliveries"
        " WHERE order_id = ?",
        [order_id],
    ).fetchone()
    return Delivery(*row) if row else None


def save_delivery(db: Database, order_id: int, address: str, delivery_date: str) -> None:
    db.execute(
        "INSERT INTO deliveries (order_id, address, delivery_date) VALUES (?, ?, ?)"
        " ON CONFLICT (order_id) DO UPDATE SET address = excluded.address,"
        " delivery_date = excluded.delivery_date",
        [order_id, address, delivery_date],
    )


def remove_delivery(db: Database, order_id: int) -> None:
    db.execute("DELETE FROM deliveries WHERE order_id = ? AND delivered_at IS NULL", [order_id])


def mark_delivered(db: Database, order_id: int, at: str, handover_id: int) -> None:
    db.execute(
        "UPDATE deliveries SET delivered_at = ?, handover_id = ? WHERE order_id = ?",
        [at, handover_id, order_id],
    )


def customer_address(db: Database, customer_id: int) -> str:
    row = db.execute("SELECT address FROM customers WHERE id = ?", [customer_id]).fetchone()
    return row[0] if row else ""


def set_customer_address(db: Database, customer_id: int, address: str) -> None:
    db.execute("UPDATE customers SET address = ? WHERE id = ?", [address, customer_id])


@dataclass(frozen=True, slots=True)
class ReadyDelivery:
    """A ready order waiting to be delivered, as the delivery run lists it."""

    order_id: int
    number: str
    customer_name: str
    customer_phone: str
    address: str
    delivery_date: str


READY_SQL = """
SELECT o.id, o.number, c.name, c.phone, d.address, d.delivery_date
FROM deliveries d
JOIN customer_orders o ON o.id = d.order_id
JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'ready' AND d.delivered_at IS NULL AND d.delivery_date <= ?
ORDER BY d.delivery_date, o.number
"""


def ready_deliveries(db: Database, up_to: str) -> list[ReadyDelivery]:
    """Ready orders to deliver on or before `up_to` (ISO date), by date then number."""
    return [ReadyDelivery(*row) for row in db.execute(READY_SQL, [up_to])]


def ready_delivery_count(db: Database, up_to: str) -> int:
    row = db.execute(
        "SELECT COUNT(*) FROM deliveries d JOIN customer_orders o ON o.id = d.order_id"
        " WHERE o.status = 'ready' AND d.delivered_at IS NULL AND d.delivery_date <= ?",
        [up_to],
    ).fetchone()
    return int(row[0])


def is_delivery(db: Database, order_id: int) -> bool:
    row = db.execute("SELECT 1 FROM deliveries WHERE order_id = ?", [order_id]).fetchone()
    return row is not None
