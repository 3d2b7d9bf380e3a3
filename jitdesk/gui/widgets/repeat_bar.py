"""One line about a repeat order with its one-click actions: what it is ("Repeats every 2 weeks
· next order due …"), Pause / Resume and Stop, or "Repeat…" for an order that does not repeat
yet. The order detail shows one for its order; a customer's page one per repeat."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jitdesk.domain.repeats import RepeatState
from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.enabling import set_enabled
from jitdesk.services import repeats
from jitdesk.services.repeats import RepeatView
from jitdesk.services.shop import Shop

CANCELLED_REASON = QT_TR_NOOP("A cancelled order cannot repeat.")


def repeat_text(view: RepeatView, fmt: ShopFormat, order_id: int | None = None) -> str:
    """What the repeat is and does next, as plain text; `order_id`: the order it is shown
    for (an order it created names the order it repeats)."""
    interval = view.interval
    if view.state is RepeatState.STOPPED:
        text = tr("Repeat stopped ({interval}) · %n order(s) made", "", view.orders_made)
    elif view.next_due is None:
        text = tr("Repeat finished ({interval}) · %n order(s) made", "", view.orders_made)
    elif view.state is RepeatState.PAUSED:
        text = tr("Repeat paused ({interval}): resume it to order again")
    else:
        created = view.next_due - timedelta(days=view.rule.lead_days)
        text = tr("Repeats {interval} · next order due {due}, created {created}").format(
            interval="{interval}", due=fmt.date(view.next_due), created=fmt.date(created)
        )
    text = text.replace("{interval}", interval)
    if order_id is not None and order_id != view.source_order_id:
        text = tr("Part of the repeat of {number}").format(number=view.source_number) + " · " + text
    return text


class RepeatBar(QWidget):
    changed = Signal(object)  # Changes
    statusMessage = Signal(str)
    repeatRequested = Signal()  # "Repeat…" on an order without a repeat

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        parent: QWidget | None = None,
        *,
        stacked: bool = False,
    ) -> None:
        """`stacked`: the buttons under the text, for a narrow place (a customer's page)."""
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.view: RepeatView | None = None
        self.order_id: int | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeat_button = QPushButton(tr("Repeat…"), self)
        self.repeat_button.setToolTip(
            tr("Order the same items again every few days, weeks or months")
        )
        self.pause_button = QPushButton(tr("Pause repeat"), self)
        self.pause_button.setToolTip(tr("No more orders until it is resumed"))
        self.resume_button = QPushButton(tr("Resume repeat"), self)
        self.resume_button.setToolTip(tr("Order again from the next due date on"))
        self.stop_button = QPushButton(tr("Stop repeat"), self)
        self.stop_button.setToolTip(tr("No more orders; the orders already made stay"))
        self.top = QHBoxLayout()
        self.top.addWidget(self.label, 1)
        row = self.top
        if stacked:
            row = QHBoxLayout()
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        if stacked:
            layout.addLayout(row)
        for button in (self.repeat_button, self.pause_button, self.resume_button, self.stop_button):
            row.addWidget(button)
        self.repeat_button.clicked.connect(self.repeatRequested)
        self.pause_button.clicked.connect(
            lambda: self._act(repeats.pause_repeat, tr("repeat paused"))
        )
        self.resume_button.clicked.connect(
            lambda: self._act(repeats.resume_repeat, tr("repeat resumed"))
        )
        self.stop_button.clicked.connect(
            lambda: self._act(repeats.stop_repeat, tr("repeat stopped"))
        )

    def show_order(self, order_id: int, status: str) -> None:
        """The repeat of an order (or the offer to make one)."""
        self.order_id = order_id
        self.view = repeats.repeat_of_order(self.shop, order_id)
        set_enabled(
            self.repeat_button,
            CANCELLED_REASON if status == CustomerOrderStatus.CANCELLED else None,
        )
        self._fill()

    def show_repeat(self, view: RepeatView) -> None:
        """One repeat of a customer (their page)."""
        self.order_id = None
        self.view = view
        self._fill()

    def _fill(self) -> None:
        view = self.view
        self.label.setText(
            repeat_text(view, self.fmt, self.order_id)
            if view
            else tr("This order does not repeat.")
        )
        state = view.state if view is not None and not view.ended else None
        self.repeat_button.setVisible(view is None and self.order_id is not None)
        self.pause_button.setVisible(state is RepeatState.ACTIVE)
        self.resume_button.setVisible(state is RepeatState.PAUSED)
        self.stop_button.setVisible(state is not None)

    def _act(self, action, done: str) -> None:
        view = self.view
        if view is None:
            return
        run_action(
            self,
            lambda: action(self.shop, view.id),
            changed=self.changed,
            on_success=lambda _c: self._acted(done),
        )

    def _acted(self, done: str) -> None:
        if self.view is not None:
            fresh = repeats.repeat_of_order(self.shop, self.view.source_order_id)
            self.view = fresh
            self._fill()
            self.statusMessage.emit(f"{self.view.source_number if self.view else ''}: {done}.")
