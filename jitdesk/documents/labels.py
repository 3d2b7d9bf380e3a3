"""Order labels for the bags on the pickup shelf: customer, order number as QR and Code 128,
bag n of m and the shelf, on the label stock the shop chose.

Every label is drawn by one layout scaled to its box, so the 62 mm roll, the 4x6 in shipping
label and a cell of an A4 sheet of 3x8 differ only in page size and where the boxes are.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jitdesk.documents.fonts import register_fonts
from jitdesk.documents.text import clean_text
from jitdesk.domain.i18n import _
from jitdesk.domain.shelves import LabelSize, OrderLabel
from jitdesk.services import shelves
from jitdesk.services.shop import Shop


@dataclass(frozen=True)
class _Stock:
    page: tuple[float, float]
    label: tuple[float, float]
    columns: int
    rows: int
    origin: tuple[float, float]  # lower left corner of the bottom-left label


_STOCKS = {
    LabelSize.CONTINUOUS_62MM: _Stock((62 * mm, 90 * mm), (62 * mm, 90 * mm), 1, 1, (0, 0)),
    LabelSize.SHIPPING_4X6: _Stock((4 * inch, 6 * inch), (4 * inch, 6 * inch), 1, 1, (0, 0)),
    LabelSize.A4_3X8: _Stock(A4, (70 * mm, 37 * mm), 3, 8, (0, (A4[1] - 8 * 37 * mm) / 2)),
}


def labels_pdf(labels: Sequence[OrderLabel], size: LabelSize) -> bytes:
    """The labels in order, as many per page as the stock holds."""
    regular, bold = register_fonts()
    stock = _STOCKS[size]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=stock.page, pageCompression=1)
    canvas.setTitle(_("Order labels"))
    per_page = stock.columns * stock.rows
    for index, label in enumerate(labels):
        if index and index % per_page == 0:
            canvas.showPage()
        x, y = _box(stock, index % per_page)
        _draw(canvas, label, x, y, *stock.label, (regular, bold))
    canvas.save()
    return out.getvalue()


def _box(stock: _Stock, slot: int) -> tuple[float, float]:
    column, row = slot % stock.columns, slot // stock.columns
    width, height = stock.label
    return stock.origin[0] + column * width, stock.origin[1] + (stock.rows - 1 - row) * height


def _draw(
    canvas: Canvas,
    label: OrderLabel,
    x: float,
    y: float,
    w: float,
    h: float,
    fonts: tuple[str, str],
) -> None:
    """Portrait boxes (roll, 4x6) stack text, QR and bar code; a wide box (sheet cell) puts the
    QR beside the text and the bar code under both."""
    margin = min(w, h) * 0.07
    tall = h > w
    qr_size = min(w - 2 * margin, h * 0.42) if tall else min(h * 0.62, w * 0.36)
    bar_height = h * 0.13 if tall else h * 0.24
    text_width = w - 2 * margin if tall else w - 3 * margin - qr_size
    font_size = min(h * (0.055 if tall else 0.12), 22)
    lines = [
        (fonts[1], clean_text(label.customer)),
        (fonts[1], label.number),
        (fonts[0], _("Bag {bag}").format(bag=label.bag)),
        (fonts[1], _("Shelf {shelf}").format(shelf=clean_text(label.shelf)) if label.shelf else ""),
    ]
    top = y + h - margin
    for face, text in _fitted(lines, text_width, font_size):
        top -= font_size * 1.2
        canvas.setFont(face, font_size)
        canvas.drawString(x + margin, top, text)
    qr_x = x + (w - qr_size) / 2 if tall else x + w - margin - qr_size
    qr_y = y + margin + bar_height + margin if tall else y + h - margin - qr_size
    _draw_qr(canvas, label.number, qr_x, qr_y, qr_size)
    _draw_code128(canvas, label.number, x + margin, y + margin, w - 2 * margin, bar_height)


def _fitted(lines: list[tuple[str, str]], width: float, size: float) -> Iterator[tuple[str, str]]:
    """Each line cut with an ellipsis where it would run into the QR code or off the label."""
    for face, text in lines:
        while text and stringWidth(text, face, size) > width:
            text = text[:-2] + "\u2026"
        yield face, text


def _draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    widget = qr.QrCodeWidget(value, barBorder=2)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _draw_code128(
    canvas: Canvas, value: str, x: float, y: float, width: float, height: float
) -> None:
    """Bars as wide as fit the width (at most 0.5 mm a module), centred, with quiet zones."""
    probe = code128.Code128(value, barWidth=1, quiet=1)
    module = min(width / probe.width, 0.5 * mm)
    bars = code128.Code128(value, barWidth=module, barHeight=height, quiet=1)
    bars.drawOn(canvas, x + (width - bars.width) / 2, y)


def order_labels_pdf(shop: Shop, order_ids: list[int], size: LabelSize | None = None) -> bytes:
    """The labels of the orders' bags on the shop's label stock (or `size`)."""
    labels = shelves.order_labels(shop, order_ids)
    return labels_pdf(labels, size or shelves.label_settings(shop).label_size)
