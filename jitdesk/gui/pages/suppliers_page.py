"""Suppliers: the list (searched in SQL) and the supplier editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from jitdesk.domain.calendar import parse_weekdays
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedTableModel
from jitdesk.gui.pages.list_editor_page import ListEditorPage
from jitdesk.gui.pages.supplier_editor import SupplierEditor
from jitdesk.gui.widgets.list_panel import ListPanel
from jitdesk.services import catalog_views
from jitdesk.services.catalog_views import ListFilter, SupplierRow
from jitdesk.services.shop import Changes, Shop

NAME, CONTACT, LEAD, DAYS, PRODUCTS = range(5)
ACTIVE_CHOICES = (
    (QT_TR_NOOP("Active suppliers"), True),
    (QT_TR_NOOP("Inactive suppliers"), False),
    (QT_TR_NOOP("All suppliers"), None),
)


class SuppliersPage(ListEditorPage):
    editor_noun = QT_TR_NOOP("The supplier")
    key = "suppliers"

    @classmethod
    def title(cls) -> str:
        return tr("Suppliers")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.panel = ListPanel(
            placeholder=tr("Search by name, contact, email, phone or account"),
            accessible_name=tr("Suppliers"),
            choices=[(tr(label), value) for label, value in ACTIVE_CHOICES],
            count_text=_suppliers_text,
            parent=self,
        )

        def days(row: SupplierRow) -> str:
            chosen = sorted(parse_weekdays(row.delivery_weekdays))
            return " ".join(
                fmt.locale.dayName(d + 1, fmt.locale.FormatType.ShortFormat) for d in chosen
            )

        dim = _inactive
        model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Name"), lambda r: r.name, dimmed=dim, tooltip=lambda r: r.name),
                Column(QT_TR_NOOP("Contact"), lambda r: r.contact, dimmed=dim),
                Column(
                    QT_TR_NOOP("Lead (days)"), lambda r: str(r.lead_time_days), RIGHT, dimmed=dim
                ),
                Column(QT_TR_NOOP("Delivers"), days, dimmed=dim),
                Column(QT_TR_NOOP("Offers"), lambda r: str(r.offers), CENTER, dimmed=dim),
            ],
            lambda limit, offset: catalog_views.list_suppliers(
                shop, self.current_filter(), limit=limit, offset=offset
            ),
            lambda: catalog_views.count_suppliers(shop, self.current_filter()),
            parent=self,
        )
        metrics = self.fontMetrics()
        self.panel.set_model(
            model,
            {
                CONTACT: metrics.horizontalAdvance("Contact name") + 12,
                LEAD: metrics.horizontalAdvance("Lead (days)") + 12,
                DAYS: metrics.horizontalAdvance("Mon Wed Fri") + 16,
                PRODUCTS: metrics.horizontalAdvance("Offers") + 12,
            },
            stretch=NAME,
        )
        self.new_button = QPushButton(tr("&New supplier"), self)
        self.editor = SupplierEditor(shop, fmt, self)
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
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.panel, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([660, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_supplier)
        self.wire_list_editor()

    def current_filter(self) -> ListFilter:
        return ListFilter(self.panel.text(), self.panel.choice_value())

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.suppliers or changes.products:
            self.mark_stale()

    def new_supplier(self) -> None:
        self.start_new(self.editor.name)

    def editor_id(self) -> int | None:
        return self.editor.supplier_id

    def saved_message(self) -> str:
        return tr("Supplier {name} saved.").format(name=self.editor.name.text())


def _inactive(row: SupplierRow) -> bool:
    return not row.active


def _suppliers_text(count: int) -> str:
    return tr("1 supplier") if count == 1 else tr("{count} suppliers").format(count=count)
