"""Order confirmation, given to the customer when the order is logged."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

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

TITLE = N_("Order confirmation")


def confirmation_document(order: CustomerOrderDoc) -> Document:
    lang = doc_language(order.language or order.shop.language)
    meta = DocMeta(lang._(TITLE), order.number, order.issued_on or order.order_date, lang)
    return Document(meta, confirmation_story(order, lang))


def confirmation_pdf(order: CustomerOrderDoc, target: PdfTarget = None) -> bytes:
    return render(order.shop, [confirmation_document(order)], target)


def confirmation_story(order: CustomerOrderDoc, lang: DocLanguage) -> list[Flowable]:
    currency = order.shop.currency
    half = (CONTENT_WIDTH - 8 * mm) / 2
    customer = [markup(para_text(lang._("CUSTOMER")), "label"), p(order.customer_name, "party")]
    for value in (order.customer_phone, order.customer_email):
        if value.strip():
            customer.append(p(value))
    promised = lang.day(order.promised_date)
    details = info_table(
        [
            (lang._("Order number"), order.number),
            (lang._("Order date"), lang.day(order.order_date)),
            # No date yet: an item waits for the owner to find its supplier.
            (lang._("Ready by"), promised or lang._("to be confirmed")),
        ],
        half,
    )
    number = f"<b>{para_text(order.number)}</b>"
    text = para_text(_state_sentence(order, lang)).replace("{number}", number)
    if order.ready_date is None:
        if promised:
            expect = para_text(lang._("We expect them to be ready for pickup by {date}."))
            text += " " + expect.replace("{date}", f"<b>{para_text(promised)}</b>")
        else:
            text += " " + para_text(
                lang._("We will confirm the date as soon as our supplier has confirmed it.")
            )
        text += " " + para_text(lang._("We will let you know as soon as everything has arrived."))
    tax = order.tax
    story: list[Flowable] = [
        markup(para_text(lang._("Thank you for your order")), "heading"),
        Spacer(1, 2 * mm),
        markup(text),
        Spacer(1, 6 * mm),
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        items_table(order.items, currency, lang),
        Spacer(1, 2 * mm),
        KeepTogether(
            order_totals(
                tax,
                [
                    (lang._("Deposit paid"), order.paid),
                    (lang._("Balance due at pickup"), order.balance),
                ],
                currency,
                lang,
            )
        ),
        Spacer(1, 4 * mm),
        KeepTogether(tax_block(tax, order.shop, lang, CONTENT_WIDTH / 2 + 20 * mm)),
    ]
    if order.standard_note.strip():
        story += [Spacer(1, 6 * mm), p(order.standard_note)]
    return story


def _state_sentence(order: CustomerOrderDoc, lang: DocLanguage) -> str:
    """What the order's state truly is: taken (it may still wait for, or sit on, a supplier
    order that has not gone out yet, so it never claims the items are ordered) or ready."""
    if order.ready_date is not None:
        return lang._("Your order {number} with the items below is ready for pickup.")
    return lang._("We have taken your order {number} for the items below.")
