"""The first rows a screen shows of a long report are the first rows of the whole report,
and its count is the whole report's: pinned on small random demo shops."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jitdesk.demo import write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.services import reports
from jitdesk.services.shop import Shop

CLOCK = fixed_clock(date(2026, 11, 25))


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000), limit=st.integers(1, 40))
def test_first_orders_at_risk_are_the_first_of_all_orders_at_risk(tmp_path_factory, seed, limit):
    path = tmp_path_factory.mktemp("risk") / "demo.jitdesk"
    write_demo_shop(path, orders=400, seed=seed, clock=CLOCK)
    shop = Shop.open(path, clock=CLOCK)
    try:
        whole = reports.orders_at_risk(shop)
        assert whole  # the demo has orders at risk, so this compares
        assert reports.first_orders_at_risk(shop, limit) == (whole[:limit], len(whole))
    finally:
        shop.close()
