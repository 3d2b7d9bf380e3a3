"""Reads and writes of shelf places and the label and shelf settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class ShelfPlace:
    order_id: int
    number: str
    shelf: str
    bags: int


def label_settings(db: Database) -> tuple[str, str]:
    """(label size, shelf pattern) of the shop."""
    row = db.execute("SELECT label_size, shelf_pattern FROM shop WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else ("continuous_62mm", "")


def save_label_settings(db: Database, label_size: str, shelf_pattern: str) -> None:
    db.execute(
        "UPDATE shop SET label_size = ?, shelf_pattern = ? WHERE id = 1",
        [label_size, shelf_pattern],
    )


def waiting_places(db: Database) -> list[ShelfPlace]:
    """Shelf places of orders still waiting for pickup (ready ones), by shelf."""
    rows = db.execute(
        "SELECT p.order_id, o.number, p.shelf, p.bags FROM shelf_places p "
        "JOIN customer_orders o ON o.id = p.order_id WHERE o.status = 'ready' "
        "ORDER BY p.shelf COLLATE NOCASE"
    ).fetchall()
    return [ShelfPlace(r[0], r[1], r[2], r[3]) for r in rows]


def places_of(db: Database, order_ids: list[int]) -> dict[int, ShelfPlace]:
    """{order id: its shelf place} of those orders that have one."""
    if not order_ids:
        return {}
    marks = ",".join("?" * len(order_ids))
    rows = db.execute(
        "SELECT p.order_id, o.number, p.shelf, p.bags FROM shelf_places p "
        f"JOIN customer_orders o ON o.id = p.order_id WHERE p.order_id IN ({marks})",
        order_ids,
    ).fetchall()
    return {r[0]: ShelfPlace(r[0], r[1], r[2], r[3]) for r in rows}


def put_place(db: Database, order_id: int, shelf: str, bags: int, at: str) -> None:
    db.execute(
        "INSERT INTO shelf_places (order_id, shelf, bags, placed_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(order_id) DO UPDATE SET shelf = excluded.shelf, bags = excluded.bags, "
        "placed_at = excluded.placed_at",
        [order_id, shelf, bags, at],
    )


def remove_place(db: Database, order_id: int) -> None:
    db.execute("DELETE FROM shelf_places WHERE order_id = ?", [order_id])


def label_rows(db: Database, order_ids: list[int]) -> list[tuple[int, str, str, str, int]]:
    """(order id, number, customer name, shelf or '', bags) of the orders, in the given order."""
    if not order_ids:
        return []
    marks = ",".join("?" * len(order_ids))
    rows = db.execute(
        "SELECT o.id, o.number, c.name, coalesce(p.shelf, ''), coalesce(p.bags, 1) "
        "FROM customer_orders o JOIN customers c ON c.id = o.customer_id "
        f"LEFT JOIN shelf_places p ON p.order_id = o.id WHERE o.id IN ({marks})",
        order_ids,
    ).fetchall()
    by_id = {r[0]: (r[0], r[1], r[2], r[3], r[4]) for r in rows}
    return [by_id[i] for i in order_ids if i in by_id]
