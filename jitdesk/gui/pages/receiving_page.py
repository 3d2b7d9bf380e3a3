"""Receiving: pick or scan an expected supplier order, count what came (typed or scanned),
record it, and see where every unit went; print or e-mail the pickup notices of orders now
ready."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.numbering import SUPPLIER_ORDER, widest_number
from jitdesk.domain.statuses import Action, supplier_allows, supplier_status_title
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.dialogs.put_away_dialog import PutAwayDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import status_title, tr
from jitdesk.gui.models.receiving_model import (
    E_EXPECTED,
    E_NUMBER,
    E_OUTSTANDING,
    E_SUPPLIER,
    L_DESCRIPTION,
    L_NOW,
    L_ORDERED,
    L_OUTSTANDING,
    L_RECEIVED,
    L_SUPPLIER_SKU,
    MAX_RECEIVE,
    ExpectedOrdersModel,
    ReceivingLinesModel,
)
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.list_view import list_view
from jitdesk.gui.widgets.results_panel import OPEN_FILE, Link, ResultsPanel
from jitdesk.services import receiving, receiving_views
from jitdesk.services.receiving import ReceiptResult, UndoResult
from jitdesk.services.receiving_views import ReceivingOrder
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.today import mark_notified


class QuantityDelegate(QStyledItemDelegate):
    """A spin box for "Receive now" (whole units, zero or more)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_RECEIVE)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(tr("Units received now"))
        return editor


class ReceivingPage(Page):
    key = "receiving"

    @classmethod
    def title(cls) -> str:
        return tr("Receiving")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.order: ReceivingOrder | None = None
        self.last_result: ReceiptResult | None = None
        self.preview: PdfPreviewDialog | None = None
        self._build_order_list()
        self._build_receiving()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_box)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # the detail takes what is left once the list shows every column (at 1280 pixels too)
        splitter.setSizes([max(440, self._list_width), 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect()
        self._show_order(None)

    # -- building ----------------------------------------------------------------------------
    def _build_order_list(self) -> None:
        self.list_box = QWidget(self)
        caption = QLabel(tr("Supplier &order:"), self.list_box)
        self.order_field = QLineEdit(self.list_box)
        self.order_field.setPlaceholderText(tr("Scan or type its number, then Enter"))
        self.order_field.setAccessibleName(tr("Supplier order number"))
        self.order_field.setClearButtonEnabled(True)
        caption.setBuddy(self.order_field)
        self.order_message = FieldMessage(self.list_box)
        self.list_caption = QLabel(self.list_box)
        self.orders_model = ExpectedOrdersModel(self.fmt, self)
        self.orders_table = list_view(
            self.orders_model, tr("Expected supplier orders"), self.list_box
        )
        self.orders_table.horizontalHeader().setHighlightSections(False)
        header = self.orders_table.horizontalHeader()
        header.setSectionResizeMode(E_SUPPLIER, QHeaderView.ResizeMode.Stretch)
        metrics = self.orders_table.fontMetrics()
        header.resizeSection(
            E_NUMBER, metrics.horizontalAdvance(widest_number(SUPPLIER_ORDER)) + 20
        )
        # late dates are bold and say so in the user's language ("(verspätet)" is long)
        bold = QFont(self.orders_table.font())
        bold.setBold(True)
        late_sample = tr("{date} (late)").format(date=self.fmt.date("2026-12-28"))
        header.resizeSection(E_EXPECTED, QFontMetrics(bold).horizontalAdvance(late_sample) + 44)
        header.resizeSection(E_OUTSTANDING, metrics.horizontalAdvance(tr("Units due")) + 20)
        # wide enough that longer translated columns still leave the supplier's name readable
        self._list_width = (
            sum(header.sectionSize(c) for c in (E_NUMBER, E_EXPECTED, E_OUTSTANDING))
            + metrics.averageCharWidth() * 36
        )  # a supplier name of about 30 characters
        layout = QVBoxLayout(self.list_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.order_field)
        layout.addWidget(self.order_message)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.orders_table, 1)

    def _build_receiving(self) -> None:
        self.detail_box = QWidget(self)
        self.heading = QLabel(self.detail_box)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self.detail_box)
        self.subheading.setWordWrap(True)
        scan_caption = QLabel(tr("Scan &product:"), self.detail_box)
        self.scan_field = QLineEdit(self.detail_box)
        self.scan_field.setPlaceholderText(tr("Barcode, shop SKU or supplier SKU, then Enter"))
        self.scan_field.setAccessibleName(tr("Scan product code"))
        scan_caption.setBuddy(self.scan_field)
        self.scan_message = FieldMessage(self.detail_box)
        self.lines_model = ReceivingLinesModel(self)
        self.lines_table = QTableView(self.detail_box)
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setAccessibleName(tr("Lines of the supplier order"))
        self.lines_table.setItemDelegateForColumn(L_NOW, QuantityDelegate(self.lines_table))
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.verticalHeader().setVisible(False)
        self.lines_table.verticalHeader().setDefaultSectionSize(
            self.lines_table.fontMetrics().height() + 12
        )
        self._size_line_columns()
        self.total_label = QLabel(self.detail_box)
        self.fill_button = QPushButton(tr("&Fill outstanding"), self.detail_box)
        self.clear_button = QPushButton(tr("C&lear"), self.detail_box)
        self.record_button = QPushButton(tr("&Record delivery"), self.detail_box)
        self.record_button.setToolTip(tr("Record the units in “Receive now” (Ctrl+Return)"))
        self.undo_button = QPushButton(tr("&Undo last delivery…"), self.detail_box)
        # the count on its own line: beside four buttons it made the panel too wide for the
        # list of expected orders in German
        self.total_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.record_button)

        self.results = ResultsPanel(self.detail_box)
        self.results.navigate.connect(self.navigate)
        self.result_box = QGroupBox(tr("Where the units went"), self.detail_box)
        self.result_view = QTextBrowser(self.result_box)
        self.result_view.setAccessibleName(tr("Where the delivered units went"))
        self.result_view.setOpenLinks(False)
        self.print_button = QPushButton(tr("&Print pickup notices"), self.result_box)
        self.email_button = QPushButton(tr("E&mail pickup notices…"), self.result_box)
        self.email_button.setToolTip(tr("E-mail the pickup notice to each customer now ready"))
        self.put_away_button = QPushButton(tr("Put a&way…"), self.result_box)
        self.labels_button = QPushButton(tr("Print la&bels…"), self.result_box)
        self._enable_put_away(False)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_view, 1)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.put_away_button)
        print_row.addWidget(self.labels_button)
        print_row.addWidget(self.email_button)
        print_row.addWidget(self.print_button)
        result_layout.addLayout(print_row)

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_caption)
        scan_row.addWidget(self.scan_field, 1)
        layout = QVBoxLayout(self.detail_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(scan_row)
        layout.addWidget(self.scan_message)
        layout.addWidget(self.lines_table, 3)
        layout.addWidget(self.total_label)
        layout.addLayout(buttons)
        layout.addWidget(self.results)
        layout.addWidget(self.result_box, 2)
        self.setTabOrder(self.order_field, self.orders_table)
        self.setTabOrder(self.orders_table, self.scan_field)
        self.setTabOrder(self.scan_field, self.lines_table)
        self.setTabOrder(self.lines_table, self.fill_button)
        self.setTabOrder(self.fill_button, self.clear_button)
        self.setTabOrder(self.clear_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.record_button)
        self.setTabOrder(self.record_button, self.result_view)
        self.setTabOrder(self.result_view, self.put_away_button)
        self.setTabOrder(self.put_away_button, self.labels_button)
        self.setTabOrder(self.labels_button, self.email_button)
        self.setTabOrder(self.email_button, self.print_button)

    def _size_line_columns(self) -> None:
        header = self.lines_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(L_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        metrics = self.lines_table.fontMetrics()
        header.resizeSection(L_SUPPLIER_SKU, metrics.horizontalAdvance("SUPPLIER-SKU-00") + 20)
        for column in (L_ORDERED, L_RECEIVED, L_OUTSTANDING, L_NOW):
            title = self.lines_model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, metrics.horizontalAdvance(title) + 18)

    def _connect(self) -> None:
        self.order_field.returnPressed.connect(self.open_number)
        self.order_field.textEdited.connect(lambda _t: self.order_message.clear())
        self.orders_table.selectionModel().currentRowChanged.connect(self._on_order_row)
        self.scan_field.returnPressed.connect(self.scan_code)
        self.scan_field.textEdited.connect(lambda _t: self.scan_message.clear())
        self.fill_button.clicked.connect(self.lines_model.fill_outstanding)
        self.clear_button.clicked.connect(self.lines_model.clear_quantities)
        self.record_button.clicked.connect(self.record_delivery)
        self.undo_button.clicked.connect(self.undo_last_delivery)
        self.print_button.clicked.connect(self.print_pickup_notices)
        self.email_button.clicked.connect(self.email_pickup_notices)
        self.put_away_button.clicked.connect(self.put_away)
        self.labels_button.clicked.connect(self.print_labels)
        self.lines_model.quantitiesChanged.connect(self._update_buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.record_delivery)
        enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.activated.connect(self.record_delivery)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.order.id if self.order else None
        self.orders_model.set_rows(receiving_views.expected_orders(self.shop))
        count, late = self.orders_model.rowCount(), self.orders_model.late_count()
        if count == 0:
            text = tr("No supplier order is expected: send one first.")
        elif late:
            text = tr("{count} expected, {late} late (listed first)").format(count=count, late=late)
        else:
            text = tr("{count} expected").format(count=count)
        self.list_caption.setText(text)
        if current is not None:
            self.load_order(current, keep_quantities=True)

    def focus_search(self) -> None:
        self.order_field.setFocus()
        self.order_field.selectAll()

    def open_target(self, target: object) -> None:
        if isinstance(target, str):
            self.order_field.setText(target)
            self.open_number()
        elif isinstance(target, int):
            self.load_order(target)

    def open_number(self) -> None:
        """The supplier order number typed or scanned into the order field."""
        try:
            so_id = receiving_views.find_receivable_order(self.shop, self.order_field.text())
        except JitdeskError as exc:
            self.order_message.show_message(str(exc))
            self.order_field.selectAll()
            return
        self.order_message.clear()
        self.order_field.clear()
        self.load_order(so_id)

    def _on_order_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = self.orders_model.order(current.row())
        if order is not None and (self.order is None or self.order.id != order.id):
            self.load_order(order.id)

    def load_order(self, so_id: int, *, keep_quantities: bool = False) -> bool:
        try:
            order = receiving_views.receiving_order(self.shop, so_id)
        except JitdeskError as exc:
            self.order_message.show_message(str(exc))
            self._show_order(None)
            return False
        kept = self.lines_model.quantities() if keep_quantities and self.order else {}
        if self.order is None or self.order.id != so_id:
            self.last_result = None
            self._show_result(None)
            self.results.hide()
        self._show_order(order)
        for row in range(self.lines_model.rowCount()):
            if self.lines_model.line(row).id in kept:
                self.lines_model.set_receive_now(row, kept[self.lines_model.line(row).id])
        self._select_in_list(so_id)
        self.scan_field.setFocus()
        return True

    def _select_in_list(self, so_id: int) -> None:
        row = self.orders_model.row_of(so_id)
        selection = self.orders_table.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.orders_model.index(row, E_NUMBER)
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.orders_table.scrollTo(index)

    def _show_order(self, order: ReceivingOrder | None) -> None:
        self.scan_message.clear()
        if order is None:
            self.heading.setText(tr("Choose a supplier order"))
            self.subheading.setText(
                tr("Pick an expected order on the left, or scan the number on its delivery note.")
            )
            self.lines_model.set_lines([])
            self.scan_field.clear()
        else:
            if self.order is None or self.order.id != order.id:
                self.scan_field.clear()
            self.heading.setText(f"{order.number} · {order.supplier_name}")
            self.subheading.setText(self._order_summary(order))
            self.lines_model.set_lines(order.lines)
        self.order = order
        self._update_buttons()

    def _order_summary(self, order: ReceivingOrder) -> str:
        status = status_title(supplier_status_title(order.status))
        parts = [status]
        if order.expected_date:
            parts.append(tr("expected {date}").format(date=self.fmt.long_date(order.expected_date)))
            if order.receivable and order.expected_date < self.shop.today():
                parts.append(tr("late"))
        if order.receipt_count:
            parts.append(tr("%n delivery(ies) recorded", "", order.receipt_count))
        if not order.receivable:
            parts.append(tr("nothing more can be received"))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        order = self.order
        can_receive = bool(order and order.receivable)
        total = self.lines_model.total_now()
        self.scan_field.setEnabled(can_receive)
        if not can_receive:
            self.scan_field.clear()
            self.scan_message.clear()
        self.fill_button.setEnabled(can_receive)
        self.clear_button.setEnabled(can_receive and total > 0)
        self.record_button.setEnabled(can_receive and total > 0)
        self.undo_button.setEnabled(
            bool(
                order and order.receipt_count and supplier_allows(order.status, Action.UNDO_RECEIPT)
            )
        )
        self.total_label.setText(tr("%n unit(s) to record", "", total) if can_receive else "")

    # -- scanning ----------------------------------------------------------------------------
    def scan_code(self) -> None:
        """A scanned (or typed) product code adds one unit to its line."""
        code = self.scan_field.text().strip()
        if not code or self.order is None:
            return
        row = self.lines_model.row_for_code(code)
        if row is None:
            self.scan_message.show_message(
                tr("No line of {number} has code {code}.").format(
                    number=self.order.number, code=code
                )
            )
            self.scan_field.selectAll()
            return
        self.lines_model.set_receive_now(row, self.lines_model.receive_now(row) + 1)
        line = self.lines_model.line(row)
        self.scan_message.clear()
        self.scan_field.clear()
        self.lines_table.setCurrentIndex(self.lines_model.index(row, L_NOW))
        self.statusMessage.emit(
            tr("{sku}: {n} of {due} outstanding").format(
                sku=line.supplier_sku or line.sku,
                n=self.lines_model.receive_now(row),
                due=line.outstanding,
            )
        )

    # -- recording ---------------------------------------------------------------------------
    def record_delivery(self) -> ReceiptResult | None:
        self._commit_open_editor()
        if self.order is None or not self.record_button.isEnabled():
            return None
        over = self.lines_model.over_deliveries()
        if over and not self._confirm_over_delivery(over):
            return None
        so_id, quantities = self.order.id, self.lines_model.quantities()
        recorded = run_action(
            self,
            lambda: receiving.record_receipt(self.shop, so_id, quantities),
            changed=self.changed,
            on_success=self._recorded,
            title=tr("Record delivery"),
        )
        self.reload()
        if not recorded:
            return None
        self.scan_field.setFocus()
        return recorded.value

    def _recorded(self, result: ReceiptResult) -> None:
        self.last_result = result
        self.load_order(result.supplier_order_id)
        self._show_result(result)
        message = tr("Delivery for {number} recorded: {units}, {ready} now ready.").format(
            number=result.supplier_order_number,
            units=tr("%n unit(s)", "", result.units_received),
            ready=tr("%n order(s)", "", len(result.newly_ready)),
        )
        if result.units_to_surplus:
            message += " " + tr("%n unit(s) went to surplus.", "", result.units_to_surplus)
        self.statusMessage.emit(message)
        ready: list[Link] = [(o.number, "orders", o.order_id) for o in result.newly_ready]
        delivered: list[Link] = [
            (result.supplier_order_number, "supplier_orders", result.supplier_order_id)
        ]
        self.results.show_result(
            message, [(tr("Now ready for pickup:"), ready), (tr("Supplier order:"), delivered)]
        )

    def _commit_open_editor(self) -> None:
        """A quantity still being typed in the table counts (Ctrl+Return from the spin box)."""
        editor = self.lines_table.indexWidget(self.lines_table.currentIndex())
        if editor is not None:
            self.lines_table.commitData(editor)
            self.lines_table.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _confirm_over_delivery(self, over) -> bool:
        lines = "\n".join(
            tr("• {sku} {description}: {extra} more than outstanding").format(
                sku=line.supplier_sku or line.sku, description=line.description, extra=extra
            )
            for line, extra in over
        )
        answer = QMessageBox.question(
            self,
            tr("More than was ordered"),
            tr(
                "This delivery has more than is outstanding:\n{lines}\n\nThe extra units go to "
                "surplus. Record it anyway?"
            ).format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_result(self, result: ReceiptResult | None) -> None:
        if result is None:
            self.result_view.clear()
            self.result_box.setTitle(tr("Where the units went"))
            self.print_button.setEnabled(False)
            self.email_button.setEnabled(False)
            self._enable_put_away(False)
            return
        self.result_box.setTitle(
            tr("Where the %n unit(s) of this delivery went", "", result.units_received)
        )
        self.result_view.setHtml(result_html(result))
        self.print_button.setEnabled(bool(result.newly_ready))
        self.email_button.setEnabled(bool(result.newly_ready))
        self._enable_put_away(bool(result.newly_ready))

    def _enable_put_away(self, ready: bool) -> None:
        self.put_away_button.setEnabled(ready)
        self.put_away_button.setToolTip(
            tr("Choose the shelf and bag count of each order now ready")
            if ready
            else tr("No order became ready with this delivery: there is nothing to put away.")
        )
        self.labels_button.setEnabled(ready)
        self.labels_button.setToolTip(
            tr(
                "A label for each bag of the orders now ready (put them away first to print the shelf)"
            )
            if ready
            else tr("No order became ready with this delivery: there is nothing to label.")
        )

    def print_labels(self) -> Path | None:
        """The bag labels of the orders this delivery made ready, previewed for printing."""
        from jitdesk.documents.generate import generate_order_labels

        result = self.last_result
        if result is None or not result.newly_ready:
            return None
        ids = [o.order_id for o in result.newly_ready]
        title = result.supplier_order_number
        written = run_action(
            self,
            lambda: generate_order_labels(self.shop, ids, title).path,
            title=tr("Print labels"),
        )
        if not written or written.value is None:
            return None
        path = written.value
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, self, tr("Order labels"))
        self.preview.exec()
        return path

    def put_away(self) -> PutAwayDialog | None:
        """Ask where each order this delivery made ready waits for pickup."""
        result = self.last_result
        if result is None or not result.newly_ready:
            return None
        orders = [(o.order_id, o.number, o.customer_name) for o in result.newly_ready]
        dialog = PutAwayDialog(self.shop, orders, self)
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def undo_last_delivery(self) -> bool:
        if self.order is None:
            return False
        answer = QMessageBox.question(
            self,
            tr("Undo last delivery"),
            tr(
                "Remove the last delivery recorded for {number}, as if it had never been "
                "entered? Orders it made ready become open again."
            ).format(number=self.order.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        so_id = self.order.id
        undone = run_action(
            self,
            lambda: receiving.undo_last_receipt(self.shop, so_id),
            changed=self.changed,
            on_success=lambda result: self._undone(so_id, result),
            title=tr("Undo last delivery"),
        )
        if not undone:
            return False
        self.reload()
        return True

    def _undone(self, so_id: int, result: UndoResult) -> None:
        self.last_result = None
        self.results.hide()
        self.load_order(so_id)
        self.result_box.setTitle(tr("Delivery undone"))
        reopened = len(result.reopened)
        self.result_view.setPlainText(
            tr("The last delivery for {number} was undone; it is {status} again.").format(
                number=result.supplier_order_number,
                status=status_title(supplier_status_title(result.status)),
            )
            + ("\n" + tr("%n order(s) are open again.", "", reopened) if reopened else "")
        )
        self.print_button.setEnabled(False)
        self.email_button.setEnabled(False)
        self._enable_put_away(False)
        self.statusMessage.emit(
            tr("Last delivery for {number} undone.").format(number=result.supplier_order_number)
        )

    # -- pickup notices ----------------------------------------------------------------------
    def print_pickup_notices(self) -> Path | None:
        result = self.last_result
        if result is None or not result.newly_ready:
            return None
        numbers = [o.number for o in result.newly_ready]
        ids = [o.order_id for o in result.newly_ready]

        def write_and_notify() -> WithChanges[Path]:
            path = write_pickup_notices(self.shop, numbers, result.supplier_order_number)
            return WithChanges(path, mark_notified(self.shop, ids))

        written = run_action(
            self, write_and_notify, changed=self.changed, title=tr("Print pickup notices")
        )
        if not written or written.value is None:
            return None
        path = written.value.value
        self.statusMessage.emit(
            tr("%n pickup notice(s) saved to {path}", "", len(numbers)).format(path=path)
        )
        self.results.show_result(
            tr(
                "%n pickup notice(s) printed into {file}; those customers count as notified.",
                "",
                len(numbers),
            ).format(file=path.name),
            printed_links(result.newly_ready, path),
        )
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, self, tr("Pickup notices"))
        self.preview.exec()
        return path

    def email_pickup_notices(self) -> None:
        """E-mail the notices of the orders this delivery made ready: through the mail server
        (one batch, progress, a summary of what failed), else one prepared message each in the
        mail program. Orders become notified only once sent."""
        from jitdesk.gui.actions import email_actions

        result = self.last_result
        if result is None or not result.newly_ready:
            return
        numbers = [o.number for o in result.newly_ready]
        if email_actions.smtp_configured(self.shop):
            email_actions.email_ready_pickup_notices(
                self, self.shop, self.changed, numbers, on_sent=self._notified
            )
            return
        opened = email_actions.mail_pickup_notices_without_server(self, self.shop, numbers)
        if not opened or not email_actions.confirm_notified(self, opened):
            return
        ids = [o.order_id for o in result.newly_ready if o.number in opened]
        run_action(
            self,
            lambda: mark_notified(self.shop, ids),
            changed=self.changed,
            on_success=self._notified,
            title=tr("E-mail pickup notices"),
        )

    def _notified(self, changes: Changes) -> None:
        message = tr("%n customer(s) notified.", "", len(changes.customer_orders))
        self.statusMessage.emit(message)
        told = [o for o in (self.last_result.newly_ready if self.last_result else [])]
        links: list[Link] = [
            (o.number, "orders", o.order_id) for o in told if o.order_id in changes.customer_orders
        ]
        self.results.show_result(message, [(tr("Notified:"), links)])


def printed_links(orders, path: Path) -> list[tuple[str, list[Link]]]:
    """The link groups after printing notices: the orders, then the PDF and the Documents
    page."""
    return [
        (tr("Notified:"), [(o.number, "orders", o.order_id) for o in orders]),
        (
            tr("Document:"),
            [(path.name, OPEN_FILE, str(path)), (tr("All documents"), "documents", None)],
        ),
    ]


def result_html(result: ReceiptResult) -> str:
    """Per delivered line: how many went to which customer order, how many to surplus."""
    esc = html.escape
    parts = [
        "<p><b>{}</b></p>".format(
            esc(
                tr(
                    "{number}: %n unit(s) received, {surplus} to surplus; the order is now {status}.",
                    "",
                    result.units_received,
                ).format(
                    number=result.supplier_order_number,
                    surplus=result.units_to_surplus,
                    status=status_title(supplier_status_title(result.status)).lower(),
                )
            )
        ),
        "<ul>",
    ]
    for line in result.lines:
        where = [
            tr("{n} to {number} ({customer})").format(
                n=to.quantity, number=to.order_number, customer=to.customer_name
            )
            for to in line.to_orders
        ]
        if line.to_surplus:
            where.append(tr("{n} to surplus").format(n=line.to_surplus))
        parts.append(
            "<li>{}: {}</li>".format(
                esc(
                    tr("{sku} {name} ({n} received)").format(
                        sku=line.sku, name=line.name, n=line.received
                    )
                ),
                esc(", ".join(where) or tr("nothing")),
            )
        )
    parts.append("</ul>")
    if result.warnings:
        parts.append("<p><b>{}</b></p><ul>".format(esc(tr("Warnings"))))
        parts += [f"<li>{esc(w)}</li>" for w in result.warnings]
        parts.append("</ul>")
    if result.newly_ready:
        parts.append("<p><b>{}</b></p><ul>".format(esc(tr("Now ready for pickup"))))
        parts += [f"<li>{esc(o.number)} · {esc(o.customer_name)}</li>" for o in result.newly_ready]
        parts.append("</ul>")
    else:
        parts.append("<p>{}</p>".format(esc(tr("No order became ready with this delivery."))))
    return "".join(parts)


def write_pickup_notices(shop: Shop, numbers: list[str], so_number: str) -> Path:
    """The pickup notices of `numbers` in one PDF in the documents folder, logged."""
    from jitdesk.documents.generate import generate_pickup_notices

    return generate_pickup_notices(shop, numbers, so_number).path
