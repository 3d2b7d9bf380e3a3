"""The connected web shop, its fetch cursor and the inbox of web orders to check (SQL only)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

CONNECTION_COLUMNS = (
    "channel",
    "url",
    "api_key",
    "api_version",
    "secret_storage",
    "interval_minutes",
)


def load_connection(db: Database) -> dict[str, Any] | None:
    row = db.execute(
        f"SELECT {', '.join(CONNECTION_COLUMNS)}, cursor, last_fetch_at, last_result"
        " FROM webshop_connection WHERE id = 1"
    ).fetchone()
    return dict(row) if row else None


def save_connection(db: Database, values: dict[str, Any], cursor: str) -> None:
    """Write the connection; `cursor` replaces the stored one (a new shop starts afresh)."""
    cols = ", ".join(CONNECTION_COLUMNS)
    marks = ", ".join("?" * len(CONNECTION_COLUMNS))
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*CONNECTION_COLUMNS, "cursor"))
    db.execute(
        f"INSERT INTO webshop_connection (id, {cols}, cursor) VALUES (1, {marks}, ?)"
        f" ON CONFLICT (id) DO UPDATE SET {updates}",
        [*(values[c] for c in CONNECTION_COLUMNS), cursor],
    )


def delete_connection(db: Database) -> None:
    db.execute("DELETE FROM webshop_connection WHERE id = 1")


def save_cursor(db: Database, cursor: str, fetched_at: str, result: str) -> None:
    """Move the cursor forward (never back) and note when the fetch finished and how."""
    db.execute(
        "UPDATE webshop_connection SET cursor = max(cursor, ?), last_fetch_at = ?,"
        " last_result = ? WHERE id = 1",
        [cursor, fetched_at, result],
    )


def inbox_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM webshop_inbox").fetchone()[0])


def inbox_rows(db: Database, channel: str) -> list[tuple[str, str, str, str]]:
    """(external ref, order JSON, reasons, received at) of every waiting web order, oldest
    first."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in db.execute(
            "SELECT external_ref, order_json, reasons, received_at FROM webshop_inbox"
            " WHERE channel = ? ORDER BY received_at, rowid",
            [channel],
        )
    ]


def put_in_inbox(db: Database, channel: str, rows: list[tuple[str, str, str]], now: str) -> None:
    """Keep (ref, order JSON, reasons) for later; a web order already waiting is replaced by
    its newer version but keeps its place in the queue."""
    db.conn.executemany(
        "INSERT INTO webshop_inbox (channel, external_ref, order_json, reasons, received_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, external_ref) DO UPDATE SET"
        " order_json = excluded.order_json, reasons = excluded.reasons",
        [(channel, ref, body, reasons, now) for ref, body, reasons in rows],
    )


def take_from_inbox(db: Database, channel: str, refs: list[str]) -> None:
    db.conn.executemany(
        "DELETE FROM webshop_inbox WHERE channel = ? AND external_ref = ?",
        [(channel, ref) for ref in refs],
    )
