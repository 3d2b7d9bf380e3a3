"""Reports page (issue 7): JIT's weak spots at a glance, with bar charts and a printable
monthly PDF report. Charts: see bar_chart.py for why QPainter rather than QtCharts."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.background import BackgroundRead
from jitdesk.gui.bar_chart import BarChart
from jitdesk.gui.page import Page
from jitdesk.gui.widgets import busy_cursor, show_error, tr
from jitdesk.services import reports as svc

MAX_TABLE_ROWS = 200


class RowsModel(QAbstractTableModel):
    """Read-only rows of display strings under fixed headers."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows[:MAX_TABLE_ROWS]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _fit_height(view: QTableView, most_rows: int = 8) -> None:
    """Tall enough for up to `most_rows` rows without an inner scroll bar; never below 160."""
    rows = min(view.model().rowCount(), most_rows)
    height = (
        view.horizontalHeader().sizeHint().height()
        + rows * view.verticalHeader().defaultSectionSize()
    )
    view.setMinimumHeight(max(160, height + 2 * view.frameWidth() + 4))


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


def _days(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


class ReportsPage(Page):
    key = "reports"

    @classmethod
    def title(cls) -> str:
        return tr("Reports")

    def __init__(self, shop, fmt, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.data: svc.AllReports | None = None
        self._reader = BackgroundRead(shop, self)
        self._reader.done.connect(self._on_reports)
        self._reader.failed.connect(self._on_failed)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.print_button = QPushButton(tr("&Print / preview monthly report"), self)
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.print_button)
        outer.addLayout(bar)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.tables: dict[str, RowsModel] = {}
        self.charts: dict[str, BarChart] = {}
        self._section("cash", tr("Cash and waste"), [tr("Figure"), tr("Amount")], chart=True)
        self._section(
            "suppliers",
            tr("Supplier reliability"),
            [tr("Supplier"), tr("Quoted days"), tr("Median days"), tr("p10-p90"),
             tr("On time"), tr("Fill rate"), tr("Price drift"), tr("Promises use")],
            chart=True,
        )  # fmt: skip
        self._section(
            "margins",
            tr("Orders whose margin fell below the threshold"),
            [tr("Order"), tr("Customer"), tr("Quoted"), tr("Cost now"), tr("Margin"),
             tr("Deposit held"), tr("Products")],
        )  # fmt: skip
        self._section(
            "spikes",
            tr("Demand spikes"),
            [tr("Product"), tr("This week"), tr("Usual week"), tr("Waiting"), tr("Suppliers")],
        )
        self._section(
            "waiting",
            tr("Customer waiting (days), orders placed in the last {0} days").format(
                svc.WAITING_WINDOW_DAYS
            ),
            [tr("Group"), tr("Orders"), tr("To ready"), tr("p90"), tr("To pickup"), tr("p90"),
             tr("Ready by promise")],
            chart=True,
        )  # fmt: skip
        self._section(
            "risk",
            tr("Orders at risk now"),
            [tr("Order"), tr("Customer"), tr("Promised"), tr("Days left"), tr("Units short")],
        )

    def _section(self, key: str, title: str, headers: list[str], chart: bool = False) -> None:
        label = QLabel(f"<b>{title}</b>", self)
        self.body.addWidget(label)
        if chart:
            self.charts[key] = BarChart(self)
            self.charts[key].setAccessibleName(title)
            self.body.addWidget(self.charts[key])
        model = RowsModel(headers, self)
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(title)
        view.verticalHeader().hide()
        view.setMinimumHeight(160)
        view.horizontalHeader().setStretchLastSection(True)
        self.tables[key] = model
        self.body.addWidget(view)
        view.model().modelReset.connect(view.resizeColumnsToContents)
        view.model().modelReset.connect(lambda v=view: _fit_height(v))

    def reload(self) -> None:
        """Show the page at once and compute the reports on a worker thread (a big shop
        takes about a second); the figures fill in when they are ready."""
        self.summary.setText(tr("Computing the reports…"))
        self.print_button.setEnabled(False)
        self._reader.start(svc.all_reports)

    def is_busy(self) -> bool:
        return self.is_computing()

    def is_computing(self) -> bool:
        return self._reader.running

    @property
    def last_compute_seconds(self) -> float:
        return self._reader.last_seconds

    def _on_failed(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        self.summary.setText(tr("The reports could not be computed: {0}").format(error))

    def _on_reports(self, data: svc.AllReports) -> None:
        self.print_button.setEnabled(True)
        self.data = data
        self._show(data)
        # Charts changed height: give the column its new height now rather than on later
        # events, so nothing is drawn squeezed and overlapping in between.
        self.body.activate()
        column = self.scroll.widget()
        column.resize(
            column.width(), max(column.minimumSizeHint().height(), self.scroll.viewport().height())
        )

    def _show(self, d: svc.AllReports) -> None:
        m = self.fmt.money
        cash = d.cash
        self.summary.setText(
            tr("Deposits held {0} · committed to suppliers {1} · {2} order(s) at risk").format(
                m(cash.deposits_held), m(cash.committed_to_suppliers), len(d.waiting.at_risk)
            )
        )
        self.tables["cash"].set_rows(
            [
                [tr("Deposits held"), m(cash.deposits_held)],
                [tr("Committed to suppliers"), m(cash.committed_to_suppliers)],
                [tr("Balance due on ready orders"), m(cash.balance_due_ready)],
                [tr("Surplus value"), m(cash.surplus_value)],
            ]
            + [[tr("Surplus {0}").format(b), m(v)] for b, _, v in cash.surplus_ages]
            + [[tr("Written off {0}").format(mo), m(v)] for mo, _, v in cash.write_offs]
        )
        self.charts["cash"].set_data(
            [(b, v / 100) for b, _, v in cash.surplus_ages], lambda v: m(round(v * 100))
        )
        self.tables["suppliers"].set_rows(
            [
                [
                    s.name, str(s.quoted_lead_days), _days(s.lead_median),
                    f"{_days(s.lead_p10)}-{_days(s.lead_p90)}" if s.lead_median is not None else "",
                    _pct(s.on_time_rate), _pct(s.fill_rate),
                    "" if s.price_drift is None else f"{s.price_drift * 100:+.1f} %",
                    tr("{0} days").format(s.observed_lead_days) if s.observed_lead_days else "",
                ]
                for s in d.suppliers
            ]
        )  # fmt: skip
        self.charts["suppliers"].set_data(
            [(s.name, (s.on_time_rate or 0) * 100) for s in d.suppliers if s.judged],
            lambda v: f"{v:.0f} % " + tr("on time"),
        )
        self.tables["margins"].set_rows(
            [
                [a.number, a.customer, m(a.quoted), m(a.cost), _pct(a.margin_rate),
                 m(a.deposit), a.products]
                for a in d.margins
            ]
        )  # fmt: skip
        self.tables["spikes"].set_rows(
            [
                [f"{s.sku} {s.name}", str(s.this_week), f"{s.usual_weekly:.1f}",
                 str(s.waiting_now),
                 "; ".join(f"{o.supplier} ({o.lead_time_days} d, min {o.min_qty})" for o in s.offers)]
                for s in d.spikes
            ]
        )  # fmt: skip
        w = d.waiting
        self.tables["waiting"].set_rows(
            [
                [r.label, str(r.orders), _days(r.ready_median), _days(r.ready_p90),
                 _days(r.pickup_median), _days(r.pickup_p90), _pct(r.on_time_share)]
                for r in [w.overall, *w.by_supplier, *w.by_product]
            ]
        )  # fmt: skip
        self.charts["waiting"].set_data(
            [(r.label, r.ready_median) for r in w.by_supplier if r.ready_median is not None],
            lambda v: tr("{0:.1f} days to ready").format(v),
        )
        self.tables["risk"].set_rows(
            [
                [a.number, a.customer, self.fmt.date(a.promised_date), str(a.days_left),
                 str(a.units_short)]
                for a in w.at_risk
            ]
        )  # fmt: skip

    def print_report(self) -> None:
        from jitdesk.documents.monthly_report import monthly_report_pdf
        from jitdesk.gui.pdf_preview import PdfPreviewDialog
        from jitdesk.services.documents import shop_info
        from jitdesk.services.settings import get_settings

        try:
            with busy_cursor():
                data = self.data or svc.all_reports(self.shop)
                path = Path(tempfile.mkdtemp(prefix="jitdesk-report-")) / "monthly-report.pdf"
                monthly_report_pdf(shop_info(get_settings(self.shop)), data, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user as one sentence
            show_error(self, exc)
            return
        PdfPreviewDialog(path, self).exec()
