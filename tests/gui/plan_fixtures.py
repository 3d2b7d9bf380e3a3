"""Shared set-up for the Plan and Supplier orders page tests: two customer orders for brake
pads sold in packs of 4 by Alpine Parts (minimum order value 100 EUR) and singly by Nordic."""

from __future__ import annotations

from dataclasses import dataclass

from jitdesk.domain.models import OfferInput, OrderInput, OrderLineInput, SupplierInput
from jitdesk.gui.formatting import ShopFormat
from jitdesk.services import catalog
from jitdesk.services.orders import create_order, order_detail
from jitdesk.services.shop import Shop


@dataclass
class PlanShop:
    shop: Shop
    brake: int
    alpine: int
    nordic: int
    zoe_order: int
    zoe_number: str
    dimitris_order: int
    dimitris_number: str


def fmt() -> ShopFormat:
    return ShopFormat("en_GB", "EUR")


def supplier_id(shop: Shop, name: str) -> int:
    return shop.db.execute("SELECT id FROM suppliers WHERE name = ?", [name]).fetchone()[0]


def make_plan_shop(gui_shop) -> PlanShop:
    shop = gui_shop.shop
    brake = gui_shop.products["BRK-100"]
    alpine, nordic = supplier_id(shop, "Alpine Parts"), supplier_id(shop, "Nordic Cycles")
    catalog.update_supplier(
        shop, alpine, SupplierInput("Alpine Parts", lead_time_days=7, min_order_value=100_00)
    )
    catalog.set_offer(
        shop, OfferInput(brake, alpine, unit_cost=625, supplier_sku="AP-BRK-4", pack_size=4)
    )
    catalog.set_offer(shop, OfferInput(brake, nordic, unit_cost=700, supplier_sku="NC-BRK"))
    people = gui_shop.customers
    zoe = create_order(
        shop, OrderInput(people["Zoë Ångström"], [OrderLineInput(brake, 3)])
    ).order_id
    dimitris = create_order(
        shop, OrderInput(people["Δημήτρης Παπαδόπουλος"], [OrderLineInput(brake, 2)])
    ).order_id
    return PlanShop(
        shop,
        brake,
        alpine,
        nordic,
        zoe,
        number(shop, zoe),
        dimitris,
        number(shop, dimitris),
    )


def number(shop: Shop, order_id: int) -> str:
    return order_detail(shop, order_id).header.number


def waiting(shop: Shop, order_id: int) -> int:
    return sum(line.waiting for line in order_detail(shop, order_id).lines)
