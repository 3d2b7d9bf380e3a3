"""Table models of the receiving page: the supplier orders expected, and the lines of the one
being received with a "receive now" quantity per line (typed, or counted up by scans)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from jitdesk.domain.statuses import supplier_status_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr
from jitdesk.gui.models.list_model import LEFT, RIGHT, AnyIndex, Column, RowsModel
from jitdesk.services.receiving_views import ExpectedOrder, ReceivingLine

MAX_RECEIVE = 999_999

# -- expected supplier orders ----------------------------------------------------------------

E_NUMBER, E_SUPPLIER, E_EXPECTED, E_OUTSTANDING = range(4)
EXPECTED_TITLES = {
    E_NUMBER: QT_TR_NOOP("Number"),
    E_SUPPLIER: QT_TR_NOOP("Supplier"),
    E_EXPECTED: QT_TR_NOOP("Expected"),
    E_OUTSTANDING: QT_TR_NOOP("Units due"),
}


class ExpectedOrdersModel(RowsModel):
    """Sent and partly received supplier orders; late ones come first and say so."""

    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(_expected_columns(fmt), parent=parent)
        self.fmt = fmt

    def order(self, row: int) -> ExpectedOrder | None:
        return self.row(row)

    def late_count(self) -> int:
        return sum(1 for r in self.rows if r.late)


def _expected_columns(fmt: ShopFormat) -> list[Column]:
    def status(order: ExpectedOrder) -> str:
        text = status_title(supplier_status_title(order.status))
        if order.late:
            return tr("{status}; late: expected {date}").format(
                status=text, date=fmt.long_date(order.expected_date)
            )
        return text

    def expected(order: ExpectedOrder) -> str:
        day = fmt.date(order.expected_date) or tr("not set")
        return tr("{date} (late)").format(date=day) if order.late else day

    def late(order: ExpectedOrder) -> bool:
        return order.late

    columns = {
        E_NUMBER: Column(EXPECTED_TITLES[E_NUMBER], lambda o: o.number, tooltip=status),
        E_SUPPLIER: Column(EXPECTED_TITLES[E_SUPPLIER], lambda o: o.supplier_name, tooltip=status),
        E_EXPECTED: Column(
            EXPECTED_TITLES[E_EXPECTED], expected, tooltip=status, bold=late, warning=late
        ),
        E_OUTSTANDING: Column(
            EXPECTED_TITLES[E_OUTSTANDING], lambda o: str(o.outstanding), RIGHT, tooltip=status
        ),
    }
    return [columns[number] for number in sorted(columns)]


# -- the lines being received ----------------------------------------------------------------

L_SUPPLIER_SKU, L_DESCRIPTION, L_ORDERED, L_RECEIVED, L_OUTSTANDING, L_NOW = range(6)
LINE_TITLES = {
    L_SUPPLIER_SKU: QT_TR_NOOP("Supplier SKU"),
    L_DESCRIPTION: QT_TR_NOOP("Description"),
    L_ORDERED: QT_TR_NOOP("Ordered"),
    L_RECEIVED: QT_TR_NOOP("Received"),
    L_OUTSTANDING: QT_TR_NOOP("Outstanding"),
    L_NOW: QT_TR_NOOP("Receive now"),
}
NUMBER_COLUMNS = frozenset({L_ORDERED, L_RECEIVED, L_OUTSTANDING, L_NOW})


class ReceivingLinesModel(RowsModel):
    """Lines of one supplier order; only "Receive now" is editable (a spin box, or scans):
    the shared rows model shows the lines, this adds the quantities being received."""

    quantitiesChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(_line_columns(), parent=parent)
        self._now: list[int] = []
        self.dataChanged.connect(lambda *_: self.quantitiesChanged.emit())
        self.modelReset.connect(self.quantitiesChanged.emit)

    # -- content -----------------------------------------------------------------------------
    def set_lines(self, lines: tuple[ReceivingLine, ...] | list[ReceivingLine]) -> None:
        self._now = [0] * len(lines)
        self.set_rows(lines)

    def line(self, row: int) -> ReceivingLine:
        return self.rows[row]

    def quantities(self) -> dict[int, int]:
        """{supplier line id: units received now} for the lines with units."""
        return {line.id: n for line, n in zip(self.rows, self._now, strict=True) if n > 0}

    def total_now(self) -> int:
        return sum(self._now)

    def receive_now(self, row: int) -> int:
        return self._now[row]

    def set_receive_now(self, row: int, units: int) -> None:
        self._now[row] = max(0, min(MAX_RECEIVE, units))
        index = self.index(row, L_NOW)
        self.dataChanged.emit(index, index)

    def fill_outstanding(self) -> None:
        self._now = [line.outstanding for line in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, L_NOW), self.index(len(self.rows) - 1, L_NOW))

    def clear_quantities(self) -> None:
        self._now = [0] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, L_NOW), self.index(len(self.rows) - 1, L_NOW))

    def row_for_code(self, code: str) -> int | None:
        """The first line whose barcode, shop SKU or supplier SKU is `code`; lines still
        outstanding are preferred when a product is on several lines."""
        matches = [i for i, line in enumerate(self.rows) if line.matches(code)]
        open_rows = [i for i in matches if self._now[i] < self.rows[i].outstanding]
        return (open_rows or matches or [None])[0]

    def over_deliveries(self) -> list[tuple[ReceivingLine, int]]:
        """Lines where more is being received than is outstanding, with the extra units."""
        return [
            (line, n - line.outstanding)
            for line, n in zip(self.rows, self._now, strict=True)
            if n > line.outstanding
        ]

    # -- Qt model: "Receive now" reads from the quantities, the rest from the columns --------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == L_NOW:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != L_NOW or index.row() >= len(self.rows):
            return super().data(index, role)
        line, now = self.rows[index.row()], self._now[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(now) if role == Qt.ItemDataRole.DisplayRole else now
        if role == Qt.ItemDataRole.FontRole and now > 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and now > line.outstanding:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and now > line.outstanding:
            return tr("{extra} more than outstanding: they will go to surplus").format(
                extra=now - line.outstanding
            )
        return super().data(index, role)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != L_NOW or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            units = int(value)
        except (TypeError, ValueError):
            return False
        self.set_receive_now(index.row(), units)
        return True


def _codes(line: ReceivingLine) -> str:
    codes = [c for c in (line.sku, line.barcode) if c]
    return tr("Shop SKU / barcode: {codes}").format(codes=", ".join(codes))


def _line_columns() -> list[Column]:
    """Every cell's tooltip names the shop SKU and barcode the line is scanned by."""

    def column(number: int, display) -> Column:
        align = RIGHT if number in NUMBER_COLUMNS else LEFT
        return Column(LINE_TITLES[number], display, align, tooltip=_codes)

    return [
        column(L_SUPPLIER_SKU, lambda line: line.supplier_sku or line.sku),
        column(L_DESCRIPTION, lambda line: line.description),
        column(L_ORDERED, lambda line: str(line.ordered)),
        column(L_RECEIVED, lambda line: str(line.received)),
        column(L_OUTSTANDING, lambda line: str(line.outstanding)),
        column(L_NOW, lambda _line: ""),  # read from the quantities being received, above
    ]
