"""An order's timeline: its events, the supplier orders covering it, the deliveries for it."""

from __future__ import annotations

import pytest

from jitdesk.domain.errors import NotFoundError
from jitdesk.services import orders
from jitdesk.services.timeline import order_timeline
from jitdesk.services.today import mark_notified
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "timeline.jitdesk")
    yield w
    w.shop.close()


def test_timeline_follows_the_order_through_the_loop(world):
    shop = world.shop
    ann = world.orders["ann"]
    world.clock.advance(hours=1)
    orders.add_payment(shop, ann, 500)
    world.clock.advance(hours=1)
    so_id = world.plan_and_send()
    world.clock.advance(hours=1)
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    world.clock.advance(hours=1)
    mark_notified(shop, [ann])

    entries = order_timeline(shop, ann)
    texts = [e.text for e in entries]
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    number = world.numbers["ann"]
    so_number = shop.db.execute("SELECT number FROM supplier_orders").fetchone()[0]

    def index(fragment: str) -> int:
        return next(i for i, t in enumerate(texts) if fragment in t)

    logged = index(f"Order {number} logged")
    paid = index("Payment €5.00 (Cash)")
    planned = index(f"On supplier order {so_number} (Alpine): 2 units of BRK")
    sent = index(f"{so_number} (Alpine) sent; expected 2 Dec 2026")
    delivered = index("2 units of BRK put aside for this order")
    notified = index(f"Customer of {number} notified")
    assert logged < paid < planned < sent < delivered < notified
    assert entries[planned].page == "supplier_orders" and entries[planned].target == so_id
    assert entries[delivered].kind == "receipt"
    # Bob's chains are not on Ann's timeline.
    assert not any("CHN" in t for t in texts)


def test_timeline_of_a_missing_order_says_so(world):
    with pytest.raises(NotFoundError):
        order_timeline(world.shop, 9999)


@pytest.fixture
def german(world):
    from dataclasses import replace

    from jitdesk.domain import i18n
    from jitdesk.services import settings

    shop = world.shop
    settings.update_settings(shop, replace(settings.get_settings(shop), locale="de_AT"))
    i18n.set_language("de")
    yield world
    i18n.set_language("en")


def test_the_history_reads_in_the_users_language_with_the_shops_money_and_dates(german):
    """Events keep their English summary as the record; the history says them in German."""
    world = german
    shop = world.shop
    ann = world.orders["ann"]
    world.clock.advance(hours=1)
    orders.add_payment(shop, ann, 500, method="card")
    world.clock.advance(hours=1)
    world.plan_and_send()
    world.clock.advance(hours=1)
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    world.clock.advance(hours=1)
    mark_notified(shop, [ann])

    texts = [e.text for e in order_timeline(shop, ann)]
    number = world.numbers["ann"]
    so_number = shop.db.execute("SELECT number FROM supplier_orders").fetchone()[0]
    assert f"Bestellung {number} erfasst" in texts
    assert "Zahlung €\xa05,00 (Karte)" in texts
    assert f"{so_number} (Alpine) versendet; erwartet am 02.12.2026" in texts
    assert f"2 Stück für {number} mit {so_number} eingetroffen" in texts
    assert f"Kunde zu {number} über die Abholung benachrichtigt" in texts
    english = shop.db.execute(
        "SELECT summary FROM events WHERE entity = 'customer_order' AND action = 'created'"
        " AND entity_id = ?",
        [ann],
    ).fetchone()[0]
    assert english == f"Order {number} logged"
