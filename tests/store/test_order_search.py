"""The order list search: number in part, names without case or accents in any script, phones
with any spacing or country prefix, e-mails; odd input finds only itself; the list and its count
agree."""

from __future__ import annotations

import pytest

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers
from jitdesk.store import orders as q
from tests.services.jit_fixtures import build_world, new_shop, place_order


@pytest.fixture
def world(tmp_path):
    world = build_world(new_shop(tmp_path / "s.jitdesk"), n_customers=6)
    shop = world.shop
    world.customers.append(
        customers.add_customer(
            shop,
            CustomerInput(
                name="Γιώργος Νικολάου", phone="+30 694 123 4567", email="G.Nik@Example.org"
            ),
        )
    )
    world.customers.append(
        customers.add_customer(shop, CustomerInput(name="Jürgen Groß", phone="0664 55 66 77"))
    )
    for i in range(36):
        place_order(world, i % 8, [("CH-1", 1 + i % 3)])
    yield world
    world.shop.close()


def _names(db, text: str, statuses=()) -> set[str]:
    flt = OrderFilter(text=text, statuses=statuses)
    rows = q.list_orders(db, flt, "2026-01-01", limit=500)
    assert q.count_orders(db, flt, "2026-01-01") == len(rows)
    return {r.customer_name for r in rows}


def _numbers(db, text: str) -> list[str]:
    return [r.number for r in q.list_orders(db, OrderFilter(text=text), "2026-01-01", limit=500)]


@pytest.mark.parametrize("text", ["35", "0035", "c-2026-35", "C-2026-0035", " c 2026 0035 "])
def test_order_number_found_in_part(world, text):
    assert _numbers(world.shop.db, text) == ["C-2026-0035"]


def test_number_start_while_typing(world):
    """Numbers that start so, and the one whose running number it already is."""
    found = set(_numbers(world.shop.db, "C-2026-003"))
    assert found == {f"C-2026-{n:04d}" for n in [3, *range(30, 37)]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nikolaou", "Γιώργος Νικολάου"),
        ("Γιωργος", "Γιώργος Νικολάου"),
        ("ΝΙΚΟΛΆΟΥ", "Γιώργος Νικολάου"),
        ("jurgen", "Jürgen Groß"),
        ("gross jür", "Jürgen Groß"),
        ("chloe", "Chloé Dubois"),
        ("o'neil", "Fin O'Neil"),
        ("6941234567", "Γιώργος Νικολάου"),
        ("+30 694 12 34 567", "Γιώργος Νικολάου"),
        ("0030 694-123-4567", "Γιώργος Νικολάου"),
        ("4567", "Γιώργος Νικολάου"),
        ("+43 664 556677", "Jürgen Groß"),
        ("+43 664 55", "Jürgen Groß"),  # typed from its start with the country prefix
        ("0043 664 556", "Jürgen Groß"),
        ("+43 (0)664 55 66 77", "Jürgen Groß"),
        ("+43 0664 556", "Jürgen Groß"),
        ("+30 (0) 694 123 4567", "Γιώργος Νικολάου"),
        ("g.nik@example", "Γιώργος Νικολάου"),
    ],
)
def test_customers_found_however_typed(world, text, name):
    assert _names(world.shop.db, text) == {name}


@pytest.mark.parametrize(
    "text", ["%", "_", "\\", "'", '"', "%%", "_%_", "' OR 1=1 --", "'; DROP TABLE customers; --"]
)
def test_odd_input_finds_literally(world, text):
    assert _names(world.shop.db, text) == set()
    assert world.shop.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 8


def test_search_sees_a_customer_renamed_elsewhere(world):
    db = world.shop.db
    assert _names(db, "Zofia") == set()
    db.execute("UPDATE customers SET name = 'Zófia Nowak' WHERE id = ?", [world.customers[1]])
    assert _names(db, "zofia") == {"Zófia Nowak"}
    assert _names(db, "Björn") == set()


def test_scope_statuses_narrow_the_search(world):
    assert _names(world.shop.db, "jurgen", statuses=("completed",)) == set()
