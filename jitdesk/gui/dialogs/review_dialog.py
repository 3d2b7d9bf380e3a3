"""Review new items: the owner completes each item staff added at the counter (supplier, code,
cost, price) or merges it into the product it really is. Until then it is never ordered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import ReviewInput
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.gui.widgets.product_picker import ProductPicker
from jitdesk.services.catalog import Product
from jitdesk.services.catalog_views import supplier_choices
from jitdesk.services.review import ItemToReview, complete_review, items_to_review, merge_item
from jitdesk.services.shop import Changes, Shop


class ReviewDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.items: list[ItemToReview] = []
        self.merge_target: Product | None = None
        self.setWindowTitle(tr("Review new items"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Items to review"))
        self.empty = QLabel(tr("No items to review: every item has a supplier and a cost."), self)
        self.empty.setWordWrap(True)
        self._build_complete()
        self._build_merge()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.complete_box)
        right.addWidget(self.merge_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_item)
        self.resize(860, 520)
        self.reload()

    def _build_complete(self) -> None:
        self.complete_box = QGroupBox(tr("Complete: it can then be ordered"), self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.supplier = QComboBox(self)
        self.supplier.addItem(tr("(choose the supplier)"), None)
        for choice in supplier_choices(self.shop):
            if choice.active:
                self.supplier.addItem(choice.name, choice.id)
        self.supplier_sku = QLineEdit(self)
        self.cost = MoneyEdit(self.fmt, label=tr("unit cost"), parent=self)
        self.price = MoneyEdit(self.fmt, label=tr("sale price"), parent=self)
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.complete_message = FieldMessage(self)
        self.complete_button = QPushButton(tr("Co&mplete review"), self)
        form = QFormLayout(self.complete_box)
        for caption, field in (
            (tr("&Name:"), self.name),
            (tr("&Supplier:"), self.supplier),
            (tr("Supplier's c&ode:"), self.supplier_sku),
            (tr("Unit cos&t:"), self.cost),
            (tr("Sale &price:"), self.price),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field.line if isinstance(field, MoneyEdit) else field)
            form.addRow(label, field)
        form.addRow(self.waiting)
        form.addRow(self.complete_message)
        form.addRow("", self.complete_button)
        self.complete_button.clicked.connect(self.complete)

    def _build_merge(self) -> None:
        self.merge_box = QGroupBox(tr("Or merge: it is the same as another product"), self)
        self.picker = ProductPicker(self.shop, self.fmt, self)
        self.picker.edit.setAccessibleName(tr("Same as"))
        self.target_label = QLabel(self)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_button = QPushButton(tr("M&erge into it"), self)
        form = QFormLayout(self.merge_box)
        caption = QLabel(tr("Same &as:"), self)
        caption.setBuddy(self.picker.edit)
        form.addRow(caption, self.picker)
        form.addRow(self.target_label)
        form.addRow("", self.merge_button)
        self.picker.productChosen.connect(self._choose_target)
        self.merge_button.clicked.connect(self.merge)

    # -- showing ------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.items = items_to_review(self.shop)
        self.list.clear()
        for item in self.items:
            entry = QListWidgetItem(f"{item.sku}  {item.name}", self.list)
            entry.setToolTip(
                tr("%n unit(s) waiting", "", item.waiting_units) if item.waiting_units else ""
            )
        has_items = bool(self.items)
        self.list.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.complete_box.setEnabled(has_items)
        self.merge_box.setEnabled(has_items)
        ids = [i.id for i in self.items]
        row = ids.index(select_id) if select_id in ids else 0
        if has_items:
            self.list.setCurrentRow(row)

    def current(self) -> ItemToReview | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_item(self, _row: int) -> None:
        item = self.current()
        self.complete_message.clear()
        self._choose_target(None)
        if item is None:
            return
        self.name.setText(item.name)
        index = self.supplier.findData(item.supplier_id) if item.supplier_id else 0
        self.supplier.setCurrentIndex(max(0, index))
        self.supplier_sku.setText(item.supplier_sku)
        self.cost.setText(self.fmt.amount(item.unit_cost) if item.unit_cost is not None else "")
        self.price.set_cents(item.sale_price)
        self.waiting.setText(
            tr("%n customer line(s) wait for it.", "", item.open_lines) if item.open_lines else ""
        )

    def _choose_target(self, product: Product | None) -> None:
        self.merge_target = product
        self.merge_button.setEnabled(product is not None)
        if product is None:
            self.target_label.setText("")
            self.merge_button.setToolTip(tr("Choose the product it is the same as first"))
        else:
            self.target_label.setText(
                tr("Its order lines move to {sku} {name}.").format(
                    sku=product.sku, name=product.name
                )
            )
            self.merge_button.setToolTip("")

    # -- actions -------------------------------------------------------------------------------
    def review_input(self) -> ReviewInput:
        cost = self.cost.cents() if self.cost.text().strip() else None
        return ReviewInput(
            name=self.name.text(),
            supplier_id=self.supplier.currentData(),
            unit_cost=cost,
            sale_price=self.price.cents(),
            supplier_sku=self.supplier_sku.text(),
        )

    def complete(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            data = self.review_input()
            data.validate()
        except ValidationError as exc:
            self.complete_message.show_message(str(exc))
            return
        run_action(
            self,
            lambda: complete_review(self.shop, item.id, data),
            changed=self.changed,
            on_success=lambda _c: self.reload(),
        )

    def merge(self) -> None:
        item, target = self.current(), self.merge_target
        if item is None or target is None:
            return

        def act() -> Changes:
            return merge_item(self.shop, item.id, target.id)

        run_action(self, act, changed=self.changed, on_success=lambda _c: self.reload())
