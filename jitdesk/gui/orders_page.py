"""Customer orders: search and status filter (in SQL), the list, and the order dialog."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.order_dialog import OrderDialog
from jitdesk.gui.order_table_model import (
    BALANCE,
    CUSTOMER,
    DATE,
    NUMBER,
    PAID,
    PROMISED,
    STATUS,
    TOTAL,
    OrderTableModel,
)
from jitdesk.gui.page import Page
from jitdesk.gui.widgets import show_error, tr
from jitdesk.services.shop import Changes, Shop
from jitdesk.store.orders import OrderFilter  # plain data: the filter the list query takes

# (label, statuses); the first entry is the default view.
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Open and ready", ("open", "ready")),
    ("All orders", ()),
    ("Open", ("open",)),
    ("Ready", ("ready",)),
    ("Completed", ("completed",)),
    ("Cancelled", ("cancelled",)),
)
SEARCH_DELAY_MS = 150


class OrdersPage(Page):
    key = "orders"

    @classmethod
    def title(cls) -> str:
        return tr("Customer orders")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.dialog: OrderDialog | None = None  # the order dialog last opened
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search by number, customer, phone or email"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search orders"))
        self.status = QComboBox(self)
        for label, statuses in STATUS_CHOICES:
            self.status.addItem(tr(label), statuses)
        self.status.setAccessibleName(tr("Show orders with status"))
        self.count_label = QLabel(self)
        self.new_button = QPushButton(tr("&New order…"), self)

        self.model = OrderTableModel(shop, fmt, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Customer orders"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self._size_columns()

        status_caption = QLabel(tr("&Show:"), self)
        status_caption.setBuddy(self.status)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addSpacing(8)
        bar.addWidget(status_caption)
        bar.addWidget(self.status)
        bar.addSpacing(8)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_order)
        self.apply_filter()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        padding = 24

        def fit(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + padding

        money_sample = self.fmt.money(999_999_99)
        date_sample = self.fmt.date("2026-12-28")
        widths = {
            NUMBER: fit("C-2026-00000"),
            DATE: fit(date_sample),
            STATUS: fit(tr("Completed")),
            PROMISED: fit(date_sample),
            TOTAL: fit(money_sample),
            PAID: fit(money_sample),
            BALANCE: fit(money_sample),
        }
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, fit(title)))

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        return OrderFilter(text=self.search.text().strip(), statuses=self.status.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_order_id()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if selected is not None:
            self.select_order(selected)

    def _update_count(self) -> None:
        self.count_label.setText(_orders_text(self.model.total_count()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.customer_orders or changes.customers:
            self.apply_filter()

    # -- selection and opening ---------------------------------------------------------------
    def selected_order_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.order_id(rows[0].row()) if rows else None

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        index = self.model.index(row, NUMBER)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        order_id = self.model.order_id(index.row())
        if order_id is not None:
            self.open_order(order_id)

    def new_order(self) -> OrderDialog | None:
        return self._run_dialog(None)

    def open_order(self, order_id: int) -> OrderDialog | None:
        return self._run_dialog(order_id)

    def _run_dialog(self, order_id: int | None) -> OrderDialog | None:
        """Open the order dialog window-modally (no nested event loop); saving refreshes."""
        try:
            dialog = OrderDialog(self.shop, order_id, fmt=self.fmt, parent=self)
        except JitdeskError as exc:  # e.g. the order was removed meanwhile
            show_error(self, exc)
            self.apply_filter()
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.after_save(dialog))
        dialog.open()
        return dialog

    def after_save(self, dialog: OrderDialog) -> None:
        """Show the saved order in the list and tell the rest of the window."""
        if dialog.order_id is None:
            return
        self.apply_filter()
        if not self.select_order(dialog.order_id) and self.search.text():
            self.search.clear()
            self.apply_filter()
            self.select_order(dialog.order_id)
        if dialog.created is not None:
            promised = self.fmt.long_date(dialog.created.promised_date)
            self.statusMessage.emit(
                tr("Order {number} logged; promised for {date}.").format(
                    number=dialog.number, date=promised
                )
            )
        else:
            self.statusMessage.emit(tr("Order {number} saved.").format(number=dialog.number))
        self.changed.emit(dialog.changes)


def _orders_text(count: int) -> str:
    return tr("1 order") if count == 1 else tr("{count} orders").format(count=count)
