"""The status filter and "Late only" of Customer orders on a `jitdesk demo --orders 100000`
shop, from the change until the count and the first page are shown, beside a raw sqlite3
baseline measured in the same run (the open orders' first page and their count by the stored
status alone): < 300 ms for the choices the stored status answers (all open, ready, completed,
cancelled, all orders); < 500 ms for waiting to be ordered, on order and partly received,
which look at the lines of every open order (~46,000 on this shop) to count them.

Run: python -m pytest tests/benchmarks/test_order_status_filter_bench.py --benchmark-only -s
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from jitdesk.demo import write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.gui.formatting import ShopFormat
from jitdesk.services.shop import Shop
from tests.benchmarks.test_gui_bench import ORDERS, TODAY

LIMIT_MS = 300
DERIVED_LIMIT_MS = 500
DERIVED = ("Waiting to be ordered", "On order", "Partly received")


@pytest.fixture(scope="module")
def big_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jitdesk"
    write_demo_shop(path, orders=ORDERS, seed=5, clock=fixed_clock(TODAY))
    return path


@pytest.fixture(scope="module")
def page(qapp, big_path, tmp_path_factory):
    QCoreApplication.setOrganizationName("jitdesk-bench")
    QCoreApplication.setApplicationName("jitdesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path_factory.mktemp("qs")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from jitdesk.gui.pages.orders_page import OrdersPage

    shop = Shop.open(big_path, clock=lambda: datetime(2026, 11, 25, 10, tzinfo=UTC))
    page = OrdersPage(shop, ShopFormat("en_GB", "EUR"))
    page.resize(1100, 700)
    page.show()
    page.reload()
    qapp.processEvents()
    yield page
    page.close()
    page.deleteLater()
    shop.close()


def _raw_ms(path: Path) -> float:
    conn = sqlite3.connect(str(path))
    try:
        start = time.perf_counter()
        conn.execute(
            "SELECT o.id, o.number, o.order_date, o.status, c.name FROM customer_orders o"
            " JOIN customers c ON c.id = o.customer_id WHERE o.status = 'open'"
            " ORDER BY o.order_date DESC, o.id DESC LIMIT 200"
        ).fetchall()
        conn.execute("SELECT COUNT(*) FROM customer_orders WHERE status = 'open'").fetchone()
        return (time.perf_counter() - start) * 1000
    finally:
        conn.close()


def _choose_ms(qapp, page, index: int, late_only: bool) -> float:
    page.status.blockSignals(True)
    page.status.setCurrentIndex(0 if index else 1)  # start from another view
    page.status.blockSignals(False)
    page.late_only.blockSignals(True)
    page.late_only.setChecked(late_only)
    page.late_only.blockSignals(False)
    start = time.perf_counter()
    page.status.setCurrentIndex(index)
    qapp.processEvents()
    return (time.perf_counter() - start) * 1000


def test_every_status_choice_shows_under_300_ms(benchmark, qapp, page, big_path):
    baseline = statistics.median(_raw_ms(big_path) for _ in range(5))
    results: dict[str, tuple[float, int]] = {}
    for index in range(page.status.count()):
        for late_only in (False, True):
            label = page.status.itemText(index) + (" + late only" if late_only else "")
            runs = [_choose_ms(qapp, page, index, late_only) for _ in range(3)]
            results[label] = (statistics.median(runs), page.model.total_count())
    benchmark.pedantic(lambda: _choose_ms(qapp, page, 2, False), rounds=3, iterations=1)
    print(f"\nraw sqlite3 first page + count of open orders: {baseline:.1f} ms")
    for label, (ms, count) in results.items():
        print(f"  {label:36s} {ms:6.1f} ms ({ms / baseline:5.1f}x raw), {count} orders")
    slow = {
        label: round(ms)
        for label, (ms, _n) in results.items()
        if ms >= (DERIVED_LIMIT_MS if label.startswith(DERIVED) else LIMIT_MS)
    }
    assert not slow, f"status choices over their limit ({LIMIT_MS}/{DERIVED_LIMIT_MS} ms): {slow}"
