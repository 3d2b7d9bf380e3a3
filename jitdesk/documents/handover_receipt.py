"""Handover receipt: what the customer took home and what has been paid."""

from __future__ import annotations

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
from jitdesk.documents.models import HandoverDoc
from jitdesk.documents.orders_common import items_table, money_totals, payments_table, tax_block
from jitdesk.documents.text import para_text
from jitdesk.domain.i18n import N_

TITLE = N_("Handover receipt")


def handover_receipt_document(receipt: HandoverDoc) -> Document:
    lang = doc_language(receipt.language or receipt.shop.language)
    return Document(
        DocMeta(lang._(TITLE), receipt.number, receipt.handed_on, lang),
        handover_receipt_story(receipt, lang),
    )


def handover_receipt_pdf(receipt: HandoverDoc, target: PdfTarget = None) -> bytes:
    return render(receipt.shop, [handover_receipt_document(receipt)], target)


def handover_receipt_story(receipt: HandoverDoc, lang: DocLanguage) -> list[Flowable]:
    """What was handed over with its tax per rate, the payments, the balance, the shop's VAT
    number and the date: with the letterhead, what an EU simplified invoice asks for."""
    currency = receipt.shop.currency
    half = (CONTENT_WIDTH - 8 * mm) / 2
    customer = [markup(para_text(lang._("CUSTOMER")), "label"), p(receipt.customer_name, "party")]
    details = info_table(
        [
            (lang._("Order number"), receipt.number),
            (lang._("Handed over"), lang.day(receipt.handed_on)),
        ],
        half,
    )
    balance_label = lang._("Balance due") if receipt.balance > 0 else lang._("Balance")
    handed_tax = receipt.tax
    story: list[Flowable] = [
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        markup(para_text(lang._("Handed over")), "section"),
        Spacer(1, 1.5 * mm),
        items_table(receipt.items, currency, lang),
        Spacer(1, 2 * mm),
        KeepTogether(tax_block(handed_tax, receipt.shop, lang, CONTENT_WIDTH / 2 + 20 * mm)),
        Spacer(1, 5 * mm),
        markup(para_text(lang._("Payments")), "section"),
        Spacer(1, 1.5 * mm),
        payments_table(receipt.payments, currency, lang),
        Spacer(1, 2 * mm),
        KeepTogether(
            money_totals(
                [
                    (lang._("Order total"), receipt.order_total),
                    (lang._("Paid"), receipt.paid),
                    (balance_label, receipt.balance),
                ],
                currency,
                lang,
            )
        ),
        Spacer(1, 14 * mm),
        KeepTogether(_signature(lang)),
    ]
    return story


def _signature(lang: DocLanguage) -> list[Flowable]:
    line = Table(
        [
            ["", "", ""],
            [lang._("Received in good order (customer)"), "", lang._("For the shop")],
        ],
        colWidths=[70 * mm, CONTENT_WIDTH - 140 * mm, 70 * mm],
        rowHeights=[10 * mm, None],
        style=[
            ("LINEBELOW", (0, 0), (0, 0), 0.5, "#1f2328"),
            ("LINEBELOW", (2, 0), (2, 0), 0.5, "#1f2328"),
            ("FONT", (0, 1), (-1, 1), REGULAR, 7.5, 9),
            ("TEXTCOLOR", (0, 1), (-1, 1), "#5b636e"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [line]
