"""Handover receipt: what the customer took home and what has been paid."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from jitdesk.documents import format as fmt
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
from jitdesk.documents.orders_common import items_table, money_totals, payments_table

TITLE = "Handover receipt"


def handover_receipt_document(receipt: HandoverDoc) -> Document:
    return Document(
        DocMeta(TITLE, receipt.number, receipt.handed_on), handover_receipt_story(receipt)
    )


def handover_receipt_pdf(receipt: HandoverDoc, target: PdfTarget = None) -> bytes:
    return render(receipt.shop, [handover_receipt_document(receipt)], target)


def handover_receipt_story(receipt: HandoverDoc) -> list[Flowable]:
    currency = receipt.shop.currency
    half = (CONTENT_WIDTH - 8 * mm) / 2
    customer = [markup("CUSTOMER", "label"), p(receipt.customer_name, "party")]
    details = info_table(
        [("Order number", receipt.number), ("Handed over", fmt.day(receipt.handed_on))], half
    )
    balance_label = "Balance due" if receipt.balance > 0 else "Balance"
    story: list[Flowable] = [
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        markup("Handed over", "section"),
        Spacer(1, 1.5 * mm),
        items_table(receipt.items, currency),
        Spacer(1, 5 * mm),
        markup("Payments", "section"),
        Spacer(1, 1.5 * mm),
        payments_table(receipt.payments, currency),
        Spacer(1, 2 * mm),
        KeepTogether(
            money_totals(
                [
                    ("Order total", receipt.order_total),
                    ("Paid", receipt.paid),
                    (balance_label, receipt.balance),
                ],
                currency,
            )
        ),
        Spacer(1, 14 * mm),
        KeepTogether(_signature()),
    ]
    return story


def _signature() -> list[Flowable]:
    from reportlab.platypus import Table

    line = Table(
        [["", "", ""], ["Received in good order (customer)", "", "For the shop"]],
        colWidths=[70 * mm, CONTENT_WIDTH - 140 * mm, 70 * mm],
        rowHeights=[10 * mm, None],
        style=[
            ("LINEBELOW", (0, 0), (0, 0), 0.5, "#1f2328"),
            ("LINEBELOW", (2, 0), (2, 0), 0.5, "#1f2328"),
            ("FONT", (0, 1), (-1, 1), "DejaVuSans", 7.5, 9),
            ("TEXTCOLOR", (0, 1), (-1, 1), "#5b636e"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [line]
