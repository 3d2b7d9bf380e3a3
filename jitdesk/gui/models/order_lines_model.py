"""The editable lines of the order dialog: product, quantity, unit price, line total, promise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.money import MAX_QUANTITY, parse_money, parse_quantity
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr

SKU, PRODUCT, QUANTITY, UNIT_PRICE, LINE_TOTAL, PROMISED = range(6)
COLUMN_TITLES = {
    SKU: "SKU",
    PRODUCT: "Product",
    QUANTITY: "Qty",
    UNIT_PRICE: "Unit price",
    LINE_TOTAL: "Line total",
    PROMISED: "Promised",
}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class LineRow:
    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price: int
    promised: date | None
    unit: str = "pc"
    line_id: int | None = None  # an existing line of the order being edited

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


class OrderLinesModel(QAbstractTableModel):
    problem = Signal(str)  # a rejected edit, as one sentence for the user
    linesChanged = Signal()

    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[LineRow] = []
        self.editable = True

    # -- reading -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (
            QUANTITY,
            UNIT_PRICE,
            LINE_TOTAL,
        ):
            return RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SKU: row.sku,
                PRODUCT: row.name,
                QUANTITY: f"{row.quantity} {row.unit}"
                if row.unit not in ("", "pc")
                else str(row.quantity),
                UNIT_PRICE: self.fmt.money(row.unit_price),
                LINE_TOTAL: self.fmt.money(row.total),
                PROMISED: self.fmt.date(row.promised) if row.promised else tr("no supplier"),
            }[col]
        if role == Qt.ItemDataRole.EditRole:
            if col == QUANTITY:
                return row.quantity
            if col == UNIT_PRICE:
                return self.fmt.amount(row.unit_price)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (QUANTITY, UNIT_PRICE, LINE_TOTAL):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == PROMISED and row.promised:
            return self.fmt.long_date(row.promised)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() in (QUANTITY, UNIT_PRICE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # -- editing -----------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        line_no = index.row() + 1
        try:
            if index.column() == QUANTITY:
                row.quantity = parse_quantity(value)
            elif index.column() == UNIT_PRICE:
                row.unit_price = parse_money(str(value), field="price")
            else:
                return False
        except ValidationError as exc:
            self.problem.emit(tr("Line {no}: {problem}").format(no=line_no, problem=str(exc)))
            return False
        self.problem.emit("")
        self.dataChanged.emit(
            self.index(index.row(), QUANTITY), self.index(index.row(), LINE_TOTAL)
        )
        self.linesChanged.emit()
        return True

    def add_product(self, product: dict, promised: date | None) -> int:
        """Add one unit of the product (a second scan of the same product adds one more)."""
        for number, row in enumerate(self.rows):
            if row.product_id == product["id"] and row.line_id is None:
                self.setData(self.index(number, QUANTITY), row.quantity + 1)
                return number
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(
            LineRow(
                product_id=product["id"],
                sku=product["sku"],
                name=product["name"],
                unit=product.get("unit") or "pc",
                quantity=1,
                unit_price=product["sale_price"],
                promised=promised,
            )
        )
        self.endInsertRows()
        self.linesChanged.emit()
        return position

    def set_rows(self, rows: list[LineRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        self.linesChanged.emit()

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self.rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()
            self.linesChanged.emit()

    def total(self) -> int:
        return sum(row.total for row in self.rows)

    def promised(self) -> date | None:
        dates = [row.promised for row in self.rows if row.promised]
        return max(dates) if dates else None


class QuantityDelegate(QStyledItemDelegate):
    """Quantities are whole units from 1 up; the spin box cannot hold anything else."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_QUANTITY)
        editor.setAlignment(RIGHT)
        editor.setAccessibleName(tr("Quantity"))
        return editor
