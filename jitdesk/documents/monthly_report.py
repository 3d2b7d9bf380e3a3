"""The printable monthly report of JIT's weak spots: tables plus reportlab bar charts.

Takes the figures (services.reports.AllReports, passed in: no SQL here) and the shop's
header details, and lays them out with the shared document layout.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from jitdesk.documents import format as fmt
from jitdesk.documents.fonts import REGULAR
from jitdesk.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    DocMeta,
    Document,
    cell,
    data_table,
    p,
    render,
)
from jitdesk.documents.models import ShopInfo
from jitdesk.domain.reliability import WAITING_WINDOW_DAYS

MAX_ROWS = 25


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def bar_chart(items: list[tuple[str, float]], value_label: str = "") -> Drawing:
    """Horizontal bars, one per item (shortened labels), in the document's accent colour."""
    items = items[:12] or [("-", 0)]
    height = 14 * len(items) + 24
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 16
    chart.width, chart.height = CONTENT_WIDTH - 180, height - 24
    chart.data = [[max(0.0, float(v or 0)) for _, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [label[:32] for label, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f" if value_label != "%" else "%.0f%%"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _table(head: list[str], rows: list[list[str]], widths_mm: list[float]) -> Flowable:
    widths = [w * mm for w in widths_mm]
    scale = CONTENT_WIDTH / sum(widths)
    widths = [w * scale for w in widths]
    body = [[cell(c, w) for c, w in zip(row, widths, strict=True)] for row in rows[:MAX_ROWS]]
    if not body:
        body = [["Nothing to show."] + [""] * (len(head) - 1)]
    return data_table([head, *body], widths)


def monthly_report_story(data: Any) -> list[Flowable]:
    money = lambda cents: fmt.money(cents, data.currency)  # noqa: E731
    story: list[Flowable] = []
    cash = data.cash
    story += [
        p("Cash and waste", "section"),
        _table(
            ["Figure", "Amount"],
            [
                ["Deposits held on open and ready orders", money(cash.deposits_held)],
                [
                    "Committed to suppliers (sent, not yet received)",
                    money(cash.committed_to_suppliers),
                ],
                [
                    f"Balance due on {cash.ready_orders} ready order(s)",
                    money(cash.balance_due_ready),
                ],
                ["Surplus on hand", money(cash.surplus_value)],
            ]
            + [[f"Surplus aged {label}", money(v)] for label, _, v in cash.surplus_ages]
            + [[f"Written off in {m}", money(v)] for m, _, v in cash.write_offs[-6:]],
            [120, 50],
        ),
        p("Supplier reliability", "section"),
        _table(
            ["Supplier", "Quoted", "Median lead", "p10-p90", "On time", "Fill rate", "Price drift"],
            [
                [
                    s.name,
                    f"{s.quoted_lead_days} d",
                    _days(s.lead_median),
                    f"{_days(s.lead_p10)}-{_days(s.lead_p90)}",
                    _pct(s.on_time_rate),
                    _pct(s.fill_rate),
                    "-" if s.price_drift is None else f"{s.price_drift * 100:+.1f}%",
                ]
                for s in data.suppliers
            ],  # fmt: skip
            [56, 14, 24, 24, 18, 18, 20],
        ),
        Spacer(1, 3 * mm),
        p("On-time rate per supplier (%)", "small"),
        bar_chart([(s.name, (s.on_time_rate or 0) * 100) for s in data.suppliers if s.judged], "%"),
        p(f"Orders below {data.threshold_percent:g}% margin after price changes", "section"),
        _table(
            ["Order", "Customer", "Quoted", "Cost now", "Margin", "Deposit", "Products"],
            [
                [
                    a.number,
                    a.customer,
                    money(a.quoted),
                    money(a.cost),
                    _pct(a.margin_rate),
                    money(a.deposit),
                    a.products,
                ]
                for a in data.margins
            ],  # fmt: skip
            [31, 36, 18, 18, 14, 18, 28],
        ),
        p("Demand spikes (this week against the usual week)", "section"),
        _table(
            ["Product", "This week", "Usual week", "Waiting", "Suppliers"],
            [
                [
                    f"{s.sku} {s.name}",
                    str(s.this_week),
                    f"{s.usual_weekly:.1f}",
                    str(s.waiting_now),
                    "; ".join(
                        f"{o.supplier} {o.lead_time_days} d, min {o.min_qty}" for o in s.offers
                    ),
                ]
                for s in data.spikes
            ],  # fmt: skip
            [50, 18, 18, 16, 60],
        ),
        p(f"Customer waiting (orders placed in the last {WAITING_WINDOW_DAYS} days)", "section"),
    ]
    w = data.waiting
    rows = [w.overall, *w.by_supplier]
    story += [
        _table(
            [
                "",
                "Orders",
                "Ready, median",
                "Ready p90",
                "Pickup, median",
                "Pickup p90",
                "By promise",
            ],
            [
                [
                    r.label,
                    str(r.orders),
                    _days(r.ready_median),
                    _days(r.ready_p90),
                    _days(r.pickup_median),
                    _days(r.pickup_p90),
                    _pct(r.on_time_share),
                ]
                for r in rows
            ],  # fmt: skip
            [46, 14, 24, 18, 24, 18, 18],
        ),
        Spacer(1, 3 * mm),
        p("Median days from order to ready, per supplier", "small"),
        bar_chart([(r.label, r.ready_median) for r in w.by_supplier if r.ready_median is not None]),
        p(f"Orders at risk now ({len(w.at_risk)})", "section"),
        _table(
            ["Order", "Customer", "Promised", "Days left", "Units short", "Not ordered"],
            [
                [
                    a.number,
                    a.customer,
                    fmt.day(a.promised_date),
                    str(a.days_left),
                    str(a.units_short),
                    str(a.not_ordered),
                ]
                for a in w.at_risk
            ],  # fmt: skip
            [31, 50, 26, 18, 20, 20],
        ),
    ]
    if len(w.at_risk) > MAX_ROWS:
        story.append(
            p(f"... and {len(w.at_risk) - MAX_ROWS} more (see the Reports page).", "small")
        )
    return story


def monthly_report_pdf(shop: ShopInfo, data: Any, target: Any = None) -> bytes:
    meta = DocMeta("Monthly report", data.day.strftime("%B %Y"), data.day)
    return render(shop, [Document(meta, monthly_report_story(data))], target)
