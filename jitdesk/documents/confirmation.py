"""Order confirmation, given to the customer when the order is logged."""

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
from jitdesk.documents.models import CustomerOrderDoc
from jitdesk.documents.orders_common import items_table, money_totals
from jitdesk.documents.text import para_text

TITLE = "Order confirmation"


def confirmation_document(order: CustomerOrderDoc) -> Document:
    meta = DocMeta(TITLE, order.number, order.issued_on or order.order_date)
    return Document(meta, confirmation_story(order))


def confirmation_pdf(order: CustomerOrderDoc, target: PdfTarget = None) -> bytes:
    return render(order.shop, [confirmation_document(order)], target)


def confirmation_story(order: CustomerOrderDoc) -> list[Flowable]:
    currency = order.shop.currency
    half = (CONTENT_WIDTH - 8 * mm) / 2
    customer = [markup("CUSTOMER", "label"), p(order.customer_name, "party")]
    for value in (order.customer_phone, order.customer_email):
        if value.strip():
            customer.append(p(value))
    details = info_table(
        [
            ("Order number", order.number),
            ("Order date", fmt.day(order.order_date)),
            ("Ready by", fmt.day(order.promised_date)),
        ],
        half,
    )
    promised = fmt.day(order.promised_date)
    story: list[Flowable] = [
        markup("Thank you for your order", "heading"),
        Spacer(1, 2 * mm),
        markup(
            f"We have ordered the items below for you under order <b>{para_text(order.number)}</b>."
            + (f" We expect them to be ready for pickup by <b>{promised}</b>;" if promised else "")
            + " we will let you know as soon as everything has arrived."
        ),
        Spacer(1, 6 * mm),
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        items_table(order.items, currency),
        Spacer(1, 2 * mm),
        KeepTogether(
            money_totals(
                [
                    ("Order total", order.total),
                    ("Deposit paid", order.paid),
                    ("Balance due at pickup", order.balance),
                ],
                currency,
            )
        ),
    ]
    if order.standard_note.strip():
        story += [Spacer(1, 6 * mm), p(order.standard_note)]
    return story
