"""A process that keeps creating customer orders in a shop file until its time is up.

Usage: python -m tests.concurrency.writer SHOP SEED

It stops when its standard input is closed.

Each session opens the shop through the services, creates a few orders (one transaction
each) and closes it again, with random pauses, like a person or a script using the command
line while someone else restores a backup. After an order has committed the writer prints
"CREATED <token> <number>" and flushes: the token is in the order's notes, so the order can be
found in the shop or in a backup whatever number it got. A session the shop refuses prints
"REFUSED <sentence>"; anything else is a bug and ends the writer with a traceback.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from pathlib import Path

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders
from jitdesk.services.shop import Shop
from tests.services.jit_fixtures import clock


def session(path: Path, rng: random.Random, seed: int, serial: int) -> int:
    shop = Shop.open(path, actor="writer", clock=clock)
    try:
        customer = shop.db.execute("SELECT min(id) FROM customers").fetchone()[0]
        product = shop.db.execute("SELECT min(id) FROM products").fetchone()[0]
        for _ in range(rng.randint(1, 6)):
            token = f"W{seed}-{serial}"
            created = orders.create_order(
                shop,
                OrderInput(customer, [OrderLineInput(product, 1)], notes=token),
            )
            print(f"CREATED {token} {created.number}", flush=True)
            serial += 1
            time.sleep(rng.uniform(0, 0.03))
    finally:
        shop.close()
    return serial


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    serial = 0
    print("READY", flush=True)
    while not stop.is_set():
        try:
            serial = session(path, rng, seed, serial)
        except ShopFileError as exc:
            print(f"REFUSED {exc}", flush=True)
        time.sleep(rng.uniform(0, 0.15))
    print("END", flush=True)


if __name__ == "__main__":
    main()
