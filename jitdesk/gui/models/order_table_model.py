"""The customer order list: filtered in SQL, loaded 200 rows at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.order_progress import progress_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr
from jitdesk.gui.models.list_model import PagedRowsModel
from jitdesk.services.orders import OrderListRow, count_orders, list_orders
from jitdesk.services.shop import Shop

NUMBER, DATE, CUSTOMER, STATUS, PROMISED, TOTAL, PAID, BALANCE = range(8)
COLUMN_TITLES = {
    NUMBER: QT_TR_NOOP("Number"),
    DATE: QT_TR_NOOP("Date"),
    CUSTOMER: QT_TR_NOOP("Customer"),
    STATUS: QT_TR_NOOP("Status"),
    PROMISED: QT_TR_NOOP("Promised"),
    TOTAL: QT_TR_NOOP("Total"),
    PAID: QT_TR_NOOP("Paid"),
    BALANCE: QT_TR_NOOP("Balance"),
}
MONEY_COLUMNS = frozenset({TOTAL, PAID, BALANCE})
CENTERED_COLUMNS = frozenset({DATE, PROMISED})
PAGE_SIZE = PagedRowsModel.page_size  # rows per page, as the tests see it

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

    def fetch_rows(self, limit: int, offset: int) -> list[OrderListRow]:
        return list_orders(self.shop, self.filter, limit=limit, offset=offset)

    def count_rows(self) -> int:
        return count_orders(self.shop, self.filter)

    # -- reading -----------------------------------------------------------------------------

    column_titles = COLUMN_TITLES

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _alignment(column)

    def tooltip(self, row: OrderListRow, column: int) -> str | None:
        if row.late:
            return late_tooltip(self.fmt, row.promised_date)
        if column == PROMISED and row.promised_date:
            return self.fmt.long_date(row.promised_date)
        return None

    def needs_attention(self, row: OrderListRow) -> bool:
        return row.late

    def display(self, row: OrderListRow, col: int) -> str:
        if col == NUMBER:
            return row.number
        if col == DATE:
            return self.fmt.date(row.order_date)
        if col == CUSTOMER:
            return row.customer_name
        if col == STATUS:
            return progress_text(row.progress, row.late)
        if col == PROMISED:
            return self.fmt.date(row.promised_date)
        if col == TOTAL:
            return self.fmt.money(row.total)
        if col == PAID:
            return self.fmt.money(row.paid)
        if col == BALANCE:
            return self.fmt.money(row.total - row.paid)
        return ""

    def order_id(self, row: int) -> int | None:
        return self.row_id(row)


def progress_text(progress: str, late: bool) -> str:
    """How far an order is, as its Status cell and the order's title read it."""
    text = status_title(progress_title(progress))
    return text + tr(" · late") if late else text


def late_tooltip(fmt: ShopFormat, promised_date: str | None) -> str:
    return tr("Late: promised for {date} and not ready yet.").format(
        date=fmt.long_date(promised_date)
    )


def _alignment(col: int) -> Qt.AlignmentFlag:
    vcenter = Qt.AlignmentFlag.AlignVCenter
    if col in MONEY_COLUMNS:
        return Qt.AlignmentFlag.AlignRight | vcenter
    if col in CENTERED_COLUMNS:
        return Qt.AlignmentFlag.AlignHCenter | vcenter
    return Qt.AlignmentFlag.AlignLeft | vcenter
