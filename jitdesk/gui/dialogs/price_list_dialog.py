"""A supplier's price list: choose supplier and file, map its columns (remembered per supplier),
see new offers, cost changes old → new and offers gone, then apply."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.feedback import busy_cursor, show_error
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.services.importing import ImportRejected
from jitdesk.services.price_lists import (
    FIELD_LABELS,
    FIELDS,
    PriceListPreview,
    PriceListResult,
    apply_price_list,
    guess_mapping,
    preview_price_list,
    price_list_suppliers,
    read_price_list_header,
    remembered_mapping,
)
from jitdesk.services.shop import Shop

COL_CHANGE, COL_SKU, COL_NAME, COL_OLD, COL_NEW = range(5)


# The column names of services.price_lists.FIELD_LABELS, marked for lupdate; they are shown
# through tr() like every other label.
_FIELD_LABEL_MARKS = (
    QT_TR_NOOP("Supplier SKU"),
    QT_TR_NOOP("Our SKU"),
    QT_TR_NOOP("Unit cost"),
    QT_TR_NOOP("Pack size"),
    QT_TR_NOOP("Minimum quantity"),
)


class PriceListDialog(QDialog):
    applied = Signal(object)  # Changes

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.fmt = shop, fmt
        self.preview: PriceListPreview | None = None
        self.setWindowTitle(tr("Supplier price list"))
        self.resize(860, 560)
        self.supplier = QComboBox(self)
        for supplier_id, name in price_list_suppliers(shop):
            self.supplier.addItem(name, supplier_id)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(tr("Price list file"))
        browse = QPushButton(tr("&Choose…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("&Supplier:"), self.supplier)
        file_label = QLabel(tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.columns: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox(self)
            combo.setAccessibleName(tr(FIELD_LABELS[name]))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.columns[name] = combo
            form.addRow(tr(FIELD_LABELS[name]) + ":", combo)
        self.deactivate = QCheckBox(tr("Mark offers that are not in the list as &inactive"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Change"), tr("SKU"), tr("Product"), tr("Old cost"), tr("New cost")]
        )
        self.table.setAccessibleName(tr("Price list changes"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.deactivate)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self.choose_file)
        self.file_edit.editingFinished.connect(self.load_header)
        self.supplier.currentIndexChanged.connect(self.load_header)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._loading = False

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose the price list"),
            "",
            tr("Price lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)
            self.load_header()

    def mapping(self) -> dict[str, str]:
        return {n: c.currentData() for n, c in self.columns.items() if c.currentData()}

    def load_header(self) -> None:
        path = self.file_edit.text().strip()
        if not path or self.supplier.currentData() is None:
            return
        try:
            header = read_price_list_header(path)
        except JitdeskError as exc:
            self.summary.setText(str(exc))
            self.apply_button.setEnabled(False)
            return
        known = remembered_mapping(self.shop, self.supplier.currentData()) or {}
        known = {f: c for f, c in known.items() if c in header} or guess_mapping(header)
        self._loading = True
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItem(tr("(none)"), "")
            for column in header:
                if column:
                    combo.addItem(column, column)
            index = combo.findData(known.get(name, ""))
            combo.setCurrentIndex(max(index, 0))
        self._loading = False
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if self._loading:
            return
        self.table.setRowCount(0)
        self.preview = None
        self.apply_button.setEnabled(False)
        path = self.file_edit.text().strip()
        if not path:
            return
        try:
            with busy_cursor():
                self.preview = preview_price_list(
                    self.shop, self.supplier.currentData(), path, self.mapping()
                )
        except JitdeskError as exc:
            self.summary.setText(str(exc))
            return
        p = self.preview
        self.summary.setText(p.summary())
        for problem in p.problems:
            self._row(tr("Problem, line {0}").format(problem.line), "", problem.message, "", "")
        for c in p.new_offers:
            self._row(tr("New offer"), c.sku, c.name, "", self.fmt.money(c.new_cost))
        for c in p.cost_changes:
            self._row(
                tr("Cost change"),
                c.sku,
                c.name,
                self.fmt.money(c.old_cost),
                self.fmt.money(c.new_cost),
            )
        for c in p.other_changes:
            self._row(tr("Pack / minimum"), c.sku, c.name, "", f"{c.pack_size} / {c.min_qty}")
        for g in p.gone:
            self._row(tr("Not in the list"), g.sku, g.name, self.fmt.money(g.unit_cost), "")
        self.table.resizeColumnsToContents()
        self.apply_button.setEnabled(not p.problems)

    def _row(self, *texts: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate(texts):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def apply(self) -> None:
        def applied_now(result: PriceListResult) -> None:
            self.result_text = result.summary()

        applied = run_action(
            self,
            lambda: apply_price_list(
                self.shop,
                self.supplier.currentData(),
                self.file_edit.text().strip(),
                self.mapping(),
                deactivate_gone=self.deactivate.isChecked(),
            ),
            changed=self.applied,
            on_success=applied_now,
            on_error=self._refused,
        )
        if applied:
            self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ImportRejected):
            self.summary.setText(str(exc))
        else:
            show_error(self, exc)
