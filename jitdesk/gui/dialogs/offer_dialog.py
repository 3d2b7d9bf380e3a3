"""Add or edit one supplier offer of a product: cost, pack size, minimum, lead time, preferred."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import OfferInput
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.editor_fields import FieldErrors, IntEdit
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.services.catalog import set_offer
from jitdesk.services.catalog_views import ProductOffer, supplier_choices
from jitdesk.services.shop import Changes, Shop


class OfferDialog(QDialog):
    changed = Signal(object)  # Changes (the product's), once the offer is saved

    """`offer` is a row of `product_offers` when editing; None adds a new offer."""

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        product_id: int,
        offer: ProductOffer | None = None,
        *,
        taken_supplier_ids: set[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.product_id = product_id
        self.offer = offer
        self.offer_id: int | None = offer.id if offer else None
        self.setWindowTitle(tr("Edit offer") if offer else tr("Add offer"))
        self.errors = FieldErrors(self)

        self.supplier = QComboBox(self)
        self._lead_times: dict[int, int] = {}
        for row in supplier_choices(shop):
            self._lead_times[row.id] = row.lead_time_days
            if offer is None and row.id in taken_supplier_ids:
                continue
            label = row.name if row.active else tr("{name} (inactive)").format(name=row.name)
            self.supplier.addItem(label, row.id)
        if offer is not None:
            self.supplier.setCurrentIndex(self.supplier.findData(offer.supplier_id))
            self.supplier.setEnabled(False)  # an offer belongs to one supplier
        self.supplier_sku = QLineEdit(self)
        self.supplier_sku.setMaxLength(64)
        self.unit_cost = MoneyEdit(fmt, label=tr("unit cost"), allow_empty=False, parent=self)
        self.unit_cost.setAccessibleName(tr("Unit cost"))
        self.pack_size = IntEdit(self)
        self.min_qty = IntEdit(self)
        self.lead_time = IntEdit(self)
        self.preferred = QCheckBox(tr("&Preferred offer for this product"), self)
        self.active = QCheckBox(tr("&Active"), self)

        form = QFormLayout()
        self.errors.add_row(form, tr("&Supplier:"), "supplier_id", self.supplier)
        form.addRow(tr("Supplier S&KU:"), self.supplier_sku)
        form.addRow(tr("Unit &cost:"), self.unit_cost)
        self.errors.add_row(form, tr("Pac&k size:"), "pack_size", self.pack_size)
        self.errors.add_row(form, tr("&Minimum quantity:"), "min_qty", self.min_qty)
        self.errors.add_row(
            form, tr("&Lead time override (days):"), "lead_time_days", self.lead_time
        )
        form.addRow("", self.preferred)
        form.addRow("", self.active)
        self.none_label = QLabel(tr("Every supplier already has an offer for this product."), self)
        self.none_label.setWordWrap(True)
        self.none_label.setVisible(self.supplier.count() == 0)

        self.buttons, ok = dialog_buttons(self, text=tr("Save offer") if offer else tr("Add offer"))
        ok.setEnabled(self.supplier.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.supplier.currentIndexChanged.connect(lambda _i: self._update_lead_placeholder())
        for edit in (self.pack_size, self.min_qty, self.lead_time):
            edit.textEdited.connect(lambda _t: self.errors.clear())
        self._fill(offer)

    def _fill(self, offer: ProductOffer | None) -> None:
        if offer is None:
            self.pack_size.set_value(1)
            self.min_qty.set_value(1)
            self.active.setChecked(True)
        else:
            self.supplier_sku.setText(offer.supplier_sku)
            self.unit_cost.set_cents(offer.unit_cost)
            self.pack_size.set_value(offer.pack_size)
            self.min_qty.set_value(offer.min_qty)
            self.lead_time.set_value(offer.lead_time_days)
            self.preferred.setChecked(bool(offer.preferred))
            self.active.setChecked(bool(offer.active))
        self._update_lead_placeholder()

    def _update_lead_placeholder(self) -> None:
        days = self._lead_times.get(self.supplier.currentData())
        self.lead_time.setPlaceholderText(
            tr("supplier's: {days}").format(days=days) if days is not None else ""
        )

    def offer_input(self) -> OfferInput:
        """What the form holds; raises ValidationError naming the field at fault."""
        if self.supplier.currentData() is None:
            raise ValidationError(tr("Choose a supplier."), "supplier_id")
        problems: list[ValidationError] = []
        values: dict = {}
        for name, read in (
            ("unit_cost", self.unit_cost.cents),
            ("pack_size", lambda: self.pack_size.value("pack_size", tr("pack size"), minimum=1)),
            ("min_qty", lambda: self.min_qty.value("min_qty", tr("minimum quantity"), minimum=1)),
            (
                "lead_time_days",
                lambda: self.lead_time.optional_value("lead_time_days", tr("lead time")),
            ),
        ):
            try:
                values[name] = read()
            except ValidationError as exc:
                problems.append(exc)
        if problems:
            raise problems[0] if len(problems) == 1 else _Several(problems)
        return OfferInput(
            product_id=self.product_id,
            supplier_id=self.supplier.currentData(),
            unit_cost=values["unit_cost"],
            supplier_sku=self.supplier_sku.text(),
            pack_size=values["pack_size"],
            min_qty=values["min_qty"],
            lead_time_days=values["lead_time_days"],
            preferred=self.preferred.isChecked(),
            active=self.active.isChecked(),
        )

    def accept(self) -> None:
        self.errors.clear()
        close = super().accept

        def save_offer() -> WithChanges[int]:
            offer_id = set_offer(self.shop, self.offer_input())
            return WithChanges(offer_id, Changes(products={self.product_id}))

        def saved(done: WithChanges[int]) -> None:
            self.offer_id = done.value
            close()

        run_action(self, save_offer, changed=self.changed, on_success=saved, on_error=self._refused)

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, _Several):
            for problem in exc.problems:
                self._show(problem)
        elif isinstance(exc, ValidationError):
            self._show(exc)
        else:
            self.errors.show(exc)

    def _show(self, error: ValidationError) -> None:
        if error.field in ("unit_cost", tr("unit cost")):
            self.unit_cost.set_error(str(error))  # MoneyEdit shows its own sentence
            self.unit_cost.setFocus()
        else:
            self.errors.show(error)


class _Several(ValidationError):
    def __init__(self, problems: list[ValidationError]) -> None:
        super().__init__(str(problems[0]), problems[0].field)
        self.problems = problems
