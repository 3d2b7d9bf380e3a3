"""The editable lines of the order dialog: product, quantity, unit price, line total, promise."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import NewItemInput, ShopSettings
from jitdesk.domain.money import MAX_QUANTITY, parse_money, parse_quantity
from jitdesk.domain.tax import line_tax_rate, order_gross
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import RIGHT, AnyIndex, Column, RowsModel
from jitdesk.services.catalog import Product

SKU, PRODUCT, QUANTITY, UNIT_PRICE, LINE_TOTAL, PROMISED = range(6)
COLUMN_TITLES = {
    SKU: QT_TR_NOOP("SKU"),
    PRODUCT: QT_TR_NOOP("Product"),
    QUANTITY: QT_TR_NOOP("Qty"),
    UNIT_PRICE: QT_TR_NOOP("Unit price"),
    LINE_TOTAL: QT_TR_NOOP("Line total"),
    PROMISED: QT_TR_NOOP("Promised"),
}


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
    new_item: NewItemInput | None = None  # an item not in the catalogue, created with the order
    tax_rate_bp: int | None = None  # the line's or product's rate; None: the shop's

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


class OrderLinesModel(RowsModel):
    problem = Signal(str)  # a rejected edit, as one sentence for the user
    linesChanged = Signal()

    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(_columns(fmt), parent=parent)
        self.fmt = fmt
        self.editable = True

    # -- reading: the shared rows model, plus what the editors start from ---------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.EditRole:
            return super().data(index, role)
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == QUANTITY:
            return row.quantity
        if index.column() == UNIT_PRICE:
            return self.fmt.amount(row.unit_price)
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

    def add_product(self, product: Product, promised: date | None) -> int:
        """Add one unit of the product (a second scan of the same product adds one more)."""
        for number, row in enumerate(self.rows):
            if row.product_id == product.id and row.line_id is None:
                self.setData(self.index(number, QUANTITY), row.quantity + 1)
                return number
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(
            LineRow(
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                unit=product.unit or "pc",
                quantity=1,
                unit_price=product.sale_price,
                promised=promised,
                tax_rate_bp=product.tax_rate_bp,
            )
        )
        self.endInsertRows()
        self.linesChanged.emit()
        return position

    def add_new_item(self, item: NewItemInput, promised: date | None) -> int:
        """A line for an item not in the catalogue (each one its own line)."""
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(
            LineRow(0, tr("new"), item.description, 1, item.sale_price, promised, new_item=item)
        )
        self.endInsertRows()
        self.linesChanged.emit()
        return position

    def set_rows(self, rows: Sequence[LineRow]) -> None:
        super().set_rows(rows)
        self.linesChanged.emit()

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self.rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()
            self.linesChanged.emit()

    def total(self, settings: ShopSettings) -> int:
        """What the customer pays for the lines, with tax included or added as the shop is set."""
        return order_gross(
            (
                (row.total, line_tax_rate(row.tax_rate_bp, settings.tax_rate_bp))
                for row in self.rows
            ),
            prices_include_tax=settings.prices_include_tax,
        )

    def promised(self) -> date | None:
        dates = [row.promised for row in self.rows if row.promised]
        return max(dates) if dates else None


def _columns(fmt: ShopFormat) -> list[Column]:
    def quantity(row: LineRow) -> str:
        return f"{row.quantity} {row.unit}" if row.unit not in ("", "pc") else str(row.quantity)

    def promised(row: LineRow) -> str:
        return fmt.date(row.promised) if row.promised else tr("to be confirmed")

    columns = {
        SKU: Column(COLUMN_TITLES[SKU], lambda row: row.sku),
        PRODUCT: Column(COLUMN_TITLES[PRODUCT], lambda row: row.name),
        QUANTITY: Column(COLUMN_TITLES[QUANTITY], quantity, RIGHT),
        UNIT_PRICE: Column(COLUMN_TITLES[UNIT_PRICE], lambda row: fmt.money(row.unit_price), RIGHT),
        LINE_TOTAL: Column(COLUMN_TITLES[LINE_TOTAL], lambda row: fmt.money(row.total), RIGHT),
        PROMISED: Column(
            COLUMN_TITLES[PROMISED],
            promised,
            tooltip=lambda row: fmt.long_date(row.promised) if row.promised else None,
        ),
    }
    return [columns[number] for number in sorted(columns)]


class QuantityDelegate(QStyledItemDelegate):
    """Quantities are whole units from 1 up; the spin box cannot hold anything else."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_QUANTITY)
        editor.setAlignment(RIGHT)
        editor.setAccessibleName(tr("Quantity"))
        return editor
