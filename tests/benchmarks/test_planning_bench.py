"""Planning + commit for 10,000 open customer lines (2,000 products, 25 suppliers), against a
raw sqlite3 baseline in the same run: an aggregate of the same waiting demand plus a raw
executemany of the resulting supplier order lines and coverage rows. Target: at most 2.5x.

Run: python -m pytest tests/benchmarks/test_planning_bench.py --benchmark-only -s
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from jitdesk.services import planning, settings
from jitdesk.services.shop import Shop

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
SUPPLIERS, PRODUCTS, LINES, LINES_PER_ORDER = 25, 2_000, 10_000, 3
ROUNDS = 7
RATIO_LIMIT = 2.5


def build_template(path) -> None:
    """The fixture shop, written with raw executemany (sqlite-utils inserts are too slow)."""
    settings.create_shop(path, "Bench", "EUR").close()
    rng = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO suppliers (id, name, lead_time_days, delivery_weekdays, min_order_value)"
        " VALUES (?, ?, ?, ?, ?)",
        [(s, f"Supplier {s}", rng.randint(1, 10), "0,1,2,3,4", 5_000) for s in range(1, 26)],
    )
    conn.executemany(
        "INSERT INTO products (id, sku, name, sale_price) VALUES (?, ?, ?, ?)",
        [(p, f"SKU-{p:05d}", f"Product {p}", 1_000) for p in range(1, PRODUCTS + 1)],
    )
    offers = []
    for p in range(1, PRODUCTS + 1):
        for s in rng.sample(range(1, SUPPLIERS + 1), rng.randint(1, 3)):
            offers.append(
                (
                    p,
                    s,
                    f"S{s}-{p}",
                    rng.randint(100, 5_000),
                    rng.choice([1, 1, 2, 6, 10]),
                    rng.choice([1, 1, 1, 5]),
                    int(rng.random() < 0.3),
                )
            )
    conn.executemany(
        "INSERT INTO offers (product_id, supplier_id, supplier_sku, unit_cost, pack_size,"
        " min_qty, preferred) VALUES (?, ?, ?, ?, ?, ?, ?)",
        offers,
    )
    n_orders = LINES // LINES_PER_ORDER + 1
    conn.executemany(
        "INSERT INTO customers (id, name, created_at) VALUES (?, ?, ?)",
        [(c, f"Customer {c}", "2026-11-01T00:00:00+00:00") for c in range(1, 1_001)],
    )
    orders, lines = [], []
    for o in range(1, n_orders + 1):
        day = f"2026-11-{1 + o % 24:02d}"
        promised = f"2026-12-{1 + o % 20:02d}"
        orders.append((o, f"C-2026-{o:05d}", rng.randint(1, 1_000), day, promised, "x", "x"))
        for n in range(1, LINES_PER_ORDER + 1):
            if len(lines) < LINES:
                q = rng.randint(1, 5)
                lines.append((o, n, rng.randint(1, PRODUCTS), q, q, 1_000, promised))
    conn.executemany(
        "INSERT INTO customer_orders (id, number, customer_id, order_date, promised_date,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        orders,
    )
    conn.executemany(
        "INSERT INTO customer_order_lines (order_id, line_no, product_id, quantity,"
        " original_quantity, unit_price, promised_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
        lines,
    )
    conn.execute("COMMIT")
    conn.close()


BASELINE_DEMAND_SQL = """
WITH a AS (SELECT customer_line_id AS id, SUM(quantity) q FROM allocations GROUP BY 1),
c AS (SELECT customer_line_id AS id, SUM(quantity) q FROM coverage GROUP BY 1)
SELECT l.id, l.product_id, l.quantity - COALESCE(a.q, 0) - COALESCE(c.q, 0) AS waiting
FROM customer_order_lines l JOIN customer_orders o ON o.id = l.order_id
LEFT JOIN a ON a.id = l.id LEFT JOIN c ON c.id = l.id
WHERE o.status IN ('open', 'ready') AND waiting > 0
"""


OFFERS_SQL = "SELECT id, product_id, supplier_id, unit_cost, pack_size FROM offers ORDER BY id DESC"


def group_demand(
    demand: Iterable[tuple[int, int, int]], offers: Iterable[tuple[int, int, int, int, int]]
) -> tuple[dict[int, tuple[int, int, int, int]], dict[int, list[tuple[int, int]]]]:
    """A raw baseline's grouping, whatever the driver: each product's offer (id, supplier,
    cost, pack; the last of `offers` wins, the oldest with OFFERS_SQL) and its waiting (line,
    units)."""
    offer = {p: (oid, s, cost, pack) for oid, p, s, cost, pack in offers}
    per_product: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for line_id, pid, waiting in demand:
        per_product[pid].append((line_id, waiting))
    return offer, per_product


def baseline(path) -> tuple[int, int]:
    """Raw sqlite3: the demand aggregate, one order per supplier, executemany of lines and
    coverage (what planning writes, without the rules, explanations or audit trail)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    demand = conn.execute(BASELINE_DEMAND_SQL).fetchall()
    offer, per_product = group_demand(demand, conn.execute(OFFERS_SQL))
    so_ids = {}
    for n, s in enumerate(sorted({offer[p][1] for p in per_product}), start=1):
        so_ids[s] = conn.execute(
            "INSERT INTO supplier_orders (number, supplier_id, created_at, updated_at)"
            " VALUES (?, ?, 'x', 'x')",
            [f"B-{n}", s],
        ).lastrowid
    start = conn.execute("SELECT COALESCE(MAX(id), 0) FROM supplier_order_lines").fetchone()[0]
    so_lines, coverage = [], []
    for n, (pid, items) in enumerate(per_product.items(), start=start + 1):
        oid, s, cost, pack = offer[pid]
        qty = sum(w for _, w in items)
        so_lines.append((n, so_ids[s], n, pid, oid, cost, pack, -(-qty // pack) * pack))
        coverage += [(n, line_id, w, "x") for line_id, w in items]
    conn.executemany(
        "INSERT INTO supplier_order_lines (id, supplier_order_id, line_no, product_id, offer_id,"
        " unit_cost, pack_size, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        so_lines,
    )
    conn.executemany(
        "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at)"
        " VALUES (?, ?, ?, ?)",
        coverage,
    )
    conn.execute("COMMIT")
    conn.close()
    return len(so_lines), len(coverage)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "template.jitdesk"
    build_template(path)
    return path


def fresh_copy(template, tmp_path, n: int):
    target = tmp_path / f"copy{n}.jitdesk"
    shutil.copyfile(template, target)
    return target


def test_plan_and_commit_10000_lines(benchmark, template, tmp_path):
    counter = iter(range(1_000))
    shops: list[Shop] = []

    def setup():
        shop = Shop.open(fresh_copy(template, tmp_path, next(counter)), clock=lambda: NOW)
        shops.append(shop)
        return (shop,), {}

    def ours(shop: Shop):
        return planning.commit_plan(shop)

    result = benchmark.pedantic(ours, setup=setup, rounds=ROUNDS, iterations=1)
    assert result.covered_units > 0 and len(result.created) == SUPPLIERS
    assert planning.make_plan(shops[-1]).is_empty
    for shop in shops:
        shop.close()

    # The ratio comes from interleaved runs, so machine noise hits both sides alike.
    ours_times, base_times = [], []
    for n in range(ROUNDS):
        shop = Shop.open(fresh_copy(template, tmp_path, 100 + n), clock=lambda: NOW)
        t0 = time.perf_counter()
        planning.commit_plan(shop)
        ours_times.append(time.perf_counter() - t0)
        shop.close()
        path = fresh_copy(template, tmp_path, 500 + n)
        t0 = time.perf_counter()
        lines, coverage = baseline(path)
        base_times.append(time.perf_counter() - t0)
    ours_median = statistics.median(ours_times)
    base_median = statistics.median(base_times)
    ratio = ours_median / base_median
    print(
        f"\nplanning+commit of {LINES} lines: {ours_median * 1000:.0f} ms;"
        f" raw sqlite3 baseline ({lines} SO lines, {coverage} coverage rows):"
        f" {base_median * 1000:.0f} ms; ratio {ratio:.2f}x (target <= {RATIO_LIMIT}x)"
    )
    benchmark.extra_info["baseline_median_s"] = base_median
    benchmark.extra_info["ratio"] = ratio
    assert ratio <= RATIO_LIMIT
