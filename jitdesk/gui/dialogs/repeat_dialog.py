"""Make a customer order repeat: every N days, weeks or months, until a date, for a number of
orders, or until stopped; each next order created a chosen number of days before it is due."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.repeats import MAX_ORDERS, Unit
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services.repeats import RepeatInput, default_lead_days, make_repeat
from jitdesk.services.shop import Changes, Shop

NEVER, ON_DATE, AFTER_COUNT = range(3)


def _unit_names(n: int) -> list[tuple[Unit, str]]:
    return [
        (Unit.DAY, tr("day(s)", "", n)),
        (Unit.WEEK, tr("week(s)", "", n)),
        (Unit.MONTH, tr("month(s)", "", n)),
    ]


class RepeatDialog(QDialog):
    changed = Signal(object)  # Changes, once the repeat is made

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        order_id: int,
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.order_id = order_id
        self.changes: Changes | None = None
        self.setWindowTitle(tr("Repeat order {number}").format(number=number))
        intro = QLabel(
            tr(
                "The same items are ordered again for this customer at the interval you choose. "
                "Each order gets its own promised date."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.every = QSpinBox(self)
        self.every.setRange(1, 999)
        self.every.setValue(1)
        self.every.setAccessibleName(tr("Repeat every"))
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(tr("Unit"))
        for unit, name in _unit_names(1):
            self.unit.addItem(name, unit.value)
        self.unit.setCurrentIndex(1)  # weekly is what shops repeat most

        self.ends = QButtonGroup(self)
        self.never = QRadioButton(tr("&Never (until stopped)"), self)
        self.on_date = QRadioButton(tr("&On"), self)
        self.after = QRadioButton(tr("&After"), self)
        for index, button in enumerate((self.never, self.on_date, self.after)):
            self.ends.addButton(button, index)
        self.never.setChecked(True)
        today = shop.today()
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(fmt.locale.dateFormat(fmt.locale.FormatType.ShortFormat))
        self.until.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.until.setAccessibleName(tr("End date"))
        self.count = QSpinBox(self)
        self.count.setRange(2, MAX_ORDERS)
        self.count.setValue(6)
        self.count.setSuffix(tr(" orders in all"))
        self.count.setAccessibleName(tr("Number of orders"))
        ends = QGridLayout()
        ends.addWidget(self.never, 0, 0, 1, 2)
        ends.addWidget(self.on_date, 1, 0)
        ends.addWidget(self.until, 1, 1)
        ends.addWidget(self.after, 2, 0)
        ends.addWidget(self.count, 2, 1)
        ends.setColumnStretch(1, 1)

        self.lead = QSpinBox(self)
        self.lead.setRange(0, 365)
        self.lead.setValue(default_lead_days(shop, order_id))
        self.lead.setSuffix(tr(" days before it is due"))
        self.lead.setAccessibleName(tr("Create each order"))
        self.lead.setToolTip(
            tr("Long enough for the supplier to deliver: the order's own lead time is suggested.")
        )

        every_row = QGridLayout()
        every_row.addWidget(self.every, 0, 0)
        every_row.addWidget(self.unit, 0, 1)
        every_row.setColumnStretch(1, 1)
        form = QFormLayout()
        every_label = QLabel(tr("Repeat &every:"), self)
        every_label.setBuddy(self.every)  # a row of two fields gets no buddy by itself
        form.addRow(every_label, every_row)
        label_ends = QLabel(tr("Ends:"), self)
        form.addRow(label_ends, ends)
        form.addRow(tr("&Create each order:"), self.lead)
        self.message = FieldMessage(self)
        buttons, _ok = dialog_buttons(self, text=tr("&Repeat"), on_accept=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.every.valueChanged.connect(self._rename_units)
        self.ends.idToggled.connect(lambda *_: self._update_ends())
        self._update_ends()
        self.every.setFocus()

    def _rename_units(self, n: int) -> None:
        for index, (_unit, name) in enumerate(_unit_names(n)):
            self.unit.setItemText(index, name)

    def _update_ends(self) -> None:
        self.until.setEnabled(self.on_date.isChecked())
        self.count.setEnabled(self.after.isChecked())

    def data(self) -> RepeatInput:
        ends = self.ends.checkedId()
        return RepeatInput(
            every=self.every.value(),
            unit=self.unit.currentData(),
            until=self.until.date().toPython() if ends == ON_DATE else None,  # type: ignore[arg-type]
            count=self.count.value() if ends == AFTER_COUNT else None,
            lead_days=self.lead.value(),
        )

    def save(self) -> None:
        self.message.clear()
        data = self.data()
        run_action(
            self,
            lambda: make_repeat(self.shop, self.order_id, data),
            changed=self.changed,
            on_success=self._made,
            on_error=self._refused,
        )

    def _made(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.message.show_message(str(exc))
        self.adjustSize()  # room for the sentence, nothing squeezed
        if isinstance(exc, ValidationError):
            widget = {"every": self.every, "until": self.until, "count": self.count}.get(
                exc.field or "", self.lead if exc.field == "lead_days" else None
            )
            if widget is not None:
                widget.setFocus()
