"""The shape of a shop's schema as each engine's own catalog describes it, in one form for both:
tables with their columns (name, nullability), keys, foreign keys, indexes and triggers.

Only what the two engines can mean the same way is compared: a primary key column counts as
NOT NULL on both (SQLite's table_info reports its row id column as nullable), and an index
column is its name plus whether it ignores case (SQLite `COLLATE NOCASE`, PostgreSQL
`lower(col)`); an index on any other expression is "<expr>".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

# jitdesk's record of applied migrations: sqlite-utils' table in a file, ours on the server
BOOKKEEPING = {"_sqlite_migrations", "jitdesk_schema"}


@dataclass(frozen=True)
class Shape:
    columns: dict[str, frozenset[tuple[str, bool]]]
    keys: frozenset[tuple[str, str, tuple[str, ...]]]
    foreign_keys: frozenset[tuple[str, str, str, str]]
    indexes: dict[str, tuple[str, bool, bool, tuple[tuple[str, bool], ...]]]
    triggers: frozenset[tuple[str, str]]


def sqlite_shape(conn: sqlite3.Connection) -> Shape:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if r[0] not in BOOKKEEPING
    ]
    columns, keys, fks, indexes = {}, set(), set(), {}
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns[table] = frozenset((c[1], bool(c[3] or c[5])) for c in info)
        pk = tuple(c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
        if pk:
            keys.add((table, "pk", pk))
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
            fks.add((table, fk[3], fk[2], fk[4]))
        for _seq, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({table})"):
            cols = [
                (x[2] if x[2] is not None else "<expr>", (x[4] or "").upper() == "NOCASE")
                for x in conn.execute(f"PRAGMA index_xinfo({name})")
                if x[5]
            ]
            if origin == "u":
                keys.add((table, "unique", tuple(c for c, _n in cols)))
            elif origin == "c":
                indexes[name] = (table, bool(unique), bool(partial), tuple(cols))
    triggers = frozenset(
        (r[0], r[1])
        for r in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
    )
    return Shape(columns, frozenset(keys), frozenset(fks), indexes, triggers)


_PG_COLUMNS = """
SELECT c.relname, a.attname, a.attnotnull
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = current_schema() AND c.relkind = 'r'
"""
_PG_CONSTRAINTS = """
SELECT t.relname, k.contype, array(
           SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
       r.relname, array(
           SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
           JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o)
FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_class r ON r.oid = k.confrelid
WHERE n.nspname = current_schema() AND k.contype IN ('p', 'u', 'f')
"""
_PG_INDEXES = """
SELECT i.relname, t.relname, x.indisunique, x.indpred IS NOT NULL, array(
           SELECT pg_get_indexdef(x.indexrelid, k, true)
           FROM generate_series(1, x.indnkeyatts) k ORDER BY k)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
"""
_PG_TRIGGERS = """
SELECT g.tgname, t.relname FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND NOT g.tgisinternal
"""


def _pg_index_column(definition: str) -> tuple[str, bool]:
    lowered = re.fullmatch(r"lower\((\w+)\)", definition)
    if lowered:
        return lowered.group(1), True
    return (definition, False) if re.fullmatch(r"\w+", definition) else ("<expr>", False)


def pg_shape(conn) -> Shape:  # type: ignore[no-untyped-def]
    columns: dict[str, set[tuple[str, bool]]] = {}
    for table, column, notnull in conn.execute(_PG_COLUMNS):
        if table not in BOOKKEEPING:
            columns.setdefault(table, set()).add((column, notnull))
    keys, fks = set(), set()
    for table, kind, cols, ref_table, ref_cols in conn.execute(_PG_CONSTRAINTS):
        if table in BOOKKEEPING:
            continue
        if kind == "f":
            fks.update((table, c, ref_table, r) for c, r in zip(cols, ref_cols, strict=True))
        else:
            keys.add((table, "pk" if kind == "p" else "unique", tuple(cols)))
    indexes = {
        name: (table, unique, partial, tuple(_pg_index_column(d) for d in defs))
        for name, table, unique, partial, defs in conn.execute(_PG_INDEXES)
    }
    triggers = frozenset(tuple(r) for r in conn.execute(_PG_TRIGGERS))
    return Shape(
        {t: frozenset(c) for t, c in columns.items()},
        frozenset(keys),
        frozenset(fks),
        indexes,
        triggers,
    )
