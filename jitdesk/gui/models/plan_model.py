"""The plan as a tree for the consolidation board: one group per supplier order (with its
minimum-order flag and its lines), then what comes from surplus, from units already on order,
the lines that cannot meet their promised date and the lines nobody sells.

Rows are built once per plan (a plan of a 100,000-order shop has a few thousand rows); the
supplier column of a line is editable when more than one supplier sells the product, and an
edit asks for a re-plan (`overrideRequested`) instead of changing the row itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from jitdesk.domain.lists import FEW, first_few
from jitdesk.domain.planning import NO_OFFER, TO_REVIEW, Cover, Plan, PlannedLine, PlannedOrder
from jitdesk.domain.statuses import supplier_status_title
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr
from jitdesk.services.plan_views import OfferChoice

PRODUCT, NEEDED, MIN, PACK, PACKS, QUANTITY, SURPLUS, SUPPLIER, WHY, CUSTOMERS = range(10)
COLUMN_TITLES = {
    PRODUCT: QT_TR_NOOP("Product"),
    NEEDED: QT_TR_NOOP("Needed"),
    MIN: QT_TR_NOOP("Min"),
    PACK: QT_TR_NOOP("Pack"),
    PACKS: QT_TR_NOOP("Packs"),
    QUANTITY: QT_TR_NOOP("Quantity"),
    SURPLUS: QT_TR_NOOP("Surplus"),
    SUPPLIER: QT_TR_NOOP("Supplier"),
    WHY: QT_TR_NOOP("How the quantity was reached"),
    CUSTOMERS: QT_TR_NOOP("For customers"),
}
NUMBER_COLUMNS = frozenset({NEEDED, MIN, PACK, PACKS, QUANTITY, SURPLUS})
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
SUPPLIER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
# Combined once: `data` and `flags` are asked thousands of times a paint, and combining Qt's
# flags in Python makes a new enum member each time (a tenth of the page's time on show).
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_EDIT = Qt.ItemDataRole.EditRole
# The roles `data` answers; a view asks for a dozen more per cell as it paints.
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _ALIGNMENT, _FONT, _DECORATION, _EDIT}
    | {PRODUCT_ID_ROLE, SUPPLIER_ID_ROLE, CHOICES_ROLE, KIND_ROLE}
)

# Row kinds
ORDER, FLAG, LINE, SECTION, ITEM = "order", "flag", "line", "section", "item"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str
    texts: dict[int, str]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    tooltip: str = ""
    warning: bool = False
    product_id: int | None = None
    supplier_id: int | None = None
    choices: list[OfferChoice] = field(default_factory=list)
    line: PlannedLine | None = None
    order: PlannedOrder | None = None

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    @property
    def spanned(self) -> bool:
        return self.kind in (ORDER, FLAG, SECTION)


def customers_text(covers: tuple[Cover, ...] | list, limit: int | None = None) -> str:
    """Who a planned line is for: all of them, or the first `limit` and how many more."""
    entries = [f"{c.order_number} {c.customer_name} ({c.quantity})" for c in covers]
    return ", ".join(entries) if limit is None else first_few(entries, limit)


def customers_cell(covers: tuple[Cover, ...] | list) -> str:
    """A table cell: a few customers by name, many by the first order number and a count
    (anything longer pushes the count out of sight in a narrow column)."""
    if len(covers) <= FEW + 1:
        return customers_text(covers)
    return first_few([c.order_number for c in covers], 1)


class PlanModel(QAbstractItemModel):
    overrideRequested = Signal(int, int)  # product id, supplier id

    def __init__(self, fmt: ShopFormat, parent=None, *, costs: bool = True) -> None:
        super().__init__(parent)
        self.fmt = fmt
        # Whether the person may see costs: an order's value and the supplier's minimum are.
        self.costs = costs
        self.root = Node(SECTION, {})
        self.plan: Plan | None = None
        self._warning_icon: QIcon | None = None

    # -- building ----------------------------------------------------------------------------
    def set_plan(
        self,
        plan: Plan | None,
        choices: Mapping[int, list[OfferChoice]] | None = None,
        so_numbers: Mapping[int, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.plan = plan
        self.root = Node(SECTION, {})
        if plan is not None:
            self._build(plan, choices or {}, so_numbers or {})
        self.endResetModel()

    def _build(
        self, plan: Plan, choices: Mapping[int, list[OfferChoice]], so_numbers: Mapping[int, str]
    ) -> None:
        names = {o.supplier.supplier_id: o.supplier.name for o in plan.orders}
        for order in plan.orders:
            self._order(order, choices)
        if plan.surplus_uses:
            section = self._section(tr("From surplus on hand (no need to order)"))
            for use in plan.surplus_uses:
                section.add(
                    Node(
                        ITEM,
                        {
                            PRODUCT: plan.product_label(use.product_id),
                            QUANTITY: str(use.quantity),
                            WHY: tr("taken from surplus on hand"),
                            CUSTOMERS: f"{use.order_number} {use.customer_name}",
                        },
                        product_id=use.product_id,
                    )
                )
        if plan.on_the_way_uses:
            section = self._section(tr("From units already on order (no need to order)"))
            # A big shop has thousands of these: the texts they share are translated once.
            already_on = tr("already on {number} ({status})")
            statuses: dict[str, str] = {}
            for otw in plan.on_the_way_uses:
                number = so_numbers.get(otw.supplier_order_id, f"#{otw.supplier_order_id}")
                status = statuses.get(otw.status)
                if status is None:
                    status = statuses[otw.status] = status_title(supplier_status_title(otw.status))
                section.add(
                    Node(
                        ITEM,
                        {
                            PRODUCT: plan.product_label(otw.product_id),
                            QUANTITY: str(otw.quantity),
                            SUPPLIER: names.get(otw.supplier_id, ""),
                            WHY: already_on.format(number=number, status=status),
                            CUSTOMERS: f"{otw.order_number} {otw.customer_name}",
                        },
                        product_id=otw.product_id,
                    )
                )
        if plan.late_lines:
            section = self._section(tr("Cannot meet the promised date"), warning=True)
            for late in plan.late_lines:
                why = tr("promised {promised}, expected {expected}").format(
                    promised=self.fmt.date(late.promised_date),
                    expected=self.fmt.date(late.expected_date),
                )
                section.add(
                    Node(
                        ITEM,
                        {
                            PRODUCT: plan.product_label(late.product_id),
                            SUPPLIER: names.get(late.supplier_id, ""),
                            WHY: why,
                            CUSTOMERS: f"{late.order_number} {late.customer_name}",
                        },
                        tooltip=why,
                        warning=True,
                        product_id=late.product_id,
                    )
                )
        held = (
            (
                TO_REVIEW,
                tr("To review: needs a supplier and cost before it can be ordered"),
                tr("added at the counter; complete or merge it in Review new items"),
            ),
            (
                NO_OFFER,
                tr("Cannot be ordered: no supplier offer"),
                tr("no active supplier offer; add one in the catalog"),
            ),
        )
        for reason, title, why in held:
            items = [item for item in plan.unplannable if item.reason == reason]
            if not items:
                continue
            section = self._section(title, warning=True)
            for item in items:
                section.add(
                    Node(
                        ITEM,
                        {
                            PRODUCT: plan.product_label(item.product_id),
                            NEEDED: str(item.quantity),
                            WHY: why,
                            CUSTOMERS: f"{item.order_number} {item.customer_name}",
                        },
                        warning=True,
                        product_id=item.product_id,
                    )
                )

    def _section(self, title: str, *, warning: bool = False) -> Node:
        return self.root.add(Node(SECTION, {PRODUCT: title}, warning=warning))

    def _order(self, order: PlannedOrder, choices: Mapping[int, list[OfferChoice]]) -> None:
        supplier = order.supplier
        target = (
            tr("into draft {number}").format(number=order.draft_number)
            if order.draft_id
            else tr("new order")
        )
        if self.costs:
            title = tr("{supplier} — {target} · expected {date} · order value {value}").format(
                supplier=supplier.name,
                target=target,
                date=self.fmt.date(order.expected_date),
                value=self.fmt.money(order.value),
            )
        else:
            title = tr("{supplier} — {target} · expected {date}").format(
                supplier=supplier.name, target=target, date=self.fmt.date(order.expected_date)
            )
        node = self.root.add(
            Node(ORDER, {PRODUCT: title}, order=order, supplier_id=supplier.supplier_id)
        )
        if order.below_minimum:
            node.warning = True
            node.add(
                Node(
                    FLAG,
                    {
                        PRODUCT: tr(
                            "Below the minimum of {minimum} (order value {value}):"
                            " hold the draft or send anyway."
                        ).format(
                            minimum=self.fmt.money(order.min_order_value),
                            value=self.fmt.money(order.value),
                        )
                        if self.costs
                        else tr("Below the supplier's minimum: hold the draft or send anyway.")
                    },
                    warning=True,
                    order=order,
                )
            )
        for line in order.lines:
            why = line.explanation()
            node.add(
                Node(
                    LINE,
                    {
                        PRODUCT: line.product_label,
                        NEEDED: str(line.needed),
                        MIN: str(line.min_qty),
                        PACK: str(line.pack_size),
                        PACKS: str(line.packs),
                        QUANTITY: str(line.quantity),
                        SURPLUS: str(line.surplus_created),
                        SUPPLIER: supplier.name,
                        WHY: why,
                        CUSTOMERS: customers_cell(line.covers),
                    },
                    tooltip=why,
                    product_id=line.product_id,
                    supplier_id=supplier.supplier_id,
                    choices=list(choices.get(line.product_id, [])),
                    line=line,
                    order=order,
                )
            )

    # -- Qt model API ------------------------------------------------------------------------
    def node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        holder = self.node(parent)
        if 0 <= row < len(holder.children) and 0 <= column < len(COLUMN_TITLES):
            return self.createIndex(row, column, holder.children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        holder = index.internalPointer().parent
        if holder is None or holder is self.root:
            return QModelIndex()
        return self.createIndex(holder.row(), 0, holder)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMN_TITLES)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        if index.column() == SUPPLIER and node.kind == LINE and len(node.choices) > 1:
            return _EDITABLE
        return _SELECTABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        node, col = self.node(index), index.column()
        if role == _DISPLAY:
            text = node.texts.get(col, "")
            if col == SUPPLIER and node.kind == LINE and len(node.choices) > 1:
                text += " ▾"
            return text
        if role == _TOOLTIP:
            if col == CUSTOMERS and node.line is not None:
                return customers_text(node.line.covers, 20)
            if col == SUPPLIER and node.kind == LINE and len(node.choices) > 1:
                return tr("Choose another supplier for this product (F2)")
            return node.tooltip or node.texts.get(col) or None
        if role == _ALIGNMENT:
            return _alignment(col)
        if role == _FONT and node.kind in (ORDER, SECTION, FLAG):
            font = QFont()
            font.setBold(True)
            return font
        if role == _DECORATION and col == PRODUCT and node.warning:
            return self._warning()
        if role == PRODUCT_ID_ROLE:
            return node.product_id
        if role == SUPPLIER_ID_ROLE:
            return node.supplier_id
        if role == CHOICES_ROLE:
            return node.choices
        if role == KIND_ROLE:
            return node.kind
        if role == _EDIT:
            return node.supplier_id if col == SUPPLIER else node.texts.get(col, "")
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A new supplier chosen for a line: ask for a re-plan with that override."""
        node = self.node(index)
        if role != Qt.ItemDataRole.EditRole or index.column() != SUPPLIER or node.kind != LINE:
            return False
        if value is None or int(value) == node.supplier_id or node.product_id is None:
            return False
        self.overrideRequested.emit(node.product_id, int(value))
        return True

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    # -- finding -----------------------------------------------------------------------------
    def line_index(self, product_id: int) -> QModelIndex:
        """The row of the planned line for a product (first one), or an invalid index."""
        for order_row, order in enumerate(self.root.children):
            if order.kind != ORDER:
                continue
            for row, child in enumerate(order.children):
                if child.kind == LINE and child.product_id == product_id:
                    return self.index(row, 0, self.index(order_row, 0))
        return QModelIndex()

    def order_rows(self) -> list[QModelIndex]:
        return [self.index(r, 0) for r, n in enumerate(self.root.children) if n.kind == ORDER]


def _alignment(col: int) -> Qt.AlignmentFlag:
    return _RIGHT if col in NUMBER_COLUMNS else _LEFT
