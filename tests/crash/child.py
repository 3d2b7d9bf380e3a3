"""The child of the crash harness: realistic actions on a shop file, until it is killed.

Usage: python -m tests.crash.child SHOP SEED

Each action goes through the services (one transaction each). After an action has committed
the child prints "DONE <kind> <key>" and flushes, so the parent knows it must survive any
kill that comes later. Kinds: order (order number), import (order_ref of an imported order,
the file holds two orders), payment (payment note), plan (supplier order numbers or -),
sent, receive (supplier order number), handover (customer order number).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import handover, importing, orders, planning, receiving, supplier_orders
from jitdesk.services.shop import Shop

SKUS = ("CH-1", "BE-1", "TU-6", "SP-10")


def done(*parts: object) -> None:
    """One write per report, so a kill can't leave half a line (even with PYTHONUNBUFFERED,
    where print writes each piece on its own)."""
    sys.stdout.write(" ".join(["DONE", *map(str, parts)]) + "\n")
    sys.stdout.flush()


def ids(shop: Shop, sql: str, params: list | None = None) -> list[int]:
    return [r[0] for r in shop.db.execute(sql, params or [])]


def act_order(shop: Shop, rng: random.Random, tag: str) -> None:
    products = ids(shop, "SELECT id FROM products ORDER BY id")
    customers = ids(shop, "SELECT id FROM customers ORDER BY id")
    lines = [
        OrderLineInput(pid, rng.randint(1, 4))
        for pid in rng.sample(products, rng.randint(1, len(products)))
    ]
    created = orders.create_order(
        shop,
        OrderInput(customer_id=rng.choice(customers), lines=lines, deposit=rng.choice([0, 500])),
    )
    done("order", created.number, len(lines))


def act_import(shop: Shop, rng: random.Random, tag: str) -> None:
    rows = ["order_ref,customer_name,sku,quantity"]
    for ref in (f"{tag}-A", f"{tag}-B"):
        for sku in rng.sample(SKUS, 2):
            rows.append(f"{ref},Crash Customer {ref},{sku},{rng.randint(1, 3)}")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    try:
        importing.import_file(shop, "orders", fh.name)
    finally:
        Path(fh.name).unlink()
    done("import", f"{tag}-A", f"{tag}-B")


def act_payment(shop: Shop, rng: random.Random, tag: str) -> None:
    open_orders = ids(shop, "SELECT id FROM customer_orders WHERE status IN ('open', 'ready')")
    if open_orders:
        orders.add_payment(shop, rng.choice(open_orders), rng.randint(1, 900), note=tag)
        done("payment", tag)


def act_plan(shop: Shop, rng: random.Random, tag: str) -> None:
    result = planning.commit_plan(shop)
    done("plan", ",".join(n for _, n in result.created + result.updated) or "-")


def act_send(shop: Shop, rng: random.Random, tag: str) -> None:
    for so_id in ids(shop, "SELECT id FROM supplier_orders WHERE status = 'draft'")[:2]:
        supplier_orders.mark_sent(shop, so_id, allow_below_minimum=True)
        number = shop.db.execute("SELECT number FROM supplier_orders WHERE id = ?", [so_id])
        done("sent", number.fetchone()[0])


def act_receive(shop: Shop, rng: random.Random, tag: str) -> None:
    for so_id in ids(
        shop,
        "SELECT id FROM supplier_orders WHERE status IN ('sent', 'partially received') LIMIT 2",
    ):
        lines = shop.db.execute(
            "SELECT l.id, l.quantity - coalesce((SELECT sum(r.quantity) FROM receipt_lines r "
            "WHERE r.supplier_line_id = l.id), 0) FROM supplier_order_lines l "
            "WHERE l.supplier_order_id = ?",
            [so_id],
        ).fetchall()
        quantities = {line_id: left for line_id, left in lines if left > 0}
        if not quantities:
            continue
        receiving.record_receipt(shop, so_id, quantities)
        number = shop.db.execute("SELECT number FROM supplier_orders WHERE id = ?", [so_id])
        done("receive", number.fetchone()[0])


def act_handover(shop: Shop, rng: random.Random, tag: str) -> None:
    for order_id in ids(shop, "SELECT id FROM customer_orders WHERE status = 'ready' LIMIT 2"):
        preview = handover.handover_preview(shop, order_id)
        handover.hand_over(shop, order_id, payment=max(preview.balance_due, 0))
        number = shop.db.execute("SELECT number FROM customer_orders WHERE id = ?", [order_id])
        done("handover", number.fetchone()[0])


ACTIONS = (
    (act_order, 4),
    (act_import, 1),
    (act_payment, 2),
    (act_plan, 2),
    (act_send, 2),
    (act_receive, 2),
    (act_handover, 2),
)


def main(shop_path: str, seed: int) -> None:
    rng = random.Random(seed)
    shop = Shop.open(shop_path, actor="crash-child")
    print("READY", flush=True)
    functions = [f for f, _ in ACTIONS]
    weights = [w for _, w in ACTIONS]
    step = 0
    while True:
        step += 1
        action = rng.choices(functions, weights)[0]
        try:
            action(shop, rng, f"S{seed}-{step}")
        except JitdeskError as exc:  # a refusal by a rule is fine; a crash of the child is not
            print("REFUSED", action.__name__, exc, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
