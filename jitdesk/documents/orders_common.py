"""Pieces shared by the customer-facing documents (items and money totals)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Table

from jitdesk.documents import format as fmt
from jitdesk.documents.layout import CONTENT_WIDTH, cell, data_table, totals_table
from jitdesk.documents.models import OrderItem, Payment

_QTY, _PRICE, _TOTAL = 16 * mm, 26 * mm, 28 * mm


def items_table(items: Iterable[OrderItem], currency: str, *, prices: bool = True) -> Table:
    """Item | Qty | Unit price | Amount, money right-aligned; header repeats on long orders."""
    if prices:
        widths = [CONTENT_WIDTH - _QTY - _PRICE - _TOTAL, _QTY, _PRICE, _TOTAL]
        rows: list[list] = [["Item", "Qty", "Unit price", "Amount"]]
    else:
        widths = [CONTENT_WIDTH - _QTY - 30 * mm, 30 * mm, _QTY]
        rows = [["Item", "SKU", "Qty"]]
    for item in items:
        label = item.description
        qty = fmt.quantity(item.quantity)
        if prices:
            rows.append(
                [
                    cell(label, widths[0]),
                    qty,
                    fmt.money(item.unit_price, currency),
                    fmt.money(item.line_total, currency),
                ]
            )
        else:
            rows.append([cell(label, widths[0]), cell(item.sku, widths[1]), qty])
    if len(rows) == 1:
        rows.append(["No items."] + [""] * (len(widths) - 1))
    first_number = 1 if prices else 2
    return data_table(rows, widths, [("ALIGN", (first_number, 0), (-1, -1), "RIGHT")])


def money_totals(rows: Sequence[tuple[str, int]], currency: str) -> Table:
    return totals_table([(label, fmt.money(amount, currency)) for label, amount in rows])


def payments_table(payments: Iterable[Payment], currency: str) -> Table:
    widths = [34 * mm, 40 * mm, CONTENT_WIDTH - 34 * mm - 40 * mm - _TOTAL, _TOTAL]
    rows: list[list] = [["Date", "Payment", "Method", "Amount"]]
    for pay in payments:
        rows.append(
            [
                fmt.day(pay.paid_on),
                pay.kind.capitalize(),
                cell(pay.method.capitalize(), widths[2]),
                fmt.money(pay.amount, currency),
            ]
        )
    if len(rows) == 1:
        rows.append(["", "No payments yet.", "", ""])
    return data_table(rows, widths, [("ALIGN", (3, 0), (3, -1), "RIGHT")])
