"""Writing a 100,000-order demo shop and `check` on it, beside a raw sqlite3 baseline in the
same run: executemany of the same customer order and order line rows into bare tables (no
indexes, no constraints) with the same pragmas, in one transaction.

Targets: the demo in under a minute, check in a few seconds; both reported as ratios.
Run: python -m pytest tests/benchmarks/test_demo_bench.py --benchmark-only -s
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date

from jitdesk.demo import write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop

ORDERS = 100_000
TODAY = date(2026, 11, 25)


def _bare_baseline(source, target) -> tuple[float, int, float, int]:
    """Seconds to executemany the order + line rows, and all rows of every table, raw."""
    src = sqlite3.connect(source)
    tables = [
        r[0]
        for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    data = {}
    for table in tables:
        cur = src.execute(f"SELECT * FROM [{table}]")
        data[table] = ([d[0] for d in cur.description], cur.fetchall())
    src.close()

    def write(path, names) -> tuple[float, int]:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        for name in names:
            cols = data[name][0]
            conn.execute(f"CREATE TABLE [{name}] ({', '.join(f'[{c}]' for c in cols)})")
        start = time.perf_counter()
        conn.execute("BEGIN")
        rows = 0
        for name in names:
            cols, values = data[name]
            marks = ", ".join("?" * len(cols))
            conn.executemany(f"INSERT INTO [{name}] VALUES ({marks})", values)
            rows += len(values)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        return seconds, rows

    orders_s, orders_rows = write(
        target / "bare_orders.db", ["customer_orders", "customer_order_lines"]
    )
    all_s, all_rows = write(target / "bare_all.db", tables)
    return orders_s, orders_rows, all_s, all_rows


def test_demo_100k_orders_and_check(benchmark, tmp_path):
    path = tmp_path / "demo100k.jitdesk"
    timings: dict[str, float] = {}

    def run():
        start = time.perf_counter()
        summary = write_demo_shop(path, orders=ORDERS, seed=3, clock=fixed_clock(TODAY))
        timings["demo"] = time.perf_counter() - start
        return summary

    summary = benchmark.pedantic(run, rounds=1, iterations=1)
    shop = Shop.open(path)
    try:
        start = time.perf_counter()
        problems = check_shop(shop)
        timings["check"] = time.perf_counter() - start
    finally:
        shop.close()
    assert problems == []
    orders_s, orders_rows, all_s, all_rows = _bare_baseline(path, tmp_path)

    demo_ratio = timings["demo"] / orders_s
    check_ratio = timings["check"] / orders_s
    print()
    print(summary)
    print(
        f"demo {ORDERS} orders: {timings['demo']:.2f} s; check: {timings['check']:.2f} s;"
        f" raw executemany of the {orders_rows} order + line rows: {orders_s:.3f} s;"
        f" of all {all_rows} rows the demo wrote: {all_s:.3f} s"
    )
    print(
        f"RATIO demo / raw order+line rows = {demo_ratio:.1f}x;"
        f" check / raw order+line rows = {check_ratio:.1f}x;"
        f" demo / raw all rows = {timings['demo'] / all_s:.1f}x"
    )
    benchmark.extra_info.update(
        demo_seconds=timings["demo"],
        check_seconds=timings["check"],
        raw_order_line_seconds=orders_s,
        raw_all_rows_seconds=all_s,
        demo_ratio=demo_ratio,
        check_ratio=check_ratio,
    )
    assert timings["demo"] < 60, "a 100,000-order demo must be written in under a minute"
    assert timings["check"] < 15, "check on a 100,000-order shop must take seconds"
