"""The order dialog's "Deliver to the customer" choice: the address (the customer's, editable)
and the delivery date (the earliest the order allows, until staff choose another)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.delivery import ADDRESS_FIELD, DATE_FIELD, DeliveryInput
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services.delivery import DeliveryInfo


def python_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeliveryFields(QGroupBox):
    """Checked: the order is delivered to the address on the date; unchecked: collected."""

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(tr("Deliver &to the customer"), parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(tr("Deliver the order instead of having the customer collect it"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(tr("Delivery address"))
        self.address.setPlaceholderText(tr("Street and number\nPostcode and town"))
        self.address.setTabChangesFocus(True)
        lines = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(lines * 3 + 14)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(fmt.locale.dateFormat(fmt.locale.FormatType.ShortFormat))
        self.date.setAccessibleName(tr("Delivery date"))
        self.address_message = FieldMessage(self)
        self.date_message = FieldMessage(self)
        self._address_touched = False
        self._date_touched = False

        # Collected orders keep the dialog compact: the fields show once delivery is chosen.
        self.fields = QWidget(self)
        QVBoxLayout(self).addWidget(self.fields)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        address_caption = QLabel(tr("Delivery addr&ess:"), self)
        address_caption.setBuddy(self.address)
        address_caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(address_caption, self.address)
        form.addRow("", self.address_message)
        date_caption = QLabel(tr("Deli&very date:"), self)
        date_caption.setBuddy(self.date)
        form.addRow(date_caption, self.date)
        form.addRow("", self.date_message)

        self.address.textChanged.connect(self._on_address_typed)
        self.date.userDateChanged.connect(self._on_date_chosen)
        self.toggled.connect(self._on_toggled)
        self.fields.hide()

    def _on_toggled(self, on: bool) -> None:
        self.clear_messages()
        self.fields.setVisible(on)

    # -- filling in --------------------------------------------------------------------------
    def set_customer_address(self, address: str) -> None:
        """The chosen customer's address, unless staff typed one for this order."""
        if not self._address_touched:
            self._set_address(address)

    def set_earliest(self, day: date) -> None:
        """The earliest delivery date the order allows; it is the date until one is chosen."""
        if not self._date_touched:
            self._set_date(day)

    def load(self, info: DeliveryInfo | None) -> None:
        self.setChecked(info is not None)
        if info is not None:
            self._set_address(info.address)
            self._set_date(info.delivery_date)
            self._address_touched = self._date_touched = True

    def _set_address(self, text: str) -> None:
        self.address.blockSignals(True)
        self.address.setPlainText(text)
        self.address.blockSignals(False)

    def _set_date(self, day: date) -> None:
        self.date.blockSignals(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.blockSignals(False)

    def _on_address_typed(self) -> None:
        self._address_touched = True
        self.address_message.clear()

    def _on_date_chosen(self, _day: QDate) -> None:
        self._date_touched = True
        self.date_message.clear()

    # -- reading -----------------------------------------------------------------------------
    def delivery_input(self) -> DeliveryInput | None:
        """What was entered, None when the customer collects the order."""
        if not self.isChecked():
            return None
        return DeliveryInput(self.address.toPlainText(), python_date(self.date.date()))

    def show_error(self, field: str | None, text: str) -> bool:
        """Show a refusal at its field; False when it is not about the delivery."""
        if field == ADDRESS_FIELD:
            self.address_message.show_message(text)
            self.address.setFocus()
        elif field == DATE_FIELD:
            self.date_message.show_message(text)
            self.date.setFocus()
        else:
            return False
        return True

    def clear_messages(self) -> None:
        self.address_message.clear()
        self.date_message.clear()
