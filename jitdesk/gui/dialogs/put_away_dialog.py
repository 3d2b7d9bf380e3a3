"""Put the orders a delivery made ready away on the pickup shelf: a shelf and a bag count
each, the next free shelves of the shop's pattern suggested."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.shelves import MAX_BAGS, MAX_SHELF_LENGTH
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import shelves
from jitdesk.services.shop import Changes, Shop


class PutAwayDialog(QDialog):
    changed = Signal(object)  # Changes, once the orders are put away

    def __init__(
        self, shop: Shop, orders: Sequence[tuple[int, str, str]], parent: QWidget | None = None
    ) -> None:
        """`orders`: (order id, number, customer name) of the orders to put away."""
        super().__init__(parent)
        self.shop = shop
        self.order_ids = [o[0] for o in orders]
        self.setWindowTitle(tr("Put orders away"))
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Order"), self), 0, 0)
        grid.addWidget(QLabel(tr("Shelf"), self), 0, 1)
        grid.addWidget(QLabel(tr("Bags"), self), 0, 2)
        self.shelf_fields: list[QLineEdit] = []
        self.bag_fields: list[QSpinBox] = []
        suggested = shelves.suggest_shelves(shop, len(orders))
        for row, ((_id, number, customer), shelf) in enumerate(
            zip(orders, suggested, strict=True), start=1
        ):
            grid.addWidget(QLabel(f"{number} · {customer}", self), row, 0)
            field = QLineEdit(shelf, self)
            field.setMaxLength(MAX_SHELF_LENGTH)
            field.setAccessibleName(tr("Shelf for {number}").format(number=number))
            field.setPlaceholderText(tr("e.g. A3"))
            bags = QSpinBox(self)
            bags.setRange(1, MAX_BAGS)
            bags.setAccessibleName(tr("Bags for {number}").format(number=number))
            grid.addWidget(field, row, 1)
            grid.addWidget(bags, row, 2)
            self.shelf_fields.append(field)
            self.bag_fields.append(bags)
        self.message = FieldMessage(self)
        buttons, _ok = dialog_buttons(self, text=tr("&Put away"), on_accept=self.save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Later"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Where do these orders wait for pickup? Each shelf holds one order."), self)
        )
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if self.shelf_fields:
            self.shelf_fields[0].setFocus()
            self.shelf_fields[0].selectAll()

    def places(self) -> list[tuple[int, str, int]]:
        return [
            (order_id, field.text(), bags.value())
            for order_id, field, bags in zip(
                self.order_ids, self.shelf_fields, self.bag_fields, strict=True
            )
        ]

    def save(self) -> None:
        self.message.clear()
        places = self.places()
        run_action(
            self,
            lambda: self._put(places),
            changed=self.changed,
            on_success=lambda _changes: self.accept(),
            on_error=lambda exc: self.message.show_message(str(exc)),
        )

    def _put(self, places: list[tuple[int, str, int]]) -> Changes:
        shelves.put_away_many(self.shop, places)
        return Changes(customer_orders=set(self.order_ids))
