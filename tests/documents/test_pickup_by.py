"""The pickup-by date a customer reads is the date the shop holds them to: never before the
notice was printed, the same on the notice, in the e-mail and on the Today page, and fixed
while the hold runs; a notice after it is a reminder that starts the hold again."""

from __future__ import annotations

from datetime import date

from jitdesk.documents.generate import generate_pickup_notices, render_document
from jitdesk.domain.clock import fixed_clock
from jitdesk.services import email, today
from jitdesk.services.documents import PICKUP_NOTICE, customer_order_doc

from .conftest import make_doc_shop, pdf_text, squash

PRINTED = date(2026, 12, 16)  # a Wednesday, three weeks after the order was ready


def notice_text(shop, number: str) -> str:
    return squash(pdf_text(render_document(shop, PICKUP_NOTICE, number)[0]))


def test_a_notice_for_an_order_ready_for_weeks_counts_from_its_print_day(tmp_path):
    # Hold 11 days; the shop is closed on Sundays and Mondays.
    w = make_doc_shop(tmp_path, pickup_hold_days=11, closed_weekdays=frozenset({6, 0}))
    created = w.order("Ana Müller", ("PAD-R", 2))
    w.make_ready(created.order_id, "Acme Supplies")  # ready Wed 25 Nov, nobody told
    shop = w.shop
    shop._clock = fixed_clock(PRINTED)

    # 16 Dec + 11 = Sun 27 Dec -> closed Sunday and Monday -> Tue 29 Dec. (Counting from
    # the ready day would have printed Mon 7 Dec -> Tue 8 Dec: before the notice existed.)
    doc = customer_order_doc(shop, created.number, PICKUP_NOTICE)
    assert doc.pickup_by == date(2026, 12, 29) and doc.pickup_by > doc.issued_on == PRINTED
    path = generate_pickup_notices(shop, [created.number]).path
    assert squash("Pickup by29 December 2026") in squash(pdf_text(path))
    [waiting] = today.today_overview(shop).unnotified
    assert (waiting.number, waiting.pickup_by) == (created.number, date(2026, 12, 29))
    assert (
        "collect it by 29 December 2026" in email.prepare(shop, PICKUP_NOTICE, created.number).body
    )

    today.mark_notified(shop, [created.order_id])  # the notice was printed: she is told

    shop._clock = fixed_clock(date(2026, 12, 22))  # printed again while the hold runs
    assert squash("Pickup by29 December 2026") in notice_text(shop, created.number)
    today.mark_notified(shop, [created.order_id])  # telling her again keeps her date
    assert today.today_overview(shop).uncollected == []

    shop._clock = fixed_clock(date(2027, 1, 5))  # a week after the date: she has not come
    ov = today.today_overview(shop)
    [late] = ov.uncollected
    assert (late.number, late.pickup_by, late.days_over(ov.today)) == (
        created.number,
        date(2026, 12, 29),
        7,
    )
    # A notice printed now is a reminder: Tue 5 Jan + 11 = Sat 16 Jan, never a past date.
    assert squash("Pickup by16 January 2027") in notice_text(shop, created.number)
    today.mark_notified(shop, [created.order_id])  # the reminder was printed
    ov = today.today_overview(shop)
    assert ov.uncollected == [] and ov.unnotified == []
    assert customer_order_doc(shop, created.number, PICKUP_NOTICE).pickup_by == date(2027, 1, 16)
    w.shop.close()
