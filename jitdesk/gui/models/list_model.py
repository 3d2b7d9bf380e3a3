"""The one read-only rows model behind jitdesk's tables, and its lazily paged form.

`RowsModel` shows a list of rows (dicts, dataclasses, tuples of text) through named `Column`s:
each column says its title, how a row reads in it, its alignment, and optionally a tooltip, a
dimmed or bold cell or a warning icon. Every Qt role is answered here, once; a table names
its columns as constants and passes their descriptions in. Editable tables subclass it and
add only their editing (flags, setData, the edit role).

`PagedRowsModel` loads its rows a page at a time as the view scrolls (canFetchMore/fetchMore),
from a fetch(limit, offset) and a count() that filter in SQL, so a list of 100,000 orders
reads 200 rows to show its first screen. `PagedTableModel` takes both as functions.

A model whose cells need more than one row field to read may override `display`, `alignment`
or `tooltip` instead of passing columns (then `column_titles` names the columns).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from jitdesk.gui.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex
Row = Any
PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


# A calm amber, mixed into the palette's base colour so the row stays readable in light and
# dark mode alike.
ATTENTION_HUE = QColor(240, 160, 40)
ATTENTION_SHARE = 0.28


def attention_brush() -> QBrush:
    """The background of a row that needs attention."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    share = ATTENTION_SHARE

    def mix(a: int, b: int) -> int:
        return round(a * (1 - share) + b * share)

    return QBrush(
        QColor(
            mix(base.red(), ATTENTION_HUE.red()),
            mix(base.green(), ATTENTION_HUE.green()),
            mix(base.blue(), ATTENTION_HUE.blue()),
        )
    )


def _default_row_id(row: Row) -> Any:
    if isinstance(row, Mapping):
        return row.get("id")
    return getattr(row, "id", None)


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # untranslated; translated when shown
    display: Callable[[Row], str]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Row], str | None] | None = None
    dimmed: Callable[[Row], bool] | None = None  # e.g. inactive rows, drawn in disabled text
    bold: Callable[[Row], bool] | None = None  # e.g. units still missing
    warning: Callable[[Row], bool] | None = None  # the style's warning icon in the cell


def text_columns(
    titles: Sequence[str], right: Sequence[int] = (), *, full_text_tips: bool = False
) -> list[Column]:
    """Columns over rows that are already sequences of display strings (`right`: the columns
    of figures; `full_text_tips`: the tooltip repeats the cell, for text cut off)."""
    columns = []
    for number, title in enumerate(titles):

        def text(row: Row, i: int = number) -> str:
            return row[i]

        columns.append(
            Column(
                title,
                text,
                RIGHT if number in right else LEFT,
                tooltip=text if full_text_tips else None,
            )
        )
    return columns


class RowsModel(QAbstractTableModel):
    """Read-only rows under named columns, all loaded at once (`set_rows`)."""

    def __init__(
        self,
        columns: Sequence[Column] = (),
        *,
        row_id: Callable[[Row], Any] = _default_row_id,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self._rows: list[Row] = []

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        """The rows loaded (for a paged model: so far)."""
        return self._rows

    # -- how a cell reads: from the columns, unless a subclass says otherwise ----------------
    @property
    def column_titles(self) -> Sequence[str] | Mapping[int, str]:
        return [column.title for column in self.columns]

    def display(self, row: Row, column: int) -> str:
        return self.columns[column].display(row)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return self.columns[column].align if column < len(self.columns) else LEFT

    def tooltip(self, row: Row, column: int) -> str | None:
        if column >= len(self.columns):
            return None
        spec = self.columns[column]
        if spec.tooltip is not None:
            return spec.tooltip(row)
        if spec.align == LEFT:  # a name a narrow column elides can still be read in full
            return spec.display(row) or None
        return None

    def _flag(self, row: Row, column: int, name: str) -> bool:
        if column >= len(self.columns):
            return False
        test = getattr(self.columns[column], name)
        return bool(test is not None and test(row))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.column_titles)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
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
        if role == Qt.ItemDataRole.ForegroundRole and self._flag(row, column, "dimmed"):
            # the palette's disabled text: readable in dark mode too
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and self._flag(row, column, "bold"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and self._flag(row, column, "warning"):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and self.needs_attention(row):
            return attention_brush()
        return None

    def needs_attention(self, row: Row) -> bool:
        """Whether the whole row is tinted (e.g. a late order); its text must say why too."""
        return False

    # -- finding rows ------------------------------------------------------------------------
    def id_of(self, row: Row) -> Any:
        return self._row_id(row)

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


class PagedRowsModel(RowsModel):
    """Rows loaded a page at a time as the view scrolls (canFetchMore/fetchMore); the
    subclass says how to fetch a page and count all rows, both filtered in SQL."""

    page_size = PAGE_SIZE

    def __init__(
        self,
        parent=None,
        *,
        columns: Sequence[Column] = (),
        row_id: Callable[[Row], Any] = _default_row_id,
    ) -> None:
        super().__init__(columns, row_id=row_id, parent=parent)
        self._count = 0

    def fetch_rows(self, limit: int, offset: int) -> list[Row]:
        raise NotImplementedError

    def count_rows(self) -> int:
        raise NotImplementedError

    def reload(self) -> None:
        """Start again from the first page (after a filter change or an edit). A first page
        that is not full holds every row, so only a longer list is counted (a second query
        as long as the first, on every keystroke of a search)."""
        self.beginResetModel()
        self._rows = self.fetch_rows(self.page_size, 0)
        full = len(self._rows) >= self.page_size
        self._count = self.count_rows() if full else len(self._rows)
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


class PagedTableModel(PagedRowsModel):
    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], list[Row]],
        count: Callable[[], int],
        *,
        row_id: Callable[[Row], Any] = _default_row_id,
        page_size: int = PAGE_SIZE,
        attention: Callable[[Row], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent, columns=columns, row_id=row_id)
        self._fetch = fetch
        self._count_fn = count
        self._attention = attention
        self.page_size = page_size

    def needs_attention(self, row: Row) -> bool:
        return self._attention is not None and self._attention(row)

    def fetch_rows(self, limit: int, offset: int) -> list[Row]:
        return self._fetch(limit, offset)

    def count_rows(self) -> int:
        return self._count_fn()
