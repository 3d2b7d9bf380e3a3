"""Document numbers: one allocator hands out consecutive numbers, one or many at a time."""

from __future__ import annotations

import pytest

from jitdesk.services.shop import Shop
from jitdesk.store import events
from tests.services.jit_fixtures import new_shop


@pytest.fixture
def shop(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    yield shop
    shop.close()


def test_many_numbers_follow_the_single_ones_without_gaps(shop: Shop):
    with shop.transaction() as db:
        assert events.next_number(db, "C", 2026) == "C-2026-0001"
        assert events.allocate_numbers(db, "C", 2026, 3) == [
            "C-2026-0002",
            "C-2026-0003",
            "C-2026-0004",
        ]
        assert events.next_number(db, "C", 2026) == "C-2026-0005"
        assert events.allocate_numbers(db, "C", 2026, 0) == []
        assert events.next_number(db, "P", 2026) == "P-2026-0001"  # each prefix counts alone
        assert events.allocate_numbers(db, "C", 2027, 2) == ["C-2027-0001", "C-2027-0002"]


def test_numbers_of_a_rolled_back_action_are_given_back(shop: Shop):
    with pytest.raises(RuntimeError), shop.transaction() as db:
        events.allocate_numbers(db, "C", 2026, 5)
        raise RuntimeError("import refused")
    with shop.transaction() as db:
        assert events.next_number(db, "C", 2026) == "C-2026-0001"
