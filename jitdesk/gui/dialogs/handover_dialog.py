"""The handover at the counter: what the customer gets, what is owed, the payment taken.

For a ready order everything in the shop is handed over. For an order that is not complete the
dialog opens in "only what is in" mode: a checkbox per line that has units in the shop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.order_dialog import PAYMENT_METHODS
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, AnyIndex, Column, RowsModel
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.services.handover import HandoverItem, HandoverPreview, HandoverResult, hand_over
from jitdesk.services.shop import Shop

C_TAKE, C_SKU, C_DESCRIPTION, C_QUANTITY, C_IN_SHOP, C_MISSING, C_PRICE, C_VALUE = range(8)
TITLES = {
    C_TAKE: QT_TR_NOOP("Hand over"),
    C_SKU: QT_TR_NOOP("SKU"),
    C_DESCRIPTION: QT_TR_NOOP("Description"),
    C_QUANTITY: QT_TR_NOOP("Ordered"),
    C_IN_SHOP: QT_TR_NOOP("In the shop"),
    C_MISSING: QT_TR_NOOP("Still to come"),
    C_PRICE: QT_TR_NOOP("Price"),
    C_VALUE: QT_TR_NOOP("Value in shop"),
}


class HandoverItemsModel(RowsModel):
    """The order's lines; in partial mode each line with units in the shop can be ticked."""

    def __init__(self, preview: HandoverPreview, fmt: ShopFormat, partial: bool, parent=None):
        super().__init__(_columns(fmt), parent=parent)
        self.fmt = fmt
        self.partial = partial
        self.set_rows(preview.items)
        self.checked = [item.available > 0 for item in self.items]

    @property
    def items(self) -> list[HandoverItem]:
        return self.rows

    def chosen(self) -> dict[int, int]:
        """{customer line id: units} to hand over now."""
        return {
            item.line_id: item.available
            for item, on in zip(self.items, self.checked, strict=True)
            if on and item.available > 0
        }

    def chosen_items(self) -> list[HandoverItem]:
        return [item for item, on in zip(self.items, self.checked, strict=True) if on]

    # -- ticking lines (the only editing) ------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == C_TAKE:
            item = self.items[index.row()]
            if not self.partial or item.available == 0:
                return base & ~Qt.ItemFlag.ItemIsEnabled
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and index.column() == C_TAKE:
            on = self.checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() != C_TAKE
            or role != Qt.ItemDataRole.CheckStateRole
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEnabled)
        ):
            return False
        state = value.value if hasattr(value, "value") else value
        self.checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index)
        return True


def _columns(fmt: ShopFormat) -> list[Column]:
    columns = {
        C_TAKE: Column(TITLES[C_TAKE], lambda _item: "", CENTER),
        C_SKU: Column(TITLES[C_SKU], lambda item: item.sku),
        C_DESCRIPTION: Column(TITLES[C_DESCRIPTION], lambda item: item.description),
        C_QUANTITY: Column(TITLES[C_QUANTITY], lambda item: str(item.quantity), RIGHT),
        C_IN_SHOP: Column(TITLES[C_IN_SHOP], lambda item: str(item.available), RIGHT),
        C_MISSING: Column(
            TITLES[C_MISSING], lambda item: str(item.missing), RIGHT, bold=lambda i: i.missing > 0
        ),
        C_PRICE: Column(TITLES[C_PRICE], lambda item: fmt.money(item.unit_price), RIGHT),
        C_VALUE: Column(TITLES[C_VALUE], lambda item: fmt.money(item.value_available), RIGHT),
    }
    return [columns[number] for number in sorted(columns)]


class HandoverDialog(QDialog):
    changed = Signal(object)  # Changes, once handed over

    def __init__(
        self,
        shop: Shop,
        preview: HandoverPreview,
        fmt: ShopFormat,
        *,
        partial: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.preview = preview
        self.fmt = fmt
        self.partial = partial
        self.result_: HandoverResult | None = None
        self._payment_edited = False
        self.setWindowTitle(tr("Hand over {number}").format(number=preview.number))
        self.resize(820, 520)

        heading = QLabel(f"{preview.number} · {preview.customer_name}", self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.heading = heading
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if partial:
            self.note.setText(
                tr(
                    "This order is not complete. Tick the lines to hand over now; the rest "
                    "stays on order."
                )
            )
        self.note.setVisible(partial)

        self.model = HandoverItemsModel(preview, fmt, partial, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Items of the order"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(C_TAKE, not partial)
        self._size_columns()

        self.total_label = QLabel(fmt.money(preview.total), self)
        self.paid_label = QLabel(fmt.money(preview.paid), self)
        self.balance_label = QLabel(fmt.money(preview.balance_due), self)
        bold = self.balance_label.font()
        bold.setBold(True)
        self.balance_label.setFont(bold)
        self.payment = MoneyEdit(fmt, label="payment", parent=self)
        self.payment.setAccessibleName(tr("Payment taken now"))
        self.payment.line.setFixedWidth(self.fontMetrics().horizontalAdvance("0000000.00") + 40)
        self.method = QComboBox(self)
        for value, text in PAYMENT_METHODS:
            self.method.addItem(tr(text), value)
        self.method.setAccessibleName(tr("Payment method"))
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.payment)
        pay_row.addWidget(self.method, 0, Qt.AlignmentFlag.AlignTop)
        pay_row.addStretch(1)
        self.print_receipt = QCheckBox(tr("Print a handover &receipt"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Order total:"), self.total_label)
        form.addRow(tr("Paid so far:"), self.paid_label)
        form.addRow(tr("Balance due:"), self.balance_label)
        pay_caption = QLabel(tr("&Payment now:"), self)
        pay_caption.setBuddy(self.payment.line)
        form.addRow(pay_caption, pay_row)
        form.addRow("", self.print_receipt)

        self.message = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.complete_button = self.buttons.addButton(
            tr("&Complete handover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.complete_button.setDefault(True)
        self.complete_button.setToolTip(tr("Enter or Ctrl+Return"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.complete)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.complete)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.payment.edited.connect(self._on_payment_edited)
        self.model.dataChanged.connect(lambda *_: self._on_choice_changed())
        self._on_choice_changed()
        self.payment.setFocus()
        self.payment.line.selectAll()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(C_DESCRIPTION, QHeaderView.ResizeMode.Stretch)

    # -- payment -----------------------------------------------------------------------------
    def suggested_payment(self) -> int:
        """The whole balance; when handing over part, what the chosen items still cost."""
        balance = max(0, self.preview.balance_due)
        if not self.partial:
            return balance
        return max(
            0, min(balance, self.preview.value_of(self.model.chosen_items()) - self.preview.paid)
        )

    def _on_payment_edited(self) -> None:
        self._payment_edited = True

    def _on_choice_changed(self) -> None:
        if not self._payment_edited:
            self.payment.set_cents(self.suggested_payment())
        self.complete_button.setEnabled(bool(self.model.chosen()))

    # -- completing --------------------------------------------------------------------------
    def complete(self) -> None:
        if not self.complete_button.isEnabled():
            return
        self.message.clear()
        try:
            payment = self.payment.cents()
        except ValidationError:
            self.payment.setFocus()
            return  # the field already says what is wrong
        lines = self.model.chosen() if self.partial else None
        run_action(
            self,
            lambda: self.record(payment, self.method.currentData(), lines),
            changed=self.changed,
            on_success=self._handed_over,
            on_error=self._refused,
        )

    def record(self, payment: int, method: str, lines: dict[int, int] | None) -> HandoverResult:
        """Write the handover (a delivery at the door records itself as delivered too)."""
        return hand_over(self.shop, self.preview.order_id, payment, method, lines=lines)

    def _handed_over(self, result: HandoverResult) -> None:
        self.result_ = result
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError) and exc.field == "payment":
            self.payment.set_error(str(exc))
            self.payment.setFocus()
        else:
            self.message.show_message(str(exc))
