"""Writes for handing goods over at the counter."""

from __future__ import annotations

from collections.abc import Mapping

from sqlite_utils import Database

from jitdesk.store.rowids import inserted_id


def insert_handover(db: Database, order_id: int, at: str, note: str) -> int:
    table = db.table("handovers")
    return inserted_id(
        table.insert({"order_id": order_id, "handed_at": at, "note": note}).last_rowid
    )


def insert_handover_lines(db: Database, handover_id: int, units: Mapping[int, int]) -> None:
    """{customer line id: units handed over} of one handover."""
    db.table("handover_lines").insert_all(
        {"handover_id": handover_id, "customer_line_id": lid, "quantity": qty}
        for lid, qty in units.items()
    )
