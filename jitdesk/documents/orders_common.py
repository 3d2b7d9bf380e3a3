"""Pieces shared by the customer-facing documents (items, money totals and tax), written in the
customer's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from jitdesk.documents.format import DocLanguage
from jitdesk.documents.layout import (
    CONTENT_WIDTH,
    cell,
    data_table,
    head_cell,
    p,
    token_column,
    totals_table,
)
from jitdesk.documents.models import OrderItem, Payment, ShopInfo
from jitdesk.domain.payments import PAYMENT_KIND_WORDS, PAYMENT_METHOD_WORDS
from jitdesk.domain.tax import TaxSummary

_QTY, _PRICE, _TOTAL = 16 * mm, 26 * mm, 28 * mm

PAYMENT_KINDS = PAYMENT_KIND_WORDS
PAYMENT_METHODS = PAYMENT_METHOD_WORDS


def items_table(
    items: Iterable[OrderItem], currency: str, lang: DocLanguage, *, prices: bool = True
) -> Table:
    """Item | Qty | Unit price | Amount, money right-aligned; header repeats on long orders."""
    items = list(items)
    if prices:
        widths = [CONTENT_WIDTH - _QTY - _PRICE - _TOTAL, _QTY, _PRICE, _TOTAL]
        header = [lang._("Item"), lang._("Qty"), lang._("Unit price"), lang._("Amount")]
    else:
        sku = token_column((item.sku for item in items), 30 * mm, 45 * mm)
        widths = [CONTENT_WIDTH - _QTY - sku, sku, _QTY]
        header = [lang._("Item"), lang._("SKU"), lang._("Qty")]
    rows: list[list] = [[head_cell(h, w) for h, w in zip(header, widths, strict=True)]]
    for item in items:
        label = item.description
        qty = lang.quantity(item.quantity)
        if prices:
            rows.append(
                [
                    cell(label, widths[0]),
                    qty,
                    lang.money(item.unit_price, currency),
                    lang.money(item.line_total, currency),
                ]
            )
        else:
            rows.append([cell(label, widths[0]), cell(item.sku, widths[1]), qty])
    if len(rows) == 1:
        rows.append([lang._("No items.")] + [""] * (len(widths) - 1))
    first_number = 1 if prices else 2
    return data_table(rows, widths, [("ALIGN", (first_number, 0), (-1, -1), "RIGHT")])


def money_totals(rows: Sequence[tuple[str, int]], currency: str, lang: DocLanguage) -> Table:
    return totals_table([(label, lang.money(amount, currency)) for label, amount in rows])


def order_totals(
    tax: TaxSummary, rest: Sequence[tuple[str, int]], currency: str, lang: DocLanguage
) -> Table:
    """The total of the order as the shop's prices are set, then `rest` (paid, balance):

    prices include tax:  Total · (the tax in it, shown under the totals by `tax_block`)
    tax added:           Subtotal (net) · VAT per rate · Total
    """
    rows: list[tuple[str, int]] = []
    if not tax.prices_include_tax:
        rows.append((lang._("Subtotal (net)"), tax.net))
        for rate in tax.rates:
            rows.append((lang._("VAT {rate}").format(rate=lang.rate(rate.rate_bp)), rate.tax))
    rows.append((lang._("Order total"), tax.gross))
    return money_totals([*rows, *rest], currency, lang)


def tax_block(tax: TaxSummary, shop: ShopInfo, lang: DocLanguage, width: float) -> list[Flowable]:
    """Net, tax and gross per rate, and the shop's VAT number: what an EU simplified invoice
    needs besides the items. Nothing when the shop charges no tax and has no VAT number."""
    if not any(rate.rate_bp for rate in tax.rates) and not shop.vat_id.strip():
        return []
    currency = shop.currency
    widths = [width - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm]
    header = [lang._("VAT rate"), lang._("Net"), lang._("VAT"), lang._("Gross")]
    rows: list[list] = [[head_cell(h, w) for h, w in zip(header, widths, strict=True)]]
    for rate in tax.rates:
        rows.append(
            [
                lang.rate(rate.rate_bp),
                lang.money(rate.net, currency),
                lang.money(rate.tax, currency),
                lang.money(rate.gross, currency),
            ]
        )
    if len(tax.rates) > 1:
        rows.append(
            [
                lang._("Total"),
                lang.money(tax.net, currency),
                lang.money(tax.tax, currency),
                lang.money(tax.gross, currency),
            ]
        )
    table = data_table(rows, widths, [("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    block: list[Flowable] = [table]
    if tax.prices_include_tax:
        block.insert(0, p(lang._("Prices include VAT."), "small"))
    if shop.vat_id.strip():
        block.append(p(lang._("VAT number: {vat_id}").format(vat_id=shop.vat_id), "small"))
    return block


def payment_kind(kind: str, lang: DocLanguage) -> str:
    label = PAYMENT_KINDS.get(kind)
    return lang._(label) if label else kind.capitalize()


def payment_method(method: str, lang: DocLanguage) -> str:
    label = PAYMENT_METHODS.get(method.strip().lower())
    return lang._(label) if label else method.capitalize()


def payments_table(payments: Iterable[Payment], currency: str, lang: DocLanguage) -> Table:
    widths = [34 * mm, 40 * mm, CONTENT_WIDTH - 34 * mm - 40 * mm - _TOTAL, _TOTAL]
    header = [lang._("Date"), lang._("Payment"), lang._("Method"), lang._("Amount")]
    rows: list[list] = [[head_cell(h, w) for h, w in zip(header, widths, strict=True)]]
    for pay in payments:
        rows.append(
            [
                lang.short_day(pay.paid_on),
                cell(payment_kind(pay.kind, lang), widths[1]),
                cell(payment_method(pay.method, lang), widths[2]),
                lang.money(pay.amount, currency),
            ]
        )
    if len(rows) == 1:
        rows.append(["", lang._("No payments yet."), "", ""])
    return data_table(rows, widths, [("ALIGN", (3, 0), (3, -1), "RIGHT")])
