"""Delivery instead of pickup: logged with the order, refused without an address or before
the promised date, listed for the run once ready, and handed over at the door."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jitdesk.domain.delivery import DeliveryInput
from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import delivery, documents, receiving, today
from jitdesk.services.timeline import order_timeline

from .jit_fixtures import build_world, new_shop, snapshot, status_of, supplier_order

ADDRESS = "  Hauptstraße 5 \n\n 1010 Wien  "


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


def everything(world) -> tuple:
    """Every row the loop writes, the deliveries and the customers' addresses."""
    extra = [
        tuple(r)
        for sql in ("SELECT * FROM deliveries", "SELECT id, address FROM customers")
        for r in world.db.execute(sql)
    ]
    return snapshot(world.db), extra


def order_input(world, customer: int = 0, deposit: int = 0) -> OrderInput:
    return OrderInput(
        customer_id=world.customers[customer],
        lines=[
            OrderLineInput(world.products["CH-1"], 2),
            OrderLineInput(world.products["BE-1"], 1),
        ],
        deposit=deposit,
    )


def make_ready(world, order_id: int) -> None:
    lines = [
        r[0]
        for r in world.db.execute(
            "SELECT id FROM customer_order_lines WHERE order_id = ? ORDER BY line_no", [order_id]
        )
    ]
    so = supplier_order(world, [("CH-1", 2, {lines[0]: 2}), ("BE-1", 1, {lines[1]: 1})])
    receiving.record_receipt(
        world.shop, so.supplier_order_id, {so.line_ids[0]: 2, so.line_ids[1]: 1}
    )


def test_a_delivery_order_keeps_address_and_defaults_to_the_promised_date(world):
    created = delivery.create_delivery_order(world.shop, order_input(world), DeliveryInput(ADDRESS))
    info = delivery.delivery_of(world.shop, created.order_id)
    assert info is not None
    assert info.address == "Hauptstraße 5\n1010 Wien"
    assert created.promised_date is not None
    assert info.delivery_date == created.promised_date
    # The customer's address is the one of their latest delivery: the next order starts with it.
    assert delivery.customer_address(world.shop, world.customers[0]) == "Hauptstraße 5\n1010 Wien"
    assert delivery.customer_address(world.shop, world.customers[1]) == ""


def test_a_delivery_without_an_address_is_refused_and_nothing_is_saved(world):
    before = everything(world)
    with pytest.raises(ValidationError) as refused:
        delivery.create_delivery_order(
            world.shop, order_input(world, deposit=500), DeliveryInput(" \n ")
        )
    assert refused.value.field == "delivery_address"
    assert "address" in str(refused.value)
    assert everything(world) == before


def test_a_delivery_date_before_the_promised_date_is_refused_and_nothing_is_saved(world):
    before = everything(world)
    too_early = world.shop.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        delivery.create_delivery_order(
            world.shop, order_input(world, deposit=500), DeliveryInput(ADDRESS, too_early)
        )
    assert refused.value.field == "delivery_date"
    assert "before the promised date" in str(refused.value)
    assert everything(world) == before
    assert world.db.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0] == 0


def test_editing_switches_between_delivery_and_pickup(world):
    created = delivery.create_delivery_order(world.shop, order_input(world), DeliveryInput(ADDRESS))
    later = created.promised_date + timedelta(days=3)
    delivery.edit_delivery_order(
        world.shop, created.order_id, order_input(world), DeliveryInput("Ring 1", later)
    )
    info = delivery.delivery_of(world.shop, created.order_id)
    assert (info.address, info.delivery_date) == ("Ring 1", later)
    delivery.edit_delivery_order(world.shop, created.order_id, order_input(world), None)
    assert delivery.delivery_of(world.shop, created.order_id) is None


def test_ready_delivery_orders_are_on_the_run_and_not_offered_pickup_notices(world):
    created = delivery.create_delivery_order(
        world.shop, order_input(world, deposit=900), DeliveryInput(ADDRESS)
    )
    assert delivery.delivery_run(world.shop, date(2027, 1, 1)) == []  # not ready yet
    make_ready(world, created.order_id)
    assert status_of(world.db, "customer_orders", created.order_id) == "ready"
    day = created.promised_date
    assert delivery.delivery_run(world.shop, day - timedelta(days=1)) == []  # not due yet
    (item,) = delivery.delivery_run(world.shop, day)
    assert (item.number, item.address, item.delivery_date) == (
        created.number,
        "Hauptstraße 5\n1010 Wien",
        day,
    )
    assert item.balance_due == 2 * 2500 + 900 - 900
    assert delivery.ready_to_deliver_count(world.shop, day) == 1
    # No pickup notice: not in the ready batch, not among the customers still to be told.
    assert created.number not in documents.ready_order_numbers(world.shop)
    assert created.order_id not in [i for i, _n in today.unnotified_ready_orders(world.shop)]
    with pytest.raises(DomainError, match="delivered on"):
        documents.customer_order_doc(world.shop, created.number, documents.PICKUP_NOTICE)


def test_delivered_hands_the_order_over_and_is_in_the_timeline(world):
    created = delivery.create_delivery_order(world.shop, order_input(world), DeliveryInput(ADDRESS))
    make_ready(world, created.order_id)
    result = delivery.mark_delivered(world.shop, created.order_id, payment=5900, method="card")
    assert result.status == "completed"
    assert result.balance_after == 0
    assert status_of(world.db, "customer_orders", created.order_id) == "completed"
    handed = world.db.execute(
        "SELECT SUM(quantity) FROM handover_lines WHERE handover_id = ?", [result.handover_id]
    ).fetchone()[0]
    assert handed == 3
    info = delivery.delivery_of(world.shop, created.order_id)
    assert info.delivered_on == world.shop.today()
    texts = [e.text for e in order_timeline(world.shop, created.order_id)]
    assert any("delivered to Hauptstraße 5" in t for t in texts)
    assert any("handed over" in t for t in texts)
    assert delivery.delivery_run(world.shop, date(2027, 1, 1)) == []
    with pytest.raises(DomainError, match="already delivered"):
        delivery.mark_delivered(world.shop, created.order_id)


def test_delivered_refuses_an_order_that_is_not_ready_and_changes_nothing(world):
    created = delivery.create_delivery_order(world.shop, order_input(world), DeliveryInput(ADDRESS))
    before = everything(world)
    with pytest.raises(DomainError):
        delivery.mark_delivered(world.shop, created.order_id)
    assert everything(world) == before


def test_a_pickup_order_is_not_delivered(world):
    created = delivery.create_delivery_order(world.shop, order_input(world), DeliveryInput(ADDRESS))
    delivery.edit_delivery_order(world.shop, created.order_id, order_input(world), None)
    make_ready(world, created.order_id)
    with pytest.raises(DomainError, match="pickup counter"):
        delivery.mark_delivered(world.shop, created.order_id)
    assert status_of(world.db, "customer_orders", created.order_id) == "ready"


def test_the_delivery_history_reads_in_german_with_the_shops_dates(world):
    """The stored summaries stay English; the history says each delivery step in German."""
    from dataclasses import replace

    from jitdesk.domain import i18n
    from jitdesk.services import settings

    shop = world.shop
    settings.update_settings(shop, replace(settings.get_settings(shop), locale="de_AT"))
    created = delivery.create_delivery_order(shop, order_input(world), DeliveryInput(ADDRESS))
    make_ready(world, created.order_id)
    delivery.mark_delivered(shop, created.order_id, payment=5900, method="card")
    other = delivery.create_delivery_order(shop, order_input(world, 1), DeliveryInput(ADDRESS))
    delivery.edit_delivery_order(shop, other.order_id, order_input(world, 1), None)
    i18n.set_language("de")
    try:
        texts = [e.text for e in order_timeline(shop, created.order_id)]
        switched = [e.text for e in order_timeline(shop, other.order_id)]
    finally:
        i18n.set_language("en")
    day = created.promised_date.strftime("%d.%m.%Y")
    assert f"Lieferung am {day} an Hauptstraße 5" in texts
    assert f"{created.number} an Hauptstraße 5 geliefert" in texts
    assert "Wird abgeholt, nicht geliefert" in switched
    assert not any("delivered" in t or "collected" in t for t in texts + switched)
