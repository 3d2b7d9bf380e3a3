"""A customer's repeat orders on their page: one line each with Pause / Resume / Stop, and a
link to the order it repeats. Hidden for a customer without any."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.editor_fields import section_label
from jitdesk.gui.widgets.repeat_bar import RepeatBar
from jitdesk.services import repeats
from jitdesk.services.repeats import RepeatView
from jitdesk.services.shop import Shop


class CustomerRepeats(QWidget):
    changed = Signal(object)  # Changes
    statusMessage = Signal(str)
    openOrder = Signal(int)

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.bars: list[RepeatBar] = []
        self.of_order: dict[int, RepeatView] = {}  # the customer's orders that belong to one
        self.heading = section_label(tr("Repeat orders"), self)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        self.setVisible(False)

    def show_customer(self, customer_id: int | None) -> list[RepeatView]:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars = []
        views = repeats.customer_repeats(self.shop, customer_id) if customer_id else []
        for view in views:
            self.rows.addWidget(self._row(view))
        self.of_order = repeats.order_repeats(self.shop, customer_id) if customer_id else {}
        self.setVisible(bool(views))
        return views

    def mark(self, order_id: int) -> str:
        """The history column: which repeat the order belongs to."""
        view = self.of_order.get(order_id)
        return f"\u21bb {view.source_number}" if view else ""

    def mark_tip(self, order_id: int) -> str | None:
        view = self.of_order.get(order_id)
        if view is None:
            return None
        return tr("Part of the repeat of {number} ({interval})").format(
            number=view.source_number, interval=view.interval
        )

    def _row(self, view: RepeatView) -> QWidget:
        bar = RepeatBar(self.shop, self.fmt, self, stacked=True)
        link = QLabel(f'<a href="{view.source_order_id}">{view.source_number}</a>', bar)
        link.setToolTip(tr("Open the order this repeat copies"))
        link.linkActivated.connect(lambda target: self.openOrder.emit(int(target)))
        bar.top.insertWidget(0, link)
        bar.show_repeat(view)
        bar.changed.connect(self.changed)
        bar.statusMessage.connect(self.statusMessage)
        self.bars.append(bar)
        return bar
