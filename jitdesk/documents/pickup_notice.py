"""Pickup notice: "Your order is ready", with the order number as a QR code to scan at the
counter, what is left to pay, and until when the shop keeps it."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from jitdesk.documents import format as fmt
from jitdesk.documents.layout import (
    CONTENT_WIDTH,
    DocMeta,
    Document,
    info_table,
    markup,
    p,
    render,
    side_by_side,
)
from jitdesk.documents.models import CustomerOrderDoc
from jitdesk.documents.orders_common import items_table, money_totals
from jitdesk.documents.text import para_text

TITLE = "Pickup notice"
QR_SIZE = 34 * mm


def order_code(number: str, size: float = QR_SIZE) -> Drawing:
    """The order number as a QR code (what the counter scanner reads)."""
    widget = QrCodeWidget(number, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def pickup_notice_document(order: CustomerOrderDoc) -> Document:
    meta = DocMeta(TITLE, order.number, order.issued_on or order.ready_date or order.order_date)
    return Document(meta, pickup_notice_story(order))


def pickup_notice_pdf(order: CustomerOrderDoc, target=None) -> bytes:
    return render(order.shop, [pickup_notice_document(order)], target)


def pickup_notice_story(order: CustomerOrderDoc) -> list[Flowable]:
    currency = order.shop.currency
    pickup_by = fmt.day(order.pickup_by)
    intro = [
        markup("Your order is ready", "heading"),
        Spacer(1, 2 * mm),
        markup(f"Dear {para_text(order.customer_name)},"),
        Spacer(1, 1.5 * mm),
        markup(
            f"everything you ordered with order <b>{para_text(order.number)}</b> has arrived and is "
            "waiting for you."
            + (f" We keep it for you until <b>{pickup_by}</b>." if pickup_by else "")
        ),
        Spacer(1, 1.5 * mm),
        markup("Please bring this notice or show the code at the counter."),
    ]
    code = Table(
        [[order_code(order.number)], [p(order.number, "center_strong")]],
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
    customer = [markup("FOR", "label"), p(order.customer_name, "party")]
    contact = " \u00b7 ".join(x for x in (order.customer_phone, order.customer_email) if x.strip())
    if contact:
        customer.append(p(contact, "small"))
    details = info_table(
        [
            ("Order number", order.number),
            ("Ordered on", fmt.day(order.order_date)),
            ("Ready since", fmt.day(order.ready_date)),
            ("Pickup by", pickup_by),
        ],
        half,
    )
    story: list[Flowable] = [
        top,
        Spacer(1, 6 * mm),
        side_by_side(customer, [details]),
        Spacer(1, 6 * mm),
        items_table(order.items, currency),
        Spacer(1, 2 * mm),
        KeepTogether(
            money_totals(
                [
                    ("Order total", order.total),
                    ("Paid so far", order.paid),
                    ("Balance due at pickup", order.balance),
                ],
                currency,
            )
        ),
    ]
    shop = order.shop
    where = [markup("WHERE TO COLLECT", "label"), p(shop.name, "strong")]
    if shop.address.strip():
        where.append(p(shop.address))
    contact = " \u00b7 ".join(x for x in (shop.phone, shop.email) if x.strip())
    if contact:
        where.append(p(contact, "small"))
    hours = [markup("OPENING HOURS", "label"), p(shop.opening_hours or "Please ask us.")]
    story += [Spacer(1, 8 * mm), KeepTogether(side_by_side(where, hours))]
    if order.standard_note.strip():
        story += [Spacer(1, 5 * mm), p(order.standard_note)]
    return story
