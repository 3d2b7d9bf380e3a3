"""`jitdesk repeats`: creates the due orders of repeat orders once, whenever it is run."""

from __future__ import annotations

from datetime import date

from jitdesk.cli import main
from jitdesk.domain.clock import fixed_clock
from jitdesk.services import repeats
from jitdesk.services.repeats import RepeatInput
from tests.services.jit_fixtures import build_world, new_shop, place_order


def test_repeats_command_creates_due_orders_once(tmp_path, capsys):
    path = tmp_path / "shop.jitdesk"
    shop = new_shop(path)
    world = build_world(shop)
    first = place_order(world, 0, [("BE-1", 2)])
    repeats.make_repeat(shop, first.order_id, RepeatInput(1, "week", lead_days=7))
    shop.close()

    assert main(["repeats", "--shop", str(path)], clock=fixed_clock(date(2026, 11, 26))) == 0
    assert capsys.readouterr().out.strip() == "No repeat order is due."
    day = fixed_clock(date(2026, 12, 8))  # the orders due 8 and 15 December
    assert main(["repeats", "--shop", str(path)], clock=day) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 orders created from repeats:")
    assert "C-2026-0002 (repeat of C-2026-0001, due 2026-12-08, promised 2026-12-" in out
    assert "due 2026-12-15" in out
    assert main(["repeats", "--shop", str(path)], clock=day) == 0
    assert capsys.readouterr().out.strip() == "No repeat order is due."
