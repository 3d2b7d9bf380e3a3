"""The read-only table every list in jitdesk is shown in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView, QWidget


def list_view(model, accessible_name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only table that selects whole rows, one at a time: how every list in jitdesk
    looks (alternating rows, no row numbers, one text line per row)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def fit_columns(view: QAbstractItemView, columns: Sequence[int], most: int = 360) -> None:
    """Size each column to its widest shown text and its title, at most `most` pixels (a long
    description is then elided rather than pushing the other columns off-screen)."""
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    for column in columns:
        if header.isSectionHidden(column):
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted, most))


def keep_columns_fitted(view: QAbstractItemView, columns: Sequence[int], most: int = 360) -> None:
    """Fit the columns again whenever the rows change (new rows, a reload), once per burst
    of changes. In between the user may widen or narrow them by hand."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: fit_columns(view, columns, most))
    model = view.model()
    model.modelReset.connect(timer.start)
    model.rowsInserted.connect(timer.start)
    model.layoutChanged.connect(timer.start)
    timer.start()
