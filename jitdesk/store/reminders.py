"""What reminders to collect a ready order and extended pickup-by dates write."""

from __future__ import annotations

from sqlite_utils import Database


def mark_reminded(db: Database, order_ids: list[int], at: str) -> None:
    """A reminder was given at `at`: the customer was told again, so the hold counts from it."""
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(
            "UPDATE customer_orders SET notified_at = ?, reminded_at = ?, updated_at = ?"
            f" WHERE id IN ({marks}) AND status = 'ready'",
            [at, at, at, *chunk],
        )


def set_pickup_extended(db: Database, order_id: int, day: str, at: str) -> None:
    """Keep the ready order `order_id` at least until `day` (an ISO date)."""
    db.execute(
        "UPDATE customer_orders SET pickup_extended_to = ?, updated_at = ?"
        " WHERE id = ? AND status = 'ready'",
        [day, at, order_id],
    )
