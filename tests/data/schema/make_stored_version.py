"""Write the stored shop file of the current schema version (run once per released version).

    python -m tests.data.schema.make_stored_version [N]   # writes tests/data/schema/v<N>.jitdesk

N defaults to the current version; an older N applies only the first N migrations (the services
used here only touch tables of version 1).

The file holds a little of everything (catalog, customers, orders with deposits, a committed
plan, a sent and received supplier order, a handover), is checkpointed into one self-contained
file, and its row counts go to v<N>.json so the upgrade test can check nothing was lost.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from jitdesk.services import handover, planning, receiving, supplier_orders
from jitdesk.store import schema
from tests.services.jit_fixtures import TABLES, build_world, new_shop, place_order

HERE = Path(__file__).resolve().parent
COUNTED = ("customers", "suppliers", "products", "offers", *TABLES)


def make(version: int = schema.SCHEMA_VERSION, folder: Path = HERE) -> Path:
    path = folder / f"v{version}.jitdesk"
    if path.exists():
        raise SystemExit(f"{path} exists: stored versions are never rewritten.")
    every = schema.migrations._migrations
    schema.migrations._migrations = every[:version]
    try:
        _fill(path)
    finally:
        schema.migrations._migrations = every
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 1024")  # small in the repository
    conn.execute("VACUUM")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    conn.close()
    path.with_suffix(".json").write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n")
    return path


def _fill(path: Path) -> None:
    shop = new_shop(path)
    world = build_world(shop, n_customers=4)
    place_order(world, 0, [("CH-1", 1), ("BE-1", 2)], deposit=500)
    place_order(world, 1, [("TU-6", 3)])
    place_order(world, 2, [("SP-10", 25), ("CH-1", 1)], deposit=1000)
    result = planning.commit_plan(shop)
    so_id = result.created[0][0]
    supplier_orders.mark_sent(shop, so_id, allow_below_minimum=True)
    lines = shop.db.execute(
        "SELECT id, quantity FROM supplier_order_lines WHERE supplier_order_id = ?", [so_id]
    ).fetchall()
    receiving.record_receipt(shop, so_id, {line_id: qty for line_id, qty in lines})
    ready = [r[0] for r in shop.db.execute("SELECT id FROM customer_orders WHERE status='ready'")]
    preview = handover.handover_preview(shop, ready[0])
    handover.hand_over(shop, ready[0], payment=preview.balance_due)
    place_order(world, 3, [("BE-1", 1)])  # one still waiting
    shop.close()


if __name__ == "__main__":
    import sys

    print(make(int(sys.argv[1]) if len(sys.argv) > 1 else schema.SCHEMA_VERSION))
