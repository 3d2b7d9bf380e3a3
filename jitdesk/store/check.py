"""Set-based SQL that finds broken rules in a shop file (used by `jitdesk check`).

Every query returns the offending rows only, so a healthy 100,000-order shop costs a handful of
grouped scans. Each check is (name, SQL); the service turns rows into sentences.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlite_utils import Database

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import N_, _
from jitdesk.domain.money import MAX_AMOUNT, MAX_QUANTITY
from jitdesk.store.errors import says_damaged, shop_file_problem
from jitdesk.store.quantities import LINE_QUANTITIES_SQL, OPEN_SO

# Per customer line: the derived quantities plus order number and status, computed once per
# check into a temporary table that the line and order rules both read.
LINES_TABLE = "temp.check_lines"
_CREATE_LINES = f"""
CREATE TEMP TABLE check_lines AS
WITH lq AS ({LINE_QUANTITIES_SQL})
SELECT lq.*, o.number, o.status, l.line_no, p.sku
FROM lq
JOIN customer_order_lines l ON l.id = lq.line_id
JOIN customer_orders o ON o.id = lq.order_id
JOIN products p ON p.id = lq.product_id
"""

# The checks' SQL states what it found in English words (the names of rows, the facts about
# an order); they are marked for translation here and translated where the sentence is made.


def _text(words: str) -> str:
    """`words` as an SQL string literal."""
    return "'" + words.replace("'", "''") + "'"


def _case(facts: tuple[tuple[str, str], ...]) -> str:
    """CASE naming the first fact whose condition holds (NULL when none does)."""
    whens = "\n".join(f"      WHEN {condition} THEN {_text(fact)}" for condition, fact in facts)
    return f"CASE\n{whens}\n    END"


# Every stored quantity and amount: (what, table, column, lowest, highest). A value outside
# (or a REAL, text, NULL where a whole number belongs) was not written by these rules.
_WHOLE_NUMBERS = (
    (N_("customer order line"), "customer_order_lines", "quantity", 0, MAX_QUANTITY),
    (N_("customer order line"), "customer_order_lines", "original_quantity", 0, MAX_QUANTITY),
    (N_("customer order line"), "customer_order_lines", "unit_price", 0, MAX_AMOUNT),
    (N_("supplier order line"), "supplier_order_lines", "quantity", 0, MAX_QUANTITY),
    (N_("supplier order line"), "supplier_order_lines", "pack_size", 1, MAX_QUANTITY),
    (N_("supplier order line"), "supplier_order_lines", "unit_cost", 0, MAX_AMOUNT),
    (N_("coverage"), "coverage", "quantity", 0, MAX_QUANTITY),
    (N_("receipt line"), "receipt_lines", "quantity", 0, MAX_QUANTITY),
    (N_("receipt line"), "receipt_lines", "unit_cost", 0, MAX_AMOUNT),
    (N_("allocation"), "allocations", "quantity", 1, MAX_QUANTITY),
    (N_("handover line"), "handover_lines", "quantity", 1, MAX_QUANTITY),
    (N_("write-off"), "write_offs", "quantity", 1, MAX_QUANTITY),
    (N_("write-off"), "write_offs", "unit_cost", 0, MAX_AMOUNT),
    (N_("payment"), "payments", "amount", -MAX_AMOUNT, MAX_AMOUNT),
    (N_("product"), "products", "sale_price", 0, MAX_AMOUNT),
    (N_("offer"), "offers", "unit_cost", 0, MAX_AMOUNT),
    (N_("offer"), "offers", "pack_size", 1, MAX_QUANTITY),
    (N_("offer"), "offers", "min_qty", 1, MAX_QUANTITY),
    (N_("offer cost"), "offer_costs", "unit_cost", 0, MAX_AMOUNT),
    (N_("supplier"), "suppliers", "min_order_value", 0, MAX_AMOUNT),
)
# Each column as the sentence names it.
_COLUMN_WORDS = {
    "quantity": N_("quantity"),
    "original_quantity": N_("original quantity"),
    "unit_price": N_("unit price"),
    "pack_size": N_("pack size"),
    "unit_cost": N_("unit cost"),
    "amount": N_("amount"),
    "sale_price": N_("sale price"),
    "min_qty": N_("minimum quantity"),
    "min_order_value": N_("minimum order value"),
}
# receipt_lines.unit_cost may be NULL (no actual cost given); every other one is required.
_NULLABLE = {("receipt_lines", "unit_cost")}


def _number_range_sql() -> str:
    parts = []
    for what, table, column, low, high in _WHOLE_NUMBERS:
        null = "FALSE" if (table, column) in _NULLABLE else f"{column} IS NULL"
        parts.append(
            f"SELECT {_text(what)}, id, {_text(_COLUMN_WORDS[column])}, quote({column}), "
            f"{low}, {high} FROM {table} "
            f"WHERE {null} OR ({column} IS NOT NULL AND (typeof({column}) <> 'integer' "
            f"OR {column} NOT BETWEEN {low} AND {high}))"
        )
    return "\nUNION ALL ".join(parts)


NUMBER_RANGE_SQL = _number_range_sql()

# total() sums in floating point and never overflows, so a sum beyond SQLite's integers is
# still found (SUM() would stop with "integer overflow").
ORDER_TOTAL_SQL = f"""
SELECT o.number, total(l.quantity * l.unit_price) AS amount FROM customer_orders o
JOIN customer_order_lines l ON l.order_id = o.id
GROUP BY o.id, o.number HAVING total(l.quantity * l.unit_price) > {MAX_AMOUNT} ORDER BY o.number
"""

LINE_BALANCE_SQL = f"""
SELECT number, line_no, sku, quantity, handed, allocated, covered FROM {LINES_TABLE}
WHERE handed + allocated + covered > quantity OR allocated < 0
ORDER BY number, line_no
"""

_ORDER_FACTS = (
    ("status = 'ready' AND complete_lines < live_lines", N_("not everything is in")),
    ("status = 'ready' AND live_lines = 0", N_("it has nothing to hand over")),
    ("status = 'ready' AND handed_lines = all_lines", N_("everything was handed over")),
    (
        "status = 'open' AND live_lines > 0 AND handed_lines = all_lines",
        N_("everything was handed over"),
    ),
    ("status = 'open' AND live_lines > 0 AND complete_lines = live_lines", N_("everything is in")),
    ("status = 'completed' AND handed_lines < all_lines", N_("not everything was handed over")),
    ("status = 'cancelled' AND allocated > 0", N_("it still holds units in the shop")),
    ("status = 'cancelled' AND covered > 0", N_("it still has units on order")),
    (
        "status = 'cancelled' AND cancelled_mismatch > 0",
        N_("its lines still ask for units that were not handed over"),
    ),
)

ORDER_STATUS_SQL = f"""
WITH per_order AS (
    SELECT order_id, number, status,
           SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) AS live_lines,
           SUM(CASE WHEN quantity > 0 AND handed + allocated >= quantity THEN 1 ELSE 0 END)
               AS complete_lines,
           SUM(CASE WHEN handed >= quantity THEN 1 ELSE 0 END) AS handed_lines,
           COUNT(*) AS all_lines,
           SUM(allocated) AS allocated, SUM(covered) AS covered,
           SUM(CASE WHEN quantity <> handed THEN 1 ELSE 0 END) AS cancelled_mismatch
    FROM {LINES_TABLE} GROUP BY order_id, number, status
)
SELECT * FROM (SELECT number, status,
    {_case(_ORDER_FACTS)} AS problem
FROM per_order) AS checked
WHERE problem IS NOT NULL
ORDER BY number
"""

SURPLUS_SQL = """
WITH r AS (SELECT product_id, SUM(quantity) q FROM receipt_lines GROUP BY 1),
a AS (SELECT product_id, SUM(quantity) q FROM allocations GROUP BY 1),
w AS (SELECT product_id, SUM(quantity) q FROM write_offs GROUP BY 1)
SELECT p.sku, COALESCE(r.q, 0) AS received, COALESCE(a.q, 0) AS allocated,
       COALESCE(w.q, 0) AS written_off
FROM products p
LEFT JOIN r ON r.product_id = p.id
LEFT JOIN a ON a.product_id = p.id
LEFT JOIN w ON w.product_id = p.id
WHERE COALESCE(r.q, 0) - COALESCE(a.q, 0) - COALESCE(w.q, 0) < 0
ORDER BY p.sku
"""

RECEIPT_ALLOCATION_SQL = """
WITH r AS (SELECT receipt_id, product_id, SUM(quantity) q FROM receipt_lines GROUP BY 1, 2),
a AS (SELECT receipt_id, product_id, SUM(quantity) q FROM allocations
      WHERE receipt_id IS NOT NULL GROUP BY 1, 2)
SELECT so.number, p.sku, a.q AS allocated, COALESCE(r.q, 0) AS received
FROM a
LEFT JOIN r ON r.receipt_id = a.receipt_id AND r.product_id = a.product_id
JOIN receipts rc ON rc.id = a.receipt_id
JOIN supplier_orders so ON so.id = rc.supplier_order_id
JOIN products p ON p.id = a.product_id
WHERE a.q > COALESCE(r.q, 0)
ORDER BY so.number, p.sku
"""

_ALLOCATION_FACTS = (
    ("a.product_id <> l.product_id", N_("is for another product")),
    ("a.coverage_id IS NOT NULL AND c.id IS NULL", N_("refers to a missing coverage")),
    ("c.customer_line_id <> a.customer_line_id", N_("fulfils another line's coverage")),
)

ALLOCATION_LINKS_SQL = f"""
SELECT * FROM (SELECT o.number, l.line_no, p.sku,
    {_case(_ALLOCATION_FACTS)} AS problem
FROM allocations a
JOIN customer_order_lines l ON l.id = a.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
JOIN products p ON p.id = l.product_id
LEFT JOIN coverage c ON c.id = a.coverage_id) AS checked
WHERE problem IS NOT NULL
ORDER BY number, line_no
"""

COVERAGE_FULFILLED_SQL = """
WITH ca AS (SELECT coverage_id, SUM(quantity) q FROM allocations
            WHERE coverage_id IS NOT NULL GROUP BY 1)
SELECT o.number, l.line_no, so.number AS so_number, c.quantity, ca.q AS allocated
FROM ca
JOIN coverage c ON c.id = ca.coverage_id
JOIN customer_order_lines l ON l.id = c.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
WHERE ca.q > c.quantity
ORDER BY o.number, l.line_no
"""

COVERAGE_SQL = """
WITH cv AS (SELECT supplier_line_id, SUM(quantity) q FROM coverage GROUP BY 1)
SELECT so.number, sl.line_no, p.sku, sl.quantity, cv.q AS covered
FROM cv
JOIN supplier_order_lines sl ON sl.id = cv.supplier_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN products p ON p.id = sl.product_id
WHERE cv.q > sl.quantity
ORDER BY so.number, sl.line_no
"""

COVERAGE_PRODUCT_SQL = """
SELECT so.number, sl.line_no, o.number AS order_number, l.line_no AS order_line
FROM coverage c
JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
JOIN customer_order_lines l ON l.id = c.customer_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN customer_orders o ON o.id = l.order_id
WHERE sl.product_id <> l.product_id
ORDER BY so.number, sl.line_no
"""

HANDED_SQL = """
WITH h AS (SELECT customer_line_id, SUM(quantity) q FROM handover_lines GROUP BY 1),
a AS (SELECT customer_line_id, SUM(quantity) q FROM allocations GROUP BY 1)
SELECT o.number, l.line_no, h.q AS handed, COALESCE(a.q, 0) AS allocated
FROM h
JOIN customer_order_lines l ON l.id = h.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
LEFT JOIN a ON a.customer_line_id = h.customer_line_id
WHERE h.q > COALESCE(a.q, 0)
ORDER BY o.number, l.line_no
"""

HANDOVER_ORDER_SQL = """
SELECT o.number, l.line_no, ho.number AS handover_order
FROM handover_lines hl
JOIN handovers h ON h.id = hl.handover_id
JOIN customer_order_lines l ON l.id = hl.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
JOIN customer_orders ho ON ho.id = h.order_id
WHERE h.order_id <> l.order_id
ORDER BY o.number
"""

_SUPPLIER_ORDER_FACTS = (
    ("status IN ('draft', 'sent', 'cancelled') AND received > 0", N_("goods were received for it")),
    ("status = 'partially received' AND received = 0", N_("nothing was received for it")),
    (
        "status = 'partially received' AND lines > 0 AND complete_lines = lines",
        N_("everything was received"),
    ),
    ("status = 'received' AND complete_lines < lines", N_("not everything was received")),
)

SUPPLIER_STATUS_SQL = f"""
WITH rec AS (SELECT supplier_line_id, SUM(quantity) q FROM receipt_lines GROUP BY 1),
per_order AS (
    SELECT so.id, so.number, so.status,
           COUNT(sl.id) AS lines,
           COALESCE(SUM(COALESCE(rec.q, 0)), 0) AS received,
           COALESCE(SUM(CASE WHEN COALESCE(rec.q, 0) >= sl.quantity THEN 1 ELSE 0 END), 0)
               AS complete_lines
    FROM supplier_orders so
    LEFT JOIN supplier_order_lines sl ON sl.supplier_order_id = so.id
    LEFT JOIN rec ON rec.supplier_line_id = sl.id
    GROUP BY so.id
)
SELECT * FROM (SELECT number, status,
    {_case(_SUPPLIER_ORDER_FACTS)} AS problem
FROM per_order) AS checked
WHERE problem IS NOT NULL
ORDER BY number
"""

# what a number is the number of, as the sentences name it
CUSTOMER_ORDER, SUPPLIER_ORDER = N_("customer order"), N_("supplier order")

NUMBERS_SQL = f"""
SELECT {_text(CUSTOMER_ORDER)} AS what, number FROM customer_orders
WHERE NOT (number GLOB 'C-[12][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'
           AND substr(number, 8) NOT GLOB '*[^0-9]*')
UNION ALL
SELECT {_text(SUPPLIER_ORDER)}, number FROM supplier_orders
WHERE NOT (number GLOB 'P-[12][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'
           AND substr(number, 8) NOT GLOB '*[^0-9]*')
ORDER BY 1, 2
"""

DUPLICATE_NUMBERS_SQL = f"""
SELECT {_text(CUSTOMER_ORDER)}, number, COUNT(*) FROM customer_orders
GROUP BY number HAVING COUNT(*) > 1
UNION ALL
SELECT {_text(SUPPLIER_ORDER)}, number, COUNT(*) FROM supplier_orders
GROUP BY number HAVING COUNT(*) > 1
"""

COUNTERS_SQL = """
WITH used AS (
    SELECT substr(number, 1, 1) AS kind, CAST(substr(number, 3, 4) AS INTEGER) AS year,
           MAX(CAST(substr(number, 8) AS INTEGER)) AS highest
    FROM (SELECT number FROM customer_orders UNION ALL SELECT number FROM supplier_orders)
    WHERE substr(number, 8) NOT GLOB '*[^0-9]*' AND length(number) > 7
    GROUP BY 1, 2
)
SELECT used.kind, used.year, used.highest, COALESCE(c.last, 0) AS last
FROM used LEFT JOIN counters c ON c.kind = used.kind AND c.year = used.year
WHERE COALESCE(c.last, 0) < used.highest
"""

CANCELLED_SO_COVERAGE_SQL = f"""
SELECT so.number, COUNT(*) FROM coverage c
JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id
JOIN supplier_orders so ON so.id = sl.supplier_order_id
JOIN customer_order_lines l ON l.id = c.customer_line_id
JOIN customer_orders o ON o.id = l.order_id
WHERE o.status = 'cancelled' AND so.status IN {OPEN_SO} AND c.quantity > 0
  AND c.quantity > (SELECT COALESCE(SUM(quantity), 0) FROM allocations WHERE coverage_id = c.id)
GROUP BY so.number ORDER BY so.number
"""


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[Database]:
    """Read everything from one consistent snapshot; write nothing."""
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield db
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")


@contextlib.contextmanager
def line_table(db: Database) -> Iterator[Database]:
    """Per-line quantities in a temporary table for the line and order rules."""
    try:
        db.execute("DROP TABLE IF EXISTS temp.check_lines")
        db.execute(_CREATE_LINES)
    except sqlite3.DatabaseError as exc:
        if says_damaged(exc):
            raise ShopFileError(
                _("The checks cannot run because the shop file is damaged: {reason}.").format(
                    reason=exc
                )
            ) from exc
        raise shop_file_problem(exc) or ShopFileError(
            _("The checks cannot run: {reason}.").format(reason=exc)
        ) from exc
    try:
        yield db
    finally:
        db.execute("DROP TABLE IF EXISTS temp.check_lines")


def _on_server(db: Database) -> bool:
    """A server database checks its own storage, references and column types as it writes:
    the file checks below have nothing to find there."""
    return bool(getattr(db, "on_server", False))


def integrity_problems(db: Database) -> list[str]:
    if _on_server(db):
        return []
    rows = db.execute("PRAGMA integrity_check").fetchall()
    return [r[0] for r in rows if r[0] != "ok"]


def read_every_row(db: Database) -> list[str]:
    """Read every value of every table with SQLite's extra checks of each cell it reads
    (cell_size_check): damage inside a record that the structure checks pass. Slow on a big
    shop, so only `jitdesk check --full` does it."""
    if _on_server(db):
        return []
    conn = db.conn
    conn.execute("PRAGMA cell_size_check = ON")
    problems = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            try:
                for _row in conn.execute(f'SELECT * FROM "{table}"'):
                    pass
            except sqlite3.DatabaseError as exc:
                problems.append(
                    # TRANSLATORS: a reason in "The file is damaged: {reason}."
                    _("the table {table} cannot be read to the end ({reason})").format(
                        table=table, reason=exc
                    )
                )
    finally:
        conn.execute("PRAGMA cell_size_check = OFF")
    return problems


def file_size_problem(db: Database, size: int) -> str | None:
    """A shop file is a whole number of pages; anything else was cut off or appended to."""
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    if page_size and size % page_size:
        number = user_formats().quantity
        # TRANSLATORS: a reason in "The file is damaged: {reason}."
        return _(
            "the file is {size} bytes, not a whole number of its {page_size}-byte pages, so it "
            "was cut off or something was added to its end"
        ).format(size=number(size), page_size=number(page_size))
    return None


def foreign_key_problems(db: Database) -> list[tuple[str, int, str, int]]:
    """(table, number of rows, parent table, first rowid) per broken reference kind."""
    grouped: dict[tuple[str, str], list[int]] = {}
    if _on_server(db):
        return []
    for row in db.execute("PRAGMA foreign_key_check"):
        grouped.setdefault((row[0], row[2]), []).append(row[1])
    return [(t, len(ids), parent, min(ids)) for (t, parent), ids in sorted(grouped.items())]


def rows(db: Database, sql: str) -> list[tuple]:
    try:
        return [tuple(r) for r in db.execute(sql).fetchall()]
    except sqlite3.DatabaseError as exc:  # a damaged table: report, do not crash
        return [("error", str(exc))]
