"""Reports page (issue 7): JIT's weak spots, one report per tab with bar charts, each tab as
CSV, and a printable monthly PDF report. A report is computed when its tab is shown, so the
page opens at once even on a shop with 100,000 orders. Charts: see bar_chart.py for why
QPainter rather than QtCharts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import BackgroundRead
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.models.list_model import RowsModel, text_columns
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.bar_chart import BarChart
from jitdesk.gui.widgets.owner_only import gate_tabs
from jitdesk.services import reports as svc

MAX_TABLE_ROWS = 200


def _pct(fmt: ShopFormat, value: float | None) -> str:
    return "" if value is None else fmt.percent(value)


def _days(fmt: ShopFormat, value: float | None) -> str:
    return "" if value is None else fmt.decimal(value)


@dataclass(frozen=True, slots=True)
class ReportSpec:
    """One tab: what it reads (on a worker thread), its table headers and its CSV kind."""

    key: str
    title: str
    heading: str
    headers: tuple[str, ...]
    read: Callable[[Any], Any]
    csv_kind: str
    right: tuple[int, ...] = ()  # columns of figures
    chart: bool = False
    stretch: int = -1  # the column that takes the spare width (default: the last)


def _first_orders_at_risk(shop: Any) -> tuple[list, int]:
    return svc.first_orders_at_risk(shop, MAX_TABLE_ROWS)


def _specs() -> tuple[ReportSpec, ...]:
    return (
        ReportSpec(
            "cash", tr("&Cash and waste"), tr("Cash and waste"),
            (tr("Figure"), tr("Amount")), svc.cash_and_waste, "cash", (1,), chart=True, stretch=0,
        ),
        ReportSpec(
            "suppliers", tr("&Suppliers"), tr("Supplier reliability"),
            (tr("Supplier"), tr("Quoted days"), tr("Median days"), tr("p10-p90"), tr("On time"),
             tr("Fill rate"), tr("Price drift"), tr("Promises use")),
            svc.supplier_reliability, "suppliers", (1, 2, 3, 4, 5, 6), chart=True,
        ),
        ReportSpec(
            "margins", tr("&Margins"), tr("Orders whose margin fell below the threshold"),
            (tr("Order"), tr("Customer"), tr("Quoted"), tr("Cost now"), tr("Margin"),
             tr("Deposit held"), tr("Products")),
            svc.margin_alerts, "price-swings", (2, 3, 4, 5),
        ),
        ReportSpec(
            "spikes", tr("&Demand spikes"), tr("Demand spikes"),
            (tr("Product"), tr("This week"), tr("Usual week"), tr("Waiting"), tr("Suppliers")),
            svc.demand_spikes, "demand-spikes", (1, 2, 3),
        ),
        ReportSpec(
            "waiting", tr("Customer &waiting"),
            tr("Customer waiting (days), orders placed in the last {0} days").format(
                svc.WAITING_WINDOW_DAYS
            ),
            (tr("Group"), tr("Orders"), tr("To ready"), tr("p90"), tr("To pickup"), tr("p90"),
             tr("Ready by promise")),
            svc.waiting_times, "waiting", (1, 2, 3, 4, 5, 6), chart=True, stretch=0,
        ),
        ReportSpec(
            "risk", tr("Orders at &risk"), tr("Orders at risk now"),
            (tr("Order"), tr("Customer"), tr("Promised"), tr("Days left"), tr("Units short")),
            _first_orders_at_risk, "at-risk", (3, 4), stretch=1,
        ),
    )  # fmt: skip


# The age buckets of domain/reliability.py, marked for lupdate and translated where shown.
_AGE_BUCKETS = (
    QT_TRANSLATE_NOOP("Report", "0-30 days"),
    QT_TRANSLATE_NOOP("Report", "31-90 days"),
    QT_TRANSLATE_NOOP("Report", "91-180 days"),
    QT_TRANSLATE_NOOP("Report", "over 180 days"),
)


def _age(bucket: str) -> str:
    return QCoreApplication.translate("Report", bucket)


class ReportTab(QWidget):
    """Heading, optional chart, table and a line saying how much the table shows."""

    def __init__(self, spec: ReportSpec, shop: Any, fmt: ShopFormat, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.fmt = fmt
        self.reader = BackgroundRead(shop, self)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<b>{escape(spec.heading)}</b>", self)
        layout.addWidget(self.heading)
        self.chart: BarChart | None = None
        if spec.chart:
            self.chart = BarChart(self)
            self.chart.setAccessibleName(spec.heading)
            layout.addWidget(self.chart)
        self.model = RowsModel(text_columns(spec.headers, spec.right), parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(spec.heading)
        self.view.verticalHeader().hide()
        stretch = spec.stretch if spec.stretch >= 0 else len(spec.headers) - 1
        self.view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # Column widths from the first rows only: measuring all 200 cells of every column
        # costs more than the rows are worth (the rows are sorted, so the first are typical).
        self.view.horizontalHeader().setResizeContentsPrecision(40)
        self.model.modelReset.connect(self.view.resizeColumnsToContents)
        layout.addWidget(self.view, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.stale = True
        self.data: Any = None
        self.orders: list[int] = []

    def show_rows(
        self, rows: list[list[str]], total: int | None = None, orders: list[int] | None = None
    ) -> None:
        """The first MAX_TABLE_ROWS rows; the note says when there are more (the CSV has all).
        `orders`: the customer order of each row, opened by Enter or a double click."""
        self.model.set_rows(rows[:MAX_TABLE_ROWS])
        self.orders = orders or []
        total = len(rows) if total is None else total
        if total > MAX_TABLE_ROWS:
            self.note.setText(
                tr("Showing the first {0} of {1}; “Save as CSV…” writes them all.").format(
                    self.fmt.count(MAX_TABLE_ROWS), self.fmt.count(total)
                )
            )
        else:
            self.note.setText("")


class ReportsPage(Page):
    """One tab per report. A report is computed on a worker thread when its tab is shown
    (and again after a change), so the page opens at once and no tab waits for the others."""

    key = "reports"

    @classmethod
    def title(cls) -> str:
        return tr("Reports")

    def __init__(self, shop, fmt, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.csv_button = QPushButton(tr("Save as CS&V…"), self)
        self.csv_button.clicked.connect(self.save_csv)
        self.print_button = QPushButton(tr("&Print / preview monthly report"), self)
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.print_button)
        outer.addLayout(bar)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self.report_tabs: dict[str, ReportTab] = {}
        for spec in _specs():
            tab = ReportTab(spec, shop, fmt, self.tabs)
            tab.reader.done.connect(lambda data, t=tab: self._on_data(t, data))
            tab.reader.failed.connect(lambda error, t=tab: self._on_failed(t, error))
            tab.view.activated.connect(lambda index, t=tab: self._open_order(t, index.row()))
            self.tabs.addTab(tab, spec.title)
            self.report_tabs[spec.key] = tab
        costed = [self.report_tabs[key] for key in ("margins", "cash")]
        gate_tabs(shop, OwnerAction.COSTS_AND_MARGINS, self.tabs, *costed)
        self.tabs.currentChanged.connect(lambda _index: self._load_current())

    @property
    def tables(self) -> dict[str, RowsModel]:
        return {key: tab.model for key, tab in self.report_tabs.items()}

    @property
    def charts(self) -> dict[str, BarChart]:
        return {key: tab.chart for key, tab in self.report_tabs.items() if tab.chart is not None}

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Every tab is out of date; the one shown is read again now, the others when shown."""
        for tab in self.report_tabs.values():
            tab.stale = True
        self._load_current()

    def current_tab(self) -> ReportTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def show_report(self, key: str) -> ReportTab:
        """Bring a report's tab to the front (it loads if it is out of date)."""
        tab = self.report_tabs[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    def _load_current(self) -> None:
        tab = self.current_tab()
        if tab is None or not tab.stale:
            return
        tab.stale = False
        self.summary.setText(tr("Computing “{0}”…").format(tab.spec.heading))
        tab.reader.start(tab.spec.read)

    def is_busy(self) -> bool:
        return self.is_computing()

    def is_computing(self) -> bool:
        tab = self.current_tab()
        return tab is not None and tab.reader.running

    @property
    def last_compute_seconds(self) -> float:
        return self.current_tab().reader.last_seconds

    def _on_failed(self, tab: ReportTab, error: Exception) -> None:
        tab.stale = True
        self.summary.setText(tr("The report could not be computed: {0}").format(error))

    def _on_data(self, tab: ReportTab, data: Any) -> None:
        tab.data = data
        getattr(self, f"_fill_{tab.spec.key}")(tab, data)
        if tab is self.current_tab():
            self.summary.setText(tr("As of {0}").format(self.fmt.long_date(self.shop.today())))

    # -- filling each tab --------------------------------------------------------------------
    def _fill_cash(self, tab: ReportTab, cash: svc.CashReport) -> None:
        m = self.fmt.money
        tab.show_rows(
            [
                [tr("Deposits held"), m(cash.deposits_held)],
                [tr("Committed to suppliers"), m(cash.committed_to_suppliers)],
                [tr("Balance due on ready orders"), m(cash.balance_due_ready)],
                [tr("Surplus value"), m(cash.surplus_value)],
            ]
            + [[tr("Surplus {0}").format(_age(b)), m(v)] for b, _, v in cash.surplus_ages]
            + [
                [tr("Written off {0}").format(self.fmt.month(mo)), m(v)]
                for mo, _, v in cash.write_offs
            ]
        )
        tab.chart.set_data(
            [(_age(b), v / 100) for b, _, v in cash.surplus_ages], lambda v: m(round(v * 100))
        )

    def _fill_suppliers(self, tab: ReportTab, suppliers: list) -> None:
        tab.show_rows(
            [
                [
                    s.name, str(s.quoted_lead_days), _days(self.fmt, s.lead_median),
                    f"{_days(self.fmt, s.lead_p10)}–{_days(self.fmt, s.lead_p90)}" if s.lead_median is not None else "",
                    _pct(self.fmt, s.on_time_rate), _pct(self.fmt, s.fill_rate),
                    "" if s.price_drift is None else self.fmt.percent(s.price_drift, 1, signed=True),
                    tr("{0} days").format(s.observed_lead_days) if s.observed_lead_days else "",
                ]
                for s in suppliers
            ]
        )  # fmt: skip
        tab.chart.set_data(
            [(s.name, (s.on_time_rate or 0) * 100) for s in suppliers if s.judged],
            lambda v: tr("{percent} on time").format(percent=self.fmt.percent(v / 100)),
        )

    def _fill_margins(self, tab: ReportTab, margins: list) -> None:
        m = self.fmt.money
        tab.show_rows(
            [
                [a.number, a.customer, m(a.quoted), m(a.cost), _pct(self.fmt, a.margin_rate),
                 m(a.deposit), a.products]
                for a in margins[:MAX_TABLE_ROWS]
            ],
            len(margins),
            [a.order_id for a in margins[:MAX_TABLE_ROWS]],
        )  # fmt: skip
        self.tabs.setTabText(
            self.tabs.indexOf(tab), tr("&Margins ({0})").format(self.fmt.count(len(margins)))
        )

    def _fill_spikes(self, tab: ReportTab, spikes: list) -> None:
        tab.show_rows(
            [
                [f"{s.sku} {s.name}", str(s.this_week), self.fmt.decimal(s.usual_weekly),
                 str(s.waiting_now),
                 "; ".join(
                     tr("{supplier} ({days} days, min. {min})").format(
                         supplier=o.supplier, days=o.lead_time_days, min=o.min_qty
                     )
                     for o in s.offers
                 )]
                for s in spikes[:MAX_TABLE_ROWS]
            ],
            len(spikes),
        )  # fmt: skip

    def _fill_waiting(self, tab: ReportTab, w: svc.WaitingReport) -> None:
        rows = [w.overall, *w.by_supplier, *w.by_product]
        tab.show_rows(
            [
                [r.label, str(r.orders), _days(self.fmt, r.ready_median), _days(self.fmt, r.ready_p90),
                 _days(self.fmt, r.pickup_median), _days(self.fmt, r.pickup_p90), _pct(self.fmt, r.on_time_share)]
                for r in rows[:MAX_TABLE_ROWS]
            ],
            len(rows),
        )  # fmt: skip
        tab.chart.set_data(
            [(r.label, r.ready_median) for r in w.by_supplier if r.ready_median is not None],
            lambda v: tr("{days} days to ready").format(days=self.fmt.decimal(v)),
        )

    def _fill_risk(self, tab: ReportTab, first_and_total: tuple[list, int]) -> None:
        at_risk, total = first_and_total
        tab.show_rows(
            [
                [a.number, a.customer, self.fmt.date(a.promised_date), str(a.days_left),
                 str(a.units_short)]
                for a in at_risk[:MAX_TABLE_ROWS]
            ],
            total,
            [a.order_id for a in at_risk[:MAX_TABLE_ROWS]],
        )  # fmt: skip
        self.tabs.setTabText(
            self.tabs.indexOf(tab), tr("Orders at &risk ({0})").format(self.fmt.count(total))
        )

    # -- actions -----------------------------------------------------------------------------
    def _open_order(self, tab: ReportTab, row: int) -> None:
        """Enter or a double click on an order's row opens it on Customer orders."""
        if 0 <= row < len(tab.orders):
            self.navigate.emit("orders", tab.orders[row])

    def save_csv(self) -> None:
        """The report of the tab shown, every row, as a CSV file."""
        spec = self.current_tab().spec
        name = f"{spec.csv_kind}-{self.shop.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save report as CSV"), name, tr("CSV files (*.csv)")
        )
        if not path:
            return
        saved = run_action(self, lambda: svc.save_report_csv(self.shop, spec.csv_kind, path))
        if saved:
            self.statusMessage.emit(tr("%n row(s) saved to {0}", "", saved.value).format(path))

    def print_report(self) -> None:
        from jitdesk.documents.monthly_report import monthly_report_pdf
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
        from jitdesk.services.documents import shop_info
        from jitdesk.services.settings import get_settings

        def write_pdf() -> Path:
            data = svc.all_reports(self.shop)
            path = Path(tempfile.mkdtemp(prefix="jitdesk-report-")) / "monthly-report.pdf"
            monthly_report_pdf(shop_info(get_settings(self.shop)), data, path)
            return path

        written = run_action(self, write_pdf, known=(OSError,))
        if written:
            PdfPreviewDialog(written.value, self).exec()
