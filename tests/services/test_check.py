"""`check` finds what is broken in a shop and names it (on a demo shop, broken on purpose)."""

from __future__ import annotations

import re

import pytest

from jitdesk.services.check import check_shop
from tests.demo.demo_shops import open_copy, write_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return write_demo(tmp_path_factory.mktemp("demo"))


BREAKAGES = {
    "allocation beyond received": (
        "INSERT INTO allocations (customer_line_id, product_id, quantity, created_at)"
        " SELECT l.id, l.product_id, 500, '2026-11-25' FROM customer_order_lines l"
        " JOIN customer_orders o ON o.id = l.order_id WHERE o.status = 'open'"
        " ORDER BY o.number, l.line_no LIMIT 1",
        [r"Product \S+ has \d+ units? allocated", r"Order C-2026-\d{4} line 1 \(\S+\) needs"],
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
        [r"Order C-2026-\d{4} line \d+ has \d+ units? handed over but only \d+ ever allocated"],
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
    assert "1 row of customer_order_lines refers to a missing customer_orders row" in text
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


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("de", ["aber nicht alles ist da.", "(Kundenbestellung) hat nicht die Form"]),
        ("fr", ["mais tout n’est pas arrivé.", "Le numéro de commande client « C-26-7 »"]),
    ],
)
def test_check_speaks_the_users_language_down_to_the_facts_it_names(
    demo, tmp_path, language, names
):
    from jitdesk.domain import i18n

    shop = open_copy(demo[0], tmp_path)
    try:
        for breakage in ("ready while waiting", "malformed number"):
            shop.db.conn.execute(BREAKAGES[breakage][0])
        i18n.set_language(language)
        text = "\n".join(check_shop(shop))
    finally:
        shop.close()
    for words in names:
        assert words in text, f"{words!r} not in:\n{text}"
    assert "not everything is in" not in text and "customer order" not in text
