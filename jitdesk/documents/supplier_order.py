"""Supplier order PDF: what we order from one supplier, line by line, with the total."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from jitdesk.documents.format import DocLanguage, doc_language
from jitdesk.documents.layout import (
    CONTENT_WIDTH,
    MUTED,
    DocMeta,
    Document,
    PdfTarget,
    cell,
    data_table,
    head_cell,
    info_table,
    markup,
    p,
    render,
    side_by_side,
    token_column,
    totals_table,
)
from jitdesk.documents.models import SupplierOrderDoc
from jitdesk.documents.text import para_text
from jitdesk.domain.i18n import N_
from jitdesk.domain.lists import first_few

TITLE = N_("Supplier order")
_FIXED = {
    "#": 8 * mm,
    "packs": 18 * mm,
    "units": 13 * mm,
    "cost": 20 * mm,
    "total": 22 * mm,
}
# SKU and "for order" columns grow to their widest SKU / order number (within these limits),
# so neither is ever split over two lines; the description takes what is left.
_SKU_COL = (26 * mm, 36 * mm)
_CUSTOMER_COL = (25 * mm, 32 * mm)


def supplier_order_document(order: SupplierOrderDoc) -> Document:
    lang = doc_language(order.language or order.shop.language)
    meta = DocMeta(lang._(TITLE), order.number, order.order_date, lang)
    return Document(meta, supplier_order_story(order, lang))


def supplier_order_pdf(order: SupplierOrderDoc, target: PdfTarget = None) -> bytes:
    return render(order.shop, [supplier_order_document(order)], target)


def supplier_order_story(order: SupplierOrderDoc, lang: DocLanguage) -> list[Flowable]:
    supplier = [markup(para_text(lang._("SUPPLIER")), "label"), p(order.supplier_name, "party")]
    for value in (order.supplier_contact, order.supplier_address):
        if value.strip():
            supplier.append(p(value))
    contact = " \u00b7 ".join(x for x in (order.supplier_phone, order.supplier_email) if x.strip())
    if contact:
        supplier.append(p(contact, "small"))
    half = (CONTENT_WIDTH - 8 * mm) / 2
    details = info_table(
        [
            (lang._("Order number"), order.number),
            (lang._("Order date"), lang.day(order.order_date)),
            (lang._("Our account no."), order.account_number),
            (lang._("Requested delivery"), lang.day(order.requested_date)),
            (lang._("Currency"), order.shop.currency),
        ],
        half,
    )
    story: list[Flowable] = [side_by_side(supplier, [details]), Spacer(1, 7 * mm)]
    story.append(_lines_table(order, lang))
    story.append(Spacer(1, 2 * mm))
    currency = order.shop.currency
    story.append(
        KeepTogether(
            totals_table(
                [
                    (lang._("Lines"), lang.quantity(len(order.lines))),
                    (lang._("Units"), lang.quantity(order.total_units)),
                    (lang._("Order total"), lang.money(order.total, currency)),
                ]
            )
        )
    )
    for heading, text in ((lang._("Notes"), order.notes), ("", order.standard_note)):
        if text.strip():
            block = [p(text)]
            if heading:
                block.insert(0, markup(para_text(heading), "section"))
            story += [Spacer(1, 4 * mm), *block]
    return story


def _lines_table(order: SupplierOrderDoc, lang: DocLanguage) -> Table:
    show_customers = order.show_customers and any(line.for_customers for line in order.lines)
    refs = [_order_refs(line.for_customers, lang) for line in order.lines] if show_customers else []
    sku_width = token_column((line.supplier_sku for line in order.lines), *_SKU_COL)
    customer_width = token_column(refs, *_CUSTOMER_COL) if show_customers else 0
    desc_width = CONTENT_WIDTH - sum(_FIXED.values()) - sku_width - customer_width
    widths = [_FIXED["#"], sku_width, desc_width, _FIXED["packs"], _FIXED["units"]]
    widths += [_FIXED["cost"], _FIXED["total"]] + ([customer_width] if show_customers else [])
    header = [
        "#",
        lang._("Supplier SKU"),
        lang._("Description"),
        lang._("Packs"),
        lang._("Units"),
        lang._("Unit cost"),
        lang._("Line total"),
    ]
    if show_customers:
        header.append(lang._("For order"))
    header = [head_cell(h, w) for h, w in zip(header, widths, strict=True)]
    currency = order.shop.currency
    rows: list[list] = [header]
    for no, line in enumerate(order.lines, start=1):
        packs = line.packs
        size = lang.quantity(line.pack_size)
        pack_text = (
            f"{lang.quantity(packs)} \u00d7 {size}"
            if packs is not None
            else f"\u2013 \u00d7 {size}"
        )
        row = [
            str(no),
            cell(line.supplier_sku, widths[1]),
            cell(line.description, desc_width),
            pack_text,
            lang.quantity(line.quantity),
            lang.money(line.unit_cost, currency),
            lang.money(line.line_total, currency),
        ]
        if show_customers:
            row.append(cell(refs[no - 1], customer_width))
        rows.append(row)
    if len(rows) == 1:
        rows.append(
            ["", "", lang._("No lines."), "", "", "", ""] + ([""] if show_customers else [])
        )
    return data_table(
        rows,
        widths,
        [
            ("ALIGN", (3, 0), (6, -1), "RIGHT"),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ],
    )


def _order_refs(numbers: tuple[str, ...], lang: DocLanguage) -> str:
    """The customer orders a line is for; a line consolidating many orders names the first
    few and counts the rest, so one busy line can't fill pages (jitdesk keeps every link)."""
    return first_few(numbers, ngettext=lang.ngettext)
