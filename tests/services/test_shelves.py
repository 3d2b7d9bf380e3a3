"""Shelves for ready orders: put away, suggestions from the pattern, refusals, freed at handover."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.shelves import LabelSize, bag_marks, next_free, pattern_slots
from jitdesk.services import handover, receiving, shelves

from .jit_fixtures import build_world, new_shop, place_order, snapshot, supplier_order


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield build_world(shop)
    shop.close()


def _ready(world, customer: int):
    a = place_order(world, customer, [("BE-1", 1)], day=date(2026, 11, 20))
    so = supplier_order(world, [("BE-1", 1, {a.line_ids[0]: 1})])
    receiving.record_receipt(world.shop, so.supplier_order_id, {so.line_ids[0]: 1})
    return a


def test_pattern_lists_ranges_and_names_in_filling_order():
    assert pattern_slots("A1-A3, Door, B08-10") == ["A1", "A2", "A3", "Door", "B08", "B09", "B10"]
    assert next_free("A1-A3", ["a1", "A3"]) == "A2"
    assert next_free("A1-A2", ["A1", "A2"]) is None
    assert bag_marks(2) == ["1/2", "2/2"]


def test_backwards_range_is_refused_with_what_to_write():
    with pytest.raises(ValidationError, match="from low to high, like A1-A20"):
        pattern_slots("A9-A2")


def test_put_away_suggests_next_free_and_shows_the_shelf(world):
    shelves.save_label_settings(world.shop, LabelSize.A4_3X8, "A1-A5")
    first, second = _ready(world, 0), _ready(world, 1)
    assert shelves.suggest_shelf(world.shop) == "A1"
    place = shelves.put_away(world.shop, first.order_id, "A1", bags=2)
    assert (place.shelf, place.bags, place.number) == ("A1", 2, first.number)
    assert shelves.suggest_shelf(world.shop) == "A2"
    assert shelves.label_settings(world.shop).label_size is LabelSize.A4_3X8
    assert shelves.shelves_of(world.shop, [first.order_id, second.order_id]).keys() == {
        first.order_id
    }


def test_shelf_used_by_another_waiting_order_is_refused_and_nothing_saved(world):
    first, second = _ready(world, 0), _ready(world, 1)
    shelves.put_away(world.shop, first.order_id, "A1")
    before = world.db.execute("SELECT * FROM shelf_places").fetchall()
    with pytest.raises(ValidationError) as caught:
        shelves.put_away(world.shop, second.order_id, " a1 ")
    assert str(caught.value) == (
        f"Shelf \u201cA1\u201d already holds order {first.number}; choose another shelf "
        "or hand that order over first."
    )
    assert world.db.execute("SELECT * FROM shelf_places").fetchall() == before


@pytest.mark.parametrize(
    ("shelf", "bags", "message"),
    [
        ("  ", 1, "Enter the shelf where the order is put"),
        ("X" * 21, 1, "A shelf name has at most 20 characters"),
        ("A1", 0, "The number of bags is a whole number from 1 to 50."),
    ],
)
def test_bad_shelf_or_bags_are_refused(world, shelf, bags, message):
    order = _ready(world, 0)
    before = snapshot(world.db)
    with pytest.raises(ValidationError, match=message):
        shelves.put_away(world.shop, order.order_id, shelf, bags)
    assert snapshot(world.db) == before


def test_an_open_order_is_not_put_on_a_shelf(world):
    order = place_order(world, 0, [("BE-1", 1)])
    with pytest.raises(DomainError, match="Only an order that is ready"):
        shelves.put_away(world.shop, order.order_id, "A1")


def test_handover_frees_the_shelf(world):
    shelves.save_label_settings(world.shop, LabelSize.CONTINUOUS_62MM, "A1-A2")
    first, second = _ready(world, 0), _ready(world, 1)
    shelves.put_away(world.shop, first.order_id, "A1")
    handover.hand_over(world.shop, first.order_id, payment=900)
    assert shelves.shelves_of(world.shop, [first.order_id]) == {}
    assert shelves.suggest_shelf(world.shop) == "A1"
    shelves.put_away(world.shop, second.order_id, "A1")


def test_unreadable_pattern_is_refused_and_setting_kept(world):
    shelves.save_label_settings(world.shop, LabelSize.SHIPPING_4X6, "A1-A3")
    with pytest.raises(ValidationError):
        shelves.save_label_settings(world.shop, LabelSize.A4_3X8, "B5-B1")
    kept = shelves.label_settings(world.shop)
    assert (kept.label_size, kept.shelf_pattern) == (LabelSize.SHIPPING_4X6, "A1-A3")


def test_putting_several_away_shares_no_shelf_and_saves_all_or_nothing(world):
    shelves.save_label_settings(world.shop, LabelSize.A4_3X8, "A1-A5")
    first, second = _ready(world, 0), _ready(world, 1)
    assert shelves.suggest_shelves(world.shop, 2) == ["A1", "A2"]
    with pytest.raises(ValidationError, match="already holds order"):
        shelves.put_away_many(world.shop, [(first.order_id, "A1", 1), (second.order_id, "a1", 2)])
    assert shelves.shelves_of(world.shop, [first.order_id, second.order_id]) == {}
    shelves.put_away_many(world.shop, [(first.order_id, "A1", 1), (second.order_id, "A2", 2)])
    assert shelves.suggest_shelves(world.shop, 1) == ["A3"]
