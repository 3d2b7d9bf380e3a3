"""A small shop walked through the JIT loop with services, on a clock the test moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, planning, receiving, settings
from jitdesk.services import supplier_orders as so_svc
from jitdesk.services.shop import Shop

START = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class TodayWorld:
    shop: Shop
    clock: Clock
    products: dict[str, int]
    customers: dict[str, int]
    orders: dict[str, int] = field(default_factory=dict)  # name -> order id
    numbers: dict[str, str] = field(default_factory=dict)
    so_id: int | None = None

    def plan_and_send(self) -> int:
        result = planning.commit_plan(self.shop)
        self.so_id = result.created[0][0]
        return self.so_id

    def send(self) -> None:
        so_svc.mark_sent(self.shop, self.so_id)

    def receive_all(self) -> None:
        detail = so_svc.supplier_order_detail(self.shop, self.so_id)
        receiving.record_receipt(
            self.shop, self.so_id, {line.id: line.quantity for line in detail.lines}
        )


def build(path: Path) -> TodayWorld:
    """Supplier Alpine (7 days, Mon-Fri); BRK pads 1 per pack at 5.00 cost, sold 12.00;
    CHN chains in packs of 10 at 1.00 cost, sold 3.00. Ann (phone 111) orders 2 BRK;
    Bob orders 3 CHN and 1 BRK in two orders."""
    clock = Clock()
    settings.create_shop(path, "Velo", "EUR").close()
    shop = Shop.open(path, clock=clock)
    alpine = catalog.add_supplier(shop, SupplierInput("Alpine", lead_time_days=7))
    products = {}
    for sku, price, cost, pack in (("BRK", 1200, 500, 1), ("CHN", 300, 100, 10)):
        pid = catalog.add_product(shop, ProductInput(sku, f"{sku} item", price))
        catalog.set_offer(
            shop, OfferInput(pid, alpine, unit_cost=cost, pack_size=pack, min_qty=pack)
        )
        products[sku] = pid
    people = {
        "Ann": customers.add_customer(shop, CustomerInput("Ann Apple", "111", "ann@x.test")),
        "Bob": customers.add_customer(shop, CustomerInput("Bob Berry", "", "bob@x.test")),
    }
    world = TodayWorld(shop, clock, products, people)
    for name, customer, sku, qty in (
        ("ann", "Ann", "BRK", 2),
        ("bob1", "Bob", "CHN", 3),
        ("bob2", "Bob", "BRK", 1),
    ):
        created = orders.create_order(
            shop, OrderInput(people[customer], [OrderLineInput(products[sku], qty)])
        )
        world.orders[name] = created.order_id
        world.numbers[name] = created.number
        clock.advance(minutes=5)
    return world
