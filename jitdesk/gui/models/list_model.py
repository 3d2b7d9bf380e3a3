"""A lazily paged table model for list pages: rows come from a fetch(limit, offset) function,
the total from a count() function, both filtered in SQL by the caller.

Columns are described once (title, how to show a row, alignment), so each page names its
columns as constants and passes their descriptions in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from jitdesk.gui.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex
Row = Any
PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # untranslated; translated when shown
    display: Callable[[Row], str]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Row], str | None] | None = None
    dimmed: Callable[[Row], bool] | None = None  # e.g. inactive rows, drawn in disabled text


class PagedRowsModel(QAbstractTableModel):
    """Rows loaded a page at a time as the view scrolls (canFetchMore/fetchMore); the
    subclass says how to fetch a page and count all rows, both filtered in SQL."""

    page_size = PAGE_SIZE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._count = 0

    def fetch_rows(self, limit: int, offset: int) -> list[Row]:
        raise NotImplementedError

    def count_rows(self) -> int:
        raise NotImplementedError

    def reload(self) -> None:
        """Start again from the first page (after a filter change or an edit)."""
        self.beginResetModel()
        self._count = self.count_rows()
        self._rows = self.fetch_rows(self.page_size, 0) if self._count else []
        self.endResetModel()

    def total_count(self) -> int:
        """How many rows match the filter (loaded or not)."""
        return self._count

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self.fetch_rows(self.page_size, len(self._rows))
        if not more:
            self._count = len(self._rows)  # rows were deleted meanwhile
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    # -- showing rows: subclasses name their columns and say how a cell reads ---------------
    column_titles: dict[int, str] = {}  # column -> untranslated title

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return LEFT

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.column_titles)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.column_titles[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == ROW_ID_ROLE:
            return self.id_of(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    # -- finding rows ------------------------------------------------------------------------
    def id_of(self, row: Row) -> Any:
        return row["id"]

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_id(self, number: int) -> Any:
        row = self.row(number)
        return None if row is None else self.id_of(row)

    def row_of(self, row_id: Any) -> int | None:
        """The row number of a loaded row, or None if it is not loaded (yet)."""
        for number, row in enumerate(self._rows):
            if self.id_of(row) == row_id:
                return number
        return None


class PagedTableModel(PagedRowsModel):
    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], list[Row]],
        count: Callable[[], int],
        *,
        row_id: Callable[[Row], Any] = lambda row: row["id"],
        page_size: int = PAGE_SIZE,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self._count_fn = count
        self._row_id = row_id
        self.page_size = page_size

    def fetch_rows(self, limit: int, offset: int) -> list[Row]:
        return self._fetch(limit, offset)

    def count_rows(self) -> int:
        return self._count_fn()

    def id_of(self, row: Row) -> Any:
        return self._row_id(row)

    # -- reading -----------------------------------------------------------------------------
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == ROW_ID_ROLE:
            return self.id_of(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.dimmed and column.dimmed(row):
            # e.g. an inactive product: the palette's disabled text, readable in dark mode too
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
