"""Amounts, quantities and dates are checked at the domain boundary with stated limits, so
nothing stored can overflow or turn into a float; `check` finds any that got in anyway."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import OrderInput, OrderLineInput, ProductInput
from jitdesk.domain.money import MAX_AMOUNT, MAX_QUANTITY, parse_money
from jitdesk.services import catalog, orders
from jitdesk.services.check import check_shop
from jitdesk.services.exports import export
from jitdesk.services.shop import Shop
from tests.services.jit_fixtures import build_world, clock, new_shop


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "velo.jitdesk")
    made = build_world(shop, n_customers=1)
    yield made
    shop.close()


def order(world, quantity=1, price=None, day=None, deposit=0) -> OrderInput:
    return OrderInput(
        world.customers[0],
        [OrderLineInput(world.products["CH-1"], quantity, price)],
        deposit=deposit,
        order_date=day,
    )


@pytest.mark.parametrize(
    ("quantity", "price", "day", "sentence"),
    [
        (1, 10**19, None, "The price is too large; the most jitdesk holds is 9999999999.99."),
        (1, 1e308, None, "The price \u201c1e+308\u201d is not an amount of money in whole cents."),
        (1, float("nan"), None, "The price \u201cnan\u201d is not an amount of money"),
        (1.5, None, None, "The quantity \u201c1.5\u201d is not a whole number of units"),
        (MAX_QUANTITY + 1, None, None, "The quantity 1000001 is too large"),
        (1, None, date(9999, 12, 31), "The order date 31 Dec 9999 is outside the years 2000"),
        (1, None, date(1999, 12, 31), "The order date 31 Dec 1999 is outside the years 2000"),
        (
            MAX_QUANTITY,
            MAX_AMOUNT,
            None,
            "The order total is too large; the most jitdesk holds is 9999999999.99.",
        ),
    ],
)
def test_out_of_range_values_are_one_plain_sentence(world, quantity, price, day, sentence):
    with pytest.raises(ValidationError) as refused:
        orders.create_order(world.shop, order(world, quantity, price, day))
    assert str(refused.value).startswith(sentence)
    assert world.db["customer_orders"].count == 0


@pytest.mark.sqlite_only
def test_the_largest_values_are_accepted_and_stored_as_integers(world, tmp_path):
    created = orders.create_order(world.shop, order(world, 1, MAX_AMOUNT, date(2100, 12, 31)))
    assert created.number
    orders.add_payment(world.shop, created.order_id, MAX_AMOUNT)
    kinds = world.db.execute(
        "SELECT typeof(quantity), typeof(unit_price) FROM customer_order_lines"
    ).fetchall()
    assert [tuple(k) for k in kinds] == [("integer", "integer")]
    out = tmp_path / "orders.csv"
    export(world.shop, "orders", out)
    assert "9999999999.99" in out.read_text(encoding="utf-8-sig")
    assert "e+" not in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("amount", [float("nan"), 1e308, 10**19, 1.5, True])
def test_payments_out_of_range_are_refused(world, amount):
    created = orders.create_order(world.shop, order(world))
    with pytest.raises(ValidationError):
        orders.add_payment(world.shop, created.order_id, amount)
    assert world.db["payments"].count == 0


def test_prices_and_costs_are_limited_where_they_are_entered(world):
    with pytest.raises(ValidationError, match="sale price is too large"):
        catalog.add_product(world.shop, ProductInput(sku="X", name="X", sale_price=MAX_AMOUNT + 1))
    with pytest.raises(ValidationError, match="too large"):
        parse_money("10000000000.00")
    assert parse_money("9999999999.99") == MAX_AMOUNT
    with pytest.raises(ValidationError, match="not an amount of money"):
        parse_money(float("inf"))


@pytest.mark.sqlite_only
def test_check_finds_numbers_that_are_not_whole_or_out_of_range(tmp_path):
    path = tmp_path / "velo.jitdesk"
    shop = new_shop(path)
    world = build_world(shop, n_customers=1)
    created = orders.create_order(shop, order(world, 2))
    shop.close()
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE customer_order_lines SET quantity = 1.5")
    conn.execute("UPDATE products SET sale_price = ? WHERE sku = 'BE-1'", [10**15])
    conn.commit()
    conn.close()
    shop = Shop.open(path, clock=clock)
    problems = check_shop(shop)
    shop.close()
    assert (
        "A customer order line (row 1) has the quantity 1.5, which is not a whole number "
        f"from 0 to {MAX_QUANTITY}." in problems
    )
    assert any(
        p.startswith("A product (row 2) has the sale price 1000000000000000") for p in problems
    )
    assert created.number


@pytest.mark.sqlite_only
def test_check_finds_an_order_total_beyond_the_limit(tmp_path):
    path = tmp_path / "velo.jitdesk"
    shop = new_shop(path)
    world = build_world(shop, n_customers=1)
    created = orders.create_order(shop, order(world, MAX_QUANTITY, MAX_AMOUNT // MAX_QUANTITY))
    shop.close()
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE customer_order_lines SET unit_price = ?", [MAX_AMOUNT])
    conn.commit()
    conn.close()
    shop = Shop.open(path, clock=clock)
    problems = check_shop(shop)
    shop.close()
    assert problems == [
        f"Order {created.number} totals more than 9,999,999,999.99, the most an amount can be."
    ]


@pytest.mark.sqlite_only
def test_check_notices_a_file_that_is_not_a_whole_number_of_pages(tmp_path):
    path = tmp_path / "velo.jitdesk"
    build_world(new_shop(path), n_customers=1).shop.close()
    shop = Shop.open(path, clock=clock)
    assert check_shop(shop, full=True) == []
    shop.close()
    with open(path, "ab") as fh:
        fh.write(b"\0" * 1000)  # half a page added (or a copy cut off mid-page)
    shop = Shop.open(path, clock=clock)
    problems = check_shop(shop)
    shop.close()
    assert problems[0].startswith("The file is damaged: the file is ")
    assert "not a whole number of its 4,096-byte pages" in problems[0]
    assert problems[-1] == "Restore the shop file from a backup."
