"""The people of a shop, what staff may do, and failed sign-ins (plain SQL for any engine)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.permissions import OwnerAction, Person, Role, parse_actions
from jitdesk.store.rowids import inserted_id

_COLUMNS = "id, name, role, pin_hash, failed_pins, locked_until"


def _person(row: Any) -> Person:
    locked = row["locked_until"]
    return Person(
        id=row["id"],
        name=row["name"],
        role=Role(row["role"]),
        pin_hash=row["pin_hash"],
        failed_pins=row["failed_pins"],
        locked_until=datetime.fromisoformat(locked) if locked else None,
    )


def count_people(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM people").fetchone()[0])


def list_people(db: Database) -> list[Person]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM people ORDER BY name, id").fetchall()
    return [_person(r) for r in rows]


def person_by_id(db: Database, person_id: int) -> Person | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", [person_id]).fetchone()
    return _person(row) if row else None


def person_by_name(db: Database, name: str) -> Person | None:
    """The person of that name, whatever the letter case."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM people WHERE LOWER(name) = LOWER(?)", [name.strip()]
    ).fetchone()
    return _person(row) if row else None


def insert_person(db: Database, name: str, role: Role, pin_hash: str, created_at: str) -> int:
    cur = db.execute(
        "INSERT INTO people (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)",
        [name, role.value, pin_hash, created_at],
    )
    return inserted_id(cur.lastrowid)


def set_pin_hash(db: Database, person_id: int, pin_hash: str) -> None:
    db.execute(
        "UPDATE people SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?",
        [pin_hash, person_id],
    )


def set_role(db: Database, person_id: int, role: Role) -> None:
    db.execute("UPDATE people SET role = ? WHERE id = ?", [role.value, person_id])


def count_owners(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM people WHERE role = 'owner'").fetchone()[0])


def set_failed_pins(
    db: Database, person_id: int, failed: int, locked_until: datetime | None
) -> None:
    db.execute(
        "UPDATE people SET failed_pins = ?, locked_until = ? WHERE id = ?",
        [failed, locked_until.isoformat() if locked_until else None, person_id],
    )


def staff_allowed(db: Database) -> frozenset[OwnerAction]:
    return parse_actions(r[0] for r in db.execute("SELECT action FROM staff_allowed"))


def set_staff_allowed(db: Database, actions: Iterable[OwnerAction]) -> None:
    db.execute("DELETE FROM staff_allowed")
    for action in sorted(set(actions)):
        db.execute("INSERT INTO staff_allowed (action) VALUES (?)", [action.value])
