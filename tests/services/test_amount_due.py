"""What a customer still owes is the same figure on every screen, list, report and paper:
the order's gross total (tax added or included as the shop is set) less what was paid.
The figures are worked out by hand in the comments."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.models import OrderInput, OrderLineInput, ProductInput
from jitdesk.services import catalog, orders, receiving, settings
from jitdesk.services.documents import PICKUP_NOTICE, customer_order_doc, handover_doc
from jitdesk.services.exports import export
from jitdesk.services.handover import hand_over, handover_preview
from jitdesk.services.reports import cash_and_waste
from jitdesk.services.search import find_orders
from jitdesk.services.today import today_overview

from .jit_fixtures import build_world, new_shop, place_order, supplier_order


def _ready_order(world, *, include_tax: bool):
    """2 chains at 25.00 (shop rate 20 %) and 3 bells at 9.00 (10 %), a deposit of 10.00,
    delivered: the order is ready to be picked up."""
    shop = world.shop
    current = settings.get_settings(shop)
    settings.update_settings(
        shop, replace(current, tax_rate_bp=2000, prices_include_tax=include_tax)
    )
    bell = world.products["BE-1"]
    catalog.update_product(
        shop, bell, ProductInput(sku="BE-1", name="Bell", sale_price=900, tax_rate_bp=1000)
    )
    placed = place_order(world, 0, [("CH-1", 2), ("BE-1", 3)], deposit=1000)
    so = supplier_order(
        world,
        [("CH-1", 2, {placed.line_ids[0]: 2}), ("BE-1", 3, {placed.line_ids[1]: 3})],
    )
    receiving.record_receipt(
        shop,
        so.supplier_order_id,
        {so.line_ids[0]: 2, so.line_ids[1]: 3},
        received_on=date(2026, 11, 24),
    )
    return placed


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


def _everywhere(world, placed, tmp_path) -> dict[str, int]:
    shop = world.shop
    today = today_overview(shop)
    (listed,) = orders.list_orders(shop, OrderFilter())
    path = tmp_path / "orders.csv"
    export(shop, "orders", path)
    (row,) = csv.DictReader(path.open(encoding="utf-8"))
    return {
        "detail": orders.order_detail(shop, placed.order_id).balance,
        "list": listed.balance,
        "search": find_orders(shop, placed.number).rows[0].balance,
        "today": today.unnotified[0].balance,
        "counter": handover_preview(shop, placed.order_id).balance_due,
        "report": cash_and_waste(shop).balance_due_ready,
        "notice": customer_order_doc(shop, placed.number, PICKUP_NOTICE).balance,
        "export": round(float(row["balance"]) * 100),
    }


def test_with_tax_added_every_place_owes_the_same_gross_balance(world, tmp_path):
    placed = _ready_order(world, include_tax=False)
    # net 50.00 at 20 % -> tax 10.00; net 27.00 at 10 % -> tax 2.70; gross 89.70; less 10.00
    everywhere = _everywhere(world, placed, tmp_path)
    assert everywhere == dict.fromkeys(everywhere, 7970)


def test_with_tax_included_every_place_owes_the_lines_less_the_deposit(world, tmp_path):
    placed = _ready_order(world, include_tax=True)
    # 50.00 + 27.00 = 77.00 already with tax; less 10.00
    everywhere = _everywhere(world, placed, tmp_path)
    assert everywhere == dict.fromkeys(everywhere, 6700)


def test_the_counter_takes_the_gross_balance_and_the_receipt_says_nothing_is_owed(world):
    placed = _ready_order(world, include_tax=False)
    shop = world.shop
    preview = handover_preview(shop, placed.order_id)
    # handing over the bells alone: 27.00 + 10 % = 29.70, of which 10.00 is paid
    bells = [item for item in preview.items if item.sku == "BE-1"]
    assert preview.value_of(bells) - preview.paid == 1970
    hand_over(shop, placed.order_id, payment=7970)
    assert orders.order_detail(shop, placed.order_id).balance == 0
    assert handover_doc(shop, placed.number).balance == 0


def test_a_deposit_above_the_net_lines_but_within_the_gross_total_is_taken(world):
    shop = world.shop
    settings.update_settings(
        shop, replace(settings.get_settings(shop), tax_rate_bp=2000, prices_include_tax=False)
    )
    # one chain: 25.00 net, 30.00 with 20 % added; a deposit of 30.00 pays it all
    created = orders.create_order(
        shop,
        OrderInput(
            customer_id=world.customers[0],
            lines=[OrderLineInput(world.products["CH-1"], 1)],
            deposit=3000,
        ),
    )
    assert orders.order_detail(shop, created.order_id).balance == 0
