"""Surplus: units on hand no customer order needs, their value and age; write off or use
them for an open order that is waiting for the product."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedTableModel
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.editor_fields import FieldErrors, IntEdit
from jitdesk.gui.widgets.enabling import Reason
from jitdesk.gui.widgets.owner_only import gate, hide_cost_columns
from jitdesk.services import catalog_views, surplus
from jitdesk.services.catalog_views import OrderNeed
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.surplus import SurplusItem

SKU, NAME, QUANTITY, UNIT_COST, VALUE, SINCE, AGE = range(7)
NEED_NUMBER, NEED_CUSTOMER, NEED_DATE, NEED_WAITING = range(4)


def _table(parent: QWidget, model: PagedTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    return table


class WriteOffDialog(QDialog):
    """How many units and why; both required. Writes nothing until OK succeeds."""

    changed = Signal(object)  # Changes, once written off

    def __init__(self, shop: Shop, item: SurplusItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.item = item
        self.changes: Changes | None = None
        self.setWindowTitle(tr("Write off surplus"))
        self.errors = FieldErrors(self)
        intro = QLabel(
            tr("{sku} {name}: {quantity} {unit} surplus.").format(
                sku=item.sku, name=item.name, quantity=item.quantity, unit=item.unit
            ),
            self,
        )
        intro.setWordWrap(True)
        self.quantity = IntEdit(self)
        self.quantity.set_value(item.quantity)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(tr("e.g. damaged, sold over the counter, returned"))
        form = QFormLayout()
        self.errors.add_row(form, tr("&Quantity:"), "quantity", self.quantity)
        self.errors.add_row(form, tr("&Reason:"), "reason", self.reason)
        buttons, _ok = dialog_buttons(self, text=tr("Write off"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.quantity.textEdited.connect(lambda _t: self.errors.messages["quantity"].clear())
        self.reason.textEdited.connect(lambda _t: self.errors.messages["reason"].clear())

    def accept(self) -> None:
        self.errors.clear()
        close = super().accept

        def write_off() -> Changes:
            quantity = self.quantity.value(
                "quantity", tr("quantity"), minimum=1, maximum=self.item.quantity
            )
            return surplus.write_off(self.shop, self.item.product_id, quantity, self.reason.text())

        def written_off(changes: Changes) -> None:
            self.changes = changes
            close()

        run_action(
            self, write_off, changed=self.changed, on_success=written_off, on_error=self.errors.show
        )


class UseForOrderDialog(QDialog):
    """Pick an open order waiting for the product; its waiting lines take units from surplus."""

    changed = Signal(object)  # Changes, once the surplus is allocated

    def __init__(
        self, shop: Shop, fmt: ShopFormat, item: SurplusItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.item = item
        self.result_use: surplus.SurplusUse | None = None
        self.setWindowTitle(tr("Use surplus for an order"))
        self._needs: list[OrderNeed] = catalog_views.orders_needing_product(shop, item.product_id)
        intro = QLabel(
            tr("{quantity} {unit} of {sku} {name} are surplus. Orders waiting for it:").format(
                quantity=item.quantity, unit=item.unit, sku=item.sku, name=item.name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Order"), lambda n: n.number),
                Column(QT_TR_NOOP("Customer"), lambda n: n.customer_name),
                Column(QT_TR_NOOP("Ordered"), lambda n: fmt.date(n.order_date), CENTER),
                Column(QT_TR_NOOP("Waiting"), lambda n: str(n.waiting), RIGHT),
            ],
            lambda limit, offset: self._needs[offset : offset + limit],
            lambda: len(self._needs),
            row_id=lambda n: n.order_id,
            parent=self,
        )
        self.model.reload()
        self.table = _table(self, self.model, tr("Orders waiting for the product"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(tr("No open order is waiting for this product."), self)
        self.empty.setVisible(not self._needs)
        self.buttons, self.ok = dialog_buttons(self, text=tr("Use for this order"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.ok.setEnabled(current.isValid())
        )
        self.table.activated.connect(lambda _i: self.accept())
        if self._needs:
            self.table.selectRow(0)

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def accept(self) -> None:
        index = self.table.selectionModel().currentIndex()
        order_id = self.model.row_id(index.row()) if index.isValid() else None
        if order_id is None:
            return
        close = super().accept

        def used(use: surplus.SurplusUse) -> None:
            self.result_use = use
            close()

        run_action(
            self,
            lambda: surplus.use_surplus_for_order(self.shop, order_id),
            changed=self.changed,
            on_success=used,
        )


class SurplusPage(Page):
    key = "surplus"

    @classmethod
    def title(cls) -> str:
        return tr("Surplus")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.dialog: QDialog | None = None
        self._items: list[SurplusItem] = []
        self.model = PagedTableModel(
            [
                Column(QT_TR_NOOP("SKU"), lambda i: i.sku),
                Column(QT_TR_NOOP("Product"), lambda i: i.name, tooltip=lambda i: i.name),
                Column(QT_TR_NOOP("Quantity"), lambda i: f"{i.quantity} {i.unit}", RIGHT),
                Column(QT_TR_NOOP("Unit cost"), lambda i: fmt.money(i.unit_cost), RIGHT),
                Column(QT_TR_NOOP("Value"), lambda i: fmt.money(i.value), RIGHT),
                Column(QT_TR_NOOP("Since"), lambda i: fmt.date(i.since), CENTER),
                Column(QT_TR_NOOP("Age (days)"), lambda i: str(i.age_days), RIGHT),
            ],
            lambda limit, offset: self._items[offset : offset + limit],
            lambda: len(self._items),
            row_id=lambda i: i.product_id,
            parent=self,
        )
        self.table = _table(self, self.model, tr("Surplus"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        money = metrics.horizontalAdvance(fmt.money(999_999_99)) + 24
        for column, width in {
            SKU: metrics.horizontalAdvance("MMMM-00000") + 24,
            QUANTITY: metrics.horizontalAdvance("00000 pcs") + 24,
            UNIT_COST: money,
            VALUE: money,
            SINCE: metrics.horizontalAdvance(fmt.date("2026-12-28")) + 32,
            AGE: metrics.horizontalAdvance("Age (days)") + 24,
        }.items():
            header.resizeSection(column, width)
        self.total_label = QLabel(self)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_off_button = QPushButton(tr("&Write off…"), self)
        self.use_button = QPushButton(tr("&Use for an order…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.total_label, 1)
        bar.addWidget(self.use_button)
        bar.addWidget(self.write_off_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.write_off_button.clicked.connect(self.write_off)
        self.use_button.clicked.connect(self.use_for_order)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self._update_buttons()

    def reload(self) -> None:
        selected = self.selected_item()
        self._items = surplus.list_surplus(self.shop)
        self.model.reload()
        total = sum(item.value for item in self._items)
        units = sum(item.quantity for item in self._items)
        hidden = hide_cost_columns(self.shop, self.table, UNIT_COST, VALUE)
        products = tr("%n product(s)", "", len(self._items))
        if not self._items:
            text = tr("No surplus on hand.")
        elif hidden:
            text = tr("{products}, {units} of surplus").format(
                products=products, units=tr("%n unit(s)", "", units)
            )
        else:
            text = tr("{products}, {units} of surplus worth {value}").format(
                products=products, units=tr("%n unit(s)", "", units), value=self.fmt.money(total)
            )
        self.total_label.setText(text)
        self.total_label.setToolTip(tr(Reason.COSTS_HIDDEN) if hidden and self._items else "")
        if selected is not None:
            self.select_product(selected.product_id)
        self._update_buttons()

    def refresh(self, changes: Changes | None = None) -> None:
        if (
            changes is None
            or changes.products
            or changes.supplier_orders
            or changes.customer_orders
        ):
            self.mark_stale()

    def open_target(self, target: object) -> None:
        if isinstance(target, int):
            self.select_product(target)

    def select_product(self, product_id: int) -> bool:
        row = self.model.row_of(product_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def selected_item(self) -> SurplusItem | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected_item() is not None
        self.write_off_button.setEnabled(has)
        self.use_button.setEnabled(has)
        gate(self.shop, OwnerAction.WRITE_OFF, self.write_off_button)

    def write_off(self) -> WriteOffDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        dialog = WriteOffDialog(self.shop, item, self)
        dialog.accepted.connect(lambda: self._after(tr("Written off.")))
        self._open(dialog)
        return dialog

    def use_for_order(self) -> UseForOrderDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        dialog = UseForOrderDialog(self.shop, self.fmt, item, self)

        def done() -> None:
            use = dialog.result_use
            if use is None:
                return
            message = (
                tr("Order {number} is now ready.")
                if use.ready
                else tr("Surplus allocated to order {number}.")
            )
            self._after(message.format(number=use.number))

        dialog.accepted.connect(done)
        self._open(dialog)
        return dialog

    def _open(self, dialog: WriteOffDialog | UseForOrderDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.changed.connect(self.changed)  # after the page updated itself on `accepted`
        dialog.open()

    def _after(self, message: str) -> None:
        self.reload()
        self.statusMessage.emit(message)
