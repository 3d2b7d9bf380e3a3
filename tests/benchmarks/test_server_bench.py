"""A shop on a PostgreSQL server beside the same work on a shop file or in raw SQL, measured in
the same run on a throwaway server of the run's own (tests/engines.py):

- the 100,000-order demo shop moved to the server: every page and Reports tab fully loaded
  (background reads included) within 2x its time on the shop file; a page that loads in under
  5 ms from the file is held to 2x of 5 ms, so that a millisecond of noise cannot fail it;
- planning + commit of 10,000 lines on the server within 3x raw SQL doing the same writes on
  the same server (psycopg: the demand aggregate, one order per supplier, the lines and their
  coverage);
- two desks (processes) doing 500 read-then-write actions each at the same moment: 0 errors,
  0 orders lost, 0 numbers given twice; their throughput beside one desk doing all 1,000;
- a change committed at one desk heard at another in under 1 s (median and worst), beside one
  raw `SELECT 1` round trip to the same server.

Run: python -m pytest tests/benchmarks/test_server_bench.py --benchmark-only -s
(`JITDESK_BENCH_CACHE` keeps the 100,000-order shop file between runs.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.domain.clock import fixed_clock  # noqa: E402
from jitdesk.services import planning, settings  # noqa: E402
from jitdesk.services.server_move import move_to_server  # noqa: E402
from jitdesk.services.shop import Shop  # noqa: E402
from tests import engines  # noqa: E402
from tests.benchmarks import gui_probe  # noqa: E402
from tests.benchmarks.test_planning_bench import (  # noqa: E402
    OFFERS_SQL,
    build_template,
    group_demand,
)
from tests.desk_processes import run_together  # noqa: E402
from tests.environment import REPO  # noqa: E402
from tests.services.jit_fixtures import build_world  # noqa: E402

pytestmark = pytest.mark.spawns

ORDERS = 100_000
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
PAGE_RATIO_LIMIT = 2.0
PAGE_FLOOR_MS = 5.0
PLAN_RATIO_LIMIT = 3.0
ACTIONS_PER_DESK = 500
CHANGES = 20
LATENCY_LIMIT_S = 1.0


# --- pages on the 100,000-order shop ----------------------------------------------------------


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    from jitdesk.demo import write_demo_shop

    folder = Path(os.environ.get("JITDESK_BENCH_CACHE") or tmp_path_factory.mktemp("big"))
    path = folder / f"server-bench-{ORDERS}.jitdesk"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        write_demo_shop(partial, orders=ORDERS, seed=5, clock=fixed_clock(TODAY))
        partial.rename(path)
    return path


@pytest.fixture(scope="module")
def big_server(big_file) -> str:
    url = engines.new_database()
    started = time.perf_counter()
    move_to_server(big_file, url)
    print(f"\nmoved {big_file.name} to the server in {time.perf_counter() - started:.1f} s")
    return url


def _window(qapp, location):
    from jitdesk.gui.main_window import MainWindow

    window = MainWindow(Shop.open(location, clock=lambda: NOW))
    window.resize(1280, 800)
    window.show()
    qapp.processEvents()
    return window


def _loaded_ms(qapp, window, key: str) -> float:
    if key.startswith("reports:"):
        return gui_probe.open_report_timed(qapp, window, key.split(":", 1)[1])[1]
    return gui_probe.open_page_timed(qapp, window, key)[1]


def test_pages_on_the_server_within_2x_the_shop_file(
    benchmark, qapp, private_qsettings, big_file, big_server
):
    from jitdesk.gui.main_window import PAGES

    on_file, on_server = _window(qapp, big_file), _window(qapp, big_server)
    try:
        keys = [spec.key for spec in PAGES]
        keys += [f"reports:{key}" for key in on_file.pages["reports"].report_tabs]
        # Once round first: the work a window does once after it opens (the daily backup,
        # the first check for repeat orders) and cold caches are not what is measured.
        for key in keys:
            _loaded_ms(qapp, on_file, key)
            _loaded_ms(qapp, on_server, key)
        times: dict[str, tuple[float, float]] = {}
        for key in keys:
            file_ms, server_ms = [], []
            for _ in range(3):  # interleaved, so noise hits both alike
                file_ms.append(_loaded_ms(qapp, on_file, key))
                server_ms.append(_loaded_ms(qapp, on_server, key))
            times[key] = (statistics.median(file_ms), statistics.median(server_ms))
        benchmark.pedantic(lambda: _loaded_ms(qapp, on_server, "today"), rounds=3, iterations=1)
    finally:
        for window in (on_file, on_server):
            shop = window.shop
            window.close()
            shop.close()
    print(f"\n{ORDERS:,} orders, every page fully loaded: shop file vs server")
    ratios = {}
    for key, (file_ms, server_ms) in times.items():
        ratios[key] = server_ms / max(file_ms, PAGE_FLOOR_MS)
        print(f"  {key:22s} file {file_ms:7.1f} ms  server {server_ms:7.1f} ms  {ratios[key]:.2f}x")
    benchmark.extra_info["worst_page_ratio"] = max(ratios.values())
    slow = {k: round(r, 2) for k, r in ratios.items() if r > PAGE_RATIO_LIMIT}
    assert not slow, f"pages over {PAGE_RATIO_LIMIT}x their time on the shop file: {slow}"


@pytest.fixture
def private_qsettings(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("jitdesk-bench")
    QCoreApplication.setApplicationName("jitdesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


# --- planning + commit of 10,000 lines ----------------------------------------------------------

RAW_DEMAND_SQL = """
SELECT id, product_id, waiting FROM (
  SELECT l.id, l.product_id,
         l.quantity - COALESCE(a.q, 0) - COALESCE(c.q, 0) AS waiting
  FROM customer_order_lines l JOIN customer_orders o ON o.id = l.order_id
  LEFT JOIN (SELECT customer_line_id AS id, SUM(quantity) q FROM allocations GROUP BY 1) a
    ON a.id = l.id
  LEFT JOIN (SELECT customer_line_id AS id, SUM(quantity) q FROM coverage GROUP BY 1) c
    ON c.id = l.id
  WHERE o.status IN ('open', 'ready')
) AS demand WHERE waiting > 0
"""


def raw_plan(url: str) -> int:
    """What planning writes, in raw psycopg: the demand, one order per supplier, lines and
    coverage (without the rules, explanations or audit trail)."""
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(1)")
        demand = cur.execute(RAW_DEMAND_SQL).fetchall()
        offer, per_product = group_demand(demand, cur.execute(OFFERS_SQL).fetchall())
        orders = {}
        for n, s in enumerate(sorted({offer[p][1] for p in per_product}), start=1):
            orders[s] = cur.execute(
                "INSERT INTO supplier_orders (number, supplier_id, created_at, updated_at)"
                " VALUES (%s, %s, 'x', 'x') RETURNING id",
                (f"B-{n}", s),
            ).fetchone()[0]
        coverage = []
        for n, (pid, items) in enumerate(per_product.items(), start=1):
            oid, s, cost, pack = offer[pid]
            qty = sum(w for _, w in items)
            line = cur.execute(
                "INSERT INTO supplier_order_lines (supplier_order_id, line_no, product_id,"
                " offer_id, unit_cost, pack_size, quantity) VALUES (%s, %s, %s, %s, %s, %s, %s)"
                " RETURNING id",
                (orders[s], n, pid, oid, cost, pack, -(-qty // pack) * pack),
            ).fetchone()[0]
            coverage += [(line, line_id, w, "x") for line_id, w in items]
        cur.executemany(
            "INSERT INTO coverage (supplier_line_id, customer_line_id, quantity, created_at)"
            " VALUES (%s, %s, %s, %s)",
            coverage,
        )
    return len(coverage)


@pytest.fixture(scope="module")
def plan_template(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("plan") / "template.jitdesk"
    build_template(path)
    url = engines.new_database()
    move_to_server(path, url)
    return url.rsplit("/", 1)[1]


def test_plan_and_commit_10000_lines_on_the_server_within_3x_raw_sql(benchmark, plan_template):
    ours, raw = [], []
    for _ in range(5):
        shop = Shop.open(engines.new_database(plan_template), clock=lambda: NOW)
        started = time.perf_counter()
        result = planning.commit_plan(shop)
        ours.append(time.perf_counter() - started)
        assert result.covered_units > 0 and planning.make_plan(shop).is_empty
        shop.close()
        url = engines.new_database(plan_template)
        started = time.perf_counter()
        rows = raw_plan(url)
        raw.append(time.perf_counter() - started)
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    ratio = statistics.median(ours) / statistics.median(raw)
    print(
        f"\nplanning+commit of 10,000 lines on the server: {statistics.median(ours) * 1000:.0f} ms;"
        f" raw SQL ({rows} coverage rows): {statistics.median(raw) * 1000:.0f} ms;"
        f" ratio {ratio:.2f}x (limit {PLAN_RATIO_LIMIT}x)"
    )
    benchmark.extra_info["ratio"] = ratio
    assert ratio <= PLAN_RATIO_LIMIT


# --- two desks at once --------------------------------------------------------------------------

# One desk: waits for the start signal, then `count` times reads the open orders the way the
# Customer orders page does and logs an order; prints its numbers, its errors and its time.
DESK = """
import sys, time
from pathlib import Path
from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders
from jitdesk.services.shop import Shop

address, go, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
shop = Shop.open(address, actor="desk")
while not go.exists():
    time.sleep(0.002)
started = time.perf_counter()
errors = 0
for i in range(count):
    try:
        orders.list_orders(shop, OrderFilter(statuses=("open",)))
        (made,) = orders.create_orders(
            shop, [OrderInput(1 + i % 4, [OrderLineInput(1 + i % 4, 1 + i % 3)])]
        )
        print(made.number)
    except JitdeskError as exc:
        errors += 1
        print("error", exc, file=sys.stderr)
print("errors", errors)
print("seconds", time.perf_counter() - started)
shop.close()
"""


def _desks(url: str, tmp_path: Path, desks: int, count: int) -> list[str]:
    go = tmp_path / f"go-{desks}"
    argvs = [[url, str(go), str(count)]] * desks
    printed = run_together(DESK, argvs, go, settle_s=2, timeout_s=600)
    return [line for out in printed for line in out.splitlines()]


def _small_shop() -> str:
    url = engines.new_database()
    shop = settings.create_shop(url, "Bench", "EUR")
    build_world(shop)
    shop.close()
    return url


def _seconds(lines: list[str]) -> float:
    return max(float(line.split()[1]) for line in lines if line.startswith("seconds"))


def test_two_desks_500_read_then_write_actions_each(benchmark, tmp_path):
    both = _desks(_small_shop(), tmp_path, desks=2, count=ACTIONS_PER_DESK)
    alone = _desks(_small_shop(), tmp_path, desks=1, count=2 * ACTIONS_PER_DESK)
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    numbers = [line for line in both if line.startswith("C-")]
    errors = sum(int(line.split()[1]) for line in both if line.startswith("errors"))
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    print(
        f"\ntwo desks x {ACTIONS_PER_DESK} read-then-write actions: {len(numbers)} orders,"
        f" {len(numbers) - len(set(numbers))} numbers given twice, {errors} errors;"
        f" {_seconds(both):.1f} s together, one desk doing all {2 * ACTIONS_PER_DESK}:"
        f" {_seconds(alone):.1f} s (throughput {_seconds(alone) / _seconds(both):.2f}x)"
    )
    assert errors == 0
    assert serials == list(range(1, 2 * ACTIONS_PER_DESK + 1)), "an order was lost or doubled"


# --- a change heard at the other desk -----------------------------------------------------------

WRITER = """
import sys, time
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers
from jitdesk.services.shop import Shop

shop = Shop.open(sys.argv[1], actor="desk")
for i in range(int(sys.argv[2])):
    time.sleep(0.35)
    print(time.time(), flush=True)  # before the action: its own time counts as delay too
    customers.add_customer(shop, CustomerInput(name=f"Customer {i}"))
shop.close()
"""


def test_a_change_is_heard_at_the_other_desk_within_a_second(benchmark):
    url = _small_shop()
    heard: list[float] = []
    lock = threading.Lock()

    def on_change() -> None:
        with lock:
            heard.append(time.time())

    shop = Shop.open(url)
    try:
        shop.listen_for_changes(on_change)
        env = dict(os.environ, PYTHONPATH=str(REPO))
        done = subprocess.run(
            [sys.executable, "-c", WRITER, url, str(CHANGES)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        time.sleep(0.5)
        with psycopg.connect(url, autocommit=True) as conn:
            trips = []
            for _ in range(50):
                started = time.perf_counter()
                conn.execute("SELECT 1").fetchone()
                trips.append(time.perf_counter() - started)
    finally:
        shop.close()
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    committed = [float(line) for line in done.stdout.split()]
    latencies = [min((h - c for h in heard if h >= c), default=float("inf")) for c in committed]
    median, worst = statistics.median(latencies), max(latencies)
    print(
        f"\n{CHANGES} changes heard at the other desk: median {median * 1000:.1f} ms,"
        f" worst {worst * 1000:.1f} ms; a raw SELECT 1 round trip:"
        f" {statistics.median(trips) * 1000:.2f} ms"
    )
    benchmark.extra_info["median_ms"] = median * 1000
    benchmark.extra_info["worst_ms"] = worst * 1000
    assert median < LATENCY_LIMIT_S and worst < LATENCY_LIMIT_S
