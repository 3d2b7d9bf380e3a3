"""Several processes creating the due repeat orders of one shop file at the same moment (the
app's tick on two desks, a scheduled `jitdesk repeats`): each due order is made once."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest

from jitdesk.services import repeats
from jitdesk.services.repeats import RepeatInput
from jitdesk.services.shop import Shop
from tests.concurrency import repeat_runner
from tests.services.jit_fixtures import build_world, new_shop, place_order

pytestmark = pytest.mark.spawns

RUNNERS = 4


def test_processes_running_repeats_together_make_each_order_once(tmp_path):
    path = tmp_path / "shop.jitdesk"
    shop = new_shop(path)
    world = build_world(shop)
    sources = [place_order(world, c, [("BE-1", 1), ("CH-1", 2)]) for c in range(3)]
    for placed in sources:
        repeats.make_repeat(shop, placed.order_id, RepeatInput(1, "week", lead_days=7))
    shop.close()

    day = date(2027, 1, 4)  # five weekly orders of each repeat are due to be created by then
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(RUNNERS), ctx.Queue()
    runners = [
        ctx.Process(target=repeat_runner.run, args=(path, day, start, results))
        for _ in range(RUNNERS)
    ]
    for p in runners:
        p.start()
    made = [results.get(timeout=120) for _ in runners]
    for p in runners:
        p.join(timeout=60)
        assert p.exitcode == 0

    numbers = [n for batch in made for n in batch]
    assert len(numbers) == len(set(numbers)) == 3 * 5
    assert sum(1 for batch in made if batch) == 1  # one runner made them; the others found none
    shop = Shop.open(path)
    try:
        per_due = shop.db.execute(
            "SELECT repeat_id, due_date, count(*) FROM repeat_orders GROUP BY 1, 2"
        ).fetchall()
        assert {row[2] for row in per_due} == {1} and len(per_due) == 3 * 6
        assert shop.db.execute("SELECT count(*) FROM customer_orders").fetchone()[0] == 3 + 15
    finally:
        shop.close()
