"""An item that is not in the catalogue, described at the counter: it is saved with the order
as a product to review, which the owner completes before anything is ordered for it."""

from __future__ import annotations

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
from jitdesk.domain.models import NewItemInput
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.services.catalog_views import supplier_choices
from jitdesk.services.shop import Shop


class NewItemDialog(QDialog):
    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Item not in the catalogue"))
        self.item: NewItemInput | None = None
        intro = QLabel(
            tr(
                "Describe what the customer asked for. The owner reviews the item (supplier, "
                "cost) before it is ordered."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.description = QLineEdit(self)
        self.description.setMaxLength(200)
        self.supplier = QComboBox(self)
        self.supplier.addItem(tr("(not known yet)"), None)
        for choice in supplier_choices(shop):
            if choice.active:
                self.supplier.addItem(choice.name, choice.id)
        self.supplier_sku = QLineEdit(self)
        self.supplier_sku.setMaxLength(64)
        self.cost = MoneyEdit(fmt, label=tr("expected cost"), parent=self)
        self.price = MoneyEdit(fmt, label=tr("price quoted"), parent=self)
        self.message = FieldMessage(self)

        form = QFormLayout()
        rows = (
            (tr("&Description:"), self.description),
            (tr("&Supplier:"), self.supplier),
            (tr("Supplier's c&ode:"), self.supplier_sku),
            (tr("E&xpected cost:"), self.cost),
            (tr("&Price quoted:"), self.price),
        )
        for caption, field in rows:
            label = QLabel(caption, self)
            label.setBuddy(field.line if isinstance(field, MoneyEdit) else field)
            form.addRow(label, field)
        buttons, _ok = dialog_buttons(self, text=tr("Add to the &order"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.description.setFocus()

    def item_input(self) -> NewItemInput:
        """What was typed, checked by the domain's rules (raises ValidationError)."""
        cost = self.cost.cents() if self.cost.text().strip() else None
        item = NewItemInput(
            description=self.description.text(),
            sale_price=self.price.cents(),
            supplier_id=self.supplier.currentData(),
            supplier_sku=self.supplier_sku.text(),
            unit_cost=cost,
        )
        item.validate()
        return item

    def accept(self) -> None:
        try:
            self.item = self.item_input()
        except ValidationError as exc:
            money = exc.field in (tr("expected cost"), tr("price quoted"))
            if not money:  # the money fields show their own problem below them
                self.message.show_message(str(exc))
            fields = {
                "description": self.description,
                "supplier_sku": self.supplier_sku,
                "unit_cost": self.cost.line,
                "sale_price": self.price.line,
                tr("expected cost"): self.cost.line,
                tr("price quoted"): self.price.line,
            }
            fields.get(exc.field or "", self.description).setFocus()
            self.adjustSize()
            return
        super().accept()
