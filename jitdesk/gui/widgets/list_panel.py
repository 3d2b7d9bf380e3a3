"""The left half of the list-and-editor pages: a search box, a filter, a count, a lazy table.

Filtering happens in SQL (the model's fetch/count functions read the panel's text and filter).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.i18n import tr
from jitdesk.gui.models.list_model import PagedTableModel
from jitdesk.gui.widgets.list_view import keep_columns_fitted

SEARCH_DELAY_MS = 150


class ListPanel(QWidget):
    currentIdChanged = Signal(object)  # row id or None
    activatedId = Signal(object)  # Enter / double-click on a row

    def __init__(
        self,
        *,
        placeholder: str,
        accessible_name: str,
        choices: Sequence[tuple[str, Any]] = (),
        count_text=lambda n: str(n),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_text = count_text
        self.model: PagedTableModel | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr("Show"))
        for label, value in choices:
            self.choice.addItem(label, value)
        self.choice.setVisible(bool(choices))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.choice)
        self.setTabOrder(self.choice, self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.choice.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.activated.connect(self._on_activated)

    def set_model(self, model: PagedTableModel, widths: dict[int, int], stretch: int) -> None:
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, width in widths.items():
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))
        # Whole names and addresses as the rows come in (a long supplier name or e-mail), up
        # to a limit; the stretched column gives way.
        fitted = [column for column in widths if column != stretch]
        keep_columns_fitted(self.table, fitted, most=metrics.averageCharWidth() * 40)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.currentIdChanged.emit(
                model.row_id(current.row()) if current.isValid() else None
            )
        )

    def text(self) -> str:
        return self.search.text().strip()

    def choice_value(self) -> Any:
        return self.choice.currentData()

    def apply_filter(self) -> None:
        """Reload from SQL with the current text and choice; keeps the selection if still listed."""
        self._timer.stop()
        assert self.model is not None
        selected = self.selected_id()
        self.table.selectionModel().blockSignals(True)
        self.model.reload()
        self.table.selectionModel().blockSignals(False)
        self.count_label.setText(self._count_text(self.model.total_count()))
        if selected is not None and not self.select_id(selected):
            self.currentIdChanged.emit(None)

    def selected_id(self) -> Any:
        if self.model is None:
            return None
        index = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_id(rows[0].row())
        return self.model.row_id(index.row()) if index.isValid() else None

    def select_id(self, row_id: Any) -> bool:
        assert self.model is not None
        row = self.model.row_of(row_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def clear_selection(self) -> None:
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )

    def _on_activated(self, index: QModelIndex) -> None:
        if self.model is not None:
            self.activatedId.emit(self.model.row_id(index.row()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
