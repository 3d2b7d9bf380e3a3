"""The product editor: the product's own fields, its supplier offers, and the selected offer's
cost history. Saving goes through services.catalog; nothing is written until Save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import ProductInput
from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.dialogs.offer_dialog import OfferDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedTableModel
from jitdesk.gui.widgets.editor_fields import FieldErrors, section_label
from jitdesk.gui.widgets.money_edit import MoneyEdit
from jitdesk.gui.widgets.owner_only import gate, hide_cost_columns
from jitdesk.gui.widgets.percent import percent_text, tax_rate_bp
from jitdesk.services import catalog, catalog_views
from jitdesk.services.catalog_views import OfferCost, ProductOffer
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Changes, Shop

# offers table columns
SUPPLIER, SUPPLIER_SKU, UNIT_COST, PACK, MIN_QTY, LEAD, PREFERRED = range(7)
# What changed an offer's cost, as stored in its history, in words.
COST_SOURCES = {
    "edit": QT_TR_NOOP("edited by hand"),
    "import": QT_TR_NOOP("imported"),
    "price list": QT_TR_NOOP("price list"),
    "review": QT_TR_NOOP("item review"),
}
# cost history columns
COST_DATE, COST, COST_SOURCE = range(3)


class ProductEditor(QWidget):
    saved = Signal(object)  # Changes
    offerSaved = Signal(object)  # Changes

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.product_id: int | None = None
        self.dirty = False
        self.offer_dialog: OfferDialog | None = None
        self._offers: list[ProductOffer] = []
        self._loading = False
        self.errors = FieldErrors(self)

        self.heading = section_label("", self)
        self.sku = QLineEdit(self)
        self.sku.setMaxLength(64)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(16)
        self.unit.setPlaceholderText("pc")
        self.price = MoneyEdit(fmt, label=tr("sale price"), allow_empty=False, parent=self)
        self.errors.own("sale_price", self.price)
        self.price.setAccessibleName(tr("Sale price"))
        self.tax = QLineEdit(self)
        self.tax.setMaxLength(6)
        self.tax.setToolTip(tr("Leave empty to use the shop's tax rate from Settings."))
        self.barcode = QLineEdit(self)
        self.barcode.setMaxLength(32)
        self.barcode.setPlaceholderText(tr("EAN/UPC, optional"))
        self.active = QCheckBox(tr("&Active (can be ordered)"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, tr("S&KU:"), "sku", self.sku)
        self.errors.add_row(form, tr("&Name:"), "name", self.name)
        form.addRow(tr("&Unit:"), self.unit)
        form.addRow(tr("Sale &price:"), self.price)
        self.errors.add_row(form, tr("Ta&x rate (%):"), "tax_rate_bp", self.tax)
        self.errors.add_row(form, tr("&Barcode:"), "barcode", self.barcode)
        form.addRow("", self.active)

        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setToolTip(tr("Save the product (Ctrl+S)"))
        self.revert_button = QPushButton(tr("&Revert"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.offers_model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Supplier"), lambda r: r.supplier_name, dimmed=_inactive),
                Column(QT_TR_NOOP("Supplier SKU"), lambda r: r.supplier_sku, dimmed=_inactive),
                Column(
                    QT_TR_NOOP("Unit cost"),
                    lambda r: fmt.money(r.unit_cost),
                    RIGHT,
                    dimmed=_inactive,
                ),
                Column(QT_TR_NOOP("Pack"), lambda r: str(r.pack_size), RIGHT, dimmed=_inactive),
                Column(QT_TR_NOOP("Min"), lambda r: str(r.min_qty), RIGHT, dimmed=_inactive),
                Column(
                    QT_TR_NOOP("Lead (days)"),
                    _lead_text,
                    RIGHT,
                    tooltip=_lead_tip,
                    dimmed=_inactive,
                ),
                Column(QT_TR_NOOP("Preferred"), _preferred_text, CENTER, dimmed=_inactive),
            ],
            lambda limit, offset: self._offers[offset : offset + limit],
            lambda: len(self._offers),
            parent=self,
        )
        self.offers = _table(self, self.offers_model, tr("Offers"))
        # The supplier's name keeps room for about twenty letters (the full name is in its
        # tooltip); the figures fit their headers and the table scrolls if the panel is narrow.
        header = self.offers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUPPLIER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUPPLIER, self.fontMetrics().horizontalAdvance("M" * 12) + 16)
        header.setStretchLastSection(True)
        self.add_offer_button = QPushButton(tr("A&dd offer…"), self)
        self.edit_offer_button = QPushButton(tr("&Edit offer…"), self)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(section_label(tr("Supplier offers"), self), 1)
        offer_buttons.addWidget(self.add_offer_button)
        offer_buttons.addWidget(self.edit_offer_button)

        self._costs: list[OfferCost] = []
        self.costs_model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Changed"), lambda r: fmt.date(r.changed_at)),
                Column(QT_TR_NOOP("Unit cost"), lambda r: fmt.money(r.unit_cost), RIGHT),
                Column(QT_TR_NOOP("Source"), lambda r: tr(COST_SOURCES.get(r.source, r.source))),
            ],
            lambda limit, offset: self._costs[offset : offset + limit],
            lambda: len(self._costs),
            row_id=lambda r: r.changed_at,
            parent=self,
        )
        self.costs = _table(self, self.costs_model, tr("Cost history"))
        self.costs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.costs_label = section_label(tr("Cost history"), self)
        self.costs_label.setWordWrap(True)  # it names the supplier, which can be long
        self.empty_offers = QLabel(self)
        self.empty_offers.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(offer_buttons)
        layout.addWidget(self.empty_offers)
        layout.addWidget(self.offers, 2)
        layout.addWidget(self.costs_label)
        layout.addWidget(self.costs, 1)

        for edit in (self.sku, self.name, self.unit, self.barcode, self.tax):
            edit.textEdited.connect(self._on_edited)
        self.price.edited.connect(self._on_edited)
        self.active.toggled.connect(self._on_edited)
        self.sku.textEdited.connect(lambda _t: self.errors.messages["sku"].clear())
        self.name.textEdited.connect(lambda _t: self.errors.messages["name"].clear())
        self.barcode.textEdited.connect(lambda _t: self.errors.messages["barcode"].clear())
        self.tax.textEdited.connect(lambda _t: self.errors.messages["tax_rate_bp"].clear())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.add_offer_button.clicked.connect(self.add_offer)
        self.edit_offer_button.clicked.connect(self.edit_offer)
        self.offers.activated.connect(lambda _i: self.edit_offer())
        self.offers.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_costs())
        self.load(None)

    # -- loading -----------------------------------------------------------------------------
    def load(self, product_id: int | None) -> None:
        """Show a product (None: an empty form for a new one)."""
        self._loading = True
        self.errors.clear()
        self.product_id = product_id
        if product_id is None:
            data = ProductInput(sku="", name="")
            self.heading.setText(tr("New product"))
        else:
            data = catalog_views.get_product(self.shop, product_id)
            self.heading.setText(tr("Product {sku}").format(sku=data.sku))
        self.sku.setText(data.sku)
        self.name.setText(data.name)
        self.unit.setText(data.unit)
        self.price.set_cents(data.sale_price)  # clears any message shown before
        if product_id is None:  # empty, without "missing" shown before the user typed anything
            self.price.line.blockSignals(True)
            self.price.setText("")
            self.price.line.blockSignals(False)
        self.barcode.setText(data.barcode or "")
        own_rate = data.tax_rate_bp
        self.tax.setText("" if own_rate is None else percent_text(own_rate, self.fmt))
        shop_rate = percent_text(get_settings(self.shop).tax_rate_bp, self.fmt)
        self.tax.setPlaceholderText(tr("shop's rate: {rate}").format(rate=shop_rate))
        self.active.setChecked(data.active)
        self._loading = False
        self.dirty = False
        self._load_offers()
        self._update_buttons()

    def _load_offers(self, select_offer: int | None = None) -> None:
        self._offers = (
            catalog_views.product_offers(self.shop, self.product_id) if self.product_id else []
        )
        self.offers_model.reload()
        if self.product_id is None:
            self.empty_offers.setText(tr("Save the product first, then add its supplier offers."))
        elif not self._offers:
            self.empty_offers.setText(
                tr("No supplier offers yet: add one so the product can be ordered.")
            )
        self.empty_offers.setVisible(self.product_id is None or not self._offers)
        row = self.offers_model.row_of(select_offer) if select_offer else None
        if row is None and self._offers:
            row = 0
        if row is not None:
            self.offers.selectRow(row)
        self._show_costs()

    def _show_costs(self) -> None:
        offer = self.selected_offer()
        # The offers' costs and their history are for a person who may see costs only.
        hidden = hide_cost_columns(self.shop, self.offers, UNIT_COST)
        self.costs_label.setHidden(hidden)
        self.costs.setHidden(hidden)
        shown = offer if offer and not hidden else None
        self._costs = catalog_views.offer_cost_history(self.shop, shown.id) if shown else []
        self.costs_model.reload()
        self.costs_label.setText(
            tr("Cost history of the offer by {supplier}").format(supplier=offer.supplier_name)
            if offer
            else tr("Cost history")
        )
        self._update_buttons()

    def selected_offer(self) -> ProductOffer | None:
        index = self.offers.selectionModel().currentIndex()
        return self.offers_model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.add_offer_button.setEnabled(self.product_id is not None)
        self.edit_offer_button.setEnabled(self.selected_offer() is not None)
        self.revert_button.setEnabled(self.dirty)
        gate(
            self.shop,
            OwnerAction.PRICES,
            self.price,
            self.save_button,
            self.add_offer_button,
            self.edit_offer_button,
        )

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self._update_buttons()

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; problems are shown at their fields and nothing is written."""
        self.errors.clear()
        try:
            price = self.price.cents()
        except ValidationError:
            self.price.set_error("")  # shows the parse problem under the field
            self.price.setFocus()
            return False
        typed_rate = self.tax.text().strip()
        try:
            own_rate = tax_rate_bp(typed_rate) if typed_rate else None
        except ValidationError as problem:
            self.errors.show(problem)
            return False
        data = ProductInput(
            sku=self.sku.text(),
            name=self.name.text(),
            sale_price=price,
            unit=self.unit.text(),
            barcode=self.barcode.text(),
            active=self.active.isChecked(),
            tax_rate_bp=own_rate,
        )

        def save_product() -> WithChanges[int]:
            if self.product_id is None:
                product_id = catalog.add_product(self.shop, data)
                return WithChanges(product_id, Changes(products={product_id}))
            return WithChanges(
                self.product_id, catalog.update_product(self.shop, self.product_id, data)
            )

        return run_action(
            self,
            save_product,
            changed=self.saved,
            on_success=lambda saved: self.load(saved.value),
            on_error=self.errors.show,
        ).ok

    def revert(self) -> None:
        self.load(self.product_id)

    # -- offers ------------------------------------------------------------------------------
    def add_offer(self) -> OfferDialog | None:
        return self._open_offer(None)

    def edit_offer(self) -> OfferDialog | None:
        if not self.edit_offer_button.isEnabled():
            return None  # a double click opens what the button would, and only then
        offer = self.selected_offer()
        return self._open_offer(offer) if offer else None

    def _open_offer(self, offer: ProductOffer | None) -> OfferDialog | None:
        if self.product_id is None:
            return None
        taken = {o.supplier_id for o in self._offers}
        dialog = OfferDialog(
            self.shop, self.fmt, self.product_id, offer, taken_supplier_ids=taken, parent=self
        )
        if self.offer_dialog is not None:
            self.offer_dialog.deleteLater()
        self.offer_dialog = dialog
        dialog.accepted.connect(lambda: self._load_offers(select_offer=dialog.offer_id))
        dialog.changed.connect(self.offerSaved)  # once the offers show the saved one
        dialog.open()
        return dialog


def _inactive(row: ProductOffer) -> bool:
    return not row.active


def _lead_text(row: ProductOffer) -> str:
    """The days alone, so the narrow column keeps its room; where they come from is in
    the tooltip and the asterisk."""
    if row.lead_time_days is None:
        return f"{row.supplier_lead_time_days}*"
    return str(row.lead_time_days)


def _lead_tip(row: ProductOffer) -> str:
    if row.lead_time_days is None:
        return tr("* The supplier's usual lead time: this offer has none of its own.")
    return tr("This offer's own lead time, instead of the supplier's usual one.")


def _preferred_text(row: ProductOffer) -> str:
    if not row.active:
        return tr("inactive")
    return tr("Yes") if row.preferred else ""


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
    table.horizontalHeader().setHighlightSections(False)
    return table
