"""Supplier orders: the list (status incl. late, supplier, number search; filtered in SQL and
loaded page by page) above the selected order's detail and actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.numbering import SUPPLIER_ORDER, widest_number
from jitdesk.domain.statuses import SupplierOrderStatus as _S
from jitdesk.domain.statuses import supplier_status_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr, tr_label
from jitdesk.gui.models.supplier_order_model import (
    EXPECTED,
    LINES,
    NUMBER,
    STATUS,
    SUPPLIER,
    VALUE,
    SupplierOrderTableModel,
)
from jitdesk.gui.pages.page import Page
from jitdesk.gui.pages.supplier_order_detail import SupplierOrderDetailPanel
from jitdesk.gui.widgets.list_view import list_view
from jitdesk.gui.widgets.owner_only import hide_cost_columns
from jitdesk.services import plan_views
from jitdesk.services.plan_views import LATE, SupplierOrderFilter
from jitdesk.services.shop import Changes, Shop

# (label, statuses); the first entry is the default view.
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TR_NOOP("Open (draft, sent, partly received)"),
        ("draft", "sent", "partially received"),
    ),
    (QT_TR_NOOP("All orders"), ()),
    (QT_TR_NOOP("Drafts"), ("draft",)),
    (supplier_status_title(_S.SENT), (_S.SENT.value,)),
    (QT_TR_NOOP("Late"), (LATE,)),
    *(
        (supplier_status_title(s), (s.value,))
        for s in (_S.PARTIALLY_RECEIVED, _S.RECEIVED, _S.CLOSED_SHORT, _S.CANCELLED)
    ),
)
SEARCH_DELAY_MS = 150


class SupplierOrdersPage(Page):
    key = "supplier_orders"

    @classmethod
    def title(cls) -> str:
        return tr("Supplier orders")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search by number or supplier"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search supplier orders"))
        # the hint stays readable in longer languages (the clear button takes room too)
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40
        )
        self.status = QComboBox(self)
        for label, statuses in STATUS_CHOICES:
            self.status.addItem(tr_label(label), statuses)
        self.status.setAccessibleName(tr("Show supplier orders with status"))
        self.supplier = QComboBox(self)
        self.supplier.setAccessibleName(tr("Show orders of supplier"))
        self.supplier.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)

        self.model = SupplierOrderTableModel(shop, fmt, self)
        self.table = list_view(self.model, tr("Supplier orders"), self)
        self._size_columns()

        self.detail = SupplierOrderDetailPanel(shop, fmt, self)
        self.detail.changed.connect(self._on_detail_changed)
        self.detail.changed.connect(self.changed)  # then every page hears of it
        self.detail.statusMessage.connect(self.statusMessage)
        self.detail.navigate.connect(self.navigate)

        status_caption = QLabel(tr("&Show:"), self)
        status_caption.setBuddy(self.status)
        supplier_caption = QLabel(tr("Su&pplier:"), self)
        supplier_caption.setBuddy(self.supplier)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addSpacing(8)
        bar.addWidget(status_caption)
        bar.addWidget(self.status)
        bar.addSpacing(8)
        bar.addWidget(supplier_caption)
        bar.addWidget(self.supplier)
        bar.addSpacing(8)
        bar.addWidget(self.count_label, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 470])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.supplier)
        self.setTabOrder(self.supplier, self.table)
        self.setTabOrder(self.table, self.detail.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.supplier.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._pending_target: int | None = None

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUPPLIER, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()

        def fit(text: str) -> int:
            return metrics.horizontalAdvance(text) + 24

        for column, sample in (
            (NUMBER, widest_number(SUPPLIER_ORDER)),
            (STATUS, status_title(supplier_status_title(_S.PARTIALLY_RECEIVED)) + tr(" · late")),
            (EXPECTED, self.fmt.date("2026-12-28")),
            (LINES, "9999"),
            (VALUE, self.fmt.money(999_999_99)),
        ):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(fit(sample), fit(title)))

    # -- loading and filtering ---------------------------------------------------------------
    def reload(self) -> None:
        hide_cost_columns(self.shop, self.table, VALUE)
        self._fill_suppliers()
        self.apply_filter()

    def _fill_suppliers(self) -> None:
        current = self.supplier.currentData()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItem(tr("All suppliers"), None)
        for supplier_id, name in plan_views.supplier_filter_choices(self.shop):
            self.supplier.addItem(name, supplier_id)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(current)))
        self.supplier.blockSignals(False)

    def current_filter(self) -> SupplierOrderFilter:
        return SupplierOrderFilter(
            statuses=self.status.currentData(),
            supplier_id=self.supplier.currentData(),
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self._pending_target or self.selected_id()
        self.model.set_filter(self.current_filter())
        count = self.model.total_count()
        self.count_label.setText(
            tr("1 order") if count == 1 else tr("{count} orders").format(count=count)
        )
        if (selected is None or not self.select(selected)) and self.model.rowCount():
            self.table.selectRow(0)
        self.detail.show_order(self.selected_id())  # its contents may have changed too

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.supplier_orders or changes.suppliers or changes.products:
            self.mark_stale()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection ---------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return self.model.order_id(self.table.currentIndex().row())

    def select(self, so_id: int) -> bool:
        row = self.model.row_of(so_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(so_id)
        if row is None:
            return False
        index = self.model.index(row, NUMBER)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_selected()
        return True

    def _show_selected(self) -> None:
        so_id = self.selected_id()
        if so_id != self.detail.so_id or so_id is None:
            self.detail.show_order(so_id)

    def open_target(self, target: object) -> None:
        """Show supplier order `target` (its id), widening the filter if it hides it."""
        if not isinstance(target, int):
            return
        self._pending_target = target
        if self._stale:
            self._stale = False
            self._fill_suppliers()
        self.apply_filter()
        if not self.select(target):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.supplier.setCurrentIndex(0)
            self.status.blockSignals(True)
            self.status.setCurrentIndex(1)  # all orders
            self.status.blockSignals(False)
            self.apply_filter()
            self.select(target)
        self._pending_target = None

    def _on_detail_changed(self, changes: Changes) -> None:
        so_id = self.detail.so_id
        self.apply_filter()
        if so_id is not None:
            self.select(so_id)
