"""Supplier order tables: the list (filtered in SQL, loaded 200 rows at a time) and the lines
of one order, each line saying which customers it serves."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.models.list_model import PagedRowsModel
from jitdesk.services import plan_views
from jitdesk.services.plan_views import SupplierOrderFilter
from jitdesk.services.shop import Shop

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole

STATUS_TITLES = {
    "draft": "Draft",
    "sent": "Sent",
    "partially received": "Partly received",
    "received": "Received",
    "cancelled": "Cancelled",
    "closed short": "Closed short",
}


def status_text(row: dict) -> str:
    text = tr(STATUS_TITLES.get(row["status"], row["status"]))
    if row.get("late"):
        text += tr(" · late")
    if row.get("below_minimum"):
        text += tr(" · below minimum")
    return text


# -- the list ---------------------------------------------------------------------------------
NUMBER, SUPPLIER, STATUS, EXPECTED, LINES, VALUE = range(6)
COLUMN_TITLES = {
    NUMBER: "Number",
    SUPPLIER: "Supplier",
    STATUS: "Status",
    EXPECTED: "Expected",
    LINES: "Lines",
    VALUE: "Value",
}


class SupplierOrderTableModel(PagedRowsModel):
    def __init__(self, shop: Shop, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.filter = SupplierOrderFilter()

    def set_filter(self, flt: SupplierOrderFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_rows(self, limit: int, offset: int) -> list[dict]:
        return plan_views.list_supplier_orders(self.shop, self.filter, limit=limit, offset=offset)

    def count_rows(self) -> int:
        return plan_views.count_supplier_orders(self.shop, self.filter)

    column_titles = COLUMN_TITLES

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _list_alignment(column)

    def tooltip(self, row: dict, column: int) -> str | None:
        if column == STATUS and row["below_minimum"]:
            return tr("Worth {value}, below the supplier minimum of {minimum}").format(
                value=self.fmt.money(row["value"]), minimum=self.fmt.money(row["min_order_value"])
            )
        return None

    def display(self, row: dict, col: int) -> str:
        if col == NUMBER:
            return row["number"]
        if col == SUPPLIER:
            return row["supplier_name"]
        if col == STATUS:
            return status_text(row)
        if col == EXPECTED:
            return self.fmt.date(row["expected_date"])
        if col == LINES:
            return str(row["line_count"])
        if col == VALUE:
            return self.fmt.money(row["value"])
        return ""

    def order_id(self, row: int) -> int | None:
        return self.row_id(row)


def _list_alignment(col: int) -> Qt.AlignmentFlag:
    vcenter = Qt.AlignmentFlag.AlignVCenter
    if col in (LINES, VALUE):
        return Qt.AlignmentFlag.AlignRight | vcenter
    if col == EXPECTED:
        return Qt.AlignmentFlag.AlignHCenter | vcenter
    return Qt.AlignmentFlag.AlignLeft | vcenter


# -- the lines of one order -------------------------------------------------------------------
SKU, DESCRIPTION, UNITS, UNIT_COST, TOTAL, RECEIVED, FOR_CUSTOMERS = range(7)
LINE_TITLES = {
    SKU: "Supplier SKU",
    DESCRIPTION: "Description",
    UNITS: "Packs × pack = units",
    UNIT_COST: "Unit cost",
    TOTAL: "Total",
    RECEIVED: "Received",
    FOR_CUSTOMERS: "For customers",
}


def line_customers(line: dict, limit: int | None = None) -> str:
    rows = line["customers"] if limit is None else line["customers"][:limit]
    text = ", ".join(f"{c['order_number']} {c['customer_name']} ({c['quantity']})" for c in rows)
    if limit is not None and len(line["customers"]) > limit:
        text += tr(", and {n} more").format(n=len(line["customers"]) - limit)
    if line["quantity"] > line["covered"]:
        spare = line["quantity"] - line["covered"]
        text += (", " if text else "") + tr("{n} spare (surplus)").format(n=spare)
    return text


class SupplierOrderLinesModel(QAbstractTableModel):
    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.lines: list[dict] = []

    def set_lines(self, lines: list[dict]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(LINE_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(LINE_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _line_alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _line_alignment(col)
        if role == ID_ROLE:
            return line["id"]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == FOR_CUSTOMERS:
                return line_customers(line, 40)
            if col == DESCRIPTION:
                return f"{line['sku']} {line['product_name']}"
        return None

    def _display(self, line: dict, col: int) -> str:
        if col == SKU:
            return line["supplier_sku"] or line["sku"]
        if col == DESCRIPTION:
            return line["description"] or line["product_name"]
        if col == UNITS:
            pack = line["pack_size"]
            packs, rest = divmod(line["quantity"], pack)
            if pack == 1:
                return str(line["quantity"])
            if rest:
                return tr("{units} (pack of {pack})").format(units=line["quantity"], pack=pack)
            return f"{packs} × {pack} = {line['quantity']}"
        if col == UNIT_COST:
            return self.fmt.money(line["unit_cost"])
        if col == TOTAL:
            return self.fmt.money(line["line_total"])
        if col == RECEIVED:
            return str(line["received"])
        if col == FOR_CUSTOMERS:
            return line_customers(line, 10)
        return ""

    def line(self, row: int) -> dict | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None


def _line_alignment(col: int) -> Qt.AlignmentFlag:
    vcenter = Qt.AlignmentFlag.AlignVCenter
    if col in (UNITS, UNIT_COST, TOTAL, RECEIVED):
        return Qt.AlignmentFlag.AlignRight | vcenter
    return Qt.AlignmentFlag.AlignLeft | vcenter
