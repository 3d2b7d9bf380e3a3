"""List reads for the catalog, suppliers and customers pages: SQL filters, paging, counts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import catalog, catalog_views, customers, orders, settings
from jitdesk.services.catalog_views import ListFilter
from jitdesk.services.shop import Shop


@pytest.fixture
def shop(tmp_path):
    settings.create_shop(tmp_path / "s.jitdesk", "Shop").close()
    shop = Shop.open(tmp_path / "s.jitdesk", clock=lambda: datetime(2026, 11, 25, 10, tzinfo=UTC))
    yield shop
    shop.close()


def test_products_filter_by_text_and_active_and_page(shop):
    acme = catalog.add_supplier(shop, SupplierInput("Acme"))
    for n in range(25):
        pid = catalog.add_product(
            shop, ProductInput(f"SKU-{n:03d}", f"Widget {n}", 100 + n, active=n % 5 != 0)
        )
        catalog.set_offer(shop, OfferInput(pid, acme, unit_cost=50))
    catalog.add_product(shop, ProductInput("BELL", "Bell 100%_brass", 900, barcode="4006381333931"))

    assert catalog_views.count_products(shop, ListFilter()) == 26
    assert catalog_views.count_products(shop, ListFilter(active=False)) == 5
    assert (
        catalog_views.count_products(shop, ListFilter("widget 1", active=True)) == 9
    )  # 1, 11-19 less 15
    by_barcode = catalog_views.list_products(shop, ListFilter("333931"), limit=10)
    assert [r.sku for r in by_barcode] == ["BELL"]
    assert by_barcode[0].offers == 0 and by_barcode[0].supplier_name is None
    # LIKE wildcards typed by the user are literal
    assert catalog_views.count_products(shop, ListFilter("0%_")) == 1
    page1 = catalog_views.list_products(shop, ListFilter(), limit=10, offset=0)
    page3 = catalog_views.list_products(shop, ListFilter(), limit=10, offset=20)
    assert [r.sku for r in page1][:2] == ["BELL", "SKU-000"]
    assert len(page3) == 6
    assert page1[1].supplier_name == "Acme"


def test_customers_search_and_their_orders(shop):
    sup = catalog.add_supplier(shop, SupplierInput("Acme"))
    pid = catalog.add_product(shop, ProductInput("A", "Anvil", 1000))
    catalog.set_offer(shop, OfferInput(pid, sup, unit_cost=500))
    ana = customers.add_customer(shop, CustomerInput("Ana Müller", "+49 30 1234", "ana@example.de"))
    customers.add_customer(shop, CustomerInput("Bob", "555", "bob@example.com"))
    for _ in range(3):
        orders.create_order(shop, OrderInput(ana, [OrderLineInput(pid, 2)]))

    assert [r.name for r in catalog_views.list_customers(shop, ListFilter("1234"))] == [
        "Ana Müller"
    ]
    assert catalog_views.count_customers(shop, ListFilter("example")) == 2
    rows = catalog_views.list_customers(shop, ListFilter(), limit=10)
    assert rows[0].open_orders == 3 and rows[1].open_orders == 0
    assert catalog_views.count_customer_orders(shop, ana) == 3
    assert len(catalog_views.customer_orders(shop, ana, limit=2)) == 2

    needs = catalog_views.orders_needing_product(shop, pid)
    assert [n.waiting for n in needs] == [2, 2, 2]
    assert needs[0].customer_name == "Ana Müller"


def test_supplier_round_trip_and_offer_history(shop):
    sid = catalog.add_supplier(
        shop, SupplierInput("Nordic", lead_time_days=10, delivery_weekdays=frozenset({1, 3}))
    )
    data = catalog_views.get_supplier(shop, sid)
    assert data.delivery_weekdays == frozenset({1, 3}) and data.lead_time_days == 10
    pid = catalog.add_product(shop, ProductInput("C", "Chain", 3000))
    offer = catalog.set_offer(shop, OfferInput(pid, sid, unit_cost=1500))
    catalog.set_offer(shop, OfferInput(pid, sid, unit_cost=1650))
    assert [c.unit_cost for c in catalog_views.offer_cost_history(shop, offer)] == [1650, 1500]
    assert catalog_views.count_suppliers(shop, ListFilter("nord")) == 1
    assert catalog_views.list_suppliers(shop, ListFilter(), limit=5)[0].offers == 1
