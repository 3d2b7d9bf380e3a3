"""Small helpers the services share."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from jitdesk.domain.errors import NotFoundError
from jitdesk.store.catalog import get_row


def require_row(db: Database, table: str, row_id: int, label: str) -> dict[str, Any]:
    row = get_row(db, table, row_id)
    if row is None:
        raise NotFoundError(f"The {label} does not exist (any more).")
    return row


def diff(before: dict, after: dict) -> dict:
    """Fields that changed, as {field: [old, new]}, for the audit trail."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
