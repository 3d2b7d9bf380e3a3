"""Customer orders: search, status, customer and date filters (in SQL), the list, the selected
order beside it (lines, payments, timeline, actions) and the order dialog."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.numbering import CUSTOMER_ORDER, widest_number
from jitdesk.domain.order_progress import (
    ACTIVE_PROGRESS,
    PROGRESS_TITLES,
    OrderProgress,
)
from jitdesk.gui.dialogs.order_dialog import OrderDialog
from jitdesk.gui.feedback import show_error
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr, tr_label
from jitdesk.gui.models.order_table_model import (
    BALANCE,
    CUSTOMER,
    DATE,
    NUMBER,
    PAID,
    PROMISED,
    STATUS,
    TOTAL,
    OrderTableModel,
    progress_text,
)
from jitdesk.gui.pages.order_detail import OrderDetailPanel
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.customer_picker import CustomerPicker
from jitdesk.gui.widgets.list_view import list_view
from jitdesk.services.shop import Changes, Shop

# (label, progress shown); the first entry is the default view.
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TR_NOOP("All open"), tuple(p.value for p in OrderProgress if p in ACTIVE_PROGRESS)),
    *((title, (progress.value,)) for progress, title in PROGRESS_TITLES.items()),
    (QT_TR_NOOP("All orders"), ()),
)
ALL_ORDERS = len(STATUS_CHOICES) - 1  # the index of "All orders"
VIEW_KEYS = [",".join(progress) or "all" for _label, progress in STATUS_CHOICES]
# What the page shows is remembered between runs, like the window's layout.
SHOW_KEY = "orders/show"
LATE_ONLY_KEY = "orders/late_only"
SEARCH_DELAY_MS = 150
ANY_DATE = QDate(2000, 1, 1)  # the minimum of the date fields, shown as "any"


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
            self.status.addItem(tr_label(label), statuses)
        self.status.setAccessibleName(tr("Show orders with status"))
        self.late_only = QCheckBox(tr("&Late only"), self)
        self.late_only.setToolTip(
            tr("Only orders whose promised date has passed and that are not ready yet")
        )
        self._restore_view()
        self.count_label = QLabel(self)
        self.new_button = QPushButton(tr("&New order…"), self)

        self.model = OrderTableModel(shop, fmt, self)
        self.table = list_view(self.model, tr("Customer orders"), self)
        self._size_columns()

        self.customer = CustomerPicker(shop, self)
        self.customer.new_button.hide()
        self.customer.edit.setPlaceholderText(tr("Any customer"))
        self.customer.edit.setAccessibleName(tr("Only orders of customer"))
        self.date_from = self._date_edit(tr("Orders from date"))
        self.date_to = self._date_edit(tr("Orders up to date"))

        self.detail = OrderDetailPanel(shop, fmt, self)
        self.detail.changed.connect(self._on_detail_changed)
        self.detail.changed.connect(self.changed)  # then every page hears of it
        self.detail.navigate.connect(self.navigate)
        self.detail.statusMessage.connect(self.statusMessage)
        self.detail.editRequested.connect(self.open_order)

        status_caption = QLabel(tr("&Show:"), self)
        status_caption.setBuddy(self.status)
        customer_caption = QLabel(tr("C&ustomer:"), self)
        customer_caption.setBuddy(self.customer.edit)
        from_caption = QLabel(tr("Fro&m:"), self)
        from_caption.setBuddy(self.date_from)
        to_caption = QLabel(tr("&To:"), self)
        to_caption.setBuddy(self.date_to)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addSpacing(8)
        bar.addWidget(status_caption)
        bar.addWidget(self.status)
        bar.addWidget(self.late_only)
        bar.addSpacing(8)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(customer_caption)
        filters.addWidget(self.customer, 2)
        filters.addSpacing(8)
        filters.addWidget(from_caption)
        filters.addWidget(self.date_from)
        filters.addWidget(to_caption)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 460])  # the order's lines need room for their names too
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.late_only)
        self.setTabOrder(self.late_only, self.new_button)
        self.setTabOrder(self.new_button, self.customer.edit)
        self.setTabOrder(self.customer.edit, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(lambda _i: self._on_view_changed())
        self.late_only.toggled.connect(lambda _on: self._on_view_changed())
        self.customer.customerChanged.connect(lambda _c: self.apply_filter())
        self.customer.edit.textChanged.connect(self._on_customer_text)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda _sel, _desel: self._show_selected()
        )
        self.model.modelReset.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_order)
        # The list loads when the page is first shown (Page.showEvent -> reload).

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        padding = 14  # the cell margins; more would squeeze the customer's name

        def fit(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + padding

        money_sample = self.fmt.money(99_999_99)
        date_sample = self.fmt.date("2026-12-28")
        widths = {
            NUMBER: fit(widest_number(CUSTOMER_ORDER)),
            DATE: fit(date_sample),
            STATUS: max(fit(progress_text(p.value, late=True)) for p in PROGRESS_TITLES),
            PROMISED: fit(date_sample),
            TOTAL: fit(money_sample),
            PAID: fit(money_sample),
            BALANCE: fit(money_sample),
        }
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, fit(title)))
        # What was paid and the total are in the detail panel; the customer's name needs the
        # room more. A status narrowed by hand keeps its end (" · late") in sight.
        self.table.setColumnHidden(PAID, True)
        self.table.setColumnHidden(TOTAL, True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(tr("any"))
        edit.setDate(ANY_DATE)
        edit.setDisplayFormat(self.fmt.locale.dateFormat(self.fmt.locale.FormatType.ShortFormat))
        edit.setAccessibleName(name)
        return edit

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        return OrderFilter(
            text=self.search.text().strip(),
            progress=self.status.currentData(),
            late_only=self.late_only.isChecked(),
            customer_id=self.customer.customer_id(),
            date_from=_iso(self.date_from.date()),
            date_to=_iso(self.date_to.date()),
        )

    def _restore_view(self) -> None:
        settings = QSettings()
        shown = settings.value(SHOW_KEY, "")
        if shown in VIEW_KEYS:
            self.status.setCurrentIndex(VIEW_KEYS.index(shown))
        self.late_only.setChecked(settings.value(LATE_ONLY_KEY, False) in (True, "true"))

    def _on_view_changed(self) -> None:
        settings = QSettings()
        settings.setValue(SHOW_KEY, VIEW_KEYS[self.status.currentIndex()])
        settings.setValue(LATE_ONLY_KEY, self.late_only.isChecked())
        self.apply_filter()

    def show_everything(self) -> None:
        """Every order of every status, late or not (a target outside the current view)."""
        self.late_only.setChecked(False)
        self.status.setCurrentIndex(ALL_ORDERS)

    def _on_customer_text(self, text: str) -> None:
        """Clearing the customer field shows every customer's orders again."""
        if not text.strip() and self.customer.customer_id() is not None:
            self.customer.set_customer(None)
            self.apply_filter()

    def set_date_range(self, start: QDate | None, end: QDate | None) -> None:
        """Show orders dated from `start` to `end` (None: any)."""
        self.date_from.setDate(start or ANY_DATE)
        self.date_to.setDate(end or ANY_DATE)

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
        if (
            changes is None
            or changes.customer_orders
            or changes.customers
            or changes.supplier_orders
        ):
            self.mark_stale()

    def reload(self) -> None:
        self.apply_filter()

    def open_target(self, target: object) -> None:
        """Show one order (an id, or a number such as C-2026-0042) in the list and beside it."""
        if isinstance(target, str):
            self.search.setText(target)
            self.apply_filter()
            if self.model.rowCount() == 0:
                self.show_everything()
            row = self.model.order_id(0)
            if row is not None:
                self.select_order(row)
            return
        if isinstance(target, int) and not self.select_order(target):
            self.search.clear()
            self.customer.set_customer(None)
            self.set_date_range(None, None)
            self.show_everything()
            self.apply_filter()
            if not self.select_order(target):
                self.detail.show_order(target)

    def _show_selected(self) -> None:
        self.detail.show_order(self.selected_order_id())

    def _on_detail_changed(self, _changes: Changes) -> None:
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
        dialog.changed.connect(self.changed)  # after `after_save`: the dialog closes first
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


def _iso(day: QDate) -> str | None:
    return None if day == ANY_DATE or not day.isValid() else day.toString(Qt.DateFormat.ISODate)


def _orders_text(count: int) -> str:
    return tr("1 order") if count == 1 else tr("{count} orders").format(count=count)
