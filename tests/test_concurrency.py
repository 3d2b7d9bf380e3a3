"""Four processes x 500 read-then-write actions on one shop file: nothing lost, never locked.

Each action reads (the order count, the order's paid amount) and then writes through the
services: even steps log an order (which reads and bumps the yearly order counter), odd steps
record a payment of 1 cent on a shared order. BEGIN IMMEDIATE and the busy timeout
(store/connection.py) make the others wait instead of failing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, settings
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop

pytestmark = pytest.mark.spawns

REPO = Path(__file__).resolve().parents[1]
PROCESSES, ACTIONS = 4, 500

WORKER = r"""
import json, sys, time
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders
from jitdesk.services.shop import Shop
from jitdesk.store.orders import order_paid

path, worker, actions, customer, product, shared = sys.argv[1:7]
shop = Shop.open(path, actor=f"worker{worker}")
errors, created, paid = [], 0, 0
print("READY", flush=True)
sys.stdin.readline()  # start together
for step in range(int(actions)):
    try:
        before = shop.db.execute("SELECT count(*) FROM customer_orders").fetchone()[0]
        if step % 2 == 0:
            orders.create_order(shop, OrderInput(
                customer_id=int(customer), lines=[OrderLineInput(int(product), 1)],
                notes=f"w{worker}-{step}"))
            created += 1
        else:
            order_paid(shop.db, int(shared))
            orders.add_payment(shop, int(shared), 1, note=f"w{worker}-{step}")
            paid += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
shop.close()
print(json.dumps({"errors": errors, "created": created, "paid": paid}), flush=True)
"""


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "busy.jitdesk"
    shop = settings.create_shop(path, "Busy", "EUR")
    customer = customers.add_customer(shop, CustomerInput(name="Ann"))
    product = catalog.add_product(shop, ProductInput(sku="X-1", name="Thing", sale_price=100))
    supplier = catalog.add_supplier(shop, SupplierInput(name="Acme"))
    catalog.set_offer(shop, OfferInput(product_id=product, supplier_id=supplier, unit_cost=50))
    shared = orders.create_order(shop, OrderInput(customer, [OrderLineInput(product, 1)])).order_id
    shop.close()
    return path, customer, product, shared


def test_four_processes_500_read_then_write_actions_each(shop_file):
    path, customer, product, shared = shop_file
    env = dict(os.environ, PYTHONPATH=str(REPO))
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(path),
                str(n),
                str(ACTIONS),
                str(customer),
                str(product),
                str(shared),
            ],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    for w in workers:
        assert w.stdout.readline().strip() == "READY"
    started = time.perf_counter()
    for w in workers:
        w.stdin.write("go\n")
        w.stdin.flush()
    results = [json.loads(w.communicate(timeout=300)[0].strip().splitlines()[-1]) for w in workers]
    elapsed = time.perf_counter() - started
    errors = [e for r in results for e in r["errors"]]
    total = PROCESSES * ACTIONS
    print(
        f"\nconcurrency: {PROCESSES} processes x {ACTIONS} actions = {total} in {elapsed:.1f} s, "
        f"{len(errors)} errors, {sum('locked' in e for e in errors)} 'database is locked'"
    )
    assert errors == []
    shop = Shop.open(path)
    try:
        db = shop.db
        created = sum(r["created"] for r in results)
        paid = sum(r["paid"] for r in results)
        assert created + paid == total
        n_orders = db.execute("SELECT count(*) FROM customer_orders").fetchone()[0]
        assert n_orders == 1 + created  # no order lost
        numbers = {r[0] for r in db.execute("SELECT number FROM customer_orders")}
        assert len(numbers) == n_orders  # the counter was never read twice
        assert db.execute("SELECT max(last) FROM counters").fetchone()[0] == n_orders
        payments = db.execute(
            "SELECT count(*), sum(amount) FROM payments WHERE order_id = ?", [shared]
        ).fetchone()
        assert tuple(payments) == (paid, paid)  # no payment lost
        assert check_shop(shop) == []
    finally:
        shop.close()
