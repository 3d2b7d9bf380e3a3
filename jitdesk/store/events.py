"""The audit trail: every change writes an event (when, who, what)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.numbering import format_number
from jitdesk.store.rowids import inserted_id


def record_event(
    db: Database,
    *,
    at: str,
    actor: str,
    entity: str,
    entity_id: int | None,
    action: str,
    summary: str = "",
    details: dict[str, Any] | None = None,
    person_id: int | None = None,
) -> int:
    """One audit event; `person_id` is who was signed in (None on a shop without people)."""
    cur = db.execute(
        "INSERT INTO events (at, actor, entity, entity_id, action, summary, details, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            at,
            actor,
            entity,
            entity_id,
            action,
            summary,
            _details_json(details),
            person_id,
        ],
    )
    return inserted_id(cur.lastrowid)


def events_for(db: Database, entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, at, actor, entity, entity_id, action, summary, details FROM events"
        " WHERE entity = ? AND entity_id = ? ORDER BY id",
        [entity, entity_id],
    ).fetchall()
    return [dict(r) | {"details": json.loads(r["details"])} for r in rows]


def next_number(db: Database, prefix: str, year: int) -> str:
    """Next document number such as C-2026-0042; call inside the action's transaction."""
    return allocate_numbers(db, prefix, year, 1)[0]


def allocate_numbers(db: Database, prefix: str, year: int, count: int) -> list[str]:
    """`count` consecutive document numbers of `prefix` in `year`, taken in one statement.

    Call inside the action's transaction: the counter moves with the rows that use the
    numbers, so a rolled-back import gives its numbers back and two desks never share one.
    """
    if count <= 0:
        return []
    last = db.execute(
        "INSERT INTO counters (kind, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT (kind, year) DO UPDATE SET last = last + excluded.last"
        " RETURNING last",
        [prefix, year, count],
    ).fetchone()[0]
    return [format_number(prefix, year, n) for n in range(last - count + 1, last + 1)]


def record_events(db: Database, rows: list[tuple], person_id: int | None = None) -> None:
    """Many events at once, all by `person_id`: rows of (at, actor, entity, entity_id, action,
    summary, details dict); a delivery for hundreds of orders writes one per order."""
    db.conn.executemany(
        "INSERT INTO events (at, actor, entity, entity_id, action, summary, details, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row[:6], _details_json(row[6]), person_id) for row in rows],
    )


def _details_json(details: dict[str, Any] | None) -> str:
    # Most bulk events have no details: "{}" without a trip through the encoder.
    return json.dumps(details, ensure_ascii=False, default=str) if details else "{}"
