"""The customer order list: filtered in SQL, loaded 200 rows at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.list_model import PagedRowsModel
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
PAGE_SIZE = PagedRowsModel.page_size  # rows per page, as the tests see it
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole

STATUS_TITLES = {
    "open": "Open",
    "ready": "Ready",
    "completed": "Completed",
    "cancelled": "Cancelled",
}

AnyIndex = QModelIndex | QPersistentModelIndex


class OrderTableModel(PagedRowsModel):
    def __init__(self, shop: Shop, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.filter = OrderFilter()

    # -- loading -----------------------------------------------------------------------------
    def set_filter(self, flt: OrderFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_rows(self, limit: int, offset: int) -> list[dict]:
        return list_orders(self.shop, self.filter, limit=limit, offset=offset)

    def count_rows(self) -> int:
        return count_orders(self.shop, self.filter)

    # -- reading -----------------------------------------------------------------------------

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
