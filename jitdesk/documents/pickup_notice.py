"""Pickup notice: "Your order is ready", with the order number as a QR code to scan at the
counter, what is left to pay, and until when the shop keeps it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

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
from jitdesk.documents.models import CustomerOrderDoc
from jitdesk.documents.orders_common import items_table, order_totals, tax_block
from jitdesk.documents.text import para_text
from jitdesk.domain.i18n import N_

TITLE = N_("Pickup notice")
QR_SIZE = 34 * mm


@dataclass(frozen=True, slots=True)
class NoticeTexts:
    """What a notice says above its details (messages, translated into the recipient's
    language when printed): the pickup notice, and the reminder built on the same page."""

    title: str
    heading: str
    lead: str  # {number}, {ready}
    keep: str  # {date}


NOTICE_TEXTS = NoticeTexts(
    TITLE,
    N_("Your order is ready"),
    N_("Everything you ordered with order {number} has arrived and is waiting for you."),
    N_("We keep it for you until {date}."),
)


class OrderCode(Flowable):
    """The order number as a QR code (what the counter scanner reads), drawn as one path of
    module runs (much faster than reportlab's widget, which builds a shape per run)."""

    QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
    MASK = 2

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        # A fixed mask instead of scoring all eight (make()): any mask decodes, and scoring
        # took a quarter of the time of a 100-notice batch.
        code.version = code.calculate_version()
        code.makeImpl(False, self.MASK)
        self.value = value
        self.modules = [[bool(m) for m in row] for row in code.modules]
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.QUIET_ZONE)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET_ZONE + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.QUIET_ZONE) * box, y, length * box, box)
                c += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def pickup_notice_document(order: CustomerOrderDoc, texts: NoticeTexts = NOTICE_TEXTS) -> Document:
    lang = doc_language(order.language or order.shop.language)
    day = order.issued_on or order.ready_date or order.order_date
    return Document(
        DocMeta(lang._(texts.title), order.number, day, lang),
        pickup_notice_story(order, lang, texts),
    )


def pickup_notice_pdf(order: CustomerOrderDoc, target: PdfTarget = None) -> bytes:
    return render(order.shop, [pickup_notice_document(order)], target)


def _with_bold(sentence: str, **values: str) -> str:
    """A translated sentence as markup, each {placeholder} filled with bold (escaped) text."""
    text = para_text(sentence)
    for name, value in values.items():
        text = text.replace("{" + name + "}", f"<b>{para_text(value)}</b>")
    return text


def pickup_notice_story(
    order: CustomerOrderDoc, lang: DocLanguage, texts: NoticeTexts = NOTICE_TEXTS
) -> list[Flowable]:
    currency = order.shop.currency
    pickup_by = lang.day(order.pickup_by)
    arrived = _with_bold(lang._(texts.lead), number=order.number, ready=lang.day(order.ready_date))
    if pickup_by:
        arrived += " " + _with_bold(lang._(texts.keep), date=pickup_by)
    intro = [
        markup(para_text(lang._(texts.heading)), "heading"),
        Spacer(1, 2 * mm),
        markup(para_text(lang._("Dear {name},").format(name=order.customer_name))),
        Spacer(1, 1.5 * mm),
        markup(arrived),
        Spacer(1, 1.5 * mm),
        markup(para_text(lang._("Please bring this notice or show the code at the counter."))),
    ]
    code = Table(
        [[OrderCode(order.number)], [p(order.number, "center_strong")]],
        colWidths=[QR_SIZE + 4 * mm],
        hAlign="RIGHT",
        style=[
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("BOX", (0, 0), (-1, -1), 0.5, "#9aa1a9"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    code_width = QR_SIZE + 10 * mm
    top = Table(
        [[intro, code]],
        colWidths=[CONTENT_WIDTH - code_width, code_width],
        splitInRow=1,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ],
    )
    half = (CONTENT_WIDTH - 8 * mm) / 2
    customer = [markup(para_text(lang._("FOR")), "label"), p(order.customer_name, "party")]
    contact = " \u00b7 ".join(x for x in (order.customer_phone, order.customer_email) if x.strip())
    if contact:
        customer.append(p(contact, "small"))
    details = info_table(
        [
            (lang._("Order number"), order.number),
            (lang._("Ordered on"), lang.day(order.order_date)),
            (lang._("Ready since"), lang.day(order.ready_date)),
            (lang._("Pickup by"), pickup_by),
        ],
        half,
    )
    tax = order.tax
    story: list[Flowable] = [
        top,
        Spacer(1, 6 * mm),
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        items_table(order.items, currency, lang),
        Spacer(1, 2 * mm),
        KeepTogether(
            order_totals(
                tax,
                [
                    (lang._("Paid so far"), order.paid),
                    (lang._("Balance due at pickup"), order.balance),
                ],
                currency,
                lang,
            )
        ),
        Spacer(1, 4 * mm),
        KeepTogether(tax_block(tax, order.shop, lang, CONTENT_WIDTH / 2 + 20 * mm)),
    ]
    shop = order.shop
    where = [markup(para_text(lang._("WHERE TO COLLECT")), "label"), p(shop.name, "strong")]
    if shop.address.strip():
        where.append(p(shop.address))
    contact = " \u00b7 ".join(x for x in (shop.phone, shop.email) if x.strip())
    if contact:
        where.append(p(contact, "small"))
    hours = [
        markup(para_text(lang._("OPENING HOURS")), "label"),
        p(shop.opening_hours or lang._("Please ask us.")),
    ]
    story += [Spacer(1, 8 * mm), KeepTogether(side_by_side(where, hours))]
    if order.standard_note.strip():
        story += [Spacer(1, 5 * mm), p(order.standard_note)]
    return story
