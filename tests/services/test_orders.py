"""Logging and editing customer orders through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    ShopSettings,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, promises, settings
from jitdesk.store.events import events_for

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Wednesday


@pytest.fixture
def shop(tmp_path):
    shop = settings.create_shop(tmp_path / "shop.jitdesk", "Velo Ltd", "EUR")
    shop._clock = lambda: NOW
    yield shop
    shop.close()


@pytest.fixture
def catalog_ids(shop):
    acme = catalog.add_supplier(
        shop, SupplierInput(name="Acme", lead_time_days=3, delivery_weekdays=frozenset({1, 3}))
    )
    fast = catalog.add_supplier(shop, SupplierInput(name="Fast", lead_time_days=1))
    chain = catalog.add_product(shop, ProductInput(sku="CH-1", name="Chain", sale_price=2500))
    bell = catalog.add_product(shop, ProductInput(sku="BE-1", name="Bell", sale_price=900))
    orphan = catalog.add_product(shop, ProductInput(sku="OR-1", name="No supplier"))
    catalog.set_offer(shop, OfferInput(chain, acme, unit_cost=1200, pack_size=10))
    catalog.set_offer(shop, OfferInput(bell, fast, unit_cost=400))
    ana = customers.add_customer(shop, CustomerInput(name="Ana Müller", email="ana@example.de"))
    return {"chain": chain, "bell": bell, "orphan": orphan, "ana": ana}


def test_create_order_numbers_prices_deposit_and_promise(shop, catalog_ids):
    created = orders.create_order(
        shop,
        OrderInput(
            customer_id=catalog_ids["ana"],
            lines=[
                OrderLineInput(catalog_ids["chain"], 2),
                OrderLineInput(catalog_ids["bell"], 1, 800),
            ],
            deposit=1000,
        ),
    )
    assert created.number == "C-2026-0001"
    # Chain: Wed + 3 = Sat -> Tue 1 Dec delivery, +1 buffer = Wed 2 Dec (latest line wins)
    assert created.promised_date == date(2026, 12, 2)
    detail = orders.order_detail(shop, created.order_id)
    assert [line.unit_price for line in detail.lines] == [2500, 800]
    assert detail.total == 2 * 2500 + 800
    assert detail.paid == 1000
    assert detail.balance == 4800
    assert [line.waiting for line in detail.lines] == [2, 1]
    assert detail.header.status == "open"
    actions = [e["action"] for e in events_for(shop.db, "customer_order", created.order_id)]
    assert actions == ["created", "payment"]
    second = orders.create_order(
        shop,
        OrderInput(customer_id=catalog_ids["ana"], lines=[OrderLineInput(catalog_ids["bell"], 1)]),
    )
    assert second.number == "C-2026-0002"


def test_promise_respects_shop_buffer_and_closed_days(shop, catalog_ids):
    current = settings.get_settings(shop)
    current.safety_buffer_days = 2
    current.closed_weekdays = frozenset({5, 6})
    settings.update_settings(shop, current)
    # Bell: Wed + 1 = Thu arrival; +2 = Sat; closed Sat/Sun -> Mon 30 Nov
    quote = promises.quote_promised_dates(shop, [catalog_ids["bell"]])
    assert quote[catalog_ids["bell"]] == date(2026, 11, 30)


def count_rows(shop):
    return {
        t: shop.db[t].count
        for t in ("customer_orders", "customer_order_lines", "payments", "events")
    }


@pytest.mark.parametrize(
    ("lines", "deposit", "message"),
    [
        ([], 0, "at least one line"),
        ([("chain", 0)], 0, "at least 1"),
        ([("chain", -2)], 0, "at least 1"),
        ([("orphan", 1)], 0, "no supplier offer"),
        ([("bell", 1)], 100_000, "more than the order total"),
    ],
)
def test_bad_orders_are_refused_and_nothing_is_written(shop, catalog_ids, lines, deposit, message):
    before = count_rows(shop)
    with pytest.raises(ValidationError, match=message):
        orders.create_order(
            shop,
            OrderInput(
                customer_id=catalog_ids["ana"],
                lines=[OrderLineInput(catalog_ids[name], qty) for name, qty in lines],
                deposit=deposit,
            ),
        )
    assert count_rows(shop) == before
    assert shop.db["counters"].count == 0  # no order number was used up


def test_edit_open_order_changes_lines_and_writes_event(shop, catalog_ids):
    created = orders.create_order(
        shop,
        OrderInput(customer_id=catalog_ids["ana"], lines=[OrderLineInput(catalog_ids["bell"], 1)]),
    )
    line = orders.order_detail(shop, created.order_id).lines[0]
    orders.edit_order(
        shop,
        created.order_id,
        OrderInput(
            customer_id=catalog_ids["ana"],
            lines=[
                OrderLineInput(catalog_ids["bell"], 3, 850, line_id=line.id),
                OrderLineInput(catalog_ids["chain"], 1),
            ],
            notes="gift wrap",
        ),
    )
    detail = orders.order_detail(shop, created.order_id)
    assert [(row.sku, row.quantity, row.unit_price) for row in detail.lines] == [
        ("BE-1", 3, 850),
        ("CH-1", 1, 2500),
    ]
    assert detail.header.notes == "gift wrap"
    assert detail.header.promised_date == "2026-12-02"
    edited = [
        e
        for e in events_for(shop.db, "customer_order", created.order_id)
        if e["action"] == "edited"
    ]
    assert len(edited) == 1 and len(edited[0]["details"]["lines"]) == 2


def test_removing_a_line_keeps_it_with_zero_quantity(shop, catalog_ids):
    created = orders.create_order(
        shop,
        OrderInput(
            customer_id=catalog_ids["ana"],
            lines=[OrderLineInput(catalog_ids["bell"], 1), OrderLineInput(catalog_ids["chain"], 1)],
        ),
    )
    first = orders.order_detail(shop, created.order_id).lines[0]
    orders.edit_order(
        shop,
        created.order_id,
        OrderInput(
            customer_id=catalog_ids["ana"],
            lines=[OrderLineInput(catalog_ids["bell"], 1, line_id=first.id)],
        ),
    )
    detail = orders.order_detail(shop, created.order_id)
    assert [(row.sku, row.quantity, row.original_quantity) for row in detail.lines] == [
        ("BE-1", 1, 1),
        ("CH-1", 0, 1),
    ]
    assert detail.total == 900


def test_payments_and_refunds(shop, catalog_ids):
    created = orders.create_order(
        shop,
        OrderInput(customer_id=catalog_ids["ana"], lines=[OrderLineInput(catalog_ids["bell"], 2)]),
    )
    orders.add_payment(shop, created.order_id, 500, "payment")
    orders.add_payment(shop, created.order_id, 200, "refund")
    assert orders.order_detail(shop, created.order_id).paid == 300
    with pytest.raises(ValidationError, match="more than what was paid"):
        orders.add_payment(shop, created.order_id, 1000, "refund")
    with pytest.raises(ValidationError):
        orders.add_payment(shop, created.order_id, 0)


def test_list_and_find_orders(shop, catalog_ids):
    bob = customers.add_customer(shop, CustomerInput(name="Борис Петров", phone="+359 88 123"))
    for customer in (catalog_ids["ana"], bob):
        orders.create_order(
            shop, OrderInput(customer_id=customer, lines=[OrderLineInput(catalog_ids["bell"], 1)])
        )
    flt = OrderFilter(text="Борис")
    rows = orders.list_orders(shop, flt)
    assert [r.customer_name for r in rows] == ["Борис Петров"]
    assert orders.count_orders(shop, OrderFilter()) == 2
    assert orders.find_order(shop, " C-2026-0002 ").customer_name == "Борис Петров"
    with pytest.raises(DomainError, match="no order C-2026-0099"):
        orders.find_order(shop, "C-2026-0099")


def test_settings_validation_keeps_file_unchanged(shop):
    before = settings.get_settings(shop)
    bad = ShopSettings(name="Velo", currency="euro")
    with pytest.raises(ValidationError, match="three-letter code"):
        settings.update_settings(shop, bad)
    assert settings.get_settings(shop) == before


def test_supplier_and_product_validation(shop, catalog_ids):
    with pytest.raises(ValidationError, match="already exists"):
        catalog.add_supplier(shop, SupplierInput(name="acme"))
    with pytest.raises(ValidationError, match="at least one delivery weekday"):
        catalog.add_supplier(shop, SupplierInput(name="Nobody", delivery_weekdays=frozenset()))
    with pytest.raises(ValidationError, match="SKU CH-1 already exists"):
        catalog.add_product(shop, ProductInput(sku="CH-1", name="Dup"))
    with pytest.raises(ValidationError, match="pack size"):
        catalog.set_offer(shop, OfferInput(catalog_ids["bell"], 1, unit_cost=1, pack_size=0))


def test_offer_cost_changes_are_kept(shop, catalog_ids):
    offer_id = catalog.set_offer(shop, OfferInput(catalog_ids["bell"], 2, unit_cost=400))
    catalog.set_offer(shop, OfferInput(catalog_ids["bell"], 2, unit_cost=450))
    catalog.set_offer(shop, OfferInput(catalog_ids["bell"], 2, unit_cost=450))
    costs = [r["unit_cost"] for r in shop.db["offer_costs"].rows_where("offer_id = ?", [offer_id])]
    assert costs == [400, 450]
