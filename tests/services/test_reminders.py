"""Reminders to collect a ready order and extended pickup-by dates, on a clock the test moves.

Closed weekday of the test shop: Sunday (the default). Ann's order is ready on Wed 2 Dec and she
is told that day, so her pickup-by date is Wed 16 Dec (14 hold days).
"""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import handover, orders
from jitdesk.services.reminders import (
    current_pickup_by,
    due_reminders,
    extend_pickup_by,
    record_reminders,
)
from jitdesk.services.timeline import order_timeline
from jitdesk.services.today import mark_notified, today_overview
from tests.services.smtp_fixtures import certs, server, trusted  # noqa: F401 (fixtures)
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "reminders.jitdesk")
    w.plan_and_send()
    w.send()
    w.clock.advance(days=7)  # Wed 2 Dec: everything arrives
    w.receive_all()
    mark_notified(w.shop, [w.orders["ann"], w.orders["bob2"]])
    yield w
    w.shop.close()


def _due(world) -> list[str]:
    return [item.number for item in due_reminders(world.shop)]


def test_orders_near_or_past_pickup_by_are_offered_a_reminder(world):
    ann = world.orders["ann"]
    assert current_pickup_by(world.shop, ann) == date(2026, 12, 16)
    world.clock.advance(days=11)  # Sun 13 Dec: three days left, not yet
    assert _due(world) == []
    world.clock.advance(days=1)  # Mon 14 Dec: two days left
    assert _due(world) == [world.numbers["ann"], world.numbers["bob2"]]
    item = due_reminders(world.shop)[0]
    assert item.days_left(world.shop.today()) == 2 and item.reminded_on is None
    # bob1's customer was never told: no pickup-by has run for him, nothing to remind of
    assert world.numbers["bob1"] not in _due(world)


def test_a_reminder_restarts_the_hold_and_shows_in_the_timeline(world):
    ann = world.orders["ann"]
    world.clock.advance(days=17)  # Sat 19 Dec: three days past her date
    assert world.numbers["ann"] in [r.number for r in today_overview(world.shop).uncollected]
    changes = record_reminders(world.shop, [ann])
    assert changes.customer_orders == {ann}
    # The hold counts from today: 19 Dec + 14 = Sat 2 Jan
    assert current_pickup_by(world.shop, ann) == date(2027, 1, 2)
    assert world.numbers["ann"] not in [r.number for r in today_overview(world.shop).uncollected]
    assert world.numbers["ann"] not in _due(world)
    header = orders.order_detail(world.shop, ann).header
    assert header.reminded_at == world.shop.now_iso()
    texts = [entry.text for entry in order_timeline(world.shop, ann)]
    assert any("Reminder printed" in t and "2 Jan 2027" in t for t in texts), texts


def test_extension_by_days_or_to_a_date(world):
    ann = world.orders["ann"]
    world.clock.advance(days=12)  # Mon 14 Dec
    extend_pickup_by(world.shop, ann, days=3)  # 16 + 3 = Sat 19 Dec
    assert current_pickup_by(world.shop, ann) == date(2026, 12, 19)
    extend_pickup_by(world.shop, ann, until=date(2026, 12, 27))  # a Sunday: the shop is closed
    assert current_pickup_by(world.shop, ann) == date(2026, 12, 28)
    assert world.numbers["ann"] not in _due(world)
    texts = [entry.text for entry in order_timeline(world.shop, ann)]
    assert any("from 19 Dec 2026 to 28 Dec 2026" in t for t in texts), texts
    # A reminder later does not take back what the owner granted
    record_reminders(world.shop, [ann])
    assert current_pickup_by(world.shop, ann) == date(2026, 12, 28)


def test_extension_must_move_the_date_forward(world):
    ann = world.orders["ann"]
    before = world.shop.db.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(ValidationError, match="after 16 Dec 2026"):
        extend_pickup_by(world.shop, ann, until=date(2026, 12, 10))
    with pytest.raises(ValidationError, match="1 to 365 days"):
        extend_pickup_by(world.shop, ann, days=0)
    assert current_pickup_by(world.shop, ann) == date(2026, 12, 16)
    assert world.shop.db.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_completed_or_cancelled_orders_are_refused_in_one_sentence(world):
    bob2 = world.orders["bob2"]
    handover.hand_over(world.shop, bob2, payment=1200)
    with pytest.raises(DomainError) as refused:
        record_reminders(world.shop, [world.orders["ann"], bob2])
    message = str(refused.value)
    assert message == (
        f"Order {world.numbers['bob2']} is completed; a reminder is only sent for an order "
        "waiting for pickup."
    )
    # nothing half-saved: Ann was not reminded either
    assert orders.order_detail(world.shop, world.orders["ann"]).header.reminded_at is None
    with pytest.raises(DomainError, match="is completed; only an order waiting for pickup"):
        extend_pickup_by(world.shop, bob2, days=5)


def test_pickup_notice_states_the_extended_date(world):
    from jitdesk.services.documents import PICKUP_NOTICE, customer_order_doc

    ann = world.orders["ann"]
    extend_pickup_by(world.shop, ann, days=10)
    doc = customer_order_doc(world.shop, world.numbers["ann"], PICKUP_NOTICE)
    assert doc.pickup_by == date(2026, 12, 26) == current_pickup_by(world.shop, ann)


def test_batch_reminders_by_email_record_each_sent_one(tmp_path, server, trusted):  # noqa: F811
    """Two ready customers with e-mail and one without: the two get the reminder template,
    their orders count as reminded; the third is listed with its reason."""
    from jitdesk.services import email as mail
    from tests.services import test_email as email_case

    inbox, port = server
    shop = email_case.new_shop(tmp_path / "mail.jitdesk")
    try:
        world = email_case.build_world(shop)
        shop.db["customers"].update(world.customers[0], {"email": "ana@example.org"})
        shop.db["customers"].update(world.customers[1], {"email": "bjorn@example.org"})
        ready = []
        for customer in (0, 1, 2):
            order = email_case.place_order(world, customer, [("CH-1", 1)])
            so = email_case.supplier_order(world, [("CH-1", 1, {order.line_ids[0]: 1})])
            email_case.record_receipt(shop, so.supplier_order_id, {so.line_ids[0]: 1})
            ready.append(order.number)
        email_case.configure(shop, port)
        before = len(inbox.messages)
        batch = mail.email_ready_pickup_notices(
            shop,
            email_case.fake_pdf,
            password=email_case.PASSWORD,
            context=trusted,
            numbers=ready,
            kind=mail.REMINDER,
        )
        assert batch.sent == ready[:2] and [n for n, _why in batch.failed] == [ready[2]]
        assert batch.summary().startswith("2 reminders e-mailed, 1 not sent:")
        message = inbox.messages[before][1]
        assert message["Subject"] == f"Reminder: your order {ready[0]} is waiting for you"
        reminded = dict(
            shop.db.execute("SELECT number, reminded_at FROM customer_orders WHERE status='ready'")
        )
        assert reminded[ready[0]] and reminded[ready[1]] and reminded[ready[2]] is None
    finally:
        shop.close()
