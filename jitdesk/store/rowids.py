"""The id of a row just inserted.

sqlite3 and sqlite-utils type the last row id as optional (it is None before any insert); after
an INSERT into a table with an INTEGER PRIMARY KEY it is always that row's id.
"""

from __future__ import annotations


def inserted_id(rowid: int | None) -> int:
    """`cursor.lastrowid` or `table.last_rowid` right after an INSERT, as the new row's id."""
    if rowid is None:
        raise RuntimeError("The database reported no id for the row just inserted.")
    return rowid
