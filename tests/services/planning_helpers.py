"""A small shop for the planning and supplier order tests (fixed clock: Wed 2026-11-25)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, settings
from jitdesk.services.shop import Shop
from jitdesk.store.quantities import line_quantities

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday
TODAY = date(2026, 11, 25)


@dataclass
class World:
    shop: Shop
    ids: dict[str, int] = field(default_factory=dict)

    def order(self, customer: str, *lines: tuple[str, int], order_date: date | None = None):
        """Logged as an import logs it: surplus is left to planning."""
        return orders.create_orders(
            self.shop,
            [
                OrderInput(
                    customer_id=self.ids[customer],
                    lines=[OrderLineInput(self.ids[p], q) for p, q in lines],
                    order_date=order_date,
                )
            ],
        )[0]

    def line_id(self, order_id: int, line_no: int = 1) -> int:
        return self.shop.db.execute(
            "SELECT id FROM customer_order_lines WHERE order_id = ? AND line_no = ?",
            [order_id, line_no],
        ).fetchone()[0]

    def waiting(self, order_id: int) -> int:
        return sum(lq.waiting for lq in line_quantities(self.shop.db, order_ids=[order_id]))

    def covered(self, order_id: int) -> int:
        return sum(lq.covered for lq in line_quantities(self.shop.db, order_ids=[order_id]))


def make_world(tmp_path) -> World:
    """Two suppliers and a few products:

    * Acme: lead 3 days, delivers Tue/Thu, minimum order 100.00; chain 12.00 (pack 6, min 10),
      tyre 8.00 (pack 1), bell 4.50.
    * Fast: lead 1 day, every weekday; tyre 9.50, bell 5.00.
    * lamp: Acme only, preferred offer.
    """
    shop = settings.create_shop(tmp_path / "shop.jitdesk", "Velo Ltd", "EUR")
    shop._clock = lambda: NOW
    w = World(shop)
    ids = w.ids
    ids["acme"] = catalog.add_supplier(
        shop,
        SupplierInput(
            name="Acme",
            lead_time_days=3,
            delivery_weekdays=frozenset({1, 3}),
            min_order_value=10_000,
        ),
    )
    ids["fast"] = catalog.add_supplier(shop, SupplierInput(name="Fast", lead_time_days=1))
    for key, sku, name in [
        ("chain", "CH-1", "Chain"),
        ("tyre", "TY-1", "Tyre"),
        ("bell", "BE-1", "Bell"),
        ("lamp", "LA-1", "Lamp"),
    ]:
        ids[key] = catalog.add_product(shop, ProductInput(sku=sku, name=name, sale_price=3000))
    offer = catalog.set_offer
    ids["acme_chain"] = offer(
        shop,
        OfferInput(ids["chain"], ids["acme"], 1200, supplier_sku="A-CH", pack_size=6, min_qty=10),
    )
    ids["acme_tyre"] = offer(shop, OfferInput(ids["tyre"], ids["acme"], 800, supplier_sku="A-TY"))
    ids["fast_tyre"] = offer(shop, OfferInput(ids["tyre"], ids["fast"], 950, supplier_sku="F-TY"))
    ids["acme_bell"] = offer(shop, OfferInput(ids["bell"], ids["acme"], 450))
    ids["fast_bell"] = offer(shop, OfferInput(ids["bell"], ids["fast"], 500))
    ids["acme_lamp"] = offer(shop, OfferInput(ids["lamp"], ids["acme"], 2000, preferred=True))
    ids["ana"] = customers.add_customer(shop, CustomerInput(name="Ana", phone="0151 1"))
    ids["jorg"] = customers.add_customer(shop, CustomerInput(name="Jörg", phone="0151 2"))
    return w
