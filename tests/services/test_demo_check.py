"""The demo shop (every state, consistent) and `check` (finds what is broken, names it)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date, datetime, time, timedelta

import pytest

from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.demo_data import PACK_SIZES
from jitdesk.domain.errors import ShopFileError
from jitdesk.services.check import check_shop
from jitdesk.services.demo import write_demo_shop
from jitdesk.services.shop import Shop
from jitdesk.services.status import refresh_customer_orders, refresh_supplier_order
from jitdesk.store.quantities import line_quantities, surplus_by_product

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jitdesk"
    summary = write_demo_shop(path, orders=400, seed=1, clock=fixed_clock(TODAY))
    return path, summary


def open_copy(demo_path, tmp_path) -> Shop:
    copy = tmp_path / "copy.jitdesk"
    shutil.copy(demo_path, copy)
    moment = datetime.combine(TODAY, time(12)).astimezone()
    return Shop.open(copy, clock=lambda: moment)


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def test_the_demo_shop_passes_check(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    try:
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_the_demo_file_is_in_wal_mode_and_refuses_to_be_overwritten(demo):
    path, _ = demo
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ShopFileError, match="already exists"):
        write_demo_shop(path, orders=10)
    assert path.read_bytes() == before


def test_customer_orders_exist_in_every_state(demo, tmp_path):
    _, summary = demo
    states = summary.orders
    for state in ("waiting", "on order", "partly received", "ready", "completed", "cancelled"):
        assert states[state] > 0, state
    assert sum(states.values()) == 400
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        by_status = dict(db.execute("SELECT status, COUNT(*) FROM customer_orders GROUP BY 1"))
        assert by_status["ready"] == states["ready"]
        assert by_status["completed"] == states["completed"]
        assert by_status["cancelled"] == states["cancelled"]
        # The open orders really are waiting / on order / partly received by the derived numbers.
        per_order: dict[int, list] = {}
        for lq in line_quantities(db, active_only=True):
            per_order.setdefault(lq.order_id, []).append(lq)
        open_ids = {r[0] for r in db.execute("SELECT id FROM customer_orders WHERE status='open'")}
        waiting = sum(
            all(lq.allocated == lq.covered == lq.handed == 0 for lq in per_order[i])
            for i in open_ids
        )
        partly = sum(any(lq.allocated + lq.handed > 0 for lq in per_order[i]) for i in open_ids)
        assert waiting == states["waiting"] and partly == states["partly received"]
    finally:
        shop.close()


def test_supplier_orders_exist_in_every_state_with_late_ones_and_surplus(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM supplier_orders GROUP BY 1"))
        for status in ("draft", "sent", "partially received", "received"):
            assert statuses.get(status, 0) > 0, status
        late = one(
            db,
            "SELECT COUNT(*) FROM supplier_orders WHERE status = 'sent' AND expected_date < ?",
            [TODAY.isoformat()],
        )
        assert late > 0
        assert sum(surplus_by_product(db).values()) > 0
        assert one(db, "SELECT COUNT(*) FROM allocations WHERE receipt_id IS NULL") > 0
        kinds = {r[0] for r in db.execute("SELECT DISTINCT kind FROM payments")}
        assert {"deposit", "balance", "refund"} <= kinds
    finally:
        shop.close()


def test_the_statuses_agree_with_the_status_rules(demo, tmp_path):
    """Refreshing every status from the quantities changes nothing."""
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        before = db.execute("SELECT id, status FROM customer_orders ORDER BY id").fetchall()
        so_before = db.execute("SELECT id, status FROM supplier_orders ORDER BY id").fetchall()
        with shop.transaction():
            assert refresh_customer_orders(shop, [r[0] for r in before]) == []
            for so_id, _ in so_before:
                refresh_supplier_order(shop, so_id)
        after = db.execute("SELECT id, status FROM customer_orders ORDER BY id").fetchall()
        so_after = db.execute("SELECT id, status FROM supplier_orders ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert [tuple(r) for r in so_after] == [tuple(r) for r in so_before]
    finally:
        shop.close()


def test_the_catalog_and_customers_look_like_a_real_shop(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        assert one(db, "SELECT COUNT(*) FROM suppliers") == 8
        assert one(db, "SELECT COUNT(*) FROM products") == 300
        leads = {r[0] for r in db.execute("SELECT lead_time_days FROM suppliers")}
        assert min(leads) >= 2 and max(leads) <= 14 and len(leads) >= 6
        assert len({r[0] for r in db.execute("SELECT delivery_weekdays FROM suppliers")}) >= 5
        packs = {r[0] for r in db.execute("SELECT DISTINCT pack_size FROM offers")}
        assert packs <= set(PACK_SIZES) and len(packs) >= 6
        assert one(db, "SELECT COUNT(*) FROM offers WHERE min_qty > pack_size") > 0
        assert one(db, "SELECT COUNT(*) FROM offers WHERE lead_time_days IS NOT NULL") > 0
        two = one(
            db,
            "SELECT COUNT(*) FROM (SELECT product_id FROM offers GROUP BY 1 HAVING COUNT(*) = 2)",
        )
        assert two > 30 and one(db, "SELECT COUNT(*) FROM offers WHERE preferred = 1") > 10
        assert 0 < one(db, "SELECT COUNT(*) FROM products WHERE barcode IS NOT NULL") < 300
        names = " ".join(r[0] for r in db.execute("SELECT name FROM customers"))
        assert re.search("[α-ω]", names) and re.search("[а-я]", names)  # Greek, Cyrillic
        assert re.search("[ÀÁÂÄÅÇÈÉÍÓÖØÚÜàáâäåçèéíñóöøúüßŁłŞşğıİ]", names)
        settings = db.execute("SELECT name, currency, opening_hours FROM shop").fetchone()
        assert settings["currency"] == "EUR" and settings["opening_hours"]
        first, last = db.execute(
            "SELECT MIN(order_date), MAX(order_date) FROM customer_orders"
        ).fetchone()
        assert date.fromisoformat(first) >= TODAY - timedelta(weeks=8)
        assert last == TODAY.isoformat()
    finally:
        shop.close()


def test_the_same_seed_gives_the_same_shop(tmp_path):
    a = write_demo_shop(tmp_path / "a.jitdesk", orders=60, seed=5, clock=fixed_clock(TODAY))
    b = write_demo_shop(tmp_path / "b.jitdesk", orders=60, seed=5, clock=fixed_clock(TODAY))
    assert str(a).replace("a.jitdesk", "") == str(b).replace("b.jitdesk", "")


def test_small_demo_shops_are_consistent_for_many_seeds(tmp_path):
    for seed in range(4):
        path = tmp_path / f"s{seed}.jitdesk"
        write_demo_shop(path, orders=40, seed=seed, clock=fixed_clock(TODAY))
        shop = Shop.open(path)
        try:
            assert check_shop(shop) == [], seed
        finally:
            shop.close()


# --- check finds what is broken ------------------------------------------------------------------


def _first(db, sql):
    return db.execute(sql).fetchone()


BREAKAGES = {
    "allocation beyond received": (
        "INSERT INTO allocations (customer_line_id, product_id, quantity, created_at)"
        " SELECT l.id, l.product_id, 500, '2026-11-25' FROM customer_order_lines l"
        " JOIN customer_orders o ON o.id = l.order_id WHERE o.status = 'open'"
        " ORDER BY o.number LIMIT 1",
        [r"Product \S+ has \d+ unit\(s\) allocated", r"Order C-2026-\d{4} line 1 \(\S+\) needs"],
    ),
    "ready while waiting": (
        "UPDATE customer_orders SET status = 'ready' WHERE id = (SELECT o.id FROM customer_orders o"
        " WHERE o.status = 'open' AND NOT EXISTS (SELECT 1 FROM customer_order_lines l"
        " JOIN allocations a ON a.customer_line_id = l.id WHERE l.order_id = o.id) LIMIT 1)",
        [r"Order C-2026-\d{4} is ready but not everything is in\."],
    ),
    "open while complete": (
        "UPDATE customer_orders SET status = 'open' WHERE id = (SELECT id FROM customer_orders"
        " WHERE status = 'ready' LIMIT 1)",
        [r"Order C-2026-\d{4} is open but everything is in\."],
    ),
    "completed not handed": (
        "DELETE FROM handover_lines WHERE customer_line_id = (SELECT l.id FROM customer_order_lines"
        " l JOIN customer_orders o ON o.id = l.order_id WHERE o.status = 'completed' LIMIT 1)",
        [r"Order C-2026-\d{4} is completed but not everything was handed over\."],
    ),
    "received but sent": (
        "UPDATE supplier_orders SET status = 'sent' WHERE id = (SELECT id FROM supplier_orders"
        " WHERE status = 'received' LIMIT 1)",
        [r"Supplier order P-2026-\d{4} is sent but goods were received for it\."],
    ),
    "partially received but complete": (
        "UPDATE supplier_orders SET status = 'partially received' WHERE id = (SELECT id FROM"
        " supplier_orders WHERE status = 'received' LIMIT 1)",
        [r"Supplier order P-2026-\d{4} is partially received but everything was received\."],
    ),
    "coverage beyond supplier line": (
        "UPDATE coverage SET quantity = quantity + 1000 WHERE id = (SELECT c.id FROM coverage c"
        " JOIN supplier_order_lines sl ON sl.id = c.supplier_line_id JOIN supplier_orders so"
        " ON so.id = sl.supplier_order_id WHERE so.status = 'draft' LIMIT 1)",
        [r"Supplier order P-2026-\d{4} line \d+ \(\S+\) orders \d+ but customers count on"],
    ),
    "handed more than allocated": (
        "UPDATE handover_lines SET quantity = quantity + 3 WHERE id = (SELECT MIN(id) FROM"
        " handover_lines)",
        [r"Order C-2026-\d{4} line \d+ has \d+ unit\(s\) handed over but only \d+ ever allocated"],
    ),
    "cancelled holding units": (
        "INSERT INTO allocations (customer_line_id, product_id, quantity, created_at)"
        " SELECT l.id, l.product_id, 1, '2026-11-25' FROM customer_order_lines l"
        " JOIN customer_orders o ON o.id = l.order_id WHERE o.status = 'cancelled' LIMIT 1",
        [r"Order C-2026-\d{4} is cancelled but it still holds units in the shop\."],
    ),
    "malformed number": (
        "UPDATE customer_orders SET number = 'C-26-7' WHERE id = 1",
        [r"The customer order number “C-26-7” is not of the form"],
    ),
    "counter behind": (
        "UPDATE counters SET last = 3 WHERE kind = 'P'",
        [r"The number counter for P-2026 stands at 3 but P-2026-\d{4} exists"],
    ),
    "allocation on another product": (
        "UPDATE allocations SET product_id = (SELECT MAX(id) FROM products)"
        " WHERE id = (SELECT MIN(id) FROM allocations WHERE coverage_id IS NOT NULL)",
        [r"An allocation on order C-2026-\d{4} line \d+ \(\S+\) is for another product\."],
    ),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_check_names_what_is_broken(demo, tmp_path, name):
    sql, patterns = BREAKAGES[name]
    shop = open_copy(demo[0], tmp_path)
    try:
        changed = shop.db.conn.execute(sql).rowcount
        assert changed == 1, "the breakage must hit exactly one row"
        problems = check_shop(shop)
    finally:
        shop.close()
    text = "\n".join(problems)
    for pattern in patterns:
        assert re.search(pattern, text), f"{pattern!r} not in:\n{text}"


def test_check_reports_broken_references_and_negative_quantities(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    conn = shop.db.conn
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE customer_order_lines SET order_id = 999999 WHERE id = 1")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE coverage SET quantity = -4 WHERE id = 1")
        problems = check_shop(shop)
    finally:
        shop.close()
    text = "\n".join(problems)
    assert "1 row(s) of customer_order_lines refer to a missing customer_orders row" in text
    assert "A coverage (row 1) has the quantity -4, which is not a whole number from 0" in text


def test_check_caps_a_flood_of_problems(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    try:
        shop.db.conn.execute("UPDATE customer_orders SET status = 'ready' WHERE status = 'open'")
        problems = check_shop(shop)
    finally:
        shop.close()
    assert len(problems) <= 30
    assert re.search(r"\.\.\. and \d+ more orders like these\.", problems[-1])
