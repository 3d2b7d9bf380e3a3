"""Take a payment (or record a refund) on a customer order."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError, ValidationError
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.services.orders import add_payment
from jitdesk.services.shop import Changes, Shop

KINDS = (("payment", "Payment"), ("refund", "Refund"))
METHODS = (("cash", "Cash"), ("card", "Card"), ("transfer", "Bank transfer"))


class PaymentDialog(QDialog):
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Record"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.amount.setFocus()

    def save(self) -> None:
        self.message.clear()
        try:
            cents = self.amount.cents()
            self.changes = add_payment(
                self.shop,
                self.order_id,
                cents,
                kind=self.kind.currentData(),
                method=self.method.currentData(),
                note=self.note.text().strip(),
            )
        except ValidationError as exc:
            if exc.field == "amount" or exc.field == tr("amount"):
                self.amount.set_error(str(exc))
            else:
                self.message.show_message(str(exc))
            return
        except JitdeskError as exc:
            self.message.show_message(str(exc))
            return
        self.accept()
