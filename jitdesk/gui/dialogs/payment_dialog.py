"""Take a payment (or record a refund) on a customer order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.services.orders import add_payment
from jitdesk.services.shop import Changes, Shop

KINDS = (("payment", QT_TR_NOOP("Payment")), ("refund", QT_TR_NOOP("Refund")))
METHODS = (
    ("cash", QT_TR_NOOP("Cash")),
    ("card", QT_TR_NOOP("Card")),
    ("transfer", QT_TR_NOOP("Bank transfer")),
)


class PaymentDialog(QDialog):
    changed = Signal(object)  # Changes, once the payment is recorded

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        order_id: int,
        number: str,
        balance: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.order_id = order_id
        self.changes: Changes | None = None
        self.setWindowTitle(tr("Payment for {number}").format(number=number))
        self.balance_label = QLabel(
            tr("Balance due: {balance}").format(balance=fmt.money(balance)), self
        )
        self.amount = MoneyEdit(fmt, label=tr("amount"), allow_empty=False, parent=self)
        self.amount.setAccessibleName(tr("Amount"))
        if balance > 0:
            self.amount.set_cents(balance)
        self.kind = QComboBox(self)
        for value, label in KINDS:
            self.kind.addItem(tr(label), value)
        self.method = QComboBox(self)
        for value, label in METHODS:
            self.method.addItem(tr(label), value)
        self.note = QLineEdit(self)
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.balance_label)
        form.addRow(tr("&Amount:"), self.amount)
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("&Method:"), self.method)
        form.addRow(tr("N&ote:"), self.note)
        buttons, _ok = dialog_buttons(self, text=tr("&Record"), on_accept=self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.amount.setFocus()

    def save(self) -> None:
        self.message.clear()
        run_action(
            self,
            lambda: add_payment(
                self.shop,
                self.order_id,
                self.amount.cents(),
                kind=self.kind.currentData(),
                method=self.method.currentData(),
                note=self.note.text().strip(),
            ),
            changed=self.changed,
            on_success=self._recorded,
            on_error=self._refused,
        )

    def _recorded(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError) and exc.field in ("amount", tr("amount")):
            self.amount.set_error(str(exc))
        else:
            self.message.show_message(str(exc))
