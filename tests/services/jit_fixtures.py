"""Helpers to build JIT-loop scenarios: a shop with a catalog, customer orders, and supplier
orders with coverage.

Supplier orders are written as rows here (status 'sent' by default) so receiving, handover,
changes and surplus can be tested on their own, independent of the planning service.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, settings
from jitdesk.services.shop import Shop
from jitdesk.store.engine import SqliteStore
from jitdesk.store.quantities import line_quantities
from tests import engines

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday

TABLES = (
    "customer_orders",
    "customer_order_lines",
    "payments",
    "supplier_orders",
    "supplier_order_lines",
    "coverage",
    "receipts",
    "receipt_lines",
    "allocations",
    "handovers",
    "handover_lines",
    "write_offs",
    "events",
)


def clock() -> datetime:
    return NOW


def new_shop(path: Path) -> Shop:
    shop = settings.create_shop(engines.shop_location(path), "Velo Ltd", "EUR")
    shop._clock = clock
    return shop


def memory_copy(template: Path) -> Shop:
    """A private in-memory copy of a shop file: fast to make, nothing to clean up (on the
    server: a database copied from the template's)."""
    if engines.on_server():
        return Shop.open(engines.copy_of(template), clock=clock)
    source = sqlite3.connect(str(template))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(conn)
    source.close()
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return Shop(SqliteStore(Database(conn)), clock=clock)


@dataclass
class World:
    """A shop with one supplier, a few products and customers."""

    shop: Shop
    supplier_id: int
    products: dict[str, int]
    customers: list[int]
    offers: dict[str, int] = field(default_factory=dict)

    @property
    def db(self) -> Database:
        return self.shop.db


PRODUCTS = {
    # sku: (name, sale price, pack size, min qty, unit cost)
    "CH-1": ("Chain", 2500, 1, 1, 1200),
    "BE-1": ("Bell", 900, 1, 1, 300),
    "TU-6": ("Tube (pack of 6)", 600, 6, 1, 250),
    "SP-10": ("Spokes", 150, 10, 20, 40),
}


def build_world(shop: Shop, n_customers: int = 4) -> World:
    supplier_id = catalog.add_supplier(
        shop,
        SupplierInput(name="Acme", lead_time_days=3, delivery_weekdays=frozenset({0, 1, 2, 3, 4})),
    )
    products, offers = {}, {}
    for sku, (name, price, pack, min_qty, cost) in PRODUCTS.items():
        pid = catalog.add_product(shop, ProductInput(sku=sku, name=name, sale_price=price))
        products[sku] = pid
        offers[sku] = catalog.set_offer(
            shop,
            OfferInput(
                product_id=pid,
                supplier_id=supplier_id,
                unit_cost=cost,
                supplier_sku=f"A-{sku}",
                pack_size=pack,
                min_qty=min_qty,
                preferred=True,
            ),
        )
    names = ["Ana Nowak", "Björn Berg", "Chloé Dubois", "Dmitri Ivanov", "Eva Novák", "Fin O'Neil"]
    ids = [
        customers.add_customer(shop, CustomerInput(name=names[i % len(names)]))
        for i in range(n_customers)
    ]
    return World(shop, supplier_id, products, ids, offers)


@dataclass(frozen=True)
class PlacedOrder:
    order_id: int
    number: str
    line_ids: list[int]


def place_order(
    world: World,
    customer: int,
    lines: Iterable[tuple[str, int]],
    *,
    deposit: int = 0,
    day: date | None = None,
) -> PlacedOrder:
    """A customer order of [(sku, quantity)] logged through the orders service as an import
    logs it: surplus is left to planning (the counter's `create_order` takes it at once)."""
    (created,) = orders.create_orders(
        world.shop,
        [
            OrderInput(
                customer_id=world.customers[customer],
                lines=[OrderLineInput(world.products[sku], qty) for sku, qty in lines],
                deposit=deposit,
                order_date=day,
            )
        ],
    )
    line_ids = [
        r[0]
        for r in world.db.execute(
            "SELECT id FROM customer_order_lines WHERE order_id = ? ORDER BY line_no",
            [created.order_id],
        )
    ]
    return PlacedOrder(created.order_id, created.number, line_ids)


@dataclass(frozen=True)
class PlacedSupplierOrder:
    supplier_order_id: int
    number: str
    line_ids: list[int]  # in the order the lines were given
    coverage_ids: dict[tuple[int, int], int]  # (supplier line, customer line) -> coverage id


def supplier_order(
    world: World,
    lines: Iterable[tuple[str, int, Mapping[int, int]]],
    *,
    status: str = "sent",
) -> PlacedSupplierOrder:
    """A supplier order written as rows: [(sku, quantity, {customer line id: units covered})]."""
    shop, db = world.shop, world.db
    now = shop.now_iso()
    with shop.transaction():
        number = shop.next_number("P")
        so_id = (
            db["supplier_orders"]
            .insert(
                {
                    "number": number,
                    "supplier_id": world.supplier_id,
                    "status": status,
                    "expected_date": "2026-11-30",
                    "created_at": now,
                    "updated_at": now,
                    "sent_at": now if status != "draft" else None,
                }
            )
            .last_pk
        )
        line_ids, coverage_ids = [], {}
        for no, (sku, qty, cover) in enumerate(lines, start=1):
            name, _price, pack, _min, cost = PRODUCTS[sku]
            sl_id = (
                db["supplier_order_lines"]
                .insert(
                    {
                        "supplier_order_id": so_id,
                        "line_no": no,
                        "product_id": world.products[sku],
                        "offer_id": world.offers[sku],
                        "supplier_sku": f"A-{sku}",
                        "description": name,
                        "unit_cost": cost,
                        "pack_size": pack,
                        "quantity": qty,
                    }
                )
                .last_pk
            )
            line_ids.append(sl_id)
            for customer_line_id, units in cover.items():
                coverage_ids[(sl_id, customer_line_id)] = (
                    db["coverage"]
                    .insert(
                        {
                            "supplier_line_id": sl_id,
                            "customer_line_id": customer_line_id,
                            "quantity": units,
                            "created_at": now,
                        }
                    )
                    .last_pk
                )
    return PlacedSupplierOrder(so_id, number, line_ids, coverage_ids)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of the tables the JIT loop writes, to assert that nothing changed."""
    return {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def status_of(db: Database, table: str, row_id: int) -> str:
    return db.execute(f"SELECT status FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def quantities(db: Database, line_id: int):
    return line_quantities(db, line_ids=[line_id])[0]


def surplus(db: Database, product_id: int) -> int:
    row = db.execute(
        "SELECT COALESCE((SELECT SUM(quantity) FROM receipt_lines WHERE product_id = :p), 0)"
        " - COALESCE((SELECT SUM(quantity) FROM allocations WHERE product_id = :p), 0)"
        " - COALESCE((SELECT SUM(quantity) FROM write_offs WHERE product_id = :p), 0)",
        {"p": product_id},
    ).fetchone()
    return row[0]


def invariant_violations(db: Database) -> list[str]:
    """The invariants of issue 3, checked on the whole file; [] when all hold."""
    problems = []
    for table, column in (
        ("customer_order_lines", "quantity"),
        ("supplier_order_lines", "quantity"),
        ("coverage", "quantity"),
        ("receipt_lines", "quantity"),
        ("allocations", "quantity"),
        ("handover_lines", "quantity"),
        ("write_offs", "quantity"),
    ):
        n = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} < 0").fetchone()[0]
        if n:
            problems.append(f"{n} negative {table}.{column}")
    status = dict(db.execute("SELECT id, status FROM customer_orders").fetchall())
    for lq in line_quantities(db):
        parts = (lq.handed, lq.allocated, lq.covered)
        if min(parts) < 0 or lq.waiting < 0:
            problems.append(f"line {lq.line_id}: negative part {parts} waiting {lq.waiting}")
        if status[lq.order_id] == "cancelled" and lq.quantity != lq.handed:
            problems.append(f"cancelled line {lq.line_id} still counts {lq.quantity}")
        if status[lq.order_id] == "completed" and lq.handed != lq.quantity:
            problems.append(f"completed line {lq.line_id} handed {lq.handed} of {lq.quantity}")
        if status[lq.order_id] == "ready" and lq.handed + lq.allocated < lq.quantity:
            problems.append(f"ready order {lq.order_id} line {lq.line_id} is not all in")
    for (pid,) in db.execute("SELECT id FROM products").fetchall():
        if surplus(db, pid) < 0:
            problems.append(f"product {pid}: more allocated/written off than received")
    over = db.execute(
        "SELECT c.id FROM coverage c WHERE c.quantity < COALESCE((SELECT SUM(quantity)"
        " FROM allocations a WHERE a.coverage_id = c.id), 0)"
    ).fetchall()
    if over:
        problems.append(f"coverage rows allocated beyond their quantity: {[r[0] for r in over]}")
    beyond = db.execute(
        "SELECT r.receipt_id FROM (SELECT receipt_id, product_id, SUM(quantity) q"
        " FROM allocations WHERE receipt_id IS NOT NULL GROUP BY 1, 2) a"
        " JOIN (SELECT receipt_id, product_id, SUM(quantity) q FROM receipt_lines GROUP BY 1, 2)"
        " r ON r.receipt_id = a.receipt_id AND r.product_id = a.product_id WHERE a.q > r.q"
    ).fetchall()
    if beyond:
        problems.append(f"receipts allocated beyond what they brought: {beyond}")
    drift = db.execute(STOCK_TOTALS_DRIFT_SQL).fetchall()
    if drift:
        problems.append(f"stock totals differ from their rows for products {[r[0] for r in drift]}")
    problems += report_totals_drift(db)
    return problems


# The totals the reports read (schema: supplier_order_units, receipt_units,
# offer_receipt_costs) against what they sum over, each as (what, rows that differ).
REPORT_TOTALS_DRIFT_SQL = (
    (
        "units ordered of supplier orders",
        """SELECT so.id FROM supplier_orders so
           LEFT JOIN supplier_order_units u ON u.supplier_order_id = so.id
           WHERE COALESCE(u.ordered, 0) <> (SELECT COALESCE(SUM(quantity), 0)
                 FROM supplier_order_lines WHERE supplier_order_id = so.id)""",
    ),
    (
        "units of receipts",
        """SELECT r.id FROM receipts r LEFT JOIN receipt_units u ON u.receipt_id = r.id
           WHERE COALESCE(u.received, 0) <> (SELECT COALESCE(SUM(quantity), 0)
                 FROM receipt_lines WHERE receipt_id = r.id)""",
    ),
    (
        "actual costs per offer and day",
        """WITH counted AS (
             SELECT sl.offer_id, rc.received_on, rl.unit_cost, COUNT(*) AS lines
             FROM receipt_lines rl
             JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
             JOIN receipts rc ON rc.id = rl.receipt_id
             WHERE rl.unit_cost IS NOT NULL AND sl.offer_id IS NOT NULL GROUP BY 1, 2, 3)
           SELECT * FROM (SELECT * FROM counted EXCEPT SELECT * FROM offer_receipt_costs)
           UNION ALL
           SELECT * FROM (SELECT * FROM offer_receipt_costs EXCEPT SELECT * FROM counted)""",
    ),
)


def report_totals_drift(db: Database) -> list[str]:
    """What differs between the report totals and their rows; [] when they agree."""
    problems = []
    for what, sql in REPORT_TOTALS_DRIFT_SQL:
        rows = [tuple(r) for r in db.execute(sql).fetchall()]
        if rows:
            problems.append(f"kept {what} differ from their rows: {rows[:5]}")
    return problems


# Products whose kept stock totals differ from the sums over receipts, allocations, write-offs.
STOCK_TOTALS_DRIFT_SQL = """
SELECT p.id FROM products p LEFT JOIN stock_totals t ON t.product_id = p.id
WHERE (SELECT COUNT(*) FROM receipt_lines WHERE product_id = p.id) <> COALESCE(t.receipt_lines, 0)
   OR (SELECT COALESCE(SUM(quantity), 0) FROM receipt_lines WHERE product_id = p.id)
      <> COALESCE(t.received, 0)
   OR (SELECT COALESCE(SUM(quantity), 0) FROM allocations WHERE product_id = p.id)
      <> COALESCE(t.allocated, 0)
   OR (SELECT COALESCE(SUM(quantity), 0) FROM write_offs WHERE product_id = p.id)
      <> COALESCE(t.written_off, 0)
"""
