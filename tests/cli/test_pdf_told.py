"""`jitdesk pdf pickup-notice --told`: a notice handed over from a script starts the hold too."""

from __future__ import annotations

from datetime import UTC, datetime

from jitdesk.cli import main
from jitdesk.services.shop import Shop
from jitdesk.services.today import unnotified_ready_orders

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def untold(path) -> list[str]:
    shop = Shop.open(path, clock=clock)
    try:
        return [number for _id, number in unnotified_ready_orders(shop)]
    finally:
        shop.close()


def test_a_notice_printed_with_told_marks_its_customer_told_and_without_it_does_not(tmp_path):
    shop = tmp_path / "demo.jitdesk"
    assert main(["demo", str(shop)], clock=clock) == 0
    first, second = untold(shop)[:2]

    out = tmp_path / "plain.pdf"
    assert (
        main(["pdf", "pickup-notice", first, "-o", str(out), "--shop", str(shop)], clock=clock) == 0
    )
    assert out.exists() and first in untold(shop)

    args = ["pdf", "pickup-notice", second, "--told", "-o", str(tmp_path / "t.pdf")]
    assert main([*args, "--shop", str(shop)], clock=clock) == 0
    assert second not in untold(shop) and first in untold(shop)


def test_told_is_refused_for_documents_that_are_not_pickup_notices(tmp_path, capsys):
    args = ["pdf", "confirmation", "C-2026-0001", "--told", "--shop", str(tmp_path / "x.jitdesk")]
    assert main(args, clock=clock) == 2
    assert "only for pickup notices" in capsys.readouterr().err


def test_pdf_reminders_prints_every_due_one_and_told_records_them(tmp_path, capsys):
    from jitdesk.services.reminders import due_reminders
    from jitdesk.services.today import mark_notified
    from tests.services.today_world import build

    world = build(tmp_path / "r.jitdesk")
    world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    mark_notified(world.shop, [world.orders["ann"]])
    path = world.shop.path
    world.shop.close()
    shop = str(path)

    assert (
        main(
            ["pdf", "reminders", "-o", str(tmp_path / "none.pdf"), "--shop", shop],
            clock=world.clock,
        )
        == 1
    )
    assert "no reminders to print" in capsys.readouterr().err
    world.clock.advance(days=20)
    out = tmp_path / "reminders.pdf"
    assert (
        main(["pdf", "reminders", "--told", "-o", str(out), "--shop", shop], clock=world.clock) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    reopened = Shop.open(path, clock=world.clock)
    try:
        assert due_reminders(reopened) == []  # reminded today: kept for another 14 days
    finally:
        reopened.close()
