"""Table models of the receiving page: the supplier orders expected, and the lines of the one
being received with a "receive now" quantity per line (typed, or counted up by scans)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from jitdesk.domain.statuses import supplier_status_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.services.receiving_views import ExpectedOrder, ReceivingLine

AnyIndex = QModelIndex | QPersistentModelIndex
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
MAX_RECEIVE = 999_999

# -- expected supplier orders ----------------------------------------------------------------

E_NUMBER, E_SUPPLIER, E_EXPECTED, E_OUTSTANDING = range(4)
EXPECTED_TITLES = {
    E_NUMBER: "Number",
    E_SUPPLIER: "Supplier",
    E_EXPECTED: "Expected",
    E_OUTSTANDING: "Units due",
}


class ExpectedOrdersModel(QAbstractTableModel):
    """Sent and partly received supplier orders; late ones come first and say so."""

    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._rows: list[ExpectedOrder] = []

    def set_rows(self, rows: list[ExpectedOrder]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def order(self, row: int) -> ExpectedOrder | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, so_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == so_id), None)

    def late_count(self) -> int:
        return sum(1 for r in self._rows if r.late)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(EXPECTED_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(EXPECTED_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if section == E_OUTSTANDING else _ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        order = self.order(index.row()) if index.isValid() else None
        if order is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if col == E_OUTSTANDING else _ALIGN_LEFT
        if role == Qt.ItemDataRole.FontRole and order.late and col == E_EXPECTED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and order.late and col == E_EXPECTED:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            status = tr(supplier_status_title(order.status))
            if order.late:
                return tr("{status}; late: expected {date}").format(
                    status=status, date=self.fmt.long_date(order.expected_date)
                )
            return status
        if role == Qt.ItemDataRole.UserRole:
            return order.id
        return None

    def _display(self, order: ExpectedOrder, col: int) -> str:
        if col == E_NUMBER:
            return order.number
        if col == E_SUPPLIER:
            return order.supplier_name
        if col == E_EXPECTED:
            day = self.fmt.date(order.expected_date) or tr("not set")
            return tr("{date} (late)").format(date=day) if order.late else day
        if col == E_OUTSTANDING:
            return str(order.outstanding)
        return ""


# -- the lines being received ----------------------------------------------------------------

L_SUPPLIER_SKU, L_DESCRIPTION, L_ORDERED, L_RECEIVED, L_OUTSTANDING, L_NOW = range(6)
LINE_TITLES = {
    L_SUPPLIER_SKU: "Supplier SKU",
    L_DESCRIPTION: "Description",
    L_ORDERED: "Ordered",
    L_RECEIVED: "Received",
    L_OUTSTANDING: "Outstanding",
    L_NOW: "Receive now",
}
NUMBER_COLUMNS = frozenset({L_ORDERED, L_RECEIVED, L_OUTSTANDING, L_NOW})


class ReceivingLinesModel(QAbstractTableModel):
    """Lines of one supplier order; only "Receive now" is editable (a spin box, or scans)."""

    quantitiesChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[ReceivingLine] = []
        self._now: list[int] = []
        self.dataChanged.connect(lambda *_: self.quantitiesChanged.emit())
        self.modelReset.connect(self.quantitiesChanged.emit)

    # -- content -----------------------------------------------------------------------------
    def set_lines(self, lines: tuple[ReceivingLine, ...] | list[ReceivingLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._now = [0] * len(self._lines)
        self.endResetModel()

    def line(self, row: int) -> ReceivingLine:
        return self._lines[row]

    def quantities(self) -> dict[int, int]:
        """{supplier line id: units received now} for the lines with units."""
        return {line.id: n for line, n in zip(self._lines, self._now, strict=True) if n > 0}

    def total_now(self) -> int:
        return sum(self._now)

    def receive_now(self, row: int) -> int:
        return self._now[row]

    def set_receive_now(self, row: int, units: int) -> None:
        self._now[row] = max(0, min(MAX_RECEIVE, units))
        index = self.index(row, L_NOW)
        self.dataChanged.emit(index, index)

    def fill_outstanding(self) -> None:
        self._now = [line.outstanding for line in self._lines]
        if self._lines:
            self.dataChanged.emit(self.index(0, L_NOW), self.index(len(self._lines) - 1, L_NOW))

    def clear_quantities(self) -> None:
        self._now = [0] * len(self._lines)
        if self._lines:
            self.dataChanged.emit(self.index(0, L_NOW), self.index(len(self._lines) - 1, L_NOW))

    def row_for_code(self, code: str) -> int | None:
        """The first line whose barcode, shop SKU or supplier SKU is `code`; lines still
        outstanding are preferred when a product is on several lines."""
        matches = [i for i, line in enumerate(self._lines) if line.matches(code)]
        open_rows = [i for i in matches if self._now[i] < self._lines[i].outstanding]
        return (open_rows or matches or [None])[0]

    def over_deliveries(self) -> list[tuple[ReceivingLine, int]]:
        """Lines where more is being received than is outstanding, with the extra units."""
        return [
            (line, n - line.outstanding)
            for line, n in zip(self._lines, self._now, strict=True)
            if n > line.outstanding
        ]

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(LINE_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(LINE_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if section in NUMBER_COLUMNS else _ALIGN_LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == L_NOW:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        now = self._now[index.row()]
        if role == Qt.ItemDataRole.EditRole and col == L_NOW:
            return now
        if role == Qt.ItemDataRole.DisplayRole:
            return _line_display(line, col, now)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if col in NUMBER_COLUMNS else _ALIGN_LEFT
        if role == Qt.ItemDataRole.FontRole and col == L_NOW and now > 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == L_NOW and now > line.outstanding:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == L_NOW and now > line.outstanding:
                return tr("{extra} more than outstanding: they will go to surplus").format(
                    extra=now - line.outstanding
                )
            codes = [c for c in (line.sku, line.barcode) if c]
            return tr("Shop SKU / barcode: {codes}").format(codes=", ".join(codes))
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != L_NOW or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            units = int(value)
        except (TypeError, ValueError):
            return False
        self.set_receive_now(index.row(), units)
        return True


def _line_display(line: ReceivingLine, col: int, now: int) -> str:
    if col == L_SUPPLIER_SKU:
        return line.supplier_sku or line.sku
    if col == L_DESCRIPTION:
        return line.description
    if col == L_ORDERED:
        return str(line.ordered)
    if col == L_RECEIVED:
        return str(line.received)
    if col == L_OUTSTANDING:
        return str(line.outstanding)
    if col == L_NOW:
        return str(now)
    return ""
