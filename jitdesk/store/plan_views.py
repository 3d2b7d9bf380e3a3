"""Read queries for the Plan and Supplier orders pages: the supplier order list (filtered and
counted in SQL, with "late" as a filter), supplier choices per product, number look-ups, and a
separate read connection so the plan can be computed off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from jitdesk.domain.statuses import SupplierOrderStatus, supplier_order_late

LATE = "late"  # a pseudo-status: sent or partially received, past the expected date
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class SupplierOrderFilter:
    """What the supplier order list shows; `statuses` may hold LATE."""

    statuses: tuple[str, ...] = ()
    supplier_id: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class SupplierOrderRow:
    """A supplier order as the supplier order list shows it."""

    id: int
    number: str
    supplier_id: int
    supplier_name: str
    status: str
    expected_date: str | None
    created_at: str
    sent_at: str | None
    min_order_value: int
    line_count: int
    value: int
    late: bool  # on its way and past its expected date, on the day it was read

    @property
    def below_minimum(self) -> bool:
        return self.status == SupplierOrderStatus.DRAFT and self.value < self.min_order_value


# The columns are SupplierOrderRow's, in its order (without `late`).
LIST_SQL = """
SELECT so.id, so.number, so.supplier_id, s.name AS supplier_name, so.status,
       so.expected_date, so.created_at, so.sent_at, s.min_order_value,
       (SELECT COUNT(*) FROM supplier_order_lines WHERE supplier_order_id = so.id) AS line_count,
       (SELECT COALESCE(SUM(quantity * unit_cost), 0) FROM supplier_order_lines
         WHERE supplier_order_id = so.id) AS value
FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id
"""


def _where(flt: SupplierOrderFilter, today_iso: str) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    plain = [s for s in flt.statuses if s != LATE]
    parts = []
    if plain:
        parts.append(f"so.status IN ({','.join('?' * len(plain))})")
        params += plain
    if LATE in flt.statuses:
        parts.append(
            "(so.status IN ('sent', 'partially received') AND so.expected_date IS NOT NULL"
            " AND so.expected_date < ?)"
        )
        params.append(today_iso)
    if parts:
        where.append("(" + " OR ".join(parts) + ")")
    if flt.supplier_id is not None:
        where.append("so.supplier_id = ?")
        params.append(flt.supplier_id)
    text = flt.text.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(so.number LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')")
        params += [f"%{escaped}%"] * 2
    return (" WHERE " + " AND ".join(where) if where else ""), params


def list_orders(
    db: Database, flt: SupplierOrderFilter, today_iso: str, *, limit: int, offset: int
) -> list[SupplierOrderRow]:
    """Newest first, one page; filtering happens in SQL."""
    where, params = _where(flt, today_iso)
    sql = LIST_SQL + where + " ORDER BY so.id DESC LIMIT ? OFFSET ?"
    rows = db.execute(sql, [*params, limit, offset]).fetchall()
    return [
        SupplierOrderRow(
            so_id, number, supplier_id, supplier, status, expected, created, sent, minimum,
            lines, value, supplier_order_late(status, expected, today_iso),
        )
        for so_id, number, supplier_id, supplier, status, expected, created, sent, minimum,
        lines, value in rows
    ]  # fmt: skip


def count_orders(db: Database, flt: SupplierOrderFilter, today_iso: str) -> int:
    where, params = _where(flt, today_iso)
    sql = "SELECT COUNT(*) FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id"
    return db.execute(sql + where, params).fetchone()[0]


def suppliers_with_orders(db: Database) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, name FROM suppliers WHERE id IN (SELECT DISTINCT supplier_id FROM"
        " supplier_orders) OR active = 1 ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [dict(r) for r in rows]


def offer_choices(db: Database, product_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Active offers of active suppliers for these products, cheapest first."""
    ids = sorted(set(product_ids))
    if not ids:
        return []
    rows = db.execute(
        "SELECT o.product_id, o.supplier_id, s.name AS supplier_name, o.unit_cost, o.pack_size,"
        " o.min_qty, o.preferred FROM offers o JOIN suppliers s ON s.id = o.supplier_id"
        f" WHERE o.active = 1 AND s.active = 1 AND o.product_id IN ({','.join('?' * len(ids))})"
        " ORDER BY o.product_id, o.unit_cost, s.name COLLATE NOCASE",
        ids,
    ).fetchall()
    return [dict(r) for r in rows]


def _numbers(db: Database, table: str, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    result: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = db.execute(
            f"SELECT id, number FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        result.update({r[0]: r[1] for r in rows})
    return result


def supplier_order_numbers(db: Database, ids: Iterable[int]) -> dict[int, str]:
    return _numbers(db, "supplier_orders", ids)


def customer_order_numbers(db: Database, ids: Iterable[int]) -> dict[int, str]:
    return _numbers(db, "customer_orders", ids)
