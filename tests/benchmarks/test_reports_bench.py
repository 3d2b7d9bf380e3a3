"""Each report on the 100,000-order demo shop against a raw COUNT/SUM over the same tables.

Run: python -m pytest tests/benchmarks/test_reports_bench.py --benchmark-only -s
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.demo import write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.services import reports
from jitdesk.services.shop import Shop

CLOCK = fixed_clock(datetime(2026, 11, 25, 10, tzinfo=UTC))
BIG = Path(os.environ.get("JITDESK_BIG_SHOP", "/tmp/big-r.jitdesk"))
BASELINE = """SELECT (SELECT COUNT(*) FROM customer_orders), (SELECT SUM(quantity * unit_price)
FROM customer_order_lines), (SELECT SUM(quantity) FROM coverage),
(SELECT SUM(amount) FROM payments)"""


@pytest.fixture(scope="module")
def big_shop():
    if not BIG.exists():
        write_demo_shop(BIG, orders=100_000, seed=1, clock=CLOCK)
    shop = Shop.open(BIG, clock=CLOCK)
    yield shop
    shop.close()


@pytest.mark.parametrize(
    "name",
    ["supplier_reliability", "margin_alerts", "demand_spikes", "waiting_times",
     "orders_at_risk", "cash_and_waste"],
)  # fmt: skip
def test_report_speed(benchmark, big_shop, name):
    raw = sqlite3.connect(str(BIG))
    start = time.perf_counter()
    raw.execute(BASELINE).fetchone()
    baseline = time.perf_counter() - start
    raw.close()
    benchmark.pedantic(getattr(reports, name), args=(big_shop,), rounds=3, iterations=1)
    mean = benchmark.stats.stats.mean
    print(f"\n{name}: {mean * 1000:.0f} ms, raw baseline {baseline * 1000:.0f} ms,"
          f" ratio {mean / baseline:.1f}x")  # fmt: skip
    assert mean < 0.5, f"{name} took {mean * 1000:.0f} ms on 100,000 orders"
