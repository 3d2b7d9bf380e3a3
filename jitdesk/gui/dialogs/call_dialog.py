"""Log a phone call about an order: the number to dial, how the call went and a note. Only a
call that reached the customer counts as telling them that the order is ready."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.domain.telling import MAX_CALL_NOTE, CallOutcome
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.telling_words import channel_title
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.enabling import set_enabled
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import telling
from jitdesk.services.shop import Shop
from jitdesk.services.telling import TellTarget

CHOOSE_OUTCOME = QT_TR_NOOP("Choose how the call went first.")
OUTCOME_BUTTONS = (
    (CallOutcome.REACHED, QT_TR_NOOP("&Reached the customer")),
    (CallOutcome.NO_ANSWER, QT_TR_NOOP("&No answer")),
    (CallOutcome.LEFT_MESSAGE, QT_TR_NOOP("Left a &message")),
    (CallOutcome.WRONG_NUMBER, QT_TR_NOOP("&Wrong number")),
)


class CallDialog(QDialog):
    changed = Signal(object)  # Changes, once the call is logged

    def __init__(self, shop: Shop, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.target: TellTarget = telling.tell_target(shop, order_id)
        t = self.target
        self.setWindowTitle(tr("Log a call about {number}").format(number=t.number))
        self.phone = QLabel(t.phone or tr("No phone number is saved for this customer."), self)
        if t.phone:
            font = QFont(self.phone.font())
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            self.phone.setFont(font)
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone.setAccessibleName(tr("Phone number to call"))
        facts = QFormLayout()
        facts.addRow(tr("Order:"), QLabel(t.number, self))
        facts.addRow(tr("Customer:"), QLabel(t.customer_name, self))
        facts.addRow(tr("Phone:"), self.phone)
        facts.addRow(tr("Wants to be told by:"), QLabel(channel_title(t.channel), self))
        self.told = QLabel(self._told_text(), self)
        self.told.setWordWrap(True)
        facts.addRow(tr("Told so far:"), self.told)

        box = QGroupBox(tr("How did the call go?"), self)
        box_layout = QVBoxLayout(box)
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[CallOutcome, QRadioButton] = {}
        for outcome, title in OUTCOME_BUTTONS:
            button = QRadioButton(tr(title), box)
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            box_layout.addWidget(button)
        self.hint = QLabel(self._hint_text(), box)
        self.hint.setWordWrap(True)
        box_layout.addWidget(self.hint)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_CALL_NOTE)
        self.note.setPlaceholderText(tr("e.g. comes on Friday after work"))
        note_row = QFormLayout()
        note_row.addRow(tr("N&ote:"), self.note)
        self.message = FieldMessage(self)
        self.buttons, self.ok_button = dialog_buttons(
            self, text=tr("&Log call"), on_accept=self.save
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.outcomes.buttonToggled.connect(lambda *_: self._update())

        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(box)
        layout.addLayout(note_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def _told_text(self) -> str:
        if self.target.told:
            return tr("Yes, the customer was told the order is ready.")
        if self.target.status == CustomerOrderStatus.READY:
            return tr("Not yet: the order is ready and waiting.")
        return tr("Not yet: the order is still waiting for goods.")

    def _hint_text(self) -> str:
        if self.target.status == CustomerOrderStatus.READY and not self.target.told:
            return tr(
                "Only “Reached the customer” counts as telling them; after any other outcome "
                "the order stays on the list of customers to tell."
            )
        return ""

    def outcome(self) -> CallOutcome | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def _update(self) -> None:
        self.hint.setVisible(bool(self.hint.text()))
        set_enabled(self.ok_button, None if self.outcome() is not None else CHOOSE_OUTCOME)

    def save(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            return
        self.message.clear()
        note, order_id = self.note.text(), self.target.order_id
        run_action(
            self,
            lambda: telling.log_call(self.shop, order_id, outcome, note),
            changed=self.changed,
            on_success=lambda _changes: self.accept(),
            on_error=lambda exc: self.message.show_message(str(exc)),
        )
