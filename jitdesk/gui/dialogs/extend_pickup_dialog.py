"""Keep ready orders longer for their customers: a new pickup-by date, or some days more."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.calendar import MAX_DAYS
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services.reminders import extend_pickups
from jitdesk.services.shop import Shop

DEFAULT_DAYS = 7


class ExtendPickupDialog(QDialog):
    """`orders`: (order id, number, current pickup-by date) of the orders to extend."""

    changed = Signal(object)  # Changes, once extended

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        orders: list[tuple[int, str, date]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.order_ids = [order_id for order_id, _n, _d in orders]
        self.setWindowTitle(tr("Extend pickup-by"))
        latest = max(by for _i, _n, by in orders)
        if len(orders) == 1:
            intro = tr("{number} is kept until {date}. Keep it longer:").format(
                number=orders[0][1], date=fmt.long_date(latest)
            )
        else:
            intro = tr(
                "Keep %n order(s) longer (the latest is kept until {date}):", "", len(orders)
            )
            intro = intro.format(date=fmt.long_date(latest))
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.by_days = QRadioButton(tr("&By"), self)
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Days to add to the pickup-by date"))
        self.to_date = QRadioButton(tr("&Until"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(fmt.locale.dateFormat(fmt.locale.FormatType.ShortFormat))
        first = shop.today() + timedelta(days=1)
        self.until.setMinimumDate(QDate(first.year, first.month, first.day))
        suggested = latest + timedelta(days=DEFAULT_DAYS)
        self.until.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.until.setAccessibleName(tr("New pickup-by date"))
        group = QButtonGroup(self)
        group.addButton(self.by_days)
        group.addButton(self.to_date)
        self.by_days.setChecked(True)
        self.days.valueChanged.connect(lambda _v: self.by_days.setChecked(True))
        self.until.dateChanged.connect(lambda _d: self.to_date.setChecked(True))
        grid = QGridLayout()
        grid.addWidget(self.by_days, 0, 0)
        grid.addWidget(self.days, 0, 1)
        grid.addWidget(self.to_date, 1, 0)
        grid.addWidget(self.until, 1, 1)
        grid.setColumnStretch(2, 1)
        self.message = FieldMessage(self)
        buttons, _ok = dialog_buttons(self, text=tr("E&xtend"), on_accept=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.days.setFocus()

    def chosen(self) -> tuple[date | None, int | None]:
        """(until, days): one of them is set."""
        if self.to_date.isChecked():
            day = self.until.date()
            return date(day.year(), day.month(), day.day()), None
        return None, self.days.value()

    def save(self) -> bool:
        until, days = self.chosen()
        done = run_action(
            self,
            lambda: extend_pickups(self.shop, self.order_ids, until=until, days=days),
            changed=self.changed,
            on_error=lambda exc: self.message.show_message(str(exc)),
            title=tr("Extend pickup-by"),
        )
        if done:
            self.accept()
            return True
        return False
