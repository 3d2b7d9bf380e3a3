"""The demo shop: every state, consistent with the shop's rules, the same for the same seed."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta

import pytest

from jitdesk.demo import write_demo_shop
from jitdesk.demo.categories import PACK_SIZES
from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.promise import promise_for_line
from jitdesk.services import orders
from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop
from jitdesk.services.status import refresh_customer_orders, refresh_supplier_order
from jitdesk.store.orders import offer_terms
from jitdesk.store.quantities import surplus_by_product
from jitdesk.store.settings import load_settings
from tests.demo.demo_shops import TODAY, one, open_copy, write_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return write_demo(tmp_path_factory.mktemp("demo"))


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
        # The demo reports each order's progress as the app lists it.
        for state in ("waiting", "on order", "partly received"):
            assert orders.count_orders(shop, OrderFilter(progress=(state,))) == states[state]
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


def _tables(path) -> dict[str, list[tuple]]:
    """Every row of every shop table (not the migration log, which records the wall clock)."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite%' AND name <> '_sqlite_migrations'"
            )
        ]
        # sorted here: a WITHOUT ROWID table has no rowid to order by
        return {n: sorted(conn.execute(f"SELECT * FROM [{n}]"), key=repr) for n in names}
    finally:
        conn.close()


def test_the_same_seed_gives_the_same_shop(tmp_path):
    a = write_demo_shop(tmp_path / "a.jitdesk", orders=60, seed=5, clock=fixed_clock(TODAY))
    b = write_demo_shop(tmp_path / "b.jitdesk", orders=60, seed=5, clock=fixed_clock(TODAY))
    write_demo_shop(tmp_path / "c.jitdesk", orders=60, seed=6, clock=fixed_clock(TODAY))
    assert str(a).replace("a.jitdesk", "") == str(b).replace("b.jitdesk", "")
    shop_a = _tables(tmp_path / "a.jitdesk")
    assert len(shop_a["customer_orders"]) == 60
    assert shop_a == _tables(tmp_path / "b.jitdesk")
    assert shop_a != _tables(tmp_path / "c.jitdesk")


def test_every_promise_comes_from_the_promise_rule_with_the_shops_settings(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        settings = load_settings(db)
        terms = offer_terms(db)
        lines = db.execute(
            "SELECT o.order_date, l.product_id, l.promised_date FROM customer_order_lines l"
            " JOIN customer_orders o ON o.id = l.order_id"
        ).fetchall()
        for order_date, product_id, promised in lines:
            expected = promise_for_line(
                terms[product_id],
                date.fromisoformat(order_date),
                settings.safety_buffer_days,
                settings.closed_weekdays,
            )
            assert promised == expected.isoformat(), (order_date, product_id)
        assert len(lines) > 400
        not_latest = one(
            db,
            "SELECT COUNT(*) FROM customer_orders o WHERE o.promised_date <>"
            " (SELECT MAX(promised_date) FROM customer_order_lines WHERE order_id = o.id)",
        )
        assert not_latest == 0, "the latest line's promise is the order's"
    finally:
        shop.close()


def test_supplier_order_lines_are_whole_packs_at_least_the_minimum(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    try:
        rows = shop.db.execute(
            "SELECT l.quantity, o.pack_size, o.min_qty,"
            " (SELECT COALESCE(SUM(c.quantity), 0) FROM coverage c WHERE c.supplier_line_id = l.id)"
            " FROM supplier_order_lines l JOIN offers o ON o.id = l.offer_id"
        ).fetchall()
    finally:
        shop.close()
    for quantity, pack, min_qty, covered in rows:
        assert quantity % pack == 0 and quantity >= min_qty and quantity >= covered
    assert sum(quantity > covered for quantity, _, _, covered in rows) > 10, "rounded up"


def test_drafts_held_below_the_minimum_tell_the_shop_not_the_supplier(demo, tmp_path):
    shop = open_copy(demo[0], tmp_path)
    db = shop.db
    try:
        below = {
            r[0]
            for r in db.execute(
                "SELECT so.number FROM supplier_orders so"
                " JOIN suppliers s ON s.id = so.supplier_id"
                " JOIN supplier_order_lines l ON l.supplier_order_id = so.id"
                " WHERE so.status = 'draft' GROUP BY so.id"
                " HAVING SUM(l.quantity * l.unit_cost) < MAX(s.min_order_value)"
            )
        }
        held = dict(
            db.execute(
                "SELECT so.number, e.summary FROM events e"
                " JOIN supplier_orders so ON so.id = e.entity_id"
                " WHERE e.entity = 'supplier_order' AND e.action = 'held'"
            ).fetchall()
        )
        supplier_notes = one(db, "SELECT COUNT(*) FROM supplier_orders WHERE notes <> ''")
    finally:
        shop.close()
    assert below and set(held) == below
    for number, summary in held.items():
        assert re.fullmatch(
            rf"{number} held: [\d.,]+ EUR is below the minimum order value of [\d.,]+ EUR\.",
            summary,
        )
    assert supplier_notes == 0, "nothing internal is printed for the supplier"


def test_small_demo_shops_are_consistent_for_many_seeds(tmp_path):
    for seed in range(4):
        path = tmp_path / f"s{seed}.jitdesk"
        write_demo_shop(path, orders=40, seed=seed, clock=fixed_clock(TODAY))
        shop = Shop.open(path, clock=fixed_clock(TODAY))
        try:
            assert check_shop(shop) == [], seed
        finally:
            shop.close()
