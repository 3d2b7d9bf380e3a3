"""Repeat orders through the services: exactly the due orders over a moved clock, promised
dates from the promise rule, pause/resume/stop, refusals that save nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.repeats import RepeatState
from jitdesk.services import orders, repeats
from jitdesk.services.promises import quote_promised_dates
from jitdesk.services.repeats import RepeatInput

from .jit_fixtures import build_world, new_shop, place_order

START = date(2026, 11, 25)  # the fixtures' today, a Wednesday


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


def _move(world, day: date) -> None:
    world.shop._clock = fixed_clock(day)


def _orders_of(world, customer: int) -> list[tuple[str, str, str | None]]:
    rows = world.db.execute(
        "SELECT channel, order_date, promised_date FROM customer_orders "
        "WHERE customer_id = ? ORDER BY id",
        [world.customers[customer]],
    ).fetchall()
    return [tuple(r) for r in rows]


def test_a_repeat_creates_exactly_the_due_orders_over_a_moved_clock(world):
    first = place_order(world, 0, [("CH-1", 1), ("BE-1", 2)])
    promised = date.fromisoformat(
        orders.order_detail(world.shop, first.order_id).header.promised_date
    )
    repeats.make_repeat(world.shop, first.order_id, RepeatInput(2, "week", lead_days=7))
    view = repeats.repeat_of_order(world.shop, first.order_id)
    assert view is not None and view.next_due == promised + timedelta(weeks=2)

    made = []
    day = START
    while day <= START + timedelta(weeks=10):
        made += repeats.run_repeats(world.shop).created
        repeats.run_repeats(world.shop)  # again the same day: nothing more
        day += timedelta(days=3)
        _move(world, day)
    made += repeats.run_repeats(world.shop).created
    last_day = day
    due = [promised + timedelta(weeks=2 * k) for k in range(1, 7)]
    expected = [d for d in due if d - timedelta(days=7) <= last_day]
    assert [o.due for o in made] == expected
    assert len(_orders_of(world, 0)) == 1 + len(expected)
    for created in made:
        detail = orders.order_detail(world.shop, created.order_id)
        order_day = date.fromisoformat(detail.header.order_date)
        # created on the first run on or after due − lead, with the counter's promise rule
        assert created.due - timedelta(days=7) <= order_day < created.due - timedelta(days=4)
        assert created.promised_date == max(
            d
            for d in quote_promised_dates(
                world.shop, [line.product_id for line in detail.lines], order_day
            ).values()
        )
        assert [(line.sku, line.quantity) for line in detail.lines] == [("CH-1", 1), ("BE-1", 2)]
        assert repeats.repeat_of_order(world.shop, created.order_id).id == view.id


def test_month_end_repeat_by_count_makes_the_orders_due_and_no_more(world):
    first = place_order(world, 1, [("BE-1", 1)], day=date(2026, 1, 20))
    world.db.execute(
        "UPDATE customer_orders SET promised_date = '2026-01-31' WHERE id = ?", [first.order_id]
    )
    _move(world, date(2026, 1, 21))
    repeats.make_repeat(world.shop, first.order_id, RepeatInput(1, "month", count=4, lead_days=3))
    seen = []
    for day in (date(2026, 2, 20), date(2026, 2, 25), date(2026, 5, 1), date(2027, 3, 1)):
        _move(world, day)
        seen += [o.due for o in repeats.run_repeats(world.shop).created]
    assert seen == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    view = repeats.repeat_of_order(world.shop, first.order_id)
    assert view.ended and view.orders_made == 4


def test_pause_skips_what_falls_due_and_resume_goes_on(world):
    first = place_order(world, 0, [("BE-1", 1)])
    repeats.make_repeat(world.shop, first.order_id, RepeatInput(1, "week", lead_days=0))
    rid = repeats.repeat_of_order(world.shop, first.order_id).id
    repeats.pause_repeat(world.shop, rid)
    _move(world, START + timedelta(weeks=5))
    assert repeats.run_repeats(world.shop).created == []
    with pytest.raises(DomainError, match="already paused"):
        repeats.pause_repeat(world.shop, rid)
    repeats.resume_repeat(world.shop, rid)
    view = repeats.repeat_of_order(world.shop, first.order_id)
    # due on Tuesdays from 1 December; those of the five paused weeks are skipped
    assert view.state is RepeatState.ACTIVE and view.next_due == date(2027, 1, 5)
    _move(world, START + timedelta(weeks=7))
    made = repeats.run_repeats(world.shop).created
    assert [o.due for o in made] == [date(2027, 1, 5), date(2027, 1, 12)]
    repeats.stop_repeat(world.shop, rid)
    _move(world, START + timedelta(weeks=20))
    assert repeats.run_repeats(world.shop).created == []
    with pytest.raises(DomainError, match="was stopped"):
        repeats.resume_repeat(world.shop, rid)
    listed = repeats.customer_repeats(world.shop, world.customers[0])
    assert [v.state for v in listed] == [RepeatState.STOPPED]
    history = repeats.order_repeats(world.shop, world.customers[0])
    assert set(history) == {first.order_id} | {o.order_id for o in made}
    assert listed[0].orders_made == 3


def _counts(world) -> tuple[int, int]:
    return (
        world.db.execute("SELECT count(*) FROM repeats").fetchone()[0],
        world.db.execute("SELECT count(*) FROM customer_orders").fetchone()[0],
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RepeatInput(0, "week"), "1 or more"),
        (RepeatInput(1, "week", until=date(2026, 1, 1)), "ends before it starts"),
    ],
)
def test_bad_repeats_save_nothing(world, data, message):
    first = place_order(world, 0, [("BE-1", 1)])
    before = _counts(world)
    with pytest.raises(ValidationError, match=message):
        repeats.make_repeat(world.shop, first.order_id, data)
    assert _counts(world) == before


def test_no_end_repeat_of_an_old_order_is_refused_not_flooded(world):
    old = place_order(world, 0, [("BE-1", 1)], day=date(2025, 6, 2))
    before = _counts(world)
    with pytest.raises(ValidationError, match="more than a year of orders at once"):
        repeats.make_repeat(world.shop, old.order_id, RepeatInput(1, "week"))
    assert _counts(world) == before


def test_an_order_belongs_to_one_repeat_only(world):
    first = place_order(world, 0, [("BE-1", 1)])
    repeats.make_repeat(world.shop, first.order_id, RepeatInput(1, "week"))
    with pytest.raises(DomainError, match="already belongs to the repeat"):
        repeats.make_repeat(world.shop, first.order_id, RepeatInput(2, "week"))


def test_a_repeat_whose_product_lost_its_offer_is_reported_and_others_go_on(world):
    a = place_order(world, 0, [("BE-1", 1)])
    b = place_order(world, 1, [("CH-1", 1)])
    for placed in (a, b):
        repeats.make_repeat(world.shop, placed.order_id, RepeatInput(1, "week", lead_days=7))
    world.db.execute("UPDATE offers SET active = 0 WHERE id = ?", [world.offers["BE-1"]])
    _move(world, date(2026, 12, 1))  # a week before the first repeat is due
    run = repeats.run_repeats(world.shop)
    assert [o.source_number for o in run.created] == [b.number]
    assert len(run.problems) == 1 and a.number in run.problems[0]
    assert repeats.run_repeats(world.shop).created == []  # b not twice; a still waits


def test_the_repeat_history_reads_in_german(world):
    """Setting up, pausing and each order a repeat makes appear in the order's history in
    the user's language; the English summary stays the stored record."""
    from jitdesk.domain import i18n
    from jitdesk.services.timeline import order_timeline

    first = place_order(world, 0, [("BE-1", 1)])
    repeats.make_repeat(world.shop, first.order_id, RepeatInput(2, "week", lead_days=7))
    rid = repeats.repeat_of_order(world.shop, first.order_id).id
    _move(world, START + timedelta(weeks=2))
    (made, *_rest) = repeats.run_repeats(world.shop).created
    repeats.pause_repeat(world.shop, rid)
    i18n.set_language("de")
    try:
        source = [e.text for e in order_timeline(world.shop, first.order_id)]
        child = [e.text for e in order_timeline(world.shop, made.order_id)]
    finally:
        i18n.set_language("en")
    assert "Wiederholt sich alle 2 Wochen" in source
    assert "Wiederholung pausiert" in source
    due = made.due.strftime("%-d %b %Y")  # the shop's locale is the fixtures' English one
    assert f"Aus der Wiederholung von {first.number} angelegt (fällig am {due})" in child
