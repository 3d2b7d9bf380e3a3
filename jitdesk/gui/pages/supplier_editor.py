"""The supplier editor: contact details, lead time, delivery weekdays, minimum order value."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.models import SupplierInput
from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.editor_fields import FieldErrors, IntEdit, section_label
from jitdesk.gui.widgets.language_combo import LanguageCombo
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.gui.widgets.owner_only import gate
from jitdesk.services import catalog, catalog_views
from jitdesk.services.shop import Changes, Shop


def weekday_boxes(parent: QWidget, fmt: ShopFormat) -> tuple[QWidget, list[QCheckBox]]:
    """Seven checkboxes Monday..Sunday named as the shop's locale names the days."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = []
    for day in range(7):
        check = QCheckBox(fmt.locale.dayName(day + 1, fmt.locale.FormatType.ShortFormat), box)
        check.setAccessibleName(fmt.locale.dayName(day + 1))
        grid.addWidget(check, day // 4, day % 4)  # two rows: fits a narrow editor
        boxes.append(check)
    return box, boxes


class SupplierEditor(QWidget):
    saved = Signal(object)  # Changes

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.supplier_id: int | None = None
        self.dirty = False
        self._loading = False
        self.errors = FieldErrors(self)
        self.heading = section_label("", self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.contact = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(tr("orders@example.com"))
        self.phone = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.address.setAccessibleName(tr("Address"))
        self.account = QLineEdit(self)
        self.lead_time = IntEdit(self)
        self.weekdays_box, self.weekdays = weekday_boxes(self, fmt)
        self.min_order = MoneyEdit(fmt, label=tr("minimum order value"), parent=self)
        self.errors.own("min_order_value", self.min_order)
        self.min_order.setAccessibleName(tr("Minimum order value"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setAccessibleName(tr("Notes"))
        self.active = QCheckBox(tr("&Active"), self)
        self.active.setToolTip(tr("Planning may order from active suppliers only."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, tr("&Name:"), "name", self.name)
        form.addRow(tr("&Contact:"), self.contact)
        self.errors.add_row(form, tr("&Email:"), "email", self.email)
        form.addRow(tr("&Phone:"), self.phone)
        form.addRow(tr("Addr&ess:"), self.address)
        form.addRow(tr("Acco&unt number:"), self.account)
        self.errors.add_row(form, tr("&Lead time (days):"), "lead_time_days", self.lead_time)
        self.errors.add_row(form, tr("Delivers on:"), "delivery_weekdays", self.weekdays_box)
        form.addRow(tr("&Minimum order value:"), self.min_order)
        form.addRow(tr("N&otes:"), self.notes)
        self.language = LanguageCombo(fmt.locale.name(), self)
        self.errors.add_row(form, tr("Document &language:"), "language", self.language)
        form.addRow("", self.active)

        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setToolTip(tr("Save the supplier (Ctrl+S)"))
        self.revert_button = QPushButton(tr("&Revert"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in (self.name, self.contact, self.email, self.phone, self.account, self.lead_time):
            edit.textEdited.connect(self._on_edited)
        for text in (self.address, self.notes):
            text.textChanged.connect(self._on_edited)
        for check in [*self.weekdays, self.active]:
            check.toggled.connect(self._on_edited)
        self.min_order.edited.connect(self._on_edited)
        self.language.activated.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.load(None)
        gate(shop, OwnerAction.SUPPLIER_TERMS, self.save_button)

    def load(self, supplier_id: int | None) -> None:
        self._loading = True
        self.errors.clear()
        self.supplier_id = supplier_id
        if supplier_id is None:
            data = SupplierInput(name="")
            self.heading.setText(tr("New supplier"))
        else:
            data = catalog_views.get_supplier(self.shop, supplier_id)
            self.heading.setText(tr("Supplier {name}").format(name=data.name))
        self.name.setText(data.name)
        self.contact.setText(data.contact)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.address.setPlainText(data.address)
        self.account.setText(data.account_number)
        self.lead_time.set_value(data.lead_time_days)
        for day, check in enumerate(self.weekdays):
            check.setChecked(day in data.delivery_weekdays)
        self.min_order.set_cents(data.min_order_value)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self.language.set_language(data.language)
        self._loading = False
        self.dirty = False
        self.revert_button.setEnabled(False)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.revert_button.setEnabled(True)

    def supplier_input(self) -> SupplierInput:
        return SupplierInput(
            name=self.name.text(),
            contact=self.contact.text().strip(),
            email=self.email.text(),
            phone=self.phone.text().strip(),
            address=self.address.toPlainText().strip(),
            account_number=self.account.text().strip(),
            lead_time_days=self.lead_time.value(
                "lead_time_days", tr("lead time"), minimum=0, maximum=365
            ),
            delivery_weekdays=frozenset(d for d, c in enumerate(self.weekdays) if c.isChecked()),
            min_order_value=self.min_order.cents(),
            notes=self.notes.toPlainText().strip(),
            active=self.active.isChecked(),
            language=self.language.language(),
        )

    def save(self) -> bool:
        self.errors.clear()
        if not self.min_order.is_valid():
            self.min_order.set_error("")
            self.min_order.setFocus()
            return False

        def save_supplier() -> WithChanges[int]:
            data = self.supplier_input()
            if self.supplier_id is None:
                supplier_id = catalog.add_supplier(self.shop, data)
                return WithChanges(supplier_id, Changes(suppliers={supplier_id}))
            return WithChanges(
                self.supplier_id, catalog.update_supplier(self.shop, self.supplier_id, data)
            )

        return run_action(
            self,
            save_supplier,
            changed=self.saved,
            on_success=lambda saved: self.load(saved.value),
            on_error=self.errors.show,
        ).ok

    def revert(self) -> None:
        self.load(self.supplier_id)
