"""The customer order list: filtered in SQL, loaded 200 rows at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.widgets import tr
from jitdesk.services.orders import count_orders, list_orders
from jitdesk.services.shop import Shop
from jitdesk.store.orders import OrderFilter  # plain data: the filter the list query takes

NUMBER, DATE, CUSTOMER, STATUS, PROMISED, TOTAL, PAID, BALANCE = range(8)
COLUMN_TITLES = {
    NUMBER: "Number",
    DATE: "Date",
    CUSTOMER: "Customer",
    STATUS: "Status",
    PROMISED: "Promised",
    TOTAL: "Total",
    PAID: "Paid",
    BALANCE: "Balance",
}
MONEY_COLUMNS = frozenset({TOTAL, PAID, BALANCE})
CENTERED_COLUMNS = frozenset({DATE, PROMISED})
PAGE_SIZE = 200
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole

STATUS_TITLES = {
    "open": "Open",
    "ready": "Ready",
    "completed": "Completed",
    "cancelled": "Cancelled",
}

AnyIndex = QModelIndex | QPersistentModelIndex


class OrderTableModel(QAbstractTableModel):
    def __init__(self, shop: Shop, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.filter = OrderFilter()
        self._rows: list[dict] = []
        self._count = 0

    # -- loading -----------------------------------------------------------------------------
    def set_filter(self, flt: OrderFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter change or an edit)."""
        self.beginResetModel()
        self._count = count_orders(self.shop, self.filter)
        self._rows = list_orders(self.shop, self.filter, limit=PAGE_SIZE, offset=0)
        self.endResetModel()

    def total_count(self) -> int:
        """How many orders match the filter (loaded or not)."""
        return self._count

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = list_orders(self.shop, self.filter, limit=PAGE_SIZE, offset=len(self._rows))
        if not more:
            self._count = len(self._rows)  # someone else deleted rows meanwhile
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- reading -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(col)
        if role == ORDER_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole and col == PROMISED and row["promised_date"]:
            return self.fmt.long_date(row["promised_date"])
        return None

    def _display(self, row: dict, col: int) -> str:
        if col == NUMBER:
            return row["number"]
        if col == DATE:
            return self.fmt.date(row["order_date"])
        if col == CUSTOMER:
            return row["customer_name"]
        if col == STATUS:
            return tr(STATUS_TITLES.get(row["status"], row["status"]))
        if col == PROMISED:
            return self.fmt.date(row["promised_date"])
        if col == TOTAL:
            return self.fmt.money(row["total"])
        if col == PAID:
            return self.fmt.money(row["paid"])
        if col == BALANCE:
            return self.fmt.money(row["total"] - row["paid"])
        return ""

    def order_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: int) -> int | None:
        """The row of a loaded order, or None if it is not loaded (yet)."""
        for number, row in enumerate(self._rows):
            if row["id"] == order_id:
                return number
        return None


def _alignment(col: int) -> Qt.AlignmentFlag:
    vcenter = Qt.AlignmentFlag.AlignVCenter
    if col in MONEY_COLUMNS:
        return Qt.AlignmentFlag.AlignRight | vcenter
    if col in CENTERED_COLUMNS:
        return Qt.AlignmentFlag.AlignHCenter | vcenter
    return Qt.AlignmentFlag.AlignLeft | vcenter
