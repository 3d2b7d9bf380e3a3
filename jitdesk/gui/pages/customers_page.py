"""Customers: the list (searched in SQL, loaded page by page), the customer's details and
their orders (double-click or Enter opens one on the Customer orders page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.models import CustomerInput
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import CENTER, RIGHT, Column, PagedTableModel
from jitdesk.gui.models.order_table_model import late_tooltip, progress_text
from jitdesk.gui.pages.list_editor_page import ListEditorPage
from jitdesk.gui.pages.orders_page import OrdersPage
from jitdesk.gui.widgets.customer_repeats import CustomerRepeats
from jitdesk.gui.widgets.editor_fields import FieldErrors, section_label
from jitdesk.gui.widgets.language_combo import LanguageCombo
from jitdesk.gui.widgets.list_panel import ListPanel
from jitdesk.gui.widgets.tell_channel_combo import TellChannelCombo
from jitdesk.services import catalog_views, customers, telling
from jitdesk.services.catalog_views import ListFilter
from jitdesk.services.shop import Changes, Shop

NAME, PHONE, EMAIL, OPEN_ORDERS = range(4)
ORDER_NUMBER, ORDER_DATE, ORDER_STATUS, ORDER_TOTAL, ORDER_BALANCE = range(5)


ORDER_STATUS = 2  # the column of the customer's orders that says how far each is


class CustomerEditor(QWidget):
    saved = Signal(object)  # Changes
    openOrder = Signal(int)

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id: int | None = None
        self.dirty = False
        self._loading = False
        self.errors = FieldErrors(self)
        self.heading = section_label("", self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(tr("name@example.com"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, tr("&Name:"), "name", self.name)
        self.errors.add_row(form, tr("&Phone:"), "phone", self.phone)
        self.errors.add_row(form, tr("&Email:"), "email", self.email)
        form.addRow(tr("N&otes:"), self.notes)
        self.language = LanguageCombo(fmt.locale.name(), self)
        self.errors.add_row(form, tr("Document &language:"), "language", self.language)
        self.tell_channel = TellChannelCombo(telling.default_channel(shop), self)
        self.errors.add_row(form, tr("Tell &by:"), "tell_channel", self.tell_channel)
        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setToolTip(tr("Save the customer (Ctrl+S)"))
        self.revert_button = QPushButton(tr("&Revert"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.repeats = CustomerRepeats(shop, fmt, self)
        self.orders_label = section_label(tr("Orders"), self)
        self.orders_model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Number"), lambda r: r.number),
                Column(QT_TR_NOOP("Date"), lambda r: fmt.date(r.order_date), CENTER),
                Column(
                    QT_TR_NOOP("Status"),
                    lambda r: progress_text(r.progress, r.late),
                    tooltip=lambda r: late_tooltip(fmt, r.promised_date) if r.late else None,
                ),
                Column(QT_TR_NOOP("Total"), lambda r: fmt.money(r.total), RIGHT),
                Column(QT_TR_NOOP("Balance"), lambda r: fmt.money(r.balance), RIGHT),
                Column(
                    QT_TR_NOOP("Repeat"),
                    lambda r: self.repeats.mark(r.id),
                    tooltip=lambda r: self.repeats.mark_tip(r.id),
                ),
            ],
            lambda limit, offset: (
                catalog_views.customer_orders(shop, self.customer_id, limit=limit, offset=offset)
                if self.customer_id
                else []
            ),
            lambda: (
                catalog_views.count_customer_orders(shop, self.customer_id)
                if self.customer_id
                else 0
            ),
            attention=lambda r: r.late,
            parent=self,
        )
        self.orders = QTableView(self)
        self.orders.setModel(self.orders_model)
        self.orders.setAccessibleName(tr("The customer's orders"))
        self.orders.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.orders.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.orders.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.orders.setAlternatingRowColors(True)
        self.orders.verticalHeader().setVisible(False)
        # The status (how far each order is, "late") gets the room; the rest fit their text.
        header = self.orders.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORDER_STATUS, QHeaderView.ResizeMode.Stretch)
        self.orders.setToolTip(tr("Double-click or press Enter to open the order"))
        self.orders_hint = QLabel(tr("Double-click an order (or press Enter) to open it."), self)
        self.orders_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.repeats)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders, 1)
        layout.addWidget(self.orders_hint)

        for edit in (self.name, self.phone, self.email):
            edit.textEdited.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        self.language.activated.connect(self._on_edited)
        self.tell_channel.activated.connect(self._on_edited)
        self.name.textEdited.connect(lambda _t: self.errors.messages["name"].clear())
        self.email.textEdited.connect(lambda _t: self.errors.messages["email"].clear())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.orders.activated.connect(self._on_order_activated)
        self.repeats.openOrder.connect(self.openOrder)
        self.load(None)

    def load(self, customer_id: int | None) -> None:
        self._loading = True
        self.errors.clear()
        self.customer_id = customer_id
        if customer_id is None:
            data = CustomerInput(name="")
            self.heading.setText(tr("New customer"))
        else:
            data = catalog_views.get_customer(self.shop, customer_id)
            self.heading.setText(data.name)
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.notes.setPlainText(data.notes)
        self.language.set_language(data.language)
        self.tell_channel.set_shop_default(telling.default_channel(self.shop))
        self.tell_channel.set_channel(data.tell_channel)
        self._loading = False
        self.dirty = False
        self.revert_button.setEnabled(False)
        self.repeats.show_customer(customer_id)
        self.orders_model.reload()
        count = self.orders_model.total_count()
        self.orders_label.setText(
            tr("Orders ({count})").format(count=count) if customer_id else tr("Orders")
        )
        self.orders.setEnabled(customer_id is not None)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.revert_button.setEnabled(True)

    def save(self) -> bool:
        self.errors.clear()
        data = CustomerInput(
            self.name.text(),
            self.phone.text(),
            self.email.text(),
            self.notes.toPlainText(),
            self.language.language(),
            self.tell_channel.channel(),
        )

        def save_customer() -> WithChanges[int]:
            if self.customer_id is None:
                customer_id = customers.add_customer(self.shop, data)
                return WithChanges(customer_id, Changes(customers={customer_id}))
            return WithChanges(
                self.customer_id, customers.update_customer(self.shop, self.customer_id, data)
            )

        return run_action(
            self,
            save_customer,
            changed=self.saved,
            on_success=lambda saved: self.load(saved.value),
            on_error=self.errors.show,
        ).ok

    def revert(self) -> None:
        self.load(self.customer_id)

    def _on_order_activated(self, index) -> None:
        order_id = self.orders_model.row_id(index.row())
        if order_id is not None:
            self.openOrder.emit(order_id)


class CustomersPage(ListEditorPage):
    editor_noun = QT_TR_NOOP("The customer")
    key = "customers"

    @classmethod
    def title(cls) -> str:
        return tr("Customers")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.panel = ListPanel(
            placeholder=tr("Search by name, phone or email"),
            accessible_name=tr("Customers"),
            count_text=_customers_text,
            parent=self,
        )
        model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Name"), lambda r: r.name),
                Column(QT_TR_NOOP("Phone"), lambda r: r.phone),
                Column(QT_TR_NOOP("Email"), lambda r: r.email),
                Column(QT_TR_NOOP("Open orders"), lambda r: str(r.open_orders or ""), CENTER),
            ],
            lambda limit, offset: catalog_views.list_customers(
                shop, self.current_filter(), limit=limit, offset=offset
            ),
            lambda: catalog_views.count_customers(shop, self.current_filter()),
            parent=self,
        )
        metrics = self.fontMetrics()
        self.panel.set_model(
            model,
            {
                NAME: metrics.horizontalAdvance("Firstname Lastname-Long") + 24,
                PHONE: metrics.horizontalAdvance("+00 000 000 00 00") + 24,
                OPEN_ORDERS: metrics.horizontalAdvance("Open orders") + 24,
            },
            stretch=EMAIL,
        )
        self.new_button = QPushButton(tr("&New customer"), self)
        self.editor = CustomerEditor(shop, fmt, self)
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
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([580, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_customer)
        self.editor.openOrder.connect(lambda order_id: self.navigate.emit(OrdersPage.key, order_id))
        self.editor.repeats.changed.connect(self.changed)
        self.editor.repeats.statusMessage.connect(self.statusMessage)
        self.wire_list_editor()

    def current_filter(self) -> ListFilter:
        return ListFilter(self.panel.text())

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.customers or changes.customer_orders or changes.settings:
            self.mark_stale()

    def new_customer(self) -> None:
        self.start_new(self.editor.name)

    def editor_id(self) -> int | None:
        return self.editor.customer_id

    def saved_message(self) -> str:
        return tr("Customer {name} saved.").format(name=self.editor.name.text())


def _customers_text(count: int) -> str:
    return tr("1 customer") if count == 1 else tr("{count} customers").format(count=count)
