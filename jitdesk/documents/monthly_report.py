"""The printable monthly report of JIT's weak spots: tables plus reportlab bar charts.

Takes the figures (services.reports.AllReports, passed in: no SQL here) and the shop's
header details, and lays them out with the shared document layout.
"""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal, format_percent
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from jitdesk.documents.fonts import REGULAR
from jitdesk.documents.format import DocLanguage, doc_language
from jitdesk.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    DocMeta,
    Document,
    cell,
    data_table,
    head_cell,
    p,
    render,
)
from jitdesk.documents.models import ShopInfo
from jitdesk.domain.i18n import N_
from jitdesk.domain.reliability import WAITING_WINDOW_DAYS

MAX_ROWS = 25
TITLE = N_("Monthly report")


def _pct(value: float | None, lang: DocLanguage) -> str:
    return "-" if value is None else lang.percent(value)


def _days(value: float | None, lang: DocLanguage) -> str:
    return "-" if value is None else lang.number(value, 1)


def bar_chart(
    items: list[tuple[str, float]], value_label: str = "", lang: DocLanguage | None = None
) -> Drawing:
    """Horizontal bars, one per item (shortened labels), in the document's accent colour."""
    items = items[:12] or [("-", 0)]
    height = 14 * len(items) + 24
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 16
    chart.width, chart.height = CONTENT_WIDTH - 180, height - 24
    chart.data = [[max(0.0, float(v or 0)) for _label, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [label[:32] for label, _value in reversed(items)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    if lang is not None:  # axis numbers as the reader writes them (0,5 not 0.5)
        chart.valueAxis.labelTextFormat = lambda v: format_decimal(v, locale=lang.locale)
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f" if value_label != "%" else "%.0f%%"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _table(
    head: list[str], rows: list[list[str]], widths_mm: list[float], lang: DocLanguage
) -> Flowable:
    widths = [w * mm for w in widths_mm]
    scale = CONTENT_WIDTH / sum(widths)
    widths = [w * scale for w in widths]
    body = [[cell(c, w) for c, w in zip(row, widths, strict=True)] for row in rows[:MAX_ROWS]]
    if not body:
        body = [[lang._("Nothing to show.")] + [""] * (len(head) - 1)]
    head = [head_cell(h, w) for h, w in zip(head, widths, strict=True)]
    return data_table([head, *body], widths)


def _cash_section(data: Any, lang: DocLanguage) -> list[Flowable]:
    def money(cents: int) -> str:
        return lang.money(cents, data.currency)

    cash = data.cash
    return [
        p(lang._("Cash and waste"), "section"),
        _table(
            [lang._("Figure"), lang._("Amount")],
            [
                [lang._("Deposits held on open and ready orders"), money(cash.deposits_held)],
                [
                    lang._("Committed to suppliers (sent, not yet received)"),
                    money(cash.committed_to_suppliers),
                ],
                [
                    lang.ngettext(
                        "Balance due on {n} ready order",
                        "Balance due on {n} ready orders",
                        cash.ready_orders,
                    ).format(n=cash.ready_orders),
                    money(cash.balance_due_ready),
                ],
                [lang._("Surplus on hand"), money(cash.surplus_value)],
            ]
            + [
                [lang._("Surplus aged {age}").format(age=lang._(label)), money(v)]
                for label, _count, v in cash.surplus_ages
            ]
            + [
                [lang._("Written off in {month}").format(month=lang.month(m)), money(v)]
                for m, _count, v in cash.write_offs[-6:]
            ],
            [120, 50],
            lang,
        ),
    ]


def _margins_section(data: Any, lang: DocLanguage) -> list[Flowable]:
    def money(cents: int) -> str:
        return lang.money(cents, data.currency)

    return [
        p(
            lang._("Orders below {percent} margin after price changes").format(
                percent=lang.percent(data.threshold_percent / 100)
            ),
            "section",
        ),
        _table(
            [
                lang._("Order"),
                lang._("Customer"),
                lang._("Quoted"),
                lang._("Cost now"),
                lang._("Margin"),
                lang._("Deposit"),
                lang._("Products"),
            ],
            [
                [
                    a.number,
                    a.customer,
                    money(a.quoted),
                    money(a.cost),
                    _pct(a.margin_rate, lang),
                    money(a.deposit),
                    a.products,
                ]
                for a in data.margins
            ],  # fmt: skip
            [31, 34, 18, 18, 14, 20, 28],
            lang,
        ),
    ]


def monthly_report_story(data: Any, lang: DocLanguage) -> list[Flowable]:
    def money(cents: int) -> str:
        return lang.money(cents, data.currency)

    story: list[Flowable] = []
    if data.costs:  # cash and margins are figures at cost, for a reader who may see them
        story += _cash_section(data, lang)
    story += [
        p(lang._("Supplier reliability"), "section"),
        _table(
            [
                lang._("Supplier"),
                lang._("Quoted"),
                lang._("Median lead"),
                "p10-p90",
                lang._("On time"),
                lang._("Fill rate"),
                lang._("Price drift"),
            ],
            [
                [
                    s.name,
                    lang._("{n} d").format(n=s.quoted_lead_days),
                    _days(s.lead_median, lang),
                    f"{_days(s.lead_p10, lang)}-{_days(s.lead_p90, lang)}",
                    _pct(s.on_time_rate, lang),
                    _pct(s.fill_rate, lang),
                    "-" if s.price_drift is None else _drift(s.price_drift, lang),
                ]
                for s in data.suppliers
            ],  # fmt: skip
            [50, 18, 24, 22, 18, 20, 22],
            lang,
        ),
        Spacer(1, 3 * mm),
        p(lang._("On-time rate per supplier (%)"), "small"),
        bar_chart(
            [(s.name, (s.on_time_rate or 0) * 100) for s in data.suppliers if s.judged], "%", lang
        ),
    ]
    if data.costs:
        story += _margins_section(data, lang)
    story += [
        p(lang._("Demand spikes (this week against the usual week)"), "section"),
        _table(
            [
                lang._("Product"),
                lang._("This week"),
                lang._("Usual week"),
                lang._("Waiting"),
                lang._("Suppliers"),
            ],
            [
                [
                    f"{s.sku} {s.name}",
                    str(s.this_week),
                    lang.number(s.usual_weekly, 1),
                    str(s.waiting_now),
                    "; ".join(
                        lang._("{supplier} {days} d, min {minimum}").format(
                            supplier=o.supplier, days=o.lead_time_days, minimum=o.min_qty
                        )
                        for o in s.offers
                    ),
                ]
                for s in data.spikes
            ],  # fmt: skip
            [50, 18, 18, 16, 60],
            lang,
        ),
        p(
            lang._("Customer waiting (orders placed in the last {days} days)").format(
                days=WAITING_WINDOW_DAYS
            ),
            "section",
        ),
    ]
    w = data.waiting
    rows = [w.overall, *w.by_supplier]
    story += [
        _table(
            [
                "",
                lang._("Orders"),
                lang._("Ready, median"),
                lang._("Ready p90"),
                lang._("Pickup, median"),
                lang._("Pickup p90"),
                lang._("By promise"),
            ],
            [
                [
                    lang._(r.label) if r is w.overall else r.label,
                    str(r.orders),
                    _days(r.ready_median, lang),
                    _days(r.ready_p90, lang),
                    _days(r.pickup_median, lang),
                    _days(r.pickup_p90, lang),
                    _pct(r.on_time_share, lang),
                ]
                for r in rows
            ],  # fmt: skip
            [40, 18, 24, 18, 24, 18, 22],
            lang,
        ),
        Spacer(1, 3 * mm),
        p(lang._("Median days from order to ready, per supplier"), "small"),
        bar_chart(
            [(r.label, r.ready_median) for r in w.by_supplier if r.ready_median is not None],
            lang=lang,
        ),
        p(lang._("Orders at risk now ({n})").format(n=len(w.at_risk)), "section"),
        _table(
            [
                lang._("Order"),
                lang._("Customer"),
                lang._("Promised"),
                lang._("Days left"),
                lang._("Units short"),
                lang._("Not ordered"),
            ],
            [
                [
                    a.number,
                    a.customer,
                    lang.short_day(a.promised_date),
                    str(a.days_left),
                    str(a.units_short),
                    str(a.not_ordered),
                ]
                for a in w.at_risk
            ],  # fmt: skip
            [31, 50, 26, 18, 20, 20],
            lang,
        ),
    ]
    if len(w.at_risk) > MAX_ROWS:
        story.append(
            p(
                lang._("... and {n} more (see the Reports page).").format(
                    n=len(w.at_risk) - MAX_ROWS
                ),
                "small",
            )
        )
    return story


def monthly_report_pdf(shop: ShopInfo, data: Any, target: Any = None) -> bytes:
    lang = doc_language(shop.language)
    month = lang.month(data.day)
    meta = DocMeta(lang._(TITLE), month, data.day, lang)
    return render(shop, [Document(meta, monthly_report_story(data, lang))], target)


def _drift(fraction: float, lang: DocLanguage) -> str:
    """A price change with its sign: "+3,5 %", "-1.2%"."""
    return format_percent(fraction, "+#,##0.0%;-#,##0.0%", locale=lang.locale)
