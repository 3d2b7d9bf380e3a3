"""Supplier order tables: the list (filtered in SQL, loaded 200 rows at a time) and the lines
of one order, each line saying which customers it serves."""

from __future__ import annotations

from jitdesk.domain.lists import FEW, first_few
from jitdesk.domain.statuses import supplier_status_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedRowsModel, RowsModel
from jitdesk.services import plan_views
from jitdesk.services.permissions import may_see_costs
from jitdesk.services.plan_views import SupplierOrderFilter, SupplierOrderRow
from jitdesk.services.shop import Shop
from jitdesk.services.supplier_orders import SupplierOrderLine


def status_text(status: str, late: bool = False, below_minimum: bool = False) -> str:
    text = status_title(supplier_status_title(status))
    if late:
        text += tr(" · late")
    if below_minimum:
        text += tr(" · below minimum")
    return text


# -- the list ---------------------------------------------------------------------------------
NUMBER, SUPPLIER, STATUS, EXPECTED, LINES, VALUE = range(6)
COLUMN_TITLES = {
    NUMBER: QT_TR_NOOP("Number"),
    SUPPLIER: QT_TR_NOOP("Supplier"),
    STATUS: QT_TR_NOOP("Status"),
    EXPECTED: QT_TR_NOOP("Expected"),
    LINES: QT_TR_NOOP("Lines"),
    VALUE: QT_TR_NOOP("Value"),
}


class SupplierOrderTableModel(PagedRowsModel):
    def __init__(self, shop: Shop, fmt: ShopFormat, parent=None) -> None:
        super().__init__(parent, columns=_list_columns(fmt, costs=may_see_costs(shop)))
        self.shop = shop
        self.fmt = fmt
        self.filter = SupplierOrderFilter()

    def set_filter(self, flt: SupplierOrderFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_rows(self, limit: int, offset: int) -> list[SupplierOrderRow]:
        return plan_views.list_supplier_orders(self.shop, self.filter, limit=limit, offset=offset)

    def count_rows(self) -> int:
        return plan_views.count_supplier_orders(self.shop, self.filter)

    def order_id(self, row: int) -> int | None:
        return self.row_id(row)


def _list_columns(fmt: ShopFormat, *, costs: bool = True) -> list[Column]:
    """The list's columns; without `costs` (a person who may not see costs) the tooltip of an
    order below its minimum names no amounts, and the page hides the value column."""

    def below_minimum(row: SupplierOrderRow) -> str | None:
        if not row.below_minimum:
            return None
        if not costs:
            return tr("Below the supplier's minimum order.")
        return tr("Worth {value}, below the supplier minimum of {minimum}").format(
            value=fmt.money(row.value), minimum=fmt.money(row.min_order_value)
        )

    columns = {
        NUMBER: Column(COLUMN_TITLES[NUMBER], lambda r: r.number),
        SUPPLIER: Column(COLUMN_TITLES[SUPPLIER], lambda r: r.supplier_name),
        STATUS: Column(
            COLUMN_TITLES[STATUS],
            lambda r: status_text(r.status, r.late, r.below_minimum),
            tooltip=below_minimum,
        ),
        EXPECTED: Column(COLUMN_TITLES[EXPECTED], lambda r: fmt.date(r.expected_date), CENTER),
        LINES: Column(COLUMN_TITLES[LINES], lambda r: str(r.line_count), RIGHT),
        VALUE: Column(COLUMN_TITLES[VALUE], lambda r: fmt.money(r.value), RIGHT),
    }
    return [columns[number] for number in sorted(columns)]


# -- the lines of one order -------------------------------------------------------------------
SKU, DESCRIPTION, UNITS, UNIT_COST, TOTAL, RECEIVED, FOR_CUSTOMERS = range(7)
LINE_TITLES = {
    SKU: QT_TR_NOOP("Supplier SKU"),
    DESCRIPTION: QT_TR_NOOP("Description"),
    UNITS: QT_TR_NOOP("Packs × pack = units"),
    UNIT_COST: QT_TR_NOOP("Unit cost"),
    TOTAL: QT_TR_NOOP("Total"),
    RECEIVED: QT_TR_NOOP("Received"),
    FOR_CUSTOMERS: QT_TR_NOOP("For customers"),
}


def line_customers(line: SupplierOrderLine, limit: int | None = None) -> str:
    """Who the line is for ("C-2026-0042 Ana Ruiz (2), …"), all of them or the first `limit`
    and how many more, then its spare units."""
    entries = [f"{c.order_number} {c.customer_name} ({c.quantity})" for c in line.customers]
    text = ", ".join(entries) if limit is None else first_few(entries, limit)
    return _with_spare(line, text)


def customers_cell(line: SupplierOrderLine) -> str:
    """A table cell: a few customers by name, many by the first order number and a count
    (anything longer pushes the count out of sight in a narrow column)."""
    if len(line.customers) <= FEW + 1:
        return line_customers(line)
    return _with_spare(line, first_few([c.order_number for c in line.customers], 1))


def _with_spare(line: SupplierOrderLine, text: str) -> str:
    if line.quantity > line.covered:
        spare = line.quantity - line.covered
        text += (", " if text else "") + tr("{n} spare (surplus)").format(n=spare)
    return text


class SupplierOrderLinesModel(RowsModel):
    def __init__(self, fmt: ShopFormat, parent=None) -> None:
        super().__init__(_line_columns(fmt), parent=parent)
        self.fmt = fmt

    def set_lines(self, lines: list[SupplierOrderLine]) -> None:
        self.set_rows(lines)

    def line(self, row: int) -> SupplierOrderLine | None:
        return self.row(row)


def _units_text(line: SupplierOrderLine) -> str:
    pack = line.pack_size
    packs, rest = divmod(line.quantity, pack)
    if pack == 1:
        return str(line.quantity)
    if rest:
        return tr("{units} (pack of {pack})").format(units=line.quantity, pack=pack)
    return f"{packs} × {pack} = {line.quantity}"


def _line_columns(fmt: ShopFormat) -> list[Column]:
    columns = {
        SKU: Column(LINE_TITLES[SKU], lambda line: line.supplier_sku or line.sku),
        DESCRIPTION: Column(
            LINE_TITLES[DESCRIPTION],
            lambda line: line.description or line.product_name,
            tooltip=lambda line: f"{line.sku} {line.product_name}",
        ),
        UNITS: Column(LINE_TITLES[UNITS], _units_text, RIGHT),
        UNIT_COST: Column(LINE_TITLES[UNIT_COST], lambda line: fmt.money(line.unit_cost), RIGHT),
        TOTAL: Column(LINE_TITLES[TOTAL], lambda line: fmt.money(line.line_total), RIGHT),
        RECEIVED: Column(LINE_TITLES[RECEIVED], lambda line: str(line.received), RIGHT),
        FOR_CUSTOMERS: Column(
            LINE_TITLES[FOR_CUSTOMERS],
            customers_cell,
            tooltip=lambda line: line_customers(line, 20),
        ),
    }
    return [columns[number] for number in sorted(columns)]
