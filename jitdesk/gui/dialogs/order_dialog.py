"""Log a customer order at the counter, or edit an open one.

Customer, products (scanned, SKU or name), quantities and prices per line, the deposit (by
default the shop's deposit % of the total) and the promised date, recomputed as lines change.
Everything is checked at its field before the order is written in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.domain.statuses import Action, customer_allows, customer_status_title
from jitdesk.domain.tax import amount_due, line_tax_rate
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.new_item_dialog import NewItemDialog
from jitdesk.gui.feedback import show_error
from jitdesk.gui.formatting import ShopFormat, shop_format
from jitdesk.gui.i18n import QT_TR_NOOP, status_title, tr
from jitdesk.gui.models.order_lines_model import (
    LINE_TOTAL,
    PRODUCT,
    PROMISED,
    QUANTITY,
    SKU,
    UNIT_PRICE,
    LineRow,
    OrderLinesModel,
    QuantityDelegate,
)
from jitdesk.gui.widgets.customer_picker import CustomerPicker
from jitdesk.gui.widgets.delivery_fields import DeliveryFields
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.gui.widgets.product_picker import ProductPicker
from jitdesk.services import delivery
from jitdesk.services.catalog import Product
from jitdesk.services.new_items import quote_new_item
from jitdesk.services.orders import (
    CreatedOrder,
    create_order,
    order_detail,
)
from jitdesk.services.promises import quote_promised_dates
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Changes, Shop

PAYMENT_METHODS = (
    ("cash", QT_TR_NOOP("Cash")),
    ("card", QT_TR_NOOP("Card")),
    ("transfer", QT_TR_NOOP("Bank transfer")),
)
LINE_FIELDS = {"lines", "quantity", "unit_price", "price"}


def default_deposit(total: int, percent: int) -> int:
    """The shop's deposit % of the total, rounded half up to the cent."""
    return (total * percent + 50) // 100


class OrderDialog(QDialog):
    changed = Signal(object)  # Changes, once the order is saved

    def __init__(
        self,
        shop: Shop,
        order_id: int | None = None,
        *,
        fmt: ShopFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.settings = get_settings(shop)
        self.fmt = fmt or shop_format(self.settings.locale, self.settings.currency)
        self.order_id = order_id
        self.number = ""
        self.changes = Changes()
        self.created: CreatedOrder | None = None
        self.order_date: date = shop.today()
        self.paid = 0
        self.read_only = False
        self._deposit_touched = False

        self._build()
        if order_id is not None:
            self._load(order_id)
        else:
            self.setWindowTitle(tr("New customer order"))
            self._update_summary()
        self.customer.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.customer = CustomerPicker(self.shop, self)
        self.customer.edit.setAccessibleName(tr("Customer"))
        self.product = ProductPicker(self.shop, self.fmt, self)
        self.product.edit.setAccessibleName(tr("Add product"))
        self.new_item_button = QPushButton(tr("Item not in the catalo&gue…"), self)
        self.new_item_button.setToolTip(
            tr("Add something the shop has never sold; the owner reviews it before it is ordered")
        )

        self.lines = OrderLinesModel(self.fmt, self)
        self.table = QTableView(self)
        self.table.setModel(self.lines)
        self.table.setAccessibleName(tr("Order lines"))
        self.table.setItemDelegateForColumn(QUANTITY, QuantityDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (SKU, QUANTITY, UNIT_PRICE, LINE_TOTAL, PROMISED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(180)
        self.lines_message = FieldMessage(self)
        self.remove_button = QPushButton(tr("&Remove line"), self)
        self.remove_button.setToolTip(tr("Remove the selected line (Delete)"))
        self.remove_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(tr("Anything the shop should remember about this order"))
        self.delivery = DeliveryFields(self.fmt, self)

        self.total_label = QLabel(self)
        self.paid_label = QLabel(self)
        self.balance_label = QLabel(self)
        self.promised_label = QLabel(self)
        # Why a promise is later than the supplier quotes (observed lead times, issue 7).
        self.lead_note = QLabel(self)
        self.lead_note.setWordWrap(True)
        self.lead_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lead_note.hide()
        self._lead_note_for: tuple[int, ...] = ()
        # Goods already on the shelf: logging the order puts them aside at once.
        self.surplus_note = QLabel(self)
        self.surplus_note.setWordWrap(True)
        self.surplus_note.hide()
        self.handover_dialog: QDialog | None = None
        for label in (self.total_label, self.paid_label, self.balance_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.balance_label.setFont(bold)
        self.promised_label.setFont(bold)
        self.promised_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.deposit = MoneyEdit(self.fmt, label="deposit", parent=self)
        self.deposit.setAccessibleName(tr("Deposit"))
        self.deposit.line.setFixedWidth(self.fontMetrics().horizontalAdvance("0000000.00") + 40)
        self.method = QComboBox(self)
        for value, text in PAYMENT_METHODS:
            self.method.addItem(tr(text), value)
        self.method.setAccessibleName(tr("Deposit paid by"))

        self.buttons, self.ok_button = dialog_buttons(
            self, text=tr("&Log order") if self.order_id is None else tr("&Save changes")
        )
        self.ok_button.setToolTip(tr("Save the order (Ctrl+Enter)"))

        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_caption = QLabel(tr("&Customer:"), self)
        self.customer_caption.setBuddy(self.customer.edit)
        product_caption = QLabel(tr("&Add product:"), self)
        product_caption.setBuddy(self.product.edit)
        top.addRow(self.customer_caption, self.customer)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product, 1)
        product_row.addWidget(self.new_item_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addRow(product_caption, product_row)

        under_table = QHBoxLayout()
        under_table.addWidget(self.lines_message, 1)
        under_table.addStretch(0)
        under_table.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QFormLayout()
        notes_caption = QLabel(tr("&Notes:"), self)
        notes_caption.setBuddy(self.notes)
        left.addRow(notes_caption, self.notes)
        left.addRow(self.delivery)

        summary = QGridLayout()
        summary.setHorizontalSpacing(12)
        summary.setColumnStretch(0, 0)
        summary.setColumnMinimumWidth(1, 160)
        row = 0
        summary.addWidget(QLabel(tr("Total:"), self), row, 0)
        summary.addWidget(self.total_label, row, 1)
        row += 1
        self.deposit_caption = QLabel(tr("&Deposit:"), self)
        self.deposit_caption.setBuddy(self.deposit.line)
        summary.addWidget(self.deposit_caption, row, 0)
        deposit_row = QHBoxLayout()
        deposit_row.addStretch(1)
        deposit_row.addWidget(self.method)
        deposit_row.addWidget(self.deposit)
        summary.addLayout(deposit_row, row, 1)
        row += 1
        # The deposit's message spans the whole summary so it reads as one line or two.
        summary.addWidget(self.deposit.message, row, 0, 1, 2)
        row += 1
        self.paid_caption = QLabel(tr("Paid so far:"), self)
        summary.addWidget(self.paid_caption, row, 0)
        summary.addWidget(self.paid_label, row, 1)
        row += 1
        summary.addWidget(QLabel(tr("Balance due:"), self), row, 0)
        summary.addWidget(self.balance_label, row, 1)
        row += 1
        summary.addWidget(QLabel(tr("Promised for:"), self), row, 0)
        summary.addWidget(self.promised_label, row, 1)
        row += 1
        summary.addWidget(self.lead_note, row, 0, 1, 2)
        self.paid_caption.hide()
        self.paid_label.hide()

        bottom = QHBoxLayout()
        bottom.addLayout(left, 3)
        bottom.addSpacing(24)
        bottom.addLayout(summary, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(under_table)
        layout.addWidget(self.surplus_note)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.customer.edit, self.customer.new_button)
        self.setTabOrder(self.customer.new_button, self.product.edit)
        self.setTabOrder(self.product.edit, self.new_item_button)
        self.setTabOrder(self.new_item_button, self.table)
        self.setTabOrder(self.table, self.remove_button)
        self.setTabOrder(self.remove_button, self.notes)
        self.setTabOrder(self.notes, self.delivery)
        self.setTabOrder(self.delivery, self.delivery.address)
        self.setTabOrder(self.delivery.address, self.delivery.date)
        self.setTabOrder(self.delivery.date, self.method)
        self.setTabOrder(self.method, self.deposit.line)
        self.setTabOrder(self.deposit.line, self.ok_button)
        self.resize(820, 560)

    def _connect(self) -> None:
        self.product.productChosen.connect(self.add_product)
        self.new_item_button.clicked.connect(self.add_new_item)
        self.customer.customerChanged.connect(lambda _id: self.customer.message.clear())
        self.customer.customerChanged.connect(self._customer_address)
        self.lines.linesChanged.connect(self._update_summary)
        # Columns sized to their contents are measured again only when asked: a new line's
        # SKU or a larger total would otherwise be cut ("TUB-10…").
        self.lines.linesChanged.connect(self.table.horizontalHeader().resizeSections)
        self.lines.problem.connect(self.lines_message.show_message)
        self.remove_button.clicked.connect(self.remove_selected_line)
        self.deposit.edited.connect(self._on_deposit_edited)
        self.deposit.valueChanged.connect(lambda _v: self._update_balance())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected_line)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Ctrl+Enter saves from anywhere (the pickers keep plain Enter for themselves)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return
        super().keyPressEvent(event)

    # -- loading an existing order -----------------------------------------------------------
    def _load(self, order_id: int) -> None:
        detail = order_detail(self.shop, order_id)
        header = detail.header
        self.number = header.number
        self.order_date = date.fromisoformat(header.order_date)
        self.paid = detail.paid
        self.customer.set_customer(header.customer_id, header.customer_name)
        self.notes.setText(header.notes or "")
        self.delivery.load(delivery.delivery_of(self.shop, order_id))
        self.lines.set_rows(
            [
                LineRow(
                    product_id=line.product_id,
                    sku=line.sku,
                    name=line.description or line.product_name,
                    unit=line.unit or "pc",
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    promised=date.fromisoformat(line.promised_date) if line.promised_date else None,
                    line_id=line.id,
                    tax_rate_bp=line_tax_rate(
                        line.tax_rate_bp, line.product_tax_rate_bp, self.settings.tax_rate_bp
                    ),
                )
                for line in detail.lines
                if line.quantity > 0
            ]
        )
        # Payments are taken elsewhere once the order exists; here they are only shown.
        self.deposit_caption.hide()
        self.deposit.hide()
        self.method.hide()
        self.paid_caption.show()
        self.paid_label.show()
        status = header.status
        self.read_only = not customer_allows(status, Action.EDIT)
        if self.read_only:
            self.setWindowTitle(
                tr("Order {number} ({status})").format(
                    number=self.number, status=status_title(customer_status_title(status))
                )
            )
            self._make_read_only()
        else:
            self.setWindowTitle(tr("Edit order {number}").format(number=self.number))
        self._update_summary()

    def _make_read_only(self) -> None:
        self.lines.editable = False
        self.customer.setEnabled(False)
        self.product.setEnabled(False)
        self.new_item_button.setEnabled(False)
        self.new_item_button.setToolTip(tr("Only open orders can be changed"))
        self.remove_button.setEnabled(False)
        self.notes.setReadOnly(True)
        self.delivery.setEnabled(False)
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Close"))

    # -- lines -------------------------------------------------------------------------------
    def add_product(self, product: Product) -> None:
        promised = quote_promised_dates(self.shop, [product.id], self.order_date)[product.id]
        if promised is None:
            self.product.message.show_message(
                tr(
                    "{sku} has no supplier offer yet, so it cannot be promised; add one in the "
                    "catalog first."
                ).format(sku=product.sku)
            )
            return
        self.lines_message.clear()
        position = self.lines.add_product(product, promised)
        self.table.selectRow(position)
        self.table.scrollTo(self.lines.index(position, 0))

    def add_new_item(self) -> None:
        """Describe an item that is not in the catalogue; it is created with the order."""
        dialog = NewItemDialog(self.shop, self.fmt, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.item is None:
            return
        promised = quote_new_item(self.shop, dialog.item.supplier_id, self.order_date)
        self.lines_message.clear()
        position = self.lines.add_new_item(dialog.item, promised)
        self.table.selectRow(position)

    def remove_selected_line(self) -> None:
        if self.read_only:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.lines.remove_row(rows[0].row())

    # -- totals ------------------------------------------------------------------------------
    def _on_deposit_edited(self) -> None:
        self._deposit_touched = True

    def _update_summary(self) -> None:
        total = self.lines.total(self.settings)
        self.total_label.setText(self.fmt.money(total))
        self.paid_label.setText(self.fmt.money(self.paid))
        if self.order_id is None and not self._deposit_touched:
            self.deposit.set_cents(default_deposit(total, self.settings.deposit_percent))
        promised = self.lines.promised()
        if any(row.promised is None for row in self.lines.rows):
            self.promised_label.setText(tr("to be confirmed"))
        else:
            self.promised_label.setText(
                self.fmt.long_date(promised) if promised else tr("add a product to see the date")
            )
        self.promised_label.setToolTip(
            tr("The latest promised date of the lines; set by supplier lead times")
        )
        self.delivery.set_earliest(delivery.default_delivery_date(self.order_date, promised))
        self._update_lead_note()
        self._update_surplus_note()
        self._update_balance()

    def _update_lead_note(self) -> None:
        """Say which promises use what a supplier really takes rather than what it quotes."""
        from jitdesk.services.promises import promise_explanations

        product_ids = tuple(
            dict.fromkeys(row.product_id for row in self.lines.rows if row.product_id)
        )
        if product_ids == self._lead_note_for:
            return
        self._lead_note_for = product_ids
        texts = list(dict.fromkeys(promise_explanations(self.shop, product_ids).values()))
        self.lead_note.setText("\n".join(texts))
        self.lead_note.setVisible(bool(texts))

    def _update_surplus_note(self) -> None:
        """Say which products are in surplus now (a new order takes them when it is logged)."""
        from jitdesk.services.surplus import free_surplus

        if self.order_id is not None or not self.lines.rows:
            self.surplus_note.hide()
            return
        free = free_surplus(self.shop, {row.product_id for row in self.lines.rows})
        skus = {row.product_id: row.sku for row in self.lines.rows}
        parts = [
            tr("%n unit(s) of {sku}", "", qty).format(sku=skus[pid]) for pid, qty in free.items()
        ]
        self.surplus_note.setText(
            tr(
                "In surplus now: {items}. Logging the order puts them aside for this customer, "
                "so they can take them home today."
            ).format(items=", ".join(parts))
        )
        self.surplus_note.setVisible(bool(parts))

    def _update_balance(self) -> None:
        total = self.lines.total(self.settings)
        if self.order_id is not None:
            self.balance_label.setText(self.fmt.money(amount_due(total, self.paid)))
            return
        deposit = self.deposit.parsed_cents()
        self.balance_label.setText(self.fmt.money(amount_due(total, deposit or 0)))
        if deposit is not None:
            too_much = deposit > total
            self.deposit.set_error(
                tr("The deposit is more than the order total.") if too_much else ""
            )

    # -- saving ------------------------------------------------------------------------------
    def _check_fields(self) -> bool:
        """Show every problem at its field; True when the order can be written."""
        first: QWidget | None = None
        if self.customer.customer_id() is None:
            self.customer.message.show_message(
                tr("Choose the customer from the list, or add them with New customer.")
            )
            first = first or self.customer.edit
        if not self.lines.rows:
            self.lines_message.show_message(
                tr("Add at least one product: scan it or type its SKU or name above.")
            )
            first = first or self.product.edit
        if self.order_id is None:
            self._update_balance()
            if not self.deposit.is_valid():
                first = first or self.deposit.line
        first = first or self._check_delivery()
        if first is not None:
            first.setFocus()
            return False
        return True

    def _customer_address(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self.delivery.set_customer_address(delivery.customer_address(self.shop, customer_id))

    def _check_delivery(self) -> QWidget | None:
        """A delivery without an address is refused at its field (the delivery rule's own
        sentence); the date is checked against the promise when the order is saved."""
        self.delivery.clear_messages()
        chosen = self.delivery.delivery_input()
        try:
            if chosen is not None:
                chosen.validate()
        except ValidationError as exc:
            self.delivery.show_error(exc.field, str(exc))
            return self.delivery.address
        return None

    def order_input(self) -> OrderInput:
        return OrderInput(
            customer_id=self.customer.customer_id() or 0,
            lines=[
                OrderLineInput(
                    product_id=row.product_id,
                    quantity=row.quantity,
                    unit_price=row.unit_price,
                    line_id=row.line_id,
                    new_item=row.new_item,
                )
                for row in self.lines.rows
            ],
            deposit=self.deposit.cents() if self.order_id is None else 0,
            notes=self.notes.text().strip(),
            payment_method=self.method.currentData(),
        )

    def accept(self) -> None:
        if self.read_only:
            super().reject()
            return
        if not self._check_fields():
            return
        close = super().accept
        run_action(
            self,
            self._save,
            changed=self.changed,
            on_success=lambda _c: self._saved(close),
            on_error=self._show_error,
        )

    def _saved(self, close) -> None:
        close()
        if self.created is not None and self.created.from_surplus:
            self.offer_handover()

    def offer_handover(self) -> QDialog | None:
        """Goods were taken from surplus: offer to hand them over now (the counter's own
        handover dialog)."""
        from jitdesk.gui.dialogs.handover_dialog import HandoverDialog
        from jitdesk.services.handover import handover_preview

        created = self.created
        if created is None or not ask_hand_over(self, created.number, created.ready):
            return None
        preview = handover_preview(self.shop, created.order_id)
        dialog = HandoverDialog(
            self.shop, preview, self.fmt, partial=not created.ready, parent=self.parentWidget()
        )
        dialog.changed.connect(self.changed)
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def _save(self) -> Changes:
        chosen = self.delivery.delivery_input()
        if self.order_id is None:
            data = self.order_input()
            self.created = (
                create_order(self.shop, data)
                if chosen is None
                else delivery.create_delivery_order(self.shop, data, chosen)
            )
            self.order_id = self.created.order_id
            self.number = self.created.number
            self.changes = Changes(
                customer_orders={self.order_id},
                products={row.product_id for row in self.lines.rows}
                if self.created.from_surplus
                else set(),
                newly_ready=[self.order_id] if self.created.ready else [],
            )
        else:
            self.changes = delivery.edit_delivery_order(
                self.shop, self.order_id, self.order_input(), chosen
            )
        return self.changes

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._show_validation_error(exc)
        else:
            show_error(self, exc)

    def _show_validation_error(self, exc: ValidationError) -> None:
        if exc.field == "deposit":
            self.deposit.set_error(str(exc))
            self.deposit.line.setFocus()
        elif exc.field in LINE_FIELDS:
            self.lines_message.show_message(str(exc))
            self.table.setFocus()
        elif exc.field in ("customer", "customer_id"):
            self.customer.message.show_message(str(exc))
            self.customer.edit.setFocus()
        elif self.delivery.show_error(exc.field, str(exc)):
            pass
        else:
            show_error(self, exc)


def ask_hand_over(parent: QWidget, number: str, ready: bool) -> bool:
    """Ready now — hand over? (A function of its own, so tests can answer it.)"""
    if ready:
        text = tr("{number} is ready now: everything is in the shop. Hand it over now?")
    else:
        text = tr("Part of {number} is in the shop now and put aside. Hand that part over now?")
    box = QMessageBox(QMessageBox.Icon.Question, tr("Ready now — hand over?"), "", parent=parent)
    box.setText(text.format(number=number))
    hand = box.addButton(tr("&Hand over…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(hand)
    box.exec()
    return box.clickedButton() is hand
