"""Queries over customer orders, their lines and payments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.promise import OfferTerms
from jitdesk.domain.search import parse_query
from jitdesk.domain.statuses import ACTIVE_CUSTOMER_STATUSES
from jitdesk.domain.tax import amount_due
from jitdesk.store import search
from jitdesk.store.order_progress import LATE_SQL, PROGRESS_SQL, SENT_LINES_CTE, progress_where
from jitdesk.store.rowids import inserted_id

OFFER_TERMS_SQL = """
SELECT o.id, o.product_id, o.supplier_id, o.unit_cost, o.pack_size, o.min_qty,
       COALESCE(o.lead_time_days, s.lead_time_days), s.delivery_weekdays, o.preferred
FROM offers o JOIN suppliers s ON s.id = o.supplier_id
WHERE o.active = 1 AND s.active = 1
"""


def offer_terms(
    db: Database, product_ids: Iterable[int] | None = None
) -> dict[int, list[OfferTerms]]:
    """Active offers per product, as the planning and promising rules read them."""
    sql, params = OFFER_TERMS_SQL, []
    if product_ids is not None:
        ids = sorted(set(product_ids))
        sql += f" AND o.product_id IN ({','.join('?' * len(ids))})"
        params = ids
    result: dict[int, list[OfferTerms]] = {}
    weekday_cache: dict[str, frozenset[int]] = {}
    for row in db.execute(sql + " ORDER BY o.product_id, o.id", params):
        days = weekday_cache.setdefault(row[7], parse_weekdays(row[7]))
        terms = OfferTerms(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], days, bool(row[8])
        )
        result.setdefault(terms.product_id, []).append(terms)
    return result


@dataclass(frozen=True, slots=True)
class OrderHeader:
    """A customer order with its customer's name and how to reach them."""

    id: int
    number: str
    customer_id: int
    order_date: str  # ISO dates and UTC timestamps, as stored
    promised_date: str | None
    status: str
    channel: str
    external_ref: str | None
    notes: str
    created_at: str
    updated_at: str
    ready_at: str | None
    notified_at: str | None
    completed_at: str | None
    cancelled_at: str | None
    customer_name: str
    customer_phone: str
    customer_email: str
    customer_language: str  # documents for this customer; empty: the shop's language
    reminded_at: str | None = None  # the last reminder to collect it
    pickup_extended_to: str | None = None  # ISO date the owner extended pickup-by to


ORDER_HEADER_SQL = """
SELECT o.id, o.number, o.customer_id, o.order_date, o.promised_date, o.status, o.channel,
       o.external_ref, o.notes, o.created_at, o.updated_at, o.ready_at, o.notified_at,
       o.completed_at, o.cancelled_at, c.name, c.phone, c.email, c.language,
       o.reminded_at, o.pickup_extended_to
FROM customer_orders o JOIN customers c ON c.id = o.customer_id
"""


def order_header(db: Database, order_id: int) -> OrderHeader | None:
    row = db.execute(ORDER_HEADER_SQL + " WHERE o.id = ?", [order_id]).fetchone()
    return OrderHeader(*row) if row else None


def order_by_number(db: Database, number: str) -> OrderHeader | None:
    row = db.execute(ORDER_HEADER_SQL + " WHERE o.number = ?", [number.strip()]).fetchone()
    return OrderHeader(*row) if row else None


def order_by_external_ref(db: Database, channel: str, ref: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT * FROM customer_orders WHERE channel = ? AND external_ref = ?", [channel, ref]
    ).fetchone()
    return dict(row) if row else None


@dataclass(frozen=True, slots=True)
class OrderLine:
    """A line of a customer order with its product's SKU, name and unit."""

    id: int
    order_id: int
    line_no: int
    product_id: int
    description: str
    quantity: int
    original_quantity: int
    unit_price: int
    promised_date: str | None
    sku: str
    product_name: str
    unit: str
    tax_rate_bp: int | None  # the rate the line was sold at; None on lines from before it was kept
    product_tax_rate_bp: int | None  # the product's own rate; None: the shop's

    @property
    def line_total(self) -> int:
        return self.quantity * self.unit_price


ORDER_LINE_SQL = """
SELECT l.id, l.order_id, l.line_no, l.product_id, l.description, l.quantity,
       l.original_quantity, l.unit_price, l.promised_date, p.sku, p.name, p.unit,
       l.tax_rate_bp, p.tax_rate_bp
FROM customer_order_lines l JOIN products p ON p.id = l.product_id
"""


def order_lines(db: Database, order_id: int) -> list[OrderLine]:
    rows = db.execute(ORDER_LINE_SQL + " WHERE l.order_id = ? ORDER BY l.line_no", [order_id])
    return [OrderLine(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class Payment:
    id: int
    order_id: int
    amount: int  # cents; refunds are negative
    kind: str
    method: str
    paid_at: str
    note: str


def order_payments(db: Database, order_id: int) -> list[Payment]:
    rows = db.execute(
        "SELECT id, order_id, amount, kind, method, paid_at, note FROM payments"
        " WHERE order_id = ? ORDER BY id",
        [order_id],
    )
    return [Payment(*r) for r in rows]


def order_paid(db: Database, order_id: int) -> int:
    return db.execute(
        "SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = ?", [order_id]
    ).fetchone()[0]


@dataclass(frozen=True, slots=True)
class OrderListRow:
    """A customer order as the orders list shows it."""

    id: int
    number: str
    order_date: str
    promised_date: str | None
    status: str
    channel: str
    customer_name: str
    total: int  # the lines as entered; services replace it with the gross total
    paid: int
    progress: str  # an OrderProgress: how far the order really is
    late: bool  # promised date passed and still not ready

    @property
    def balance(self) -> int:
        return amount_due(self.total, self.paid)


# The page of order ids is chosen first (from the indexes alone where it can be) and only
# those rows get their customer, total and paid: computing totals before the sort and LIMIT
# cost ~400 ms on a 100,000-order shop. The columns are OrderListRow's, in its order; the
# parameters: the filter's, the page's limit and offset, then today (for `late`).
ORDER_LIST_SQL = f"""
WITH {SENT_LINES_CTE},
page AS MATERIALIZED (
    SELECT o.id FROM customer_orders o{{where}}
    ORDER BY o.order_date DESC, o.id DESC LIMIT ? OFFSET ?)
SELECT o.id, o.number, o.order_date, o.promised_date, o.status, o.channel,
       c.name AS customer_name,
       (SELECT COALESCE(SUM(quantity * unit_price), 0) FROM customer_order_lines
         WHERE order_id = o.id) AS total,
       (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = o.id) AS paid,
       {PROGRESS_SQL} AS progress,
       {LATE_SQL} AS late
FROM page JOIN customer_orders o ON o.id = page.id JOIN customers c ON c.id = o.customer_id
ORDER BY o.order_date DESC, o.id DESC
"""


def _order_where(db: Database, flt: OrderFilter, today: str) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    query = parse_query(flt.text)
    if not query.empty:
        search.ensure_keys(db)
        if flt.statuses and ACTIVE_CUSTOMER_STATUSES.issuperset(flt.statuses):
            # Among the open work (a few thousand orders however long the history), each
            # order is tested; otherwise the orders found are gathered first.
            sql, text_params = search.order_match_condition(query)
            where.append(sql)
        else:
            sql, text_params = search.order_match_sql(query)
            where.append(f"o.id IN ({sql})")
        params += text_params
    if flt.statuses:
        where.append(f"o.status IN ({','.join('?' * len(flt.statuses))})")
        params += list(flt.statuses)
    if flt.late_only:  # before the progress: the cheaper test first
        where.append(LATE_SQL)
        params.append(today)
    if flt.progress:
        sql, progress_params = progress_where(flt.progress)
        where.append(sql)
        params += progress_params
    if flt.customer_id is not None:
        where.append("o.customer_id = ?")
        params.append(flt.customer_id)
    if flt.date_from:
        where.append("o.order_date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("o.order_date <= ?")
        params.append(flt.date_to)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def list_orders(
    db: Database, flt: OrderFilter, today: str, *, limit: int = 200, offset: int = 0
) -> list[OrderListRow]:
    """Newest first, one page; filtering happens in SQL. `today` (ISO) decides lateness."""
    where, params = _order_where(db, flt, today)
    sql = ORDER_LIST_SQL.format(where=where)
    return [_list_row(r) for r in db.execute(sql, [*params, limit, offset, today])]


def _list_row(r: Any) -> OrderListRow:
    id_, number, order_date, promised, status, channel, name, total, paid, progress, late = r
    return OrderListRow(
        id_, number, order_date, promised, status, channel, name, total, paid, progress, bool(late)
    )


def count_orders(db: Database, flt: OrderFilter, today: str) -> int:
    where, params = _order_where(db, flt, today)
    sql = f"WITH {SENT_LINES_CTE} SELECT COUNT(*) FROM customer_orders o" + where
    return db.execute(sql, params).fetchone()[0]


def order_status_rows(db: Database, order_ids: list[int]) -> list[tuple[int, str, str]]:
    """(id, number, status) of the given orders, read in chunks (SQLite's variable limit)."""
    rows: list[tuple[int, str, str]] = []
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        rows += [
            tuple(r)
            for r in db.execute(
                "SELECT id, number, status FROM customer_orders"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        ]
    return rows


def set_customer_statuses(
    db: Database, updates: list[tuple[str, str, str | None, str | None, int]]
) -> None:
    """Batch of (status, updated_at, ready_at or None, completed_at or None, id)."""
    db.conn.executemany(
        "UPDATE customer_orders SET status = ?, updated_at = ?,"
        " ready_at = COALESCE(?, ready_at), completed_at = COALESCE(?, completed_at)"
        " WHERE id = ?",
        updates,
    )


def order_status(db: Database, order_id: int) -> str:
    return db.execute("SELECT status FROM customer_orders WHERE id = ?", [order_id]).fetchone()[0]


def order_line(db: Database, line_id: int) -> OrderLine | None:
    row = db.execute(ORDER_LINE_SQL + " WHERE l.id = ?", [line_id]).fetchone()
    return OrderLine(*row) if row else None


# --- writes ----------------------------------------------------------------------------------


def insert_order(db: Database, row: dict[str, Any]) -> int:
    return inserted_id(db.table("customer_orders").insert(row).last_rowid)


def update_order(db: Database, order_id: int, values: dict[str, Any]) -> None:
    db.table("customer_orders").update(order_id, values)


def insert_lines(db: Database, rows: Iterable[dict[str, Any]]) -> None:
    db.table("customer_order_lines").insert_all(rows)


def update_line(db: Database, line_id: int, values: dict[str, Any]) -> None:
    db.table("customer_order_lines").update(line_id, values)


def insert_payment(db: Database, row: dict[str, Any]) -> None:
    db.table("payments").insert(row)
