"""Recording a 500-line delivery with its allocation (issue 3: under 100 ms), against a raw
sqlite3 executemany of the same rows in the same run.

Run: python -m pytest tests/benchmarks/test_receiving_bench.py --benchmark-only -s
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from jitdesk.services import receiving, settings
from jitdesk.services.shop import Shop
from tests.services.jit_fixtures import clock

LINES = 500
ORDERS_PER_LINE = 2  # each supplier line covers two customer orders
WAITING_ORDERS = 100  # uncovered orders the over-deliveries can serve
NOW = "2026-11-25T10:00:00+00:00"


def _build_template(path: Path) -> dict[int, int]:
    """A shop with 500 products, 1,100 open orders and one sent order of 500 covering lines.

    Returns the delivery: {supplier line id: units}, every 10th line over-delivered by 2.
    """
    shop = settings.create_shop(path, "Bench", "EUR")
    shop.close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO suppliers (id, name) VALUES (1, 'Acme')")
    conn.executemany(
        "INSERT INTO products (id, sku, name, sale_price) VALUES (?, ?, ?, 1000)",
        [(p, f"SKU-{p:04d}", f"Product {p}") for p in range(1, LINES + 1)],
    )
    conn.executemany(
        "INSERT INTO offers (id, product_id, supplier_id, unit_cost) VALUES (?, ?, 1, 500)",
        [(p, p) for p in range(1, LINES + 1)],
    )
    conn.executemany(
        "INSERT INTO customers (id, name, created_at) VALUES (?, ?, ?)",
        [(c, f"Customer {c}", NOW) for c in range(1, 201)],
    )
    orders, lines = [], []
    n_orders = LINES * ORDERS_PER_LINE + WAITING_ORDERS
    for o in range(1, n_orders + 1):
        product = (o - 1) % LINES + 1
        day = f"2026-11-{1 + o % 20:02d}"
        orders.append((o, f"C-2026-{o:05d}", 1 + o % 200, day, NOW, NOW))
        lines.append((o, o, 1, product, 2, 2, 1000))
    conn.executemany(
        "INSERT INTO customer_orders (id, number, customer_id, order_date, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        orders,
    )
    conn.executemany(
        "INSERT INTO customer_order_lines (id, order_id, line_no, product_id, quantity,"
        " original_quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?, ?)",
        lines,
    )
    conn.execute(
        "INSERT INTO supplier_orders (id, number, supplier_id, status, created_at, updated_at)"
        " VALUES (1, 'P-2026-0001', 1, 'sent', ?, ?)",
        [NOW, NOW],
    )
    conn.executemany(
        "INSERT INTO supplier_order_lines (id, supplier_order_id, line_no, product_id, offer_id,"
        " unit_cost, quantity) VALUES (?, 1, ?, ?, ?, 500, ?)",
        [(p, p, p, p, 2 * ORDERS_PER_LINE) for p in range(1, LINES + 1)],
    )
    coverage = [
        (p, p + k * LINES, 2, NOW) for p in range(1, LINES + 1) for k in range(ORDERS_PER_LINE)
    ]
    conn.executemany(
        "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at)"
        " VALUES (?, ?, ?, ?)",
        coverage,
    )
    conn.execute("COMMIT")
    conn.close()
    return {p: 2 * ORDERS_PER_LINE + (2 if p % 10 == 0 else 0) for p in range(1, LINES + 1)}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "template.jitdesk"
    delivery = _build_template(path)
    return path, delivery


def _fresh_copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(template, target)
    return target


def _raw_rows(delivery: dict[int, int]) -> tuple[list[tuple], list[tuple]]:
    """The rows record_receipt writes, precomputed: receipt lines and allocations."""
    receipt_lines = [(1, lid, lid, qty, None) for lid, qty in delivery.items()]
    allocations = []
    for lid in delivery:
        for k in range(ORDERS_PER_LINE):
            customer_line = lid + k * LINES
            allocations.append((customer_line, lid, 2, 1, None, NOW))
    return receipt_lines, allocations


def _raw_executemany(path: Path, delivery: dict[int, int]) -> float:
    receipt_lines, allocations = _raw_rows(delivery)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO receipts (id, supplier_order_id, received_on, created_at)"
        " VALUES (1, 1, '2026-11-25', ?)",
        [NOW],
    )
    conn.executemany(
        "INSERT INTO receipt_lines (receipt_id, supplier_line_id, product_id, quantity,"
        " unit_cost) VALUES (?, ?, ?, ?, ?)",
        receipt_lines,
    )
    conn.executemany(
        "INSERT INTO allocations (customer_line_id, product_id, quantity, receipt_id,"
        " coverage_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        allocations,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _record(path: Path, delivery: dict[int, int]) -> tuple[float, receiving.ReceiptResult]:
    shop = Shop.open(path, clock=clock)
    start = time.perf_counter()
    result = receiving.record_receipt(shop, 1, delivery)
    elapsed = time.perf_counter() - start
    shop.close()
    return elapsed, result


def test_record_500_line_delivery(benchmark, template, tmp_path):
    template_path, delivery = template
    target = tmp_path / "round.jitdesk"
    raw_times, service_times = [], []
    last: list[receiving.ReceiptResult] = []

    def setup():
        _fresh_copy(template_path, target)
        raw_times.append(
            _raw_executemany(_fresh_copy(template_path, tmp_path / "raw.jitdesk"), delivery)
        )
        return (target, delivery), {}

    def run(path, wanted):
        elapsed, result = _record(path, wanted)
        service_times.append(elapsed)
        last[:] = [result]

    benchmark.pedantic(run, setup=setup, rounds=10, iterations=1)

    result = last[0]
    assert result.status == "received"
    assert result.units_received == sum(delivery.values())
    assert sum(len(line.to_orders) for line in result.lines) == LINES * ORDERS_PER_LINE + 10
    assert len(result.warnings) == LINES // 10
    assert len(result.newly_ready) == LINES * ORDERS_PER_LINE + 10

    service = statistics.median(service_times) * 1000
    raw = statistics.median(raw_times) * 1000
    ratio = service / raw
    benchmark.extra_info.update(service_ms=service, raw_ms=raw, ratio=ratio)
    print(
        f"\n500-line delivery: record_receipt median {service:.1f} ms, raw executemany of the "
        f"same rows {raw:.1f} ms, ratio {ratio:.1f}x"
    )
    assert service < 100, f"recording a 500-line delivery took {service:.0f} ms"
