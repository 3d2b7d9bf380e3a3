"""Catalog: the product list (searched in SQL, loaded page by page) and the product editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from jitdesk.gui.dialogs.review_dialog import ReviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedTableModel
from jitdesk.gui.pages.list_editor_page import ListEditorPage
from jitdesk.gui.pages.product_editor import ProductEditor
from jitdesk.gui.widgets.list_panel import ListPanel
from jitdesk.services import catalog_views
from jitdesk.services.catalog_views import ListFilter, ProductRow
from jitdesk.services.shop import Changes, Shop

SKU, NAME, PRICE, SUPPLIER, OFFERS, BARCODE = range(6)
ACTIVE_CHOICES = (
    (QT_TR_NOOP("Active products"), True),
    (QT_TR_NOOP("Inactive products"), False),
    (QT_TR_NOOP("All products"), None),
)


class CatalogPage(ListEditorPage):
    editor_noun = QT_TR_NOOP("The product")
    key = "catalog"

    @classmethod
    def title(cls) -> str:
        return tr("Catalog")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.panel = ListPanel(
            placeholder=tr("Search by SKU, name or barcode"),
            accessible_name=tr("Products"),
            choices=[(tr(label), value) for label, value in ACTIVE_CHOICES],
            count_text=_products_text,
            parent=self,
        )
        model = PagedTableModel(
            [
                Column(QT_TR_NOOP("SKU"), lambda r: r.sku, dimmed=_inactive),
                Column(
                    QT_TR_NOOP("Name"), lambda r: r.name, dimmed=_inactive, tooltip=lambda r: r.name
                ),
                Column(
                    QT_TR_NOOP("Price"), lambda r: fmt.money(r.sale_price), RIGHT, dimmed=_inactive
                ),
                Column(QT_TR_NOOP("Supplier"), lambda r: r.supplier_name or "", dimmed=_inactive),
                Column(QT_TR_NOOP("Offers"), lambda r: str(r.offers), CENTER, dimmed=_inactive),
                Column(QT_TR_NOOP("Barcode"), lambda r: r.barcode or "", dimmed=_inactive),
            ],
            lambda limit, offset: catalog_views.list_products(
                shop, self.current_filter(), limit=limit, offset=offset
            ),
            lambda: catalog_views.count_products(shop, self.current_filter()),
            parent=self,
        )
        metrics = self.fontMetrics()
        self.panel.set_model(
            model,
            {
                SKU: metrics.horizontalAdvance("MMMM-00000") + 24,
                PRICE: metrics.horizontalAdvance(fmt.money(99_999_99)) + 24,
                SUPPLIER: metrics.horizontalAdvance("Supplier name") + 16,
                OFFERS: metrics.horizontalAdvance("Offers") + 16,
                BARCODE: metrics.horizontalAdvance("0000000000000") + 24,
            },
            stretch=NAME,
        )
        self.new_button = QPushButton(tr("&New product"), self)
        self.review_button = QPushButton(tr("Re&view new items…"), self)
        self.review_button.setToolTip(
            tr("Complete or merge the items staff added at the counter before they are ordered")
        )
        self.editor = ProductEditor(shop, fmt, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # never narrower than the editor needs: no clipped fields or sideways scrolling
        scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.review_button)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.panel, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([740, 420])  # the list's names and the offers' suppliers both readable
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_product)
        self.review_button.clicked.connect(self.review_items)
        self.editor.offerSaved.connect(self._after_offer)
        self.editor.offerSaved.connect(self.changed)
        self.wire_list_editor()

    def current_filter(self) -> ListFilter:
        return ListFilter(self.panel.text(), self.panel.choice_value())

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.products or changes.suppliers:
            self.mark_stale()

    def new_product(self) -> None:
        self.start_new(self.editor.sku)

    def editor_id(self) -> int | None:
        return self.editor.product_id

    def saved_message(self) -> str:
        return tr("Product {sku} saved.").format(sku=self.editor.sku.text())

    def _after_offer(self, changes: Changes) -> None:
        self.panel.apply_filter()
        self.statusMessage.emit(tr("Offer saved."))

    def review_items(self) -> None:
        dialog = ReviewDialog(self.shop, self.fmt, self)
        dialog.changed.connect(self.changed)
        dialog.exec()


def _inactive(row: ProductRow) -> bool:
    return not row.active


def _products_text(count: int) -> str:
    return tr("1 product") if count == 1 else tr("{count} products").format(count=count)
