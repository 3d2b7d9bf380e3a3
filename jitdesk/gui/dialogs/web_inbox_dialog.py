"""Web orders to check: fetched orders that could not be imported yet, with what stops each.

The owner fixes the cause with the tools the file import uses (map the web shop's SKU to one of
our products; add a product or its supplier offer in the catalog), then imports the orders that
are ready now; the others keep waiting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.enabling import first_reason, set_enabled
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import map_sku
from jitdesk.services.webshop_sync import InboxOrder, import_from_inbox, inbox

CHANNELS = {"woocommerce": "WooCommerce", "shopify": "Shopify"}
NO_SELECTION = QT_TR_NOOP("Select a web order first.")
NO_UNKNOWN_SKU = QT_TR_NOOP("Every item of this web order is a product the shop knows.")
NONE_READY = QT_TR_NOOP("No web order is ready yet: fix what the list says first.")
READY = QT_TR_NOOP("Ready to import")


class WebInboxDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.fmt = shop, fmt
        self.orders: list[InboxOrder] = []
        self.setWindowTitle(tr("Web orders to check"))
        intro = QLabel(
            tr(
                "These web orders could not be imported yet; the other orders were. Map an "
                "unknown SKU to one of your products, or add the product or its supplier offer "
                "in the catalog, then import the orders that are ready."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Web order"), tr("Customer"), tr("Received"), tr("What stops it")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Web orders to check"))
        self.map_button = QPushButton(tr("&Map SKU…"), self)
        self.map_button.clicked.connect(self.map_selected)
        self.import_button = QPushButton(tr("&Import the ready ones"), self)
        self.import_button.clicked.connect(self.import_ready)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.map_button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(tools)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()
        self.resize(860, 420)

    def reload(self) -> None:
        self.orders = inbox(self.shop)
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            stops = "\n".join(order.reasons) if order.reasons else tr(READY)
            received = self.fmt.date(order.received_at[:10])
            for col, text in enumerate(
                (f"{CHANNELS[order.channel]} {order.ref}", order.customer, received, stops)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if self.orders:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> InboxOrder | None:
        row = self.table.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def _update_buttons(self) -> None:
        order = self.selected()
        self.details.setText(
            "" if order is None else "\n".join(order.reasons) if order.reasons else tr(READY)
        )
        set_enabled(
            self.map_button,
            first_reason(
                (order is not None, NO_SELECTION),
                (bool(order and order.unknown_skus), NO_UNKNOWN_SKU),
            ),
        )
        ready = any(not o.reasons for o in self.orders)
        set_enabled(self.import_button, None if ready else NONE_READY)

    def map_selected(self) -> None:
        order = self.selected()
        if order is None or not order.unknown_skus:
            return
        key, name = order.unknown_skus[0]
        shown = key if key == name else f"{key} \u201c{name}\u201d"
        our_sku, ok = QInputDialog.getText(
            self,
            tr("Map SKU"),
            tr("Which of our products is {0} {1}? Enter our SKU:").format(
                CHANNELS[order.channel], shown
            ),
        )
        if not ok or not our_sku.strip():
            return
        if run_action(
            self, lambda: map_sku(self.shop, order.channel, key, our_sku), changed=self.changed
        ):
            self.reload()

    def import_ready(self) -> None:
        outcome = run_action(self, lambda: import_from_inbox(self.shop), changed=self.changed)
        if outcome and outcome.value is not None:
            self.result_label.setText(outcome.value.summary())
            self.reload()
