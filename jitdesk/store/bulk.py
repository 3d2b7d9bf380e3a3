"""Bulk writes, bulk reads and key look-ups for imports, planning, reports and the demo.

sqlite-utils `insert_all` is ~12x slower than `executemany` for many small rows (DESIGN §10), so
large writes go through here. Call these inside the action's transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlite_utils import Database


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """INSERT every row (a tuple in `columns` order) with one executemany; returns the count."""
    cols = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    cur = db.conn.executemany(f"INSERT INTO [{table}] ({cols}) VALUES ({marks})", rows)
    return cur.rowcount


def tuples(db: Database, sql: str, params: Any = ()) -> Iterable[tuple]:
    """The rows of a big read as plain tuples: tens of thousands of sqlite3.Row objects cost
    more than the read, and tuples hash far faster (sets and dict keys of rows)."""
    cursor = db.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


def next_id(db: Database, table: str) -> int:
    """The id the next inserted row would get, so callers can build linked rows up front."""
    return db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM [{table}]").fetchone()[0]


def set_counter(db: Database, kind: str, year: int, last: int) -> None:
    """Make the number counter for `kind`/`year` at least `last` (numbers never go backwards)."""
    db.execute(
        "INSERT INTO counters (kind, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT (kind, year) DO UPDATE SET last = MAX(last, excluded.last)",
        [kind, year, last],
    )


def rows_by_key(
    db: Database, table: str, key: str, *, nocase: bool = False
) -> dict[Any, dict[str, Any]]:
    """Every row of a (small) table keyed by one column, e.g. products by SKU.

    With `nocase` the keys are casefolded text, for names compared without case.
    """
    result: dict[Any, dict[str, Any]] = {}
    for row in db.execute(f"SELECT * FROM [{table}] ORDER BY id"):
        value = row[key]
        if nocase and isinstance(value, str):
            value = value.casefold()
        result.setdefault(value, dict(row))
    return result


def all_rows(db: Database, table: str) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute(f"SELECT * FROM [{table}] ORDER BY id")]


def offers_by_product_supplier(db: Database) -> dict[tuple[int, int], dict[str, Any]]:
    return {
        (r["product_id"], r["supplier_id"]): dict(r)
        for r in db.execute("SELECT * FROM offers ORDER BY id")
    }


def product_ids_with_offer(db: Database) -> set[int]:
    """Products that at least one active offer of an active supplier can be ordered from."""
    rows = db.execute(
        "SELECT DISTINCT o.product_id FROM offers o JOIN suppliers s ON s.id = o.supplier_id"
        " WHERE o.active = 1 AND s.active = 1"
    )
    return {r[0] for r in rows}


def external_refs(db: Database, channel: str) -> set[str]:
    rows = db.execute(
        "SELECT external_ref FROM customer_orders WHERE channel = ? AND external_ref IS NOT NULL",
        [channel],
    )
    return {r[0] for r in rows}


def table_counts(db: Database, tables: Iterable[str]) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in tables}


@contextlib.contextmanager
def deferred_foreign_keys(db: Database) -> Iterator[None]:
    """Skip per-row foreign key checks during a bulk write, then check them all at once.

    Use it around (outside) the transaction: SQLite ignores the pragma inside one. The caller
    must call `foreign_key_violations` before committing; this turns checking back on after.
    """
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def foreign_key_violations(db: Database) -> list[tuple]:
    return [tuple(r) for r in db.execute("PRAGMA foreign_key_check").fetchall()]


def checkpoint(db: Database) -> None:
    """Fold the write-ahead log back into the file after a very large write."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
