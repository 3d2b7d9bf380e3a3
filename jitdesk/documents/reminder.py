"""Reminder to collect a ready order: the pickup notice's page (code, items, balance, where
and when), saying the order is still waiting and until when the shop now keeps it."""

from __future__ import annotations

from collections.abc import Sequence

from jitdesk.documents.layout import Document, PdfTarget, render
from jitdesk.documents.models import CustomerOrderDoc, ShopInfo
from jitdesk.documents.pickup_notice import NoticeTexts, pickup_notice_document
from jitdesk.domain.i18n import N_
from jitdesk.domain.progress import Progress, no_progress

REMINDER_TEXTS = NoticeTexts(
    N_("Pickup reminder"),
    N_("Your order is still waiting for you"),
    N_("Your order {number} has been ready for you since {ready}, and we have not seen you yet."),
    N_("We keep it for you until {date}; please collect it by then."),
)


def reminder_document(order: CustomerOrderDoc) -> Document:
    return pickup_notice_document(order, REMINDER_TEXTS)


def reminder_pdf(order: CustomerOrderDoc, target: PdfTarget = None) -> bytes:
    return render(order.shop, [reminder_document(order)], target)


def reminders_pdf(
    shop: ShopInfo,
    orders: Sequence[CustomerOrderDoc],
    target: PdfTarget = None,
    progress: Progress = no_progress,
) -> bytes:
    """The reminders of several orders in one PDF, each on its own page(s)."""
    return render(shop, [reminder_document(o) for o in orders], target, progress)
