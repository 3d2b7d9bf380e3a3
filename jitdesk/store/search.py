"""The counter search in SQL: customers by folded name words, phone ending and e-mail start,
orders by running number, number start and web-shop reference.

Every part is an index range or an equality with bound parameters (no LIKE patterns are built
from what was typed), so `%`, `_`, quotes and backslashes find only themselves. The folded keys
beside each customer come from `domain.search`; `fill_missing_keys` works them out for every
customer whose keys are missing (new, or changed by something other than the store).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.search import SearchQuery, customer_keys
from jitdesk.store.connection import transaction
from jitdesk.store.schema import ORDER_SEQUENCE_SQL

HIGH = "\U0010ffff"  # sorts after every character a key can hold: the end of a prefix range
CHUNK = 500


def fill_missing_keys(db: Database, customer_ids: Iterable[int] | None = None) -> int:
    """Work out the search keys of the customers that lack them (or of `customer_ids`), and
    their name words. Words are written before the keys, so an interrupted fill is redone."""
    conn = db.conn
    if customer_ids is None:
        rows = conn.execute(
            "SELECT id, name, phone, email FROM customers WHERE name_key IS NULL"
        ).fetchall()
    else:
        ids = list(customer_ids)
        rows = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows += conn.execute(
                "SELECT id, name, phone, email FROM customers"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
    keyed = [(row[0], customer_keys(row[1], row[2] or "", row[3] or "")) for row in rows]
    conn.executemany(
        "DELETE FROM customer_name_words WHERE customer_id = ?", [(cid,) for cid, _k in keyed]
    )
    conn.executemany(
        "INSERT OR IGNORE INTO customer_name_words (word, customer_id) VALUES (?, ?)",
        [(word, cid) for cid, keys in keyed for word in keys.name_words],
    )
    conn.executemany(
        "UPDATE customers SET name_key = ?, phone_key = ?, phone_digits = ?, email_key = ?"
        " WHERE id = ?",
        [(k.name_key, k.phone_key, k.phone_key[::-1], k.email_key, cid) for cid, k in keyed],
    )
    return len(keyed)


def ensure_keys(db: Database) -> None:
    """Before searching: fill the keys of customers written by anything but the store (a
    shop file edited elsewhere). A shop opened read-only is searched as it is."""
    conn = db.conn
    if conn.execute("SELECT 1 FROM customers WHERE name_key IS NULL LIMIT 1").fetchone() is None:
        return
    try:
        with transaction(db):
            fill_missing_keys(db)
    except sqlite3.OperationalError:
        pass  # read-only: the keys are filled when the shop is next opened for writing


def _prefix(value: str) -> list[str]:
    return [value, value + HIGH]


def customer_match_sql(query: SearchQuery) -> tuple[str, list[Any]]:
    """A SELECT of the ids of customers that `query` finds ("SELECT NULL WHERE 0": none).

    Each key range also says "<> ''": that is the condition of the partial index on the key,
    without which SQLite cannot use it and reads every customer instead (~0.2 s a keystroke
    with a third of a million customers)."""
    parts: list[str] = []
    params: list[Any] = []
    if query.words:
        each = " INTERSECT ".join(
            "SELECT customer_id FROM customer_name_words WHERE word >= ? AND word < ?"
            for _word in query.words
        )
        parts.append(f"SELECT customer_id FROM ({each})")
        for word in query.words:
            params += _prefix(word)
    if query.phone_key:
        parts.append(
            "SELECT id FROM customers WHERE phone_key >= ? AND phone_key < ? AND phone_key <> ''"
        )
        params += _prefix(query.phone_key)
        for start in query.phone_starts:  # the number typed from its start
            parts.append(
                "SELECT id FROM customers"
                " WHERE phone_digits >= ? AND phone_digits < ? AND phone_digits <> ''"
            )
            params += _prefix(start)
        if query.phone_endings:
            marks = ",".join("?" * len(query.phone_endings))
            parts.append(
                f"SELECT id FROM customers WHERE phone_key IN ({marks}) AND phone_key <> ''"
            )
            params += list(query.phone_endings)
    if query.email_prefix:
        parts.append(
            "SELECT id FROM customers WHERE email_key >= ? AND email_key < ? AND email_key <> ''"
        )
        params += _prefix(query.email_prefix)
    if not parts:
        return "SELECT NULL WHERE 0", []
    return " UNION ".join(parts), params


def order_match_sql(query: SearchQuery) -> tuple[str, list[Any]]:
    """A SELECT of the ids of customer orders that `query` finds: by the customer, by the
    number (running number, with year and prefix when given, or the start of a number) and by
    the start of a web-shop reference."""
    customers, params = customer_match_sql(query)
    parts = [f"SELECT id FROM customer_orders WHERE customer_id IN ({customers})"]
    for condition, condition_params in _number_conditions(query):
        parts.append(f"SELECT id FROM customer_orders WHERE {condition}")
        params += condition_params
    return " UNION ".join(parts), params


def order_match_condition(query: SearchQuery) -> tuple[str, list[Any]]:
    """The same match as `order_match_sql`, as a condition on the row of a query over
    `customer_orders` alone, for a search among a few orders (the open work at the counter):
    each of them is tested against the customers found and by its own number, where the set
    of ids would hold every order of the history that a short query finds ("c-" finds a
    million)."""
    customers, params = customer_match_sql(query)
    parts = [f"customer_id IN ({customers})"]
    for condition, condition_params in _number_conditions(query):
        parts.append(f"({condition})")
        params += condition_params
    return "(" + " OR ".join(parts) + ")", params


def _number_conditions(query: SearchQuery) -> list[tuple[str, list[Any]]]:
    """Conditions on one customer order's own columns that `query` finds it by."""
    conditions: list[tuple[str, list[Any]]] = []
    number = query.number
    if number is not None and number.sequence is not None:
        sql = f"{ORDER_SEQUENCE_SQL} = ?"
        params: list[Any] = [number.sequence]
        if number.exact is not None:
            sql += " AND number = ?"
            params.append(number.exact)
        elif number.year is not None:
            sql += " AND instr(number, ?) > 0"
            params.append(f"-{number.year}-")
        conditions.append((sql, params))
    if number is not None and number.start:
        conditions.append(("number >= ? AND number < ?", _prefix(number.start)))
    if query.text:
        reference = "external_ref IS NOT NULL AND external_ref >= ? AND external_ref < ?"
        conditions.append((reference, _prefix(query.text)))
    return conditions


def customer_ids_matching(db: Database, query: SearchQuery, *, limit: int) -> list[int]:
    sql, params = customer_match_sql(query)
    return [
        row[0]
        for row in db.execute(
            f"SELECT id FROM customers WHERE id IN ({sql}) ORDER BY name_key, id LIMIT ?",
            [*params, limit],
        )
    ]
