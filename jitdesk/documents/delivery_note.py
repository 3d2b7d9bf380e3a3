"""Delivery note: what goes to the customer's door, what is left to pay there, and a line for
whoever receives the goods to sign."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from jitdesk.documents.fonts import REGULAR
from jitdesk.documents.format import DocLanguage, doc_language
from jitdesk.documents.layout import (
    CONTENT_WIDTH,
    DocMeta,
    Document,
    PdfTarget,
    info_table,
    markup,
    p,
    render,
    side_by_side,
)
from jitdesk.documents.orders_common import items_table, order_totals, tax_block
from jitdesk.documents.text import para_text
from jitdesk.domain.i18n import N_
from jitdesk.domain.progress import Progress, no_progress
from jitdesk.services.delivery_notes import DeliveryNoteDoc
from jitdesk.services.documents import ShopInfo

TITLE = N_("Delivery note")


def delivery_note_document(note: DeliveryNoteDoc) -> Document:
    order = note.order
    lang = doc_language(order.language or order.shop.language)
    return Document(
        DocMeta(lang._(TITLE), order.number, note.delivery_date, lang),
        delivery_note_story(note, lang),
    )


def delivery_note_pdf(note: DeliveryNoteDoc, target: PdfTarget = None) -> bytes:
    return render(note.order.shop, [delivery_note_document(note)], target)


def delivery_run_pdf(
    shop: ShopInfo,
    notes: Sequence[DeliveryNoteDoc],
    target: PdfTarget = None,
    progress: Progress = no_progress,
) -> bytes:
    """Every delivery note of a run in one PDF, each starting on a new page."""
    return render(shop, [delivery_note_document(n) for n in notes], target, progress)


def delivery_note_story(note: DeliveryNoteDoc, lang: DocLanguage) -> list[Flowable]:
    order = note.order
    currency = order.shop.currency
    half = (CONTENT_WIDTH - 8 * mm) / 2
    deliver_to = [
        markup(para_text(lang._("DELIVER TO")), "label"),
        p(order.customer_name, "party"),
        p(note.address),
    ]
    if order.customer_phone.strip():
        deliver_to.append(p(order.customer_phone))
    details = info_table(
        [
            (lang._("Order number"), order.number),
            (lang._("Order date"), lang.day(order.order_date)),
            (lang._("Delivery date"), lang.day(note.delivery_date)),
        ],
        half,
    )
    balance = order.balance
    due = lang._("Balance due on delivery") if balance > 0 else lang._("Balance")
    tax = order.tax
    story: list[Flowable] = [
        side_by_side(deliver_to, [details]),
        Spacer(1, 6 * mm),
        markup(para_text(lang._("Delivered items")), "section"),
        Spacer(1, 1.5 * mm),
        items_table(order.items, currency, lang),
        Spacer(1, 2 * mm),
        KeepTogether(
            order_totals(tax, [(lang._("Paid"), order.paid), (due, balance)], currency, lang)
        ),
        Spacer(1, 4 * mm),
        KeepTogether(tax_block(tax, order.shop, lang, CONTENT_WIDTH / 2 + 20 * mm)),
    ]
    story += [Spacer(1, 16 * mm), KeepTogether(_received_by(lang))]
    return story


def _received_by(lang: DocLanguage) -> list[Flowable]:
    """Name, signature and date of whoever takes the goods at the door."""
    gap = 6 * mm
    width = (CONTENT_WIDTH - 2 * gap) / 3
    line = Table(
        [
            ["", "", "", "", ""],
            [
                lang._("Received by (name in capitals)"),
                "",
                lang._("Signature"),
                "",
                lang._("Date"),
            ],
        ],
        colWidths=[width, gap, width, gap, width],
        rowHeights=[12 * mm, None],
        style=[
            ("LINEBELOW", (0, 0), (0, 0), 0.5, "#1f2328"),
            ("LINEBELOW", (2, 0), (2, 0), 0.5, "#1f2328"),
            ("LINEBELOW", (4, 0), (4, 0), 0.5, "#1f2328"),
            ("FONT", (0, 1), (-1, 1), REGULAR, 7.5, 9),
            ("TEXTCOLOR", (0, 1), (-1, 1), "#5b636e"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [
        p(lang._("Goods received in good order."), "small"),
        Spacer(1, 2 * mm),
        line,
    ]
