"""Telling customers: the way each prefers, calls with their outcome, notices given again."""

from __future__ import annotations

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.models import CustomerInput
from jitdesk.domain.telling import CallOutcome, TellChannel, channel_for, check_channel
from jitdesk.services import catalog_views, changes, customers, importing, orders, telling
from jitdesk.services.timeline import order_timeline
from jitdesk.services.today import today_overview
from tests.services.today_world import build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "telling.jitdesk")
    yield w
    w.shop.close()


@pytest.fixture
def ready(world):
    """Ann's and Bob's orders delivered: all three ready, nobody told yet."""
    world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    world.clock.advance(hours=1)
    return world


def _unnotified(world) -> dict[str, object]:
    return {item.number: item for item in today_overview(world.shop).unnotified}


def test_a_call_with_no_answer_leaves_the_customer_untold(ready):
    ann = ready.orders["ann"]
    telling.log_call(ready.shop, ann, CallOutcome.NO_ANSWER)
    target = telling.tell_target(ready.shop, ann)
    assert not target.told
    assert target.last_call is CallOutcome.NO_ANSWER
    item = _unnotified(ready)[ready.numbers["ann"]]
    assert item.last_call == "no_answer"
    texts = [e.text for e in order_timeline(ready.shop, ann)]
    assert "Called 111: no answer" in texts
    assert not any("notified" in t for t in texts)


def test_left_message_and_wrong_number_do_not_tell_either(ready):
    ann = ready.orders["ann"]
    telling.log_call(ready.shop, ann, CallOutcome.LEFT_MESSAGE, "on the machine")
    telling.log_call(ready.shop, ann, CallOutcome.WRONG_NUMBER)
    assert not telling.tell_target(ready.shop, ann).told
    texts = [e.text for e in order_timeline(ready.shop, ann)]
    assert "Called 111: left a message (on the machine)" in texts


def test_a_call_that_reached_the_customer_tells_them_and_starts_the_hold(ready):
    ann = ready.orders["ann"]
    telling.log_call(ready.shop, ann, CallOutcome.NO_ANSWER)
    ready.clock.advance(hours=2)
    telling.log_call(ready.shop, ann, CallOutcome.REACHED, "comes on Friday")
    assert telling.tell_target(ready.shop, ann).told
    header = orders.order_detail(ready.shop, ann).header
    assert header.notified_at == ready.clock.now.isoformat(timespec="seconds")
    assert ready.numbers["ann"] not in _unnotified(ready)
    texts = [e.text for e in order_timeline(ready.shop, ann)]
    called = texts.index("Called 111: spoke to the customer (comes on Friday)")
    told = next(i for i, t in enumerate(texts) if "notified for pickup" in t)
    assert texts.index("Called 111: no answer") < called < told


def test_a_call_is_refused_for_a_cancelled_order_and_a_long_note_is_refused(ready):
    bob = ready.orders["bob1"]
    with pytest.raises(ValidationError, match="at most 500 characters"):
        telling.log_call(ready.shop, bob, CallOutcome.REACHED, "x" * 501)
    changes.apply_cancel_order(ready.shop, bob)
    with pytest.raises(DomainError, match="calls are logged for open or ready orders"):
        telling.log_call(ready.shop, bob, CallOutcome.REACHED)
    assert ready.shop.db.execute("SELECT COUNT(*) FROM order_calls").fetchone()[0] == 0


def test_a_call_about_an_open_order_is_logged_but_tells_nothing(world):
    ann = world.orders["ann"]
    telling.log_call(world.shop, ann, CallOutcome.REACHED, "supplier is late")
    assert not telling.tell_target(world.shop, ann).told
    assert any("spoke to the customer" in e.text for e in order_timeline(world.shop, ann))


def test_printing_again_is_on_the_timeline_and_keeps_the_first_telling(ready):
    ann = ready.orders["ann"]
    telling.notice_given(ready.shop, ann)
    first = orders.order_detail(ready.shop, ann).header.notified_at
    ready.clock.advance(days=1)
    telling.notice_given(ready.shop, ann)
    telling.notice_given(ready.shop, ann, telling.EMAILED)
    assert orders.order_detail(ready.shop, ann).header.notified_at == first
    texts = [e.text for e in order_timeline(ready.shop, ann)]
    assert texts.count("Pickup notice printed again") == 1
    assert texts.count("Pickup notice e-mailed again") == 1


def test_each_customer_is_told_their_way_and_the_rest_the_shops(ready):
    shop = ready.shop
    ann = catalog_views.get_customer(shop, ready.customers["Ann"])
    ann.tell_channel = "phone"
    customers.update_customer(shop, ready.customers["Ann"], ann)
    items = _unnotified(ready)
    assert items[ready.numbers["ann"]].channel is TellChannel.PHONE
    assert items[ready.numbers["bob1"]].channel is TellChannel.PRINT
    telling.save_default_channel(shop, "email")
    items = _unnotified(ready)
    assert items[ready.numbers["ann"]].channel is TellChannel.PHONE
    assert items[ready.numbers["bob1"]].channel is TellChannel.EMAIL
    assert telling.default_channel(shop) is TellChannel.EMAIL


def test_channel_words_and_refusals():
    assert check_channel(" E-Mail ") == "email"
    assert check_channel("") == ""
    assert channel_for("", "phone") is TellChannel.PHONE
    assert channel_for("fax", "phone") is TellChannel.PRINT  # written by a newer jitdesk
    with pytest.raises(ValidationError, match="write email, phone or print"):
        check_channel("pigeon")
    with pytest.raises(ValidationError):
        CustomerInput("Ann", tell_channel="fax").validate()


def test_customer_import_sets_the_channel_from_its_column(world, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(
        "name,email,notify_by\nCleo Cherry,cleo@x.test,phone\nAnn Apple,ann@x.test,e-mail\n",
        encoding="utf-8",
    )
    importing.import_file(world.shop, "customers", path)
    found = {c.name: c.tell_channel for c in customers.find_customers(world.shop, "")}
    assert found["Cleo Cherry"] == "phone"
    assert found["Ann Apple"] == "email"
    assert found["Bob Berry"] == ""


def test_customer_import_refuses_an_unknown_channel_and_writes_nothing(world, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("name,notify_by\nCleo Cherry,phone\nDan Date,pigeon\n", encoding="utf-8")
    with pytest.raises(importing.ImportRejected) as refused:
        importing.import_file(world.shop, "customers", path)
    assert "line 3" in str(refused.value.errors[0])
    assert "write email, phone or print" in str(refused.value.errors[0])
    assert not customers.find_customers(world.shop, "Cleo")
