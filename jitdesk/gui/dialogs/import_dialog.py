"""File → Import…: choose what and which file, see what will be created and every problem,
map unknown web-shop SKUs or the columns of an unknown export, then import: all or nothing, or,
when the owner chooses, the good web orders now and the problem ones once fixed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.background import run_with_progress
from jitdesk.gui.dialogs.column_mapping_dialog import ColumnMappingDialog
from jitdesk.gui.feedback import busy_cursor, show_error
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.results_panel import Link, ResultsPanel
from jitdesk.services.importing import ImportRejected, import_file
from jitdesk.services.plan_views import customer_order_numbers
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.webshop_import import (
    WebshopPreview,
    import_webshop,
    map_sku,
    preview_webshop_import,
    suggested_mapping,
)

WEBSHOP_KINDS = {
    "shopify": QT_TR_NOOP("Shopify order export"),
    "woocommerce": QT_TR_NOOP("WooCommerce order export"),
}
CSV_KINDS = ("suppliers", "products", "offers", "customers", "orders")
PRICE_LIST = "price-list"

# Preview table columns
COL_WHAT, COL_REF, COL_DETAIL, COL_AMOUNT = range(4)
LINKED = 20  # new orders linked in the result; the rest are counted in its sentence


class ImportDialog(QDialog):
    imported = Signal(object)  # Changes
    navigate = Signal(str, object)  # a link in the result: page key, target

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.fmt = shop, fmt
        self.preview: WebshopPreview | None = None
        self.mapping: dict[str, str] | None = None  # chosen in Map columns… for this file
        self.import_done = False  # imported: the dialog shows the result until it is closed
        self.result_text = ""
        self.setWindowTitle(tr("Import"))
        self.resize(820, 520)

        self.kind = QComboBox(self)
        for key, label in WEBSHOP_KINDS.items():
            self.kind.addItem(tr(label), key)
        for key in CSV_KINDS:
            self.kind.addItem(tr("jitdesk CSV: {0}").format(key), key)
        self.kind.addItem(tr("Supplier price list (CSV or Excel)…"), PRICE_LIST)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(tr("File to import"))
        self.browse = QPushButton(tr("&Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(tr("&What:"), self.kind)
        file_label = QLabel(tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)

        self.summary = QLabel(tr("Choose a file to see what will be imported."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [tr("What"), tr("Reference"), tr("Details"), tr("Amount")]
        )
        self.table.setAccessibleName(tr("Import preview"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_DETAIL, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.map_button = QPushButton(tr("&Map SKU…"), self)
        self.map_button.setEnabled(False)
        self.map_button.setToolTip(tr("Every SKU of this file is known."))
        self.columns_button = QPushButton(tr("Map co&lumns…"), self)
        self.columns_button.setVisible(False)
        self.leave_out = QCheckBox(tr("Import the &other orders and leave these out"), self)
        self.leave_out.setToolTip(
            tr(
                "The orders with a problem are not imported now; import the same file again "
                "once they are fixed and only they are added."
            )
        )
        self.leave_out.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.results = ResultsPanel(self)
        self.results.close_button.hide()  # closing the dialog dismisses it
        self.results.navigate.connect(self._open_link)
        bottom = QHBoxLayout()
        bottom.addWidget(self.map_button)
        bottom.addWidget(self.columns_button)
        bottom.addWidget(self.leave_out)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.results)
        layout.addLayout(bottom)

        self.browse.clicked.connect(self.choose_file)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.file_edit.editingFinished.connect(self.refresh_preview)
        self.map_button.clicked.connect(self.map_selected_sku)
        self.columns_button.clicked.connect(self.map_columns)
        self.leave_out.toggled.connect(lambda _on: self._update_import_button())
        self.file_edit.textEdited.connect(lambda _t: self._forget_mapping())
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self._close)

    # -- choosing ------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the file to import"), "", tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.file_edit.setText(path)
            self._forget_mapping()
            self.refresh_preview()

    def _forget_mapping(self) -> None:
        self.mapping = None

    def _kind_changed(self) -> None:
        self._forget_mapping()
        if self.current_kind() == PRICE_LIST:
            from jitdesk.gui.dialogs.price_list_dialog import PriceListDialog

            dialog = PriceListDialog(self.shop, self.fmt, self)
            dialog.applied.connect(self.imported)
            self.kind.setCurrentIndex(0)
            dialog.exec()
            return
        self.refresh_preview()

    # -- preview -------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.table.setRowCount(0)
        self.preview = None
        self.columns_button.setVisible(False)
        self.leave_out.setVisible(False)
        self.leave_out.setChecked(False)
        path = self.file_edit.text().strip()
        kind = self.current_kind()
        if not path:
            return
        if kind not in WEBSHOP_KINDS:
            self.summary.setText(
                tr("{0} files are checked as a whole when you import them.").format(kind)
            )
            self.import_button.setEnabled(Path(path).is_file())
            return
        try:
            with busy_cursor():
                self.preview = preview_webshop_import(self.shop, kind, path, self.mapping)
        except ImportRejected as exc:
            self._show_rejected(exc)
            return
        except JitdeskError as exc:
            self.summary.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        self._fill(self.preview)

    def _add_row(self, what: str, ref: str, detail: str, amount: str = "", data=None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((what, ref, detail, amount)):
            item = QTableWidgetItem(text)
            if col == COL_AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.table.setItem(row, col, item)

    def _fill(self, preview: WebshopPreview) -> None:
        self.summary.setText(preview.summary())
        for sku in preview.unknown_skus:
            lines = ", ".join(str(n) for n in sku.lines)
            self._add_row(
                tr("Unknown SKU"),
                sku.key,
                (tr("{0} (lines {1})") if len(sku.lines) > 1 else tr("{0} (line {1})")).format(
                    sku.item_name, lines
                ),
                "",
                sku.key,
            )
        for problem in preview.problems:
            self._add_row(tr("Problem"), tr("line {0}").format(problem.line), problem.message)
        for left in preview.left_out.values():
            self._add_row(tr("Left out if you choose"), left.ref, left.reason)
        for order in preview.orders:
            who = order.customer_name + ("" if order.customer_id else tr(" (new customer)"))
            items = "; ".join(f"{ln.quantity} × {ln.sku}" for ln in order.lines)
            self._add_row(
                tr("New order"), order.ref, f"{who}: {items}", self.fmt.money(order.total)
            )
            for warning in order.warnings:
                self._add_row(tr("To check"), order.ref, warning)
        for skipped in preview.skipped:
            self._add_row(tr("Skipped"), skipped.ref, skipped.reason)
        for ref in preview.already_imported:
            self._add_row(tr("Already imported"), ref, "")
        self._fit_columns()
        self.map_button.setEnabled(bool(preview.unknown_skus))
        self.columns_button.setVisible(preview.needs_mapping)
        self.leave_out.setVisible(preview.can_leave_out)
        self._update_import_button()

    def _fit_columns(self) -> None:
        """Short columns fit their text; the details take the rest and wrap."""
        for column in (COL_WHAT, COL_REF, COL_AMOUNT):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def _update_import_button(self) -> None:
        preview = self.preview
        if preview is None:
            return
        ready = preview.can_import or (preview.can_leave_out and self.leave_out.isChecked())
        self.import_button.setEnabled(ready and bool(preview.orders))
        if not preview.orders:
            why = tr("There is no new order in this file to import.")
        elif not ready and preview.can_leave_out:
            why = tr(
                "Fix the problems listed, or tick “Import the other orders and leave these out”."
            )
        elif not ready:
            why = tr("Fix the problems listed first; nothing is imported until then.")
        else:
            why = ""
        self.import_button.setToolTip(why)

    def _show_rejected(self, exc: ImportRejected) -> None:
        self.summary.setText(str(exc))
        for error in exc.errors:
            self._add_row(tr("Problem"), tr("line {0}").format(error.line), error.message)
        self._fit_columns()
        self.import_button.setEnabled(False)

    # -- actions -------------------------------------------------------------------------------
    def map_selected_sku(self) -> None:
        if self.preview is None or not self.preview.unknown_skus:
            return
        keys = [u.key for u in self.preview.unknown_skus]
        selected = self.table.currentItem()
        key = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        key = key if key in keys else keys[0]
        our_sku, ok = QInputDialog.getText(
            self,
            tr("Map SKU"),
            tr("Which of our products is {0} “{1}”? Enter our SKU:").format(
                tr(WEBSHOP_KINDS[self.current_kind()]), key
            ),
        )
        if not ok or not our_sku.strip():
            return
        kind = self.current_kind()
        if run_action(self, lambda: map_sku(self.shop, kind, key, our_sku), changed=self.imported):
            self.refresh_preview()

    def map_columns(self) -> None:
        if self.preview is None:
            return
        dialog = ColumnMappingDialog(self.preview.header, suggested_mapping(self.preview), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mapping = dialog.mapping()
            self.refresh_preview()

    def run_import(self) -> None:
        path, kind = self.file_edit.text().strip(), self.current_kind()
        leave_out, mapping = self.leave_out.isChecked(), self.mapping

        def do_import() -> WithChanges:
            if kind in WEBSHOP_KINDS:
                result = import_webshop(
                    self.shop, kind, path, leave_out_problems=leave_out, mapping=mapping
                )
                return WithChanges(result, result.changes)
            result = run_with_progress(
                self,
                tr("Importing {file}").format(file=Path(path).name),
                lambda progress: import_file(self.shop, kind, path, progress),
            )
            ids = set(result.ids) if kind == "orders" else set()
            return WithChanges(result, Changes(customer_orders=ids))

        def done(outcome: WithChanges) -> None:
            self.result_text = outcome.value.summary()

        imported = run_action(
            self,
            do_import,
            changed=self.imported,
            on_success=done,
            on_error=self._import_refused,
        )
        if imported:
            self._show_done(imported.value)

    def _show_done(self, outcome: WithChanges) -> None:
        """The result stays in the dialog, with links to the orders it created."""
        self.import_done = True
        ids = sorted(outcome.changes.customer_orders) if outcome.changes else []
        numbers = customer_order_numbers(self.shop, ids[:LINKED]) if ids else {}
        links: list[Link] = [(numbers[i], "orders", i) for i in ids[:LINKED] if i in numbers]
        heading = (
            tr("New orders:")
            if len(ids) <= LINKED
            else tr("New orders (the first %n):", "", LINKED)
        )
        self.results.show_result(self.result_text, [(heading, links)])
        for widget in (self.import_button, self.map_button, self.columns_button, self.browse):
            widget.setEnabled(False)
        self.import_button.setToolTip(tr("This file is imported; close the dialog."))
        self.leave_out.setVisible(False)
        self.close_button.setText(tr("Close"))
        self.close_button.setFocus()

    def _open_link(self, key: str, target: object) -> None:
        self.navigate.emit(key, target)
        self._close()

    def _close(self) -> None:
        if self.import_done:
            self.accept()
        else:
            self.reject()

    def _import_refused(self, exc: Exception) -> None:
        if isinstance(exc, ImportRejected):
            self.table.setRowCount(0)
            self._show_rejected(exc)
        else:
            show_error(self, exc)
