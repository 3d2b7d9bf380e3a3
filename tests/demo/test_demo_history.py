"""A demo shop with years of settled history: old work is done, today's open work stays a
normal day's however long the history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jitdesk.demo import write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.errors import ValidationError
from jitdesk.services.check import check_shop
from tests.demo.demo_shops import TODAY, one, open_copy


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "years.jitdesk"
    summary = write_demo_shop(path, orders=3000, years=2, clock=fixed_clock(TODAY))
    return path, summary


def test_a_long_history_passes_check(history, tmp_path):
    shop = open_copy(history[0], tmp_path)
    try:
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_orders_reach_back_the_years_asked_and_old_ones_are_settled(history, tmp_path):
    shop = open_copy(history[0], tmp_path)
    try:
        db = shop.db
        first = one(db, "SELECT MIN(created_at) FROM customer_orders")
        assert first[:10] <= (TODAY - timedelta(days=700)).isoformat()
        old = (TODAY - timedelta(days=90)).isoformat()
        open_old = one(
            db,
            "SELECT COUNT(*) FROM customer_orders WHERE created_at < ? "
            "AND status NOT IN ('completed', 'cancelled')",
            (old,),
        )
        assert open_old == 0
    finally:
        shop.close()
    states = history[1].orders
    assert states["completed"] > 0.85 * sum(states.values())


def test_a_history_of_no_years_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="years"):
        write_demo_shop(tmp_path / "x.jitdesk", orders=10, years=0, clock=fixed_clock(TODAY))
    assert not (tmp_path / "x.jitdesk").exists()
