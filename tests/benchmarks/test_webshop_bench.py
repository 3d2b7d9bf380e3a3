"""Importing a 100,000-line Shopify order export (issue 8: at most 5x the time of parsing the same
file with the csv module plus a raw executemany of its rows), both measured in the same run.

Run: python -m pytest tests/benchmarks/test_webshop_bench.py --benchmark-only -s
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.services import settings
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import import_webshop

LINES = 100_000
LINES_PER_ORDER = 3
PRODUCTS = 1_000
CUSTOMERS = 5_000
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Note Attributes",
    "Cancelled at",
    "Payment Method",
    "Payment Reference",
    "Refunded Amount",
    "Vendor",
    "Outstanding Balance",
    "Employee",
    "Location",
    "Device ID",
    "Id",
    "Tags",
    "Risk Level",
    "Source",
    "Lineitem discount",
    "Phone",
    "Receipt Number",
]


def _export(path: Path) -> None:
    col = {name: i for i, name in enumerate(HEADER)}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for line in range(LINES):
        order, position = divmod(line, LINES_PER_ORDER)
        row = [""] * len(HEADER)
        customer = order % CUSTOMERS
        row[col["Name"]] = f"#{10000 + order}"
        row[col["Email"]] = f"kunde{customer}@example.com"
        row[col["Created at"]] = f"2026-11-{1 + order % 20:02d} 10:00:00 +0100"
        row[col["Lineitem quantity"]] = str(1 + line % 3)
        row[col["Lineitem name"]] = f"Prodükt {line % PRODUCTS}, Größe M"
        row[col["Lineitem price"]] = "12.50"
        row[col["Lineitem sku"]] = f"SKU-{(order + position * 7) % PRODUCTS:04d}"
        row[col["Lineitem requires shipping"]] = "true"
        if position == 0:
            row[col["Financial Status"]] = "paid" if order % 2 else "pending"
            row[col["Currency"]] = "EUR"
            row[col["Total"]] = "75.00"
            row[col["Billing Name"]] = f"Kundin Nummer {customer}"
            row[col["Billing Address1"]] = "Hauptstraße 1, Hinterhaus"
            row[col["Billing Phone"]] = f"+49 30 {customer:07d}"
            row[col["Id"]] = str(5_000_000_000 + order)
            row[col["Cancelled at"]] = "2026-11-21" if order % 50 == 0 else ""
        writer.writerow(row)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _template(path: Path) -> None:
    settings.create_shop(path, "Bench", "EUR").close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO suppliers (id, name) VALUES (1, 'Acme')")
    conn.executemany(
        "INSERT INTO products (id, sku, name, sale_price) VALUES (?, ?, ?, 1250)",
        [(p + 1, f"SKU-{p:04d}", f"Product {p}") for p in range(PRODUCTS)],
    )
    conn.executemany(
        "INSERT INTO offers (product_id, supplier_id, unit_cost) VALUES (?, 1, 500)",
        [(p + 1,) for p in range(PRODUCTS)],
    )
    conn.execute("COMMIT")
    conn.close()


def _baseline(export: Path, db_path: Path) -> float:
    """csv module parse of the same file + one raw executemany of every row (WAL, FULL sync)."""
    start = time.perf_counter()
    with export.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        keep = [
            col[c]
            for c in (
                "Name",
                "Email",
                "Created at",
                "Lineitem quantity",
                "Lineitem name",
                "Lineitem price",
                "Lineitem sku",
                "Billing Name",
            )
        ]
        rows = [tuple(record[i] for i in keep) for record in reader]
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE raw (a, b, c, d, e, f, g, h)")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


@pytest.mark.benchmark(group="webshop-import")
def test_webshop_import_100k_lines(benchmark, tmp_path):
    export = tmp_path / "orders_export.csv"
    _export(export)
    template = tmp_path / "template.jitdesk"
    _template(template)
    timings: list[float] = []
    runs = iter(range(100))

    def setup():
        n = next(runs)
        target = tmp_path / f"run{n}.jitdesk"
        shutil.copy(template, target)
        shop = Shop.open(target, clock=lambda: NOW)
        return (shop,), {}

    def run(shop: Shop):
        start = time.perf_counter()
        result = import_webshop(shop, "shopify", export)
        timings.append(time.perf_counter() - start)
        assert len(result.preview.skipped) == LINES // LINES_PER_ORDER // 50 + 1
        lines = shop.db.execute("SELECT COUNT(*) FROM customer_order_lines").fetchone()[0]
        assert lines == result.preview.line_count > 95_000
        shop.close()

    benchmark.pedantic(run, setup=setup, rounds=2, iterations=1)
    baselines = [_baseline(export, tmp_path / f"raw{n}.db") for n in range(2)]
    ratio = min(timings) / min(baselines)
    print(
        f"\nweb-shop import of {LINES:,} lines: {min(timings):.2f} s; csv parse + raw "
        f"executemany: {min(baselines):.2f} s; ratio {ratio:.2f}x (limit 5x)"
    )
    assert ratio <= 5
